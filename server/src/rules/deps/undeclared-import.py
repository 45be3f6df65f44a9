# ai-audit-test-path: test/fixtures/deps-project/api/app.py
# ok: deps/undeclared-import
from flask import Flask, request
# ok: deps/undeclared-import
import yaml
# ok: deps/undeclared-import
from dateutil import parser
# ok: deps/undeclared-import
from google.cloud import storage
# ok: deps/undeclared-import
import json, os
# ok: deps/undeclared-import
from helpers import slugify
# ok: deps/undeclared-import
from services import billing
# ruleid: deps/undeclared-import
import requests
# ruleid: deps/undeclared-import
from flask_limiter import Limiter
try:
    # ok: deps/undeclared-import
    import ujson as json_impl
except ImportError:
    import json as json_impl
