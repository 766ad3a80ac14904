"""Every page on a phone (390 × 844) and a desktop, in a real Chromium: axe-core finds no
serious or critical WCAG violation, and on the phone nothing is covered, clipped or scrolls
sideways."""

import contextlib

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import TimeoutError as PlaywrightTimeout
from playwright.sync_api import expect

from .conftest import NAV_TITLES, PAGE_PATHS, wait_ready

PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1400, "height": 1000}
SERIOUS = {"serious", "critical"}

_AXE = Axe()  # reads the bundled axe.min.js once

# The words drawn in a chart that fall outside it (clipped), as a list.
TEXT_OUTSIDE_CHARTS = """() => Array.from(
    document.querySelectorAll('[data-testid="stVegaLiteChart"] svg')
).flatMap(svg => {
    const box = svg.getBoundingClientRect();
    return Array.from(svg.querySelectorAll('text'))
        .filter(t => t.textContent.trim() !== '')
        .filter(t => {
            const r = t.getBoundingClientRect();
            return r.left < box.left - 1 || r.right > box.right + 1
                || r.top < box.top - 1 || r.bottom > box.bottom + 1;
        })
        .map(t => t.textContent);
})"""


def serious_violations(page) -> list[str]:
    """axe-core's serious and critical violations on the page (every rule axe runs by default:
    WCAG 2.0-2.2 A and AA, and its best practices), one line each (rule, element, message)."""
    found = _AXE.run(page).response["violations"]
    return [
        f"{violation['id']} ({violation['impact']}): {node['target']}: {node['failureSummary']}"
        for violation in found
        if violation["impact"] in SERIOUS
        for node in violation["nodes"]
    ]


def open_at(page, url: str, size: dict) -> None:
    page.set_viewport_size(size)
    page.goto(url)
    wait_ready(page)


@pytest.mark.parametrize("size", [DESKTOP, PHONE], ids=["desktop", "phone"])
@pytest.mark.parametrize("title", NAV_TITLES)
def test_axe_finds_no_serious_violation(server, page, title, size):
    open_at(page, f"{server.url}/{PAGE_PATHS[title]}", size)
    expect(page.get_by_test_id("stErrorElementStack")).to_have_count(0)  # no element failed
    assert serious_violations(page) == []


@pytest.mark.parametrize("title", NAV_TITLES)
def test_every_chart_has_a_text_alternative(server, page, title):
    open_at(page, f"{server.url}/{PAGE_PATHS[title]}", DESKTOP)
    charts = page.get_by_test_id("stVegaLiteChart")
    for i in range(charts.count()):
        assert len(charts.nth(i).get_attribute("aria-label") or "") > 20


@pytest.mark.parametrize("title", NAV_TITLES)
def test_on_a_phone_the_page_fits_and_the_sidebar_is_shut(server, page, title):
    open_at(page, f"{server.url}/{PAGE_PATHS[title]}", PHONE)
    heading = page.get_by_role("heading", level=1)
    expect(heading).to_be_visible()
    # Nothing covers the title: the element at its centre is the title itself.
    assert page.evaluate(
        """() => {
            const h = document.querySelector('h1');
            const r = h.getBoundingClientRect();
            return h.contains(document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2));
        }"""
    )
    expect(page.get_by_test_id("stSidebarNav")).not_to_be_in_viewport()
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= PHONE["width"]
    # No heading wider than its box (a clipped title), and no chart text outside its chart.
    clipped = page.evaluate(
        """() => Array.from(document.querySelectorAll('h1, h2, h3'))
            .filter(h => h.scrollWidth > h.clientWidth + 1).map(h => h.textContent)"""
    )
    assert clipped == []
    # Vega lays a chart out again once it knows its width: wait for that, then look.
    with contextlib.suppress(PlaywrightTimeout):
        page.wait_for_function(f"() => ({TEXT_OUTSIDE_CHARTS})().length === 0", timeout=5_000)
    assert page.evaluate(TEXT_OUTSIDE_CHARTS) == []
