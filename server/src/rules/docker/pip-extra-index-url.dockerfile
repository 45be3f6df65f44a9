# ai-audit-test-path: Dockerfile
FROM python:3.12.4-slim
# ruleid: docker/pip-extra-index-url
RUN pip install --no-cache-dir --extra-index-url https://pypi.acme.internal/simple acme-billing==2.3.1
# ruleid: docker/pip-extra-index-url
ENV PIP_EXTRA_INDEX_URL=https://gitlab.acme.dev/api/v4/projects/42/packages/pypi/simple
# ruleid: docker/pip-extra-index-url
RUN pip install --index-url https://pypi.acme.dev/simple --extra-index-url https://mirror.acme.dev/simple acme-auth==1.0.4
# ok: docker/pip-extra-index-url
RUN pip install --no-cache-dir --index-url https://artifactory.acme.dev/api/pypi/pypi-virtual/simple --require-hashes -r requirements.txt
# ok: docker/pip-extra-index-url
RUN pip install --no-cache-dir -r requirements.txt
