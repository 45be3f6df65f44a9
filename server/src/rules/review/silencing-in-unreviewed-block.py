# ai-audit-test-unreviewed: 12-23
import subprocess

import requests


def reviewed_health_check(url):
    # ok: review/silencing-in-unreviewed-block
    return requests.get(url, timeout=5, verify=False)  # written and reviewed by a person, outside the block


def sync_inventory(api, token):
    headers = {"Authorization": f"Bearer {token}"}
    # ruleid: review/silencing-in-unreviewed-block
    response = requests.get(api, headers=headers, timeout=10, verify=False)
    response.raise_for_status()
    # ruleid: review/silencing-in-unreviewed-block
    subprocess.run("make sync", shell=True)  # nosec
    # ruleid: review/silencing-in-unreviewed-block
    # ai-audit-ignore-next-line python/subprocess-shell-injection -- the agent says this is fine
    subprocess.run(response.json()["command"], shell=True)
    # ok: review/silencing-in-unreviewed-block
    return response.json()["items"]  # verify the payload before using it


# ok: review/silencing-in-unreviewed-block
CHECK = "nosec"  # outside the block
