"""Big text stays bounded: a 1 MB quote's card and its search highlights (the timings are in
benchmarks/big_inputs.py; here, what a reader gets)."""

from __future__ import annotations

from relations import quote_cards, text
from relations import quotes as explorer

SENTENCE = "Trade turnover between the two countries was discussed at length. "
BIG = (SENTENCE * 16_000)[:1_000_000]


def test_a_1_mb_quote_shows_its_first_10000_characters_and_says_so():
    shown = quote_cards._shown_text(BIG, "")
    kept = BIG[: BIG.rfind(" ", 0, quote_cards.SHOWN_CHARACTERS)]
    assert shown.startswith(text.escape_markdown(kept))
    assert "1,000,000 characters" in shown and "download" in shown
    assert len(shown) < 20_000


def test_a_short_quote_is_shown_whole():
    assert quote_cards._shown_text(SENTENCE, "") == text.escape_markdown(SENTENCE)


def test_search_highlights_stop_after_the_bound():
    spans = explorer.match_spans(BIG, "turnover")
    assert len(spans) == explorer.HIGHLIGHTS
    assert spans[0] == (BIG.index("turnover"), BIG.index("turnover") + len("turnover"))


def test_a_big_russian_quote_is_matched_where_its_words_are():
    said = "Товарооборот между Лаосом и Россией вырос. " * 2_000
    spans = explorer.match_spans(said, "россией")
    start = said.index("Россией")
    assert spans[0] == (start, start + len("Россией"))
    assert all(said[a:b] == "Россией" for a, b in spans)
