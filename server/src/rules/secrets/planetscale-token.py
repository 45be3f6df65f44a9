import os
import MySQLdb

# ruleid: secrets/planetscale-token
db = MySQLdb.connect(host="aws.connect.psdb.cloud", user="k3v9t2qw8x", passwd="pscale_pw_CHQm7ws6daTuJFDuxvPSGaET3Yi70ZYZIr__lLxHExm", db="shop", ssl_mode="VERIFY_IDENTITY")

# ok: secrets/planetscale-token
db = MySQLdb.connect(host=os.environ["DATABASE_HOST"], user=os.environ["DATABASE_USERNAME"], passwd=os.environ["DATABASE_PASSWORD"], db="shop", ssl_mode="VERIFY_IDENTITY")

# ok: secrets/planetscale-token
db = MySQLdb.connect(host="aws.connect.psdb.cloud", user="k3v9t2qw8x", passwd="pscale_pw_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", db="shop", ssl_mode="VERIFY_IDENTITY")
