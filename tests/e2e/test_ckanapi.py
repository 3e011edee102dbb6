"""The real `ckanapi` command-line client (PyPI) against Manba.

What ckanapi 4.x sends (RemoteCKAN):
  * every call is POST {SITE}/api/action/NAME with a JSON body (Content-Type: application/json),
    headers Authorization: KEY and X-CKAN-API-Key: KEY; redirects are not followed; `-g` turns it
    into GET with the parameters in the query string. The result is read from the CKAN envelope;
    errors are mapped from error.__type ("Validation Error", "Not Found Error", "Authorization
    Error", ...); any other answer makes the worker die (exit 1).
  * `load datasets`: per JSON line, package_show {"id": <id>, "include_datasets": false,
    "include_password_hash": true, "include_users": true} if the line has an id, then
    package_show {"id": <name>}; Not Found -> package_create(line), found -> package_update(line with
    the existing id). Workers are `ckanapi load datasets --worker` processes started by name
    (PATH). Exit 3 when any record failed.
  * `dump datasets --all`: package_list {"include_private": false, "include_drafts": false,
    "include_deleted": false} (all names, no paging), then package_show {"id": name,
    "include_datasets": false, "include_password_hash": true, "include_users": false} per name;
    writes each result as one JSON line with sorted keys.
"""

from __future__ import annotations

import json
import os
import pathlib
import re
import shutil
import subprocess
import sys
import unicodedata

import pytest

N_DATASETS = 200
FREQUENCIES = ["daily", "weekly", "monthly", "quarterly", "semiannual", "annual", "irregular", "on_change"]

PLACES_LATN = ["Toshkent", "Samarqand", "Buxoro", "Xorazm", "Fargʻona", "Andijon", "Namangan", "Qashqadaryo"]
TOPICS_LATN = ["maktablar roʻyxati", "aholi soni", "shifoxonalar", "avtobus yoʻnalishlari",
               "suv taʼminoti", "bogʻchalar"]
PLACES_CYRL = ["Тошкент", "Самарқанд", "Бухоро", "Хоразм", "Фарғона", "Андижон"]
TOPICS_CYRL = ["мактаблар рўйхати", "аҳоли сони", "шифохоналар", "сув таъминоти", "боғчалар"]
TITLES_RU = ["Численность населения", "Перечень школ", "Маршруты автобусов", "Качество воды"]
TITLES_EN = ["Population by district", "List of hospitals", "Bus routes", "Air quality"]
TITLES_TG = ["Рӯйхати мактабҳо", "Шумораи аҳолӣ", "Ҷадвали қатораҳо", "Сифати об"]


def ckanapi_cmd() -> list[str]:
    exe = pathlib.Path(sys.executable).parent / "ckanapi"
    if exe.exists():
        return [str(exe)]
    found = shutil.which("ckanapi")
    if found:
        return [found]
    pytest.fail("the ckanapi command is not installed (pip install ckanapi)", pytrace=False)


def run_ckanapi(args: list[str], timeout: float = 120) -> subprocess.CompletedProcess:
    cmd = ckanapi_cmd()
    env = dict(os.environ)
    # load/dump start their workers as `ckanapi ...` by name: make sure that name resolves.
    env["PATH"] = str(pathlib.Path(cmd[0]).parent) + os.pathsep + env.get("PATH", "")
    env.setdefault("PYTHONIOENCODING", "utf-8")
    try:
        return subprocess.run(cmd + args, capture_output=True, text=True, timeout=timeout,
                              env=env, stdin=subprocess.DEVNULL)
    except subprocess.TimeoutExpired as e:
        pytest.fail(f"ckanapi {' '.join(args[:3])} timed out after {timeout}s; "
                    f"stderr tail: {(e.stderr or b'')[-2000:]!r}")


def describe(cp: subprocess.CompletedProcess) -> str:
    return (f"exit {cp.returncode}\n--- stdout (tail) ---\n{cp.stdout[-3000:]}\n"
            f"--- stderr (tail) ---\n{cp.stderr[-3000:]}")


