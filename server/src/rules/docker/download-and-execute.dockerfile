# ai-audit-test-path: Dockerfile
FROM python:3.12.4-slim-bookworm
# ruleid: docker/download-and-execute
RUN curl -fsSL https://deb.nodesource.com/setup_20.x | bash - \
    && apt-get install -y --no-install-recommends nodejs
RUN apt-get update \
    && apt-get install -y --no-install-recommends curl ca-certificates \
    # ruleid: docker/download-and-execute
    && wget -qO- https://install.python-poetry.org | python3 - \
    && rm -rf /var/lib/apt/lists/*
# ok: docker/download-and-execute
RUN curl -fsSLo /tmp/uv.tar.gz https://github.com/astral-sh/uv/releases/download/0.4.18/uv-x86_64-unknown-linux-gnu.tar.gz \
    && echo "7d8b2d3e6f1a9c0b4e5d6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b1c2d3e4f5a6b7c  /tmp/uv.tar.gz" | sha256sum -c - \
    && tar -xzf /tmp/uv.tar.gz -C /usr/local/bin --strip-components=1
# ok: docker/download-and-execute
RUN curl -fsSL https://api.github.com/repos/acme/cli/releases/latest | jq -r .tag_name > /VERSION
# todoruleid: docker/download-and-execute
RUN curl -fsSLo /tmp/install.sh https://get.example.dev/install.sh && sh /tmp/install.sh
