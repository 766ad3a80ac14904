"""Where two sources disagree (data/conflicts.csv): each side is that source's own words, and
the conflict reaches the claims, cards and events that hold either side."""

from __future__ import annotations

import pandas as pd
import pytest

from relations import disputes, quote_cards, quotes, timeline, timeline_words
from relations.data import load

SIDES = ("first", "second")


def records_of(source_id: str) -> list[str]:
    """Every text of this source in the files: quotes, events, excerpts, cells, trade values."""
    texts: list[str] = []
    for name, columns in {
        "quotes": ("text",),
        "timeline": ("description", "source_excerpt"),
        "education": ("source_excerpt",),
        "tourism": ("source_excerpt",),
        "products": ("excerpt",),
        "trade": ("source_cell",),
    }.items():
        frame = load.dataset(name)
        own = frame[frame["source_id"] == source_id]
        for column in columns:
            texts += [t for t in own[column].dropna()]
        if name == "trade":
            texts += [f"{v:.3f}" for v in own["value_usd_m"]]
    return texts


@pytest.mark.parametrize("side", SIDES)
def test_each_side_is_its_sources_own_words(side):
    for row in load.conflicts().itertuples(index=False):
        says, source_id = getattr(row, f"{side}_says"), getattr(row, f"{side}_source_id")
        assert any(says in text for text in records_of(source_id)), (row.conflict_id, says)


@pytest.mark.parametrize("side", SIDES)
def test_a_side_that_is_a_claim_is_a_claim_of_a_quote_of_that_source(side):
    claims, all_quotes = load.claims().set_index("claim_id"), load.quotes().set_index("quote_id")
    for row in load.conflicts().itertuples(index=False):
        claim_id = getattr(row, f"{side}_claim_id")
        if isinstance(claim_id, str):
            quote = all_quotes.loc[claims.loc[claim_id, "quote_id"]]
            assert quote["source_id"] == getattr(row, f"{side}_source_id"), row.conflict_id
            assert getattr(row, f"{side}_says") in quote["text"], row.conflict_id


def test_the_card_of_a_quote_that_is_one_side_names_the_other():
    every = load.quotes()
    checks = quote_cards.checked(
        load.claims(),
        load.sources(),
        load.trade(),
        load.tourism(),
        load.indicators(),
        load.timeline(),
        load.education(),
        load.conflicts(),
        every,
    )
    # The TASS quote of 2018 ("tens of thousands") holds no claim of its own.
    (card,) = quote_cards.cards(
        every[every["quote_id"] == "mf-a11"], found=quotes.index(every), checks=checks
    )
    (check,) = card.claims
    assert check.outcome == "conflicts"
    assert check.markdown.startswith("**Conflicts with another source.**")
    assert "350,000 Lao people were killed in these bombings" in check.markdown.replace("\\", "")
    # The seed article's quote states the claim: its verdict names TASS, once.
    (seed,) = quote_cards.cards(
        every[every["quote_id"] == "eef2023-06"], found=quotes.index(every), checks=checks
    )
    outcomes = [c.outcome for c in seed.claims]
    assert outcomes == ["unchecked", "conflicts"]  # bombs dropped; people killed


def test_an_event_that_is_one_side_names_the_other_in_its_details():
    dated = timeline.dated(load.timeline(), load.eras(), load.quotes())
    event = timeline.event_by_id(dated.events, "2025-18th-intergovernmental-commission")
    details = timeline_words.detail(event, sources=load.sources(), conflicts=load.conflicts())
    assert "**Another source says otherwise.**" in details
    assert "во Вьентьяне" in details
    plain = timeline_words.detail(event, sources=load.sources())
    assert "Another source" not in plain


def test_sides_skips_a_claim_side_and_matches_only_that_sources_words():
    conflicts = pd.DataFrame(
        {
            "subject": ["X"],
            "first_source_id": ["a"],
            "first_says": ["ten"],
            "first_claim_id": ["c1"],
            "second_source_id": ["b"],
            "second_says": ["twenty"],
            "second_claim_id": [None],
        }
    )
    records = pd.DataFrame(
        {
            "quote_id": ["qa", "qb", "qb2", "qc"],
            "source_id": ["a", "b", "b", "c"],
            "text": ["ten said", "twenty said", "thirty", "twenty too"],
        }
    )
    found = list(disputes.sides(conflicts, records, text="text", key="quote_id"))
    assert [(s.key, s.other_says, s.other_source_id) for s in found] == [("qb", "ten", "a")]
