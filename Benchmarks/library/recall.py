#!/usr/bin/env python3
"""How much of what it should find does an SRU server find for the benchmark's title queries?

    recall.py --data records.mrc --queries queries.txt --url http://127.0.0.1:9999/Default
              [--truth truth.json] [--label zebra] [--result out.json]

The expected count for a query "w1 w2" is the number of records whose title (245, all subfields, and
880) has both words once script and apostrophes are folded: Uzbek Latin and Cyrillic spell the same
word (oʻquv = ўқув), and oʻ may be typed o', o‘ or oʻ. That is what the union catalogue promises
("search in either Uzbek script ... finding records in any of them"). The server is asked
`dc.title all "w1 w2"` with maximumRecords=0 and its numberOfRecords compared per query kind.
The expected counts depend only on the data and the queries, so --truth caches them.
"""
import argparse
import json
import os
import re
import sys
import urllib.parse
import urllib.request

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import vocab  # noqa: E402

WORDS = re.compile(r"[\s:/.,;()\[\]\"!?+\-]+")     # word breaks; apostrophes stay inside words
_fold_cache = {}


def fold(word):
    """One key per word whatever the script or apostrophe: Latin goes to Cyrillic (o' and g' being
    oʻ and gʻ, any other apostrophe the tutuq belgisi ʼ)."""
    key = _fold_cache.get(word)
    if key is None:
        w = word.lower().replace("‘", "ʻ").replace("’", "ʼ")
        w = re.sub(r"([og])'", r"\1ʻ", w).replace("'", "ʼ")
        key = _fold_cache[word] = vocab.uz_cyrillic(w) if re.search("[a-z]", w) else w
    return key


def titles(path):
    """Yields the 245 and 880 text of each record of an ISO 2709 file (a minimal reader: enough for
    the generator's well-formed UTF-8 records, and far faster than pymarc)."""
    with open(path, "rb") as f:
        data = f.read()
    pos = 0
    while pos + 24 <= len(data):
        length, base = int(data[pos:pos + 5]), int(data[pos + 12:pos + 17])
        record = data[pos:pos + length]
        parts = []
        for d in range(24, base - 1, 12):
            tag = record[d:d + 3]
            if tag in (b"245", b"880"):
                flen, start = int(record[d + 3:d + 7]), int(record[d + 7:d + 12])
                field = record[base + start:base + start + flen - 1].decode("utf-8", "replace")
                parts += [sf[1:] for sf in field.split("\x1f")[1:] if sf[:1] != "6"]
        yield " ".join(parts)
        pos += length


def keys(words):
    """Folded keys a query needs; a hyphenated word (ilmiy-amaliy) needs each of its parts."""
    return {fold(part) for w in words for part in WORDS.split(w) if part}


def expected_counts(data, queries):
    wanted = set().union(*(keys(words) for words, _ in queries))
    postings = {key: set() for key in wanted}
    for n, text in enumerate(titles(data)):
        for word in set(WORDS.split(text)):
            if word:
                key = fold(word)
                if key in postings:
                    postings[key].add(n)
    return [len(set.intersection(*(postings[k] for k in keys(words)))) for words, _ in queries]


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", required=True)
    ap.add_argument("--queries", required=True)
    ap.add_argument("--url", required=True)
    ap.add_argument("--truth", help="cache file for the expected counts")
    ap.add_argument("--label", default="")
    ap.add_argument("--result")
    args = ap.parse_args()

    queries = []
    for line in open(args.queries, encoding="utf-8"):
        terms, _, kind = line.rstrip("\n").partition("\t")
        if len(terms.split()) == 2:
            queries.append((tuple(terms.split()), kind or "-"))
    if args.truth and os.path.exists(args.truth):
        expected = json.load(open(args.truth))
    else:
        expected = expected_counts(args.data, queries)
        if args.truth:
            json.dump(expected, open(args.truth, "w"))

    per_kind = {}
    for ((a, b), kind), want in zip(queries, expected):
        url = args.url + "?" + urllib.parse.urlencode(
            {"version": "1.2", "operation": "searchRetrieve", "query": f'dc.title all "{a} {b}"',
             "maximumRecords": 0}, quote_via=urllib.parse.quote)
        try:
            body = urllib.request.urlopen(url, timeout=60).read().decode("utf-8", "replace")
            got = int(re.search(r"numberOfRecords>(\d+)<", body).group(1))
        except Exception:
            got = None
        k = per_kind.setdefault(kind, {"queries": 0, "expected": 0, "found": 0, "failed": 0, "missed_all": 0})
        k["queries"] += 1
        k["expected"] += want
        if got is None:
            k["failed"] += 1
            continue
        k["found"] += min(got, want)     # more than expected is not better recall
        k["missed_all"] += 1 if got == 0 and want > 0 else 0

    label = args.label or args.url
    print(f"{label}: title search recall against script- and apostrophe-folded matching")
    for kind, k in sorted(per_kind.items()):
        share = 100 * k["found"] / k["expected"] if k["expected"] else 100
        print(f"  {kind:13s} {k['queries']:4d} queries: found {k['found']:8,} of {k['expected']:8,} expected "
              f"({share:5.1f}%); nothing found though expected: {k['missed_all']}"
              + (f"; failed requests: {k['failed']}" if k["failed"] else ""))
    total_expected = sum(k["expected"] for k in per_kind.values())
    total_found = sum(k["found"] for k in per_kind.values())
    failed = sum(k["failed"] for k in per_kind.values())
    result = {"label": label, "per_kind": per_kind, "recall": total_found / total_expected if total_expected else 1.0,
              "valid": failed == 0}
    print(f"  overall recall {100 * result['recall']:.1f}%")
    if args.result:
        json.dump(result, open(args.result, "w"), indent=1)
    sys.exit(0 if failed < len(queries) else 1)


if __name__ == "__main__":
    main()
