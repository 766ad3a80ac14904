"""Every quote readable in English beside its original: the data, search, cards and glosses.

Expected texts and counts come from the CSV files read plainly here, or are written out in the
test from the published pages; never from the code under test.
"""

from __future__ import annotations

import io
import re

import pandas as pd
import pytest

from relations import catalog, quote_cards, sources_words, timeline_words
from relations import quotes as explorer
from relations.data import errors, load
from tests import pages

FOREIGN_SCRIPT = re.compile(r"[\u0400-\u04ff\u0600-\u06ff\u0e00-\u0e7f\u0e80-\u0eff]")


def plain(name: str) -> pd.DataFrame:
    return pd.read_csv(load.PACKAGE_DATA_DIR / name, dtype=str, keep_default_na=False)


@pytest.fixture(scope="module")
def quotes() -> pd.DataFrame:
    return plain("quotes.csv")


@pytest.fixture(scope="module")
def sources() -> pd.DataFrame:
    return plain("sources.csv")


def row(quotes: pd.DataFrame, quote_id: str) -> pd.Series:
    return quotes.set_index("quote_id").loc[quote_id]


# ---- the data --------------------------------------------------------------------------


def test_every_quote_not_in_english_has_an_english_text_and_a_kind(quotes, sources):
    foreign = quotes[quotes["language"] != "en"]
    assert len(foreign) == 35
    known = set(sources["source_id"])
    for quote in foreign.itertuples():
        if quote.english:
            assert quote.english_kind in {"official", "press"}, quote.quote_id
            assert quote.english_source_id in known, quote.quote_id
        else:
            assert quote.dashboard_translation, quote.quote_id
        if quote.english_part:  # a partial published English: ours covers the whole quote
            assert quote.english and quote.dashboard_translation, quote.quote_id


def test_quotes_in_english_carry_no_english_columns(quotes):
    english = quotes[quotes["language"] == "en"]
    for column in ["english", "english_kind", "english_source_id", "dashboard_translation"]:
        assert (english[column] == "").all(), column


def test_the_published_english_versions_are_the_words_of_their_pages(quotes, sources):
    by_id = sources.set_index("source_id")
    published = {
        "mf-a21": ("https://tass.com/politics/1311309", "We are considering the Laotian"),
        "mf-a30": ("https://embedy.cc/movies/", "Overall, the political level"),
        "mf-b-lavrov-2025-11-20-ru": ("https://tass.com/politics/2046063", "We attach great"),
        "mf-c-keomorakot-2023-08": ("https://tass.com/society/1660903", "We are already open"),
        "mf-a48": ("https://tass.com/politics/1996667", "Our country has contributed"),
        "mf-a68": ("https://nato.news-pravda.com/", "Russia welcomes Laos' independent"),
        "df-sonexay-2025-09-06-coffee": ("https://menafn.com/", "Laos also supplies coffee"),
    }
    assert set(quotes.loc[quotes["english"] != "", "quote_id"]) == set(published)
    for quote_id, (url, opening) in published.items():
        quote = row(quotes, quote_id)
        assert by_id.loc[quote["english_source_id"], "url"].startswith(url), quote_id
        assert quote["english"].startswith(opening), quote_id
    partial = quotes.loc[quotes["english_part"] != "", "quote_id"]
    assert set(partial) == {"mf-a48", "mf-a68", "df-sonexay-2025-09-06-coffee"}
    assert row(quotes, "mf-a30")["english_kind"] == "official"


def test_a_translation_keeps_every_number_of_its_original(quotes):
    for quote in quotes[quotes["dashboard_translation"] != ""].itertuples():
        numbers = re.findall(r"\d+", quote.text)
        assert re.findall(r"\d+", quote.dashboard_translation) == numbers, quote.quote_id


