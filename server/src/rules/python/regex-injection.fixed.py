import re

from flask import Flask, request

app = Flask(__name__)
PRODUCTS = ["apple pie", "banana bread", "cherry tart"]


@app.route("/search")
def search():
    term = request.args.get("q", "")
    # ruleid: python/regex-injection
    pattern = re.compile(re.escape(term), re.IGNORECASE)
    return {"hits": [p for p in PRODUCTS if pattern.search(p)]}


@app.route("/validate", methods=["POST"])
def validate():
    data = request.get_json()
    # ruleid: python/regex-injection
    return {"valid": bool(re.fullmatch(re.escape(data["rule"]), data["value"]))}


@app.route("/tags")
def tag_filter():
    prefix = request.args.get("prefix", "")
    # ruleid: python/regex-injection
    return {"tags": [t for t in PRODUCTS if re.match(f"^{re.escape(prefix)}-[0-9]+$", t)]}


@app.route("/search/literal")
def search_literal():
    term = request.args.get("q", "")
    # ok: python/regex-injection
    pattern = re.compile(re.escape(term), re.IGNORECASE)
    return {"hits": [p for p in PRODUCTS if pattern.search(p)]}


def is_slug(value):
    # ok: python/regex-injection
    return re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", value) is not None
