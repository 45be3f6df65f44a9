import os
import requests

# ruleid: secrets/sonarqube-token
resp = requests.get("https://sonar.acme.io/api/projects/search", auth=("squ_815d2802827283e0ad84173581569969e58b0810", ""))

# ok: secrets/sonarqube-token
resp = requests.get("https://sonar.acme.io/api/projects/search", auth=(os.environ["SONAR_TOKEN"], ""))
