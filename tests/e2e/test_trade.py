"""Trade page in a real Chromium: a deep link reproduces the view, the URL follows the filters."""

import csv
import io

from playwright.sync_api import Locator, Page, expect

from .conftest import data_day, wait_ready

DEEP_LINK = "trade?trade_reporter=Laos&trade_scale=log&trade_years=1993&trade_years=1997"


def chart(page: Page, alt: str) -> Locator:
    """The chart whose text alternative starts with `alt`: Vega draws it as an svg with the
    ARIA role graphics-document, named by the alt text (Streamlit gives a chart no key class,
    and Playwright's get_by_role does not know the graphics roles)."""
    return page.locator(f'[role="graphics-document"][aria-label^="{alt}"]')


def test_deep_link_reproduces_reporter_scale_and_years(server, page, console):
    page.goto(f"{server.url}/{DEEP_LINK}")
    wait_ready(page)
    reporter = page.locator(".st-key-trade_reporter")
    expect(reporter.get_by_role("radio", name="Laos")).to_be_checked()
    expect(page.locator(".st-key-trade_scale").get_by_role("radio", name="log")).to_be_checked()
    years = page.locator(".st-key-trade_years")
    expect(years.get_by_role("slider", name="Years — start")).to_have_value("1993")
    expect(years.get_by_role("slider", name="Years — end")).to_have_value("1997")
    expect(
        page.get_by_test_id("stMetric").filter(has_text="Turnover 1997, US$ million")
    ).to_be_visible()
    flows = chart(page, "Line chart of Laos–Russia exports")
    expect(flows.get_by_text("US$ million (log scale)", exact=True)).to_be_attached()
    claims = chart(page, "Russia-reported turnover per year")
    expect(claims.get_by_text("Turnover, US$ million (log scale)", exact=True)).to_be_attached()
    assert page.get_by_test_id("stException").count() == 0
    assert console.unexpected() == []


def test_switching_reporter_updates_the_page_and_the_url(server, page, console):
    page.goto(f"{server.url}/trade")
    wait_ready(page)
    expect(
        page.get_by_test_id("stMetric").filter(has_text="Turnover 2022, US$ million")
    ).to_be_visible()
    page.locator(".st-key-trade_reporter").get_by_role("radio", name="Laos").click()
    expect(page).to_have_url(f"{server.url}/trade?trade_reporter=Laos")
    expect(
        page.get_by_test_id("stMetric").filter(has_text="Turnover 2020, US$ million")
    ).to_be_visible()
    wait_ready(page)
    assert page.get_by_test_id("stException").count() == 0
    assert console.unexpected() == []


def test_download_holds_the_rows_shown(server, page, tmp_path):
    page.goto(f"{server.url}/trade?trade_years=2000&trade_years=2005")
    wait_ready(page)
    with page.expect_download() as caught:
        page.locator(".st-key-trade_download").get_by_role("button").click()
    download = caught.value
    assert (
        download.suggested_filename == f"laos-russia-trade-russia-2000-2005-data-{data_day()}.csv"
    )
    saved = tmp_path / download.suggested_filename
    download.save_as(saved)
    rows = list(csv.DictReader(io.StringIO(saved.read_text(encoding="utf-8"))))
    assert [row["year"] for row in rows] == [str(year) for year in range(2000, 2006)]
    assert {row["reporter"] for row in rows} == {"Russia"}
    assert rows[0]["turnover_source"].startswith("IMF Direction of Trade Statistics")
