import os

from fastapi import FastAPI
from flask import Flask
from starlette.middleware.sessions import SessionMiddleware

app = Flask(__name__)
# ruleid: python/hardcoded-secret-key
app.secret_key = os.environ["SECRET_KEY"]
# ruleid: python/hardcoded-secret-key
app.config["SECRET_KEY"] = os.environ["SECRET_KEY"]
# ruleid: python/hardcoded-secret-key
app.config.update(SECRET_KEY=os.environ["SECRET_KEY"], SESSION_COOKIE_SECURE=True)

api = FastAPI()
# ruleid: python/hardcoded-secret-key
api.add_middleware(SessionMiddleware, secret_key=os.environ["SECRET_KEY"])

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
