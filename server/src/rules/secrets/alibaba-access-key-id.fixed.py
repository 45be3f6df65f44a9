import os
import oss2

# ruleid: secrets/alibaba-access-key-id
auth = oss2.Auth(os.environ["ALIBABA_CLOUD_ACCESS_KEY_ID"], os.environ["OSS_ACCESS_KEY_SECRET"])

# ok: secrets/alibaba-access-key-id
auth = oss2.Auth(os.environ["OSS_ACCESS_KEY_ID"], os.environ["OSS_ACCESS_KEY_SECRET"])

# ok: secrets/alibaba-access-key-id
auth = oss2.Auth("xxxxxxxxxxxxxxxxxxxxxxxx", os.environ["OSS_ACCESS_KEY_SECRET"])
