import os
import requests

# ruleid: secrets/jfrog-api-key
resp = requests.get("https://acme.jfrog.io/artifactory/api/repositories", headers={"X-JFrog-Art-Api": os.environ["JFROG_ACCESS_TOKEN"]})

# ok: secrets/jfrog-api-key
resp = requests.get("https://acme.jfrog.io/artifactory/api/repositories", headers={"X-JFrog-Art-Api": os.environ["JFROG_ACCESS_TOKEN"]})
