#!/usr/bin/env bash
# Installs the workspace's npm dependencies when yarn.lock or a package.json changed since the
# last install (a stamp in node_modules), then builds the CLI bundle. Needs toolchain.sh sourced.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
stamp="node_modules/.serveplan-install-stamp"
want=$(cat yarn.lock package.json packages/*/package.json plugins/*/package.json kb/package.json simulator/package.json 2>/dev/null | sha256sum | cut -c1-16)
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
  echo "[serveplan] installing dependencies (yarn install)" >&2
  yarn install --immutable
  echo "$want" >"$stamp"
fi
node packages/cli/scripts/bundle.mjs
