import os
import msal

# ruleid: secrets/azure-ad-client-secret
app = msal.ConfidentialClientApplication("4f1c2e8a-0b7d-4c3e-9a65-d2f1e0c9b8a7", authority="https://login.microsoftonline.com/contoso.onmicrosoft.com", client_credential="Uox1Q~Ob-zv38qbq7gb4zUAS9fEQlrkfzHiToZUi")

# ok: secrets/azure-ad-client-secret
app = msal.ConfidentialClientApplication(os.environ["AZURE_CLIENT_ID"], authority="https://login.microsoftonline.com/contoso.onmicrosoft.com", client_credential=os.environ["AZURE_CLIENT_SECRET"])

# ok: secrets/azure-ad-client-secret
app = msal.ConfidentialClientApplication("4f1c2e8a-0b7d-4c3e-9a65-d2f1e0c9b8a7", authority="https://login.microsoftonline.com/contoso.onmicrosoft.com", client_credential="xxxxx~xxxxxxxxxxxxxxxxxxxxxxxxxxx.xxxxxx")
