import os

from Crypto.Cipher import AES, DES, ARC4
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM


def encrypt_card(key, number):
    # ruleid: python/weak-cipher
    cipher = DES.new(key, DES.MODE_CBC)
    return cipher.iv + cipher.encrypt(number.ljust(16).encode())


def encrypt_blob(key, data):
    # ruleid: python/weak-cipher
    return AES.new(key, AES.MODE_ECB).encrypt(data)


def obfuscate(key, data):
    # ruleid: python/weak-cipher
    return ARC4.new(key).encrypt(data)


def encryptor(key):
    # ruleid: python/weak-cipher
    return Cipher(algorithms.AES(key), modes.ECB()).encryptor()


def encrypt_card_safe(key, number):
    nonce = os.urandom(12)
    # ok: python/weak-cipher
    return nonce + AESGCM(key).encrypt(nonce, number.encode(), None)


def encrypt_blob_safe(key, data):
    # ok: python/weak-cipher
    cipher = AES.new(key, AES.MODE_GCM)
    ciphertext, tag = cipher.encrypt_and_digest(data)
    return cipher.nonce + tag + ciphertext
