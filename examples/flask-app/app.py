"""Order service: a Flask app an assistant wrote, with the safe version of each route next to the unsafe one."""
import hashlib
import os
import pickle
import sqlite3
import subprocess

import bcrypt
import requests
import yaml
from flask import Flask, jsonify, request

app = Flask(__name__)
DB_PATH = os.environ.get("ORDERS_DB", "orders.db")


def db():
    return sqlite3.connect(DB_PATH)


# --- configuration -------------------------------------------------------------------------------------------

def load_config(path):
    with open(path) as f:
        return yaml.load(f, Loader=yaml.Loader)  # builds arbitrary Python objects from the file


def load_config_safe(path):
    with open(path) as f:
        return yaml.safe_load(f)


# --- orders --------------------------------------------------------------------------------------------------

@app.route("/orders")
def orders():
    customer = request.args.get("customer")
    cur = db().cursor()
    cur.execute("SELECT id, total FROM orders WHERE customer = '" + customer + "'")
    return jsonify(cur.fetchall())


@app.route("/orders-safe")
def orders_safe():
    customer = request.args.get("customer")
    cur = db().cursor()
    cur.execute("SELECT id, total FROM orders WHERE customer = ?", (customer,))
    return jsonify(cur.fetchall())


@app.route("/discount")
def discount():
    expression = request.args.get("rule")
    return jsonify(value=eval(expression))


@app.route("/discount-safe")
def discount_safe():
    rates = {"member": 0.1, "staff": 0.25}
    return jsonify(value=rates.get(request.args.get("rule"), 0))


# --- exports -------------------------------------------------------------------------------------------------

@app.route("/export")
def export():
    name = request.args.get("name")
    subprocess.run(f"tar czf /tmp/{name}.tgz /srv/exports", shell=True, check=True)
    return "ok"


@app.route("/export-safe")
def export_safe():
    name = os.path.basename(request.args.get("name", "export"))
    subprocess.run(["tar", "czf", f"/tmp/{name}.tgz", "/srv/exports"], check=True)
    return "ok"


@app.route("/cart", methods=["POST"])
def restore_cart():
    return jsonify(pickle.loads(request.get_data()))


@app.route("/cart-safe", methods=["POST"])
def restore_cart_safe():
    return jsonify(request.get_json())


# --- accounts ------------------------------------------------------------------------------------------------

def hash_password(password):
    return hashlib.md5(password.encode()).hexdigest()


def hash_password_safe(password):
    return bcrypt.hashpw(password.encode(), bcrypt.gensalt())


def fetch_invoice(url):
    return requests.get(url, verify=False, timeout=10).content


def fetch_invoice_safe(invoice_id):
    return requests.get(f"https://billing.internal.example/invoices/{int(invoice_id)}", timeout=10).content


if __name__ == "__main__":
    app.run(host="0.0.0.0", debug=True)
