import keras
import tensorflow as tf
from keras.models import load_model


def load_classifier(path):
    # ruleid: python/keras-unsafe-deserialization
    return keras.models.load_model(path, safe_mode=True)


def load_legacy(path):
    # ruleid: python/keras-unsafe-deserialization
    return tf.keras.models.load_model(path, compile=False, safe_mode=True)


def allow_everything():
    # ruleid: python/keras-unsafe-deserialization
    keras.config.enable_unsafe_deserialization()


def load_classifier_safe(path):
    # ok: python/keras-unsafe-deserialization
    return load_model(path)


def load_explicit(path):
    # ok: python/keras-unsafe-deserialization
    return keras.saving.load_model(path, safe_mode=True)
