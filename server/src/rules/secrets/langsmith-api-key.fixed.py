import os
from langsmith import Client

# ruleid: secrets/langsmith-api-key
client = Client(api_key=os.environ["LANGSMITH_API_KEY"])

# ok: secrets/langsmith-api-key
client = Client(api_key=os.environ["LANGSMITH_API_KEY"])

# ok: secrets/langsmith-api-key
client = Client(api_key="lsv2_pt_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx")

# ruleid: secrets/langsmith-api-key
os.environ["LANGCHAIN_API_KEY"] = os.environ["LANGSMITH_API_KEY"]

# ok: secrets/langsmith-api-key
os.environ.setdefault("LANGCHAIN_TRACING_V2", "true")
