"""Headless Chromium (Debian's `chromium` + `chromium-driver`) driven by Selenium,
like a person at a keyboard: one browser per test module, downloads into a folder
of the test's own, screenshots into `.gi/screenshots/console/` (git-ignored).

Selenium blocks; tests call it through `asyncio.to_thread` so the in-process fakes
(providers, Stripe) keep answering on the event loop meanwhile."""

from __future__ import annotations

import shutil
import time
from collections.abc import Callable
from pathlib import Path

from selenium import webdriver
from selenium.common.exceptions import StaleElementReferenceException, TimeoutException
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.remote.webdriver import WebDriver
from selenium.webdriver.remote.webelement import WebElement
from selenium.webdriver.support.ui import WebDriverWait

from tests.integration.service_process import ROOT

SCREENSHOTS = ROOT / ".gi" / "screenshots" / "console"
DESKTOP = (1280, 900)
PHONE = (375, 812)
WAIT_S = 30


def chromedriver_path() -> str:
    found = shutil.which("chromedriver") or "/usr/bin/chromedriver"
    if not Path(found).exists():
        raise RuntimeError("chromedriver is missing: run `make browser` (Debian's chromium-driver)")
    return found


def start_browser(downloads: Path) -> WebDriver:
    options = webdriver.ChromeOptions()
    options.binary_location = shutil.which("chromium") or "/usr/bin/chromium"
    for arg in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                f"--window-size={DESKTOP[0]},{DESKTOP[1]}", "--disable-extensions",
                "--no-first-run", "--disable-background-networking", "--disable-sync",
                "--disable-component-update", "--disable-default-apps"):
        options.add_argument(arg)
    options.add_experimental_option("prefs", {
        "download.default_directory": str(downloads), "download.prompt_for_download": False,
        "profile.default_content_setting_values.automatic_downloads": 1})
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(options=options, service=Service(chromedriver_path()))
    driver.execute_cdp_cmd("Browser.setDownloadBehavior", {"behavior": "allow", "downloadPath": str(downloads)})
    return driver


def wait_for(driver: WebDriver, condition: Callable[[WebDriver], object], what: str, timeout_s: float = WAIT_S):
    try:
        return WebDriverWait(driver, timeout_s, poll_frequency=0.1,
                             ignored_exceptions=(StaleElementReferenceException,)).until(condition)
    except TimeoutException:
        # What the person would see, and what the browser complained about, in the failure.
        shown = driver.execute_script("return document.querySelector('main')?.innerText || ''")[:2000]
        raise AssertionError(f"waiting for {what}; the page shows:\n{shown}\nbrowser log: "
                             f"{driver.get_log('browser')[-10:]}") from None


def element(driver: WebDriver, css: str, timeout_s: float = WAIT_S) -> WebElement:
    return wait_for(driver, lambda d: _displayed(d, css), css, timeout_s)


def _displayed(driver: WebDriver, css: str):
    found = driver.find_elements(By.CSS_SELECTOR, css)
    return found[0] if found and found[0].is_displayed() else False


def text_of(driver: WebDriver, css: str, predicate: Callable[[str], bool], timeout_s: float = WAIT_S) -> str:
    def check(d):
        found = d.find_elements(By.CSS_SELECTOR, css)
        return found[0].text if found and predicate(found[0].text) else False
    return wait_for(driver, check, f"text of {css}", timeout_s)


def screenshot(driver: WebDriver, name: str) -> list[Path]:
    """Desktop and phone-width (375 px) full-page screenshots of what is shown now."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    paths = []
    for label, (width, height) in (("desktop", DESKTOP), ("phone", PHONE)):
        driver.set_window_size(width, height)
        full = driver.execute_script("return Math.max(document.body.scrollHeight, window.innerHeight)")
        driver.set_window_size(width, min(int(full) + 120, 6000))
        driver.execute_script("window.scrollTo(0, 0)")  # the whole page from its top, not where focus left it
        path = SCREENSHOTS / f"{name}-{label}.png"
        driver.save_screenshot(str(path))
        paths.append(path)
    driver.set_window_size(*DESKTOP)
    return paths


def console_errors(driver: WebDriver) -> list[str]:
    """Severe console messages (a CSP violation, a failed script) since the last call."""
    return [e["message"] for e in driver.get_log("browser") if e.get("level") == "SEVERE"]


def wait_for_file(folder: Path, suffix: str, timeout_s: float = WAIT_S) -> Path:
    end = time.monotonic() + timeout_s
    while time.monotonic() < end:
        done = [p for p in folder.glob(f"*{suffix}") if p.stat().st_size > 0]
        if done and not list(folder.glob("*.crdownload")):
            return done[0]
        time.sleep(0.1)
    raise TimeoutError(f"no *{suffix} download in {folder}: {list(folder.iterdir())}")
