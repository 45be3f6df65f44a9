import os
from pinecone import Pinecone

# ruleid: secrets/pinecone-api-key
pc = Pinecone(api_key=os.environ["PINECONE_API_KEY"])

# ok: secrets/pinecone-api-key
pc = Pinecone(api_key=os.environ["PINECONE_API_KEY"])

# ok: secrets/pinecone-api-key
pc = Pinecone(api_key="pcsk_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx")

# todoruleid: secrets/pinecone-api-key
legacy = Pinecone(api_key="4127f7d6-7a2e-4449-9061-aa326b940a31")  # keys issued before 2024 are bare UUIDs
