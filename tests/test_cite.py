"""Citing and sharing, as pure functions: the data version, permalinks, file names, citations."""

from __future__ import annotations

import pandas as pd
import pytest

from relations import cite, cite_words

VERSION = cite.DataVersion(as_of=pd.Timestamp("2025-12-13"), digest="1a2b3c4d")
UNDATED = cite.DataVersion(as_of=None, digest="1a2b3c4d")
ACCESSED = pd.Timestamp("2026-12-02")
LINK = "https://laos-russia.example/trade?trade_years=2010&trade_years=2022"


def test_content_digest_is_short_stable_and_changes_with_one_byte():
    files = [("trade.csv", b"year,value\n2020,1\n"), ("quotes.csv", b"quote_id\nq1\n")]
    digest = cite.content_digest(files)
    assert len(digest) == 8 and int(digest, 16) >= 0
    assert cite.content_digest(list(reversed(files))) == digest
    assert cite.content_digest([files[0], ("quotes.csv", b"quote_id\nq2\n")]) != digest
    # The same bytes under another name, or split differently between files, are other data.
    assert cite.content_digest([("trade.csv", b"year,value\n2020,1\nquote_id\nq1\n")]) != digest


def test_version_stamp_is_the_day_else_the_hash():
    assert VERSION.stamp == "2025-12-13"
    assert UNDATED.stamp == "1a2b3c4d"


@pytest.mark.parametrize(
    ("context_url", "expected"),
    [
        ("http://localhost:8501/trade", "http://localhost:8501/trade"),
        ("http://localhost:8501", "http://localhost:8501/"),
        ("https://laos-russia.streamlit.app/~/+/trade", "https://laos-russia.streamlit.app/trade"),
        ("https://laos-russia.streamlit.app/~/+", "https://laos-russia.streamlit.app/"),
        ("https://example.org/app/quotes?x=1#top", "https://example.org/app/quotes"),
        (None, "http://fallback.example/timeline"),
        ("", "http://fallback.example/timeline"),
    ],
)
def test_page_address(context_url, expected):
    fallback = "http://fallback.example/timeline"
    assert cite.page_address(context_url, fallback=fallback) == expected


def test_permalink_keeps_every_value_in_order_and_drops_embed_params():
    params = {
        "trade_years": ["2010", "2022"],
        "embed": ["true"],
        "embed_options": ["show_toolbar"],
        "trade_reporter": ["Laos"],
    }
    assert cite.permalink("https://x.example/trade", params) == (
        "https://x.example/trade?trade_years=2010&trade_years=2022&trade_reporter=Laos"
    )
    assert cite.permalink("https://x.example/", {}) == "https://x.example/"


def test_permalink_encodes_untrusted_values_into_one_token():
    link = cite.permalink("https://x.example/quotes", {"quotes_text": ['a b"<x>)(&q=1']})
    assert link == "https://x.example/quotes?quotes_text=a%20b%22%3Cx%3E%29%28%26q%3D1"
    assert " " not in link and "<" not in link and ")" not in link


def test_embed_link_adds_embed_true():
    assert cite.embed_link("https://x.example/trade") == "https://x.example/trade?embed=true"
    assert cite.embed_link(LINK).endswith("&trade_years=2022&embed=true")


def test_file_name_carries_the_view_and_the_data_date():
    name = cite.file_name("laos-russia", ["trade", "Russia", (2010, 2022)], VERSION, ext="csv")
    assert name == "laos-russia-trade-russia-2010-2022-data-2025-12-13.csv"
    undated = cite.file_name("laos-russia", ["tourism", (2016, 2023)], UNDATED, ext="png")
    assert undated == "laos-russia-tourism-2016-2023-data-1a2b3c4d.png"


def test_slug_drops_accents_and_punctuation():
    assert cite.slug("Laos–Russia", "Vientiane, Lào", "../x") == "laos-russia-vientiane-lao-x"
    assert cite.slug("Путин") == ""


