import os
import anthropic

# ruleid: secrets/anthropic-api-key
client = anthropic.Anthropic(api_key="sk-ant-api03-A_oZuyogjfhHJHp2d3RZsHclnGagcz-Yi8Js5ad8U4H1DM8cAJr4wABAbFZyRhrPU04chYJoaP1hgdBmQUjebFRB7ENtdAA")

# ok: secrets/anthropic-api-key
client = anthropic.Anthropic(api_key=os.environ["ANTHROPIC_API_KEY"])

# ok: secrets/anthropic-api-key
client = anthropic.Anthropic(api_key="sk-ant-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx")

# ruleid: secrets/anthropic-api-key
ADMIN_KEY = "sk-ant-admin01-wRmDkyUSteX8ClEoWikm4TmRTzkyYpJBnsT6s-QRMjMnfLa7_zuJWjgEWCqsbbq6kTsyK-S_8C0TC5iOaNuq-N00q5U-DAA"

# ok: secrets/anthropic-api-key
client = anthropic.Anthropic()
