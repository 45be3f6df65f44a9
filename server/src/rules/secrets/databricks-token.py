import os
from databricks.sdk import WorkspaceClient

# ruleid: secrets/databricks-token
w = WorkspaceClient(host="https://adb-5039281746120953.3.azuredatabricks.net", token="dapi2c549b3cbe81e8e52a27dec8624ee06f")

# ok: secrets/databricks-token
w = WorkspaceClient(host=os.environ["DATABRICKS_HOST"], token=os.environ["DATABRICKS_TOKEN"])

# ok: secrets/databricks-token
w = WorkspaceClient(host="https://adb-5039281746120953.3.azuredatabricks.net", token="xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx")
