from django.http import JsonResponse
from flask import Flask, make_response, request

app = Flask(__name__)


@app.route("/login", methods=["POST"])
def login():
    token = create_session(request.form["user"])
    response = make_response({"ok": True})
    # ruleid: python/insecure-cookie
    response.set_cookie("session", token, secure=True, httponly=True)
    return response


def remember_me(request, user):
    response = JsonResponse({"ok": True})
    # ruleid: python/insecure-cookie
    response.set_cookie("remember", user.remember_token, max_age=30 * 86400, httponly=True, secure=True)
    return response


@app.route("/login/safe", methods=["POST"])
def login_safe():
    token = create_session(request.form["user"])
    response = make_response({"ok": True})
    # ok: python/insecure-cookie
    response.set_cookie("session", token, secure=True, httponly=True, samesite="Lax")
    return response


@app.route("/logout")
def logout():
    response = make_response({"ok": True})
    # ok: python/insecure-cookie
    response.delete_cookie("session")
    return response


def create_session(user):
    return f"session-for-{user}"
