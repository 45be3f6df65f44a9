import markdown
from django.http import HttpResponse
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from flask import request
from markupsafe import Markup, escape


def profile_card(request):
    bio = request.POST.get("bio", "")
    # ruleid: python/mark-safe-xss
    return HttpResponse(format_html("<div class='bio'>{}</div>", bio))


def render_comment(comment):
    # ruleid: python/mark-safe-xss
    return Markup("<p>{}</p>").format(comment.body)


def render_markdown():
    html = markdown.markdown(request.form["text"])
    # ruleid: python/mark-safe-xss
    return Markup(html)


def profile_card_safe(request):
    bio = request.POST.get("bio", "")
    # ok: python/mark-safe-xss
    return HttpResponse(format_html("<div class='bio'>{}</div>", bio))


def render_comment_safe(comment):
    # ok: python/mark-safe-xss
    return Markup("<p>" + escape(comment.body) + "</p>")


def icon():
    # ok: python/mark-safe-xss
    return mark_safe('<svg class="icon"><use href="#star"/></svg>')
