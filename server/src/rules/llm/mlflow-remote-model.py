import mlflow
import mlflow.sklearn
from mlflow.pyfunc import load_model


def load_shared_classifier():
    # ruleid: llm/mlflow-remote-model
    return mlflow.pyfunc.load_model("https://models.partner.example/churn/1.4/model")


def load_from_bucket(bucket, version):
    # ruleid: llm/mlflow-remote-model
    return mlflow.sklearn.load_model(f"s3://{bucket}/churn/{version}")


def load_alias():
    # ruleid: llm/mlflow-remote-model
    return load_model(model_uri="gs://public-ml-artifacts/sentiment/model")


def load_registered():
    # ok: llm/mlflow-remote-model
    return mlflow.pyfunc.load_model("models:/churn-classifier/7")


def load_run(run_id):
    # ok: llm/mlflow-remote-model
    return mlflow.pyfunc.load_model(f"runs:/{run_id}/model")
