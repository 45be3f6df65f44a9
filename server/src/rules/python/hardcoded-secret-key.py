import os

from fastapi import FastAPI
from flask import Flask
from starlette.middleware.sessions import SessionMiddleware

app = Flask(__name__)
# ruleid: python/hardcoded-secret-key
app.secret_key = "s3cr3t-k3y-please-change"
# ruleid: python/hardcoded-secret-key
app.config["SECRET_KEY"] = "8f14e45fceea167a5a36dedd4bea2543"
# ruleid: python/hardcoded-secret-key
app.config.update(SECRET_KEY="dev-secret-do-not-share", SESSION_COOKIE_SECURE=True)

api = FastAPI()
# ruleid: python/hardcoded-secret-key
api.add_middleware(SessionMiddleware, secret_key="fastapi-session-secret")

# ok: python/hardcoded-secret-key
app.config["SECRET_KEY"] = os.environ["SECRET_KEY"]
# ok: python/hardcoded-secret-key
app.secret_key = os.environ.get("FLASK_SECRET_KEY")
# ruleid: python/hardcoded-secret-key
app.config["JWT_SECRET_KEY"] = os.environ.get("JWT_SECRET_KEY", "super-secret-jwt-key")
# ok: python/hardcoded-secret-key
app.config["SESSION_COOKIE_DOMAIN"] = os.environ.get("COOKIE_DOMAIN", "example.com")
# ok: python/hardcoded-secret-key
api.add_middleware(SessionMiddleware, secret_key=os.environ["SESSION_SECRET"])
# ok: python/hardcoded-secret-key
app.config["SESSION_COOKIE_NAME"] = "session"
