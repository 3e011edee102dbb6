"""Open data governance end to end (issue 3): obligation lists, the push integration, monitoring runs
and snapshots, exports for a named recipient, notices by e-mail, and the public pages in Chromium.

Everything is made here through the real interfaces, with names unique to the run, so the module
does not depend on the demo data and can run again on the same server:
  * two organisations (organization_create), an editor for each (`manba user add --email`, then
    organization_member_create), each editor's API token (api_token_create by the sysadmin);
  * datasets created with the editors' tokens: one to be pushed, one never updated, one updated at
    once, one with a link only;
  * the next version of the obligation list: the items of the list in force plus ours, imported as
    CSV, then a malformed CSV (rejected row by row, nothing stored), then the same list as an XLSX
    file written with openpyxl (Uzbek and Russian periodicity words, real date cells), approved.

The list is approved today, and every status below is asked "as of" that day. A list's approval must
follow the last one's and the monitoring never runs for a future day, so when this module already ran
on the server today, ours is approved for tomorrow: the list, push and status tests run as of tomorrow,
and the tests of monitoring runs, mail and the pages that show them are skipped (they need a fresh
server, as scripts/test gives, or another day).

The rules (Sources/Governance/Monitoring/TimelinessRules.swift) that make the cases: a monthly
obligation with 40 days of grace, begun four months ago, is decided by last month's data, due within
40 days after last month ended: data updated now is on time; a dataset never updated is overdue for
an earlier month, whose 40 days have passed. With one day of grace, data updated now is late (unless
today is the 1st). An item without a dataset is missing once a deadline has passed since it began;
one that begins in the future is not yet due. Notices are sent by the runs for today only.

scripts/test also sets:
  MANBA_E2E_MAILBOX   the Maildir of the SMTP sink (aiosmtpd's Mailbox handler on loopback) that
                      the server sends its mail to (MANBA_SMTP_HOST/PORT/FROM)
and the server runs with MANBA_MONITORING_DIGEST_TO, visible to the tests in MANBA_E2E_CLI_ENV.
Screenshots: monitoring-*.png and cabinet-*.png in MANBA_E2E_ARTIFACTS.
"""

from __future__ import annotations

import csv
import email
import email.policy
import io
import mailbox
import os
import re
import time
import urllib.parse
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone

import openpyxl
import pytest
import requests
from ckanapi import RemoteCKAN
from selenium.common.exceptions import TimeoutException
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import WebDriverWait

COLUMNS = ["number", "organization", "dataset", "title", "periodicity", "deadline_days",
           "socially_significant", "legal_reference", "starts_on"]
MAIL_WAIT = 120  # seconds: the server mails at once after a run, and its outbox drains every 60 s


# --- small helpers ---------------------------------------------------------------------------


def utc_today() -> date:
    return datetime.now(timezone.utc).date()


def first_of_month(day: date, months_back: int) -> date:
    year, month = day.year, day.month - months_back
    while month <= 0:
        month += 12
        year -= 1
    return date(year, month, 1)


def wait(driver, timeout=30):
    return WebDriverWait(driver, timeout)


def path_of(url: str) -> str:
    return urllib.parse.urlparse(url).path.rstrip("/")


class Native:
    """Manba's native JSON API (/api/monitoring ...), with the sysadmin's token unless told otherwise."""

    def __init__(self, base_url: str, token: str):
        self.base_url, self.token = base_url, token
        self.session = requests.Session()

    def _headers(self, token, extra=None):
        key = self.token if token is None else token
        headers = {"Authorization": key} if key else {}
        headers.update(extra or {})
        return headers

    def get(self, path, params=None, token=None) -> requests.Response:
        return self.session.get(self.base_url + path, params=params or {}, headers=self._headers(token), timeout=120)

    def post(self, path, body=None, token=None) -> requests.Response:
        return self.session.post(self.base_url + path, json=body if body is not None else {},
                                 headers=self._headers(token), timeout=120)

    def put(self, path, data: bytes, content_type: str, token=None) -> requests.Response:
        return self.session.put(self.base_url + path, data=data,
                                headers=self._headers(token, {"Content-Type": content_type}), timeout=120)

    def ok(self, response: requests.Response, status: int = 200) -> dict:
        assert response.status_code == status, (
            f"{response.request.method} {response.url} answered {response.status_code}, not {status}: {response.text[:1500]}")
        assert response.headers.get("content-type", "").startswith("application/json"), response.headers.get("content-type")
        return response.json()


def problem(response: requests.Response, status: int) -> dict:
    """An RFC 9457 problem: the status, application/problem+json, and a body that says the same status."""
    assert response.status_code == status, (
        f"{response.request.method} {response.url} answered {response.status_code}, not {status}: {response.text[:1000]}")
    assert response.headers.get("content-type", "").startswith("application/problem+json"), (
        f"{response.url}: content-type {response.headers.get('content-type')!r}")
    body = response.json()
    assert body.get("status") == status, body
    assert body.get("title") and isinstance(body.get("detail"), str), body
    return body


def csv_bytes(rows: list[list[str]], bom: bool = True) -> bytes:
    out = io.StringIO()
    csv.writer(out, lineterminator="\r\n").writerows(rows)
    return out.getvalue().encode("utf-8-sig" if bom else "utf-8")


def read_mails(directory: str) -> list[tuple[bytes, email.message.EmailMessage]]:
    """Every message the sink has written (Maildir new/ and cur/), raw and parsed."""
    if not os.path.isdir(os.path.join(directory, "new")):
        return []
    box = mailbox.Maildir(directory, factory=None, create=False)
    found = []
    for key in box.iterkeys():
        try:
            raw = box.get_bytes(key)
        except KeyError:  # moved while we looked
            continue
        found.append((raw, email.message_from_bytes(raw, policy=email.policy.default)))
    return found


def mails_to(directory: str, address: str) -> list[tuple[bytes, email.message.EmailMessage]]:
    return [(raw, m) for raw, m in read_mails(directory)
            if address.lower() in (str(m.get("To", "")) + "," + str(m.get("X-RcptTo", ""))).lower()]


def wait_for_mails(directory: str, address: str, predicate, timeout: float = MAIL_WAIT):
    deadline = time.monotonic() + timeout
    while True:
        found = [(raw, m) for raw, m in mails_to(directory, address) if predicate(m)]
        if found or time.monotonic() > deadline:
            return found
        time.sleep(1)


