#!/usr/bin/env python3
"""Measures the governance benchmark (Benchmarks/governance/run.sh runs it; figures as JSON and a table).

  bench.py monitor --manba BIN --as-of DAY --runs 3 --result FILE
      `manba monitor --as-of DAY` RUNS times on the store of the environment (MANBA_DATA_DIR or
      MANBA_DATABASE_URL): wall time of each run (process start to exit) and the time the command itself
      reports for computing and storing the snapshot ("stored in X s").
  bench.py http --url URL --as-of DAY --requests 200 --result FILE
      GET /monitoring and GET /api/monitoring (p50/p90/p99/max over REQUESTS sequential requests on one
      keep-alive connection, after a warm-up), the latest snapshot's CSV and XLSX downloads (all
      organisations), one organisation's page, and the live statuses of every obligation
      (/api/monitoring/status).
  bench.py report FILE... [--label TEXT]
      the table, with the targets of issue 3 (monitoring run < 5 s, /monitoring < 50 ms, export < 2 s).
"""
from __future__ import annotations

import argparse
import http.client
import json
import os
import re
import statistics
import subprocess
import sys
import time
import urllib.parse


def percentile(values, p):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def summary(values_ms):
    return {"n": len(values_ms), "p50": percentile(values_ms, 50), "p90": percentile(values_ms, 90),
            "p99": percentile(values_ms, 99), "max": max(values_ms), "mean": statistics.fmean(values_ms)}


# --- monitor ----------------------------------------------------------------------------------------


def monitor(args):
    runs = []
    for i in range(args.runs):
        cmd = [args.manba, "monitor", "--as-of", args.as_of] + (["--no-notices"] if args.no_notices else [])
        t0 = time.monotonic()
        proc = subprocess.run(cmd, capture_output=True, text=True, env={**os.environ, "LOG_LEVEL": "warning"})
        wall = time.monotonic() - t0
        if proc.returncode != 0:
            sys.exit(f"manba monitor failed ({proc.returncode}): {proc.stderr[-2000:]}")
        stored = re.search(r"stored in ([0-9.]+) s; (\d+) new notices", proc.stdout)
        totals = re.search(r"monitoring as of .*", proc.stdout)
        snapshot = re.search(r"snapshot (\S+) stored", proc.stdout)
        run = {"wall_s": round(wall, 3), "reported_s": float(stored.group(1)) if stored else None,
               "new_notices": int(stored.group(2)) if stored else None, "snapshot": snapshot.group(1) if snapshot else None,
               "totals": totals.group(0) if totals else proc.stdout.strip()[-300:]}
        runs.append(run)
        print(f"  monitor run {i + 1}: {run['wall_s']:.2f} s wall, {run['reported_s']} s reported, "
              f"{run['new_notices']} new notices", flush=True)
    print(f"  {runs[-1]['totals']}")
    result = {"kind": "monitor", "runs": runs, "median_wall_s": statistics.median(r["wall_s"] for r in runs),
              "median_reported_s": statistics.median(r["reported_s"] for r in runs if r["reported_s"] is not None)}
    write(args.result, result)


# --- http -------------------------------------------------------------------------------------------


class Client:
    """One keep-alive connection: http.client is light, so the client steals little CPU from the server."""

    def __init__(self, url):
        parsed = urllib.parse.urlparse(url)
        self.host, self.port = parsed.hostname, parsed.port or 80
        self.conn = http.client.HTTPConnection(self.host, self.port, timeout=300)

    def get(self, path):
        for _ in range(2):
            try:
                t0 = time.perf_counter()
                self.conn.request("GET", path)
                response = self.conn.getresponse()
                body = response.read()
                return response.status, body, (time.perf_counter() - t0) * 1000, response
            except (http.client.HTTPException, ConnectionError):
                self.conn.close()
                self.conn = http.client.HTTPConnection(self.host, self.port, timeout=300)
        raise RuntimeError(f"GET {path} failed twice")


def timed(client, path, count, warmup=5, expect=200):
    for _ in range(warmup):
        status, body, _, _ = client.get(path)
        if status != expect:
            sys.exit(f"GET {path}: {status} {body[:300]!r}")
    times, size = [], 0
    for _ in range(count):
        status, body, ms, _ = client.get(path)
        if status != expect:
            sys.exit(f"GET {path}: {status} {body[:300]!r}")
        times.append(ms)
        size = len(body)
    figures = summary(times)
    figures["bytes"] = size
    print(f"  GET {path}: p50 {figures['p50']:.1f} ms, p99 {figures['p99']:.1f} ms, max {figures['max']:.1f} ms "
          f"({count} requests, {size} bytes)", flush=True)
    return figures


