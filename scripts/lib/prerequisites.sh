#!/usr/bin/env bash
# What setup needs from the system before toolchain.sh runs, as Debian packages: npm, when there
# is none on PATH (toolchain.sh fetches Node 22 with it), and the build tools of native addons
# (python3, make, g++). Extra package names (the tests' PostgreSQL, Chromium, ...) are passed on.
# Runs system-packages.sh: apt-get only for what is missing.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
pkgs=(python3 make g++ "$@")
command -v npm >/dev/null || pkgs=(npm "${pkgs[@]}")
exec "$here/system-packages.sh" "${pkgs[@]}"
