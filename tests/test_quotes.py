"""Quote explorer: literal search, filters, facets, permalinks, paging and card markdown."""

import pandas as pd
import pytest

from relations import quote_cards, text
from relations import quotes as explorer
from relations import quotes_words as said


def quote(quote_id, said, **fields):
    row = dict(
        quote_id=quote_id,
        source_id="src-a",
        sequence=1,
        date=pd.Timestamp("2023-09-12"),
        date_precision="day",
        date_latest=pd.NaT,
        date_note=None,
        event="Forum",
        speaker="Putin",
        speaker_role="President",
        speaker_country="Russia",
        language="en",
        is_translation=False,
        language_note=None,
        text=said,
        english=None,
        english_kind=None,
        english_source_id=None,
        english_part=None,
        english_note=None,
        dashboard_translation=None,
        topics="trade",
    )
    return row | fields


QUOTES = pd.DataFrame(
    [
        quote("a1", "Trade with Laos grew.", sequence=1, topics="trade;diplomacy"),
        quote("a2", "Café Laos: US$50 (about) in 2022.", sequence=2, speaker="Lavrov"),
        quote(
            "a3",
            "Вьентьян и Москва.",
            sequence=3,
            language="ru",
            topics="history",
            dashboard_translation="Vientiane and Moscow.",
        ),
        quote(
            "b1",
            "Russia’s friend.",
            source_id="src-b",
            date=pd.Timestamp("2016-12-02"),
            date_precision="range",
            date_latest=pd.Timestamp("2019-12-02"),
            speaker="Lavrov",
            topics="diplomacy",
        ),
        quote("c1", "Ёлка stands.", source_id="src-c", date=pd.Timestamp("2010-01-01")),
    ]
)
INDEX = explorer.index(QUOTES)
CLAIMED = {"a2"}


def ids(frame):
    return list(frame["quote_id"])


def search(words):
    return set(ids(explorer.select(INDEX, explorer.Filters(text=words), claimed=CLAIMED)))


def test_search_ignores_case():
    assert search("TRADE") == {"a1"}


def test_search_ignores_accents_both_ways():
    assert search("cafe") == {"a2"}
    assert search("CAFÉ") == {"a2"}


def test_search_matches_cyrillic_in_any_case_and_folds_yo():
    assert search("вьентьян") == {"a3"}
    assert search("ЕЛКА") == {"c1"}


def test_cyrillic_short_i_is_a_letter_not_an_accent():
    assert explorer.fold("й") != explorer.fold("и")


def test_search_matches_typographic_apostrophe_typed_plainly():
    assert search("russia's") == {"b1"}


def test_regex_characters_are_plain_text():
    assert search("(about)") == {"a2"}
    assert search("US$50") == {"a2"}
    assert search("l.os") == set()  # a pattern would match "Laos"
    assert search(".*") == set()
    assert search("[") == set()


def test_every_word_must_appear():
    assert search("laos 2022") == {"a2"}
    assert search("laos moscow") == set()


def test_empty_search_keeps_everything():
    assert search("   ") == set(ids(QUOTES))


def test_match_spans_land_on_original_characters_through_accents_and_expansions():
    said = "Straße e\u0301te Café"
    assert explorer.match_spans(said, "strasse") == [(0, 6)]
    assert explorer.match_spans(said, "ete") == [(7, 11)]  # includes the combining accent
    assert explorer.match_spans(said, "cafe") == [(12, 16)]


def test_overlapping_matches_merge():
    assert explorer.match_spans("banana", "ana nan") == [(1, 6)]


def test_highlight_escapes_the_text_and_the_match():
    assert quote_cards.highlight("a *b* [c](d)", "*b*") == r"a :orange[**\*b\***] \[c\]\(d\)"


def test_highlight_without_search_is_the_escaped_text():
    assert quote_cards.highlight("x_y", "") == text.escape_markdown("x_y")


def test_highlight_keeps_cyrillic_and_curly_quotes():
    marked = quote_cards.highlight("«Россия’s» друг", "РОССИЯ'S")
    assert marked == "«:orange[**Россия’s**]» друг"


