"""AppTest through app.py: the Quotes page's filters, search, permalink and empty states.

Expected counts come from the CSV files read plainly here, not from the code under test.
"""

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from relations.data import load
from tests import pages


@pytest.fixture(scope="module")
def quotes() -> pd.DataFrame:
    return pd.read_csv(load.PACKAGE_DATA_DIR / "quotes.csv", parse_dates=["date", "date_latest"])


@pytest.fixture(scope="module")
def claims() -> pd.DataFrame:
    return pd.read_csv(load.PACKAGE_DATA_DIR / "claims.csv")


def open_page(**params: str | list[str]) -> AppTest:
    at = pages.open_page("quotes", **params)
    assert not at.exception
    return at


def count(at: AppTest) -> str:
    return at.subheader[0].value


def cards(at: AppTest) -> list:
    """The quote cards in page order, wherever they sit (a linked one sits above the charts)."""
    found, todo = [], list(at.main.children.values())
    while todo:
        node = todo.pop(0)
        if (getattr(node, "key", None) or "").startswith("quotes_card_"):
            found.append(node)
        elif hasattr(node, "children"):
            todo[:0] = list(node.children.values())
    return found


def card_ids(at: AppTest) -> list[str]:
    return [b.key.removeprefix("quotes_card_") for b in cards(at)]


def test_the_page_counts_every_quote_and_shows_the_first_25(quotes):
    at = open_page()
    assert count(at) == f"{len(quotes)} of {len(quotes)} quotes"
    assert len(cards(at)) == 25
    assert f"Showing 1–25 of {len(quotes)}" in [c.value for c in at.caption]
    assert len(at.get("vega_lite_chart")) == 2
    contexts = [card.expander[0].markdown[0].value for card in cards(at)]
    assert not any("not recorded" in context for context in contexts)  # an empty note is left out


def test_search_is_case_insensitive_and_literal(quotes):
    at = open_page()
    at.text_input(key="quotes_text").input("us$50").run()
    expected = quotes[quotes["text"].str.lower().str.contains("us$50", regex=False)]
    assert count(at) == f"{len(expected)} of {len(quotes)} quotes"
    assert set(card_ids(at)) == set(expected["quote_id"])
    assert r":orange[**US\$50**]" in cards(at)[0].markdown[0].value


@pytest.mark.parametrize("typed", ["(", "[", "?", "$", "*"])
def test_regex_characters_in_the_search_box_are_plain_text(quotes, typed):
    at = open_page(quotes_text=typed)
    # The search reads the original and its English (published, or translated by us).
    texts = quotes[["text", "english", "dashboard_translation"]].fillna("")
    expected = texts.apply(lambda said: said.str.contains(typed, regex=False)).any(axis=1).sum()
    assert count(at) == f"{expected} of {len(quotes)} quotes"


def test_speaker_filter_shows_only_that_speaker(quotes):
    at = open_page()
    at.multiselect(key="quotes_speakers").select("Sergey Lavrov").run()
    expected = (quotes["speaker"] == "Sergey Lavrov").sum()
    assert count(at) == f"{expected} of {len(quotes)} quotes"
    # The details line (after the original's label and the English, on a quote not in English).
    assert all(
        any(text.value.startswith("**Sergey Lavrov**") for text in card.markdown)
        for card in cards(at)
    )


def test_claims_only_keeps_the_quotes_with_a_claim_each_with_its_verdict(quotes, claims):
    at = open_page()
    at.toggle(key="quotes_claims_only").set_value(True).run()
    expected = claims["quote_id"].nunique()
    assert count(at) == f"{expected} of {len(quotes)} quotes"
    for card in cards(at):
        boxes = list(card.success) + list(card.warning) + list(card.info)
        claimed = claims[claims["quote_id"] == card.key.removeprefix("quotes_card_")]
        assert len(boxes) == len(claimed)


def test_years_slider_narrows_to_quotes_of_those_years(quotes):
    at = open_page()
    at.slider(key="quotes_years").set_value((2020, 2021)).run()
    latest = quotes["date_latest"].fillna(quotes["date"]).dt.year
    expected = ((quotes["date"].dt.year <= 2021) & (latest >= 2020)).sum()
    assert count(at) == f"{expected} of {len(quotes)} quotes"


def test_filters_come_from_the_url(quotes):
    # A multiselect bound to the URL writes the label shown, so the language is "Russian".
    at = open_page(quotes_speakers="Vladimir Putin", quotes_languages="Russian")
    expected = ((quotes["speaker"] == "Vladimir Putin") & (quotes["language"] == "ru")).sum()
    assert count(at) == f"{expected} of {len(quotes)} quotes"
    assert at.multiselect(key="quotes_speakers").value == ["Vladimir Putin"]


