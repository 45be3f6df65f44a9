import os
from azure.storage.blob import ContainerClient

# ruleid: secrets/azure-sas-token
container = ContainerClient.from_container_url(os.environ["AZURE_STORAGE_SAS_URL"])

# ok: secrets/azure-sas-token
container = ContainerClient.from_container_url(os.environ["AZURE_STORAGE_SAS_URL"])

# ok: secrets/azure-sas-token
container = ContainerClient.from_container_url("https://contosodata.blob.core.windows.net/reports?sv=2022-11-02&sp=r&sig=<signature>")

# ok: secrets/azure-sas-token
report_url = "https://contosodata.blob.core.windows.net/reports/q3.pdf"
