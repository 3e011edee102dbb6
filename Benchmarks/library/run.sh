#!/usr/bin/env bash
# Union catalogue benchmark: Manba against Index Data's Zebra on the same generated MARC 21 records
# and the same two-term title queries (issue 4).
#
#   Benchmarks/library/run.sh [COUNT]          COUNT records, default 1,000,000
#
# 1. generates the records and 500 queries (cached in /tmp/manba-library-bench, keyed by count, seed
#    and the generator's own hash, so a changed generator never reuses a stale file);
# 2. Zebra: indexes them with zebraidx (records/s, peak RSS), starts zebrasrv and runs sru_bench
#    and recall.py;
# 3. Manba: release build, `manba import marc` under /usr/bin/time -v (records/s, peak RSS), then
#    `manba serve` with sru_bench on /sru, recall.py (how many of the records that script folding
#    should find each server finds), the OPAC search benchmark, and a full OAI-PMH harvest with
#    sickle (and again with a harvester that parses each page once) while watching the server's memory;
# 4. prints the table of Manba against Zebra with ratios, and which steps failed.
# A failing step is reported and the run goes on (so the Zebra half runs even before Manba has its
# side). Everything listens on 127.0.0.1 only and everything started is stopped on exit.
#
# Environment: SEED (42), QUERY_COUNT (500), SRU_COUNT (2000 timed SRU/OPAC requests),
# MANBA_BUILD=0 (use the existing .build/release/manba), SKIP_ZEBRA=1, SKIP_MANBA=1,
# KEEP_WORK=1 (keep the work directory with registers, logs and JSON results).
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
BENCH=$ROOT/Benchmarks/library
source scripts/lib/common.sh

COUNT=${1:-1000000}
SEED=${SEED:-42}
QUERY_COUNT=${QUERY_COUNT:-500}
SRU_COUNT=${SRU_COUNT:-2000}
MANBA=$ROOT/.build/release/manba
CACHE=/tmp/manba-library-bench
WORK=$(mktemp -d /tmp/manba-library-bench.XXXXXX)
RESULTS=$WORK/results
mkdir -p "$CACHE" "$RESULTS"

