"""Real-browser harness: Debian's Chromium driven by Playwright against a fresh `streamlit run`."""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from tests.e2e.serving import CHROMIUM_ARGS, Server, start_streamlit

ROOT = Path(__file__).resolve().parents[2]
PAGE_PATHS = {
    "Overview": "",
    "Trade": "trade",
    "Tourism": "tourism",
    "Timeline": "timeline",
    "Quotes": "quotes",
    "Sources & data": "sources",
}
NAV_TITLES = list(PAGE_PATHS)
APP_TITLE = "Laos–Russia relations"


def data_day() -> str:
    """How far the shipped collection runs (its latest quote or event), as file names carry it."""
    import pandas as pd

    dates = pd.concat(
        [pd.read_csv(ROOT / "data" / f"{name}.csv")["date"] for name in ("quotes", "timeline")]
    )
    return pd.to_datetime(dates).max().strftime("%Y-%m-%d")


def chromium_path() -> str | None:
    return shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    chromium = chromium_path()
    if chromium is None:
        message = "Debian's chromium is not installed (apt-get install chromium)"
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(message + ": browser tests are required in CI")
        pytest.skip(message)
    return {**browser_type_launch_args, "executable_path": chromium, "args": CHROMIUM_ARGS}


def start_server(
    tmp_dir: Path,
    *,
    python: str = sys.executable,
    env: dict[str, str] | None = None,
    timeout: float = 60,
) -> Server:
    return start_streamlit(
        "app.py", cwd=ROOT, log_dir=tmp_dir, python=python, env=env, timeout=timeout
    )


@pytest.fixture(scope="session")
def server(tmp_path_factory) -> Iterator[Server]:
    running = start_server(tmp_path_factory.mktemp("server"))
    yield running
    running.stop()


@pytest.fixture
def cold_server(tmp_path) -> Iterator[Server]:
    running = start_server(tmp_path)
    yield running
    running.stop()


# Streamlit's frontend probes `<page path>/_stcore/health` and `/_stcore/host-config` to find its
# base URL when a deep link is opened; the probe 404s before it falls back to the root. That is
# the framework's own discovery, not an error of the app, so only those two URLs are excused.
KNOWN_PROBES = ("/_stcore/health", "/_stcore/host-config")


@dataclass
class ConsoleLog:
    errors: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)

    def unexpected(self) -> list[str]:
        probe_404s = [url for url in self.failed if url.endswith(KNOWN_PROBES)]
        errors = list(self.errors)
        for _ in probe_404s:
            for i, text in enumerate(errors):
                if "404" in text and "Failed to load resource" in text:
                    del errors[i]
                    break
        return errors + [url for url in self.failed if not url.endswith(KNOWN_PROBES)]


@pytest.fixture
def console(page) -> ConsoleLog:
    log = ConsoleLog()
    page.on(
        "console",
        lambda message: log.errors.append(message.text) if message.type == "error" else None,
    )
    page.on("pageerror", lambda error: log.errors.append(str(error)))
    page.on(
        "response",
        lambda response: log.failed.append(response.url) if response.status >= 400 else None,
    )
    return log


def wait_ready(page, timeout: float = 30_000) -> None:
    """The script has finished and every chart on the page has drawn."""
    from playwright.sync_api import expect

    expect(
        page.locator('[data-testid="stApp"][data-test-script-state="notRunning"]')
    ).to_be_attached(timeout=timeout)
    charts = page.get_by_test_id("stVegaLiteChart")
    for i in range(charts.count()):
        expect(charts.nth(i).locator("svg.marks, canvas").first).to_be_attached(timeout=timeout)


def open_dropdown(page, label: str, attempts: int = 3) -> None:
    """Open a select or multiselect by its label, retrying while the page settles.

    A click that lands while Streamlit is still swapping elements in can be lost, so the
    click is repeated (and the keyboard tried) until the list of options is on screen.
    """
    from playwright.sync_api import expect

    box = page.get_by_role("combobox", name=label, exact=True)
    listbox = page.get_by_role("listbox")
    for attempt in range(attempts):
        box.click()
        if attempt:
            box.press("ArrowDown")
        try:
            expect(listbox.first).to_be_visible(timeout=3_000)
            return
        except AssertionError:
            page.keyboard.press("Escape")
    expect(listbox.first).to_be_visible()
