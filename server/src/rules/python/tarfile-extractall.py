import tarfile

import requests


def install_plugin(url, target):
    archive = requests.get(url, timeout=30).content
    with open("/tmp/plugin.tgz", "wb") as handle:
        handle.write(archive)
    with tarfile.open("/tmp/plugin.tgz") as tar:
        # ruleid: python/tarfile-extractall
        tar.extractall(target)


def restore_backup(path):
    # ruleid: python/tarfile-extractall
    tarfile.open(path, "r:gz").extractall(path="/srv/restore")


def install_plugin_safe(path, target):
    with tarfile.open(path) as tar:
        # ok: python/tarfile-extractall
        tar.extractall(target, filter="data")


def restore_selected(path, wanted):
    with tarfile.open(path) as tar:
        # ok: python/tarfile-extractall
        tar.extractall("/srv/restore", members=[m for m in tar.getmembers() if m.name in wanted and m.isfile()], filter="data")