def test_literal_breaks_links_emoji_and_icons_that_markdown_makes_after_parsing():
    out = quote_cards.literal("http://x.org www.y.org a@b.co :smile:")
    assert "http\\:" not in out and "www\\." not in out and "a@" not in out
    assert ":gray[]\\::gray[]smile" in out
    assert out.replace(":gray[]", "") == r"http\://x\.org www\.y\.org a@b\.co \:smile\:"


def test_facets_combine_with_and_choices_within_a_facet_with_or():
    chosen = explorer.Filters(speakers=["Putin", "Lavrov"], topics=["history", "diplomacy"])
    assert set(ids(explorer.select(INDEX, chosen, claimed=CLAIMED))) == {"a1", "a3", "b1"}


def test_years_include_a_quote_dated_to_a_range_that_overlaps():
    chosen = explorer.Filters(years=(2018, 2018))
    assert ids(explorer.select(INDEX, chosen, claimed=CLAIMED)) == ["b1"]
    chosen = explorer.Filters(years=(2020, 2022))
    assert ids(explorer.select(INDEX, chosen, claimed=CLAIMED)) == []


def test_claims_only_and_languages():
    assert ids(explorer.select(INDEX, explorer.Filters(claims_only=True), claimed=CLAIMED)) == [
        "a2"
    ]
    assert ids(explorer.select(INDEX, explorer.Filters(languages=["ru"]), claimed=CLAIMED)) == [
        "a3"
    ]


def test_results_are_newest_first_in_source_order():
    assert ids(explorer.select(INDEX, explorer.Filters(), claimed=CLAIMED)) == [
        "a1",
        "a2",
        "a3",
        "b1",
        "c1",
    ]


def test_year_span_reaches_the_latest_possible_date():
    assert explorer.year_span(INDEX) == (2010, 2023)


def test_loosen_hint_names_the_filter_and_what_it_brings_back():
    chosen = explorer.Filters(speakers=["Lavrov"], languages=["ru"])
    assert said.loosen_hint(explorer.loosening(INDEX, chosen, claimed=CLAIMED)) == (
        "No quote matches all the filters. Loosen the languages (2 quotes without it), "
        "or the speakers (1 quote without it)."
    )


def test_loosen_hint_names_a_word_no_quote_contains():
    chosen = explorer.Filters(text="laos zzz", speakers=["Lavrov"])
    assert said.loosen_hint(explorer.loosening(INDEX, chosen, claimed=CLAIMED)) == (
        "No quote in the collection contains “zzz”: change the search words."
    )


def test_facet_counts_ignore_their_own_filter_but_not_the_others():
    chosen = explorer.Filters(speakers=["Lavrov"], languages=["en"])
    counts = explorer.facet_counts(INDEX, chosen, "speaker", claimed=CLAIMED)
    assert counts.to_dict("records") == [
        {"speaker": "Lavrov", "quotes": 2, "in_filter": True},
        {"speaker": "Putin", "quotes": 2, "in_filter": False},
    ]
    topics = explorer.facet_counts(INDEX, explorer.Filters(), "topic", claimed=CLAIMED)
    assert dict(zip(topics["topic"], topics["quotes"], strict=True)) == {
        "trade": 3,
        "diplomacy": 2,
        "history": 1,
    }
    assert topics["in_filter"].all()


def test_facet_sentence_names_ties_and_the_coloured_bars():
    counts = pd.DataFrame(
        {"speaker": ["A", "B", "C"], "quotes": [2, 2, 1], "in_filter": [True, False, False]}
    )
    assert said.facet_sentence(counts, "speaker") == (
        "3 speakers; A and B have the most (2 each). Coloured bars: the speakers chosen. "
        "Click a bar to show only that speaker."
    )
    assert said.facet_sentence(counts.iloc[:0], "speaker") == (
        "No speaker to count: the other filters leave no quote."
    )


