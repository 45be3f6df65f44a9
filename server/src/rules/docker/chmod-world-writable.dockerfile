# ai-audit-test-path: Dockerfile
FROM python:3.12.4-slim
RUN useradd --uid 10001 app
# ruleid: docker/chmod-world-writable
RUN mkdir -p /app/uploads && chmod -R 777 /app
# ruleid: docker/chmod-world-writable
COPY --chmod=0777 entrypoint.sh /usr/local/bin/entrypoint.sh
RUN touch /var/log/app.log \
    # ruleid: docker/chmod-world-writable
    && chmod a+w /var/log/app.log
# ok: docker/chmod-world-writable
RUN chown -R app:app /app/uploads && chmod 750 /app/uploads
# ok: docker/chmod-world-writable
COPY --chown=app:app --chmod=755 entrypoint.sh /usr/local/bin/entrypoint.sh
# ok: docker/chmod-world-writable
RUN mkdir -p /tmp/pip-cache && chmod 1777 /tmp/pip-cache
USER app
