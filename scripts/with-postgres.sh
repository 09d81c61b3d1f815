#!/usr/bin/env bash
# Runs a command with DATABASE_URL pointing at a throw-away PostgreSQL cluster made with the
# machine's PostgreSQL binaries (Debian's postgresql package is installed first when missing and
# we are root). Reuses DATABASE_URL when one is already set.
set -euo pipefail
if [ -n "${DATABASE_URL:-}" ]; then exec "$@"; fi

find_pg_bin() {
  for d in /usr/lib/postgresql/*/bin; do
    if [ -x "$d/initdb" ] && [ -x "$d/pg_ctl" ]; then echo "$d"; fi
  done | sort -V | tail -n 1
}
PG_BIN="$(find_pg_bin || true)"
if [ -z "$PG_BIN" ]; then
  if [ "$(id -u)" = "0" ]; then
    echo "PostgreSQL absent : installation du paquet Debian postgresql…" >&2
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null) >&2
    PG_BIN="$(find_pg_bin)"
  else
    echo "PostgreSQL introuvable (initdb, pg_ctl) et pas root pour l'installer." >&2
    exit 1
  fi
fi

TMP="$(mktemp -d /tmp/chorus-pg.XXXXXX)"
PORT="${PG_PORT:-$(( 20000 + RANDOM % 20000 ))}"
RUN_AS=()
# initdb refuses to run as root: use the postgres system user (created by the Debian package).
if [ "$(id -u)" = "0" ]; then
  id postgres >/dev/null 2>&1 || useradd --system --no-create-home postgres
  chown -R postgres "$TMP"
  RUN_AS=(runuser -u postgres --)
fi
cleanup() {
  "${RUN_AS[@]}" "$PG_BIN/pg_ctl" -D "$TMP/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$TMP"
}
trap cleanup EXIT
"${RUN_AS[@]}" "$PG_BIN/initdb" -D "$TMP/data" -U portail --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
"${RUN_AS[@]}" "$PG_BIN/pg_ctl" -D "$TMP/data" -o "-k $TMP -p $PORT -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200" -l "$TMP/pg.log" -w start >/dev/null
"${RUN_AS[@]}" "$PG_BIN/createdb" -h 127.0.0.1 -p "$PORT" -U portail portail
export DATABASE_URL="postgres://portail@127.0.0.1:$PORT/portail"
echo "PostgreSQL de test : $DATABASE_URL ($PG_BIN)" >&2
set +e
"$@"
status=$?
exit $status
