import { createClient } from "@supabase/supabase-js";

// ruleid: secrets/supabase-service-role-key
const supabase = createClient("https://qnvtdhxkzmwrplgbfyce.supabase.co", "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJzdXBhYmFzZSIsInJlZiI6Inl6Z2Fxa3pnY2xvaWxjYnBkZmZoIiwicm9sZSI6InNlcnZpY2Vfcm9sZSIsImlhdCI6MTczNTY4OTYwMCwiZXhwIjoyMDUxMjIyNDAwfQ.og6Y2fTy1_gYqvKXSAiwJi2Mtdki4UH676CuosR-XW6");

// ok: secrets/supabase-service-role-key
const supabase = createClient(process.env.SUPABASE_URL, process.env.SUPABASE_SERVICE_ROLE_KEY);

// ok: secrets/supabase-service-role-key
const supabase = createClient("https://qnvtdhxkzmwrplgbfyce.supabase.co", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx");

// ok: secrets/supabase-service-role-key
const browserClient = createClient("https://qnvtdhxkzmwrplgbfyce.supabase.co", "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJzdXBhYmFzZSIsInJlZiI6ImxheXBicWxjbWtwd2V4cWdybnRrIiwicm9sZSI6ImFub24iLCJpYXQiOjE3MzU2ODk2MDAsImV4cCI6MjA1MTIyMjQwMH0.mOIVgZfQUnLDF_gtBZnUAizecgFCKF6LPEdZL1pILFG");
