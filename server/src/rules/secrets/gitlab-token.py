import os
import gitlab

# ruleid: secrets/gitlab-token
gl = gitlab.Gitlab("https://gitlab.acme.io", private_token="glpat-_j5ztcIdwY3mSDLmG-ca")

# ok: secrets/gitlab-token
gl = gitlab.Gitlab("https://gitlab.acme.io", private_token=os.environ["GITLAB_TOKEN"])

# ok: secrets/gitlab-token
gl = gitlab.Gitlab("https://gitlab.acme.io", private_token="glpat-xxxxxxxxxxxxxxxxxxxx")
