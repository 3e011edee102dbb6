"""The server-rendered pages in headless Chromium (selenium).

A dataset entered with a Latin-only title must be found by a search typed in Uzbek Cyrillic.
Screenshots home.png, search.png and dataset.png go to MANBA_E2E_ARTIFACTS.
"""

from __future__ import annotations

import os
import re
import urllib.parse

import pytest
from selenium import webdriver
from selenium.common.exceptions import TimeoutException
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import Select, WebDriverWait

LANGS = ["uz-Latn", "uz-Cyrl", "ru", "en", "tg"]

TITLE_LATN = "Toshkent shahridagi bogʻlar roʻyxati {run}"
TITLE_CYRL = "Тошкент шаҳридаги боғлар рўйхати {run}"
NOTES_LATN = "Toshkent shahridagi bogʻ va xiyobonlar roʻyxati, manzillari bilan. Sinov {run}."


def wait(driver, timeout=20):
    return WebDriverWait(driver, timeout)


def html_lang(driver) -> str:
    return driver.find_element(By.TAG_NAME, "html").get_attribute("lang") or ""


def shot(driver, artifacts, name):
    driver.save_screenshot(str(artifacts / name))


def test_home_page_has_search_form(browser, base_url, artifacts):
    browser.get(base_url + "/?lang=uz-Latn")
    form = wait(browser).until(EC.presence_of_element_located((By.CSS_SELECTOR, "form#search-form")))
    q = form.find_element(By.CSS_SELECTOR, "input#q")
    assert q.get_attribute("name") == "q"
    form.find_element(By.CSS_SELECTOR, "#search-submit")
    assert html_lang(browser) == "uz-Latn"
    shot(browser, artifacts, "home.png")

    # Searching from the home page leads to /dataset?q=...
    q.send_keys("Toshkent")
    browser.find_element(By.CSS_SELECTOR, "#search-submit").click()
    wait(browser).until(EC.presence_of_element_located((By.CSS_SELECTOR, "#result-count")))
    parsed = urllib.parse.urlparse(browser.current_url)
    assert parsed.path.rstrip("/") == "/dataset", browser.current_url
    assert urllib.parse.parse_qs(parsed.query).get("q") == ["Toshkent"], browser.current_url


def test_language_switcher_changes_html_lang(browser, base_url):
    browser.get(base_url + "/?lang=uz-Latn")
    links = browser.find_elements(By.CSS_SELECTOR, "nav#language-switcher a[hreflang]")
    offered = [a.get_attribute("hreflang") for a in links]
    assert set(LANGS) <= set(offered), f"language switcher offers {offered}"
    for lang in ["ru", "uz-Cyrl", "en", "tg", "uz-Latn"]:
        link = browser.find_element(By.CSS_SELECTOR, f'nav#language-switcher a[hreflang="{lang}"]')
        link.click()
        try:
            wait(browser).until(lambda d: html_lang(d) == lang)
        except TimeoutException:
            raise AssertionError(f"after choosing {lang}, <html lang> is {html_lang(browser)!r}") from None
    # The choice is remembered (cookie): a page without ?lang keeps the last language.
    browser.find_element(By.CSS_SELECTOR, 'nav#language-switcher a[hreflang="ru"]').click()
    wait(browser).until(lambda d: html_lang(d) == "ru")
    browser.get(base_url + "/")
    assert html_lang(browser) == "ru", "the language choice was not remembered"
    browser.get(base_url + "/?lang=uz-Latn")
    assert html_lang(browser) == "uz-Latn"


@pytest.fixture(scope="module")
def logged_in(browser, base_url, e2e_user, e2e_password):
    browser.get(base_url + "/user/login?lang=uz-Latn")
    wait(browser).until(EC.presence_of_element_located((By.CSS_SELECTOR, "input#username")))
    browser.find_element(By.CSS_SELECTOR, "input#username").send_keys(e2e_user)
    browser.find_element(By.CSS_SELECTOR, "input#password").send_keys(e2e_password)
    browser.find_element(By.CSS_SELECTOR, "button#login-submit").click()
    try:
        wait(browser).until(lambda d: urllib.parse.urlparse(d.current_url).path.rstrip("/") == "/dashboard")
    except TimeoutException:
        raise AssertionError(f"login did not lead to /dashboard but to {browser.current_url}") from None
    assert browser.find_elements(By.CSS_SELECTOR, "a#logout, #logout-form"), "no logout link after login"
    return True


def test_login_rejects_wrong_password(base_url, e2e_user):
    """Run in a separate browser-less request so it cannot disturb the logged-in session."""
    import requests

    r = requests.post(base_url + "/user/login", data={"username": e2e_user, "password": "wrong-password"},
                      allow_redirects=False, timeout=30)
    assert r.status_code != 303 or "/dashboard" not in r.headers.get("Location", ""), (
        "a wrong password logged in"
    )


