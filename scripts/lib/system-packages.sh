#!/usr/bin/env bash
# Installs the Debian packages named on the command line that are missing: npm (to fetch Node 22
# when the system Node is older), build tools for native addons (python3, make, g++),
# PostgreSQL (database tests), Chromium (browser tests), ... Uses apt-get as root, or sudo;
# prints what to do otherwise. Quiet and without apt-get when everything is installed.
set -euo pipefail
if ! command -v dpkg >/dev/null; then
  echo "[serveplan] not a Debian system: make sure these are installed: $*" >&2
  exit 0
fi
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
