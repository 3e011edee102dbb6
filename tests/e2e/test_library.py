"""The union library catalogue end to end: `manba import marc` on every shared fixture and on records
written by pymarc, SRU with Debian's yaz-client, export read back by pymarc, and the OPAC in Chromium
across both Uzbek scripts."""
from __future__ import annotations

import io
import pathlib
import re
import subprocess
import urllib.parse

import pymarc
import pytest
import requests
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import WebDriverWait

# ../shared beside the project, as in a clean clone next to it.
FIXTURES = pathlib.Path(__file__).resolve().parents[3] / "shared" / "fixtures" / "marc"

# (records read, quarantined) per fixture, as yaz-marcdump and a reading by hand agree.
EXPECTED = {
    "1251.dat": (6, 0), "alphatag.dat": (1, 0), "bad_eacc_encoding.dat": (1, 1), "bad_indicator.dat": (1, 1),
    "bad_marc8_escape.dat": (1, 1), "bad_records.mrc": (8, 6), "bad_subfield_code.dat": (1, 1), "bad_tag.xml": (1, 1),
    "batch.json": (2, 0), "batch.xml": (2, 0), "diacritic.dat": (1, 0), "marc.dat": (20, 0), "marc8.dat": (1, 0),
    "multi_isbn.dat": (1, 0), "one.dat": (1, 0), "one.json": (1, 0), "regression45.dat": (12, 0), "test.dat": (10, 0),
    "testunimarc.dat": (1, 0), "utf8.xml": (1, 0), "utf8_errors.dat": (1, 0), "utf8_invalid.mrc": (1, 1),
    "utf8_with_leader_flag.dat": (1, 0), "utf8_without_leader_flag.dat": (1, 0),
}
SUMMARY = re.compile(r"read (\d+), imported (\d+), updated (\d+), unchanged (\d+), merged into existing records (\d+), quarantined (\d+)")


def counts(output: str) -> dict:
    match = SUMMARY.search(output)
    assert match, f"no summary line in: {output!r}"
    keys = ("read", "imported", "updated", "unchanged", "merged", "quarantined")
    return dict(zip(keys, map(int, match.groups())))


def opac(base_url, **params) -> dict:
    r = requests.get(f"{base_url}/opac", params={**params, "format": "json"}, timeout=30)
    assert r.status_code == 200, r.text[:500]
    return r.json()


def yaz(base_url: str, commands: list[str]) -> str:
    script = "\n".join(["sru get 1.2", f"open {base_url}/sru", "querytype cql", *commands, "quit"]) + "\n"
    result = subprocess.run(["yaz-client"], input=script, capture_output=True, text=True, timeout=60)
    return result.stdout + result.stderr


@pytest.fixture(scope="module")
def uzbek_library(manba_cli, run_id, tmp_path_factory):
    """Three records written by pymarc for one library: Uzbek Latin, Uzbek Cyrillic, Russian, with holdings."""
    def book(control, title, author, year, holdings):
        record = pymarc.Record(force_utf8=True, leader="00000nam a2200000 a 4500")
        record.add_field(pymarc.Field(tag="001", data=f"{control}-{run_id}"))
        record.add_field(pymarc.Field(tag="008", data=f"250101s{year}    uz            000 0 uzb d"))
        record.add_field(pymarc.Field(tag="100", indicators=["1", " "], subfields=[pymarc.Subfield("a", author)]))
        record.add_field(pymarc.Field(tag="245", indicators=["1", "0"], subfields=[pymarc.Subfield("a", f"{title} {run_id}")]))
        record.add_field(pymarc.Field(tag="260", indicators=[" ", " "], subfields=[
            pymarc.Subfield("a", "Toshkent"), pymarc.Subfield("b", "Oʻqituvchi"), pymarc.Subfield("c", str(year))]))
        for code, call_number in holdings:
            record.add_field(pymarc.Field(tag="852", indicators=[" ", " "], subfields=[
                pymarc.Subfield("a", code), pymarc.Subfield("b", "Oʻquv zali"), pymarc.Subfield("h", call_number)]))
        return record
    records = [
        book("lat", "Oʻzbek tilining imlo lugʻati", "Hojiyev, Azim", 2012, [("UZ-TSH-0001", "81.2Ўз-4 H70"), ("UZ-SAM-0007", "81.2")]),
        book("cyr", "Ўзбек халқ эртаклари", "Афзалов, Мансур", 2007, [("UZ-TSH-0001", "82.3(5Ў) Ў34")]),
        book("rus", "История Бухары", "Наршахи", 1990, [("UZ-BUX-0003", "63.3(5Уз)")]),
    ]
    path = tmp_path_factory.mktemp("pymarc") / "uzbek.mrc"
    with open(path, "wb") as f:
        for record in records:
            f.write(record.as_marc())
    result = manba_cli.run("import", "marc", str(path), "--library", "UZ-TSH-0001")
    assert counts(result.stdout) == {"read": 3, "imported": 3, "updated": 0, "unchanged": 0, "merged": 0, "quarantined": 0}
    return records


