from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware
from flask import Flask
from flask_cors import CORS

app = Flask(__name__)
admin = Flask("admin")
api = FastAPI()
internal = FastAPI()

# ruleid: python/cors-credentials-wildcard
CORS(app, supports_credentials=True)

# ruleid: python/cors-credentials-wildcard
CORS(admin, origins="*", supports_credentials=True)

# ruleid: python/cors-credentials-wildcard
api.add_middleware(CORSMiddleware, allow_origins=["*"], allow_credentials=True, allow_methods=["*"], allow_headers=["*"])

# ok: python/cors-credentials-wildcard
internal.add_middleware(CORSMiddleware, allow_origins=["https://app.example.com"], allow_credentials=True)

# ok: python/cors-credentials-wildcard
CORS(app, origins=["https://app.example.com", "https://admin.example.com"], supports_credentials=True)

# ok: python/cors-credentials-wildcard
CORS(admin, origins="*")
