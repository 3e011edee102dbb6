#!/usr/bin/env python3
"""Catalogue benchmark against a running Manba: loads datasets through package_create, then measures
package_search (a query and four facets) and package_create at the server (Server-Timing header),
package_show throughput with wrk over loopback, and the server's resident memory. Prints figures."""
import argparse
import http.client
import json
import os
import random
import statistics
import subprocess
import sys
import threading
import time
import urllib.parse


def server_ms(response):
    timing = response.getheader("Server-Timing") or ""
    for part in timing.split(";"):
        if part.startswith("dur="):
            return float(part[4:])
    return None


class Client:
    """One keep-alive connection; http.client is far lighter than requests, so the client steals less CPU."""

    def __init__(self, host, port, token):
        self.host, self.port, self.token = host, port, token
        self.conn = http.client.HTTPConnection(host, port, timeout=60)

    def call(self, action, body=None, query=None):
        path = f"/api/3/action/{action}" + (("?" + urllib.parse.urlencode(query)) if query else "")
        headers = {"Authorization": self.token, "Content-Type": "application/json"}
        data = json.dumps(body).encode() if body is not None else None
        for attempt in range(2):
            try:
                self.conn.request("POST" if data is not None else "GET", path, body=data, headers=headers)
                response = self.conn.getresponse()
                payload = response.read()
                return response.status, json.loads(payload), server_ms(response)
            except (http.client.HTTPException, ConnectionError):
                self.conn.close()
                self.conn = http.client.HTTPConnection(self.host, self.port, timeout=60)
        raise RuntimeError(f"{action} failed twice")


def percentile(values, p):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def rss_mb(pid):
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--url", required=True)
    parser.add_argument("--token", required=True)
    parser.add_argument("--file", required=True)
    parser.add_argument("--pid", type=int, required=True)
    parser.add_argument("--threads", type=int, default=4)
    parser.add_argument("--searches", type=int, default=2000)
    parser.add_argument("--label", default="")
    args = parser.parse_args()
    target = urllib.parse.urlparse(args.url)
    host, port = target.hostname, target.port

    with open(args.file, encoding="utf-8") as f:
        datasets = [json.loads(line) for line in f]
    organisations = sorted({d["owner_org"] for d in datasets})
    admin = Client(host, port, args.token)
    for name in organisations:
        status, body, _ = admin.call("organization_create", {"name": name, "title": {"uz-Latn": f"Tashkilot {name}", "ru": f"Организация {name}"}})
        if status != 200 and "already exists" not in json.dumps(body):
            sys.exit(f"organization_create failed: {status} {body}")

    # Load everything through the API, in parallel connections.
    create_ms, failures = [], []
    lock = threading.Lock()
    def loader(chunk):
        client = Client(host, port, args.token)
        local, bad = [], []
        for d in chunk:
            status, body, ms = client.call("package_create", d)
            if status != 200:
                bad.append((d["name"], status, body))
            elif ms is not None:
                local.append(ms)
        with lock:
            create_ms.extend(local)
            failures.extend(bad)
    started = time.perf_counter()
    threads = [threading.Thread(target=loader, args=(datasets[i::args.threads],)) for i in range(args.threads)]
    for t in threads: t.start()
    for t in threads: t.join()
    load_seconds = time.perf_counter() - started
    if failures:
        sys.exit(f"{len(failures)} creates failed, first: {failures[0]}")

    # The first search after a bulk load brings the index up to date; measured on its own.
    started = time.perf_counter()
    status, body, _ = admin.call("package_search", query={"q": "maktablar", "rows": 1})
    first_search_seconds = time.perf_counter() - started
    total = body["result"]["count"]

    words = ["maktablar", "рўйхати", "ro'yxati", "Toshkent", "шифохоналар", "narxlar 2020", "aholi soni",
             "список школ", "statistikasi", "Samarqand", "yoʻllar", "музейлар", "hotels", "budget execution"]
    facets = json.dumps(["organization", "tags", "res_format", "license_id"])
    rng = random.Random(3)
    search_ms = []
    client = Client(host, port, args.token)
    for _ in range(args.searches):
        status, body, ms = client.call("package_search", query={"q": rng.choice(words), "facet.field": facets, "rows": 10})
        assert status == 200, body
        search_ms.append(ms)

    # package_show throughput with wrk over many names.
    lua = os.path.join(os.path.dirname(os.path.abspath(__file__)), "show.lua")
    names_file = "/tmp/manba-bench-names.txt"
    with open(names_file, "w") as f:
        for d in rng.sample(datasets, min(5000, len(datasets))):
            f.write(d["name"] + "\n")
    wrk = subprocess.run(["wrk", "-t2", "-c16", "-d15s", "-s", lua, args.url], capture_output=True, text=True,
                         env={**os.environ, "MANBA_BENCH_NAMES": names_file})
    rps = next((float(line.split()[1]) for line in wrk.stdout.splitlines() if line.startswith("Requests/sec:")), float("nan"))
    non2xx = next((line for line in wrk.stdout.splitlines() if "Non-2xx" in line), "")

    print(f"== {args.label}: {len(datasets)} datasets, {len(organisations)} organisations ==")
    print(f"load through package_create ({args.threads} connections): {load_seconds:.1f} s ({len(datasets) / load_seconds:.0f} datasets/s)")
    print(f"package_create at the server: p50 {statistics.median(create_ms):.2f} ms, p99 {percentile(create_ms, 99):.2f} ms")
    print(f"first search after the load (index catch-up): {first_search_seconds:.2f} s; catalogue count {total}")
    print(f"package_search q + 4 facets at the server ({len(search_ms)} queries): p50 {statistics.median(search_ms):.2f} ms, p99 {percentile(search_ms, 99):.2f} ms")
    print(f"package_show over loopback (wrk -t2 -c16 -d15s): {rps:.0f} requests/s {non2xx}")
    print(f"server resident memory: {rss_mb(args.pid):.0f} MB")


if __name__ == "__main__":
    main()
