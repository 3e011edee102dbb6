#!/usr/bin/env python3
"""Full OAI-PMH ListRecords harvest with the sickle harvester, timed, with the server's memory watched.

    oai_harvest.py --url http://127.0.0.1:8080/oai [--prefix marc21] [--pid SERVER_PID]
                   [--expect N] [--mode pages|records] [--result out.json]

sickle follows the resumption tokens to the end. In the default "pages" mode it hands over each
response and we count its <record> elements, so the client parses every page once; in "records" mode
sickle also turns every record into a Python object, which costs the client about as much CPU as a
fast server spends, so that mode measures sickle as much as the server (its CPU time is printed).
Even in "pages" mode sickle parses every page three times (once to look for an error, once for the
token, once for us); "once" mode is a harvester that follows the tokens itself with http.client and
lxml and parses each page once, to show what the server sustains when the client is not the limit.
The server's resident memory (VmRSS of --pid) is sampled five times a second: before, peak, after.
"""
import argparse
import json
import sys
import threading
import time

OAI = "{http://www.openarchives.org/OAI/2.0/}"


def rss_mb(pid):
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return None


class Watcher(threading.Thread):
    """Samples the server's RSS until stopped; keeps the peak and the samples (to see if it is flat)."""

    def __init__(self, pid):
        super().__init__(daemon=True)
        self.pid, self.samples, self.done = pid, [], threading.Event()

    def run(self):
        while not self.done.wait(0.2):
            value = rss_mb(self.pid)
            if value is not None:
                self.samples.append(value)


class SinglePassHarvester:
    """Follows resumption tokens over one keep-alive connection and parses each page once (lxml)."""

    def __init__(self, url):
        import http.client
        import urllib.parse
        self.target = urllib.parse.urlparse(url)
        self.connection = http.client.HTTPConnection(self.target.hostname, self.target.port, timeout=300)

    def ListRecords(self, **params):
        import urllib.parse
        from lxml import etree
        query = {"verb": "ListRecords", **{k: v for k, v in params.items() if k != "ignore_deleted"}}
        while True:
            self.connection.request("GET", self.target.path + "?" + urllib.parse.urlencode(query))
            response = self.connection.getresponse()
            page = etree.XML(response.read())
            error = page.find(f"{OAI}error")
            if error is not None:
                raise RuntimeError(f"{error.get('code')}: {error.text}")
            yield page
            token = page.find(f".//{OAI}resumptionToken")
            if token is None or not (token.text or "").strip():
                return
            query = {"verb": "ListRecords", "resumptionToken": token.text.strip()}


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--url", required=True)
    ap.add_argument("--prefix", default="marc21")
    ap.add_argument("--set", dest="set_spec")
    ap.add_argument("--pid", type=int, help="server process whose memory is watched")
    ap.add_argument("--expect", type=int, help="the number of records the harvest must bring")
    ap.add_argument("--mode", choices=("pages", "records", "once"), default="pages")
    ap.add_argument("--result")
    args = ap.parse_args()
    try:
        from sickle import Sickle
        from sickle.iterator import OAIItemIterator, OAIResponseIterator
    except ImportError:
        sys.exit("oai_harvest: sickle is missing (pip install sickle)")

    iterator = OAIResponseIterator if args.mode == "pages" else OAIItemIterator
    harvester = Sickle(args.url, iterator=iterator, max_retries=0, timeout=300)
    params = {"metadataPrefix": args.prefix, "ignore_deleted": False}
    if args.set_spec:
        params["set"] = args.set_spec
    if args.mode == "once":
        harvester = SinglePassHarvester(args.url)
    before = rss_mb(args.pid) if args.pid else None
    watcher = Watcher(args.pid) if args.pid else None
    if watcher:
        watcher.start()
    records = deleted = pages = 0
    cpu0, started = time.process_time(), time.perf_counter()
    try:
        for item in harvester.ListRecords(**params):
            if args.mode == "once":
                pages += 1
                for record in item.iter(f"{OAI}record"):
                    records += 1
                    header = record.find(f"{OAI}header")
                    if header is not None and header.get("status") == "deleted":
                        deleted += 1
            elif args.mode == "pages":
                pages += 1
                for record in item.xml.iter(f"{OAI}record"):
                    records += 1
                    header = record.find(f"{OAI}header")
                    if header is not None and header.get("status") == "deleted":
                        deleted += 1
            else:
                records += 1
                deleted += 1 if item.deleted else 0
    except Exception as e:     # a protocol error or a dead server: report what was harvested so far
        print(f"oai_harvest: stopped after {records} records: {type(e).__name__}: {e}", file=sys.stderr)
        failed = True
    else:
        failed = False
    wall = time.perf_counter() - started
    cpu = time.process_time() - cpu0
    if watcher:
        watcher.done.set()
        watcher.join()
    after = rss_mb(args.pid) if args.pid else None
    samples = watcher.samples if watcher else []
    result = {"records": records, "deleted": deleted, "pages": pages, "seconds": wall,
              "records_per_s": records / wall if wall else 0, "client_cpu_s": cpu, "mode": args.mode,
              "rss_before_mb": before, "rss_peak_mb": max(samples, default=before), "rss_after_mb": after,
              "failed": failed}
    client = "one parse per page" if args.mode == "once" else "sickle"
    print(f"OAI-PMH ListRecords ({args.prefix}, {client}, {args.mode} mode): {records:,} records"
          f"{f' in {pages:,} pages' if pages else ''} ({deleted} deleted) in {wall:.1f} s = "
          f"{result['records_per_s']:,.0f} records/s; client CPU {cpu:.1f} s")
    if args.pid:
        fmt = lambda v: "?" if v is None else f"{v:.0f} MB"
        print(f"  server RSS: before {fmt(before)}, peak {fmt(result['rss_peak_mb'])}, after {fmt(after)}")
    if args.expect is not None and records != args.expect:
        print(f"  MISMATCH: expected {args.expect:,} records, harvested {records:,}")
        result["mismatch"] = True
    result["valid"] = not failed and not result.get("mismatch") and records > 0
    if args.result:
        with open(args.result, "w") as f:
            json.dump(result, f, indent=1)
    sys.exit(1 if failed or result.get("mismatch") else 0)


if __name__ == "__main__":
    main()