@pytest.fixture(scope="module")
def created(browser, base_url, logged_in, run_id, artifacts):
    """Creates a dataset through /dataset/new with a Latin-only title; returns (name, title)."""
    title = TITLE_LATN.format(run=run_id)
    browser.get(base_url + "/dataset/new?lang=uz-Latn")
    wait(browser).until(EC.presence_of_element_located((By.CSS_SELECTOR, "button#save")))
    for lang in LANGS:  # every per-language field must be there
        browser.find_element(By.CSS_SELECTOR, f'input[id="title-{lang}"]')
        browser.find_element(By.CSS_SELECTOR, f'textarea[id="notes-{lang}"]')
    browser.find_element(By.CSS_SELECTOR, 'input[id="title-uz-Latn"]').send_keys(title)
    browser.find_element(By.CSS_SELECTOR, 'textarea[id="notes-uz-Latn"]').send_keys(NOTES_LATN.format(run=run_id))
    browser.find_element(By.CSS_SELECTOR, "input#name")  # optional slug: left empty on purpose
    select_first_real_option(browser, "select#owner_org")
    browser.find_element(By.CSS_SELECTOR, "input#tags").send_keys("bogʻlar, Toshkent, e2e")
    select_first_real_option(browser, "select#license_id")
    Select(browser.find_element(By.CSS_SELECTOR, "select#frequency")).select_by_value("monthly")
    browser.find_element(By.CSS_SELECTOR, "button#save").click()
    try:
        wait(browser, 30).until(lambda d: re.search(r"/dataset/(?!new\b)[^/?#]+$",
                                                    urllib.parse.urlparse(d.current_url).path))
    except TimeoutException:
        shot(browser, artifacts, "dataset-new-failed.png")
        raise AssertionError(f"saving did not lead to /dataset/NAME but to {browser.current_url}") from None
    name = urllib.parse.unquote(urllib.parse.urlparse(browser.current_url).path.rstrip("/").rsplit("/", 1)[1])
    return name, title


def select_first_real_option(driver, css):
    select = Select(driver.find_element(By.CSS_SELECTOR, css))
    values = [o.get_attribute("value") for o in select.options if o.get_attribute("value")]
    assert values, f"{css} has no options"
    select.select_by_value(values[0])
    return values[0]


def test_create_dataset_in_browser(browser, created, api, artifacts):
    name, title = created
    h1 = wait(browser).until(EC.presence_of_element_located((By.CSS_SELECTOR, "h1#dataset-title")))
    assert h1.text.strip() == title
    browser.find_element(By.CSS_SELECTOR, "a#history-link")
    browser.find_elements(By.CSS_SELECTOR, "ul#resources li.resource-item")  # none yet
    shot(browser, artifacts, "dataset.png")

    shown = api.ok("package_show", {"id": name}, method="GET")
    assert shown["title"] == title
    assert (shown.get("title_translated") or {}).get("uz-Latn") == title, shown.get("title_translated")
    assert shown.get("frequency") == "monthly"
    assert {"e2e", "Toshkent"} <= {t["name"] for t in shown["tags"]}, shown["tags"]
    assert shown.get("owner_org"), "no owner_org"


def result_names(driver) -> list[str]:
    names = []
    for a in driver.find_elements(By.CSS_SELECTOR, "ol#results li.dataset-item a.dataset-link"):
        path = urllib.parse.urlparse(a.get_attribute("href")).path
        if path.startswith("/dataset/"):
            names.append(urllib.parse.unquote(path[len("/dataset/"):]))
    return names


def count_in(text: str) -> list[int]:
    # Digits may be grouped with spaces, NBSP, thin spaces or commas (12 345).
    compact = re.sub(r"(?<=\d)[\s\u00a0\u202f,.'](?=\d{3}\b)", "", text)
    return [int(x) for x in re.findall(r"\d+", compact)]


def test_cyrillic_search_finds_latin_title(browser, base_url, created, run_id, api, artifacts):
    name, _ = created
    query = TITLE_CYRL.format(run=run_id)
    browser.get(f"{base_url}/dataset?q={urllib.parse.quote(query)}&lang=uz-Cyrl")
    count_el = wait(browser).until(EC.presence_of_element_located((By.CSS_SELECTOR, "#result-count")))
    assert html_lang(browser) == "uz-Cyrl"
    browser.find_element(By.CSS_SELECTOR, "aside#facets")
    shot(browser, artifacts, "search.png")
    names = result_names(browser)
    assert name in names, f"the Cyrillic query {query!r} did not list {name}; results: {names[:10]}"
    expected = api.ok("package_search", {"q": query, "rows": 0}, method="GET")["count"]
    assert expected >= 1, "the API does not find it either"
    assert expected in count_in(count_el.text), f"#result-count {count_el.text!r} does not show {expected}"


@pytest.mark.parametrize("variant", [
    "Toshkent shahridagi bog'lar ro'yxati {run}",        # ASCII apostrophe
    "Toshkent shahridagi bog‘lar ro‘yxati {run}",        # U+2018
    "toshkent SHAHRIDAGI bogʻlar roʻyxati {run}",         # case
    "Тошкент шаҳридаги боғлар рўйхати {run}",            # Cyrillic, over the API
], ids=["ascii-apostrophe", "left-quote", "case", "cyrillic"])
def test_spelling_variants_find_it_over_api(created, api, run_id, variant):
    name, _ = created
    q = variant.format(run=run_id)
    result = api.ok("package_search", {"q": q, "rows": 50}, method="GET")
    assert name in [d["name"] for d in result["results"]], f"q={q!r} did not find {name}"
