#!/usr/bin/env python3
"""Loads the governance benchmark's data straight into a migrated Manba database.

1,000 organisations, 100,000 obligations on an approved list, one dataset per obligation (about 2% of
the obligations have none yet: "missing"), and five years of data update history up to --as-of.
Going through the HTTP API would take hours for this much history, so the rows are written as the
server writes them (Sources/OpenData/Catalogue/CatalogueService.swift, DataUpdateLog.swift,
Sources/Governance/Obligations/ObligationStore.swift): documents in the JSON the server decodes, times as
2025-02-04T10:00:00.000000 in UTC, days as 2025-02-04.

The mix of periodicities is what a national list holds: mostly monthly and quarterly, some annual,
weekly and half-yearly, a few daily, some irregular and "on change". Each organisation keeps to its
deadlines with its own reliability (60-97%): per period the data comes on time, late by up to 40 days,
or never, so 70-90% of periods are published on time; about 3% of datasets stopped being updated at
some point in the last year (the overdue cases).

SQLite: written with sqlite3 into MANBA_DATA_DIR/manba.sqlite (run `manba migrate` first).
PostgreSQL: with --pg-url, CSV files are written beside --work and loaded with psql's \\copy.
Deterministic for a seed.
"""
from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import os
import random
import sqlite3
import subprocess
import sys
import time
import uuid

# periodicity, share of obligations, deadline days (one is chosen per obligation)
MIX = [
    ("monthly", 0.440, [10, 15, 15, 30]),
    ("quarterly", 0.240, [30, 30, 45]),
    ("annual", 0.120, [60, 90, 90]),
    ("weekly", 0.050, [2, 3, 3]),
    ("semiannual", 0.040, [30, 45]),
    ("daily", 0.005, [0, 1]),
    ("irregular", 0.075, [30, 60]),
    ("on_change", 0.030, [15, 30]),
]
SUBJECTS = ["maktablar", "shifoxonalar", "dorixonalar", "bogʻchalar", "avtobus yoʻnalishlari", "aholi soni", "narxlar",
            "kutubxonalar", "muzeylar", "sport inshootlari", "suv taʼminoti", "yoʻllar", "davlat xaridlari", "ish oʻrinlari",
            "mehmonxonalar", "ekin maydonlari", "byudjet ijrosi", "litsenziyalar", "oliy taʼlim muassasalari", "havo sifati"]
KINDS = ["roʻyxati", "statistikasi", "reyestri", "toʻgʻrisida maʼlumot", "koʻrsatkichlari"]
PLACES = ["Toshkent shahri", "Samarqand viloyati", "Buxoro viloyati", "Fargʻona viloyati", "Andijon viloyati",
          "Xorazm viloyati", "Qoraqalpogʻiston Respublikasi", "Namangan viloyati", "Navoiy viloyati", "Surxondaryo viloyati"]
ORG_KINDS = ["vazirligi", "agentligi", "qoʻmitasi", "inspeksiyasi", "hokimligi", "markazi", "jamgʻarmasi"]
ORG_SUBJECTS = ["Sogʻliqni saqlash", "Xalq taʼlimi", "Moliya", "Iqtisodiyot", "Qishloq xoʻjaligi", "Transport", "Energetika",
                "Ekologiya", "Adliya", "Madaniyat", "Sport", "Turizm", "Qurilish", "Suv xoʻjaligi", "Raqamli texnologiyalar",
                "Statistika", "Bandlik", "Investitsiyalar", "Geologiya", "Kadastr"]


def uid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


class Clock:
    """Times as the server writes them, fast: day strings are computed once."""

    def __init__(self, first: dt.date, last: dt.date):
        self.epoch = dt.datetime(first.year, first.month, first.day, tzinfo=dt.timezone.utc).timestamp()
        days = (last - first).days + 400
        self.days = [(first + dt.timedelta(days=i)).isoformat() for i in range(-400, days)]
        self.offset = 400

    def day_index(self, d: dt.date) -> int:
        return int(dt.datetime(d.year, d.month, d.day, tzinfo=dt.timezone.utc).timestamp() - self.epoch) // 86400

    def stamp(self, seconds: float) -> str:
        """seconds since `first` 00:00 UTC"""
        s = int(seconds)
        day, rest = divmod(s, 86400)
        return f"{self.days[day + self.offset]}T{rest // 3600:02d}:{rest % 3600 // 60:02d}:{rest % 60:02d}.000000"


