import torch
from torch import hub


def load_detector():
    # ruleid: llm/torch-hub-untrusted-repo
    return torch.hub.load("ultralytics/yolov5", "yolov5s", pretrained=True, trust_repo="check")


def load_midas():
    # ruleid: llm/torch-hub-untrusted-repo
    return hub.load(repo_or_dir="isl-org/MiDaS:master", model="DPT_Large", trust_repo="check")


def load_detector_pinned():
    # ok: llm/torch-hub-untrusted-repo
    return torch.hub.load("ultralytics/yolov5:4a1bf5d3c0e7e3f2b4d9a6c8e1f07b2d5a3c9e41", "yolov5s", pretrained=True)


def load_vendored():
    # ok: llm/torch-hub-untrusted-repo
    return torch.hub.load("third_party/yolov5", "yolov5s", source="local", trust_repo=True)


def load_with_prompt():
    # ok: llm/torch-hub-untrusted-repo
    return torch.hub.load("pytorch/vision:v0.19.0", "resnet50", weights="IMAGENET1K_V2")