def test_every_title_in_another_script_has_an_english_gloss(sources):
    foreign = sources[sources["title"].str.contains(FOREIGN_SCRIPT)]
    assert len(foreign) >= 20
    assert (foreign["title_english"] != "").all()
    assert not sources["title_english"].str.contains(FOREIGN_SCRIPT).any()
    german = sources.set_index("source_id").loc["ria-de-2011-10-13", "title_english"]
    assert german == "Russia and Laos agree on a strategic partnership"


def test_every_excerpt_of_what_is_traded_reads_in_english():
    products = plain("products.csv")
    foreign = products[products["language"] != "en"]
    assert set(foreign["language"]) == {"ru", "ar"}
    assert (foreign["excerpt_english"] != "").all()
    assert (products.loc[products["language"] == "en", "excerpt_english"] == "").all()


def _edit_quote(folder, quote_id, **cells):
    path = folder / "quotes.csv"
    frame = pd.read_csv(path, dtype=str, keep_default_na=False)
    for column, value in cells.items():
        frame.loc[frame["quote_id"] == quote_id, column] = value
    path.write_text(frame.to_csv(index=False), encoding="utf-8")
    return int(frame.index[frame["quote_id"] == quote_id][0]) + 1


@pytest.mark.parametrize(
    ("quote_id", "cells", "column"),
    [
        ("mf-a49", {"dashboard_translation": ""}, "dashboard_translation"),
        ("mf-a21", {"english_kind": ""}, "english_kind"),
        ("mf-a21", {"english_source_id": ""}, "english_kind"),
        ("mf-a48", {"dashboard_translation": ""}, "english_part"),
        ("eef2023-01", {"dashboard_translation": "Translated"}, "dashboard_translation"),
        ("mf-a21", {"english_kind": "rumour"}, "english_kind"),
    ],
)
def test_a_broken_english_column_is_named_with_its_row(data_copy, quote_id, cells, column):
    at = _edit_quote(data_copy, quote_id, **cells)
    with pytest.raises(errors.DataError) as caught:
        load.dataset("quotes")
    problems = {p.column: p for p in caught.value.problems}
    assert column in problems
    assert at in problems[column].rows
    assert "quotes.csv" in str(caught.value)


def test_an_english_source_that_is_not_listed_is_named(data_copy):
    _edit_quote(data_copy, "mf-a21", english_source_id="nowhere-1")
    from relations.data import read

    failures = read.check_folder(data_copy)
    (failure,) = failures
    assert failure.file == "quotes.csv"
    assert failure.problems[0].column == "english_source_id"
    assert "'nowhere-1'" in str(failure)


def test_a_russian_title_without_a_gloss_is_named(data_copy):
    path = data_copy / "sources.csv"
    frame = pd.read_csv(path, dtype=str, keep_default_na=False)
    frame.loc[frame["source_id"] == "aviapages-2023-08", "title_english"] = ""
    path.write_text(frame.to_csv(index=False), encoding="utf-8")
    with pytest.raises(errors.DataError) as caught:
        load.dataset("sources")
    assert caught.value.problems[0].column == "title_english"


# ---- search ----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def found():
    return explorer.index(load.quotes())


@pytest.fixture(scope="module")
def checks():
    return load.derived("quotes_checked")


def search(found, words, **filters) -> list[str]:
    chosen = explorer.Filters(text=words, **filters)
    return list(explorer.select(found, chosen, claimed=set())["quote_id"])


def test_putins_rail_freight_quote_is_found_by_an_english_word_and_in_russian(found):
    assert "mf-a49" in search(found, "rail")
    assert "mf-a49" in search(found, "железн")
    assert "mf-a49" in search(found, "RAIL freight")


def test_a_german_quote_is_found_by_its_english(found):
    assert search(found, "high level visit") == ["mf-a03"]


def test_a_published_english_is_searched_too(found):
    assert "mf-a21" in search(found, "batch of vaccines")


def test_words_split_between_the_original_and_its_english_do_not_match(found):
    assert search(found, "железнодорожных freight") == []


def test_the_language_filter_keeps_meaning_language_as_published(found):
    assert "mf-a49" not in search(found, "rail", languages=["en"])
    assert "mf-a49" in search(found, "rail", languages=["ru"])


