from flask import Flask, request
from lxml import etree

app = Flask(__name__)
USERS = etree.parse("users.xml")


@app.route("/login", methods=["POST"])
def login():
    name = request.form["name"]
    password = request.form["password"]
    # ruleid: python/xpath-injection
    match = USERS.xpath("//user[@name=$name and @password=$password]", name=name, password=password)
    return {"ok": bool(match)}


def books_by(tree, author):
    # ruleid: python/xpath-injection
    return tree.findall(".//book[@author='" + author + "']")


@app.route("/login/safe", methods=["POST"])
def login_safe():
    # ok: python/xpath-injection
    match = USERS.xpath("//user[@name=$name and @password=$password]", name=request.form["name"], password=request.form["password"])
    return {"ok": bool(match)}


def titles(tree):
    # ok: python/xpath-injection
    return tree.xpath("//book/title/text()")
