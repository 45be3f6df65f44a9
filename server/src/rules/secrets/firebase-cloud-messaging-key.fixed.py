import os
import requests

# ruleid: secrets/firebase-cloud-messaging-key
headers = {"Authorization": "key=" + os.environ["FCM_SERVER_KEY"], "Content-Type": "application/json"}

# ok: secrets/firebase-cloud-messaging-key
headers = {"Authorization": "key=" + os.environ["FCM_SERVER_KEY"], "Content-Type": "application/json"}

# ok: secrets/firebase-cloud-messaging-key
headers = {"Authorization": "key=xxxxxxxxxxx:xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "Content-Type": "application/json"}
