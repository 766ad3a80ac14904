"""Quotes not in English in a real Chromium: the original and its English side by side, each
English labelled with who wrote it, all of it shown as text (no markdown, no HTML).

The server reads a copy of data/ with one extra quote in Lao (test data, not a real quote),
translated with markup in it, from a source whose title is in Thai.
"""

import csv
import io
import shutil

import pytest
from playwright.sync_api import expect

from relations.data import load

from .conftest import start_server, wait_ready

LAO_ID = "zz-lao-01"
LAO = "ລາວ ແລະ ຣັດເຊຍ *ມິດ* [x](http://127.0.0.1:9/x)"  # "Laos and Russia *friends* [x](…)"
LAO_ENGLISH = "Laos and Russia *friends* [x](http://127.0.0.1:9/x) <b>b</b> :red[r]"
THAI_TITLE = "สปป.ลาว รัสเซีย เร่งกระชับสัมพันธ์การท่องเที่ยว"
THAI_GLOSS = "Lao PDR, Russia hasten to tighten tourism relations"
MARKUP = "img, script, a, em, b, code, del, h1, table, iframe, .katex"


@pytest.fixture(scope="module")
def lao_server(tmp_path_factory):
    folder = tmp_path_factory.mktemp("lao")
    shutil.copytree(load.PACKAGE_DATA_DIR, folder / "data")
    path = folder / "data" / "quotes.csv"
    rows = list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8-sig"))))
    extra = rows[0] | {
        "quote_id": LAO_ID,
        "source_id": "aiti-utcc-2016",
        "sequence": "999",
        "language": "lo",
        "is_translation": "false",
        "language_note": "",
        "text": LAO,
        "dashboard_translation": LAO_ENGLISH,
    }
    with path.open("a", encoding="utf-8", newline="") as file:
        csv.DictWriter(file, fieldnames=list(rows[0])).writerow(extra)
    running = start_server(folder, env={load.DATA_DIR_ENV: str(folder / "data")})
    yield running
    running.stop()


def card(page, quote_id):
    return page.locator(f".st-key-quotes_card_{quote_id}")


def texts(box):
    """The card's markdown blocks (the original, then each English), as shown."""
    return box.locator(
        '[data-testid="stMarkdownContainer"]:not([data-testid="stCaptionContainer"] *)'
    )


@pytest.mark.parametrize(
    ("quote_id", "original", "label", "english"),
    [
        (LAO_ID, LAO, "Translated by this dashboard", LAO_ENGLISH),
        (
            "mf-a03",
            "Es gab schon seit langem keinen Besuch aus Laos",
            "Translated by this dashboard",
            "There has not been a visit from Laos to Russia at such a high level",
        ),
        (
            "mf-a21",
            "Мы рассматриваем обращение лаосского руководства",
            "English as published by TASS, a press rendering",
            "We are considering the Laotian leadership’s request",
        ),
    ],
)
def test_a_card_shows_the_original_its_english_and_who_wrote_it_as_text(
    lao_server, page, console, quote_id, original, label, english
):
    asked = []
    page.on("request", lambda request: asked.append(request.url))
    page.goto(f"{lao_server.url}/quotes?quote={quote_id}")
    wait_ready(page)
    box = card(page, quote_id)
    shown = texts(box)
    expect(shown.nth(0)).to_contain_text(original)
    expect(shown.nth(1)).to_contain_text(english)
    captions = box.get_by_test_id("stCaptionContainer")
    expect(captions.filter(has_text=label)).to_have_count(1)
    expect(captions.first).to_have_text(
        {"zz-lao-01": "As published, in Lao", "mf-a03": "As published, in German"}.get(
            quote_id, "As published, in Russian"
        )
    )
    if quote_id == LAO_ID:
        expect(shown.nth(0)).to_have_text(LAO)  # every character, markup included, as text
        expect(shown.nth(1)).to_have_text(LAO_ENGLISH)
        assert shown.nth(0).locator(MARKUP).count() == 0
        assert shown.nth(1).locator(MARKUP).count() == 0
        expect(box).to_contain_text(f"{THAI_TITLE} (in English: {THAI_GLOSS})")
    assert not [url for url in asked if "127.0.0.1:9" in url]
    assert page.get_by_test_id("stException").count() == 0
    assert console.unexpected() == []


def test_a_russian_quote_found_by_an_english_word_says_where_and_highlights_there(
    lao_server, page, console
):
    page.goto(f"{lao_server.url}/quotes?quotes_text=rail")
    wait_ready(page)
    box = card(page, "mf-a49")
    russian, english = texts(box).nth(0), texts(box).nth(1)
    expect(english.locator("strong")).to_have_text(["rail"])
    assert russian.locator("strong").count() == 0
    expect(box).to_contain_text("Your search words are in this dashboard’s translation.")
    assert console.unexpected() == []
