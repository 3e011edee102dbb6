#!/usr/bin/env python3
"""SRU searchRetrieve benchmark: two-term title queries against any SRU 1.2/2.0 server (zebrasrv, Manba).

    sru_bench.py --url http://127.0.0.1:9999/Default --queries queries.txt [--count 2000]
                 [--schema marcxml] [--concurrency 1] [--form all] [--result out.json]

Each request is `query=dc.title all "w1 w2"` (or, with --form and, `dc.title="w1" and dc.title="w2"`)
with maximumRecords=10, sent over one keep-alive connection per client thread (http.client, which costs
the client little CPU). Latency is measured at the client, from sending the request to having read the
whole body; requests/s also includes the client's parsing of each response. Every response is parsed: it must be well-formed XML with a numberOfRecords, carry
min(10, numberOfRecords) records of the requested schema or a diagnostic. Records whose text looks like
UTF-8 read as ISO-8859-1 ("oÊ»" for "oʻ", "Ð°" for "а") are counted as mojibake. Hits are reported per
query kind (the tag after the tab in the query file: same-title, any-pair, cross-script).
"""
import argparse
import http.client
import json
import re
import statistics
import sys
import threading
import time
import urllib.parse
import xml.etree.ElementTree as ET

SRU_NS = ("http://www.loc.gov/zing/srw/", "http://docs.oasis-open.org/ns/search-ws/sruResponse")
MARCXML_NS = "http://www.loc.gov/MARC21/slim"
MOJIBAKE = re.compile("[\u00c2-\u00d4][\u0080-\u00bf]")   # a UTF-8 lead byte + continuation, as Latin-1


def read_queries(path):
    """Lines "w1 w2<TAB>kind"; the kind is optional."""
    out = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if line.strip():
                terms, _, kind = line.partition("\t")
                out.append((terms.split(), kind or "-"))
    return out


def cql(words, form):
    quote = lambda w: '"' + w.replace("\\", "\\\\").replace('"', '\\"') + '"'
    if form == "and":
        return " and ".join(f"dc.title={quote(w)}" for w in words)
    return f"dc.title all {quote(' '.join(words))}"


def percentile(sorted_values, p):
    if not sorted_values:
        return float("nan")
    k = (len(sorted_values) - 1) * p / 100
    lo, hi = int(k), min(int(k) + 1, len(sorted_values) - 1)
    return sorted_values[lo] + (sorted_values[hi] - sorted_values[lo]) * (k - lo)


class Connection:
    """One keep-alive HTTP/1.1 connection; reconnects (and counts it) if the server closed it."""

    def __init__(self, url):
        self.url = urllib.parse.urlsplit(url)
        self.reconnects = 0
        self._open()

    def _open(self):
        self.conn = http.client.HTTPConnection(self.url.hostname, self.url.port or 80, timeout=60)

    def get(self, path):
        for attempt in range(2):
            try:
                self.conn.request("GET", path, headers={"Connection": "keep-alive"})
                response = self.conn.getresponse()
                return response.status, response.read(), response.getheader("Connection", "")
            except (http.client.HTTPException, ConnectionError, OSError):
                if attempt:
                    raise
                self.conn.close()
                self.reconnects += 1
                self._open()


def run(url, paths, concurrency, check, warmup=()):
    """GETs the warm-up paths untimed, then every path from `concurrency` threads with a keep-alive
    connection each. check(i, status, body) -> dict of counters to add up.
    Returns (sorted latencies in ms, counters, wall seconds, reconnects)."""
    prefix = urllib.parse.urlsplit(url).path or "/"
    lock = threading.Lock()
    latencies, counters = [], {}
    position = [0]
    conns = [Connection(url) for _ in range(concurrency)]
    for path in warmup:
        conns[0].get(prefix + path)

    def worker(conn):
        local_lat, local_counts = [], {}
        while True:
            with lock:
                i = position[0]
                position[0] += 1
            if i >= len(paths):
                break
            started = time.perf_counter()
            try:
                status, body, _ = conn.get(prefix + paths[i])
            except Exception as e:      # a dead server or a timeout is a failed request, not a crash
                status, body = 0, str(e).encode()
            local_lat.append((time.perf_counter() - started) * 1000)
            for key, value in check(i, status, body).items():
                local_counts[key] = local_counts.get(key, 0) + value
        with lock:
            latencies.extend(local_lat)
            for key, value in local_counts.items():
                counters[key] = counters.get(key, 0) + value

    started = time.perf_counter()
    threads = [threading.Thread(target=worker, args=(c,)) for c in conns]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    wall = time.perf_counter() - started
    return sorted(latencies), counters, wall, sum(c.reconnects for c in conns)