def test_a_click_on_a_bar_sets_the_filter_and_anything_else_changes_nothing():
    state = {"quotes_speaker_chart": {"selection": {"pick": [{"speaker": "Lavrov"}]}}}
    explorer.picker(state, "speaker", ["Putin", "Lavrov"])()
    assert state["quotes_speakers"] == ["Lavrov"]
    for junk in [None, {}, {"selection": {"pick": "x"}}, {"selection": {"pick": [{"speaker": 1}]}}]:
        state = {"quotes_speaker_chart": junk, "quotes_speakers": ["Putin"]}
        explorer.picker(state, "speaker", ["Putin", "Lavrov"])()
        assert state["quotes_speakers"] == ["Putin"]
    state = {"quotes_speaker_chart": {"selection": {"pick": [{"speaker": "Nobody"}]}}}
    explorer.picker(state, "speaker", ["Putin"])()
    assert "quotes_speakers" not in state


@pytest.mark.parametrize("value", [None, "", "zz", "<script>", ["a1"], " a1 "])
def test_linked_id_accepts_only_a_known_quote(value):
    assert explorer.linked_id(INDEX, value) == ("a1" if value == " a1 " else None)


def test_neighbours_are_the_nearest_excerpts_of_the_same_source():
    before, after = explorer.neighbours(INDEX, "a2")
    assert (before["quote_id"], after["quote_id"]) == ("a1", "a3")
    assert explorer.neighbours(INDEX, "b1") == (None, None)


def many(n):
    return explorer.index(
        pd.DataFrame([quote(f"q{i:02d}", f"text {i}", sequence=i + 1) for i in range(n)])
    )


def test_paging_says_what_is_shown():
    found = many(30)
    shown = found.quotes
    page = explorer.visible(found, shown, page=2)
    assert (ids(page.rows), said.showing(page)) == (
        [f"q{i}" for i in range(25, 30)],
        "Showing 26–30 of 30",
    )
    assert explorer.page_count(shown) == 2
    assert said.showing(explorer.visible(found, shown, page=9)) == "Showing 26–30 of 30"


def test_a_linked_quote_comes_first_and_nothing_is_skipped():
    found = many(30)
    shown = found.quotes
    first = explorer.visible(found, shown, page=1, linked="q27").rows
    second = explorer.visible(found, shown, page=2, linked="q27").rows
    assert ids(first)[0] == "q27"
    assert sorted(ids(first) + ids(second)) == sorted(ids(shown))


def test_a_linked_quote_outside_the_filters_is_shown_ahead_of_them():
    found = many(30)
    shown = found.quotes.iloc[:3]
    page = explorer.visible(found, shown, page=1, linked="q20")
    assert ids(page.rows) == ["q20", "q00", "q01", "q02"]
    assert said.showing(page) == (
        "Showing 1–3 of 3, after the linked quote, which the filters leave out"
    )


def test_a_linked_quote_alone_says_so():
    found = many(30)
    page = explorer.visible(found, found.quotes.iloc[:0], page=1, linked="q20")
    assert ids(page.rows) == ["q20"]
    assert said.showing(page) == "Showing only the linked quote, which the filters leave out"
    assert said.showing(explorer.visible(found, found.quotes.iloc[:0], page=1)) == ""


def test_download_is_formula_safe():
    shown = QUOTES.assign(text=["=SUM(1)", "+1", "@x", "-2", "ok"])
    csv = explorer.download(shown).decode()
    assert "'=SUM(1)" in csv and "'+1" in csv and "'@x" in csv and "'-2" in csv
    assert csv.splitlines()[0].split(",") == list(QUOTES.columns)


SOURCES = pd.DataFrame(
    [
        dict(
            source_id="src-a",
            title="A *title*",
            publisher="Pub",
            url="https://x.org/a_(b)",
            caution=None,
        ),
        dict(
            source_id="src-b",
            title="B",
            publisher="Pub",
            url="javascript:alert(1)",
            caution="unclear",
        ),
        dict(source_id="src-c", title="C", publisher="Pub", url=None, caution=None),
        dict(source_id="data", title="Data title", publisher="Stats", url=None, caution=None),
    ]
)


@pytest.mark.parametrize(
    ("url", "safe"),
    [
        ("https://x.org/a_(b) c", "https://x.org/a_%28b%29%20c"),
        ("http://x.org/?q=1&r=2#f", "http://x.org/?q=1&r=2#f"),
        ("javascript:alert(1)", None),
        ("data:text/html,x", None),
        ("//x.org", None),
        (None, None),
    ],
)
def test_safe_url_keeps_only_http_and_cannot_end_the_link_early(url, safe):
    assert quote_cards.safe_url(url) == safe


