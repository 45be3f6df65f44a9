import os
from supabase import create_client

# ruleid: secrets/supabase-service-role-key
supabase = create_client("https://qnvtdhxkzmwrplgbfyce.supabase.co", "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJzdXBhYmFzZSIsInJlZiI6ImlsaHVodG1hbHNxZWpmb3p0dHNsIiwicm9sZSI6InNlcnZpY2Vfcm9sZSIsImlhdCI6MTczNTY4OTYwMCwiZXhwIjoyMDUxMjIyNDAwfQ.L_uhhrWtrd7sHUyt8W07o2T0kpbGFK9ZbDgFPrRfPYE")

# ok: secrets/supabase-service-role-key
supabase = create_client(os.environ["SUPABASE_URL"], os.environ["SUPABASE_SERVICE_ROLE_KEY"])

# ok: secrets/supabase-service-role-key
supabase = create_client("https://qnvtdhxkzmwrplgbfyce.supabase.co", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx")

# ruleid: secrets/supabase-service-role-key
admin = create_client("https://qnvtdhxkzmwrplgbfyce.supabase.co", "sb_secret_p3-c-FpXlW6K3iUd_W-l0MNawrC2HAE")
