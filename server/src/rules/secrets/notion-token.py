import os
from notion_client import Client

# ruleid: secrets/notion-token
notion = Client(auth="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")

# ok: secrets/notion-token
notion = Client(auth=os.environ["NOTION_TOKEN"])

# ok: secrets/notion-token
notion = Client(auth="ntn_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx")

# ruleid: secrets/notion-token
legacy = Client(auth="secret_JW6tPsD570lt4IPYKx2L2bKJ1LMvxMF5MixuRvaHAeS")
