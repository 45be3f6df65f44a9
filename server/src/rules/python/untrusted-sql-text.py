import sqlite3

from flask import Flask, request
from langchain_openai import ChatOpenAI
from openai import OpenAI
from sqlalchemy import text as sql_text

app = Flask(__name__)
client = OpenAI()
llm = ChatOpenAI(model="gpt-4o")
db = sqlite3.connect("shop.db")

ALLOWED_REPORTS = {
    "top_customers": "SELECT name, total FROM customers ORDER BY total DESC LIMIT 10",
    "open_orders": "SELECT id, status FROM orders WHERE status = 'open'",
}


def answer(question):
    completion = client.chat.completions.create(
        model="gpt-4o",
        messages=[{"role": "system", "content": "Write one SQLite query for the question."}, {"role": "user", "content": question}],
    )
    sql = completion.choices[0].message.content.strip()
    # ruleid: python/untrusted-sql-text
    rows = db.execute(sql).fetchall()
    return rows


def answer_with_langchain(question):
    query = llm.invoke(f"Write a SQL query for: {question}").content
    cursor = db.cursor()
    # ruleid: python/untrusted-sql-text
    cursor.execute(query)
    return cursor.fetchall()


@app.route("/admin/sql", methods=["POST"])
def run_sql():
    # ruleid: python/untrusted-sql-text
    return {"rows": db.execute(request.form["sql"]).fetchall()}


def answer_from_menu(question):
    completion = client.chat.completions.create(
        model="gpt-4o",
        messages=[{"role": "system", "content": "Answer with one report name."}, {"role": "user", "content": question}],
    )
    name = completion.choices[0].message.content.strip()
    # ok: python/untrusted-sql-text
    return db.execute(ALLOWED_REPORTS.get(name, ALLOWED_REPORTS["open_orders"])).fetchall()


def order_status(order_id):
    # ok: python/untrusted-sql-text
    return db.execute("SELECT status FROM orders WHERE id = ?", (order_id,)).fetchone()


def run_migration(path):
    with open(path) as handle:
        # ok: python/untrusted-sql-text
        db.executescript(handle.read())


def report_statement(question):
    query = llm.invoke(f"Write a SQL query for: {question}").content
    # ruleid: python/untrusted-sql-text
    return sql_text(query)
