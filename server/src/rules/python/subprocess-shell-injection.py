import subprocess
import shlex
import sys
from flask import Flask, request

app = Flask(__name__)


@app.route("/ping")
def ping():
    host = request.args.get("host", "")
    # ruleid: python/subprocess-shell-injection
    output = subprocess.check_output("ping -c 1 " + host, shell=True)
    return output


def archive(directory):
    command = f"tar czf backup.tgz {directory}"
    # ruleid: python/subprocess-shell-injection
    subprocess.run(command, shell=True, check=True)


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
    subprocess.call("grep -r %s ." % sys.argv[1], shell=True)
