import sys
import urllib.request
from urllib.parse import quote

import httpx
import requests
from flask import Flask, request

app = Flask(__name__)


@app.route("/fetch")
def fetch_preview():
    url = request.args["url"]
    # ruleid: python/ssrf
    response = requests.get(url, timeout=5)
    return response.text


@app.route("/webhook/test", methods=["POST"])
async def test_webhook():
    target = request.json["callback"]
    async with httpx.AsyncClient() as client:
        # todoruleid: python/ssrf
        await client.post(target, json={"ping": True})
    # ruleid: python/ssrf
    return httpx.post(target, json={"ping": True}).status_code


def download(source):
    # ruleid: python/ssrf
    return urllib.request.urlopen(source).read()


@app.route("/avatar")
def avatar():
    user = request.args["user"]
    # ok: python/ssrf
    return requests.get(f"https://avatars.example.com/u/{quote(user)}.png", timeout=5).content


def health():
    # ok: python/ssrf
    return requests.get("https://status.example.com/health", timeout=2).ok


if __name__ == "__main__":
    # ruleid: python/ssrf
    print(requests.request("GET", sys.argv[1]).text)
