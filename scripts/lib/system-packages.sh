#!/usr/bin/env bash
# Installs Debian packages the tests need when they are missing: PostgreSQL (database tests) and
# Chromium (browser tests). Uses apt-get as root, or sudo; prints what to do otherwise.
set -euo pipefail
need=()
for pkg in "$@"; do
  dpkg -s "$pkg" >/dev/null 2>&1 || need+=("$pkg")
done
[ ${#need[@]} -eq 0 ] && exit 0
if [ "$(id -u)" -eq 0 ]; then
  apt=(apt-get)
elif command -v sudo >/dev/null && sudo -n true 2>/dev/null; then
  apt=(sudo apt-get)
else
  echo "[serveplan] missing Debian packages: ${need[*]} (install them: apt-get install ${need[*]})" >&2
  exit 1
fi
echo "[serveplan] installing Debian packages: ${need[*]}" >&2
DEBIAN_FRONTEND=noninteractive "${apt[@]}" update -qq
DEBIAN_FRONTEND=noninteractive "${apt[@]}" install -y -qq --no-install-recommends "${need[@]}" >/dev/null