def check_sru(schema, kinds):
    def check(i, status, body):
        out = {"requests": 1}
        if status != 200:
            out["http_errors"] = 1
            return out
        try:
            root = ET.fromstring(body)
        except ET.ParseError:
            out["malformed"] = 1
            return out
        ns = root.tag[1:].split("}")[0] if root.tag.startswith("{") else ""
        if ns not in SRU_NS:
            out["malformed"] = 1
            return out
        if root.find(f".//{{{ns}}}diagnostics") is not None or root.find(".//{http://www.loc.gov/zing/srw/diagnostic/}diagnostic") is not None:
            out["diagnostics"] = 1
        number = root.find(f"{{{ns}}}numberOfRecords")
        if number is None or not (number.text or "").strip().isdigit():
            if "diagnostics" not in out:
                out["malformed"] = 1
            return out
        hits = int(number.text)
        records = root.findall(f"{{{ns}}}records/{{{ns}}}record")
        out["hits"], out["answered"] = hits, 1
        out[f"hits:{kinds[i]}"], out[f"answered:{kinds[i]}"] = hits, 1
        if hits == 0:
            out["zero_hits"] = 1
            out[f"zero:{kinds[i]}"] = 1
        if len(records) != min(hits, 10):
            out["wrong_record_count"] = 1
        for record in records:
            data = record.find(f"{{{ns}}}recordData")
            if data is None or len(data) == 0:
                out["records_without_data"] = out.get("records_without_data", 0) + 1
                continue
            if schema == "marcxml" and data[0].tag != f"{{{MARCXML_NS}}}record":
                out["records_not_marcxml"] = out.get("records_not_marcxml", 0) + 1
            text = "".join(data[0].itertext())
            if MOJIBAKE.search(text):
                out["records_mojibake"] = out.get("records_mojibake", 0) + 1
            out["records"] = out.get("records", 0) + 1
        return out
    return check


def summarize(label, latencies, counters, wall, reconnects):
    n = len(latencies)
    result = {"label": label, "requests": n, "seconds": wall, "requests_per_s": n / wall if wall else 0,
              "p50_ms": percentile(latencies, 50), "p90_ms": percentile(latencies, 90),
              "p99_ms": percentile(latencies, 99), "max_ms": latencies[-1] if latencies else float("nan"),
              "mean_ms": statistics.fmean(latencies) if latencies else float("nan"), "reconnects": reconnects}
    result.update(counters)
    # Figures from failed requests mean nothing: report.py shows a result with any as failed.
    result["valid"] = n > 0 and not (counters.get("http_errors") or counters.get("malformed"))
    return result


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--url", required=True, help="SRU base URL, e.g. http://127.0.0.1:9999/Default or http://127.0.0.1:8080/sru")
    ap.add_argument("--queries", required=True)
    ap.add_argument("--count", type=int, default=2000, help="timed requests (the query list is cycled)")
    ap.add_argument("--schema", default="marcxml")
    ap.add_argument("--concurrency", type=int, default=1)
    ap.add_argument("--form", choices=("all", "and"), default="all")
    ap.add_argument("--version", default="1.2")
    ap.add_argument("--warmup", type=int, default=100, help="untimed requests first (from the same list)")
    ap.add_argument("--label", default="")
    ap.add_argument("--result", help="write the figures as JSON here")
    args = ap.parse_args()

    queries = read_queries(args.queries)
    if not queries:
        sys.exit("no queries")
    picked = [queries[i % len(queries)] for i in range(args.count)]
    kinds = [kind for _, kind in picked]
    paths = ["?" + urllib.parse.urlencode({"version": args.version, "operation": "searchRetrieve",
                                           "query": cql(words, args.form), "startRecord": 1,
                                           "maximumRecords": 10, "recordSchema": args.schema},
                                          quote_via=urllib.parse.quote)
             for words, _ in picked]
    try:
        latencies, counters, wall, reconnects = run(args.url, paths, args.concurrency,
                                                    check_sru(args.schema, kinds), paths[:args.warmup])
    except (ConnectionError, OSError) as e:
        sys.exit(f"sru_bench: cannot reach {args.url}: {e}")
    result = summarize(args.label or args.url, latencies, counters, wall, reconnects)
    result.update({"url": args.url, "form": args.form, "schema": args.schema, "concurrency": args.concurrency,
                   "example_query": cql(picked[0][0], args.form)})
    report(result, sorted(set(kinds)))
    if args.result:
        with open(args.result, "w") as f:
            json.dump(result, f, indent=1)
    bad = sum(result.get(k, 0) for k in ("http_errors", "malformed"))
    sys.exit(1 if bad == result["requests"] else 0)


def report_latency(r, what):
    print(f"{r['label']}: {r['requests']} {what} in {r['seconds']:.1f} s = {r['requests_per_s']:.0f} requests/s")
    print(f"  latency ms: p50 {r['p50_ms']:.2f}  p90 {r['p90_ms']:.2f}  p99 {r['p99_ms']:.2f}  "
          f"max {r['max_ms']:.2f}  mean {r['mean_ms']:.2f}")


def report(r, kinds):
    answered = r.get("answered", 0)
    report_latency(r, f"SRU requests ({r['form']}, {r['schema']}, concurrency {r['concurrency']})")
    print(f"  mean numberOfRecords {r.get('hits', 0) / answered if answered else float('nan'):.1f}, "
          f"zero hits {r.get('zero_hits', 0)}/{answered}, records returned {r.get('records', 0)}")
    for kind in kinds:
        a = r.get(f"answered:{kind}", 0)
        if a:
            print(f"    {kind:13s} {a:5d} queries: mean hits {r.get(f'hits:{kind}', 0) / a:8.1f}, "
                  f"zero hits {100 * r.get(f'zero:{kind}', 0) / a:5.1f}%")
    problems = {k: r[k] for k in ("http_errors", "malformed", "diagnostics", "wrong_record_count",
                                  "records_without_data", "records_not_marcxml", "records_mojibake", "reconnects")
                if r.get(k)}
    print(f"  checks: {'all responses well-formed' if not problems else problems}")
    print(f"  example: {r['example_query']}")


if __name__ == "__main__":
    main()
