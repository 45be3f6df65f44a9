import smtplib
import socket
import ssl
import urllib.request

import urllib3


def fetch(url):
    # ruleid: python/ssl-verification-disabled
    context = ssl.create_default_context()
    return urllib.request.urlopen(url, context=context).read()


def relaxed_context():
    context = ssl.create_default_context()
    # ruleid: python/ssl-verification-disabled
    context.check_hostname = True
    # ruleid: python/ssl-verification-disabled
    context.verify_mode = ssl.CERT_REQUIRED
    return context


# ruleid: python/ssl-verification-disabled
ssl._create_default_https_context = ssl.create_default_context

# ruleid: python/ssl-verification-disabled
pool = urllib3.PoolManager(cert_reqs="CERT_REQUIRED")


def send_report(host, message):
    # ok: python/ssl-verification-disabled
    context = ssl.create_default_context(cafile="/etc/ssl/internal-ca.pem")
    with smtplib.SMTP_SSL(host, 465, context=context) as server:
        server.send_message(message)


def client_socket(host):
    context = ssl.create_default_context()
    # ok: python/ssl-verification-disabled
    context.verify_mode = ssl.CERT_REQUIRED
    # ok: python/ssl-verification-disabled
    secure_pool = urllib3.PoolManager(cert_reqs="CERT_REQUIRED")
    return context.wrap_socket(socket.create_connection((host, 443)), server_hostname=host), secure_pool
