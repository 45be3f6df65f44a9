import os
import requests

# ruleid: secrets/sonarqube-token
resp = requests.get("https://sonar.acme.io/api/projects/search", auth=(os.environ["SONAR_TOKEN"], ""))

# ok: secrets/sonarqube-token
resp = requests.get("https://sonar.acme.io/api/projects/search", auth=(os.environ["SONAR_TOKEN"], ""))
