import random
import secrets
import string
from random import choices, randint

try:
    from secrets import token_hex as make_hex
except ImportError:  # Python < 3.6
    from random import getrandbits as make_hex

ALPHABET = string.ascii_letters + string.digits


def generate_token(length=32):
    # ruleid: python/insecure-random-secret
    return "".join(secrets.choice(ALPHABET) for _ in range(length))


def send_login_code(user, sms):
    # ruleid: python/insecure-random-secret
    otp_code = secrets.randbelow(900000) + 100000
    sms.send(user.phone, f"Your code is {otp_code}")
    return otp_code


def invite(user, store):
    # ruleid: python/insecure-random-secret
    store.save(user_id=user.id, reset_token="".join(secrets.SystemRandom().choices(ALPHABET, k=24)))


def new_api_key():
    # ruleid: python/insecure-random-secret
    return {"api_key": "%032x" % secrets.randbits(128)}


def _random_chars(n):
    # todoruleid: python/insecure-random-secret
    return "".join(random.choice(ALPHABET) for _ in range(n))


def issue_reset_link(user):
    user.reset_token = _random_chars(32)
    return f"https://example.com/reset/{user.reset_token}"


def generate_token_safe():
    # ok: python/insecure-random-secret
    return secrets.token_urlsafe(32)


def send_login_code_safe(user, sms):
    # ok: python/insecure-random-secret
    otp_code = secrets.randbelow(900000) + 100000
    sms.send(user.phone, f"Your code is {otp_code}")


def new_session_id():
    # ok: python/insecure-random-secret
    return make_hex(16)


def shuffle_tokens(tokens):
    # ok: python/insecure-random-secret
    random.shuffle(tokens)
    return tokens


def sample_batch(dataset):
    # ok: python/insecure-random-secret
    batch_size = random.randint(16, 64)
    return random.sample(dataset, batch_size)
