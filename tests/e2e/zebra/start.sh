#!/usr/bin/env bash
# Starts the foreign catalogue of the federated-search end-to-end test: Zebra (Debian's idzebra-2.0)
# with the 16 MARC 21 records of records.mrc, answering SRU on 127.0.0.1:PORT.
#
#   tests/e2e/zebra/start.sh WORKDIR PORT      prints zebrasrv's PID (the only line on stdout)
#   tests/e2e/zebra/stop.sh WORKDIR            stops it
#
# SRU base URL: http://127.0.0.1:PORT/Default (SRU 1.1/1.2, CQL with dc.title, dc.creator,
# cql.serverChoice; recordSchema=marcxml). Everything Zebra writes (register, logs, the configuration
# with its paths filled in, zebrasrv.pid) goes under WORKDIR; runs as any user that can write there.
# Needs zebraidx and zebrasrv (apt-get install -y idzebra-2.0 yaz) and python3 (for the readiness check).
set -euo pipefail
[[ $# == 2 ]] || { echo "usage: $0 WORKDIR PORT" >&2; exit 2; }
PORT=$2
[[ $PORT =~ ^[0-9]+$ ]] || { echo "PORT must be a number, not '$PORT'" >&2; exit 2; }
mkdir -p "$1"
WORK=$(cd "$1" && pwd)
CONF=$(cd "$(dirname "$0")" && pwd)
for tool in zebraidx zebrasrv python3; do
    command -v "$tool" >/dev/null || { echo "$tool is missing: apt-get install -y idzebra-2.0 yaz python3" >&2; exit 1; }
done
if [[ -f $WORK/zebrasrv.pid ]] && kill -0 "$(cat "$WORK/zebrasrv.pid")" 2>/dev/null; then
    echo "zebrasrv already runs from $WORK (PID $(cat "$WORK/zebrasrv.pid")): run stop.sh $WORK first" >&2
    exit 1
fi

# Another server on the port would answer the readiness check below in zebrasrv's place.
if python3 -c 'import socket, sys; socket.create_connection(("127.0.0.1", int(sys.argv[1])), timeout=1).close()' "$PORT" 2>/dev/null; then
    echo "port $PORT on 127.0.0.1 is already in use" >&2
    exit 1
fi

# A fresh register every time.
rm -rf "$WORK/register" "$WORK/lock" "$WORK/tmp" "$WORK/zebrasrv.pid"
mkdir -p "$WORK/register" "$WORK/lock" "$WORK/tmp"
sed -e "s|@CONF@|$CONF|g" -e "s|@WORK@|$WORK|g" "$CONF/zebra.cfg" >"$WORK/zebra.cfg"
sed -e "s|@CONF@|$CONF|g" -e "s|@WORK@|$WORK|g" -e "s|@PORT@|$PORT|g" "$CONF/yazserver.xml" >"$WORK/yazserver.xml"

zebraidx -c "$WORK/zebra.cfg" -l "$WORK/zebraidx.log" init
zebraidx -c "$WORK/zebra.cfg" -l "$WORK/zebraidx.log" update "$CONF/records.mrc" || {
    echo "zebraidx failed; the end of $WORK/zebraidx.log:" >&2; tail -n 20 "$WORK/zebraidx.log" >&2; exit 1; }

# In the background, detached from this shell's output (so that PID=$(start.sh ...) returns), in its
# own session (so that a Ctrl-C meant for the caller does not reach it). -T: one process, a thread
# per connection.
cd "$WORK"
setsid zebrasrv -T -f "$WORK/yazserver.xml" -l "$WORK/zebrasrv.log" </dev/null >"$WORK/zebrasrv.out" 2>&1 &
PID=$!
echo "$PID" >"$WORK/zebrasrv.pid"

# Ready when explain answers (at most 10 s).
URL="http://127.0.0.1:$PORT/Default"
if ! python3 - "$URL" "$PID" <<'PY'
import os, sys, time, urllib.request
url, pid = sys.argv[1], int(sys.argv[2])
for _ in range(100):
    try:
        os.kill(pid, 0)
    except OSError:
        sys.exit(1)  # zebrasrv exited
    try:
        with urllib.request.urlopen(url + "?version=1.2&operation=explain", timeout=1) as r:
            if b"explainResponse" in r.read():
                sys.exit(0)
    except OSError:
        pass
    time.sleep(0.1)
sys.exit(1)
PY
then
    echo "zebrasrv did not answer SRU at $URL; the end of $WORK/zebrasrv.log:" >&2
    tail -n 20 "$WORK/zebrasrv.log" "$WORK/zebrasrv.out" >&2 || true
    kill "$PID" 2>/dev/null || true
    rm -f "$WORK/zebrasrv.pid"
    exit 1
fi
echo "zebrasrv (PID $PID) answers SRU at $URL" >&2
echo "$PID"
