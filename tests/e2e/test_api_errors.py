"""CKAN Action API error contract and odd input, over raw HTTP (requests)."""

from __future__ import annotations

import html
import unicodedata

import pytest
import requests

PREFIXES = ["/api/3/action/", "/api/action/"]


def error_of(api, r: requests.Response, status: int, etype: str | None = None) -> dict:
    body = api.envelope(r)
    assert r.status_code == status, f"HTTP {r.status_code} (wanted {status}): {r.text[:800]}"
    assert body["success"] is False, body
    err = body.get("error")
    assert isinstance(err, dict), f"no error object: {body}"
    if etype is not None:
        assert err.get("__type") == etype, f"error.__type {err.get('__type')!r}, wanted {etype!r}: {err}"
    return err


@pytest.mark.parametrize("prefix", PREFIXES)
def test_invalid_json_is_400(api, prefix):
    r = api.session.post(api.url("package_create", prefix), data=b'{"name": "x", "title": ',
                         headers={"Authorization": api.token, "Content-Type": "application/json"},
                         timeout=30)
    error_of(api, r, 400)


def test_json_that_is_not_an_object_is_400(api):
    r = api.session.post(api.url("package_show"), data=b'["a", "b"]',
                         headers={"Content-Type": "application/json"}, timeout=30)
    error_of(api, r, 400)


def test_package_create_without_name_is_validation_error(api, run_id, org):
    r = api.post("package_create", {"title": f"Nomsiz toʻplam {run_id}", "owner_org": org})
    err = error_of(api, r, 409, "Validation Error")
    assert "name" in err, f"no per-field message for 'name': {err}"
    messages = err["name"]
    assert isinstance(messages, list) and messages and all(isinstance(m, str) and m for m in messages), err


def test_package_create_with_bad_name_is_validation_error(api, run_id, org):
    r = api.post("package_create", {"name": f"Bad Name {run_id}!", "title": "Yomon nom", "owner_org": org})
    err = error_of(api, r, 409, "Validation Error")
    assert "name" in err and isinstance(err["name"], list) and err["name"], err


def test_package_create_duplicate_name_is_validation_error(api, run_id, org):
    name = f"e2e-{run_id}-dup"
    api.ok("package_create", {"name": name, "title": f"Takror {run_id}", "owner_org": org})
    r = api.post("package_create", {"name": name, "title": f"Takror 2 {run_id}", "owner_org": org})
    err = error_of(api, r, 409, "Validation Error")
    assert "name" in err, err


@pytest.mark.parametrize("prefix", PREFIXES)
def test_package_show_unknown_is_404(api, prefix, run_id):
    r = api.get("package_show", {"id": f"e2e-{run_id}-does-not-exist"}, prefix=prefix)
    error_of(api, r, 404, "Not Found Error")
    r = api.post("package_show", {"id": "00000000-0000-0000-0000-000000000000"}, prefix=prefix)
    error_of(api, r, 404, "Not Found Error")


def test_unknown_action_is_error(api):
    r = api.get("no_such_action_e2e")
    body = api.envelope(r)
    assert r.status_code in (400, 404), r.text[:500]
    assert body["success"] is False


def test_package_create_without_key_is_403(api, run_id, org):
    r = api.post("package_create", {"name": f"e2e-{run_id}-nokey", "title": "Kalitsiz", "owner_org": org},
                 token=None)
    error_of(api, r, 403, "Authorization Error")
    # Nothing was created.
    error_of(api, api.get("package_show", {"id": f"e2e-{run_id}-nokey"}), 404, "Not Found Error")


def test_package_create_with_bad_key_is_403(api, run_id, org):
    r = api.post("package_create", {"name": f"e2e-{run_id}-badkey", "title": "Notoʻgʻri kalit", "owner_org": org},
                 token="not-a-real-token-" + run_id)
    error_of(api, r, 403, "Authorization Error")


def test_x_ckan_api_key_header_is_accepted(api, run_id, org):
    name = f"e2e-{run_id}-xkey"
    r = api.session.post(api.url("package_create"),
                         json={"name": name, "title": f"X-CKAN-API-Key {run_id}", "owner_org": org},
                         headers={"X-CKAN-API-Key": api.token}, timeout=30)
    body = api.envelope(r)
    assert r.status_code == 200 and body["success"] is True, r.text[:800]
    assert body["result"]["name"] == name


ODD_TITLE = (
    "Oʻzbekiston q\u0301x\u0323 ma\u200blumot\u200dlari "     # combining marks, ZWSP, ZWJ
    "\u202eRTL\u202c بيانات مفتوحة עברית "                  # bidi override, Arabic, Hebrew
    "Тоҷикистон ӯ ӣ ҷ \U0001F4CA «кавычки» "                    # Tajik letters, astral emoji, guillemets
)


def test_odd_unicode_title_is_stored_and_found(api, run_id, org):
    token = f"unikod{run_id}"
    title = ODD_TITLE + token
    name = f"e2e-{run_id}-unicode"
    notes = "Satr 1\nСатр 2\n\u200f\u05e9\u05dc\u05d5\u05dd\n" + title
    created = api.ok("package_create", {"name": name, "title": title, "notes": notes, "owner_org": org})
    assert created["name"] == name

    shown = api.ok("package_show", {"id": name}, method="GET")
    nfc = lambda s: unicodedata.normalize("NFC", s)  # noqa: E731
    assert nfc(shown["title"]) == nfc(title), f"title changed: {shown['title']!r}"
    assert nfc(shown["notes"]) == nfc(notes), f"notes changed: {shown['notes']!r}"

    by_id = api.ok("package_show", {"id": created["id"]}, method="GET")
    assert by_id["name"] == name

    found = api.ok("package_search", {"q": token}, method="GET")
    assert name in [d["name"] for d in found["results"]], f"q={token} found {found['count']}: {found['results'][:3]}"
    found = api.ok("package_search", {"q": f"Oʻzbekiston {token}"}, method="GET")
    assert name in [d["name"] for d in found["results"]], f"q='Oʻzbekiston {token}' did not find it"

    page = requests.get(f"{api.base_url}/dataset/{name}", timeout=30)
    assert page.status_code == 200, page.status_code
    assert "charset=utf-8" in page.headers.get("Content-Type", "").lower(), page.headers.get("Content-Type")
    assert token in page.text


def test_title_markup_is_escaped_in_html(api, run_id, org):
    name = f"e2e-{run_id}-markup"
    title = f'<script>alert("e2e")</script><b onmouseover=x>Qalin</b> {run_id}'
    api.ok("package_create", {"name": name, "title": title, "notes": "<img src=x onerror=alert(1)>",
                               "owner_org": org})
    shown = api.ok("package_show", {"id": name}, method="GET")
    assert shown["title"] == title, "the API must return the title as entered"
    page = requests.get(f"{api.base_url}/dataset/{name}", timeout=30)
    assert page.status_code == 200
    assert '<script>alert("e2e")</script>' not in page.text, "title markup reached the page unescaped"
    assert "<img src=x onerror" not in page.text, "notes markup reached the page unescaped"
    assert html.escape("<script>", quote=False) in page.text or "&#60;script" in page.text or "&#x3C;script" in page.text.lower()
