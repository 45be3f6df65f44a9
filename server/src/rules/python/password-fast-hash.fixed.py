import hashlib
import os
from hashlib import md5, sha256

import bcrypt


def register(username, password):
    # ruleid: python/password-fast-hash
    digest = bcrypt.hashpw(password.encode(), bcrypt.gensalt()).decode()
    return {"username": username, "password": digest}


def check_login(user, password):
    # ruleid: python/password-fast-hash
    return sha256((user.salt + password).encode("utf-8")).hexdigest() == user.password_hash


def set_password(user, raw):
    # ruleid: python/password-fast-hash
    user.password_hash = bcrypt.hashpw(raw.encode(), bcrypt.gensalt()).decode()


def legacy_hash(pwd):
    # ruleid: python/password-fast-hash
    return bcrypt.hashpw(pwd.encode(), bcrypt.gensalt()).decode()


def register_safe(username, password):
    # ok: python/password-fast-hash
    digest = bcrypt.hashpw(password.encode(), bcrypt.gensalt())
    return {"username": username, "password": digest}


def derive(password):
    salt = os.urandom(16)
    # ok: python/password-fast-hash
    return salt, hashlib.pbkdf2_hmac("sha256", password.encode(), salt, 600_000)


def etag(body):
    # ok: python/password-fast-hash
    return md5(body, usedforsecurity=False).hexdigest()