# --- the world this module builds ------------------------------------------------------------


@dataclass
class Editor:
    name: str
    email: str
    password: str
    token: str = ""


@dataclass
class World:
    run: str
    push_org: str
    push_title: str
    mail_org: str
    mail_title: str
    push_editor: Editor
    mail_editor: Editor
    datasets: dict = field(default_factory=dict)   # key -> dataset name
    titles: dict = field(default_factory=dict)     # key -> obligation title
    starts: date = None


@pytest.fixture(scope="module")
def native(base_url, token) -> Native:
    return Native(base_url, token)


@pytest.fixture(scope="module")
def mailbox_dir() -> str:
    directory = os.environ.get("MANBA_E2E_MAILBOX", "").strip()
    if not directory:
        pytest.fail("MANBA_E2E_MAILBOX is not set: scripts/test starts an SMTP sink (aiosmtpd) and sets it; "
                    "if it did, the sink did not start (see .build/test-logs/)", pytrace=False)
    return directory


def create_editor(api, manba_cli, org: str, name: str, fullname: str) -> Editor:
    editor = Editor(name=name, email=f"{name}@e2e-mail.uz", password=f"pass-{name}-secret")
    manba_cli.run("user", "add", name, "--email", editor.email, "--fullname", fullname,
                  input_text=editor.password + "\n")
    shown = api.ok("user_show", {"id": name}, method="GET")
    assert shown.get("email") == editor.email, f"user_show for the sysadmin: {shown}"
    result = api.ok("organization_member_create", {"id": org, "username": name, "role": "editor"})
    assert result.get("role") == "editor", result
    editor.token = api.ok("api_token_create", {"user_id": name, "name": "agency system (push)"})["token"]
    assert editor.token, "api_token_create returned no token"
    return editor


@pytest.fixture(scope="module")
def world(api, manba_cli, run_id) -> World:
    run = run_id
    w = World(run=run,
              push_org=f"e2e-mon-push-{run}", push_title=f"Raqamli taʼlim agentligi {run}",
              mail_org=f"e2e-mon-mail-{run}", mail_title=f"Maktabgacha taʼlim vazirligi {run}",
              push_editor=None, mail_editor=None, starts=first_of_month(utc_today(), 4))
    for name, title, title_cyrl, title_ru in [
        (w.push_org, w.push_title, f"Рақамли таълим агентлиги {run}", f"Агентство цифрового образования {run}"),
        (w.mail_org, w.mail_title, f"Мактабгача таълим вазирлиги {run}", f"Министерство дошкольного образования {run}"),
    ]:
        created = api.ok("organization_create", {
            "name": name, "title": title,
            "title_translated": {"uz-Latn": title, "uz-Cyrl": title_cyrl, "ru": title_ru},
        })
        assert created["name"] == name, created
    w.push_editor = create_editor(api, manba_cli, w.push_org, f"e2e-mon-push-{run}", "Aziz Karimov")
    w.mail_editor = create_editor(api, manba_cli, w.mail_org, f"e2e-mon-mail-{run}", "Dilnoza Rahimova")

    def dataset(key: str, org: str, editor: Editor, title: str, frequency: str, resources: list):
        name = f"e2e-mon-{key}-{run}"
        created = api.ok("package_create", {
            "name": name, "title": title, "title_translated": {"uz-Latn": title},
            "notes_translated": {"uz-Latn": f"{title}. Monitoring sinovi uchun maʼlumotlar toʻplami."},
            "owner_org": org, "license_id": "cc-by-4.0", "frequency": frequency, "private": False,
            "resources": resources,
        }, token=editor.token)
        assert created["name"] == name, created
        w.datasets[key], w.titles[key] = name, title

    link = lambda n: [{"url": f"https://data.egov.uz/e2e/{run}/{n}.csv", "format": "CSV", "name": f"{n}.csv"}]
    # To be pushed by the agency's system: no data yet.
    dataset("push", w.push_org, w.push_editor, f"Umumtaʼlim maktablari oʻquvchilari soni {run}", "monthly", [])
    # Never updated: overdue, and its editor is told by mail.
    dataset("late", w.mail_org, w.mail_editor, f"Maktabgacha taʼlim tashkilotlari roʻyxati {run}", "monthly", [])
    # Updated now (its first resource): on time for a monthly obligation with 40 days' grace.
    dataset("ok", w.mail_org, w.mail_editor, f"Bogʻchalardagi boʻsh oʻrinlar {run}", "monthly", link("joylar"))
    # Updated now too, but due within a day of the month's end: late.
    dataset("tardy", w.mail_org, w.mail_editor, f"Tarbiyachilar soni hududlar kesimida {run}", "monthly", link("tarbiyachilar"))
    w.titles["missing"] = f"Xususiy bogʻchalar reyestri {run}"
    w.titles["future"] = f"Bogʻchalar binolarining holati {run}"
    w.titles["push_on_change"] = f"Maktablar aloqa maʼlumotlari {run}"
    return w


# --- the list: CSV, malformed CSV, XLSX, approval -------------------------------------------


@dataclass
class ListRun:
    list_id: str
    approved_on: date               # the day every status below is asked for
    previous: dict | None
    carried: list
    ours: list                      # our items as the API lists them (canonical strings)
    steps: dict = field(default_factory=dict)


