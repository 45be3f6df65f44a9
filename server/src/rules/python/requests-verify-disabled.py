import aiohttp
import httpx
import jwt
import requests


def fetch_invoice(invoice_id, token):
    # ruleid: python/requests-verify-disabled
    response = requests.get(f"https://billing.internal/api/invoices/{invoice_id}", headers={"Authorization": f"Bearer {token}"}, verify=False)
    return response.json()


def make_session():
    session = requests.Session()
    # ruleid: python/requests-verify-disabled
    session.verify = False
    return session


# ruleid: python/requests-verify-disabled
client = httpx.Client(base_url="https://api.partner.example", verify=False, timeout=10)


async def poll(url):
    async with aiohttp.ClientSession() as session:
        # ruleid: python/requests-verify-disabled
        async with session.get(url, ssl=False) as response:
            return await response.json()


def fetch_invoice_safe(invoice_id, token):
    # ok: python/requests-verify-disabled
    response = requests.get(f"https://billing.internal/api/invoices/{invoice_id}", headers={"Authorization": f"Bearer {token}"}, verify="/etc/ssl/internal-ca.pem")
    return response.json()


# ok: python/requests-verify-disabled
secure_client = httpx.Client(base_url="https://api.partner.example", timeout=10)


def read_claims(token, key):
    # ok: python/requests-verify-disabled
    return jwt.decode(token, key, verify=False)
