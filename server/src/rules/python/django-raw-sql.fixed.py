from django.db.models import F
from django.db.models.expressions import RawSQL
from django.http import JsonResponse

from .models import Article, Customer


def search_articles(request):
    term = request.GET.get("q", "")
    # ruleid: python/django-raw-sql
    articles = Article.objects.raw("SELECT * FROM blog_article WHERE title LIKE %s", [f"%{term}%"])
    return JsonResponse({"ids": [a.id for a in articles]})


def customers_in(request):
    city = request.GET["city"]
    # ruleid: python/django-raw-sql
    customers = Customer.objects.extra(where=["city = %s"], params=[city])
    return JsonResponse({"count": customers.count()})


def ranked(order_column):
    # ruleid: python/django-raw-sql
    return Article.objects.annotate(score=RawSQL("SELECT rank FROM ranking WHERE col = %s", [order_column]))


def search_articles_safe(request):
    term = request.GET.get("q", "")
    # ok: python/django-raw-sql
    articles = Article.objects.raw("SELECT * FROM blog_article WHERE title LIKE %s", [f"%{term}%"])
    return JsonResponse({"ids": [a.id for a in articles]})


def customers_in_safe(request):
    city = request.GET["city"]
    # ok: python/django-raw-sql
    customers = Customer.objects.extra(where=["city = %s"], params=[city])
    return JsonResponse({"count": customers.count()})


def ranked_safe(column_id):
    # ok: python/django-raw-sql
    return Article.objects.annotate(score=RawSQL("SELECT rank FROM ranking WHERE id = %s", (column_id,)))


def popular():
    # ok: python/django-raw-sql
    return Article.objects.filter(views__gt=F("likes"))
