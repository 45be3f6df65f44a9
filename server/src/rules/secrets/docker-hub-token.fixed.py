import os
import docker

client = docker.from_env()
# ruleid: secrets/docker-hub-token
client.login(username="acmebot", password=os.environ["DOCKERHUB_TOKEN"])

# ok: secrets/docker-hub-token
client.login(username="acmebot", password=os.environ["DOCKERHUB_TOKEN"])
