"""Cite, share, embed in a real Chromium: the chart's files as downloaded, a quote's Cite, each
page's tab title, and every page embedded with its own parameters and no sidebar."""

from __future__ import annotations

import io
import struct
import urllib.parse
import xml.etree.ElementTree as ET

import pandas as pd
import pytest
from playwright.sync_api import expect

from .conftest import APP_TITLE, NAV_TITLES, PAGE_PATHS, data_day, wait_ready

# Each page embedded with parameters of its own, and what shows they were read.
EMBEDDED = {
    "Overview": ("", None),
    "Trade": ("trade?trade_years=2010&trade_years=2020&trade_reporter=Laos", "Laos"),
    "Tourism": ("tourism?tourism_years=2016&tourism_years=2019", "2016"),
    "Timeline": ("timeline?timeline_categories=economy", "economy"),
    "Quotes": ("quotes?quotes_speakers=Sergey+Lavrov", "Sergey Lavrov"),
    "Sources & data": ("sources", None),
}
SVG = "{http://www.w3.org/2000/svg}"


def open_control(page, key: str):
    """Open the popover keyed `key` and return its body."""
    page.locator(f".st-key-{key}").get_by_role("button").first.click()
    body = page.get_by_test_id("stPopoverBody")
    expect(body).to_be_visible()
    return body


def take(page, key: str, tmp_path) -> tuple[str, bytes]:
    with page.expect_download() as caught:
        page.locator(f".st-key-{key}").get_by_role("button").click()
    saved = tmp_path / caught.value.suggested_filename
    caught.value.save_as(saved)
    return caught.value.suggested_filename, saved.read_bytes()


def test_chart_files_downloaded_from_the_control(server, page, console, tmp_path):
    query = "trade_years=2010&trade_years=2022"
    page.goto(f"{server.url}/trade?{query}")
    wait_ready(page)
    open_control(page, "trade_flows_chart_cite")
    stem = f"laos-russia-trade-flows-russia-2010-2022-data-{data_day()}"

    name, svg = take(page, "trade_flows_chart_svg", tmp_path)
    assert name == f"{stem}.svg"
    root = ET.fromstring(svg)
    texts = [t.text or "" for t in root.iter(f"{SVG}text")]
    assert "Laos–Russia trade each way and turnover, Russia's statistics, 2010–2022" in texts
    assert any(t.startswith("Source: ") for t in texts)
    (link,) = [t for t in texts if t.startswith("http")]
    address, _, params = link.partition("?")
    # The permalink is the address this browser has, with the view's parameters.
    assert address == f"{server.url}/trade"
    assert urllib.parse.parse_qs(params) == {"trade_years": ["2010", "2022"]}

    name, png = take(page, "trade_flows_chart_png", tmp_path)
    assert name == f"{stem}.png" and png[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", png[16:24])
    assert (width, height) == (
        round(float(root.get("width")) * 2),
        round(float(root.get("height")) * 2),
    )

    name, rows = take(page, "trade_flows_chart_csv", tmp_path)
    assert name == f"{stem}.csv"
    drawn = pd.read_csv(io.BytesIO(rows))
    assert sorted(drawn["year"].unique()) == list(range(2010, 2023))
    assert set(drawn["series"]) == {"Laos → Russia", "Russia → Laos", "Turnover (both ways)"}

    codes = page.get_by_test_id("stPopoverBody").get_by_test_id("stCode")
    plain = codes.first.inner_text()
    assert plain.startswith("Laos–Russia relations dashboard (")
    assert f"{server.url}/trade?{query}" in plain
    assert console.unexpected() == []


def test_a_quote_card_cites_its_source_and_its_permalink(server, page, console):
    page.goto(f"{server.url}/quotes?quotes_speakers=Sergey+Lavrov")
    wait_ready(page)
    card = page.locator('[class*="st-key-quotes_card_"]').first
    quote_id = next(
        c.removeprefix("st-key-quotes_card_")
        for c in card.get_attribute("class").split()
        if c.startswith("st-key-quotes_card_")
    )
    card.locator('[class*="st-key-cite_quote_"]').get_by_role("button").click()
    body = page.get_by_test_id("stPopoverBody")
    expect(body).to_be_visible()
    plain = body.get_by_test_id("stCode").first.inner_text()
    assert plain.startswith("Sergey Lavrov (")
    assert f"{server.url}/quotes?quote={quote_id}" in plain
    assert console.unexpected() == []


@pytest.mark.parametrize("title", NAV_TITLES)
def test_tab_title_names_the_page(server, page, title):
    page.goto(f"{server.url}/{PAGE_PATHS[title]}")
    wait_ready(page)
    expect(page).to_have_title(f"{title} · {APP_TITLE}")


@pytest.mark.parametrize("title", list(EMBEDDED))
def test_every_page_embedded_keeps_its_parameters_and_has_no_sidebar(server, page, console, title):
    path, shown = EMBEDDED[title]
    joiner = "&" if "?" in path else "?"
    page.goto(f"{server.url}/{path}{joiner}embed=true")
    wait_ready(page)
    expect(page.get_by_role("heading", level=1)).to_be_visible()
    assert page.get_by_test_id("stSidebar").count() == 0
    assert page.get_by_test_id("stSidebarNav").count() == 0
    assert page.get_by_test_id("stException").count() == 0
    if shown is not None:
        expect(page.get_by_test_id("stMain").get_by_text(shown).first).to_be_attached()
    # A line under the page leads to the same view in full (no embed parameter).
    full = page.get_by_role("link", name=title, exact=True)
    expect(full).to_be_visible()
    href = full.get_attribute("href")
    assert "embed" not in href and href.startswith(f"{server.url}/{path.split('?')[0]}")
    assert console.unexpected() == []


def test_embedded_quotes_filters_sit_on_the_page(server, page, console):
    page.goto(f"{server.url}/quotes?quotes_speakers=Sergey+Lavrov&embed=true")
    wait_ready(page)
    page.get_by_test_id("stExpander").filter(has_text="Filter the quotes").first.click()
    chip = page.get_by_role("button", name="Remove Sergey Lavrov")
    expect(chip).to_be_visible()
    assert console.unexpected() == []