def test_every_fixture_imports_or_is_quarantined_with_exact_counts(manba_cli, run_id):
    assert FIXTURES.is_dir(), f"fixtures not found at {FIXTURES}"
    assert sorted(p.name for p in FIXTURES.iterdir()) == sorted(EXPECTED)
    for name, (read, quarantined) in sorted(EXPECTED.items()):
        library = f"E2E-{run_id}-{name.split('.')[0][:10]}"
        first = counts(manba_cli.run("import", "marc", str(FIXTURES / name), "--library", library).stdout)
        assert (first["read"], first["quarantined"]) == (read, quarantined), name
        assert first["imported"] + first["unchanged"] + first["updated"] == read - quarantined, name
        again = counts(manba_cli.run("import", "marc", str(FIXTURES / name), "--library", library).stdout)
        assert again["imported"] == 0 and again["updated"] == 0 and again["unchanged"] == read - quarantined, name


def test_import_refuses_a_missing_file_and_a_bad_library_code(manba_cli):
    missing = manba_cli.run("import", "marc", "/nonexistent/file.mrc", "--library", "X", check=False)
    assert missing.returncode != 0 and missing.stderr.strip()
    bad = manba_cli.run("import", "marc", str(FIXTURES / "one.dat"), "--library", "no spaces allowed", check=False)
    assert bad.returncode != 0 and "library" in bad.stderr.lower()


def test_search_in_either_script_finds_the_other(base_url, uzbek_library, run_id):
    latin = opac(base_url, q=f"ўзбек тилининг имло луғати {run_id}")
    assert latin["count"] == 1 and latin["records"][0]["title"].startswith("Oʻzbek tilining imlo lugʻati")
    assert {h["library"] for h in latin["records"][0]["holdings"]} == {"UZ-TSH-0001", "UZ-SAM-0007"}
    cyrillic = opac(base_url, q=f"ozbek xalq ertaklari {run_id}")
    assert cyrillic["count"] == 1 and cyrillic["records"][0]["title"].startswith("Ўзбек халқ эртаклари")
    by_library = opac(base_url, q=run_id, library="UZ-TSH-0001")
    assert by_library["count"] == 2
    libraries = {f["value"]: f["count"] for f in opac(base_url, q=run_id)["facets"]["library"]}
    assert libraries["UZ-TSH-0001"] == 2 and libraries["UZ-BUX-0003"] == 1


def test_export_reads_back_in_pymarc(base_url, uzbek_library, run_id):
    record_id = opac(base_url, q=f"Hojiyev {run_id}")["records"][0]["id"]
    r = requests.get(f"{base_url}/opac/record/{record_id}/export", params={"format": "iso2709"}, timeout=30)
    assert r.status_code == 200 and r.headers["content-type"].startswith("application/marc")
    [record] = list(pymarc.MARCReader(io.BytesIO(r.content), to_unicode=True, force_utf8=True))
    assert record["245"]["a"] == f"Oʻzbek tilining imlo lugʻati {run_id}"
    assert sorted(f["a"] for f in record.get_fields("852")) == ["UZ-SAM-0007", "UZ-TSH-0001"]
    xml = requests.get(f"{base_url}/opac/record/{record_id}/export", params={"format": "marcxml"}, timeout=30)
    [from_xml] = pymarc.parse_xml_to_array(io.BytesIO(xml.content))
    assert from_xml["245"]["a"] == record["245"]["a"]


