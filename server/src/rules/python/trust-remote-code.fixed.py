from datasets import load_dataset
from transformers import AutoModelForCausalLM, AutoTokenizer, pipeline

MODEL_ID = "acme/chat-7b"


def load_chat_model():
    # ruleid: python/trust-remote-code
    tokenizer = AutoTokenizer.from_pretrained(MODEL_ID, trust_remote_code=False)
    # ruleid: python/trust-remote-code
    model = AutoModelForCausalLM.from_pretrained(MODEL_ID, trust_remote_code=False, device_map="auto")
    return tokenizer, model


# ruleid: python/trust-remote-code
LOAD_OPTIONS = {"torch_dtype": "auto", "trust_remote_code": False}


def load_native():
    # ok: python/trust-remote-code
    return pipeline("text-generation", model="meta-llama/Llama-3.1-8B-Instruct", revision="0e9e39f")


def load_reviewed_data():
    # ok: python/trust-remote-code
    return load_dataset("acme/support-tickets", trust_remote_code=False)
