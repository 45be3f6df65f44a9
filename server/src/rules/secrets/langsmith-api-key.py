import os
from langsmith import Client

# ruleid: secrets/langsmith-api-key
client = Client(api_key="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")

# ok: secrets/langsmith-api-key
client = Client(api_key=os.environ["LANGSMITH_API_KEY"])

# ok: secrets/langsmith-api-key
client = Client(api_key="lsv2_pt_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx")

# ruleid: secrets/langsmith-api-key
os.environ["LANGCHAIN_API_KEY"] = "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"

# ok: secrets/langsmith-api-key
os.environ.setdefault("LANGCHAIN_TRACING_V2", "true")
