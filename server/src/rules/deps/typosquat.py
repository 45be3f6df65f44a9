# ruleid: deps/typosquat
import reqeusts
# ruleid: deps/typosquat
from pandsa import DataFrame
# ok: deps/typosquat
import requests
# ruleid: deps/typosquat
import os, nunpy as np
# ruleid: deps/typosquat
from djnago.http import JsonResponse
# ok: deps/typosquat
import yaml, dateutil.parser
# ok: deps/typosquat
from . import schemas
# ok: deps/typosquat
import os.path
