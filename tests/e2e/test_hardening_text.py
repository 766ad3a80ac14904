"""Hostile text in the data, in a real Chromium: nothing in it becomes an element, a request or a
script. Every free-text column holds HTML, markdown links and images, and Streamlit directives
(tests/hostile_data.py); the server reads that copy through RELATIONS_DATA_DIR.
"""

from __future__ import annotations

import urllib.parse
from collections.abc import Iterator
from dataclasses import dataclass, field

import pytest
from playwright.sync_api import expect

from relations.data import load

from .. import hostile_data
from .conftest import Server, open_dropdown, start_server, wait_ready

# A search that matches nothing, so the page repeats it in its empty-state hint.
REFLECTED = "zz<img/src=y>![](http://127.0.0.1:9/zz.png)[zz](javascript:alert(1)):smile:"
INJECTED = {
    "an <img> from the data": 'img[src="x"], img[src="y"]',
    "a markdown image": 'img[src*="127.0.0.1:9"]',
    "a javascript: link": 'a[href^="javascript"]',
    "a script from the data": 'script:has-text("alert")',
}


@pytest.fixture(scope="module")
def hostile_server(tmp_path_factory) -> Iterator[tuple[Server, dict[str, str]]]:
    folder = hostile_data.build(tmp_path_factory.mktemp("hostile") / "data")
    quotes, claims = load.dataset("quotes", folder=folder), load.dataset("claims", folder=folder)
    events = load.dataset("timeline", folder=folder)
    daily = events[events["date_precision"] == "day"]
    quoted = daily[daily["date"].isin(quotes.loc[quotes["date_precision"] == "day", "date"])]
    ids = {"event": quoted["event_id"].iloc[0], "quote": claims["quote_id"].iloc[0]}
    running = start_server(tmp_path_factory.mktemp("server"), env={load.DATA_DIR_ENV: str(folder)})
    yield running, ids
    running.stop()


@dataclass
class Traffic:
    """Requests to the closed port the hostile image points at, and any dialog opened."""

    requests: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)


@pytest.fixture
def traffic(page) -> Traffic:
    seen = Traffic()
    page.on(
        "request",
        lambda request: seen.requests.append(request.url) if ":9/" in request.url else None,
    )
    page.on("dialog", lambda dialog: (seen.dialogs.append(dialog.message), dialog.dismiss()))
    return seen


def assert_nothing_injected(page, traffic: Traffic, console) -> None:
    for what, selector in INJECTED.items():
        assert page.locator(selector).count() == 0, what
    assert traffic.requests == [] and traffic.dialogs == []
    assert page.get_by_test_id("stException").count() == 0
    assert console.unexpected() == []


PATHS = {
    "overview": "",
    "trade": "trade",
    "tourism": "tourism",
    "timeline": "timeline",
    "quotes": "quotes",
    "event details": "timeline?event={event}",
    "linked quote": "quotes?quote={quote}",
}


@pytest.mark.parametrize("view", list(PATHS))
def test_hostile_text_is_shown_as_written(hostile_server, page, console, traffic, view):
    server, ids = hostile_server
    page.goto(f"{server.url}/{PATHS[view].format(**ids)}")
    wait_ready(page)
    expect(page.get_by_test_id("stMain")).to_contain_text(hostile_data.HOSTILE)
    assert_nothing_injected(page, traffic, console)


def test_sources_table_draws_without_injecting(hostile_server, page, console, traffic):
    server, _ = hostile_server
    page.goto(f"{server.url}/sources")
    wait_ready(page)
    # The table draws on a canvas, literal by nature; its text is checked in AppTest.
    expect(page.get_by_test_id("stDataFrame").first.locator("canvas").first).to_be_attached()
    assert_nothing_injected(page, traffic, console)


@pytest.mark.parametrize(
    ("path", "name"), [("timeline", "timeline_search"), ("quotes", "quotes_text")]
)
def test_a_search_from_the_url_is_repeated_as_written(
    hostile_server, page, console, traffic, path, name
):
    server, _ = hostile_server
    page.goto(f"{server.url}/{path}?{urllib.parse.urlencode({name: REFLECTED})}")
    wait_ready(page)
    expect(page.get_by_test_id("stAlert").filter(has_text=REFLECTED)).to_be_visible()
    assert_nothing_injected(page, traffic, console)


def test_chart_tooltip_shows_hostile_text_as_written(hostile_server, page, console, traffic):
    server, _ = hostile_server
    page.goto(f"{server.url}/timeline")
    wait_ready(page)
    page.locator(".st-key-timeline_chart").locator('path[role="graphics-symbol"]').first.hover()
    tooltip = page.locator("#vg-tooltip-element")
    expect(tooltip).to_contain_text(hostile_data.HOSTILE)
    assert tooltip.locator("img, script, a").count() == 0
    assert_nothing_injected(page, traffic, console)


def test_filter_options_show_hostile_text_as_written(hostile_server, page, console, traffic):
    server, _ = hostile_server
    page.goto(f"{server.url}/quotes")
    wait_ready(page)
    open_dropdown(page, "Speakers")
    option = page.get_by_role("option").filter(has_text=hostile_data.HOSTILE).first
    expect(option).to_be_visible()
    assert option.locator("img, script, a").count() == 0
    assert_nothing_injected(page, traffic, console)
