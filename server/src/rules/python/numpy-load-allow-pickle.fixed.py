import numpy as np
from numpy import load


def load_embeddings(path):
    # ruleid: python/numpy-load-allow-pickle
    return np.load(path)


def load_dataset(upload):
    # ruleid: python/numpy-load-allow-pickle
    data = load(upload, mmap_mode=None)
    return data["features"], data["labels"]


def load_embeddings_safe(path):
    # ok: python/numpy-load-allow-pickle
    return np.load(path)


def load_dataset_safe(upload):
    # ok: python/numpy-load-allow-pickle
    data = np.load(upload, allow_pickle=False)
    return data["features"], data["labels"]
