#!/usr/bin/env python3
"""Prints the Manba-against-Zebra table from the JSON files run.sh leaves in a results directory:
zebra-index, zebra-sru, manba-import, manba-sru, manba-opac, manba-oai (any may be missing).

    report.py RESULTS_DIR

Ratios are "how many times better Manba is": Manba/Zebra for rates, Zebra/Manba for latencies and
memory, so above 1 means Manba wins. The targets are those of issue 4.
"""
import json
import os
import sys


class Result(dict):
    """A step's figures; a step whose requests failed (valid: false) reads as empty, marked FAILED."""
    failed = False


def load(directory, name):
    try:
        with open(os.path.join(directory, name + ".json")) as f:
            data = json.load(f)
    except (OSError, ValueError):
        return Result()
    if data.get("valid", not (data.get("http_errors") or data.get("malformed") or data.get("failed"))):
        return Result(data)
    r = Result()
    r.failed = True
    return r


def fmt(value, unit="", failed=False):
    if failed:
        return "FAILED"
    if value is None:
        return "-"
    if isinstance(value, float) and value != value:
        return "-"
    if abs(value) >= 100:
        return f"{value:,.0f}{unit}"
    return f"{value:.2f}{unit}" if abs(value) < 10 else f"{value:.1f}{unit}"


def ratio(manba, zebra, higher_is_better):
    if not manba or not zebra:
        return "-"
    r = manba / zebra if higher_is_better else zebra / manba
    return f"{r:.2f}x"


def main():
    d = sys.argv[1]
    zi, zs = load(d, "zebra-index"), load(d, "zebra-sru")
    mi, ms, mo, mh = load(d, "manba-import"), load(d, "manba-sru"), load(d, "manba-opac"), load(d, "manba-oai")
    mh1 = load(d, "manba-oai-once")
    zr, mr = load(d, "zebra-recall"), load(d, "manba-recall")
    mean_hits = lambda r: r["hits"] / r["answered"] if r.get("answered") else None
    cross = lambda r: r["hits:cross-script"] / r["answered:cross-script"] if r.get("answered:cross-script") else None
    rows = [
        # label, zebra result, manba result, value, higher is better, unit
        ("import, records/s", zi, mi, lambda r: r.get("records_per_s"), True, ""),
        ("import, wall seconds", zi, mi, lambda r: r.get("seconds"), False, " s"),
        ("import, peak RSS", zi, mi, lambda r: r.get("peak_rss_mb"), False, " MB"),
        ("SRU p50", zs, ms, lambda r: r.get("p50_ms"), False, " ms"),
        ("SRU p99", zs, ms, lambda r: r.get("p99_ms"), False, " ms"),
        ("SRU requests/s (1 connection)", zs, ms, lambda r: r.get("requests_per_s"), True, ""),
        ("SRU mean numberOfRecords", zs, ms, mean_hits, None, ""),
        ("  mean hits, cross-script queries", zs, ms, cross, None, ""),
        ("title recall, script-folded, %", zr, mr, lambda r: 100 * r["recall"] if "recall" in r else None, True, ""),
    ]
    print()
    print(f"{'':34s} {'Zebra':>12s} {'Manba':>12s} {'Manba better by':>16s}")
    for label, zr, mr, value, better, unit in rows:
        z, m = value(zr), value(mr)
        r = ratio(m, z, better) if better is not None else ""
        print(f"{label:34s} {fmt(z, unit, zr.failed):>12s} {fmt(m, unit, mr.failed):>12s} {r:>16s}")
    print(f"{'OPAC search p50 / p99':34s} {'':>12s} {fmt(mo.get('p50_ms'), ' ms', mo.failed):>12s}"
          f" / {fmt(mo.get('p99_ms'), ' ms', mo.failed)}")
    print(f"{'OAI-PMH harvest, records/s':34s} {'':>12s} {fmt(mh.get('records_per_s'), '', mh.failed):>12s}"
          + (f"   (server RSS {fmt(mh.get('rss_before_mb'), ' MB')} -> peak {fmt(mh.get('rss_peak_mb'), ' MB')})"
             if mh else ""))
    print(f"{'  the same, one parse per page':34s} {'':>12s} {fmt(mh1.get('records_per_s'), '', mh1.failed):>12s}")
    problems = [(name, r) for name, r in (("zebra", zs), ("manba", ms))
                if r and any(r.get(k) for k in ("http_errors", "malformed", "records_mojibake", "wrong_record_count"))]
    for name, r in problems:
        print(f"note: {name} SRU checks: " + ", ".join(f"{k} {r[k]}" for k in
              ("http_errors", "malformed", "diagnostics", "records_mojibake", "wrong_record_count") if r.get(k)))

    # Targets from issue 4 (on 1,000,000 records).
    print("\ntargets (issue 4):")
    checks = [
        ("import >= 20,000 records/s", mi.get("records_per_s"), lambda v: v >= 20000),
        ("import > 2x Zebra's rate", mi.get("records_per_s"), lambda v: zi.get("records_per_s") and v > 2 * zi["records_per_s"]),
        ("SRU p99 <= Zebra's", ms.get("p99_ms"), lambda v: zs.get("p99_ms") and v <= zs["p99_ms"]),
        ("OPAC p99 < 30 ms", mo.get("p99_ms"), lambda v: v < 30),
        ("OAI-PMH harvest >= 10,000 records/s", mh.get("records_per_s"), lambda v: v >= 10000),
    ]
    for label, value, ok in checks:
        verdict = "not measured" if value is None else ("met" if ok(value) else "NOT met")
        verdict += f"  ({value:,.1f})" if value is not None else ""
        print(f"  {label:38s} {verdict}")


if __name__ == "__main__":
    main()
