import os
import dropbox

# ruleid: secrets/dropbox-token
dbx = dropbox.Dropbox(os.environ["DROPBOX_ACCESS_TOKEN"])

# ok: secrets/dropbox-token
dbx = dropbox.Dropbox(oauth2_refresh_token=os.environ["DROPBOX_REFRESH_TOKEN"], app_key=os.environ["DROPBOX_APP_KEY"])

# ok: secrets/dropbox-token
dbx = dropbox.Dropbox("sl.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx")
