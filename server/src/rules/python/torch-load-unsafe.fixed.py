import torch
from huggingface_hub import hf_hub_download
from safetensors.torch import load_file
from torch import load as load_checkpoint

from .model import Classifier


def load_classifier(path):
    model = Classifier()
    # ruleid: python/torch-load-unsafe
    model.load_state_dict(torch.load(path, map_location="cpu", weights_only=True))
    return model


def load_from_hub():
    weights = hf_hub_download(repo_id="acme/sentiment", filename="model.pt", revision="4f2c9e1")
    # ruleid: python/torch-load-unsafe
    return torch.load(weights, weights_only=True)


def resume(checkpoint_path):
    # ruleid: python/torch-load-unsafe
    state = load_checkpoint(checkpoint_path, weights_only=True)
    return state["epoch"]


def load_classifier_safe(path):
    model = Classifier()
    # ok: python/torch-load-unsafe
    model.load_state_dict(torch.load(path, map_location="cpu", weights_only=True))
    return model


def load_safetensors(path):
    model = Classifier()
    # ok: python/torch-load-unsafe
    model.load_state_dict(load_file(path))
    return model
