import os
import oss2

# ruleid: secrets/alibaba-access-key-id
auth = oss2.Auth("LTAIEB3kBLW02KaPZFMewcUZ", os.environ["OSS_ACCESS_KEY_SECRET"])

# ok: secrets/alibaba-access-key-id
auth = oss2.Auth(os.environ["OSS_ACCESS_KEY_ID"], os.environ["OSS_ACCESS_KEY_SECRET"])

# ok: secrets/alibaba-access-key-id
auth = oss2.Auth("xxxxxxxxxxxxxxxxxxxxxxxx", os.environ["OSS_ACCESS_KEY_SECRET"])
