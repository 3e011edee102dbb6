#!/usr/bin/env bash
# Stops the zebrasrv that start.sh started from WORKDIR (by the PID in WORKDIR/zebrasrv.pid).
#   tests/e2e/zebra/stop.sh WORKDIR
set -euo pipefail
[[ $# == 1 ]] || { echo "usage: $0 WORKDIR" >&2; exit 2; }
PIDFILE=$1/zebrasrv.pid
[[ -f $PIDFILE ]] || { echo "no $PIDFILE: nothing to stop" >&2; exit 0; }
PID=$(cat "$PIDFILE")
if kill "$PID" 2>/dev/null; then
    for _ in $(seq 50); do kill -0 "$PID" 2>/dev/null || break; sleep 0.1; done
    kill -0 "$PID" 2>/dev/null && kill -9 "$PID" 2>/dev/null || true
    echo "zebrasrv (PID $PID) stopped" >&2
fi
rm -f "$PIDFILE"