def test_dated_puts_the_version_before_the_extension_once():
    assert cite.dated("trade.csv", VERSION) == "trade-data-2025-12-13.csv"
    assert cite.dated("trade-data-2025-12-13.csv", VERSION) == "trade-data-2025-12-13.csv"
    assert cite.dated("notes", UNDATED) == "notes-data-1a2b3c4d"
    assert cite.dated("Trade-Russia.CSV", VERSION) == "trade-russia-data-2025-12-13.csv"


def test_bibtex_escapes_tex_and_keeps_the_url():
    entry = cite.bibtex(
        "misc",
        "k",
        {
            "author": "A & B",
            "title": "50% of {x} #1_a",
            "url": "https://x.example/a?b=1&c=%20",
            "note": None,
        },
    )
    assert entry.splitlines() == [
        "@misc{k,",
        r"  author = {{A \& B}},",
        r"  title = {{50\% of \{x\} \#1\_a}},",
        "  url = {https://x.example/a?b=1&c=%20},",
        "}",
    ]


def test_principal_rows_are_the_largest_dataset():
    rules = pd.DataFrame({"date": [1, 2]})
    series = pd.DataFrame({"year": [1, 2, 3]})
    assert cite.principal_rows({"a": rules, "b": series}) is series
    assert cite.principal_rows({}).empty


def test_sourced_quotes_join_their_source_by_id():
    quotes = pd.DataFrame({"quote_id": ["q1", "q2"], "source_id": ["s1", "s1"]})
    sources = pd.DataFrame({"source_id": ["s1"], "title": ["T"], "url": ["https://s.example"]})
    sourced = cite.sourced_quotes(quotes, sources)
    assert list(sourced.index) == ["q1", "q2"]
    assert cite.source_of(sourced.loc["q2"].to_dict()) == {"title": "T", "url": "https://s.example"}


def test_tab_title_names_the_page():
    assert cite_words.tab_title("Trade") == "Trade · Laos–Russia relations"


def test_figure_title_writes_the_view():
    view = {"reporter": "Russia", "years": (2010, 2022)}
    assert cite_words.figure_title("trade_flows_chart", view) == (
        "Laos–Russia trade each way and turnover, Russia's statistics, 2010–2022"
    )
    assert cite_words.figure_title("tourism_visitors_chart", {"years": (2019, 2019)}) == (
        "Russian visitors to Laos, 2019"
    )


def test_source_lines_name_each_source_or_count_them():
    two = pd.DataFrame({"source": ["Rosstat", "IMF DOTS", "Rosstat", None]})
    assert cite_words.source_lines(two) == ["Source: Rosstat.", "Source: IMF DOTS."]
    many = pd.DataFrame({"source": list("abcde")})
    assert cite_words.source_lines(many) == [
        "Source: 5 sources, listed on the dashboard's Sources & data page."
    ]
    assert cite_words.source_lines(pd.DataFrame({"x": [1]})) == [
        "Source: the sources listed on the dashboard's Sources & data page."
    ]


def test_view_citation_names_dashboard_view_link_version_and_access_day():
    citation = cite_words.view_citation(
        "Trade, 2010–2022", key=["trade", "flows"], link=LINK, version=VERSION, accessed=ACCESSED
    )
    assert citation.plain == (
        "Laos–Russia relations dashboard (2025). “Trade, 2010–2022” [chart]. Data as of "
        f"13 December 2025, version 1a2b3c4d. Retrieved 2 December 2026 from {LINK}"
    )
    assert "@misc{laos_russia_trade_flows_2025," in citation.bibtex
    assert f"url = {{{LINK}}}" in citation.bibtex
    assert "1a2b3c4d" in citation.bibtex and "urldate = {2026-12-02}" in citation.bibtex


