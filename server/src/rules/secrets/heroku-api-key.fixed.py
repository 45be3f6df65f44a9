import os
import heroku3

# ruleid: secrets/heroku-api-key
heroku_conn = heroku3.from_key(os.environ["HEROKU_API_KEY"])

# ok: secrets/heroku-api-key
heroku_conn = heroku3.from_key(os.environ["HEROKU_API_KEY"])

# ok: secrets/heroku-api-key
heroku_conn = heroku3.from_key("HRKU-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx")

# ruleid: secrets/heroku-api-key
legacy_conn = heroku3.from_key(os.environ["HEROKU_API_KEY"])

# ok: secrets/heroku-api-key
request_id = "face060a-a956-499e-86b3-40eee7479578"
