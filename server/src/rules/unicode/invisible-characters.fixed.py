# ai-audit-test-path: config/settings.py
# ruleid: unicode/invisible-characters
ADMIN_USERS = ["alice", "bob"]
# ruleid: unicode/invisible-characters
def is_admin(name):
    return name in ADMIN_USERS
# ok: unicode/invisible-characters
FAMILY = "👨‍👩‍👧"
# ok: unicode/invisible-characters
GREETING = "hello"
# ok: unicode/invisible-characters
ENTITIES = {"ApplyFunction;": "⁡", "NegativeMediumSpace;": "​"}
