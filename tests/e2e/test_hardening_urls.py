"""Untrusted URLs in a real Chromium: deep links with garbage, 10 KB and repeated values open
each page as it opens with none, with no exception and no console error."""

from __future__ import annotations

import urllib.parse

import pytest
from playwright.sync_api import expect

from relations.data import load

from .conftest import wait_ready

LONG = "x" * 10240
EVENTS, QUOTES = len(load.timeline()), len(load.quotes())


def link(path: str, params: list[tuple[str, str]]) -> str:
    return f"{path}?{urllib.parse.urlencode(params)}"


def open_link(page, server, path: str, params: list[tuple[str, str]]) -> None:
    page.goto(f"{server.url}/{link(path, params)}")
    wait_ready(page)


def assert_clean(page, console) -> None:
    assert page.get_by_test_id("stException").count() == 0
    assert console.unexpected() == []


def chosen(page, key: str, option: str):
    return page.locator(f".st-key-{key}").get_by_role("radio", name=option)


@pytest.mark.parametrize(
    "params",
    [
        [("trade_reporter", ""), ("trade_scale", "<script>"), ("trade_years", LONG)],
        [("trade_reporter", "a"), ("trade_reporter", "b"), ("trade_years", "-1")],
    ],
)
def test_trade_opens_with_russia_linear_and_every_year(server, page, console, params):
    open_link(page, server, "trade", params)
    expect(chosen(page, "trade_reporter", "Russia")).to_be_checked()
    expect(chosen(page, "trade_scale", "linear")).to_be_checked()
    expect(page.get_by_test_id("stMetric").first).to_be_visible()
    assert_clean(page, console)


def test_tourism_opens_with_both_periods(server, page, console):
    open_link(
        page,
        server,
        "tourism",
        [("tourism_years", "abc"), ("tourism_periods", "a"), ("tourism_periods", LONG)],
    )
    periods = page.locator(".st-key-tourism_periods")
    for period in ("Full years", "Partial periods"):
        expect(periods.get_by_role("button", name=period)).to_have_attribute("aria-pressed", "true")
    assert_clean(page, console)


@pytest.mark.parametrize(
    "params",
    [
        [("timeline_categories", "<script>"), ("timeline_years", "9999"), ("event", LONG)],
        [("timeline_asean", ""), ("event", "a"), ("event", "b"), ("timeline_years", "Вьентьян")],
    ],
)
def test_timeline_opens_with_every_event_and_no_details(server, page, console, params):
    open_link(page, server, "timeline", params)
    expect(page.get_by_text(f"{EVENTS} of {EVENTS} events")).to_be_visible()
    expect(chosen(page, "timeline_asean", "All events")).to_be_checked()
    expect(page.locator(".st-key-timeline_details")).to_have_count(0)
    assert_clean(page, console)


@pytest.mark.parametrize(
    "params",
    [
        [("quotes_speakers", "a"), ("quotes_speakers", "b"), ("quotes_years", "9999")],
        [("quote", LONG), ("quotes_claims_only", "abc"), ("quotes_topics", "\x00")],
    ],
)
def test_quotes_open_with_every_quote(server, page, console, params):
    open_link(page, server, "quotes", params)
    expect(page.get_by_role("heading", name=f"{QUOTES} of {QUOTES} quotes")).to_be_visible()
    expect(page.get_by_text("The quote you linked to")).to_have_count(0)
    assert_clean(page, console)


@pytest.mark.parametrize(
    ("path", "key", "count"),
    [
        ("timeline", "timeline_search", f"0 of {EVENTS} events"),
        ("quotes", "quotes_text", f"0 of {QUOTES} quotes"),
    ],
)
def test_a_10_kb_search_is_searched_for_and_matches_nothing(
    server, page, console, path, key, count
):
    open_link(page, server, path, [(key, LONG)])
    expect(page.get_by_text(count, exact=True)).to_be_visible()
    assert_clean(page, console)


@pytest.mark.parametrize("path", ["", "sources"])
def test_unknown_parameters_are_ignored(server, page, console, path):
    open_link(page, server, path, [("utm_source", "<script>"), ("x" * 200, LONG), ("page", "-1")])
    expect(page.get_by_role("heading", level=1)).to_be_visible()
    assert_clean(page, console)
