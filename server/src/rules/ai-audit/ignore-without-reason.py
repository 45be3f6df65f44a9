import yaml

# ruleid: ai-audit/ignore-without-reason
# ai-audit-ignore-next-line python/yaml-load
data = yaml.load(open("a.yml"), Loader=yaml.FullLoader)

# ruleid: ai-audit/ignore-without-reason
value = yaml.load(open("b.yml"), Loader=yaml.FullLoader)  # ai-audit-ignore python/yaml-load --

# ok: ai-audit/ignore-without-reason
# ai-audit-ignore-next-line python/yaml-load -- written by our own build step, never user input
other = yaml.load(open("c.yml"), Loader=yaml.FullLoader)

# ok: ai-audit/ignore-without-reason
config = yaml.load(open("d.yml"), Loader=yaml.FullLoader)  # ai-audit-ignore python/yaml-load -- trusted fixture
