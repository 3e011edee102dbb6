#!/usr/bin/env bash
# Governance benchmark (issue 3): 1,000 organisations, 100,000 obligations and five years of data update
# history; targets: a full monitoring run under 5 s, the public /monitoring page under 50 ms, the
# snapshot export of all organisations (CSV and XLSX) under 2 s.
#
#   Benchmarks/governance/run.sh [sqlite|postgres|both]        default sqlite
#
# 1. builds manba in release mode (MANBA_BUILD=0: use .build/release/manba as it is);
# 2. SQLite: `manba migrate`, then generate.py writes the organisations, datasets, the approved list,
#    the obligations and the update history straight into the database (the HTTP API would take hours
#    for this much history), then HISTORY monthly snapshots before AS_OF (`manba monitor --no-notices`)
#    so the page has a trend to draw. The store is cached in /tmp/manba-governance-bench, keyed by the
#    parameters and the generator's hash; each run works on a copy (and migrates it).
#    PostgreSQL: a throwaway server (scripts/lib/pg.sh), loaded with psql \copy, not cached;
# 3. `manba monitor --as-of AS_OF` RUNS times: wall time of each and the median (the first run of the
#    day also stores its notices, later ones find them stored already, as a second run that day does);
# 4. `manba serve`: GET /monitoring and /api/monitoring (REQUESTS sequential requests), the latest
#    snapshot's CSV and XLSX downloads, an organisation's page, the live statuses of all obligations;
# 5. prints the table of figures against the targets.
# Everything listens on 127.0.0.1 and everything started is stopped on exit. Each step checks its own
# exit status: the steps run inside `run_x || ...`, where bash's errexit does not apply.
#
# Environment: ORGS (1000), OBLIGATIONS (100000), YEARS (5), AS_OF (today, UTC: only a run for today sends
# notices, as the daily run of `manba serve` does; the cached store is per day), SEED (42), HISTORY (12),
# RUNS (3), REQUESTS (200), DOWNLOADS (10), MANBA_BUILD (1), KEEP_WORK (0), PREPARE_ONLY (1: only make the
# cached SQLite store), MANBA_BIN (another manba binary: with a debug build the figures mean nothing).
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
BENCH=$ROOT/Benchmarks/governance
source scripts/lib/common.sh
source scripts/lib/pg.sh

BACKENDS=${1:-sqlite}
case $BACKENDS in sqlite|postgres|both) ;; *) err "usage: $0 [sqlite|postgres|both]"; exit 2 ;; esac
ORGS=${ORGS:-1000}
OBLIGATIONS=${OBLIGATIONS:-100000}
YEARS=${YEARS:-5}
AS_OF=${AS_OF:-$(date -u +%F)}
SEED=${SEED:-42}
HISTORY=${HISTORY:-12}
RUNS=${RUNS:-3}
REQUESTS=${REQUESTS:-200}
DOWNLOADS=${DOWNLOADS:-10}
MANBA=${MANBA_BIN:-$ROOT/.build/release/manba}
CACHE=/tmp/manba-governance-bench
WORK=$(mktemp -d /tmp/manba-governance-bench-run.XXXXXX)
mkdir -p "$CACHE"

