import html
import markupsafe
from django.http import HttpResponse
from flask import Flask, render_template, request
from markupsafe import escape

app = Flask(__name__)


@app.route("/hello")
def hello():
    name = request.args.get("name", "stranger")
    # ruleid: python/reflected-xss
    return f"<h1>Hello, {markupsafe.escape(name)}!</h1>"


@app.route("/search")
def search():
    query = request.args.get("q", "")
    # ruleid: python/reflected-xss
    return "<p>No results for " + html.escape(query) + "</p>", 404


@app.route("/greet")
def greet_by_name():
    name = request.args.get("name")
    if name:
        # ruleid: python/reflected-xss
        return f"<p>Hi {markupsafe.escape(name)}</p>"
    return "<p>Hi</p>"


def greet(request):
    name = request.GET.get("name", "stranger")
    # ruleid: python/reflected-xss
    return HttpResponse(f"<h1>Hello, {markupsafe.escape(name)}!</h1>")


@app.route("/hello/safe")
def hello_safe():
    name = request.args.get("name", "stranger")
    # ok: python/reflected-xss
    return f"<h1>Hello, {escape(name)}!</h1>"


@app.route("/search/safe")
def search_safe():
    # ok: python/reflected-xss
    return render_template("search.html", query=request.args.get("q", ""))


def greet_safe(request):
    count = int(request.GET.get("count", "0"))
    # ok: python/reflected-xss
    return HttpResponse(f"<p>{count} new messages</p>")


class User:
    def __init__(self, name):
        self.name = name

    @property
    def label(self):
        # ok: python/reflected-xss
        return f"<User {self.name}>"
