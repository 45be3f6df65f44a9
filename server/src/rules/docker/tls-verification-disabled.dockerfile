# ai-audit-test-path: Dockerfile
FROM python:3.12.4-slim
# ruleid: docker/tls-verification-disabled
RUN pip install --trusted-host pypi.acme.internal --index-url http://pypi.acme.internal/simple -r requirements.txt
# ruleid: docker/tls-verification-disabled
RUN curl -fsSLk https://downloads.acme.internal/agent.tar.gz -o /tmp/agent.tar.gz
# ruleid: docker/tls-verification-disabled
RUN wget --no-check-certificate -O /tmp/tool.zip https://tools.acme.internal/tool.zip
# ruleid: docker/tls-verification-disabled
ENV NODE_TLS_REJECT_UNAUTHORIZED=0
# ruleid: docker/tls-verification-disabled
RUN apt-get update && apt-get install -y --allow-unauthenticated acme-agent
# ruleid: docker/tls-verification-disabled
RUN pip install --no-cache-dir --trusted-host pypi.acme.internal \
    -r requirements.txt
# ruleid: docker/tls-verification-disabled
ENV GIT_SSL_NO_VERIFY=true
# ok: docker/tls-verification-disabled
COPY certs/acme-root-ca.crt /usr/local/share/ca-certificates/acme-root-ca.crt
# ok: docker/tls-verification-disabled
RUN update-ca-certificates && curl -fsSL --cacert /etc/ssl/certs/ca-certificates.crt https://downloads.acme.internal/agent.tar.gz -o /tmp/agent.tar.gz
# ok: docker/tls-verification-disabled
RUN pip install --index-url https://pypi.acme.internal/simple -r requirements.txt
