# ai-audit-test-path: shop/settings.py
import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent

# ruleid: python/django-debug-true
DEBUG = os.environ.get("DJANGO_DEBUG") == "1"

ALLOWED_HOSTS = ["shop.example.com"]

if os.environ.get("CI"):
    # ok: python/django-debug-true
    DEBUG = os.environ.get("DJANGO_DEBUG") == "1"

# ok: python/django-debug-true
DEBUG_PROPAGATE_EXCEPTIONS = False

# ok: python/django-debug-true
LOGGING_DEBUG = True

# ruleid: python/django-debug-true
TEMPLATE_DEBUG = os.environ.get("DJANGO_DEBUG") == "1"
