from django.http import HttpResponseRedirect
from django.shortcuts import redirect as django_redirect
from django.urls import reverse
from flask import Flask, redirect, request, url_for

app = Flask(__name__)


@app.route("/login", methods=["POST"])
def login():
    next_url = request.args.get("next", "/")
    # ruleid: python/open-redirect
    return redirect(next_url)


def logout_view(request):
    # ruleid: python/open-redirect
    return HttpResponseRedirect(request.GET.get("return_to", "/"))


def after_signup(request):
    target = request.POST["continue"]
    # ruleid: python/open-redirect
    return django_redirect(target)


@app.route("/home")
def home():
    # ok: python/open-redirect
    return redirect(url_for("dashboard"))


def profile_view(request, user_id):
    # ok: python/open-redirect
    return HttpResponseRedirect(reverse("profile", args=[user_id]))


@app.route("/old-docs")
def old_docs():
    # ok: python/open-redirect
    return redirect("https://docs.example.com/", code=301)
