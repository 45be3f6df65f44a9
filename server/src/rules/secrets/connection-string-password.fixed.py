import os
import pyodbc
import redis
from pymongo import MongoClient
from sqlalchemy import create_engine

# ruleid: secrets/connection-string-password
engine = create_engine(os.environ["DATABASE_URL"])

# ok: secrets/connection-string-password
engine = create_engine(os.environ["DATABASE_URL"])

# ok: secrets/connection-string-password
engine = create_engine(f"postgresql+psycopg://{user}:{password}@{host}:5432/billing")

# ok: secrets/connection-string-password
test_engine = create_engine("postgresql://postgres:postgres@localhost:5432/test_billing")

# ruleid: secrets/connection-string-password
client = MongoClient(os.environ["MONGODB_URI"])

# ok: secrets/connection-string-password
client = MongoClient("mongodb+srv://cluster0.x7k2p.mongodb.net/?authMechanism=MONGODB-AWS")

# ruleid: secrets/connection-string-password
conn = pyodbc.connect(os.environ["DATABASE_URL"])

# ok: secrets/connection-string-password
conn = pyodbc.connect("Driver={ODBC Driver 18 for SQL Server};Server=tcp:acme-sql.database.windows.net,1433;Database=billing;Authentication=ActiveDirectoryMsi;Encrypt=yes;")

# ok: secrets/connection-string-password
cache = redis.Redis.from_url("redis://cache.acme.internal:6379/0")

# ruleid: secrets/connection-string-password
cache = redis.Redis.from_url(os.environ["REDIS_URL"])

# todoruleid: secrets/connection-string-password
cache = redis.Redis(host="cache.acme.internal", port=6380, password="Tz8mQ4vW1nB7cR5x", ssl=True)
