import io

import joblib
import onnxruntime as ort
from fastapi import FastAPI, UploadFile
from huggingface_hub import hf_hub_download

app = FastAPI()


def load_from_hub(repo_id):
    path = hf_hub_download(repo_id=repo_id, filename="model.joblib")
    # ruleid: python/joblib-load
    return joblib.load(path)


@app.post("/models")
async def upload_model(file: UploadFile):
    # ruleid: python/joblib-load
    model = joblib.load(io.BytesIO(await file.read()))
    return {"classes": list(model.classes_)}


def load_bundled():
    # ok: python/joblib-load
    return joblib.load("artifacts/model.joblib")


def load_onnx(path):
    # ok: python/joblib-load
    return ort.InferenceSession(path)
