# syntax=docker/dockerfile:1
# Hushlink in one container: the web client, the API and SQLite on a /data volume.
#
#   docker build -t hushlink .
#   docker run -d --name hushlink -p 8080:8080 -v hushlink-data:/data hushlink
#
# Configuration: docs/configuration.md. Deployment behind a proxy: docs/deploy.md.

# Build: the install and build CI runs (.ci/run: `pnpm install`, then `pnpm test`, which builds
# with `pnpm build`), then scripts/deploy-server.sh: a production-only install of the server
# with the built web client beside it, in /app.
FROM node:20-bookworm-slim AS build
# better-sqlite3 compiles from source when no prebuilt binary can be fetched.
RUN apt-get update \
 && apt-get install -y --no-install-recommends python3 make g++ \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /src
# The commit the web build's manifest names (.git stays out of the image):
#   docker build --build-arg HUSHLINK_COMMIT=$(git rev-parse HEAD) -t hushlink .
ARG HUSHLINK_COMMIT=unknown
COPY . .
RUN --mount=type=cache,id=hushlink-pnpm-store,target=/root/.local/share/pnpm/store \
    npx --yes pnpm@10.34.8 install --frozen-lockfile \
 && npx --yes pnpm@10.34.8 build \
 && sh scripts/deploy-server.sh /app

# Runtime: Node 20, production dependencies only, owned by root and run as the unprivileged
# `node` user, which can write nothing but /data.
FROM node:20-bookworm-slim
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=8080 \
    DATABASE_URL=sqlite:/data/hushlink.db \
    WEB_DIST=/app/web
WORKDIR /app
COPY --from=build /app /app
RUN ln -s /app/dist/admin/main.js /usr/local/bin/hushlink-admin \
 && mkdir -p /data \
 && chown node:node /data \
 && chmod 700 /data
USER node
VOLUME ["/data"]
EXPOSE 8080
# On SIGTERM the server stops accepting, finishes in-flight requests, stops the sweeper,
# checkpoints and closes the database, then exits 0 (within 10 s; docker stop waits 10 s).
STOPSIGNAL SIGTERM
HEALTHCHECK --interval=30s --timeout=3s --start-period=10s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + process.env.PORT + '/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "dist/main.js"]