def test_export_of_a_selection_from_the_opac_and_the_command_line(base_url, manba_cli, uzbek_library, run_id, tmp_path):
    r = requests.get(f"{base_url}/opac/export", params={"q": run_id, "format": "iso2709"}, timeout=60)
    assert r.status_code == 200
    titles = sorted(rec["245"]["a"] for rec in pymarc.MARCReader(io.BytesIO(r.content), to_unicode=True, force_utf8=True))
    assert len(titles) == 3 and all(t.endswith(run_id) for t in titles)
    out = tmp_path / "selection.xml"
    result = manba_cli.run("export", "marc", "--format", "marcxml", "--query", run_id, "--library", "UZ-TSH-0001", "--output", str(out))
    assert "exported 2 records" in result.stderr
    assert len(pymarc.parse_xml_to_array(str(out))) == 2
    as_json = requests.get(f"{base_url}/opac/export", params={"q": run_id, "format": "json"}, timeout=60).json()
    assert len(as_json) == 3 and all("leader" in rec and "fields" in rec for rec in as_json)


def test_sru_with_yaz_client(base_url, uzbek_library, run_id):
    out = yaz(base_url, [f'find dc.title="эртаклари {run_id}"', "show 1"])
    assert "Number of hits: 1" in out, out
    assert "Ўзбек халқ эртаклари" in out
    # A Cyrillic query finds the Latin record: what Zebra cannot do.
    out = yaz(base_url, [f"find dc.title=лугати and dc.title={run_id}", "show 1"])
    assert "Number of hits: 1" in out and "Oʻzbek tilining imlo lugʻati" in out, out
    out = yaz(base_url, [f"find dc.date>=2000 and manba.library=UZ-TSH-0001 and cql.serverChoice={run_id}"])
    assert "Number of hits: 2" in out, out
    out = yaz(base_url, ["find dc.title=(("])
    assert "info:srw/diagnostic/1/10" in out, out
    out = yaz(base_url, ["find nosuch.index=x"])
    assert "info:srw/diagnostic/1/" in out, out


def test_sru_explain_and_diagnostics_over_http(base_url):
    explain = requests.get(f"{base_url}/sru", timeout=30)
    assert explain.status_code == 200 and "explainResponse" in explain.text
    assert "info:srw/cql-context-set/1/dc-v1.1" in explain.text and ">title<" in explain.text
    bad_version = requests.get(f"{base_url}/sru", params={"version": "0.9", "operation": "searchRetrieve", "query": "x"}, timeout=30)
    assert "info:srw/diagnostic/1/5" in bad_version.text
    bad_schema = requests.get(f"{base_url}/sru", params={"version": "1.2", "operation": "searchRetrieve", "query": "x", "recordSchema": "nope"}, timeout=30)
    assert "info:srw/diagnostic/1/66" in bad_schema.text
    injected = requests.get(f"{base_url}/sru", params={"version": "1.2", "operation": "searchRetrieve", "query": "dc.title=\"'; DROP TABLE bib_works; --\""}, timeout=30)
    assert "<zs:numberOfRecords>0</zs:numberOfRecords>" in injected.text


def test_opac_in_chromium_across_scripts(browser, base_url, artifacts, uzbek_library, run_id):
    browser.get(f"{base_url}/opac?lang=uz-Cyrl")
    assert browser.find_element(By.TAG_NAME, "html").get_attribute("lang") == "uz-Cyrl"
    box = browser.find_element(By.ID, "q")
    box.send_keys(f"имло луғати {run_id}")
    # The OPAC lists records before any search, so wait for this page to go before reading the next one.
    browser.find_element(By.ID, "opac-submit").click()
    WebDriverWait(browser, 20).until(EC.staleness_of(box))
    WebDriverWait(browser, 20).until(EC.presence_of_element_located((By.CSS_SELECTOR, "#results li.record")))
    assert browser.find_element(By.ID, "result-count").text.startswith("1")
    browser.save_screenshot(str(artifacts / "opac-search-uz-cyrl.png"))
    browser.find_element(By.CSS_SELECTOR, "#results li.record h3 a").click()
    WebDriverWait(browser, 20).until(EC.presence_of_element_located((By.ID, "holdings")))
    rows = browser.find_elements(By.CSS_SELECTOR, "#holdings tbody tr")
    assert len(rows) == 2
    assert "81.2Ўз-4 H70" in browser.find_element(By.ID, "holdings").text
    browser.save_screenshot(str(artifacts / "opac-record-uz-cyrl.png"))
    browser.find_element(By.ID, "marc-view").click()
    WebDriverWait(browser, 20).until(EC.presence_of_element_located((By.CSS_SELECTOR, "pre.marc")))
    assert "245 10 $a Oʻzbek tilining imlo lugʻati" in browser.find_element(By.CSS_SELECTOR, "pre.marc").text
    for lang in ("uz-Latn", "ru", "en", "tg"):
        browser.get(f"{base_url}/opac?lang={lang}&q={urllib.parse.quote(run_id)}")
        assert browser.find_element(By.ID, "result-count").text.startswith("3"), lang
    browser.save_screenshot(str(artifacts / "opac-search-tg.png"))


