import os
from github import Auth, Github

# ruleid: secrets/github-token
gh = Github(auth=Auth.Token("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"))

# ok: secrets/github-token
gh = Github(auth=Auth.Token(os.environ["GITHUB_TOKEN"]))

# ok: secrets/github-token
gh = Github(auth=Auth.Token("ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"))

# ok: secrets/github-token
gh = Github(auth=Auth.Token("ghp_Bz499VuXO6cKmMneDMyubrj8kkDqVK4R12AA"))  # the checksum does not match: not a real token