def pick_search_word(titles: list[str]) -> str:
    """A word of a demo title, preferring plain ASCII letters (length >= 5)."""
    words = [w for t in titles for w in re.findall(r"\w+", t, flags=re.UNICODE)]
    for pred in (lambda w: w.isascii() and w.isalpha() and len(w) >= 5,
                 lambda w: w.isalpha() and len(w) >= 5,
                 lambda w: w.isalpha() and len(w) >= 3):
        good = [w for w in words if pred(w)]
        if good:
            return good[0]
    raise AssertionError(f"no usable word in demo titles {titles!r}")


# --- plain CLI actions ------------------------------------------------------------


def test_status_show(base_url):
    cp = run_ckanapi(["action", "status_show", "-r", base_url])
    assert cp.returncode == 0, describe(cp)
    status = json.loads(cp.stdout)
    assert isinstance(status, dict), status
    assert "ckan_version" in status, f"status_show has no ckan_version: {status}"
    assert re.match(r"^\d+\.\d+", str(status["ckan_version"])), status


def test_demo_data_is_there(api):
    orgs = api.ok("organization_list", method="GET")
    assert isinstance(orgs, list) and all(isinstance(o, str) for o in orgs), orgs[:5]
    assert len(orgs) >= 50, f"demo should have 50+ organisations, got {len(orgs)}"
    result = api.ok("package_search", {"rows": 0}, method="GET")
    assert result["count"] >= 500, f"demo should have 500+ datasets, got {result['count']}"


@pytest.mark.parametrize("get", [False, True], ids=["post", "get"])
def test_package_search_cli_finds_demo_word(api, base_url, get):
    rows = api.ok("package_search", {"rows": 20}, method="GET")["results"]
    assert rows, "package_search returned no demo dataset"
    titles = [r["title"] for r in rows if isinstance(r.get("title"), str) and r["title"].strip()]
    assert titles, f"demo datasets have no string titles: {rows[0]}"
    word = pick_search_word(titles)

    args = ["action", "package_search", f"q={word}", "rows:5", "-r", base_url]
    if get:
        args.append("-g")
    cp = run_ckanapi(args)
    assert cp.returncode == 0, describe(cp)
    result = json.loads(cp.stdout)
    assert result["count"] > 0, f"package_search q={word!r} found nothing: {result}"
    assert 0 < len(result["results"]) <= 5, f"rows=5 not honoured: {len(result['results'])} results"


def test_action_error_is_reported(base_url):
    cp = run_ckanapi(["action", "package_show", "id=e2e-no-such-dataset-xyz", "-r", base_url])
    assert cp.returncode != 0, describe(cp)
    assert "NotFound" in cp.stderr, describe(cp)


# --- load and dump ----------------------------------------------------------------


def _title(i: int, run_id: str) -> str:
    kind = i % 5
    if kind == 0:
        t = f"{PLACES_LATN[i % len(PLACES_LATN)]} {TOPICS_LATN[i % len(TOPICS_LATN)]}"
    elif kind == 1:
        t = f"{PLACES_CYRL[i % len(PLACES_CYRL)]} {TOPICS_CYRL[i % len(TOPICS_CYRL)]}"
    elif kind == 2:
        t = TITLES_RU[i % len(TITLES_RU)]
    elif kind == 3:
        t = TITLES_EN[i % len(TITLES_EN)]
    else:
        t = TITLES_TG[i % len(TITLES_TG)]
    return f"{t} {2000 + i % 25} #{run_id}-{i}"


