#!/usr/bin/env bash
# Catalogue benchmark: generates COUNT datasets, then for SQLite and for PostgreSQL starts a fresh
# release-built `manba serve`, loads them through the CKAN API and measures search, show, create and
# memory (bench.py prints the figures). Usage: Benchmarks/catalogue/run.sh [COUNT] [sqlite|postgres|both]
# LOAD_CONNECTIONS (4): parallel API connections loading the datasets; the searches run on one.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
source scripts/lib/common.sh
source scripts/lib/pg.sh
COUNT=${1:-100000}
BACKENDS=${2:-both}
WORK=$(mktemp -d /tmp/manba-bench.XXXXXX)
SERVER_PID=""
cleanup() {
    set +e
    [[ -n $SERVER_PID ]] && kill -TERM "$SERVER_PID" 2>/dev/null && wait "$SERVER_PID" 2>/dev/null
    [[ $PG_STARTED == 1 ]] && pg_throwaway_stop
    rm -rf "$WORK"
}
trap cleanup EXIT
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }

log "building release"
swift build -c release --product manba >"$WORK/build.log" 2>&1 || { tail -30 "$WORK/build.log"; exit 1; }
MANBA=$ROOT/.build/release/manba
log "generating $COUNT datasets"
python3 Benchmarks/catalogue/generate.py --count "$COUNT" --out "$WORK/datasets.jsonl"
echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(uname -sr)"

run_backend() {
    local backend=$1 port
    port=$(free_port 18090)
    export MANBA_DATA_DIR=$WORK/data-$backend
    if [[ $backend == postgres ]]; then
        pg_throwaway_start "$WORK/pg.log" || { cat "$WORK/pg.log"; exit 1; }
        pg_create_db manba_bench
        export MANBA_DATABASE_URL; MANBA_DATABASE_URL=$(pg_url manba_bench)
    else
        unset MANBA_DATABASE_URL
    fi
    "$MANBA" migrate >/dev/null
    echo 'benchmark-password' | "$MANBA" user add bench --sysadmin >/dev/null
    local token; token=$("$MANBA" token create bench)
    LOG_LEVEL=warning "$MANBA" serve --port "$port" >"$WORK/serve-$backend.log" 2>&1 &
    SERVER_PID=$!
    for _ in $(seq 1 100); do [[ $(http_status "http://127.0.0.1:$port/healthz") == 200 ]] && break; sleep 0.2; done
    python3 Benchmarks/catalogue/bench.py --url "http://127.0.0.1:$port" --token "$token" --file "$WORK/datasets.jsonl" \
        --pid "$SERVER_PID" --label "$backend" --threads "${LOAD_CONNECTIONS:-4}"
    kill -TERM "$SERVER_PID"; wait "$SERVER_PID" || true; SERVER_PID=""
    # A server started on a full catalogue builds its index and warms its reports from the database;
    # its memory once that is done is what a production server lives with.
    LOG_LEVEL=warning "$MANBA" serve --port "$port" >"$WORK/serve-$backend-restart.log" 2>&1 &
    SERVER_PID=$!
    local started=$SECONDS
    for _ in $(seq 1 600); do [[ $(http_status "http://127.0.0.1:$port/healthz") == 200 ]] && break; sleep 0.2; done
    echo "restart on the full catalogue: serving after $((SECONDS - started)) s"
    http_status "http://127.0.0.1:$port/api/3/action/package_search?q=maktablar" >/dev/null
    local before=-1 now
    while now=$(awk '{print $14 + $15}' "/proc/$SERVER_PID/stat"); [[ $now != "$before" ]]; do before=$now; sleep 3; done
    echo "server resident memory after restart and warm-up: $(awk '/VmRSS/ {printf "%.0f MB", $2/1024}' "/proc/$SERVER_PID/status")"
    kill -TERM "$SERVER_PID"; wait "$SERVER_PID" || true; SERVER_PID=""
    if [[ $backend == postgres ]]; then pg_throwaway_stop; fi
}

[[ $BACKENDS == both || $BACKENDS == sqlite ]] && run_backend sqlite
[[ $BACKENDS == both || $BACKENDS == postgres ]] && run_backend postgres
echo "reference (DOMAIN.md, CKAN issue tracker): 200-300 ms per Solr search request, over 1 s per created dataset"
