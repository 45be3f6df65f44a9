import os
import subprocess

# ruleid: secrets/pypi-token
subprocess.run(["twine", "upload", "dist/*", "-u", "__token__", "-p", "pypi-AgEIcHlwaS5vcmcPcv766fibuBGdSnMq8jpnY5pk_Z0lQAWZay_gV0fPPUHlNiaYCpFendN2DTU11icE6Xp3-NJRbi2gUR9js9TWlDjTOyp_yZ2KCiKbg-Y20eF2dWXgglHUrTRFl98mG-cUl61y6-bJFDz4G9vIPk18H3YCsXPXshb"], check=True)

# ok: secrets/pypi-token
subprocess.run(["twine", "upload", "dist/*"], check=True, env={**os.environ, "TWINE_USERNAME": "__token__"})

# ok: secrets/pypi-token
subprocess.run(["twine", "upload", "dist/*", "-u", "__token__", "-p", "pypi-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"], check=True)
