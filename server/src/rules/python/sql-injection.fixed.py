import sqlite3
import sys

import pandas as pd
import psycopg2
from flask import Flask, request

app = Flask(__name__)
conn = psycopg2.connect(dbname="shop")


@app.route("/users")
def find_user():
    username = request.args.get("username")
    cursor = conn.cursor()
    # ruleid: python/sql-injection
    cursor.execute("SELECT id, email FROM users WHERE username = %s", (username,))
    return {"user": cursor.fetchone()}


def orders_for(customer_id, status):
    query = "SELECT * FROM orders WHERE customer_id = %s AND status = '%s'" % (customer_id, status)
    with conn.cursor() as cur:
        # ruleid: python/sql-injection
        cur.execute(query)
        return cur.fetchall()


def delete_by_name(db: sqlite3.Connection, name):
    # ruleid: python/sql-injection
    db.execute("DELETE FROM items WHERE name = ?", (name,))


def report(table):
    # ruleid: python/sql-injection
    return pd.read_sql("SELECT * FROM {}".format(table), conn)


def orders_by_status(status, limit):
    with conn.cursor() as cur:
        # ruleid: python/sql-injection
        cur.execute("SELECT * FROM orders WHERE status = %s AND note LIKE '%%late%%' LIMIT %s", (status, limit))
        return cur.fetchall()


def search_items(db: sqlite3.Connection, term, max_price):
    # ruleid: python/sql-injection
    return db.execute("SELECT * FROM items WHERE name LIKE ? AND price < ?", (f"%{term}%", max_price)).fetchall()


def orders_frame(customer_id):
    # ruleid: python/sql-injection
    return pd.read_sql("SELECT * FROM orders WHERE customer_id = %s AND total > 100", conn, params=(customer_id,))


def sorted_items(db: sqlite3.Connection, column):
    # ruleid: python/sql-injection
    return db.execute(f"SELECT * FROM items ORDER BY {column}").fetchall()


@app.route("/users/safe")
def find_user_safe():
    username = request.args.get("username")
    cursor = conn.cursor()
    # ok: python/sql-injection
    cursor.execute("SELECT id, email FROM users WHERE username = %s", (username,))
    return {"user": cursor.fetchone()}


def orders_for_safe(db: sqlite3.Connection, customer_id):
    # ok: python/sql-injection
    return db.execute("SELECT * FROM orders WHERE customer_id = ?", (customer_id,)).fetchall()


def count_rows():
    table = "orders"
    # ok: python/sql-injection
    return conn.cursor().execute(f"SELECT count(*) FROM {table}")


def page(db: sqlite3.Connection, limit):
    # ok: python/sql-injection
    return db.execute(f"SELECT * FROM items LIMIT {int(limit)}").fetchall()


if __name__ == "__main__":
    # ruleid: python/sql-injection
    sqlite3.connect("app.db").executescript("DROP TABLE %s" % sys.argv[1])