SERVER_PID=""
cleanup() {
    set +e
    [[ -n $SERVER_PID ]] && kill_group "$SERVER_PID"
    wait 2>/dev/null
    [[ $PG_STARTED == 1 ]] && pg_throwaway_stop
    if [[ ${KEEP_WORK:-0} == 1 ]]; then echo "work directory kept: $WORK"; else rm -rf "$WORK"; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# The daily monitoring of `manba serve` must not start in the middle of a measurement.
export MANBA_MONITOR_HOUR=$(( ($(date -u +%-H) + 12) % 24 ))
export LOG_LEVEL=warning

if [[ ${MANBA_BUILD:-1} == 1 ]]; then
    log "building release (swift build -c release --product manba)"
    swift build -c release --product manba >"$WORK/build.log" 2>&1 || { show_tail "$WORK/build.log" 30; exit 1; }
fi
[[ -x $MANBA ]] || { err "no $MANBA"; exit 1; }
echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(uname -sr);" \
     "manba built $(date -r "$MANBA" '+%F %T'); load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "data: $ORGS organisations, $OBLIGATIONS obligations, $YEARS years of updates up to $AS_OF, seed $SEED, $HISTORY earlier snapshots"

# history_snapshots: the "about monthly" snapshots before AS_OF, on the 5th of each month.
history_snapshots() {
    local i day
    for ((i = HISTORY; i >= 1; i--)); do
        day=$(python3 -c "import datetime as d, sys; a = d.date.fromisoformat(sys.argv[1]); m = a.year * 12 + a.month - 1 - int(sys.argv[2]); print(d.date(m // 12, m % 12 + 1, 5))" "$AS_OF" "$i")
        "$MANBA" monitor --as-of "$day" --no-notices >>"$WORK/history.log" 2>&1 || { show_tail "$WORK/history.log" 10; return 1; }
    done
    log "$HISTORY earlier snapshots stored ($(tail -n 1 "$WORK/history.log"))"
}

measure() { # measure LABEL: monitor runs, then the server
    local label=$1 port ready t0
    log "$label: manba monitor --as-of $AS_OF, $RUNS runs"
    python3 "$BENCH/bench.py" monitor --manba "$MANBA" --as-of "$AS_OF" --runs "$RUNS" --result "$WORK/$label-monitor.json" || return 1
    port=$(free_port 18590)
    t0=$(date +%s.%N)
    setsid "$MANBA" serve --host 127.0.0.1 --port "$port" >"$WORK/$label-serve.log" 2>&1 </dev/null &
    SERVER_PID=$!
    ready=0
    for _ in $(seq 1 600); do
        [[ $(http_status "http://127.0.0.1:$port/healthz") == 200 ]] && { ready=1; break; }
        pid_alive "$SERVER_PID" || break
        sleep 0.2
    done
    if [[ $ready != 1 ]]; then
        show_tail "$WORK/$label-serve.log" 30
        err "$label: manba serve did not answer /healthz"
        return 1
    fi
    log "$label: manba serve ready in $(python3 -c "import sys; print(f'{float(sys.argv[2]) - float(sys.argv[1]):.1f}')" "$t0" "$(date +%s.%N)") s," \
        "RSS $(awk '/VmRSS/ {printf "%.0f MB", $2 / 1024}' "/proc/$SERVER_PID/status")"
    python3 "$BENCH/bench.py" http --url "http://127.0.0.1:$port" --as-of "$AS_OF" --requests "$REQUESTS" \
        --downloads "$DOWNLOADS" --result "$WORK/$label-http.json" || return 1
    log "$label: server RSS after the requests: $(awk '/VmRSS/ {printf "%.0f MB", $2 / 1024}' "/proc/$SERVER_PID/status")"
    kill_group "$SERVER_PID"
    wait "$SERVER_PID" 2>/dev/null || true
    SERVER_PID=""
    python3 "$BENCH/bench.py" report "$WORK/$label-monitor.json" "$WORK/$label-http.json" \
        --label "$label, $(nproc) cores, $ORGS organisations, $OBLIGATIONS obligations, $YEARS years"
}

run_sqlite() {
    local key store
    key=$(cat "$BENCH/generate.py" | sha1sum | cut -c1-10)
    store=$CACHE/sqlite-o$ORGS-n$OBLIGATIONS-y$YEARS-$AS_OF-s$SEED-h$HISTORY-$key
    if [[ -f $store/complete ]]; then
        log "sqlite: cached store $store ($(du -sm "$store" | cut -f1) MB)"
    else
        rm -rf "$store" "$store.part"
        mkdir -p "$store.part"
        export MANBA_DATA_DIR=$store.part
        unset MANBA_DATABASE_URL
        "$MANBA" migrate >"$WORK/migrate.log" 2>&1 || { show_tail "$WORK/migrate.log" 20; return 1; }
        log "sqlite: generating into $store"
        local t0=$SECONDS
        python3 "$BENCH/generate.py" --data-dir "$store.part" --orgs "$ORGS" --obligations "$OBLIGATIONS" \
            --years "$YEARS" --as-of "$AS_OF" --seed "$SEED" || return 1
        history_snapshots || return 1
        python3 -c "import sqlite3, sys; db = sqlite3.connect(sys.argv[1]); db.execute('PRAGMA wal_checkpoint(TRUNCATE)'); db.close()" \
            "$store.part/manba.sqlite"
        touch "$store.part/complete"
        mv "$store.part" "$store"
        log "sqlite: store ready in $((SECONDS - t0)) s ($(du -sm "$store" | cut -f1) MB)"
    fi
    [[ ${PREPARE_ONLY:-0} == 1 ]] && return 0
    rm -rf "$WORK/sqlite"
    cp -r "$store" "$WORK/sqlite" || return 1
    export MANBA_DATA_DIR=$WORK/sqlite
    unset MANBA_DATABASE_URL
    "$MANBA" migrate >"$WORK/migrate-copy.log" 2>&1 || { show_tail "$WORK/migrate-copy.log" 20; return 1; }
    measure sqlite || return 1
}

run_postgres() {
    pg_throwaway_start "$WORK/pg.log" || { show_tail "$WORK/pg.log" 30; return 1; }
    pg_create_db manba_governance_bench >>"$WORK/pg.log" 2>&1 || { show_tail "$WORK/pg.log" 30; return 1; }
    export MANBA_DATABASE_URL; MANBA_DATABASE_URL=$(pg_url manba_governance_bench)
    export MANBA_DATA_DIR=$WORK/postgres-files
    mkdir -p "$MANBA_DATA_DIR"
    "$MANBA" migrate >"$WORK/migrate-pg.log" 2>&1 || { show_tail "$WORK/migrate-pg.log" 20; return 1; }
    log "postgres: generating (psql \\copy)"
    local t0=$SECONDS
    python3 "$BENCH/generate.py" --pg-url "$MANBA_DATABASE_URL" --psql "$PG_BIN/psql" --work "$WORK/pg-csv" \
        --orgs "$ORGS" --obligations "$OBLIGATIONS" --years "$YEARS" --as-of "$AS_OF" --seed "$SEED" || return 1
    history_snapshots || return 1
    log "postgres: store ready in $((SECONDS - t0)) s"
    measure postgres || return 1
    unset MANBA_DATABASE_URL
    pg_throwaway_stop
}

rc=0
[[ $BACKENDS == sqlite || $BACKENDS == both ]] && { run_sqlite || { err "sqlite: failed"; rc=1; }; }
[[ $BACKENDS == postgres || $BACKENDS == both ]] && { run_postgres || { err "postgres: failed"; rc=1; }; }
exit $rc