def test_an_undated_version_is_cited_by_its_hash():
    citation = cite_words.view_citation(
        "T", key=["x"], link=LINK, version=UNDATED, accessed=ACCESSED
    )
    assert "(2026)" in citation.plain and "Data version 1a2b3c4d" in citation.plain


QUOTE = {
    "quote_id": "mf-a71",
    "speaker": "Sonexay Siphandone",
    "date": pd.Timestamp("2025-12-11"),
    "date_precision": "day",
    "date_latest": pd.NaT,
}
SOURCE = {
    "title": "InfoRos report, December 2025",
    "publisher": "InfoRos",
    "author": None,
    "url": "https://inforos.example/a",
    "published": "2025-12",
}


def test_quote_citation_gives_the_original_source_then_the_permalink():
    link = "https://x.example/quotes?quote=mf-a71"
    citation = cite_words.quote_citation(
        QUOTE, SOURCE, link=link, version=VERSION, accessed=ACCESSED
    )
    assert citation.plain == (
        "Sonexay Siphandone (2025). Quoted in InfoRos, “InfoRos report, December 2025”, "
        "11 December 2025. https://inforos.example/a. Excerpt cited from the Laos–Russia "
        f"relations dashboard, {link} (Data as of 13 December 2025, version 1a2b3c4d; "
        "retrieved 2 December 2026)."
    )
    assert citation.link == link
    assert "author = {{Sonexay Siphandone}}" in citation.bibtex
    assert "url = {https://inforos.example/a}" in citation.bibtex
    assert link in citation.bibtex and "1a2b3c4d" in citation.bibtex


def test_quote_citation_without_a_source_url_says_none():
    citation = cite_words.quote_citation(
        QUOTE, {**SOURCE, "url": float("nan")}, link="L", version=VERSION, accessed=ACCESSED
    )
    assert (
        "nan" not in citation.plain
        and "“InfoRos report, December 2025”, 11 December 2025. Excerpt" in citation.plain
    )
    assert "url =" not in citation.bibtex


def test_event_citation_names_the_source_author_else_the_publisher():
    event = {
        "event_id": "1960-diplomatic-relations",
        "title": "USSR–Laos diplomatic relations",
        "date": pd.Timestamp("1960-10-07"),
        "date_precision": "day",
        "end_date": pd.NaT,
        "end_precision": None,
    }
    source = {**SOURCE, "publisher": "Pravda", "title": "65 years", "published": "2024-12-02"}
    link = "https://x.example/timeline?event=1960-diplomatic-relations"
    citation = cite_words.event_citation(
        event, source, link=link, version=VERSION, accessed=ACCESSED
    )
    # The publisher stands in for a missing author, and is not named twice.
    assert citation.plain.startswith("Pravda (2024). “65 years”. https://inforos.example/a.")
    assert "“USSR–Laos diplomatic relations” (7 October 1960)" in citation.plain
    assert link in citation.plain and "1a2b3c4d" in citation.plain
    by_author = cite_words.event_citation(
        event, {**source, "author": "I. Ivanov"}, link=link, version=VERSION, accessed=ACCESSED
    )
    assert by_author.plain.startswith("I. Ivanov (2024). “65 years”. Pravda. https://")


def test_embed_snippet_is_an_iframe_of_the_embedded_view():
    snippet = cite_words.embed_snippet(LINK, 'A "quoted" title')
    assert snippet.startswith(
        '<iframe src="https://laos-russia.example/trade?trade_years=2010&amp;'
    )
    assert "embed=true" in snippet and "&quot;quoted&quot;" in snippet


def test_figure_subtitle_describes_the_image_else_is_the_alt():
    subtitle = cite_words.figure_subtitle("timeline_chart", {"years": (1960, 2025)}, alt="A")
    assert subtitle == "Events as marks in one lane per category, over shaded eras."
    assert cite_words.figure_subtitle("tourism_education_chart", {}, alt="Per year.") == "Per year."
