import os
import sys
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.responses import FileResponse
from flask import Flask, request, send_file, send_from_directory
from werkzeug.utils import secure_filename

app = Flask(__name__)
api = FastAPI()
UPLOAD_DIR = "/srv/uploads"


@app.route("/download")
def download():
    name = request.args["name"]
    # ruleid: python/path-traversal
    return send_from_directory(UPLOAD_DIR, name)


@app.route("/notes", methods=["POST"])
def save_note():
    title = request.form["title"]
    # ruleid: python/path-traversal
    with open(f"notes/{title}.txt", "w") as handle:
        handle.write(request.form["body"])
    return "saved"


@api.get("/reports")
async def report(request: Request):
    # ruleid: python/path-traversal
    return FileResponse(Path("reports") / request.query_params["file"])


@app.route("/download/safe")
def download_safe():
    name = request.args["name"]
    # ok: python/path-traversal
    return send_from_directory(UPLOAD_DIR, name)


@app.route("/notes/safe", methods=["POST"])
def save_note_safe():
    title = secure_filename(request.form["title"])
    # ok: python/path-traversal
    with open(os.path.join("notes", title + ".txt"), "w") as handle:
        handle.write(request.form["body"])
    return "saved"


def read_config():
    # ok: python/path-traversal
    with open("config/settings.toml") as handle:
        return handle.read()


if __name__ == "__main__":
    # ruleid: python/path-traversal
    print(open(sys.argv[1]).read())
