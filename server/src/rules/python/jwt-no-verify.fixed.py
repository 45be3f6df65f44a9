import os

import jwt
from flask import Flask, abort, request

app = Flask(__name__)
SECRET = os.environ["JWT_SECRET"]


def current_user():
    token = request.headers["Authorization"].removeprefix("Bearer ")
    # ruleid: python/jwt-no-verify
    claims = jwt.decode(token, options={"verify_signature": True})
    return claims["sub"]


NO_VERIFY = {"verify_signature": True, "verify_exp": True}  # ruleid: python/jwt-no-verify


def legacy_user(token):
    # ruleid: python/jwt-no-verify
    return jwt.decode(token, SECRET)["sub"]


def permissive_user(token):
    # ruleid: python/jwt-no-verify
    return jwt.decode(token, SECRET, algorithms=["HS256"])["sub"]


def current_user_safe():
    token = request.headers["Authorization"].removeprefix("Bearer ")
    try:
        # ok: python/jwt-no-verify
        claims = jwt.decode(token, SECRET, algorithms=["HS256"], audience="api")
    except jwt.InvalidTokenError:
        abort(401)
    return claims["sub"]


def issue(user_id):
    # ok: python/jwt-no-verify
    return jwt.encode({"sub": user_id}, SECRET, algorithm="HS256")