def test_oai_pmh_full_and_incremental_harvest_with_sickle(base_url, manba_cli, uzbek_library, run_id, tmp_path):
    import datetime
    import time
    from sickle import Sickle
    from sickle.oaiexceptions import BadArgument, CannotDisseminateFormat, IdDoesNotExist, NoRecordsMatch

    sickle = Sickle(f"{base_url}/oai", max_retries=2)
    assert sickle.Identify().repositoryName.startswith("Manba")
    assert {f.metadataPrefix for f in sickle.ListMetadataFormats()} == {"oai_dc", "marc21", "marc21_withholdings"}
    catalogue_count = opac(base_url)["count"]
    harvested = list(sickle.ListRecords(metadataPrefix="marc21_withholdings"))
    assert len(harvested) == catalogue_count
    assert len({r.header.identifier for r in harvested}) == catalogue_count
    dc = list(sickle.ListRecords(metadataPrefix="oai_dc"))
    assert len(dc) == catalogue_count
    in_set = list(sickle.ListIdentifiers(metadataPrefix="marc21", set="library:UZ-BUX-0003"))
    assert len(in_set) == opac(base_url, library="UZ-BUX-0003")["count"] >= 1

    # Incremental: only what changed since the last harvest.
    time.sleep(1.1)
    since = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    time.sleep(1.1)
    record = pymarc.Record(force_utf8=True, leader="00000nam a2200000 a 4500")
    record.add_field(pymarc.Field(tag="001", data=f"new-{run_id}"))
    record.add_field(pymarc.Field(tag="245", indicators=["0", "0"], subfields=[pymarc.Subfield("a", f"Yangi kitob {run_id}")]))
    path = tmp_path / "new.mrc"
    path.write_bytes(record.as_marc())
    manba_cli.run("import", "marc", str(path), "--library", "UZ-TSH-0001")
    new = list(sickle.ListRecords(metadataPrefix="oai_dc", **{"from": since}))
    assert len(new) == 1 and new[0].metadata["title"] == [f"Yangi kitob {run_id}"]
    with pytest.raises(NoRecordsMatch):
        list(sickle.ListRecords(metadataPrefix="oai_dc", **{"from": "2999-01-01"}))
    with pytest.raises(CannotDisseminateFormat):
        list(sickle.ListRecords(metadataPrefix="mods"))
    with pytest.raises(IdDoesNotExist):
        sickle.GetRecord(identifier="oai:manba:union:999999999", metadataPrefix="oai_dc")
    with pytest.raises(BadArgument):
        list(sickle.ListRecords(metadataPrefix="oai_dc", **{"from": "yesterday"}))
    bad_verb = requests.get(f"{base_url}/oai", params={"verb": "Dance"}, timeout=30)
    assert bad_verb.status_code == 200 and 'code="badVerb"' in bad_verb.text


