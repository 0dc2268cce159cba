"""The web page end to end in real headless Chromium (Debian's, driven by Selenium) against a
real `eventwire serve`: the map loads, a filter narrows it, an incident opens with its sources
side by side and their evidence highlighted, and hostile page text stays text."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from selenium import webdriver
from selenium.common.exceptions import NoAlertPresentException
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

HOSTILE = (
    "Gunmen kill two guards <script>window.pwned=1</script>\n\n"
    "KIRKUK - Gunmen shot dead two guards at a checkpoint near Kirkuk on Monday, police said. "
    '<img src=x onerror="window.pwned=2"> The attackers fled.\n'
)


@pytest.fixture(scope="module")
def server(seeds: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    folder = tmp_path_factory.mktemp("page")
    (folder / "hostile.txt").write_text(HOSTILE, encoding="utf-8")
    db = str(folder / "page.db")
    cmd = [sys.executable, "-m", "eventwire"]
    for args in (["ingest", str(seeds)],
                 ["ingest", str(folder / "hostile.txt"), "--published", "2024-03-06"],
                 ["process"]):  # fmt: skip
        ran = subprocess.run([*cmd, *args, "--db", db], capture_output=True, text=True)
        assert ran.returncode == 0, ran.stderr
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    proc = subprocess.Popen([*cmd, "serve", "--db", db, "--port", str(port)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # fmt: skip
    url = f"http://127.0.0.1:{port}"
    for _ in range(100):
        try:
            urllib.request.urlopen(url + "/api/stats", timeout=2).close()
            break
        except OSError:
            time.sleep(0.2)
    yield url
    proc.terminate()
    proc.wait(timeout=10)


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[webdriver.Chrome]:
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic",
                 "--no-first-run", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--window-size=1280,1400",
                 f"--user-data-dir={tmp_path_factory.mktemp('chromium')}"):  # fmt: skip
        options.add_argument(flag)
    driver = webdriver.Chrome(options=options, service=Service("/usr/bin/chromedriver"))
    yield driver
    driver.quit()


def _wait(driver: webdriver.Chrome, script: str, timeout: float = 20) -> None:
    WebDriverWait(driver, timeout).until(lambda d: d.execute_script(script))


ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "web"


def test_map_filter_incident_and_evidence(server: str, browser: webdriver.Chrome):
    browser.get(server + "/")
    _wait(browser, "return document.body.dataset.ready === 'yes'")
    assert len(browser.find_elements(By.CSS_SELECTOR, "#map polyline")) > 100  # the basemap
    assert len(browser.find_elements(By.CSS_SELECTOR, "#map circle")) >= 5
    assert len(browser.find_elements(By.CSS_SELECTOR, "#timeline rect")) >= 3
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    browser.save_screenshot(str(ARTIFACTS / "overview.png"))
    search = browser.find_element(By.CSS_SELECTOR, "input[name=q]")
    search.send_keys("jurf")
    browser.execute_script("document.body.dataset.ready = 'no'")
    browser.find_element(By.CSS_SELECTOR, "#filters button").click()
    _wait(browser, "return document.body.dataset.ready === 'yes'")
    rows = browser.find_elements(By.CSS_SELECTOR, "#list tbody tr")
    assert rows and all("Jurf" in r.text for r in rows)
    rows[0].click()  # the most reported: the Nov 22 strike, three outlets
    _wait(browser, "return document.querySelectorAll('.source[data-loaded=yes]').length === 3")
    sources = browser.find_elements(By.CSS_SELECTOR, ".source")
    assert len(sources) == 3
    marks = [m.text for m in browser.find_elements(By.CSS_SELECTOR, ".source mark")]
    assert any("eight" in m for m in marks), "the toll's words are highlighted"
    statements = browser.find_element(By.ID, "statements").text
    assert "Basem al-Awadi" in statements and "condemn" in statements
    browser.save_screenshot(str(ARTIFACTS / "incident.png"))


def test_hostile_text_is_shown_as_text(server: str, browser: webdriver.Chrome):
    browser.get(server + "/")
    _wait(browser, "return document.body.dataset.ready === 'yes'")
    browser.find_element(By.CSS_SELECTOR, "input[name=q]").send_keys("Kirkuk")
    browser.execute_script("document.body.dataset.ready = 'no'")
    browser.find_element(By.CSS_SELECTOR, "#filters button").click()
    _wait(browser, "return document.body.dataset.ready === 'yes'")
    browser.find_elements(By.CSS_SELECTOR, "#list tbody tr")[0].click()
    _wait(browser, "return document.querySelectorAll('.source[data-loaded=yes]').length >= 1")
    text = browser.find_element(By.CSS_SELECTOR, ".source .text").text
    assert "onerror" in text or "script" in text.lower()
    assert browser.execute_script("return window.pwned") is None
    assert (
        browser.execute_script(
            "return document.querySelectorAll('.source img, .source script').length"
        )
        == 0
    )
    with pytest.raises(NoAlertPresentException):
        browser.switch_to.alert.text  # noqa: B018