def periods(periodicity: str, first: dt.date, last: dt.date):
    """(start, end) dates of the calendar periods that ended on or before `last`, from the one containing `first`."""
    if periodicity == "daily":
        d = first
        while d + dt.timedelta(days=1) <= last:
            yield d, d + dt.timedelta(days=1)
            d += dt.timedelta(days=1)
        return
    if periodicity == "weekly":
        d = first - dt.timedelta(days=first.weekday())
        while d + dt.timedelta(days=7) <= last:
            yield d, d + dt.timedelta(days=7)
            d += dt.timedelta(days=7)
        return
    months = {"monthly": 1, "quarterly": 3, "semiannual": 6, "annual": 12}[periodicity]
    month0 = (first.month - 1) // months * months
    y, m = first.year, month0 + 1
    while True:
        start = dt.date(y, m, 1)
        m2, y2 = m + months, y
        while m2 > 12:
            m2 -= 12
            y2 += 1
        end = dt.date(y2, m2, 1)
        if end > last:
            return
        yield start, end
        y, m = y2, m2


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--data-dir", help="MANBA_DATA_DIR of a migrated SQLite store")
    p.add_argument("--pg-url", help="postgres://... of a migrated PostgreSQL database (loaded with psql \\copy)")
    p.add_argument("--psql", default="psql", help="the psql binary (PostgreSQL only)")
    p.add_argument("--work", default="/tmp/manba-governance-bench", help="where CSV files for PostgreSQL go")
    p.add_argument("--orgs", type=int, default=1000)
    p.add_argument("--obligations", type=int, default=100_000)
    p.add_argument("--years", type=int, default=5)
    p.add_argument("--as-of", default="2025-02-04")
    p.add_argument("--seed", type=int, default=42)
    args = p.parse_args()
    if bool(args.data_dir) == bool(args.pg_url):
        p.error("give exactly one of --data-dir and --pg-url")

    started = time.monotonic()
    rng = random.Random(args.seed)
    as_of = dt.date.fromisoformat(args.as_of)
    first = dt.date(as_of.year - args.years, as_of.month, 1)
    clock = Clock(first, as_of)
    end_seconds = (clock.day_index(as_of)) * 86400  # nothing on or after the as-of day's midnight
    now = clock.stamp(end_seconds - 3600)
    list_start = first.isoformat()

    # --- organisations -----------------------------------------------------------------------------
    orgs = []
    for i in range(args.orgs):
        oid = uid(rng)
        region = PLACES[i % len(PLACES)]
        title = f"{region} {ORG_SUBJECTS[i % len(ORG_SUBJECTS)]} {ORG_KINDS[i % len(ORG_KINDS)]} ({i + 1})"
        doc = {"created": now, "description": {}, "id": oid, "kind": "organization", "modified": now,
               "name": f"bench-org-{i + 1:04d}", "state": "active", "title": {"uz-Latn": title}}
        orgs.append({"id": oid, "name": doc["name"], "doc": json.dumps(doc, ensure_ascii=False, sort_keys=True),
                     "reliability": 0.60 + rng.random() * 0.37})
    # Obligations per organisation: uneven, as between a ministry and a small agency.
    weights = [rng.paretovariate(1.6) for _ in orgs]
    total = sum(weights)

    # --- obligations and datasets ------------------------------------------------------------------
    shares = [m[1] for m in MIX]
    obligations, datasets = [], []
    org_of = rng.choices(range(len(orgs)), weights=[w / total for w in weights], k=args.obligations)
    for n in range(args.obligations):
        periodicity, _, graces = rng.choices(MIX, weights=shares)[0]
        org = orgs[org_of[n]]
        title = f"{rng.choice(PLACES)} {rng.choice(SUBJECTS)} {rng.choice(KINDS)} ({n + 1})"
        significant = rng.random() < 0.15
        ob = {"id": uid(rng), "number": n + 1, "org": org, "periodicity": periodicity, "grace": rng.choice(graces),
              "title": title, "significant": significant,
              "legal": f"PF-6247, 1-ilova, {rng.randint(1, 300)}-band" if significant else None, "dataset": None}
        if rng.random() >= 0.02:
            ob["dataset"] = {"id": uid(rng), "resource": uid(rng), "name": f"bench-{n + 1:06d}", "title": title}
            datasets.append(ob)
        obligations.append(ob)
    log(f"{len(orgs)} organisations, {len(obligations)} obligations, {len(datasets)} datasets ({time.monotonic() - started:.1f}s)")

    # --- update history ----------------------------------------------------------------------------
    # In dataset id order, so rows arrive in the order of data_updates' primary key.
    datasets.sort(key=lambda ob: ob["dataset"]["id"])
    day = 86400
    history_start = (clock.day_index(first)) * day

    def updates_of(ob):
        d, r = ob["dataset"], ob["org"]["reliability"]
        stamps = []
        stop = end_seconds
        if rng.random() < 0.03:  # stopped publishing some time in the last year
            stop = end_seconds - rng.randint(30, 365) * day
        if ob["periodicity"] in ("irregular", "on_change"):
            t = history_start + rng.randint(1, 200) * day
            gap = (60, 500) if ob["periodicity"] == "irregular" else (120, 900)
            while t < stop:
                stamps.append(t + rng.randint(8 * 3600, 18 * 3600))
                t += rng.randint(*gap) * day
            return stamps
        grace = ob["grace"] * day
        late_share = (1 - r) * 0.6
        for start, end in periods(ob["periodicity"], first, as_of):
            s = clock.day_index(start) * day
            e = clock.day_index(end) * day
            roll = rng.random()
            if roll < r:  # on time: in the period's window
                lo, width = (e, grace) if grace else (s, e - s)
                t = lo + rng.random() * width * 0.95
            elif roll < r + late_share:
                t = e + grace + rng.randint(1, 40) * day * rng.random() + 3600
            else:
                continue
            if t < stop:
                stamps.append(t)
        return stamps

    rows = 0
    counts = {m[0]: 0 for m in MIX}

    def update_rows():
        nonlocal rows
        for ob in datasets:
            d = ob["dataset"]
            seen = set()
            for t in sorted(updates_of(ob)):
                stamp = clock.stamp(t)
                if stamp in seen:
                    continue
                seen.add(stamp)
                rows += 1
                counts[ob["periodicity"]] += 1
                yield (d["id"], d["resource"], stamp, None)

    def dataset_rows():
        for revision, ob in enumerate(datasets, start=1):
            d = ob["dataset"]
            resource = {"created": now, "description": {}, "format": "CSV", "id": d["resource"], "lastModified": now,
                        "name": {"uz-Latn": f"{d['name']}.csv"}, "url": f"https://data.example.uz/{d['name']}.csv"}
            doc = {"classification": 0, "created": now, "extras": [], "frequency": ob["periodicity"], "groups": [],
                   "id": d["id"], "isPrivate": False, "licenseID": "cc-by-4.0", "modified": now, "name": d["name"],
                   "notes": {"uz-Latn": f"{d['title']}. Maʼlumotlar davriy yangilanadi."}, "ownerOrg": ob["org"]["id"],
                   "resources": [resource], "sociallySignificant": ob["significant"], "state": "active", "tags": ["bench"],
                   "title": {"uz-Latn": d["title"]}}
            if ob["legal"]:
                doc["legalReference"] = ob["legal"]
            yield (d["id"], d["name"], ob["org"]["id"], 0, 0, "active", revision, now, now,
                   json.dumps(doc, ensure_ascii=False, sort_keys=True))

    list_id = uid(rng)
    list_row = (list_id, 1, "approved", list_start, "Vazirlar Mahkamasining bayonnomasi, 7-ilova (benchmark)", None, now, "bench")
    obligation_rows = [(ob["id"], list_id, ob["number"], ob["org"]["id"], ob["dataset"]["id"] if ob["dataset"] else None,
                        ob["title"], ob["periodicity"], ob["grace"], 1 if ob["significant"] else 0, ob["legal"], list_start)
                       for ob in obligations]
    org_rows = [(o["id"], o["name"], "organization", "active", None, now, now, o["doc"]) for o in orgs]

    tables = [
        ("organizations", "id, name, kind, state, parent_id, created, modified, doc", org_rows),
        ("datasets", "id, name, owner_org, private, classification, state, revision, created, modified, doc", dataset_rows()),
        ("resources", "id, dataset_id", ((ob["dataset"]["resource"], ob["dataset"]["id"]) for ob in datasets)),
        ("obligation_lists", "id, version, state, approved_on, reference, revision_reason, created, created_by", [list_row]),
        ("obligations", "id, list_id, number, organization_id, dataset_id, title, periodicity, deadline_days, "
                        "socially_significant, legal_reference, starts_on", obligation_rows),
        ("data_updates", "dataset_id, resource_id, updated, fingerprint", update_rows()),
    ]
    if args.data_dir:
        load_sqlite(os.path.join(args.data_dir, "manba.sqlite"), tables)
    else:
        load_postgres(args.pg_url, args.psql, args.work, tables)
    log(f"{rows} data updates: " + ", ".join(f"{k} {v}" for k, v in counts.items()))
    log(f"loaded in {time.monotonic() - started:.1f}s")
    return 0


