import os
from azure.storage.blob import ContainerClient

# ruleid: secrets/azure-sas-token
container = ContainerClient.from_container_url("https://contosodata.blob.core.windows.net/reports?sv=2022-11-02&ss=b&srt=co&sp=rwdlac&se=2027-12-31T23:59:59Z&st=2025-01-01T00:00:00Z&spr=https&sig=AdLd46UlXmxRVWY9kE%2F%2FPXRdEmCHsj2xdiyGx702vws%3D")

# ok: secrets/azure-sas-token
container = ContainerClient.from_container_url(os.environ["AZURE_STORAGE_SAS_URL"])

# ok: secrets/azure-sas-token
container = ContainerClient.from_container_url("https://contosodata.blob.core.windows.net/reports?sv=2022-11-02&sp=r&sig=<signature>")

# ok: secrets/azure-sas-token
report_url = "https://contosodata.blob.core.windows.net/reports/q3.pdf"
