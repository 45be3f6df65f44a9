import os
from openai import AzureOpenAI

# ruleid: secrets/azure-openai-api-key
client = AzureOpenAI(api_key=os.environ["AZURE_OPENAI_API_KEY"], api_version="2024-10-21", azure_endpoint="https://contoso-ai.openai.azure.com")

# ok: secrets/azure-openai-api-key
client = AzureOpenAI(api_key=os.environ["AZURE_OPENAI_API_KEY"], api_version="2024-10-21", azure_endpoint="https://contoso-ai.openai.azure.com")

# ok: secrets/azure-openai-api-key
client = AzureOpenAI(api_key="xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", api_version="2024-10-21", azure_endpoint="https://contoso-ai.openai.azure.com")
