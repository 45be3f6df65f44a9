import os
import subprocess

# ruleid: secrets/pypi-token
subprocess.run(["twine", "upload", "dist/*", "-u", "__token__", "-p", os.environ["TWINE_PASSWORD"]], check=True)

# ok: secrets/pypi-token
subprocess.run(["twine", "upload", "dist/*"], check=True, env={**os.environ, "TWINE_USERNAME": "__token__"})

# ok: secrets/pypi-token
subprocess.run(["twine", "upload", "dist/*", "-u", "__token__", "-p", "pypi-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"], check=True)
