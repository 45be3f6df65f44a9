import os
from jira import JIRA

# ruleid: secrets/atlassian-api-token
jira = JIRA(server="https://acme.atlassian.net", basic_auth=("dev@acme.io", os.environ["JIRA_API_TOKEN"]))

# ok: secrets/atlassian-api-token
jira = JIRA(server="https://acme.atlassian.net", basic_auth=(os.environ["JIRA_EMAIL"], os.environ["JIRA_API_TOKEN"]))

# ok: secrets/atlassian-api-token
jira = JIRA(server="https://acme.atlassian.net", basic_auth=("dev@acme.io", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"))