def make_records(run_id: str, orgs: list[str], licenses: list[str]) -> list[dict]:
    records = []
    for i in range(N_DATASETS):
        name = f"e2e-{run_id}-ckanapi-{i:03d}"
        title = _title(i, run_id)
        rec = {
            "name": name,
            "title": title,
            "notes": (f"E2E maʼlumotlar toʻplami {i}.\nМаълумотлар тўплами; набор данных; dataset.\n"
                      f"run {run_id}"),
            "owner_org": orgs[i % len(orgs)],
            "private": False,
            "tags": [{"name": "e2e"}, {"name": f"tag{i % 7}"},
                     {"name": ["маълумот", "ochiq", "данные"][i % 3]}],
            "resources": [{
                "url": f"https://data.example.uz/{run_id}/{name}.csv",
                "name": f"{name}.csv",
                "format": "CSV",
                "description": "havola / ҳавола",
            }],
            "extras": [{"key": "e2e_run", "value": run_id}, {"key": "e2e_index", "value": str(i)}],
            "frequency": FREQUENCIES[i % len(FREQUENCIES)],
        }
        if licenses:
            rec["license_id"] = licenses[i % len(licenses)]
        if i % 10 == 0:
            rec["title_translated"] = {"uz-Latn": title, "ru": f"Набор {i} #{run_id}", "en": f"Dataset {i} #{run_id}"}
        records.append(rec)
    return records


@pytest.fixture(scope="module")
def loaded(api, base_url, token, run_id, artifacts):
    """Loads N_DATASETS datasets with `ckanapi load datasets`; returns (records, org ids, load log)."""
    orgs = api.ok("organization_list", method="GET")
    assert orgs, "organization_list is empty"
    orgs = orgs[:10]
    org_ids = {}
    for o in orgs:
        org = api.ok("organization_show", {"id": o}, method="GET")
        org_ids[o] = org["id"]
        assert org["name"] == o, org
    demo = api.ok("package_search", {"rows": 50}, method="GET")["results"]
    licenses = sorted({d["license_id"] for d in demo if d.get("license_id")})[:3]

    records = make_records(run_id, orgs, licenses)
    src = artifacts / "ckanapi-load.jsonl"
    with src.open("w", encoding="utf-8") as f:
        for rec in records:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    log = artifacts / "ckanapi-load.log.jsonl"
    log.unlink(missing_ok=True)
    cp = run_ckanapi(["load", "datasets", "-I", str(src), "-p", "2", "-l", str(log),
                      "-r", base_url, "-a", token], timeout=900)
    (artifacts / "ckanapi-load.stderr.txt").write_text(cp.stderr, encoding="utf-8")
    assert cp.returncode == 0, describe(cp)
    return records, org_ids, log


def read_jsonl(path: pathlib.Path) -> list:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_load_creates_every_dataset(loaded):
    records, _, log = loaded
    entries = read_jsonl(log)  # [timestamp, finished, action, error, response]
    errors = [e for e in entries if e[3]]
    assert not errors, f"{len(errors)} load errors, first: {errors[:3]}"
    created = sorted(e[4] for e in entries if e[2] == "create")
    assert len(entries) == N_DATASETS, f"{len(entries)} log entries for {N_DATASETS} lines"
    assert created == sorted(r["name"] for r in records), "not every line was created under its name"


def check_dataset(got: dict, want: dict, org_ids: dict):
    name = want["name"]
    assert got["name"] == name
    assert isinstance(got.get("id"), str) and got["id"], f"{name}: no id"
    assert got["title"] == want["title"], f"{name}: title {got['title']!r} != {want['title']!r}"
    assert got["notes"] == want["notes"], f"{name}: notes {got['notes']!r} != {want['notes']!r}"
    assert sorted(t["name"] for t in got["tags"]) == sorted(t["name"] for t in want["tags"]), (
        f"{name}: tags {got['tags']!r}"
    )
    org = want["owner_org"]
    assert got["owner_org"] in (org_ids[org], org), f"{name}: owner_org {got['owner_org']!r}, wanted {org}"
    if isinstance(got.get("organization"), dict):
        assert got["organization"].get("name") == org, f"{name}: organization {got['organization']!r}"
    assert [r["url"] for r in got["resources"]] == [r["url"] for r in want["resources"]], (
        f"{name}: resources {got['resources']!r}"
    )
    for res in got["resources"]:
        assert res.get("id"), f"{name}: resource without id {res!r}"
    extras = {e["key"]: e["value"] for e in got.get("extras", [])}
    for e in want["extras"]:
        assert extras.get(e["key"]) == e["value"], f"{name}: extras {got.get('extras')!r}"
    assert got.get("frequency") == want["frequency"], f"{name}: frequency {got.get('frequency')!r}"
    if "license_id" in want:
        assert got.get("license_id") == want["license_id"], f"{name}: license_id {got.get('license_id')!r}"
    if "title_translated" in want:
        tt = got.get("title_translated") or {}
        for lang, value in want["title_translated"].items():
            assert tt.get(lang) == value, f"{name}: title_translated {tt!r}"
    assert got.get("private") in (False, None), f"{name}: private {got.get('private')!r}"


