import os
from jira import JIRA

# ruleid: secrets/atlassian-api-token
jira = JIRA(server="https://acme.atlassian.net", basic_auth=("dev@acme.io", "ATATT3xFfGF0BBIwP2_1kdwjehRSp6YqcmhAGTckZ21CSZuif192zUIw10BZuigyKdgwyJpt82SJhGoDrzhKx5QoavH1c__9VmlASMtmaca37ivcftIEXKLA_B1Sk19aABwoFyxdKZzpPiidCj3dlcdlVEuRyUMW8elow0jkSZDooaw9iOEen7YeDxJV8vGh"))

# ok: secrets/atlassian-api-token
jira = JIRA(server="https://acme.atlassian.net", basic_auth=(os.environ["JIRA_EMAIL"], os.environ["JIRA_API_TOKEN"]))

# ok: secrets/atlassian-api-token
jira = JIRA(server="https://acme.atlassian.net", basic_auth=("dev@acme.io", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"))
