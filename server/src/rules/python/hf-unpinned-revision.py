from huggingface_hub import hf_hub_download, snapshot_download
from sentence_transformers import SentenceTransformer
from transformers import AutoModel, AutoTokenizer

# ruleid: python/hf-unpinned-revision
tokenizer = AutoTokenizer.from_pretrained("acme/sentiment-base")
# ruleid: python/hf-unpinned-revision
weights = hf_hub_download(repo_id="acme/sentiment-base", filename="model.safetensors")
# ruleid: python/hf-unpinned-revision
embedder = SentenceTransformer("sentence-transformers/all-MiniLM-L6-v2")

# ok: python/hf-unpinned-revision
model = AutoModel.from_pretrained("acme/sentiment-base", revision="9c2a51f3b1e4d7a0c6f8e2b5d1a3c7e9f0b2d4a6")
# ok: python/hf-unpinned-revision
local = AutoModel.from_pretrained("./checkpoints/sentiment")
# ok: python/hf-unpinned-revision
files = snapshot_download("acme/sentiment-base", revision="v1.2.0")
