import os
import subprocess
import tempfile
from tempfile import mktemp


def render_pdf(html):
    # ruleid: python/tempfile-mktemp
    fd, path = tempfile.mkstemp(suffix=".html")
    os.close(fd)
    with open(path, "w") as handle:
        handle.write(html)
    subprocess.run(["wkhtmltopdf", path, path + ".pdf"], check=True)
    return path + ".pdf"


def scratch_file():
    # ruleid: python/tempfile-mktemp
    return open(mktemp(), "w+b")


def render_pdf_safe(html):
    # ok: python/tempfile-mktemp
    with tempfile.NamedTemporaryFile("w", suffix=".html", delete=False) as handle:
        handle.write(html)
    subprocess.run(["wkhtmltopdf", handle.name, handle.name + ".pdf"], check=True)
    return handle.name + ".pdf"


def scratch_fd():
    # ok: python/tempfile-mktemp
    fd, path = tempfile.mkstemp()
    return os.fdopen(fd, "w+b"), path
