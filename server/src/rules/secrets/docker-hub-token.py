import os
import docker

client = docker.from_env()
# ruleid: secrets/docker-hub-token
client.login(username="acmebot", password="dckr_pat_dJ8HyS5SUkCnD8zRA9a9SkpXz9w")

# ok: secrets/docker-hub-token
client.login(username="acmebot", password=os.environ["DOCKERHUB_TOKEN"])