def test_permalink_opens_on_that_quote_with_its_context_and_claim_verdict():
    at = open_page(quote="eef2023-53")
    first = cards(at)[0]
    assert first.key == "quotes_card_eef2023-53"
    assert first.expander[0].proto.expanded
    assert "**Before**" in first.expander[0].markdown[0].value
    assert first.markdown[1].value.startswith(":material/link: **The quote you linked to**")
    (verdict,) = first.warning
    assert r"3\.9 times the data value" in verdict.value
    assert "Russia Briefing" in verdict.value
    assert all(not card.expander[0].proto.expanded for card in cards(at)[1:])


def test_permalink_to_a_quote_the_filters_leave_out_still_shows_it_first():
    at = open_page(quote="eef2023-53", quotes_speakers="Sergey Lavrov")
    assert card_ids(at)[0] == "eef2023-53"
    assert any("which the filters leave out" in c.value for c in at.caption)


@pytest.mark.parametrize("garbage", ["nope", "<script>alert(1)</script>", "", "../../etc"])
def test_an_unknown_permalink_is_ignored(garbage):
    plain = card_ids(open_page())
    at = open_page(quote=garbage)
    assert card_ids(at) == plain
    assert not any(card.expander[0].proto.expanded for card in cards(at))


def test_a_word_no_quote_contains_says_so():
    at = open_page(quotes_text="zzqqxx")
    assert count(at).startswith("0 of")
    assert cards(at) == []
    assert "zzqqxx" in at.warning[0].value and "change the search words" in at.warning[0].value


def test_an_empty_combination_says_which_filter_to_loosen(quotes):
    at = open_page(quotes_speakers="Sergey Lavrov", quotes_languages="German")
    assert count(at).startswith("0 of")
    hint = at.warning[0].value.replace("\\", "")  # markdown escapes aside
    assert hint.startswith("No quote matches all the filters. Loosen ")
    lavrov = (quotes["speaker"] == "Sergey Lavrov").sum()
    german = (quotes["language"] == "de").sum()
    assert f"the languages ({lavrov} quote" in hint
    assert f"the speakers ({german} quote" in hint


def test_second_page_shows_the_next_25(quotes):
    at = open_page()
    first = card_ids(at)
    at.number_input(key="quotes_page").set_value(2).run()
    assert f"Showing 26–50 of {len(quotes)}" in [c.value for c in at.caption]
    assert not set(first) & set(card_ids(at))


def test_a_page_left_open_beyond_the_results_falls_back_to_the_last(quotes):
    at = open_page()
    at.number_input(key="quotes_page").set_value(3).run()
    at.multiselect(key="quotes_speakers").select("Sergey Lavrov").run()
    assert not at.exception
    lavrov = (quotes["speaker"] == "Sergey Lavrov").sum()
    pages = -(-lavrov // 25)
    assert at.number_input(key="quotes_page").value == pages
    assert at.number_input(key="quotes_page").max == pages


def test_download_names_how_many_quotes_it_holds(quotes):
    at = open_page(quotes_speakers="Sergey Lavrov")
    (button,) = at.get("download_button")
    expected = (quotes["speaker"] == "Sergey Lavrov").sum()
    assert button.proto.label == f"Download these {expected} quotes (CSV)"


def test_an_unknown_quote_id_says_so_and_shows_the_list(quotes):
    at = open_page(quote="no-such-quote")
    said = [w.value.replace("\\", "") for w in at.warning]
    assert [w for w in said if w.startswith("No quote")] == [
        "No quote has the id “no-such-quote”. Here is the list instead."
    ]
    assert len(cards(at)) == 25
    assert count(at) == f"{len(quotes)} of {len(quotes)} quotes"


def test_a_known_or_missing_quote_id_gives_no_warning():
    for at in (open_page(quote="eef2023-53"), open_page(quote=""), open_page()):
        assert not [w for w in at.warning if "No quote has the id" in w.value]


def test_the_pager_below_the_quotes_turns_the_same_page(quotes):
    at = open_page()
    at.number_input(key="quotes_page_below").set_value(2).run()
    assert at.number_input(key="quotes_page").value == 2
    assert f"Showing 26–50 of {len(quotes)}" in [c.value for c in at.caption]
    at.number_input(key="quotes_page").set_value(3).run()
    assert at.number_input(key="quotes_page_below").value == 3


def test_the_quotes_come_before_the_count_charts():
    at = open_page()
    main = list(at.main.children.values())
    keys = [getattr(node, "key", None) or "" for node in main]
    first_card = next(i for i, key in enumerate(keys) if key.startswith("quotes_card_"))
    values = [getattr(node, "value", "") or "" for node in main]
    (counts,) = [i for i, value in enumerate(values) if value == "Who is quoted, and on what"]
    assert first_card < counts
    assert len(at.get("vega_lite_chart")) == 2
