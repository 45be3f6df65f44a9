# ai-audit-test-path: Dockerfile
FROM alpine:3.20.2
# ruleid: docker/add-remote-url
ADD https://github.com/krallin/tini/releases/download/v0.19.0/tini-static /sbin/tini
# ruleid: docker/add-remote-url
ADD --chmod=755 http://downloads.acme.internal/tools/agent.sh /usr/local/bin/agent
# ok: docker/add-remote-url
ADD --checksum=sha256:c5b0666b4cb676901f90dfcb37106783c5fe2077b04590973b885950611b30ee https://github.com/krallin/tini/releases/download/v0.19.0/tini-static /sbin/tini
# ok: docker/add-remote-url
ADD vendor/agent.tar.gz /opt/agent/
