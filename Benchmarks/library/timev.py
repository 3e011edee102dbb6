#!/usr/bin/env python3
"""Reads the report of `/usr/bin/time -v -o FILE` and turns a bulk load into figures.

    timev.py TIMEFILE --records N [--label L] [--json OUT]

prints "L: N records in S s = R records/s, peak RSS M MB, CPU C s" (the rate from wall-clock time)
and writes the same figures as JSON for report.py. parse() is used by zebra/index.sh too.
"""
import argparse
import json
import re


def parse(path):
    text = open(path).read()
    clock = re.search(r"Elapsed \(wall clock\) time .*: (?:(\d+):)?(\d+):([\d.]+)", text)
    wall = int(clock.group(1) or 0) * 3600 + int(clock.group(2)) * 60 + float(clock.group(3))
    field = lambda name: float(re.search(re.escape(name) + r": ([\d.]+)", text).group(1))
    status = re.search(r"Exit status: (\d+)", text)
    return {"seconds": wall, "peak_rss_mb": field("Maximum resident set size (kbytes)") / 1024,
            "cpu_seconds": field("User time (seconds)") + field("System time (seconds)"),
            "exit_status": int(status.group(1)) if status else 0}


def load(path, records):
    r = parse(path)
    r["records"] = records
    r["records_per_s"] = records / r["seconds"] if r["seconds"] else 0
    return r


def line(label, r):
    return (f"{label}: {r['records']:,} records in {r['seconds']:.1f} s = {r['records_per_s']:,.0f} records/s, "
            f"peak RSS {r['peak_rss_mb']:.0f} MB, CPU {r['cpu_seconds']:.1f} s")


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("timefile")
    ap.add_argument("--records", type=int, required=True)
    ap.add_argument("--label", default="load")
    ap.add_argument("--json")
    args = ap.parse_args()
    result = load(args.timefile, args.records)
    print(line(args.label, result))
    if args.json:
        with open(args.json, "w") as f:
            json.dump(result, f, indent=1)
