import os
import requests

# ruleid: secrets/firebase-cloud-messaging-key
headers = {"Authorization": "key=AAAAN-9kEon:APA91bIj_ims1fltdnspTq7a2BzWPe3oM13YQVG5Ib_ZYp9XsAqrnBRaenaXFmFhHU7AFBof78HOwI8yRUCZpaNo4slODfZ6mUsYB4w9Cc5Jc7DRyGxmuyPGj5S-0OysSDP2iUTYm9QQ", "Content-Type": "application/json"}

# ok: secrets/firebase-cloud-messaging-key
headers = {"Authorization": "key=" + os.environ["FCM_SERVER_KEY"], "Content-Type": "application/json"}

# ok: secrets/firebase-cloud-messaging-key
headers = {"Authorization": "key=xxxxxxxxxxx:xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "Content-Type": "application/json"}
