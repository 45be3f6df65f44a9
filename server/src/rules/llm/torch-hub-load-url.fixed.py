import torch
from torch.hub import load_state_dict_from_url
from torch.utils import model_zoo

from .model import Classifier

WEIGHTS_URL = "https://models.example.com/classifier-3f2a9c1d.pth"


def load_classifier():
    model = Classifier()
    # ruleid: llm/torch-hub-load-url
    model.load_state_dict(torch.hub.load_state_dict_from_url(WEIGHTS_URL, map_location="cpu", weights_only=True))
    return model


def load_from_config(config):
    # ruleid: llm/torch-hub-load-url
    state = load_state_dict_from_url(config["weights_url"], progress=False, weights_only=True)
    return state


def load_legacy(url):
    # ruleid: llm/torch-hub-load-url
    return model_zoo.load_url(url, weights_only=True)


def load_classifier_safe():
    model = Classifier()
    # ok: llm/torch-hub-load-url
    model.load_state_dict(torch.hub.load_state_dict_from_url(WEIGHTS_URL, map_location="cpu", check_hash=True, weights_only=True))
    return model


def download_only():
    # ok: llm/torch-hub-load-url
    torch.hub.download_url_to_file(WEIGHTS_URL, "/tmp/classifier.pth", hash_prefix="3f2a9c1d")
