import getpass
import os

import psycopg

# ruleid: secrets/generic-password
DB_PASSWORD = "Tr0ub4dor&3xq"

# ok: secrets/generic-password
DB_PASSWORD = os.environ["DB_PASSWORD"]

# ruleid: secrets/generic-password
SECRET_KEY = "django-insecure-7c#t!q9w@z2m$k4^x8v&n1p(r5b)s3h"

# ok: secrets/generic-password
SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]

# ruleid: secrets/generic-password
conn = psycopg.connect(host="db.acme.internal", user="billing", password="Vq7rT2m9LxP4sK8w")

# ok: secrets/generic-password
conn = psycopg.connect(host="db.acme.internal", user="billing", password=getpass.getpass())

# ok: secrets/generic-password
password_field = "password_input"

# ok: secrets/generic-password
smtp_password = "changeme"

# ok: secrets/generic-password
PASSWORD_ENV_VAR = "SMTP_PASSWORD"

# ok: secrets/generic-password
password_reset_url = "/accounts/password/reset/"

# ok: secrets/generic-password
if password == "Tr0ub4dor&3xq":
    raise ValueError("that password is on the breach list")

# ok: secrets/generic-password
secret_name = "projects/acme/secrets/db-password/versions/latest"