def test_a_word_in_no_text_at_all_is_named_as_absent(found):
    why = explorer.loosening(found, explorer.Filters(text="rail zzqx"), claimed=set())
    assert why.absent == ("zzqx",)


# ---- cards -----------------------------------------------------------------------------


def card_of(found, checks, quote_id, query=""):
    rows = found.quotes[found.quotes["quote_id"] == quote_id]
    (card,) = quote_cards.cards(rows, found=found, checks=checks, query=query)
    return card


def test_a_hit_says_which_text_matched_and_highlights_only_that_text(found, checks):
    card = card_of(found, checks, "mf-a49", query="rail")
    assert card.matched == "Your search words are in this dashboard’s translation."
    (ours,) = card.english
    assert ours.label == "Translated by this dashboard"
    assert ":orange[**rail**]" in ours.text
    assert ":orange[" not in card.text
    russian = card_of(found, checks, "mf-a49", query="Владивосток")
    assert russian.matched == "Your search words are in the original."
    assert ":orange[**Владивосток**]" in russian.text
    assert ":orange[" not in russian.english[0].text


def test_a_card_shows_the_original_first_and_says_who_wrote_each_english(found, checks):
    card = card_of(found, checks, "mf-a21")
    assert card.original == "As published, in Russian"
    assert card.text.startswith("Мы рассматриваем обращение")
    (published,) = card.english
    assert published.label == "English as published by TASS, a press rendering"
    assert published.text.startswith("We are considering the Laotian leadership’s request")
    assert "(https://tass.com/politics/1311309)" in published.source
    assert card.matched == ""


def test_a_partial_published_english_says_which_part_and_ours_covers_the_rest(found, checks):
    card = card_of(found, checks, "mf-a48")
    labels = [english.label for english in card.english]
    assert labels == [
        "English as published by TASS, a press rendering: the first sentence only",
        "Translated by this dashboard",
    ]
    assert "Soviet specialists" in card.english[1].text


def test_the_official_english_is_labelled_official_with_its_note(found, checks):
    (official,) = card_of(found, checks, "mf-a30").english
    assert official.label.endswith(", the official translation")
    assert official.note.startswith("Note on the English: The published English has the two")


def test_a_quote_in_english_has_no_label_beside_it(found, checks):
    card = card_of(found, checks, "eef2023-01", query="laotian")
    assert (card.original, card.english, card.matched) == ("", (), "")


def test_the_context_of_a_card_reads_in_english_too(found, checks):
    card = card_of(found, checks, "mf-c-zhestky-2025-12-13")
    assert "Translated by this dashboard: The question of resuming direct air service" in (
        card.context
    )


def test_the_english_of_a_quote_is_escaped_like_its_original(found, checks):
    row = found.quotes[found.quotes["quote_id"] == "mf-a49"].iloc[0].to_dict()
    row["dashboard_translation"] = "*rail* [x](javascript:alert(1)) <b>b</b> :red[r]"
    (ours,) = quote_cards.english_texts(row, publishers={}, query="rail", matched=())
    for raw in ["*rail*", "[x](", "<b>", ":red["]:
        assert raw not in ours.text
    assert ":orange[" not in ours.text  # not a matching text: no highlight


def test_the_download_carries_the_original_and_its_english(found):
    shown = found.quotes[found.quotes["quote_id"].isin(["mf-a49", "mf-a21"])]
    got = pd.read_csv(io.BytesIO(explorer.download(shown)), dtype=str, keep_default_na=False)
    by_id = got.set_index("quote_id")
    assert by_id.loc["mf-a49", "text"].startswith("В связи с ростом")
    assert "rail freight" in by_id.loc["mf-a49", "dashboard_translation"]
    assert by_id.loc["mf-a21", "english_kind"] == "press"
    assert by_id.loc["mf-a21", "english_source_id"] == "tass-2021-07-07"


