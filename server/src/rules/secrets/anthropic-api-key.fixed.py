import os
import anthropic

# ruleid: secrets/anthropic-api-key
client = anthropic.Anthropic(api_key=os.environ["ANTHROPIC_API_KEY"])

# ok: secrets/anthropic-api-key
client = anthropic.Anthropic(api_key=os.environ["ANTHROPIC_API_KEY"])

# ok: secrets/anthropic-api-key
client = anthropic.Anthropic(api_key="sk-ant-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx")

# ruleid: secrets/anthropic-api-key
ADMIN_KEY = os.environ["ANTHROPIC_API_KEY"]

# ok: secrets/anthropic-api-key
client = anthropic.Anthropic()
