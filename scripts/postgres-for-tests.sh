#!/usr/bin/env bash
# Start a throwaway PostgreSQL server for the test run; prints its URL on stdout.
# Usage: eval "$(scripts/postgres-for-tests.sh start DIR)"; ... ; scripts/postgres-for-tests.sh stop DIR
set -euo pipefail
action=${1:?start|stop}
dir=${2:?working directory}
pgbin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
if [ -z "$pgbin" ]; then
    echo "postgres-for-tests: PostgreSQL server binaries not found (apt-get install postgresql)" >&2
    exit 1
fi
as_postgres() {
    if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}
case "$action" in
start)
    mkdir -p "$dir"
    [ "$(id -u)" = 0 ] && chown postgres: "$dir"
    as_postgres "$pgbin/initdb" -D "$dir/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 --no-sync >"$dir/initdb.log" 2>&1
    port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    as_postgres "$pgbin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w \
        -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off -c max_connections=200" start >/dev/null
    echo "export SERRE_DESK_TEST_PG_URL=postgresql+psycopg://postgres@127.0.0.1:$port"
    ;;
stop)
    [ -d "$dir/data" ] && as_postgres "$pgbin/pg_ctl" -D "$dir/data" -m fast stop >/dev/null 2>&1 || true
    rm -rf "$dir"
    ;;
esac
