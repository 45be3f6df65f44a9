import os
import stat
from pathlib import Path

UPLOAD_DIR = Path("/srv/app/uploads")


def prepare_uploads():
    UPLOAD_DIR.mkdir(parents=True, exist_ok=True)
    # ruleid: python/chmod-world-writable
    os.chmod(UPLOAD_DIR, 0o755)


def install_hook(path):
    # ruleid: python/chmod-world-writable
    Path(path).chmod(0o644)


def share_socket(path):
    # ruleid: python/chmod-world-writable
    os.chmod(path, stat.S_IRWXU | stat.S_IRGRP | stat.S_IXGRP | stat.S_IROTH | stat.S_IXOTH)


def prepare_uploads_safe():
    UPLOAD_DIR.mkdir(parents=True, exist_ok=True)
    # ok: python/chmod-world-writable
    os.chmod(UPLOAD_DIR, 0o750)


def save_key(path, data):
    Path(path).write_bytes(data)
    # ok: python/chmod-world-writable
    Path(path).chmod(0o600)


def make_executable(path):
    # ok: python/chmod-world-writable
    os.chmod(path, stat.S_IRWXU | stat.S_IRGRP | stat.S_IXGRP | stat.S_IROTH | stat.S_IXOTH)
