# ai-audit-test-path: Dockerfile
FROM ubuntu:24.04
# ruleid: docker/sudo-in-run
RUN apt-get update && apt-get install -y --no-install-recommends build-essential sudo \
    && useradd --create-home dev \
    # ruleid: docker/sudo-in-run
    && echo "dev ALL=(ALL) NOPASSWD:ALL" > /etc/sudoers.d/dev
USER dev
# ruleid: docker/sudo-in-run
RUN sudo apt-get install -y --no-install-recommends jq
# ok: docker/sudo-in-run
RUN echo "pseudo-terminal settings" > /home/dev/.notes
USER root
# ok: docker/sudo-in-run
RUN apt-get install -y --no-install-recommends jq && rm -rf /var/lib/apt/lists/*
USER dev
