import os
from supabase import create_client

# ruleid: secrets/supabase-service-role-key
supabase = create_client("https://qnvtdhxkzmwrplgbfyce.supabase.co", os.environ["SUPABASE_SERVICE_ROLE_KEY"])

# ok: secrets/supabase-service-role-key
supabase = create_client(os.environ["SUPABASE_URL"], os.environ["SUPABASE_SERVICE_ROLE_KEY"])

# ok: secrets/supabase-service-role-key
supabase = create_client("https://qnvtdhxkzmwrplgbfyce.supabase.co", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx")

# ruleid: secrets/supabase-service-role-key
admin = create_client("https://qnvtdhxkzmwrplgbfyce.supabase.co", os.environ["SUPABASE_SERVICE_ROLE_KEY"])
