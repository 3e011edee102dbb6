#!/usr/bin/env python3
"""OPAC search benchmark against Manba: GET /opac?q=w1+w2&format=json for the same two-term queries
the SRU benchmark sends. The OPAC computes its six facets (library, region, language, year, material
type, subject) on every search, with exact counts; the hit count is the answer's "count".

    opac_bench.py --url http://127.0.0.1:8080 --queries queries.txt [--count 2000] [--concurrency 1]
"""
import argparse
import json
import sys
import urllib.parse

from sru_bench import read_queries, report_latency, run, summarize

PATH = "/opac"


def hit_count(doc):
    return doc.get("count") if isinstance(doc, dict) and isinstance(doc.get("count"), int) else None


def check(i, status, body):
    out = {"requests": 1}
    if status != 200:
        out["http_errors"] = 1
        return out
    try:
        doc = json.loads(body)
    except ValueError:
        out["malformed"] = 1
        return out
    hits = hit_count(doc)
    if hits is not None:
        out["hits"], out["answered"] = hits, 1
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--url", required=True, help="server base URL, e.g. http://127.0.0.1:8080")
    ap.add_argument("--queries", required=True)
    ap.add_argument("--count", type=int, default=2000)
    ap.add_argument("--concurrency", type=int, default=1)
    ap.add_argument("--warmup", type=int, default=100)
    ap.add_argument("--label", default="opac")
    ap.add_argument("--result")
    args = ap.parse_args()

    queries = read_queries(args.queries)
    paths = []
    for i in range(args.count):
        words, _ = queries[i % len(queries)]
        params = [("q", " ".join(words)), ("format", "json")]
        paths.append(PATH + "?" + urllib.parse.urlencode(params))
    base = args.url.rstrip("/")
    try:
        latencies, counters, wall, reconnects = run(base + "/", [p.lstrip("/") for p in paths],
                                                    args.concurrency, check, [p.lstrip("/") for p in paths[:args.warmup]])
    except (ConnectionError, OSError) as e:
        sys.exit(f"opac_bench: cannot reach {args.url}: {e}")
    r = summarize(args.label, latencies, counters, wall, reconnects)
    report_latency(r, f"OPAC requests ({PATH}?q=..&format=json, six facets, concurrency {args.concurrency})")
    answered = r.get("answered", 0)
    print(f"  mean hits {r['hits'] / answered:.1f}" if answered else "  no answers")
    failed = r.get("http_errors", 0) + r.get("malformed", 0)
    print(f"  checks: {'all responses HTTP 200 with JSON' if not failed else f'{failed} failed (HTTP error or not JSON)'}")
    if args.result:
        with open(args.result, "w") as f:
            json.dump(r, f, indent=1)
    sys.exit(1 if failed == r["requests"] else 0)


if __name__ == "__main__":
    main()
