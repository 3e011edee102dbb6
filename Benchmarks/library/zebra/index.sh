#!/usr/bin/env bash
# Indexes an ISO 2709 file of MARC 21 records with Zebra from scratch and measures it.
#   zebra/index.sh DATAFILE WORKDIR
# Writes the register, logs and zebra.cfg under WORKDIR, prints records/s and peak resident memory
# (from /usr/bin/time -v) and leaves the figures in WORKDIR/index.json for run.sh.
# ZEBRA_PROFILE=stock indexes with Debian's unmodified usmarc.abs and default.idx instead of ours.
# ZEBRA_MEMMAX (MB) is zebraidx's key-sorting memory (-m). Zebra's default of 8 MB is kept: on 200,000
# records here 8 MB took 23 s, 64 MB 25 s, 256 MB 29 s and 1 GB 31 s.
set -euo pipefail
[[ $# == 2 ]] || { echo "usage: $0 DATAFILE WORKDIR" >&2; exit 2; }
DATA=$(realpath "$1")
mkdir -p "$2"
WORK=$(realpath "$2")
CONF=$(cd "$(dirname "$0")" && pwd)
MEMMAX=${ZEBRA_MEMMAX:-8}
command -v zebraidx >/dev/null || { echo "zebraidx missing: apt-get install -y idzebra-2.0 yaz" >&2; exit 1; }
[[ -x /usr/bin/time ]] || { echo "/usr/bin/time missing: apt-get install -y time" >&2; exit 1; }

# A fresh register every time: the figure is for a full load, not an update.
rm -rf "$WORK/register" "$WORK/lock" "$WORK/tmp"
mkdir -p "$WORK/register" "$WORK/lock" "$WORK/tmp"
sed -e "s|@CONF@|$CONF|g" -e "s|@WORK@|$WORK|g" "$CONF/zebra.cfg" >"$WORK/zebra.cfg"
if [[ ${ZEBRA_PROFILE:-} == stock ]]; then
    # Debian's own usmarc.abs and default.idx, to see what an unmodified Zebra does with UTF-8 MARC.
    sed -i -e "s|^profilePath: .*|profilePath: /usr/share/idzebra-2.0/tab|" -e "/^index: /d" "$WORK/zebra.cfg"
fi
zebraidx -c "$WORK/zebra.cfg" -l "$WORK/zebraidx-init.log" init

/usr/bin/time -v -o "$WORK/zebraidx.time" \
    zebraidx -c "$WORK/zebra.cfg" -m "$MEMMAX" -l "$WORK/zebraidx.log" update "$DATA" || {
    echo "zebraidx failed; last lines of $WORK/zebraidx.log:" >&2; tail -20 "$WORK/zebraidx.log" >&2; exit 1; }

# zebraidx logs "Records: N i/u/d I/U/D" as it goes; the last line has the final count.
python3 - "$WORK" "$DATA" "$MEMMAX" "$CONF/.." <<'PY'
import json, os, re, sys
work, data, memmax, bench = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
sys.path.insert(0, bench)
import timev
log = open(os.path.join(work, "zebraidx.log"), encoding="utf-8", errors="replace").read()
inserted = [int(m) for m in re.findall(r"Records: \d+ i/u/d (\d+)/", log)]
result = timev.load(os.path.join(work, "zebraidx.time"), inserted[-1] if inserted else 0)
register = sum(os.path.getsize(os.path.join(d, f)) for d, _, fs in os.walk(os.path.join(work, "register")) for f in fs)
result.update(register_mb=register / 2**20, input_mb=os.path.getsize(data) / 2**20, memmax_mb=memmax)
json.dump(result, open(os.path.join(work, "index.json"), "w"), indent=1)
print(timev.line("zebra index", result) +
      f", register {result['register_mb']:.0f} MB (input {result['input_mb']:.0f} MB, memMax {memmax} MB)")
PY
