import paramiko
from paramiko import AutoAddPolicy


def run_remote(host, command, password):
    client = paramiko.SSHClient()
    # ruleid: python/paramiko-auto-add-policy
    client.set_missing_host_key_policy(paramiko.RejectPolicy())
    client.connect(host, username="deploy", password=password)
    return client.exec_command(command)


def open_tunnel(host, key_file):
    client = paramiko.SSHClient()
    # ruleid: python/paramiko-auto-add-policy
    client.set_missing_host_key_policy(AutoAddPolicy())
    client.connect(host, username="tunnel", key_filename=key_file)
    return client


def run_remote_safe(host, command, key_file):
    client = paramiko.SSHClient()
    # ok: python/paramiko-auto-add-policy
    client.load_system_host_keys()
    # ok: python/paramiko-auto-add-policy
    client.set_missing_host_key_policy(paramiko.RejectPolicy())
    client.connect(host, username="deploy", key_filename=key_file)
    return client.exec_command(command)
