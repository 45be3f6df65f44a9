import socket
import ssl

from OpenSSL import SSL


def legacy_socket(host):
    # ruleid: python/weak-tls-version
    context = ssl.SSLContext(ssl.PROTOCOL_TLSv1)
    return context.wrap_socket(socket.create_connection((host, 443)), server_hostname=host)


def compatible_context():
    context = ssl.create_default_context()
    # ruleid: python/weak-tls-version
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    return context


def pyopenssl_context():
    # ruleid: python/weak-tls-version
    return SSL.Context(SSL.TLSv1_METHOD)


def modern_context():
    context = ssl.create_default_context()
    # ok: python/weak-tls-version
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    return context


def client_context():
    # ok: python/weak-tls-version
    return ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)


def imported_constant():
    from ssl import PROTOCOL_TLSv1_1, SSLContext
    # ruleid: python/weak-tls-version
    return SSLContext(PROTOCOL_TLSv1_1)


# ok: python/weak-tls-version
TLSv1_METHOD = 4


def refuse_old(context, allowed):
    # ok: python/weak-tls-version
    if context.minimum_version == ssl.TLSVersion.TLSv1:
        raise ValueError("TLS 1.0 is not allowed")
    # ok: python/weak-tls-version
    return ssl.TLSVersion.TLSv1_1 in allowed


def pinned_minimum(context):
    from ssl import TLSVersion
    # ruleid: python/weak-tls-version
    context.minimum_version = TLSVersion.TLSv1_2
    return context
