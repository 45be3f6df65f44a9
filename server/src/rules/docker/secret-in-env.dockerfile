# ai-audit-test-path: Dockerfile
FROM python:3.12.4-slim
# ruleid: docker/secret-in-env
ARG PIP_INDEX_TOKEN=glpat-8Hq2vR7xZk3mN5pW1tYc
# ruleid: docker/secret-in-env
ENV DATABASE_PASSWORD="Pr0d-db-S3cret!"
# ruleid: docker/secret-in-env
ENV APP_ENV=production STRIPE_API_KEY=rk_live_51Hx2Yv8Kq3Lm9Np0Rs4Tu6Wx
# ok: docker/secret-in-env
ENV GPG_KEY=A035C8C19219BA821ECEA86B64E628F8D684696D
# ok: docker/secret-in-env
ARG NPM_TOKEN
# ok: docker/secret-in-env
ENV DATABASE_PASSWORD_FILE=/run/secrets/db_password
# ok: docker/secret-in-env
ENV API_TOKEN=${API_TOKEN}
RUN --mount=type=secret,id=pip_token PIP_INDEX_URL="https://__token__:$(cat /run/secrets/pip_token)@pypi.acme.dev/simple" pip install -r requirements.txt
