import os
import dropbox

# ruleid: secrets/dropbox-token
dbx = dropbox.Dropbox("sl.BrpgZ-if9bGXdsiudxcWzWrmLtNW1h8f17bA1DDOttcaOaCGYsVtT7E967GflopTw73NM7b4tagLtGWf8bfh3ttkfGjqo12owqdEavMwQFkbAJeLeUiXFh7pQg8xtC5-WnTQKFM6K_vN")

# ok: secrets/dropbox-token
dbx = dropbox.Dropbox(oauth2_refresh_token=os.environ["DROPBOX_REFRESH_TOKEN"], app_key=os.environ["DROPBOX_APP_KEY"])

# ok: secrets/dropbox-token
dbx = dropbox.Dropbox("sl.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx")
