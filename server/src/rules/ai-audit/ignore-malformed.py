import yaml

# ruleid: ai-audit/ignore-malformed
# ai-audit-ignore-next-line because this file is generated
data = yaml.safe_load(open("a.yml"))

# ruleid: ai-audit/ignore-malformed
# ai-audit-ignore-next-line python/yaml-load; trusted
value = yaml.safe_load(open("b.yml"))

# ok: ai-audit/ignore-malformed
# ai-audit-ignore-next-line python/yaml-load -- written by our build step
other = yaml.load(open("c.yml"), Loader=yaml.FullLoader)

# ok: ai-audit/ignore-malformed
text = "ai-audit-ignore-next-line is how you write a directive"
