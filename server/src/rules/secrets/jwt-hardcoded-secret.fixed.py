import datetime
import os

import jwt

SECRET_KEY = "your-256-bit-secret"
PUBLIC_KEY = "-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAuzS0rNDc3XqL0wPsb4Jt\n-----END PUBLIC KEY-----\n"


def issue(user_id: str) -> str:
    payload = {"sub": user_id, "exp": datetime.datetime.now(datetime.timezone.utc) + datetime.timedelta(hours=1)}
    # ruleid: secrets/jwt-hardcoded-secret
    return jwt.encode(payload, SECRET_KEY, algorithm="HS256")


def check(token: str) -> dict:
    # ruleid: secrets/jwt-hardcoded-secret
    return jwt.decode(token, key=os.environ["JWT_SECRET"], algorithms=["HS256"])


def issue_safely(user_id: str) -> str:
    # ok: secrets/jwt-hardcoded-secret
    return jwt.encode({"sub": user_id}, os.environ["JWT_SECRET"], algorithm="HS256")


def check_upstream(token: str) -> dict:
    # ok: secrets/jwt-hardcoded-secret
    return jwt.decode(token, PUBLIC_KEY, algorithms=["RS256"], audience="billing")