# ---- titles and other pages ---------------------------------------------------------------


def test_a_title_not_in_english_is_shown_with_its_gloss(sources):
    names = catalog.source_names(load.sources())
    assert names["aviapages-2023-08"] == (
        "Лаос планирует открыть прямые рейсы в Москву "
        "(in English: Laos plans to open direct flights to Moscow)"
    )
    assert (
        names["tass-2025-07-31"]
        == "Laos grateful to Russia for helping clear minefields — president"
    )
    assert sources_words.titled("Title", None) == "Title"


def test_a_card_names_its_source_with_the_gloss(found, checks):
    card = card_of(found, checks, "df-zhestky-2025-12-13")
    shown = card.meta.replace(":gray[]", "").replace("\\", "")  # what a reader sees
    assert "(in English: Russia and Laos discuss resuming direct air service)" in shown


def test_related_quotes_on_the_timeline_carry_their_english(found):
    related = found.quotes[found.quotes["quote_id"].isin(["mf-a49", "mf-a21"])]
    shown = timeline_words.quotes(related, sources=load.sources())
    assert "Translated by this dashboard: “In connection with the growth" in shown
    assert "English as published by TASS, a press rendering: “We are considering" in shown


def test_the_sources_page_shows_each_gloss_beside_its_title():
    at = pages.open_page("sources")
    assert not at.exception
    table = pages.table(at, "title_english").set_index("source_id")
    assert table.loc["prime-2025-12-13", "title_english"] == (
        "Russia and Laos discuss resuming direct air service"
    )
    assert table.loc["tass-2021-07-07", "rows_total"] == 1  # cited by a quote's English


def test_what_is_traded_shows_the_russian_excerpt_with_its_english():
    at = pages.open_page("trade")
    assert not at.exception
    products = pages.table(at, "excerpt_english")
    coffee = products[products["excerpt"].str.startswith("Сейчас мы поставляем кофе")]
    assert coffee["excerpt_english"].iloc[0].startswith("Now we supply coffee to America")


def test_the_quotes_page_shows_the_english_and_the_hit_beside_the_original():
    at = pages.open_page("quotes", quotes_text="rail")
    assert not at.exception
    captions = [caption.value for caption in at.caption]
    assert "Translated by this dashboard" in captions
    assert "Your search words are in this dashboard’s translation." in captions
    assert "As published, in Russian" in captions


def test_ci_installs_the_fonts_lao_and_thai_script_need_in_the_browser():
    script = (load.PACKAGE_DATA_DIR.parent / ".ci" / "run").read_text(encoding="utf-8")
    assert "fonts-lao" in script and "fonts-thai-tlwg" in script


def test_a_claim_in_a_quote_not_in_english_has_its_english_words_from_the_quotes_english():
    claims, quotes = load.claims(), load.quotes().set_index("quote_id")
    for claim in claims.itertuples(index=False):
        quote = quotes.loc[claim.quote_id]
        english = " ".join(
            t for t in (quote["english"], quote["dashboard_translation"]) if isinstance(t, str)
        )
        if quote["language"] == "en":
            assert not isinstance(claim.claim_text_english, str), claim.claim_id
        else:
            assert isinstance(claim.claim_text_english, str), claim.claim_id
            assert claim.claim_text_english in english, claim.claim_id


def test_the_claim_tables_and_cards_show_a_russian_claim_with_its_english():
    at = pages.open_page("trade")
    assert not at.exception
    claims = [f.value for f in at.dataframe if "claim_text_english" in f.value.columns]
    (table,) = claims
    row = table[table["claim_text"] == "В прошлом году товарооборот увеличился на 65%"].iloc[0]
    assert row["claim_text_english"] == "Last year trade turnover increased by 65%"
    quotes_page = pages.open_page("quotes", quote="mf-b-putin-2025-07-31-ru")
    boxes = " ".join(b.value for b in [*quotes_page.warning, *quotes_page.info])
    assert "(in English: “Last year trade turnover increased by 65%”)" in boxes
