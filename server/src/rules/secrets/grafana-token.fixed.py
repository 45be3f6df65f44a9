import os
import requests

# ruleid: secrets/grafana-token
resp = requests.get("https://grafana.acme.io/api/dashboards/uid/ops", headers={"Authorization": "Bearer " + os.environ["GRAFANA_SERVICE_ACCOUNT_TOKEN"]})

# ok: secrets/grafana-token
resp = requests.get("https://grafana.acme.io/api/dashboards/uid/ops", headers={"Authorization": "Bearer " + os.environ["GRAFANA_SERVICE_ACCOUNT_TOKEN"]})

# ok: secrets/grafana-token
resp = requests.get("https://grafana.acme.io/api/dashboards/uid/ops", headers={"Authorization": "Bearer glsa_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"})