def http_bench(args):
    client = Client(args.url)
    status, body, _, _ = client.get("/api/monitoring")
    if status != 200:
        sys.exit(f"GET /api/monitoring: {status} {body[:300]!r}")
    latest = json.loads(body)
    ranking = latest["ranking"]
    print(f"  latest snapshot {latest['id']} as of {latest['as_of']}: {len(ranking)} organisations, "
          f"{latest['counts']['obligations']} obligations, compliance {latest['counts']['compliance']}%", flush=True)
    result = {"kind": "http", "snapshot": latest["id"], "organisations": len(ranking),
              "obligations": latest["counts"]["obligations"]}
    result["monitoring_page"] = timed(client, "/monitoring", args.requests)
    result["monitoring_api"] = timed(client, "/api/monitoring", args.requests)
    org = ranking[len(ranking) // 2]["organization"]
    result["organisation_page"] = timed(client, f"/monitoring/organization/{org}", max(20, args.requests // 4))
    for fmt in ("csv", "xlsx"):
        figures = timed(client, f"/monitoring/snapshots/{latest['id']}/download?format={fmt}", args.downloads, warmup=1)
        result[f"download_{fmt}"] = figures
    result["status_api"] = timed(client, f"/api/monitoring/status?as_of={args.as_of}", 3, warmup=1)
    write(args.result, result)


# --- report -----------------------------------------------------------------------------------------


def report(args):
    data = {}
    for path in args.files:
        with open(path) as f:
            figures = json.load(f)
        data[figures["kind"]] = figures
    rows = []
    if "monitor" in data:
        m = data["monitor"]
        walls = ", ".join(f"{r['wall_s']:.2f}" for r in m["runs"])
        rows.append(("manba monitor (full run), wall s", f"{walls}; median {m['median_wall_s']:.2f}", "< 5 s",
                     m["median_wall_s"] < 5))
        reported = ", ".join(f"{r['reported_s']:.2f}" for r in m["runs"] if r["reported_s"] is not None)
        rows.append(("  of which compute + store (reported), s", f"{reported}; median {m['median_reported_s']:.2f}", "", None))
        rows.append(("  new notices per run", ", ".join(str(r["new_notices"]) for r in m["runs"]), "", None))
    if "http" in data:
        h = data["http"]
        page = h["monitoring_page"]
        rows.append(("GET /monitoring, ms", f"p50 {page['p50']:.1f}, p99 {page['p99']:.1f}, max {page['max']:.1f} ({page['n']} req)",
                     "< 50 ms", page["p99"] < 50))
        api = h["monitoring_api"]
        rows.append(("GET /api/monitoring, ms", f"p50 {api['p50']:.1f}, p99 {api['p99']:.1f} ({api['n']} req, {api['bytes'] // 1024} KiB)",
                     "", None))
        org = h["organisation_page"]
        rows.append(("GET /monitoring/organization/:name, ms", f"p50 {org['p50']:.1f}, p99 {org['p99']:.1f}", "", None))
        for fmt in ("csv", "xlsx"):
            d = h[f"download_{fmt}"]
            rows.append((f"snapshot export {fmt.upper()} ({h['organisations']} orgs), ms",
                         f"p50 {d['p50']:.1f}, max {d['max']:.1f} ({d['n']} req, {d['bytes'] // 1024} KiB)", "< 2 s",
                         d["max"] < 2000))
        st = h["status_api"]
        rows.append((f"GET /api/monitoring/status (all {h['obligations']} live), ms",
                     f"p50 {st['p50']:.0f}, max {st['max']:.0f} ({st['bytes'] // 1048576} MiB)", "", None))
    width = max(len(r[0]) for r in rows)
    print()
    print(f"Governance benchmark{(' — ' + args.label) if args.label else ''}")
    print(f"{'measure'.ljust(width)}  {'figures'.ljust(58)}  target   ok")
    for name, figures, target, ok in rows:
        mark = "" if ok is None else ("yes" if ok else "NO")
        print(f"{name.ljust(width)}  {figures.ljust(58)}  {target.ljust(7)}  {mark}")


def write(path, result):
    if path:
        with open(path, "w") as f:
            json.dump(result, f, indent=1)


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = p.add_subparsers(dest="command", required=True)
    m = sub.add_parser("monitor")
    m.add_argument("--manba", required=True)
    m.add_argument("--as-of", required=True)
    m.add_argument("--runs", type=int, default=3)
    m.add_argument("--no-notices", action="store_true")
    m.add_argument("--result")
    h = sub.add_parser("http")
    h.add_argument("--url", required=True)
    h.add_argument("--as-of", required=True)
    h.add_argument("--requests", type=int, default=200)
    h.add_argument("--downloads", type=int, default=10)
    h.add_argument("--result")
    r = sub.add_parser("report")
    r.add_argument("files", nargs="+")
    r.add_argument("--label", default="")
    args = p.parse_args()
    {"monitor": monitor, "http": http_bench, "report": report}[args.command](args)


if __name__ == "__main__":
    main()