def test_source_line_links_only_a_web_address_and_escapes_the_title():
    assert quote_cards.source_markdown("src-a", SOURCES) == (
        r"[A \*title\*](https://x.org/a_%28b%29), Pub"
    )
    assert quote_cards.source_markdown("src-b", SOURCES) == "B, Pub · Caution: unclear"


def no_evidence():
    empty = pd.DataFrame(columns=["event_id"])
    return {
        "trade": pd.DataFrame(
            [
                dict(
                    year=2022,
                    first_month=1,
                    last_month=12,
                    measure="turnover",
                    exporter=None,
                    importer=None,
                    reporter="Russia",
                    value_usd_m=12.9,
                    qualifier="exact",
                    status="published_total",
                    source_id="data",
                )
            ]
        ),
        "tourism": pd.DataFrame(columns=["origin", "destination"]),
        "indicators": pd.DataFrame(columns=["indicator", "year", "series"]),
        "timeline": empty,
        "education": pd.DataFrame(columns=["measure", "period_end", "source_excerpt"]),
    }


CLAIMS = pd.DataFrame(
    [
        dict(
            claim_id="c1",
            quote_id="a2",
            metric="trade_turnover_usd_m",
            value=50.0,
            unit="usd_m",
            qualifier="about",
            period_start=pd.Timestamp("2022-01-01"),
            period_end=pd.Timestamp("2022-12-31"),
            claim_text="US$50 (about) in 2022",
            note="author's figure",
        )
    ]
)


def test_a_card_shows_the_claim_beside_the_data_with_verdict_source_and_note():
    (card,) = quote_cards.cards(
        QUOTES[QUOTES["quote_id"] == "a2"],
        found=INDEX,
        checks=quote_cards.checked(CLAIMS, SOURCES, **no_evidence()),
        query="laos",
    )
    (check,) = card.claims
    assert check.outcome == "disagrees"
    assert check.markdown.startswith(
        r"**Disagrees with the data.** Claim: “US\$50 \(about\) in 2022”"
    )
    assert r"3\.9 times the data value" in check.markdown
    shown = check.markdown.replace(":gray[]", "")
    assert r"Data: Russia\-reported turnover 2022\: US\$12\.9 million \(published total\)" in shown
    assert "Data source: Data title, Stats" in check.markdown
    assert "Note on the claim: author's figure" in check.markdown
    assert ":orange[**Laos**]" in card.text
    assert card.permalink.startswith("[Link to this quote](?quote=a2)")
    assert "**Before** (Putin" in card.context and "[open](?quote=a1)" in card.context
    assert "**After** (Putin" in card.context and "[open](?quote=a3)" in card.context
    assert not card.linked


def test_a_card_without_claims_has_none_and_marks_the_linked_quote():
    (card,) = quote_cards.cards(
        QUOTES[QUOTES["quote_id"] == "b1"],
        found=INDEX,
        checks=quote_cards.checked(CLAIMS, SOURCES, **no_evidence()),
        linked="b1",
    )
    assert card.claims == ()
    assert card.linked
    assert card.meta.startswith(":material/link: **The quote you linked to**")
    assert "between 2 December 2016 and 2 December 2019" in card.meta
    assert "nothing, this is the first excerpt" in card.context


def test_the_index_sorts_folds_and_links_each_quote_to_its_neighbours():
    found = explorer.index(QUOTES)
    assert list(found.ids) == ["a1", "a2", "a3", "b1", "c1"]
    assert list(found.quotes.index) == [0, 1, 2, 3, 4]
    assert found.keys.to_dict("list") == {
        "folded": [
            "trade with laos grew.",
            "cafe laos: us$50 (about) in 2022.",
            "вьентьян и москва.",
            "russia's friend.",
            "елка stands.",
        ],
        "folded_english": ["", "", "", "", ""],
        "folded_dashboard_translation": ["", "", "vientiane and moscow.", "", ""],
        "earliest": [2023, 2023, 2023, 2016, 2010],
        "latest": [2023, 2023, 2023, 2019, 2010],
        "speaker": [1, 0, 1, 0, 1],
        "before": [-1, 0, 1, -1, -1],
        "after": [1, 2, -1, -1, -1],
    }
    assert found.speakers == ("Lavrov", "Putin")
    assert found.topics == ("diplomacy", "history", "trade")
    pairs = list(zip(found.topic_pairs["row"], found.topic_pairs["topic"], strict=True))
    assert pairs == [(0, 2), (0, 0), (1, 2), (2, 1), (3, 0), (4, 2)]
    assert found.events == ("Forum",)
    assert found.languages == ("en", "ru")
    assert found.span == (2010, 2023)