def test_dump_returns_what_was_loaded(loaded, base_url, token, artifacts):
    records, org_ids, _ = loaded
    out = artifacts / "ckanapi-dump.jsonl"
    out.unlink(missing_ok=True)
    cp = run_ckanapi(["dump", "datasets", "--all", "-O", str(out), "-p", "2", "-q",
                      "-r", base_url, "-a", token], timeout=900)
    assert cp.returncode == 0, describe(cp)
    dumped = read_jsonl(out)
    by_name = {d["name"]: d for d in dumped}
    assert len(by_name) == len(dumped), "dump has duplicate names"
    assert len(dumped) >= 500 + N_DATASETS, f"dump has only {len(dumped)} datasets"
    missing = [r["name"] for r in records if r["name"] not in by_name]
    assert not missing, f"{len(missing)} loaded datasets missing from the dump, e.g. {missing[:5]}"
    for rec in records:
        check_dataset(by_name[rec["name"]], rec, org_ids)


def test_reload_updates_existing(loaded, api, base_url, token, artifacts):
    """Loading again must find every dataset (package_show by name) and update it in place."""
    records, org_ids, _ = loaded
    changed = []
    for rec in records[:20]:
        rec = json.loads(json.dumps(rec))
        rec["title"] = rec["title"] + " (yangilangan / янгиланган)"
        if "title_translated" in rec:
            rec["title_translated"]["uz-Latn"] = rec["title"]
        rec["tags"].append({"name": "updated"})
        rec["resources"].append({"url": f"https://data.example.uz/extra/{rec['name']}.json",
                                 "name": "extra", "format": "JSON"})
        changed.append(rec)
    ids_before = {r["name"]: api.ok("package_show", {"id": r["name"]}, method="GET")["id"] for r in changed}

    src = artifacts / "ckanapi-reload.jsonl"
    src.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in changed), encoding="utf-8")
    log = artifacts / "ckanapi-reload.log.jsonl"
    log.unlink(missing_ok=True)
    cp = run_ckanapi(["load", "datasets", "-I", str(src), "-l", str(log), "-r", base_url, "-a", token],
                     timeout=600)
    assert cp.returncode == 0, describe(cp)
    entries = read_jsonl(log)
    assert [e[2] for e in entries] == ["update"] * len(changed), entries[:3]
    assert not [e for e in entries if e[3]], entries[:3]

    names = [r["name"] for r in changed]
    out = artifacts / "ckanapi-redump.jsonl"
    out.unlink(missing_ok=True)
    cp = run_ckanapi(["dump", "datasets", *names, "-O", str(out), "-q", "-r", base_url, "-a", token])
    assert cp.returncode == 0, describe(cp)
    dumped = {d["name"]: d for d in read_jsonl(out)}
    for rec in changed:
        got = dumped[rec["name"]]
        assert got["id"] == ids_before[rec["name"]], "package_update changed the id"
        check_dataset(got, rec, org_ids)


def test_loaded_cyrillic_title_is_searchable(loaded, api):
    records, _, _ = loaded
    for rec in [r for r in records if re.search(r"[\u0400-\u04FF]", r["title"])][:3]:
        q = " ".join(re.findall(r"\w+", unicodedata.normalize("NFC", rec["title"])))
        result = api.ok("package_search", {"q": q, "rows": 100}, method="GET")
        names = [d["name"] for d in result["results"]]
        assert rec["name"] in names, f"q={q!r} did not find {rec['name']}: {names[:10]}"
