import os

from flask import Flask

app = Flask(__name__)
admin = Flask("admin")

# ruleid: python/flask-debug
admin.debug = True


@app.route("/")
def index():
    return "hello"


def serve_dev():
    # ok: python/flask-debug
    app.run(debug=os.environ.get("FLASK_DEBUG") == "1")


def serve_plain():
    # ok: python/flask-debug
    app.run(port=8000, debug=False)


if __name__ == "__main__":
    # ruleid: python/flask-debug
    app.run(host="0.0.0.0", port=5000, debug=True)
    # ruleid: python/flask-debug
    admin.run(debug=True)
