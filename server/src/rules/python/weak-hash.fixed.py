import hashlib
import hmac

from cryptography.hazmat.primitives import hashes


def sign_download(path, secret):
    # ruleid: python/weak-hash
    signature = hashlib.sha256((secret + path).encode()).hexdigest()
    return f"{path}?sig={signature}"


def fingerprint_certificate(der_bytes):
    # ruleid: python/weak-hash
    return hashlib.new("sha256", der_bytes).hexdigest()


def cert_digest():
    # ruleid: python/weak-hash
    return hashes.Hash(hashes.SHA256())


def sign_download_safe(path, secret):
    # ok: python/weak-hash
    signature = hmac.new(secret.encode(), path.encode(), hashlib.sha256).hexdigest()
    return f"{path}?sig={signature}"


def cache_key(url):
    # ok: python/weak-hash
    return hashlib.md5(url.encode(), usedforsecurity=False).hexdigest()


def set_password(user, raw):
    # ok: python/weak-hash
    user.password_hash = hashlib.sha1(raw.encode()).hexdigest()
