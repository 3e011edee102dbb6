"""Shared fixtures for the end-to-end tests.

The tests run against a live `manba serve`; scripts/test starts it and sets:
  MANBA_E2E_URL        http://127.0.0.1:PORT
  MANBA_E2E_TOKEN      an API token of a sysadmin
  MANBA_E2E_USER       that sysadmin's user name
  MANBA_E2E_PASSWORD   and password
  MANBA_E2E_BACKEND    sqlite | postgres
  MANBA_E2E_ARTIFACTS  directory for screenshots and logs

A missing variable, an unreachable server or a missing browser is a failure, never a skip.
"""

from __future__ import annotations

import os
import pathlib
import random
import time

import pytest
import requests
from selenium import webdriver
from selenium.webdriver.chrome.service import Service

_NO_TOKEN = object()


def _require_env(name: str) -> str:
    value = os.environ.get(name, "").strip()
    if not value:
        pytest.fail(
            f"{name} is not set: run the end-to-end tests through scripts/test, "
            "which starts the server and sets MANBA_E2E_*",
            pytrace=False,
        )
    return value


@pytest.fixture(scope="session")
def base_url() -> str:
    url = _require_env("MANBA_E2E_URL").rstrip("/")
    try:
        r = requests.get(url + "/healthz", timeout=10)
    except requests.RequestException as e:  # server missing: fail loudly
        pytest.fail(f"server at {url} is not reachable: {e}", pytrace=False)
    if r.status_code != 200:
        pytest.fail(f"GET {url}/healthz answered {r.status_code}: {r.text[:300]}", pytrace=False)
    return url


@pytest.fixture(scope="session")
def token() -> str:
    return _require_env("MANBA_E2E_TOKEN")


@pytest.fixture(scope="session")
def e2e_user() -> str:
    return _require_env("MANBA_E2E_USER")


@pytest.fixture(scope="session")
def e2e_password() -> str:
    return _require_env("MANBA_E2E_PASSWORD")


@pytest.fixture(scope="session")
def backend() -> str:
    value = _require_env("MANBA_E2E_BACKEND")
    assert value in ("sqlite", "postgres"), f"unexpected MANBA_E2E_BACKEND={value!r}"
    return value


@pytest.fixture(scope="session")
def artifacts() -> pathlib.Path:
    path = pathlib.Path(_require_env("MANBA_E2E_ARTIFACTS"))
    path.mkdir(parents=True, exist_ok=True)
    return path


@pytest.fixture(scope="session")
def run_id() -> str:
    """Digits only, so it reads the same in Latin and Cyrillic script. Nine of them: ten digits are a
    valid ISBN-10 about one time in eleven, and the OPAC searches a query that is an ISBN as an ISBN."""
    return f"{int(time.time()) % 10**7:07d}{random.randint(0, 99):02d}"


class Api:
    """A thin CKAN Action API client on requests, for assertions on raw HTTP."""

    def __init__(self, base_url: str, token: str):
        self.base_url = base_url
        self.token = token
        self.session = requests.Session()

    def url(self, action: str, prefix: str = "/api/3/action/") -> str:
        return self.base_url + prefix + action

    def _headers(self, token) -> dict:
        key = self.token if token is _NO_TOKEN else token
        return {"Authorization": key} if key else {}

    def post(self, action: str, data=None, *, token=_NO_TOKEN, prefix="/api/3/action/") -> requests.Response:
        return self.session.post(self.url(action, prefix), json=data if data is not None else {},
                                 headers=self._headers(token), timeout=60)

    def get(self, action: str, params=None, *, token=_NO_TOKEN, prefix="/api/3/action/") -> requests.Response:
        return self.session.get(self.url(action, prefix), params=params or {},
                                headers=self._headers(token), timeout=60)

    @staticmethod
    def envelope(r: requests.Response) -> dict:
        try:
            body = r.json()
        except ValueError:
            raise AssertionError(
                f"{r.request.method} {r.url} answered {r.status_code} with non-JSON body: {r.text[:500]!r}"
            ) from None
        assert isinstance(body, dict), f"envelope is not an object: {body!r}"[:500]
        assert "success" in body, f"no 'success' in envelope: {body!r}"[:500]
        assert "help" in body, f"no 'help' in envelope: {body!r}"[:500]
        return body

    def ok(self, action: str, data=None, *, method: str = "POST", token=_NO_TOKEN):
        r = self.post(action, data, token=token) if method == "POST" else self.get(action, data, token=token)
        body = self.envelope(r)
        assert r.status_code == 200 and body["success"] is True, (
            f"{action} failed: HTTP {r.status_code} {str(body)[:800]}"
        )
        return body["result"]


@pytest.fixture(scope="session")
def api(base_url, token) -> Api:
    return Api(base_url, token)


@pytest.fixture(scope="session")
def org(api) -> str:
    """The name of an existing organisation (the first of organization_list)."""
    orgs = api.ok("organization_list", method="GET")
    assert orgs, "organization_list is empty: did `manba demo` run?"
    return orgs[0]


# Save a screenshot and the page source of the browser when a browser test fails.
@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    outcome = yield
    report = outcome.get_result()
    if report.when != "call" or not report.failed:
        return
    driver = item.funcargs.get("browser") if hasattr(item, "funcargs") else None
    art = os.environ.get("MANBA_E2E_ARTIFACTS")
    if driver is None or not art:
        return
    try:
        path = pathlib.Path(art)
        path.mkdir(parents=True, exist_ok=True)
        driver.save_screenshot(str(path / f"failure-{item.name}.png"))
        (path / f"failure-{item.name}.html").write_text(driver.page_source, encoding="utf-8")
    except Exception:  # best effort only
        pass


CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"


@pytest.fixture(scope="session")
def browser():
    for path in (CHROMIUM, CHROMEDRIVER):
        if not os.access(path, os.X_OK):
            pytest.fail(f"{path} is missing: apt-get install chromium chromium-driver", pytrace=False)
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for arg in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,1000",
                "--lang=uz", "--disable-gpu"):
        options.add_argument(arg)
    driver = webdriver.Chrome(service=Service(executable_path=CHROMEDRIVER), options=options)
    driver.set_page_load_timeout(60)
    try:
        yield driver
    finally:
        driver.quit()


class ManbaCLI:
    """Runs the manba binary the server runs, on the same database (the e2e run passes its environment)."""

    def __init__(self, binary: str, env: dict):
        self.binary, self.env = binary, env

    def run(self, *args, input_text=None, check=True, timeout=600):
        import subprocess
        result = subprocess.run([self.binary, *args], input=input_text, capture_output=True, text=True,
                                env={**os.environ, **self.env}, timeout=timeout)
        if check and result.returncode != 0:
            pytest.fail(f"manba {' '.join(args)} exited {result.returncode}: {result.stderr[-2000:]}", pytrace=False)
        return result


@pytest.fixture(scope="session")
def manba_cli() -> ManbaCLI:
    binary = _require_env("MANBA_E2E_BIN")
    env = {}
    for item in os.environ.get("MANBA_E2E_CLI_ENV", "").split():
        if "=" in item and not item.startswith("-"):
            key, value = item.split("=", 1)
            env[key] = value
    if "MANBA_DATA_DIR" not in env:
        pytest.fail("MANBA_E2E_CLI_ENV names no MANBA_DATA_DIR: run through scripts/test", pytrace=False)
    return ManbaCLI(binary, env)
