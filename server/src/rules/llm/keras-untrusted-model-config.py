import json

import requests
import tensorflow as tf
from flask import Flask, request
from huggingface_hub import hf_hub_download

app = Flask(__name__)


@app.route("/models", methods=["POST"])
def build_model():
    # ruleid: llm/keras-untrusted-model-config
    model = tf.keras.models.model_from_json(request.get_data(as_text=True))
    return {"layers": len(model.layers)}


def fetch_architecture(url):
    config = requests.get(url, timeout=10).text
    # ruleid: llm/keras-untrusted-model-config
    return tf.keras.models.model_from_json(config)


def from_hub(repo_id):
    with open(hf_hub_download(repo_id, "config.json", revision="6f3c2a1")) as handle:
        # ruleid: llm/keras-untrusted-model-config
        return tf.keras.models.model_from_config(json.load(handle))


def build_in_code():
    # ok: llm/keras-untrusted-model-config
    return tf.keras.models.model_from_json('{"class_name": "Sequential", "config": {"layers": []}}')


def rebuild(config):
    # ok: llm/keras-untrusted-model-config
    return tf.keras.layers.deserialize(config, safe_mode=True)
