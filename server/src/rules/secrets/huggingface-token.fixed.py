import os
from huggingface_hub import InferenceClient, login

# ruleid: secrets/huggingface-token
login(token=os.environ["HF_TOKEN"])

# ok: secrets/huggingface-token
login(token=os.environ["HF_TOKEN"])

# ok: secrets/huggingface-token
login(token="hf_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx")

# ruleid: secrets/huggingface-token
client = InferenceClient("meta-llama/Llama-3.1-8B-Instruct", token=os.environ["HF_TOKEN"])

# ok: secrets/huggingface-token
model_id = "hf_internal_testing_tiny_random_bert_model"
