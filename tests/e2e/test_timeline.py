"""Timeline in a real Chromium: a click on a mark opens its details, the permalink reproduces them."""

import csv
import io

import pandas as pd
from playwright.sync_api import expect

from relations.data import load

from .conftest import data_day, wait_ready

TIMELINE = pd.read_csv(load.PACKAGE_DATA_DIR / "timeline.csv")


def timeline_chart(page):
    """The timeline chart, found by its widget key, not by its place among the charts."""
    return page.locator(".st-key-timeline_chart")


def open_timeline(page, url: str) -> None:
    page.goto(url)
    wait_ready(page)
    expect(timeline_chart(page).locator("svg.marks")).to_be_attached()


def mark(page, title: str):
    """The chart's point for an event: its accessible label starts with the event's title."""
    return timeline_chart(page).locator(f'path[role="graphics-symbol"][aria-label^="{title},"]')


def details(page):
    return page.locator(".st-key-timeline_details")


def test_clicking_a_mark_shows_its_details_and_puts_it_in_the_url(server, page, console):
    open_timeline(page, f"{server.url}/timeline")
    expect(details(page)).to_have_count(0)
    mark(page, "Proclamation of the Lao PDR").click()
    expect(details(page).get_by_role("heading", name="Proclamation of the Lao PDR")).to_be_visible()
    expect(details(page)).to_contain_text("2 December 1975")
    expect(details(page)).to_contain_text("opens the era")
    expect(page).to_have_url(f"{server.url}/timeline?event=1975-lao-pdr-proclaimed")
    assert page.get_by_test_id("stException").count() == 0
    assert console.unexpected() == []


def test_permalink_with_filters_reproduces_the_view(server, page, console):
    query = "event=2019-laros-exercise&timeline_categories=security&timeline_years=2015&timeline_years=2025"
    open_timeline(page, f"{server.url}/timeline?{query}")
    expect(
        details(page).get_by_role("heading", name="Laros-2019: first joint exercise")
    ).to_be_visible()
    expect(details(page)).to_contain_text("10–19 December 2019")
    shown = TIMELINE[(TIMELINE["category"] == "security") & (TIMELINE["date"] >= "2015")]
    expect(page.get_by_text(f"{len(shown)} of {len(TIMELINE)} events")).to_be_visible()
    expect(page.get_by_role("button", name="Remove security")).to_be_visible()
    # The permalinked event is drawn selected: it stays opaque, the other marks are dimmed.
    expect(mark(page, "Laros-2019: first joint exercise")).to_have_attribute("opacity", "1")
    expect(mark(page, "Laros-2021 in Primorye")).to_have_attribute("opacity", "0.25")
    assert page.get_by_test_id("stException").count() == 0
    assert console.unexpected() == []


def test_zoom_and_a_click_coexist(server, page, console):
    open_timeline(page, f"{server.url}/timeline?timeline_categories=humanitarian")
    # The time axis, by its accessible name (Vega labels it "X-axis ...").
    axis = timeline_chart(page).locator('[aria-roledescription="axis"][aria-label^="X-axis"]')
    before = axis.get_attribute("aria-label")
    target = mark(page, "First Russian demining mission")
    box = target.bounding_box()
    # Zoom around the mark, so it stays under the pointer.
    page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    page.mouse.wheel(0, -600)
    expect(axis).not_to_have_attribute("aria-label", before)
    zoomed = axis.get_attribute("aria-label")
    target.click()
    expect(
        details(page).get_by_role("heading", name="First Russian demining mission")
    ).to_be_visible()
    expect(page).to_have_url(
        f"{server.url}/timeline?timeline_categories=humanitarian&event=2018-first-demining-mission"
    )
    expect(axis).to_have_attribute("aria-label", zoomed)
    assert console.unexpected() == []


def test_download_holds_the_filtered_events(server, page, tmp_path):
    open_timeline(page, f"{server.url}/timeline?timeline_categories=culture")
    with page.expect_download() as caught:
        page.locator(".st-key-timeline_download").get_by_role("button").click()
    saved = tmp_path / caught.value.suggested_filename
    caught.value.save_as(saved)
    rows = list(csv.DictReader(io.StringIO(saved.read_text(encoding="utf-8"))))
    assert saved.name == f"laos-russia-timeline-data-{data_day()}.csv"
    assert sorted(r["event_id"] for r in rows) == sorted(
        TIMELINE.loc[TIMELINE["category"] == "culture", "event_id"]
    )
