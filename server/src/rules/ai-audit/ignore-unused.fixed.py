import yaml

# ruleid: ai-audit/ignore-unused
data = yaml.safe_load(open("a.yml"))

# ruleid: ai-audit/ignore-unused
value = yaml.safe_load(open("b.yml"))

# ok: ai-audit/ignore-unused
# ai-audit-ignore-next-line python/yaml-load -- written by our build step
other = yaml.load(open("c.yml"), Loader=yaml.FullLoader)

# ok: ai-audit/ignore-unused
more = yaml.load(open("d.yml"), Loader=yaml.FullLoader)  # ai-audit-ignore python/yaml-load -- trusted