def log(message: str):
    print(f"generate: {message}", flush=True)


def load_sqlite(path: str, tables):
    if not os.path.exists(path):
        sys.exit(f"{path} does not exist: run `manba migrate` with MANBA_DATA_DIR first")
    db = sqlite3.connect(path)
    db.execute("PRAGMA synchronous = OFF")
    db.execute("PRAGMA cache_size = -400000")
    existing = db.execute("SELECT COUNT(*) FROM obligation_lists").fetchone()[0]
    if existing:
        sys.exit(f"{path} already holds obligation lists: generate into a fresh store")
    # The time index is built after the rows are in: far faster than keeping it up to date row by row.
    index_sql = db.execute("SELECT sql FROM sqlite_master WHERE type = 'index' AND name = 'data_updates_time'").fetchone()
    if index_sql:
        db.execute("DROP INDEX data_updates_time")
    for table, columns, rows in tables:
        t0 = time.monotonic()
        marks = ", ".join("?" for _ in columns.split(","))
        cursor = db.executemany(f"INSERT INTO {table} ({columns}) VALUES ({marks})", rows)
        db.commit()
        log(f"{table}: {cursor.rowcount} rows in {time.monotonic() - t0:.1f}s")
    if index_sql:
        t0 = time.monotonic()
        db.execute(index_sql[0])
        db.commit()
        log(f"data_updates_time index in {time.monotonic() - t0:.1f}s")
    db.execute("ANALYZE")
    db.commit()
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()


def load_postgres(url: str, psql: str, work: str, tables):
    os.makedirs(work, exist_ok=True)
    for table, columns, rows in tables:
        t0 = time.monotonic()
        path = os.path.join(work, f"{table}.csv")
        n = 0
        with open(path, "w", newline="", encoding="utf-8") as f:
            w = csv.writer(f)
            for row in rows:
                # NULL as an unquoted empty field; empty strings never occur in these columns.
                w.writerow(["" if v is None else ("t" if v is True else "f" if v is False else v) for v in row])
                n += 1
        subprocess.run([psql, "-X", "-q", "-v", "ON_ERROR_STOP=1", url, "-c",
                        f"\\copy {table} ({columns}) FROM '{path}' WITH (FORMAT csv)"], check=True)
        os.unlink(path)
        log(f"{table}: {n} rows in {time.monotonic() - t0:.1f}s")
    subprocess.run([psql, "-X", "-q", url, "-c", "ANALYZE"], check=True)


if __name__ == "__main__":
    sys.exit(main())