def test_harvest_command_brings_a_catalogue_into_a_second_instance(base_url, manba_cli, uzbek_library, tmp_path):
    """A second Manba (its own SQLite database) harvests the running server's catalogue over OAI-PMH."""
    second = {"MANBA_DATA_DIR": str(tmp_path / "second"), "MANBA_DATABASE_URL": ""}
    cli = type(manba_cli)(manba_cli.binary, second)
    first = cli.run("harvest", "oai", f"{base_url}/oai", "--library", "UZ-TSH-0001", "--set", "library:UZ-TSH-0001",
                    "--prefix", "marc21_withholdings")
    expected = opac(base_url, library="UZ-TSH-0001")["count"]
    assert counts(first.stdout)["imported"] == expected >= 2
    again = cli.run("harvest", "oai", f"{base_url}/oai", "--library", "UZ-TSH-0001", "--set", "library:UZ-TSH-0001",
                    "--prefix", "marc21_withholdings")
    assert counts(again.stdout)["imported"] == 0
    bad = cli.run("harvest", "oai", "http://127.0.0.1:9/oai", "--library", "X", check=False, timeout=300)
    assert bad.returncode != 0 and bad.stderr.strip()


def minimal_pdf(text: str) -> bytes:
    """A one-page PDF showing ASCII `text`, with a correct cross-reference table."""
    stream = f"BT /F1 12 Tf 72 720 Td ({text}) Tj ET"
    objects = ["<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
               f"<< /Length {len(stream)} >>\nstream\n{stream}\nendstream", "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    out, offsets = "%PDF-1.4\n", []
    for i, obj in enumerate(objects):
        offsets.append(len(out))
        out += f"{i + 1} 0 obj\n{obj}\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n" + "".join(f"{o:010d} 00000 n \n" for o in offsets)
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n"
    return out.encode()


def test_electronic_library_registered_reader_reads_a_digitised_copy(browser, base_url, artifacts, manba_cli, uzbek_library, run_id, tmp_path):
    record_id = opac(base_url, q=f"Hojiyev {run_id}")["records"][0]["id"]
    word = f"imlokoida{run_id}"
    pdf = tmp_path / "imlo.pdf"
    pdf.write_bytes(minimal_pdf(f"Orfografiya {word} qoidalari"))
    out = manba_cli.run("library", "attach", str(record_id), str(pdf), "--access", "registered").stdout
    item_id = re.search(r"as item (\S+)", out).group(1)
    # The PDF's text finds the record.
    assert [r["id"] for r in opac(base_url, q=word)["records"]] == [record_id]
    # Not for anonymous readers: they are sent to sign in.
    anonymous = requests.get(f"{base_url}/opac/item/{item_id}/read", allow_redirects=False, timeout=30)
    assert anonymous.status_code in (302, 303) and "/user/login" in anonymous.headers["location"]
    not_a_pdf = tmp_path / "fake.pdf"
    not_a_pdf.write_text("<script>alert(1)</script>")
    refused = manba_cli.run("library", "attach", str(record_id), str(not_a_pdf), check=False)
    assert refused.returncode != 0 and "PDF" in refused.stderr

    browser.delete_all_cookies()
    browser.get(f"{base_url}/opac/record/{record_id}?lang=uz-Latn")
    browser.find_element(By.CSS_SELECTOR, f'li.digital-item[data-item="{item_id}"] a.sign-in')
    browser.get(f"{base_url}/user/register?back=/opac/record/{record_id}")
    browser.find_element(By.ID, "username").send_keys(f"reader{run_id}")
    browser.find_element(By.ID, "fullname").send_keys("Dilnoza Karimova")
    browser.find_element(By.ID, "password").send_keys("kitobxon-parol")
    browser.find_element(By.ID, "password2").send_keys("kitobxon-parol")
    browser.find_element(By.ID, "register-submit").click()
    link = WebDriverWait(browser, 20).until(EC.presence_of_element_located((By.CSS_SELECTOR, f'li.digital-item[data-item="{item_id}"] a.read')))
    browser.save_screenshot(str(artifacts / "elibrary-record-signed-in.png"))
    cookies = {c["name"]: c["value"] for c in browser.get_cookies()}
    read = requests.get(link.get_attribute("href"), cookies=cookies, timeout=30)
    assert read.status_code == 200 and read.headers["content-type"] == "application/pdf" and read.content.startswith(b"%PDF-")
    assert read.headers["content-disposition"].startswith("inline")
    download = requests.get(f"{base_url}/opac/item/{item_id}/download", cookies=cookies, timeout=30)
    assert download.status_code == 200 and download.headers["content-disposition"].startswith("attachment")
    browser.refresh()
    counts_text = browser.find_element(By.CSS_SELECTOR, f'li.digital-item[data-item="{item_id}"] .count').text
    assert counts_text.startswith("(1 / 1"), counts_text
