import pandas as pd
from pandas import read_pickle

# ruleid: llm/pickle-remote-url
features = pd.read_pickle("https://raw.githubusercontent.com/acme/churn/main/data/features.pkl")

# ruleid: llm/pickle-remote-url
train = read_pickle("hf://datasets/acme/churn/train.pkl.gz", compression="gzip")


def load_split(split):
    # A path built at run time is python/pickle-deserialization's to report.
    # ok: llm/pickle-remote-url
    return pd.read_pickle(f"s3://ml-shared/splits/{split}.pkl")


# ruleid: llm/pickle-remote-url
embeddings = pd.read_pickle("gs://public-ml-artifacts/embeddings/v3.pkl")


# ok: llm/pickle-remote-url
features_safe = pd.read_parquet("https://raw.githubusercontent.com/acme/churn/main/data/features.parquet")

# ok: llm/pickle-remote-url
cache = pd.read_pickle("cache/features.pkl")
