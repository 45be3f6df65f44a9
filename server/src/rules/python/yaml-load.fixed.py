import yaml
from yaml import SafeLoader


def load_config(path):
    with open(path) as handle:
        # ruleid: python/yaml-load
        return yaml.safe_load(handle)


def load_all_documents(stream):
    # ruleid: python/yaml-load
    return list(yaml.safe_load_all(stream))


def load_plugin_manifest(text):
    # ruleid: python/yaml-load
    return yaml.safe_load(text)


def load_settings(text):
    # ok: python/yaml-load
    return yaml.safe_load(text)


def load_with_safe_loader(text):
    # ok: python/yaml-load
    return yaml.load(text, Loader=SafeLoader)


def load_with_keyword(text):
    # ok: python/yaml-load
    return yaml.load(text, Loader=yaml.CSafeLoader)
