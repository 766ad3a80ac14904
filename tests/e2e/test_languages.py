"""The interface in Russian and Lao in a real Chromium: the sidebar choice is `?lang=`, kept from
page to page and with the page's filters, and Lao script is drawn with a Lao font."""

import re

from playwright.sync_api import Page, expect

from .conftest import wait_ready


def choose(page: Page, code: str) -> None:
    page.locator(".st-key-lang").get_by_text(code, exact=True).click()


def test_switching_language_keeps_the_filters_and_the_language_follows_the_reader(
    server, page, console
):
    page.goto(f"{server.url}/trade?trade_reporter=Laos&trade_years=1993&trade_years=1997")
    wait_ready(page)
    expect(page.get_by_role("heading", name="Trade", exact=True)).to_be_visible()
    choose(page, "ru")
    expect(page.get_by_role("heading", name="Торговля", exact=True)).to_be_visible()
    wait_ready(page)
    # The same view, now named in Russian: the Lao side's figures for 1993–1997.
    reporter = page.locator(".st-key-trade_reporter")
    expect(reporter.get_by_role("radio", name="Лаос")).to_be_checked()
    years = page.locator(".st-key-trade_years")
    expect(years.get_by_role("slider").first).to_have_value("1993")
    expect(years.get_by_role("slider").last).to_have_value("1997")
    expect(page).to_have_url(re.compile(r"lang=ru"))
    expect(page).to_have_url(re.compile(r"trade_years=1993"))
    expect(page).to_have_url(re.compile(r"trade_reporter="))
    # Another page from the sidebar: still Russian.
    page.get_by_test_id("stSidebarNav").get_by_role("link", name="Хронология").click()
    expect(page.get_by_role("heading", name="Хронология отношений")).to_be_visible()
    expect(page).to_have_url(re.compile(r"/timeline\?lang=ru"))
    wait_ready(page)
    assert page.get_by_test_id("stException").count() == 0
    assert console.unexpected() == []


def test_a_link_in_english_words_opens_the_same_view_in_russian(server, page, console):
    # A filter in the URL is a label: shared from an English page, it holds English words.
    page.goto(f"{server.url}/trade?lang=ru&trade_reporter=Laos&trade_scale=log")
    wait_ready(page)
    expect(page.locator(".st-key-trade_reporter").get_by_role("radio", name="Лаос")).to_be_checked()
    scale = page.locator(".st-key-trade_scale")
    expect(scale.get_by_role("radio", name="логарифмическая")).to_be_checked()
    assert page.get_by_test_id("stException").count() == 0
    assert console.unexpected() == []


def test_an_unknown_language_opens_english(server, page, console):
    page.goto(f"{server.url}/?lang=xx")
    wait_ready(page)
    expect(page.get_by_role("heading", name="Laos and Russia at a glance")).to_be_visible()
    expect(page.locator(".st-key-lang").get_by_role("radio", name=re.compile("en"))).to_be_checked()
    assert console.unexpected() == []


def test_lao_is_drawn_in_a_lao_font(server, page, console):
    page.goto(f"{server.url}/timeline?lang=lo")
    wait_ready(page)
    heading = page.locator("h1").first
    expect(heading).to_contain_text(re.compile("[\u0e80-\u0eff]"))
    # Without a Lao font Chromium draws each letter as the same empty box: as many boxes as
    # letters, each as wide as the others. With one, the letters differ in width.
    widths = page.evaluate(
        """(text) => {
            const canvas = document.createElement("canvas").getContext("2d");
            canvas.font = getComputedStyle(document.querySelector("h1")).font;
            return [...text].map((c) => canvas.measureText(c).width);
        }""",
        "ລາວກັບລັດເຊຍ",
    )
    assert len(set(round(w, 1) for w in widths)) > 2, widths
    assert page.evaluate("document.fonts.check('16px sans-serif', 'ລາວ')")
    assert page.get_by_test_id("stException").count() == 0
    assert console.unexpected() == []
