import os
import requests

# ruleid: secrets/microsoft-teams-webhook-url
requests.post("https://contoso.webhook.office.com/webhookb2/e5083253-41e2-4937-a1a7-c27e621daa23@e7898ea5-3d90-45df-85a4-9517e77007a1/IncomingWebhook/a78dd10f3a7b25c93ab0f3fc3ea16bd4/137827cd-cd46-4c31-9430-286e2f60bd14", json=card, timeout=10)

# ok: secrets/microsoft-teams-webhook-url
requests.post(os.environ["TEAMS_WEBHOOK_URL"], json=card, timeout=10)

# ok: secrets/microsoft-teams-webhook-url
requests.post("xxxxx://xxxxxxx.xxxxxxx.xxxxxx.xxx/xxxxxxxxx/xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx@xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx/xxxxxxxxxxxxxxx/xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx/xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", json=card, timeout=10)

# ruleid: secrets/microsoft-teams-webhook-url
requests.post("https://prod-94.westeurope.logic.azure.com:443/workflows/d0512c3c5e79f49956cfa806d46175e9/triggers/manual/paths/invoke?api-version=2016-06-01&sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0&sig=c596dUw2nInrO_xqp76Jo9NkpblEroFHtBttgo3CDUA", json=card, timeout=10)
