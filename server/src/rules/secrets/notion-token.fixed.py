import os
from notion_client import Client

# ruleid: secrets/notion-token
notion = Client(auth=os.environ["NOTION_TOKEN"])

# ok: secrets/notion-token
notion = Client(auth=os.environ["NOTION_TOKEN"])

# ok: secrets/notion-token
notion = Client(auth="ntn_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx")

# ruleid: secrets/notion-token
legacy = Client(auth=os.environ["NOTION_TOKEN"])
