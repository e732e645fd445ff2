#!/bin/sh
# A production install of the server with the built web client beside it: exactly what the
# container image runs (the Dockerfile calls this; tests/ops/dockerfile.test.ts runs it too).
# Needs a built workspace (pnpm build).
#
#   sh scripts/deploy-server.sh <target> [pnpm deploy flags, e.g. --offline]
#
# <target>/dist/main.js is the server, <target>/dist/admin/main.js the operator tool,
# <target>/web the web client (WEB_DIST).
set -eu
if [ $# -lt 1 ]; then
  echo "usage: sh scripts/deploy-server.sh <target> [pnpm deploy flags]" >&2
  exit 2
fi
target=$1
shift
cd "$(dirname "$0")/.."
for built in server/dist/main.js web/dist/index.html; do
  if [ ! -f "$built" ]; then
    echo "deploy-server: $built is missing; run the build first (pnpm build)" >&2
    exit 1
  fi
done

npx --yes pnpm@10.34.8 --filter @hushlink/server deploy --prod --legacy "$@" "$target"
cp -R web/dist "$target/web"
chmod +x "$target/dist/admin/main.js"

# better-sqlite3 keeps its compiler output and sources (about 15 MB); only the addon is loaded.
sqlite=$(cd "$target/node_modules/better-sqlite3" && pwd -P)
find "$sqlite/build" -mindepth 1 -maxdepth 1 ! -name Release -exec rm -rf {} +
find "$sqlite/build/Release" -mindepth 1 -maxdepth 1 ! -name better_sqlite3.node -exec rm -rf {} +
rm -rf "$sqlite/deps" "$sqlite/src"
