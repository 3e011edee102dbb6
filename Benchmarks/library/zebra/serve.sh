#!/usr/bin/env bash
# Runs zebrasrv (SRU and Z39.50) on 127.0.0.1:PORT over the register that index.sh built in WORKDIR.
#   zebra/serve.sh WORKDIR PORT
# Stays in the foreground (exec), so whoever starts it in the background holds the server's PID.
# SRU base URL: http://127.0.0.1:PORT/Default   Z39.50: yaz-client 127.0.0.1:PORT/Default
set -euo pipefail
[[ $# == 2 ]] || { echo "usage: $0 WORKDIR PORT" >&2; exit 2; }
WORK=$(realpath "$1")
PORT=$2
CONF=$(cd "$(dirname "$0")" && pwd)
[[ -f $WORK/zebra.cfg ]] || { echo "no $WORK/zebra.cfg: run zebra/index.sh first" >&2; exit 1; }
sed -e "s|@CONF@|$CONF|g" -e "s|@WORK@|$WORK|g" -e "s|@PORT@|$PORT|g" "$CONF/yazserver.xml" >"$WORK/yazserver.xml"
# -T: one process with a thread per connection (rather than a fork per connection), so the
# server's memory is one process's RSS.
exec zebrasrv -T -f "$WORK/yazserver.xml" -l "$WORK/zebrasrv.log"
