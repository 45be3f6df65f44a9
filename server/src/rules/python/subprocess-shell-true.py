import subprocess


def disk_usage():
    # ruleid: python/subprocess-shell-true
    return subprocess.check_output("df -h", shell=True)


def restart():
    # ruleid: python/subprocess-shell-true
    subprocess.run("systemctl restart nginx", shell=True, check=True)


def disk_usage_list():
    # ok: python/subprocess-shell-true
    return subprocess.check_output(["df", "-h"])


def with_pipe():
    # ok: python/subprocess-shell-true
    subprocess.run("ls", shell=False)
