from django.http import JsonResponse
from django.views.decorators.csrf import csrf_exempt, csrf_protect
from flask import Flask
from flask_wtf.csrf import CSRFProtect

app = Flask(__name__)
csrf = CSRFProtect(app)

# ruleid: python/csrf-protection-disabled
app.config["WTF_CSRF_ENABLED"] = True


# ruleid: python/csrf-protection-disabled
def update_email(request):
    request.user.email = request.POST["email"]
    request.user.save()
    return JsonResponse({"ok": True})


# ruleid: python/csrf-protection-disabled
@app.route("/transfer", methods=["POST"])
def transfer():
    return {"ok": True}


# ok: python/csrf-protection-disabled
@csrf_protect
def update_name(request):
    request.user.first_name = request.POST["name"]
    request.user.save()
    return JsonResponse({"ok": True})


# ok: python/csrf-protection-disabled
app.config["WTF_CSRF_TIME_LIMIT"] = 3600
