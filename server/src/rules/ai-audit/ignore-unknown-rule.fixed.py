import yaml

# ruleid: ai-audit/ignore-unknown-rule
# ai-audit-ignore-next-line python/yaml-load -- generated file
data = yaml.load(open("a.yml"), Loader=yaml.FullLoader)

# ruleid: ai-audit/ignore-unknown-rule
# ai-audit-ignore-next-line nosuchpack/* -- legacy
value = 1

# ok: ai-audit/ignore-unknown-rule
# ai-audit-ignore-next-line python/yaml-load -- generated file
other = yaml.load(open("b.yml"), Loader=yaml.FullLoader)

# ok: ai-audit/ignore-unknown-rule
# ai-audit-ignore-next-line python/* -- generated file
more = yaml.load(open("c.yml"), Loader=yaml.FullLoader)