def our_items(w: World, first_number: int) -> list[dict]:
    """Our items in canonical form (as GET /api/monitoring/lists/:id lists them)."""
    starts = w.starts.isoformat()
    future = date(utc_today().year + 2, 1, 1).isoformat()
    n = first_number
    return [
        {"number": str(n), "organization": w.push_org, "dataset": w.datasets["push"], "title": w.titles["push"],
         "periodicity": "monthly", "deadline_days": "40", "socially_significant": "no", "legal_reference": "", "starts_on": starts},
        {"number": str(n + 1), "organization": w.mail_org, "dataset": w.datasets["late"], "title": w.titles["late"],
         "periodicity": "monthly", "deadline_days": "40", "socially_significant": "yes",
         "legal_reference": f"PF-6247, 1-ilova, {int(w.run) % 90 + 10}-band", "starts_on": starts},
        {"number": str(n + 2), "organization": w.mail_org, "dataset": w.datasets["ok"], "title": w.titles["ok"],
         "periodicity": "monthly", "deadline_days": "40", "socially_significant": "no", "legal_reference": "", "starts_on": starts},
        {"number": str(n + 3), "organization": w.mail_org, "dataset": w.datasets["tardy"], "title": w.titles["tardy"],
         "periodicity": "monthly", "deadline_days": "1", "socially_significant": "no", "legal_reference": "", "starts_on": starts},
        # No dataset yet, and a quarter's deadline has passed since the item began: missing.
        {"number": str(n + 4), "organization": w.mail_org, "dataset": "", "title": w.titles["missing"],
         "periodicity": "quarterly", "deadline_days": "30", "socially_significant": "no", "legal_reference": "",
         "starts_on": first_of_month(utc_today(), 12).isoformat()},
        {"number": str(n + 5), "organization": w.mail_org, "dataset": w.datasets["ok"], "title": w.titles["future"],
         "periodicity": "annual", "deadline_days": "90", "socially_significant": "no", "legal_reference": "", "starts_on": future},
        # No start date: it starts on the approval day; met by the push like the monthly item.
        {"number": str(n + 6), "organization": w.push_org, "dataset": w.datasets["push"], "title": w.titles["push_on_change"],
         "periodicity": "on_change", "deadline_days": "15", "socially_significant": "no", "legal_reference": "", "starts_on": ""},
    ]


def xlsx_bytes(carried: list[dict], ours: list[dict]) -> bytes:
    """The same list as a spreadsheet: numbers as numbers, dates as date cells, words for the
    periodicity and the flags as the monitoring department writes them, columns titled in Uzbek."""
    words = {"monthly": "oylik", "quarterly": "ежеквартально", "annual": "yillik", "on_change": "oʻzgarish boʻlganda"}
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Roʻyxat"
    sheet.append(["T/r", "Tashkilot", "Maʼlumotlar toʻplami", "Nomi", "Davriyligi", "Muddat",
                  "Ijtimoiy ahamiyatli", "Huquqiy asos", "Boshlanish sanasi"])

    def cells(item: dict, ours_row: bool) -> list:
        starts = date.fromisoformat(item["starts_on"]) if item["starts_on"] else None
        if not ours_row:
            return [int(item["number"]), item["organization"], item["dataset"], item["title"], item["periodicity"],
                    int(item["deadline_days"]), item["socially_significant"], item["legal_reference"], starts]
        deadline = int(item["deadline_days"])
        return [int(item["number"]), item["organization"], item["dataset"], item["title"],
                words.get(item["periodicity"], item["periodicity"]),
                f"davr tugaganidan keyin {deadline} kun ichida" if deadline > 1 else deadline,
                "ha" if item["socially_significant"] == "yes" else "yoʻq", item["legal_reference"], starts]

    for item in carried:
        sheet.append(cells(item, False))
    for item in ours:
        sheet.append(cells(item, True))
    for row in sheet.iter_rows(min_row=2, min_col=9, max_col=9):
        for cell in row:
            if cell.value is not None:
                cell.number_format = "dd.mm.yyyy"
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def reason_needed(day: date, previous: date | None) -> bool:
    """ObligationStore.reasonNeeded: within a year of the last approval, or in December after the 1st."""
    if previous is None:
        return False
    try:
        anniversary = previous.replace(year=previous.year + 1)
    except ValueError:  # 29 February
        anniversary = previous.replace(year=previous.year + 1, day=28)
    return day < anniversary or (day.month == 12 and day.day > 1)


def list_items(native: Native, list_id: str) -> list[dict]:
    return native.ok(native.get(f"/api/monitoring/lists/{list_id}"))["items"]


