import ldap3.utils.conv
import ldap.filter
import ldap
from flask import Flask, request
from ldap.filter import escape_filter_chars
from ldap3 import SUBTREE, Connection

app = Flask(__name__)
BASE_DN = "ou=people,dc=example,dc=com"


@app.route("/login", methods=["POST"])
def login():
    username = request.form["username"]
    conn = ldap.initialize("ldaps://ldap.example.com")
    # ruleid: python/ldap-injection
    results = conn.search_s(BASE_DN, ldap.SCOPE_SUBTREE, f"(uid={ldap.filter.escape_filter_chars(username)})")
    return {"found": bool(results)}


def find_user(conn: Connection, email):
    # ruleid: python/ldap-injection
    conn.search(BASE_DN, "(&(objectClass=person)(mail=" + ldap3.utils.conv.escape_filter_chars(email) + "))", SUBTREE, attributes=["cn"])
    return conn.entries


@app.route("/login/safe", methods=["POST"])
def login_safe():
    username = escape_filter_chars(request.form["username"])
    conn = ldap.initialize("ldaps://ldap.example.com")
    # ok: python/ldap-injection
    results = conn.search_s(BASE_DN, ldap.SCOPE_SUBTREE, f"(uid={username})")
    return {"found": bool(results)}


def all_groups(conn: Connection):
    # ok: python/ldap-injection
    conn.search(BASE_DN, "(objectClass=groupOfNames)", SUBTREE)
    return conn.entries