ZEBRA_PID="" MANBA_PID=""
cleanup() {
    set +e
    [[ -n $ZEBRA_PID ]] && kill_group "$ZEBRA_PID"
    [[ -n $MANBA_PID ]] && kill_group "$MANBA_PID"
    wait 2>/dev/null
    if [[ ${KEEP_WORK:-0} == 1 ]]; then echo "work directory kept: $WORK"; else rm -rf "$WORK"; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# --- steps: each one reports ok or FAILED and the run goes on -------------------------------------
ORDER=()
declare -A STATUS
step() {
    local name=$1; shift
    ORDER+=("$name")
    log "$name  (load average $(cut -d' ' -f1 /proc/loadavg))"
    if "$@"; then
        STATUS[$name]=ok
    else
        STATUS[$name]="FAILED"
        warn "step '$name' failed; going on"
    fi
}
skip() { ORDER+=("$1"); STATUS[$1]="skipped: $2"; log "$1: skipped ($2)"; }

# wait_http URL SECONDS PID: until URL answers 200, or the process died, or time ran out.
wait_http() {
    local url=$1 secs=$2 pid=$3 i
    for ((i = 0; i < secs * 5; i++)); do
        [[ $(http_status "$url") == 200 ]] && return 0
        pid_alive "$pid" || return 1
        sleep 0.2
    done
    return 1
}

rss_of() { awk '/VmRSS/ {printf "%.0f MB", $2 / 1024}' "/proc/$1/status" 2>/dev/null || echo "?"; }

# --- tools ----------------------------------------------------------------------------------------
if ! command -v zebraidx >/dev/null || ! command -v yaz-client >/dev/null || [[ ! -x /usr/bin/time ]]; then
    log "installing idzebra-2.0, yaz and time"
    { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq idzebra-2.0 yaz time; } >/dev/null
fi
python3 -c 'import sickle' 2>/dev/null || pip install -q sickle >/dev/null 2>&1 || warn "could not install sickle"

echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(uname -sr);" \
     "zebra $(dpkg-query -W -f '${Version}' idzebra-2.0 2>/dev/null || echo '?'); load average $(cut -d' ' -f1-3 /proc/loadavg)"

# --- data -----------------------------------------------------------------------------------------
KEY=$(cat "$BENCH/generate.py" "$BENCH/vocab.py" | sha1sum | cut -c1-10)
DATA=$CACHE/records-$COUNT-s$SEED-$KEY.mrc
QUERIES=$CACHE/queries-$COUNT-s$SEED-q$QUERY_COUNT-$KEY.txt
TRUTH=$CACHE/expected-$COUNT-s$SEED-q$QUERY_COUNT-$KEY.json    # recall.py's expected counts
generate() {
    if [[ -s $DATA && -s $QUERIES ]]; then
        echo "cached: $DATA ($(du -m "$DATA" | cut -f1) MB)"
        return 0
    fi
    # Written under a temporary name and renamed, so an interrupted run leaves no half file in the cache.
    python3 "$BENCH/generate.py" --count "$COUNT" --seed "$SEED" --out "$DATA.part" \
        --queries "$QUERIES.part" --query-count "$QUERY_COUNT" || return 1
    mv "$DATA.part" "$DATA" && mv "$QUERIES.part" "$QUERIES"
}
step "generate $COUNT records" generate || true
[[ -s $DATA ]] || { err "no data file; stopping"; exit 1; }

# --- Zebra ----------------------------------------------------------------------------------------
ZEBRA_PORT=""
zebra_index() {
    "$BENCH/zebra/index.sh" "$DATA" "$WORK/zebra" && cp "$WORK/zebra/index.json" "$RESULTS/zebra-index.json"
}
zebra_start() {
    ZEBRA_PORT=$(free_port 19210)
    setsid "$BENCH/zebra/serve.sh" "$WORK/zebra" "$ZEBRA_PORT" >"$WORK/zebrasrv.out" 2>&1 &
    ZEBRA_PID=$!
    wait_http "http://127.0.0.1:$ZEBRA_PORT/Default?version=1.2&operation=explain" 30 "$ZEBRA_PID" && return 0
    show_tail "$WORK/zebra/zebrasrv.log" 20
    return 1
}
zebra_sru() {
    python3 "$BENCH/sru_bench.py" --url "http://127.0.0.1:$ZEBRA_PORT/Default" --queries "$QUERIES" \
        --count "$SRU_COUNT" --label zebra --result "$RESULTS/zebra-sru.json"
}
zebra_recall() {
    python3 "$BENCH/recall.py" --data "$DATA" --queries "$QUERIES" --url "http://127.0.0.1:$ZEBRA_PORT/Default" \
        --truth "$TRUTH" --label zebra --result "$RESULTS/zebra-recall.json"
}
zebra_stop() {
    echo "zebrasrv RSS before stopping: $(rss_of "$ZEBRA_PID")"
    kill_group "$ZEBRA_PID"
    wait "$ZEBRA_PID" 2>/dev/null || true
    ZEBRA_PID=""
}
if [[ ${SKIP_ZEBRA:-0} == 1 ]]; then
    skip "zebra" "SKIP_ZEBRA=1"
else
    step "zebra: index (zebraidx)" zebra_index
    if [[ ${STATUS["zebra: index (zebraidx)"]} == ok ]]; then
        step "zebra: start zebrasrv" zebra_start
        if [[ ${STATUS["zebra: start zebrasrv"]} == ok ]]; then
            step "zebra: SRU searchRetrieve" zebra_sru
            step "zebra: title recall" zebra_recall
            zebra_stop     # frees the CPU for Manba's half
        else
            skip "zebra: SRU searchRetrieve" "zebrasrv is not running"
        fi
    fi
fi

# --- Manba ----------------------------------------------------------------------------------------
MANBA_PORT=""
export MANBA_DATA_DIR=$WORK/manba
mkdir -p "$MANBA_DATA_DIR"
manba_build() {
    if [[ ${MANBA_BUILD:-1} == 1 ]]; then
        swift build -c release --product manba >"$WORK/build.log" 2>&1 || { show_tail "$WORK/build.log" 30; return 1; }
    else
        echo "MANBA_BUILD=0: using $MANBA as it is ($(date -r "$MANBA" '+%F %T'))"
    fi
    [[ -x $MANBA ]] || { err "no $MANBA"; return 1; }
}
manba_import() {
    "$MANBA" migrate >"$WORK/manba-migrate.log" 2>&1 || { warn "manba migrate failed, trying the import anyway:"; tail -5 "$WORK/manba-migrate.log" >&2; }
    local rc=0
    /usr/bin/time -v -o "$WORK/manba-import.time" "$MANBA" import marc "$DATA" --library BENCH \
        >"$WORK/manba-import.log" 2>&1 || rc=$?
    tail -n 8 "$WORK/manba-import.log"
    [[ $rc == 0 ]] || { err "manba import marc exited with $rc"; return 1; }
    python3 "$BENCH/timev.py" "$WORK/manba-import.time" --records "$COUNT" --label "manba import" \
        --json "$RESULTS/manba-import.json"
}
manba_start() {
    MANBA_PORT=$(free_port 18480)
    LOG_LEVEL=warning setsid "$MANBA" serve --host 127.0.0.1 --port "$MANBA_PORT" >"$WORK/manba-serve.log" 2>&1 &
    MANBA_PID=$!
    wait_http "http://127.0.0.1:$MANBA_PORT/healthz" 60 "$MANBA_PID" && { echo "manba serve RSS: $(rss_of "$MANBA_PID")"; return 0; }
    show_tail "$WORK/manba-serve.log" 20
    return 1
}
manba_sru() {
    python3 "$BENCH/sru_bench.py" --url "http://127.0.0.1:$MANBA_PORT/sru" --queries "$QUERIES" \
        --count "$SRU_COUNT" --label manba --result "$RESULTS/manba-sru.json"
}
manba_recall() {
    python3 "$BENCH/recall.py" --data "$DATA" --queries "$QUERIES" --url "http://127.0.0.1:$MANBA_PORT/sru" \
        --truth "$TRUTH" --label manba --result "$RESULTS/manba-recall.json"
}
manba_opac() {
    # GET /opac?q=w1+w2&format=json: the OPAC's search with its six facets
    # and only checks HTTP 200 + JSON until the OPAC's JSON answer is settled (see its docstring).
    python3 "$BENCH/opac_bench.py" --url "http://127.0.0.1:$MANBA_PORT" --queries "$QUERIES" \
        --count "$SRU_COUNT" --label "manba opac" --result "$RESULTS/manba-opac.json"
}
manba_oai() {
    # The catalogue's own count (after duplicate editions are merged) is what a full harvest must bring;
    # asked over SRU (cql.allRecords). If that fails the harvest is timed without the count check.
    local expect
    expect=$(python3 - "http://127.0.0.1:$MANBA_PORT/sru" <<'PY' 2>/dev/null || true
import re, sys, urllib.parse, urllib.request
url = sys.argv[1] + "?" + urllib.parse.urlencode({"version": "1.2", "operation": "searchRetrieve",
                                                  "query": "cql.allRecords=1", "maximumRecords": 0})
body = urllib.request.urlopen(url, timeout=60).read().decode()
print(re.search(r"numberOfRecords>(\d+)<", body).group(1))
PY
)
    echo "catalogue records (SRU cql.allRecords=1): ${expect:-unknown}"
    python3 "$BENCH/oai_harvest.py" --url "http://127.0.0.1:$MANBA_PORT/oai" --prefix marc21 \
        --pid "$MANBA_PID" ${expect:+--expect "$expect"} --result "$RESULTS/manba-oai.json"
    # sickle parses each page three times and shares the two cores with the server; a harvester
    # that parses each page once shows what the server itself sustains.
    python3 "$BENCH/oai_harvest.py" --url "http://127.0.0.1:$MANBA_PORT/oai" --prefix marc21 --mode once \
        --pid "$MANBA_PID" ${expect:+--expect "$expect"} --result "$RESULTS/manba-oai-once.json"
}
if [[ ${SKIP_MANBA:-0} == 1 ]]; then
    skip "manba" "SKIP_MANBA=1"
else
    step "manba: build release" manba_build
    if [[ ${STATUS["manba: build release"]} == ok ]]; then
        step "manba: import marc" manba_import
        step "manba: start serve" manba_start
        if [[ ${STATUS["manba: start serve"]} == ok ]]; then
            step "manba: SRU searchRetrieve" manba_sru
            step "manba: title recall" manba_recall
            step "manba: OPAC search" manba_opac
            step "manba: OAI-PMH harvest (sickle)" manba_oai
            echo "manba serve RSS at the end: $(rss_of "$MANBA_PID")"
            kill_group "$MANBA_PID"; wait "$MANBA_PID" 2>/dev/null || true; MANBA_PID=""
        else
            for s in "SRU searchRetrieve" "title recall" "OPAC search (to wire up)" "OAI-PMH harvest (sickle)"; do
                skip "manba: $s" "the server is not running"
            done
        fi
    fi
fi

# --- report ---------------------------------------------------------------------------------------
echo
echo "== union catalogue benchmark: $COUNT records (seed $SEED), $SRU_COUNT SRU requests of $(wc -l <"$QUERIES") queries"
python3 "$BENCH/report.py" "$RESULTS"
echo
echo "steps:"
for s in "${ORDER[@]}"; do printf '  %-40s %s\n' "$s" "${STATUS[$s]}"; done
echo "reference (issue 4, 200,000 records): Zebra indexed in 23 s (8,600 records/s), SRU p50 4.5 ms, p99 6.8 ms"
