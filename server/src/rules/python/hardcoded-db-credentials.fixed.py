import os

import psycopg2
import pymysql
import redis
from sqlalchemy import create_engine

# ruleid: python/hardcoded-db-credentials
conn = psycopg2.connect(host="db.internal", dbname="shop", user="shop", password=os.environ["DB_PASSWORD"])

# ruleid: python/hardcoded-db-credentials
engine = create_engine(os.environ["DATABASE_URL"])


def mysql_connection():
    # ruleid: python/hardcoded-db-credentials
    return pymysql.connect(host="localhost", user="root", passwd=os.environ["DB_PASSWORD"], database="app")


# ruleid: python/hardcoded-db-credentials
cache = redis.Redis(host="cache.internal", port=6379, password=os.environ["REDIS_PASSWORD"])

# ok: python/hardcoded-db-credentials
safe_conn = psycopg2.connect(host="db.internal", dbname="shop", user="shop", password=os.environ["DB_PASSWORD"])

# ok: python/hardcoded-db-credentials
safe_engine = create_engine(os.environ["DATABASE_URL"])

# ok: python/hardcoded-db-credentials
local_engine = create_engine("sqlite:///app.db")

# ok: python/hardcoded-db-credentials
template_engine = create_engine("postgresql://shop:${DB_PASSWORD}@db.internal/shop")

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "shop",
        "USER": "shop",
        # ruleid: python/hardcoded-db-credentials
        "PASSWORD": os.environ["DB_PASSWORD"],
    },
    "replica": {
        "ENGINE": "django.db.backends.postgresql",
        # ok: python/hardcoded-db-credentials
        "PASSWORD": os.environ.get("REPLICA_DB_PASSWORD", ""),
    },
}
