import jinja2
from flask import Flask, render_template_string, request
from jinja2 import Environment, Template

app = Flask(__name__)
env = Environment(autoescape=True)

GREETING = "<h1>Hello {{ name }}!</h1>"


@app.route("/hello")
def hello():
    name = request.args.get("name", "world")
    # ruleid: python/template-injection
    return render_template_string("<h1>Hello {{ name | e }}!</h1>", name=name)


@app.route("/preview", methods=["POST"])
def preview():
    body = request.form["template"]
    # ruleid: python/template-injection
    return env.from_string(body).render(user="guest")


def render_email(subject_template, context):
    # ruleid: python/template-injection
    return Template("Subject: " + subject_template).render(**context)


@app.route("/hello/safe")
def hello_safe():
    name = request.args.get("name", "world")
    # ok: python/template-injection
    return render_template_string(GREETING, name=name)


def render_footer(year):
    # ok: python/template-injection
    return jinja2.Template("&copy; {{ year }} Example Inc.").render(year=year)
