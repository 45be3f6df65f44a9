import yaml

# ruleid: ai-audit/ignore-expired
data = yaml.load(open("a.yml"), Loader=yaml.FullLoader)

# ruleid: ai-audit/ignore-expired
value = yaml.load(open("b.yml"), Loader=yaml.FullLoader)

# ok: ai-audit/ignore-expired
# ai-audit-ignore-next-line python/yaml-load -- migrating to safe_load until 2099-01-01
other = yaml.load(open("c.yml"), Loader=yaml.FullLoader)

# ok: ai-audit/ignore-expired
# ai-audit-ignore-next-line python/yaml-load -- reviewed in SEC-123
more = yaml.load(open("d.yml"), Loader=yaml.FullLoader)
