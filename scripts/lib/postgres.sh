#!/usr/bin/env bash
# Source this: starts a private PostgreSQL cluster on 127.0.0.1:$SERVEPLAN_PG_PORT (trust auth,
# data under $SERVEPLAN_CACHE) for the database tests, and exports Backstage's TestDatabases
# connection string. `serveplan_pg_stop` stops it.
SERVEPLAN_PG_PORT="${SERVEPLAN_PG_PORT:-5433}"
_pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
_pg_version=$(basename "$(dirname "$_pg_bin")")
# Outside $HOME: the server runs as the postgres user, which cannot enter /root.
_pg_data="${SERVEPLAN_PG_DATA:-/tmp/serveplan-pg-$(id -u)-$_pg_version-$SERVEPLAN_PG_PORT}"
_pg_run() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}
serveplan_pg_start() {
  [ -x "$_pg_bin/pg_ctl" ] || { echo "[serveplan] PostgreSQL is not installed" >&2; return 1; }
  if [ ! -f "$_pg_data/PG_VERSION" ]; then
    mkdir -p "$_pg_data"
    [ "$(id -u)" -eq 0 ] && chown postgres:postgres "$_pg_data"
    _pg_run "$_pg_bin/initdb" -D "$_pg_data" -U postgres --auth=trust >/dev/null
  fi
  if ! _pg_run "$_pg_bin/pg_ctl" -D "$_pg_data" status >/dev/null 2>&1; then
    _pg_run "$_pg_bin/pg_ctl" -D "$_pg_data" -l "$_pg_data/server.log" -w \
      -o "-p $SERVEPLAN_PG_PORT -k /tmp -c listen_addresses=127.0.0.1" start >/dev/null
  fi
  export BACKSTAGE_TEST_DATABASE_POSTGRES${_pg_version}_CONNECTION_STRING="postgresql://postgres:postgres@127.0.0.1:$SERVEPLAN_PG_PORT"
  export SERVEPLAN_TEST_POSTGRES_VERSION="$_pg_version"
}
serveplan_pg_stop() {
  _pg_run "$_pg_bin/pg_ctl" -D "$_pg_data" -m fast stop >/dev/null 2>&1 || true
}
