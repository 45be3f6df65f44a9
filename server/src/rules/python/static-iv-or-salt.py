import hashlib
import os

from Crypto.Cipher import AES
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.pbkdf2 import PBKDF2HMAC

IV = b"\x00" * 16
SALT = b"my-app-salt"


def encrypt_token(key, token):
    # ruleid: python/static-iv-or-salt
    encryptor = Cipher(algorithms.AES(key), modes.CBC(IV)).encryptor()
    return encryptor.update(token) + encryptor.finalize()


def encrypt_record(key, data):
    # ruleid: python/static-iv-or-salt
    cipher = AES.new(key, AES.MODE_GCM, nonce=b"fixed-nonce!")
    return cipher.encrypt_and_digest(data)


def seal(key, data):
    # ruleid: python/static-iv-or-salt
    return AESGCM(key).encrypt(b"000000000000", data, None)


def hash_password(password):
    # ruleid: python/static-iv-or-salt
    return hashlib.pbkdf2_hmac("sha256", password.encode(), SALT, 600_000)


def derive_key(password):
    # ruleid: python/static-iv-or-salt
    kdf = PBKDF2HMAC(algorithm=hashes.SHA256(), length=32, salt=b"static", iterations=600_000)
    return kdf.derive(password)


def encrypt_token_safe(key, token):
    iv = os.urandom(16)
    # ok: python/static-iv-or-salt
    encryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).encryptor()
    return iv + encryptor.update(token) + encryptor.finalize()


def seal_safe(key, data):
    nonce = os.urandom(12)
    # ok: python/static-iv-or-salt
    return nonce + AESGCM(key).encrypt(nonce, data, None)


def hash_password_safe(password):
    salt = os.urandom(16)
    # ok: python/static-iv-or-salt
    return salt, hashlib.pbkdf2_hmac("sha256", password.encode(), salt, 600_000)
