import base64
import json
import marshal
import pickle
import sys

import dill
import jsonpickle
from flask import Flask, request

app = Flask(__name__)


@app.route("/session", methods=["POST"])
def restore_session():
    blob = base64.b64decode(request.cookies["session"])
    # ruleid: python/pickle-deserialization
    state = pickle.loads(blob)
    return {"user": state["user"]}


def load_cache(path):
    with open(path, "rb") as handle:
        # ruleid: python/pickle-deserialization
        return pickle.load(handle)


@app.route("/import", methods=["POST"])
def import_object():
    # ruleid: python/pickle-deserialization
    return {"ok": bool(jsonpickle.decode(request.data))}


@app.route("/session/safe", methods=["POST"])
def restore_session_safe():
    # ok: python/pickle-deserialization
    state = json.loads(base64.b64decode(request.cookies["session"]))
    return {"user": state["user"]}


def save_cache(path, value):
    with open(path, "wb") as handle:
        # ok: python/pickle-deserialization
        pickle.dump(value, handle)


def empty_list():
    # ok: python/pickle-deserialization
    return pickle.loads(b"\x80\x04]\x94.")


def deep_copy(value):
    # ok: python/pickle-deserialization
    copied = pickle.loads(pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))
    # ok: python/pickle-deserialization
    return copied, marshal.loads(marshal.dumps(value))


def pickles_and_back(value, protocol):
    data = pickle.dumps(value, protocol)
    # ok: python/pickle-deserialization
    return pickle.loads(data)


def cached_or_received(value, sock):
    data = pickle.dumps(value)
    if sock:
        data = sock.recv(4096)
    # ruleid: python/pickle-deserialization
    return pickle.loads(data)


def load_or_pickle(data, fresh, obj):
    # The parameter may hold the caller's bytes.
    if fresh:
        data = pickle.dumps(obj)
    # ruleid: python/pickle-deserialization
    return pickle.loads(data)


def one_or_other(blob, fresh, obj):
    # ruleid: python/pickle-deserialization
    return pickle.loads(pickle.dumps(obj) if fresh else blob)


@app.route("/merge")
def merge(value):
    # ruleid: python/pickle-deserialization
    first = pickle.loads(pickle.dumps(value) if value else request.data)
    # ruleid: python/pickle-deserialization
    return first, pickle.loads(pickle.dumps(value)[:0] + request.data)


if __name__ == "__main__":
    with open(sys.argv[1], "rb") as handle:
        # ruleid: python/pickle-deserialization
        print(dill.load(handle))