@pytest.fixture(scope="module")
def obligation_list(world, native) -> ListRun:
    lists = native.ok(native.get("/api/monitoring/lists"))["lists"]
    approved = [entry for entry in lists if entry["state"] == "approved"]
    previous = max(approved, key=lambda e: (e["approved_on"], e["version"])) if approved else None
    today = utc_today()
    approved_on = today
    if previous is not None:
        approved_on = max(today, date.fromisoformat(previous["approved_on"]) + timedelta(days=1))
    carried = list_items(native, previous["id"]) if previous else []
    first = max([int(item["number"]) for item in carried] + [0]) + 1
    ours = our_items(world, first)

    draft = native.ok(native.post("/api/monitoring/lists", {"reference": f"e2e {world.run}: navbatdagi tahrir"}), 201)
    assert draft["state"] == "draft" and draft["items"] == 0, draft
    run = ListRun(list_id=draft["id"], approved_on=approved_on, previous=previous, carried=carried, ours=ours)
    s = run.steps
    path = f"/api/monitoring/lists/{run.list_id}"

    # A draft is the monitoring staff's working paper: anonymous readers do not see it.
    s["draft_anonymous"] = native.get(path, token="")
    s["lists_anonymous"] = native.get("/api/monitoring/lists", token="")

    # 1. The list in force plus ours, as CSV (UTF-8 with a byte order mark, as Excel saves it).
    good = csv_bytes([COLUMNS] + [[item[c] for c in COLUMNS] for item in carried + ours])
    s["csv"] = native.put(path + "/items", good, "text/csv; charset=utf-8")
    s["after_csv"] = list_items(native, run.list_id)

    # 2. A malformed file: one good row and five bad ones. Nothing of it may be stored.
    bad_rows = [
        [str(first + 100), world.mail_org, "", f"Yaxshi qator {world.run}", "monthly", "15", "no", "", ""],
        [str(first + 101), f"no-such-org-{world.run}", "", "Nomaʼlum tashkilot", "monthly", "15", "no", "", ""],
        [str(first + 102), world.mail_org, "", "Davriyligi notoʻgʻri", "sometimes", "soon", "no", "", ""],
        [str(first + 103), world.mail_org, "", "Huquqiy asossiz", "annual", "30", "yes", "", "2025-02-30"],
        [str(first + 100), world.mail_org, f"no-such-dataset-{world.run}", "", "monthly", "15", "maybe", "", ""],
        ["-4", world.push_org, world.datasets["late"], "Boshqa tashkilotning toʻplami", "weekly", "3", "no", "", ""],
    ]
    s["malformed"] = native.put(path + "/items", csv_bytes([COLUMNS] + bad_rows), "text/csv")
    s["after_malformed"] = list_items(native, run.list_id)

    # 3. The same list as XLSX replaces the CSV's items.
    s["xlsx"] = native.put(path + "/items", xlsx_bytes(carried, ours),
                           "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    s["after_xlsx"] = list_items(native, run.list_id)

    # 4. Approval: not on or before the last approval; a reason when the rules ask for one.
    if previous is not None:
        s["approve_too_early"] = native.post(path + "/approve", {"approved_on": previous["approved_on"],
                                                                   "reference": "2-son bayonnoma"})
    needs_reason = reason_needed(approved_on, date.fromisoformat(previous["approved_on"]) if previous else None)
    reference = f"Vazirlar Mahkamasining bayonnomasi, 7-ilova (e2e {world.run})"
    if needs_reason:
        s["approve_without_reason"] = native.post(path + "/approve", {"approved_on": approved_on.isoformat(),
                                                                        "reference": reference})
    body = {"approved_on": approved_on.isoformat(), "reference": reference}
    if needs_reason:
        body["revision_reason"] = f"Yangi majburiyatlar qoʻshildi (e2e {world.run})"
    s["approve"] = native.post(path + "/approve", body)
    assert s["approve"].status_code == 200, f"approval failed: {s['approve'].status_code} {s['approve'].text[:1500]}"
    s["approve_again"] = native.post(path + "/approve", body)
    s["put_after_approval"] = native.put(path + "/items", good, "text/csv")
    s["final"] = native.ok(native.get(path))
    return run


def test_a_draft_list_is_hidden_from_the_public(obligation_list):
    run, s = obligation_list, obligation_list.steps
    assert s["draft_anonymous"].status_code == 404, s["draft_anonymous"].text[:500]
    assert s["draft_anonymous"].headers.get("content-type", "").startswith("application/problem+json")
    listed = [entry["id"] for entry in s["lists_anonymous"].json()["lists"]]
    assert run.list_id not in listed and all(entry["state"] == "approved" for entry in s["lists_anonymous"].json()["lists"])


def test_list_is_imported_from_csv_and_from_xlsx(obligation_list):
    run, s = obligation_list, obligation_list.steps
    expected = run.carried + run.ours
    assert s["csv"].status_code == 200, f"CSV import: {s['csv'].status_code} {s['csv'].text[:2000]}"
    assert s["csv"].json().get("items") == len(expected), s["csv"].text[:500]
    assert s["after_csv"] == expected, "the CSV's items are not what the list now holds"
    assert s["xlsx"].status_code == 200, f"XLSX import: {s['xlsx'].status_code} {s['xlsx'].text[:2000]}"
    assert s["xlsx"].json().get("items") == len(expected)
    # Words, numbers in text and date cells read as the same items as the CSV's codes.
    assert s["after_xlsx"] == expected, (
        "the XLSX import differs from the CSV's: "
        + str([(a, b) for a, b in zip(s["after_xlsx"], expected) if a != b][:3]))


def test_malformed_csv_is_rejected_row_by_row_and_nothing_is_stored(obligation_list):
    s = obligation_list.steps
    body = problem(s["malformed"], 422)
    errors = body.get("errors")
    assert isinstance(errors, dict), body
    assert set(errors) == {"row 3", "row 4", "row 5", "row 6", "row 7"}, f"rows reported: {sorted(errors)}"
    assert "row 2" not in errors  # the good row is not blamed for the others
    text = {row: " ".join(messages) for row, messages in errors.items()}
    assert "organization" in text["row 3"]
    assert "periodicity" in text["row 4"] and "deadline_days" in text["row 4"]
    assert "legal_reference" in text["row 5"] and "starts_on" in text["row 5"]
    assert "number" in text["row 6"] and "dataset" in text["row 6"] and "socially_significant" in text["row 6"]
    assert "number" in text["row 7"] and "dataset" in text["row 7"]
    # Nothing of the file was stored, not even its good row: the list is as the CSV left it.
    assert s["after_malformed"] == s["after_csv"]


def test_list_approval_rules(obligation_list, native):
    run, s = obligation_list, obligation_list.steps
    if run.previous is not None:
        errors = problem(s["approve_too_early"], 422).get("errors", {})
        assert "approved_on" in errors, errors
    if "approve_without_reason" in s:
        errors = problem(s["approve_without_reason"], 422).get("errors", {})
        assert "revision_reason" in errors, errors
    approved = s["approve"].json()
    assert approved["state"] == "approved" and approved["approved_on"] == run.approved_on.isoformat(), approved
    assert approved["items"] == len(run.carried) + len(run.ours)
    # An approved list never changes: neither approved again nor given other items.
    problem(s["approve_again"], 409)
    problem(s["put_after_approval"], 409)
    final = s["final"]
    items = {item["title"]: item for item in final["items"]}
    undated = items[run.ours[6]["title"]]
    assert undated["starts_on"] == run.approved_on.isoformat(), "an item without a start date starts on approval"
    # The list in force on the approval day is ours.
    status = native.ok(native.get("/api/monitoring/status", {"as_of": run.approved_on.isoformat()}))
    assert status["list_id"] == run.list_id, status["list_id"]


# --- the push integration (A9) ------------------------------------------------------------------


def org_status(native: Native, org: str, as_of: date, token=None) -> dict[str, dict]:
    body = native.ok(native.get("/api/monitoring/status", {"as_of": as_of.isoformat(), "organization": org}, token=token))
    assert body["as_of"] == as_of.isoformat()
    return {o["title"]: o for o in body["obligations"]}


def resource_of(api, name: str) -> dict:
    resources = api.ok("package_show", {"id": name}, method="GET")["resources"]
    assert len(resources) == 1, resources
    return resources[0]


@pytest.fixture(scope="module")
def pushed(world, obligation_list, api, native, artifacts) -> dict:
    """The agency's system, with its editor's token only, pushes its data; statuses after each step."""
    w, day, title = world, obligation_list.approved_on, world.titles["push"]
    name, editor = w.datasets["push"], w.push_editor
    steps = {"before": org_status(native, w.push_org, day)[title]}

    # A metadata edit through the API is no publication.
    api.ok("package_patch", {"id": name, "notes_translated": {"uz-Latn": "Tavsif aniqlashtirildi: 2024/25 oʻquv yili."}},
           token=editor.token)
    steps["after_first_patch"] = org_status(native, w.push_org, day)[title]

    system = RemoteCKAN(native.base_url, apikey=editor.token, user_agent="maktab-axborot-tizimi/2.1 (e2e)")
    first = artifacts / f"push-{w.run}-v1.csv"
    first.write_text("tuman,oʻquvchilar\nChilonzor,41250\nЮнусобод,38912\n", encoding="utf-8")
    with open(first, "rb") as f:
        created = system.action.resource_create(package_id=name, name="oʻquvchilar.csv", format="CSV", upload=f)
    steps["resource"] = created
    steps["after_upload"] = org_status(native, w.push_org, day)[title]
    steps["shown_after_upload"] = resource_of(api, name)

    time.sleep(1.1)  # the new version's stamp must differ from the first's
    second = artifacts / f"push-{w.run}-v2.csv"
    second.write_text("tuman,oʻquvchilar\nChilonzor,41377\nЮнусобод,39004\nMirzo Ulugʻbek,36120\n", encoding="utf-8")
    with open(second, "rb") as f:
        updated = system.action.resource_update(id=created["id"], upload=f)
    steps["updated"] = updated
    steps["after_update"] = org_status(native, w.push_org, day)[title]
    steps["shown_after_update"] = resource_of(api, name)

    api.ok("package_patch", {"id": name, "notes_translated": {"uz-Latn": "Yana bir tavsif tuzatildi."}}, token=editor.token)
    steps["after_second_patch"] = org_status(native, w.push_org, day)[title]
    steps["shown_after_second_patch"] = resource_of(api, name)
    steps["obligation"] = native.ok(native.get(f"/api/monitoring/obligations/{steps['before']['obligation_id']}",
                                               {"as_of": day.isoformat()}))
    return steps


def test_push_with_an_organisation_token_turns_the_obligation_on_time(pushed, world):
    before, patched = pushed["before"], pushed["after_first_patch"]
    assert before["status"] == "overdue", f"before any data: {before}"
    assert before["published"] is None
    # A metadata-only edit moves nothing.
    assert patched["status"] == "overdue" and patched["published"] is None, patched
    assert patched["days"] == before["days"]
    # The pushed file is the publication: on time, with nobody touching the portal's pages.
    after = pushed["after_upload"]
    assert after["status"] == "on_time", f"after resource_create with a file: {after}"
    assert after["published"], after
    assert after["published"][:10] == utc_today().isoformat()
    resource = pushed["shown_after_upload"]
    assert resource["url_type"] == "upload", resource
    assert resource["last_modified"], resource


def test_new_version_by_resource_update_is_a_data_update_and_a_patch_is_not(pushed):
    first, second, third = pushed["shown_after_upload"], pushed["shown_after_update"], pushed["shown_after_second_patch"]
    # resource_update with a new file is a new version of the data: a new stamp and file hash.
    assert second["last_modified"] > first["last_modified"], (first["last_modified"], second["last_modified"])
    assert second["hash"] != first["hash"], (first["hash"], second["hash"])
    assert pushed["after_update"]["status"] == "on_time", pushed["after_update"]
    # A later metadata edit leaves the data's stamp and the status as they were.
    assert third["last_modified"] == second["last_modified"], (second["last_modified"], third["last_modified"])
    assert pushed["after_second_patch"]["status"] == "on_time", pushed["after_second_patch"]
    state = pushed["obligation"]
    assert state["status"] == "on_time" and state["title"] == pushed["before"]["title"], state


# --- monitoring runs, snapshots, notices --------------------------------------------------------


@pytest.fixture(scope="module")
def monitoring_run(world, obligation_list, pushed, native) -> dict:
    """POST /api/monitoring/run as the sysadmin, after the push.

    The monitoring runs for today or past days only, and a list's approval must follow the last one's:
    when this module ran on this server earlier today, today's list is that run's and ours is approved
    for tomorrow, so the runs, their mail and the pages that show them cannot be checked again until
    tomorrow (or on a fresh server, as scripts/test gives). The list, push and status tests still run."""
    if obligation_list.approved_on != utc_today():
        pytest.skip(f"a list was already approved today on this server, ours is approved for {obligation_list.approved_on}; "
                    "the monitoring cannot run for a future day")
    day = obligation_list.approved_on.isoformat()
    body = native.ok(native.post("/api/monitoring/run", {"as_of": day}), 201)
    return body


def expected_mail_org_statuses(world: World, day: date) -> dict[str, set[str]]:
    tardy = {"late"} if day == utc_today() and day.day != 1 else {"late", "on_time", "overdue"}
    return {world.titles["late"]: {"overdue"}, world.titles["ok"]: {"on_time"}, world.titles["tardy"]: tardy,
            world.titles["missing"]: {"missing"}, world.titles["future"]: {"not_yet_due"}}


def test_statuses_of_every_kind(world, obligation_list, native, pushed):
    statuses = org_status(native, world.mail_org, obligation_list.approved_on)
    for title, allowed in expected_mail_org_statuses(world, obligation_list.approved_on).items():
        assert title in statuses, f"{title!r} is not among {sorted(statuses)}"
        assert statuses[title]["status"] in allowed, f"{title}: {statuses[title]}"
    late = statuses[world.titles["late"]]
    assert late["days"] >= 1 and late["deadline"] < obligation_list.approved_on.isoformat(), late
    assert late["socially_significant"] is True


def test_run_via_api_stores_a_snapshot(monitoring_run, world, obligation_list, native):
    day = obligation_list.approved_on.isoformat()
    assert monitoring_run["as_of"] == day and monitoring_run["trigger"] == "api", monitoring_run
    assert monitoring_run["list_id"] == obligation_list.list_id
    assert isinstance(monitoring_run["notices_sent"], int)
    listed = native.ok(native.get("/api/monitoring/snapshots"))["snapshots"]
    assert monitoring_run["id"] in [s["id"] for s in listed]
    snapshot = native.ok(native.get(f"/api/monitoring/snapshots/{monitoring_run['id']}", {"obligations": "1"}))
    ranking = {line["organization"]: line for line in snapshot["ranking"]}
    assert world.push_org in ranking and world.mail_org in ranking, sorted(ranking)[:20]
    # The stored figures are those of the live statuses on the same day.
    live = org_status(native, world.mail_org, obligation_list.approved_on)
    counts = ranking[world.mail_org]["counts"]
    assert counts["obligations"] == len(live) == 5
    for status in ("on_time", "late", "overdue", "missing"):
        assert counts[status] == sum(1 for o in live.values() if o["status"] == status), (status, counts)
    assert counts["not_yet_due"] == 1 and counts["due"] == 4, counts
    assert ranking[world.mail_org]["socially_significant"]["due"] == 1
    assert ranking[world.mail_org]["socially_significant"]["on_time"] == 0
    push_counts = ranking[world.push_org]["counts"]
    assert push_counts["obligations"] == 2 and push_counts["on_time"] == 2 and push_counts["compliance"] == 100, push_counts
    mine = {o["title"]: o for o in snapshot["obligations"] if o["organization_id"] == ranking[world.mail_org]["organization_id"]}
    assert {t: o["status"] for t, o in mine.items()} == {t: o["status"] for t, o in live.items()}
    # Each organisation's record over time has this snapshot.
    record = native.ok(native.get(f"/api/monitoring/organizations/{world.mail_org}"))
    assert monitoring_run["id"] in [h["snapshot_id"] for h in record["history"]]


def test_run_from_the_command_line(manba_cli, monitoring_run, obligation_list, native, world):
    day = obligation_list.approved_on.isoformat()
    result = manba_cli.run("monitor", "--as-of", day)
    out = result.stdout
    assert f"monitoring as of {day}" in out, out
    found = re.search(r"snapshot (\S+) stored", out)
    assert found, out
    # Same day as the API's run, so its notices were all sent already.
    assert re.search(r"\b0 new notices", out), out
    snapshots = {s["id"]: s for s in native.ok(native.get("/api/monitoring/snapshots"))["snapshots"]}
    command = snapshots.get(found.group(1))
    assert command is not None, f"snapshot {found.group(1)} is not listed by /api/monitoring/snapshots"
    assert command["trigger"] == "command" and command["as_of"] == day, command
    assert command["counts"] == monitoring_run["counts"], (command["counts"], monitoring_run["counts"])
    # A date that does not exist is refused with a message, and stores nothing.
    bad = manba_cli.run("monitor", "--as-of", "2025-02-30", check=False)
    assert bad.returncode != 0 and "as-of" in (bad.stderr + bad.stdout), (bad.returncode, bad.stderr[-500:])


def test_overdue_notice_is_mailed_once_in_utf8(monitoring_run, world, obligation_list, native, mailbox_dir, manba_cli):
    editor, title = world.mail_editor, world.titles["late"]
    about_late = lambda m: title in str(m.get("Subject", ""))
    found = wait_for_mails(mailbox_dir, editor.email, about_late)
    everything = [str(m.get("To")) + ": " + str(m.get("Subject")) for _, m in read_mails(mailbox_dir)][-15:]
    assert found, f"no mail about {title!r} reached {editor.email} within {MAIL_WAIT}s; the sink holds: {everything}"
    assert len(found) == 1, f"{len(found)} mails about the same deadline: {[str(m['Subject']) for _, m in found]}"
    raw, message = found[0]
    assert str(message["To"]).strip() == editor.email, message["To"]
    assert message.get_content_type() == "text/plain" and message.get_content_charset() == "utf-8", message["Content-Type"]
    assert b"=?utf-8?b?" in raw.lower(), "the subject is not written as RFC 2047 encoded words"
    subject, body = str(message["Subject"]), message.get_content()
    assert "Muddat oʻtdi" in subject or "kun kechikmoqda" in subject, subject
    assert title in body, body[:500]
    assert "Набор данных" in body and "maʼlumotlar toʻplami" in body, body[:800]  # Russian and Uzbek, intact
    assert message["Auto-Submitted"] == "auto-generated"

    # The same event is in the organisation's cabinet inbox.
    before = {str(m["Message-ID"]) for _, m in mails_to(mailbox_dir, editor.email)}
    # A second run on the same day finds nothing new to say.
    again = native.ok(native.post("/api/monitoring/run", {"as_of": obligation_list.approved_on.isoformat()}), 201)
    assert again["notices_sent"] == 0, again
    time.sleep(5)
    after = mails_to(mailbox_dir, editor.email)
    assert {str(m["Message-ID"]) for _, m in after} == before, "the second run mailed the editor again"
    subjects = [str(m["Subject"]) for _, m in after]
    assert len(subjects) == len(set(subjects)), f"a notice was mailed twice: {subjects}"

    # The monitoring staff's daily digest for that day, once.
    digest_to = manba_cli.env.get("MANBA_MONITORING_DIGEST_TO", "").split(",")[0].strip()
    if digest_to:
        dotted = obligation_list.approved_on.strftime("%d.%m.%Y")
        digests = wait_for_mails(mailbox_dir, digest_to, lambda m: f"Monitoring {dotted}" in str(m.get("Subject", "")))
        assert len(digests) == 1, f"{len(digests)} digests for {dotted} to {digest_to}"


def test_pushing_org_gets_no_overdue_mail(monitoring_run, world, mailbox_dir):
    # Its only obligation was met before the run: at most a reminder of the next deadline.
    for _, message in mails_to(mailbox_dir, world.push_editor.email):
        subject = str(message["Subject"])
        assert "Muddat oʻtdi" not in subject and "kechikmoqda" not in subject, subject


# --- exports ------------------------------------------------------------------------------------


def browser_login(browser, base_url, user, password):
    browser.get(base_url + "/healthz")
    browser.delete_all_cookies()
    browser.get(base_url + "/user/login?lang=uz-Latn")
    wait(browser).until(EC.presence_of_element_located((By.CSS_SELECTOR, "input#username")))
    browser.find_element(By.CSS_SELECTOR, "input#username").send_keys(user)
    browser.find_element(By.CSS_SELECTOR, "input#password").send_keys(password)
    browser.find_element(By.CSS_SELECTOR, "button#login-submit").click()
    try:
        wait(browser).until(lambda d: path_of(d.current_url) == "/dashboard")
    except TimeoutException:
        raise AssertionError(f"{user} could not log in: ended at {browser.current_url}") from None


@pytest.fixture(scope="module")
def signed_out(browser, base_url):
    """Leaves the shared browser signed out when this module is done."""
    yield browser
    try:
        browser.get(base_url + "/healthz")
        browser.delete_all_cookies()
    except Exception:
        pass


def snapshot_table(rows: list[list], ranking: list[dict], world: World, recipient: str, letter: str, letter_date: str):
    """The letter block (label, value), the header, then one row per organisation of the ranking."""
    values = [[("" if v is None else str(v)).strip() for v in row] for row in rows]

    def number(text: str) -> bool:
        return re.fullmatch(r"-?\d+(\.\d+)?", text) is not None

    first_body = next((i for i, row in enumerate(values) if len(row) >= 8 and all(number(v) for v in row[:1] + row[2:8])),
                      len(values))
    letter_block = {row[0]: row[1] for row in values[:first_body] if len(row) >= 2 and row[0] and row[1]}
    assert recipient in letter_block.values(), letter_block
    assert letter in letter_block.values(), letter_block
    assert letter_date in letter_block.values(), letter_block
    body = [row for row in values[first_body:] if any(row)]
    assert len(body) == len(ranking), f"{len(body)} organisation rows for {len(ranking)} organisations in the ranking"
    for row, line in zip(body, ranking):
        counts = line["counts"]
        assert int(float(row[0])) == line["rank"], (row, line)
        assert [int(float(v)) for v in row[2:8]] == [counts[k] for k in
                                                      ("obligations", "due", "on_time", "late", "overdue", "missing")], (row, line)
        assert row[1].strip(), row
    titles = {row[1] for row in body}
    assert world.push_title in titles and world.mail_title in titles, sorted(titles)[:10]


def test_export_for_a_recipient_from_the_page_and_downloads(browser, signed_out, base_url, e2e_user, e2e_password,
                                                            monitoring_run, world, native, artifacts):
    sid = monitoring_run["id"]
    recipient = f"Oʻzbekiston Respublikasi Vazirlar Mahkamasi (e2e {world.run})"
    letter, letter_date = f"01-07/{world.run}", utc_today().isoformat()
    browser_login(browser, base_url, e2e_user, e2e_password)
    browser.get(f"{base_url}/monitoring/snapshots/{sid}?lang=uz-Latn")
    form = wait(browser).until(EC.presence_of_element_located((By.CSS_SELECTOR, "form#export-form")))
    form.find_element(By.CSS_SELECTOR, "#recipient").send_keys(recipient)
    form.find_element(By.CSS_SELECTOR, "#letter_number").send_keys(letter)
    browser.execute_script("arguments[0].value = arguments[1]", form.find_element(By.CSS_SELECTOR, "#letter_date"), letter_date)
    form.find_element(By.CSS_SELECTOR, "button[type=submit]").click()
    try:
        wait(browser).until(lambda d: "export=" in d.current_url)
    except TimeoutException:
        raise AssertionError(f"the export form led to {browser.current_url}: {browser.page_source[:1000]}") from None
    letter_text = browser.find_element(By.CSS_SELECTOR, "#letter").text
    assert recipient in letter_text and letter in letter_text, letter_text
    browser.save_screenshot(str(artifacts / "monitoring-snapshot-export.png"))
    csv_href = browser.find_element(By.CSS_SELECTOR, "#download-csv").get_attribute("href")
    xlsx_href = browser.find_element(By.CSS_SELECTOR, "#download-xlsx").get_attribute("href")
    assert "export=" in csv_href and "export=" in xlsx_href, (csv_href, xlsx_href)

    snapshot = native.ok(native.get(f"/api/monitoring/snapshots/{sid}"))
    assert any(e["recipient"] == recipient and e["letter_number"] == letter and e["letter_date"] == letter_date
               for e in snapshot["exports"]), snapshot["exports"]
    ranking = snapshot["ranking"]

    r = requests.get(csv_href + "&lang=uz-Latn", timeout=120)
    assert r.status_code == 200, r.text[:500]
    assert r.headers["content-type"].startswith("text/csv"), r.headers["content-type"]
    assert ".csv" in r.headers.get("content-disposition", ""), r.headers.get("content-disposition")
    (artifacts / f"monitoring-export-{world.run}.csv").write_bytes(r.content)
    rows = list(csv.reader(io.StringIO(r.content.decode("utf-8-sig"))))
    snapshot_table(rows, ranking, world, recipient, letter, letter_date)

    r = requests.get(xlsx_href + "&lang=uz-Latn", timeout=120)
    assert r.status_code == 200, r.text[:500]
    assert "spreadsheetml" in r.headers["content-type"], r.headers["content-type"]
    (artifacts / f"monitoring-export-{world.run}.xlsx").write_bytes(r.content)
    sheet = openpyxl.load_workbook(io.BytesIO(r.content), read_only=True).worksheets[0]
    snapshot_table([list(row) for row in sheet.iter_rows(values_only=True)], ranking, world, recipient, letter, letter_date)

    # The printable page of the export, without a session.
    page = requests.get(f"{base_url}/monitoring/snapshots/{sid}", params={"export": csv_href.split("export=")[1].split("&")[0]},
                        timeout=60)
    assert page.status_code == 200 and recipient in page.text and 'id="ranking"' in page.text
    assert 'id="export-form"' not in page.text, "the export form is shown to an anonymous visitor"


# --- the pages in Chromium ------------------------------------------------------------------------


def test_public_monitoring_page_in_three_languages(browser, signed_out, base_url, monitoring_run, world, artifacts):
    browser.get(base_url + "/healthz")
    browser.delete_all_cookies()
    headings = {}
    for lang in ("uz-Latn", "uz-Cyrl", "ru"):
        browser.get(f"{base_url}/monitoring?lang={lang}")
        table = wait(browser).until(EC.presence_of_element_located((By.CSS_SELECTOR, "table#ranking")))
        assert browser.find_element(By.TAG_NAME, "html").get_attribute("lang") == lang
        chart = browser.find_element(By.CSS_SELECTOR, "svg#trend-chart")
        assert chart.find_elements(By.CSS_SELECTOR, "polyline, circle"), "the trend chart draws nothing"
        figures = browser.find_element(By.CSS_SELECTOR, "table#trend-chart-table")
        assert len(figures.find_elements(By.CSS_SELECTOR, "tbody tr")) >= 1
        browser.find_element(By.CSS_SELECTOR, "section#significant")
        assert not browser.find_elements(By.CSS_SELECTOR, "form#run-monitoring"), "staff form shown to a visitor"
        links = [path_of(a.get_attribute("href")) for a in table.find_elements(By.CSS_SELECTOR, "tbody a")]
        assert f"/monitoring/organization/{world.mail_org}" in links, links[:10]
        headings[lang] = (browser.find_element(By.TAG_NAME, "h1").text.strip(),
                          browser.find_element(By.CSS_SELECTOR, "#trend-heading").text.strip())
        browser.save_screenshot(str(artifacts / f"monitoring-{lang}.png"))
    cyrillic = re.compile(r"[\u0400-\u04FF]")
    assert not cyrillic.search(headings["uz-Latn"][0]), headings
    for lang in ("uz-Cyrl", "ru"):
        assert cyrillic.search(headings[lang][0]) and "мониторинг" in headings[lang][0].lower(), headings
    assert len({h[0] for h in headings.values()}) == 3, f"the headings are not translated: {headings}"


def test_organisation_page_shows_its_record(base_url, monitoring_run, world):
    r = requests.get(f"{base_url}/monitoring/organization/{world.mail_org}", params={"lang": "uz-Latn"}, timeout=60)
    assert r.status_code == 200, r.text[:500]
    assert 'id="organisation-record"' in r.text and 'id="obligations"' in r.text
    assert world.titles["late"] in r.text and "status-overdue" in r.text


def test_staff_see_the_run_form(browser, signed_out, base_url, e2e_user, e2e_password, monitoring_run):
    browser_login(browser, base_url, e2e_user, e2e_password)
    browser.get(f"{base_url}/monitoring?lang=uz-Latn")
    form = wait(browser).until(EC.presence_of_element_located((By.CSS_SELECTOR, "form#run-monitoring")))
    assert form.find_element(By.CSS_SELECTOR, "input#as_of").get_attribute("value")


def test_organisation_cabinet_for_its_editor(browser, signed_out, base_url, monitoring_run, world, obligation_list, artifacts):
    editor = world.mail_editor
    browser_login(browser, base_url, editor.name, editor.password)
    browser.get(base_url + "/cabinet?lang=uz-Latn")
    try:
        wait(browser).until(lambda d: path_of(d.current_url) == f"/cabinet/{world.mail_org}")
    except TimeoutException:
        raise AssertionError(f"/cabinet led the editor to {browser.current_url}, not their organisation's cabinet") from None
    table = wait(browser).until(EC.presence_of_element_located((By.CSS_SELECTOR, "table#cabinet-obligations")))
    browser.find_element(By.CSS_SELECTOR, "#due-heading")
    inbox = browser.find_element(By.CSS_SELECTOR, "ul#inbox")
    assert world.titles["late"] in inbox.get_attribute("textContent"), inbox.get_attribute("textContent")[:1000]
    if obligation_list.approved_on == utc_today():
        # The cabinet shows today's statuses, from the list in force today: ours.
        rows = {}
        for tr in table.find_elements(By.CSS_SELECTOR, "tbody tr"):
            cells = tr.find_elements(By.TAG_NAME, "td")
            status = tr.find_element(By.CSS_SELECTOR, "span.status").get_attribute("class")
            rows[cells[1].text.replace("★", "").strip()] = status
        for title, allowed in expected_mail_org_statuses(world, utc_today()).items():
            assert title in rows, f"{title!r} not in the cabinet: {sorted(rows)}"
            assert any(f"status-{s}" in rows[title] for s in allowed), (title, rows[title])
        due = browser.find_elements(By.CSS_SELECTOR, "ol#due-next li")
        assert due, "nothing under 'due next'"
    browser.save_screenshot(str(artifacts / f"cabinet-{world.mail_org}.png"))
    # Another organisation's cabinet is closed to this editor.
    browser.get(f"{base_url}/cabinet/{world.push_org}?lang=uz-Latn")
    assert not browser.find_elements(By.CSS_SELECTOR, "table#cabinet-obligations"), "an editor opened another organisation's cabinet"


# --- bad input ------------------------------------------------------------------------------------


def test_unknown_snapshot_is_404_problem(native):
    body = problem(native.get("/api/monitoring/snapshots/no-such-snapshot-0000"), 404)
    assert "snapshot" in body["detail"].lower()
    problem(native.get("/api/monitoring/lists/no-such-list"), 404)
    problem(native.get("/api/monitoring/organizations/no-such-organisation-e2e"), 404)
    problem(native.get("/api/monitoring/obligations/no-such-obligation"), 404)


@pytest.mark.parametrize("path", ["/api/monitoring/status", "/api/monitoring/obligations/x"])
def test_impossible_date_is_422_problem(native, path):
    body = problem(native.get(path, {"as_of": "2025-13-45"}), 422)
    assert "as_of" in body.get("errors", {}), body


def test_run_with_an_impossible_date_is_422(native):
    body = problem(native.post("/api/monitoring/run", {"as_of": "2025-02-30"}), 422)
    assert "as_of" in body.get("errors", {}), body


def test_no_snapshot_for_a_future_day(native, manba_cli):
    # A snapshot records what happened; one for tomorrow would stand as the latest for good.
    tomorrow = (utc_today() + timedelta(days=1)).isoformat()
    before = len(native.ok(native.get("/api/monitoring/snapshots"))["snapshots"])
    body = problem(native.post("/api/monitoring/run", {"as_of": tomorrow}), 422)
    assert "as_of" in body.get("errors", {}), body
    refused = manba_cli.run("monitor", "--as-of", tomorrow, check=False)
    assert refused.returncode != 0, refused.stdout
    assert len(native.ok(native.get("/api/monitoring/snapshots"))["snapshots"]) == before


def test_run_needs_monitoring_staff(native, world):
    before = len(native.ok(native.get("/api/monitoring/snapshots"))["snapshots"])
    problem(native.post("/api/monitoring/run", {"as_of": "2025-02-04"}, token=world.push_editor.token), 403)
    anonymous = native.post("/api/monitoring/run", {"as_of": "2025-02-04"}, token="")
    assert anonymous.status_code in (401, 403), anonymous.status_code
    problem(anonymous, anonymous.status_code)
    # Nor may an organisation's editor start or change lists.
    problem(native.post("/api/monitoring/lists", {"reference": "not allowed"}, token=world.mail_editor.token), 403)
    assert len(native.ok(native.get("/api/monitoring/snapshots"))["snapshots"]) == before, "a refused run stored a snapshot"


def test_snapshot_download_in_an_unknown_format_is_refused(base_url, native):
    latest = native.ok(native.get("/api/monitoring"))
    r = requests.get(f"{base_url}/monitoring/snapshots/{latest['id']}/download", params={"format": "pdf"}, timeout=60)
    assert r.status_code == 400, (r.status_code, r.text[:300])
