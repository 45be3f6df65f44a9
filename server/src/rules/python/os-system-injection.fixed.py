import os
import shlex
import subprocess
import sys
from os import system as run_shell

from flask import Flask, request
from openai import OpenAI

app = Flask(__name__)
client = OpenAI()


@app.route("/convert")
def convert():
    name = request.args["file"]
    # ruleid: python/os-system-injection
    subprocess.run(["convert", f"uploads/{name}", "-resize", "50%", f"thumbs/{name}"])
    return "ok"


def disk_usage(path):
    # ruleid: python/os-system-injection
    return subprocess.run(["du", "-sh", path], stdout=subprocess.PIPE, text=True).stdout


def run_suggested_command(task):
    reply = client.chat.completions.create(model="gpt-4o", messages=[{"role": "user", "content": task}])
    command = reply.choices[0].message.content
    # ruleid: python/os-system-injection
    return subprocess.getoutput(command)


def cleanup():
    # ok: python/os-system-injection
    os.system("rm -rf /tmp/build-cache")


def disk_usage_quoted(path):
    # ok: python/os-system-injection
    return os.popen("du -sh " + shlex.quote(path)).read()


def disk_usage_list(path):
    # ok: python/os-system-injection
    return subprocess.run(["du", "-sh", path], capture_output=True, text=True).stdout


if __name__ == "__main__":
    # ruleid: python/os-system-injection
    subprocess.run(["ping", "-c", "1", str(sys.argv[1])])
