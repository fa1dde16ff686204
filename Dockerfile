# newsbot in a container: `docker compose up -d` (compose.yaml), or
#   docker build -t newsbot . && docker run -d --env-file .env -v newsbot-data:/data newsbot
# The same steps as the Makefile's install: a virtual environment and `pip install .`.
# tests/test_container_recipe.py runs this file's CMD and HEALTHCHECK in a venv.

FROM python:3.12-slim AS build
ENV PIP_NO_CACHE_DIR=1 PIP_DISABLE_PIP_VERSION_CHECK=1
WORKDIR /src
RUN python -m venv /opt/newsbot
COPY pyproject.toml README.md ./
COPY bot ./bot
COPY handlers ./handlers
COPY storage ./storage
RUN /opt/newsbot/bin/pip install .

FROM python:3.12-slim
# A user of its own with a fixed uid, so a bind-mounted data folder can be given to it.
RUN useradd --system --uid 10001 --user-group --home-dir /data --shell /usr/sbin/nologin newsbot \
    && mkdir -p /data && chown newsbot:newsbot /data
COPY --from=build /opt/newsbot /opt/newsbot
# The database lives on the volume; /healthz and /metrics listen on the container's network
# (publish 9464 only to where Prometheus runs).
ENV PATH=/opt/newsbot/bin:$PATH \
    PYTHONUNBUFFERED=1 \
    NEWSBOT_DATABASE=/data/newsbot.db \
    NEWSBOT_METRICS_ADDRESS=0.0.0.0:9464
USER newsbot
WORKDIR /data
VOLUME ["/data"]
EXPOSE 9464
# Settings valid, database writable, and the running service's /healthz says 200.
HEALTHCHECK --interval=60s --timeout=20s --start-period=60s --retries=3 CMD ["newsbot", "check", "--quick"]
# SIGTERM lets the post in flight finish (README: "Clean stop").
STOPSIGNAL SIGTERM
CMD ["newsbot", "run"]