def test_a_one_year_collection_still_gives_the_slider_a_range():
    assert explorer.index(QUOTES.iloc[:1]).span == (2023, 2024)


def test_checked_holds_each_claims_verdict_by_quote_and_every_source_line():
    checks = quote_cards.checked(CLAIMS, SOURCES, **no_evidence())
    assert checks.claimed == frozenset({"a2"})
    ((check,),) = checks.by_quote.values()
    assert check.outcome == "disagrees"
    assert check.icon == ":material/error:"
    assert checks.sources["src-b"] == "B, Pub · Caution: unclear"
    assert checks.sources_plain["src-b"] == "B, Pub"
    assert checks.sources["src-a"] == r"[A \*title\*](https://x.org/a_%28b%29), Pub"


def test_a_card_leaves_out_a_date_or_language_note_that_is_empty():
    noted = QUOTES.assign(date_note=["From the title.", None, "", None, None])
    noted = noted.assign(language_note=[None, "Translated by the ministry.", None, " ", None])
    found = explorer.index(noted)
    checks = quote_cards.checked(CLAIMS, SOURCES, **no_evidence())
    dated, translated, neither = quote_cards.cards(
        found.quotes.iloc[:3], found=found, checks=checks
    )
    assert "How the date is known: From the title\\." in dated.context
    assert "Language and translation" not in dated.context
    assert "Language and translation: Translated by the ministry\\." in translated.context
    assert "How the date is known" not in translated.context
    assert "How the date is known" not in neither.context
    assert "Language and translation" not in neither.context
    assert "not recorded" not in dated.context + translated.context + neither.context


def test_the_count_heading_and_download_label_write_their_numbers():
    thousands = pd.DataFrame({"quote_id": range(1234)})
    assert said.count_heading(thousands.iloc[:12], thousands) == "12 of 1,234 quotes"
    assert said.download_label(thousands) == "Download these 1,234 quotes (CSV)"


def test_loosen_hint_without_any_filter_and_when_no_single_filter_helps():
    assert said.loosen_hint(explorer.Loosening(chosen=())) == (
        "There are no quotes in the collection."
    )
    stuck = explorer.Loosening(chosen=("speakers", "languages"))
    assert said.loosen_hint(stuck) == (
        "No quote matches all the filters, and loosening one alone is not enough: "
        "clear several of the speakers, the languages."
    )


def test_facet_sentence_for_one_bar_and_for_many_tied_leaders_and_topics():
    one = pd.DataFrame({"speaker": ["A"], "quotes": [1], "in_filter": [True]})
    assert said.facet_sentence(one, "speaker") == (
        "1 speaker; A (1 excerpt). Click a bar to show only that speaker."
    )
    tied = pd.DataFrame({"topic": list("abcd"), "quotes": [2] * 4, "in_filter": [True] * 4})
    assert said.facet_sentence(tied, "topic") == (
        "4 topics; 4 share the most (2 each). A quote can carry several topics, so the bars "
        "add up to more than the quotes. Click a bar to show only that topic."
    )


@pytest.mark.parametrize(
    "said",
    [
        "Trade “grew” – US$50 (about)",
        "Straße Éte\u0301 x\u0303 й Ёлка İstanbul ﬁne ລາວ",
        "PLAIN ascii 65%",
        "",
        "\u0301Leading mark",
    ],
)
def test_fold_gives_what_the_character_walk_gives(said):
    assert explorer.fold(said) == explorer.fold_with_spans(said)[0]
