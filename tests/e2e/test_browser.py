"""A real Chromium against `streamlit run`: deep links, navigation, console, downloads."""

import pytest
from playwright.sync_api import expect

from relations.data import load

from .conftest import APP_TITLE, NAV_TITLES, PAGE_PATHS, data_day, wait_ready


def nav_titles(page) -> list[str]:
    links = page.get_by_test_id("stSidebarNav").get_by_role("link")
    expect(links.first).to_be_visible()
    return [links.nth(i).inner_text().strip().splitlines()[-1] for i in range(links.count())]


@pytest.mark.parametrize("title", NAV_TITLES)
def test_deep_link_as_first_visit_on_a_cold_server_shows_our_frame(
    cold_server, page, console, title
):
    page.goto(f"{cold_server.url}/{PAGE_PATHS[title]}")
    wait_ready(page)
    assert nav_titles(page) == NAV_TITLES
    expect(page).to_have_title(f"{title} · {APP_TITLE}")
    expect(page.get_by_role("heading", level=1)).to_be_visible()
    expect(page.get_by_text("The collection runs to")).to_be_visible()
    assert page.get_by_test_id("stException").count() == 0
    assert console.unexpected() == []


@pytest.mark.parametrize("title", NAV_TITLES)
def test_every_page_has_no_console_error_and_no_exception(server, page, console, title):
    page.goto(f"{server.url}/{PAGE_PATHS[title]}")
    wait_ready(page)
    assert page.get_by_test_id("stException").count() == 0
    assert console.unexpected() == []


def test_sidebar_navigation_switches_pages(server, page, console):
    page.goto(server.url)
    wait_ready(page)
    expect(page.get_by_role("heading", name="Laos and Russia at a glance")).to_be_visible()
    page.get_by_test_id("stSidebarNav").get_by_role("link", name="Sources & data").click()
    expect(page.get_by_role("heading", name="Sources & data", level=1)).to_be_visible()
    expect(page).to_have_url(f"{server.url}/sources")
    wait_ready(page)
    page.get_by_test_id("stSidebarNav").get_by_role("link", name="Overview").click()
    expect(page.get_by_role("heading", name="Laos and Russia at a glance")).to_be_visible()
    assert console.unexpected() == []


def test_overview_chart_draws(server, page, console):
    page.goto(server.url)
    wait_ready(page)
    expect(page.get_by_test_id("stVegaLiteChart")).to_have_count(1)
    expect(page.get_by_test_id("stMetric").first).to_be_visible()


@pytest.mark.parametrize("name", ["trade", "quotes"])
def test_sources_download_is_the_file(server, page, tmp_path, name):
    page.goto(f"{server.url}/sources")
    wait_ready(page)
    button = page.locator(f".st-key-sources_download_{name}").get_by_role("button")
    with page.expect_download() as caught:
        button.click()
    download = caught.value
    assert download.suggested_filename == f"{name}-data-{data_day()}.csv"
    saved = tmp_path / download.suggested_filename
    download.save_as(saved)
    assert saved.read_bytes() == (load.PACKAGE_DATA_DIR / f"{name}.csv").read_bytes()
