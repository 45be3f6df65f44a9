import asyncio
import subprocess
import shlex
import sys
from flask import Flask, request

app = Flask(__name__)


@app.route("/ping")
def ping():
    host = request.args.get("host", "")
    # ruleid: python/subprocess-shell-injection
    output = subprocess.check_output(["ping", "-c", "1", host])
    return output


def archive(directory):
    command = f"tar czf backup.tgz {directory}"
    # ruleid: python/subprocess-shell-injection
    subprocess.run(command, shell=True, check=True)


def convert(upload_name):
    # ruleid: python/subprocess-shell-injection
    subprocess.run(["convert", f"uploads/{upload_name}", "out.png"], check=True)


async def fetch(url):
    # ruleid: python/subprocess-shell-injection
    process = await asyncio.create_subprocess_exec("curl", "-sS", str(url))
    return await process.wait()


def restart(service):
    # ruleid: python/subprocess-shell-injection
    subprocess.run(f"systemctl restart {service}", shell=True, executable="/bin/bash")


def nightly():
    # ok: python/subprocess-shell-injection
    subprocess.run(["bash", "-c", "cd /srv/app && ./backup.sh"], check=True)


def archive_quoted(directory):
    # ok: python/subprocess-shell-injection
    subprocess.run("tar czf backup.tgz " + shlex.quote(directory), shell=True, check=True)


def list_files():
    # ok: python/subprocess-shell-injection
    subprocess.run("ls -la /var/log", shell=True)


def run_tool(path):
    # ok: python/subprocess-shell-injection
    subprocess.run(["tar", "czf", "backup.tgz", path], check=True)


if __name__ == "__main__":
    # ruleid: python/subprocess-shell-injection
    subprocess.call(["grep", "-r", str(sys.argv[1]), "."])
