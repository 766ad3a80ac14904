"""Tourism page in a real Chromium: a deep link reproduces the view, the URL follows the filters."""

import csv
import io

from playwright.sync_api import expect

from .conftest import wait_ready

DEEP_LINK = "tourism?tourism_periods=Partial+periods&tourism_years=2016&tourism_years=2023"


def visitors_chart(page):
    """The visitors chart's drawing, found by its text alternative (a chart drawn without
    selections carries no key class), not by its place among the page's charts."""
    alt = (
        "Russian visitors to Laos: each count as a bar over the period it covers, with gaps shaded."
    )
    return page.get_by_label(alt, exact=True).locator("svg")


def test_deep_link_reproduces_years_and_period_kind(server, page, console):
    page.goto(f"{server.url}/{DEEP_LINK}")
    wait_ready(page)
    years = page.locator(".st-key-tourism_years")
    expect(years.get_by_role("slider", name="Years — start")).to_have_value("2016")
    expect(years.get_by_role("slider", name="Years — end")).to_have_value("2023")
    chart = visitors_chart(page)
    expect(chart.get_by_text("23,453", exact=True)).to_be_attached()  # a part-year count
    expect(chart.get_by_text("13,033", exact=True)).to_have_count(0)  # full years are off
    expect(chart.get_by_text("claimed: about 17,000")).to_be_attached()
    assert page.get_by_test_id("stException").count() == 0
    assert console.unexpected() == []


def test_choosing_full_years_only_updates_the_url_and_the_chart(server, page, console):
    page.goto(f"{server.url}/tourism")
    wait_ready(page)
    chart = visitors_chart(page)
    expect(chart.get_by_text("over 7,000", exact=True)).to_be_attached()
    page.locator(".st-key-tourism_periods").get_by_role("button", name="Partial periods").click()
    expect(page).to_have_url(f"{server.url}/tourism?tourism_periods=Full+years")
    expect(chart.get_by_text("23,453", exact=True)).to_have_count(0)
    wait_ready(page)
    assert page.get_by_test_id("stException").count() == 0
    assert console.unexpected() == []


def test_download_holds_the_counts_shown(server, page, tmp_path):
    page.goto(f"{server.url}/{DEEP_LINK}")
    wait_ready(page)
    with page.expect_download() as caught:
        page.locator(".st-key-tourism_download").get_by_role("button").click()
    saved = tmp_path / caught.value.suggested_filename
    caught.value.save_as(saved)
    rows = list(csv.DictReader(io.StringIO(saved.read_text(encoding="utf-8"))))
    assert {row["kind"] for row in rows} == {"part of a year"}
    assert sorted(int(row["visitors"]) for row in rows) == [11573, 15150, 23453]
    assert "end_next" not in rows[0]
