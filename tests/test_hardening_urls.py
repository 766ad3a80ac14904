"""Untrusted URLs: garbage in any query parameter opens the page as it opens with none.

Each page's bound widgets are read from the page itself (a widget bound to the URL carries its
parameter name), so a new bound filter cannot be left out of this matrix. `event` and `quote`
are read by the pages directly.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from relations.data import load
from tests.pages import open_page

APP = str(Path(__file__).resolve().parent.parent / "app.py")
GARBAGE: list[str | list[str]] = [
    "abc",
    "<script>",
    "9999",
    "-1",
    "",
    "x" * 10240,
    ["a", "b", "c"],
    "Вьентьян",
    "%00",
    "\x00",
]
UNKNOWN = {"utm_source": "<script>", "Trade_Reporter": "Laos", "page": "9999", "y" * 200: ""}
# Parameters the pages read themselves, beside their bound widgets.
READ_DIRECTLY = {"timeline": {"event"}, "quotes": {"quote"}}
# Bound text inputs: any text is a valid search, so garbage there filters instead of reverting.
SEARCHES = {"timeline_search": "events", "quotes_text": "quotes"}
PAGES = ["overview", "trade", "tourism", "timeline", "quotes", "sources"]


def bound(at: AppTest) -> dict[str, object]:
    """Parameter name -> value of every widget bound to the URL."""
    return {
        node.proto.query_param_key: node.value
        for node in at
        if getattr(getattr(node, "proto", None), "query_param_key", "")
    }


# What a permalink naming nothing says (and then the page's default view follows).
NOT_FOUND = ("No quote has the id", "No event has the id")


def not_found(at: AppTest) -> list[str]:
    return [m.value for m in at.warning if m.value.startswith(NOT_FOUND)]


def view(at: AppTest) -> dict[str, object]:
    """What a reader sees of the page's state: filters, headings, counts, messages, details;
    apart from the note that a permalink names no quote or event."""
    messages = [m.value for m in [*at.info, *at.warning, *at.error]]
    return {
        "filters": bound(at),
        "headings": [h.value for h in at.subheader],
        "text": [m.value for m in at.markdown][:3],
        "messages": [m for m in messages if not m.startswith(NOT_FOUND)],
    }


def params_of(page: str, at: AppTest) -> list[str]:
    return sorted(set(bound(at)) | READ_DIRECTLY.get(page, set()))


@pytest.fixture(scope="module")
def defaults() -> dict[str, tuple[dict[str, object], list[str]]]:
    """Each page opened with no parameters: what it shows, and the parameters it reads."""
    opened = {page: open_page(page) for page in PAGES}
    assert not any(at.exception for at in opened.values())
    return {page: (view(at), params_of(page, at)) for page, at in opened.items()}


def test_the_pages_bind_the_parameters_this_matrix_covers(defaults):
    assert {page: names for page, (_, names) in defaults.items()} == {
        "overview": ["lang"],
        "trade": ["lang", "trade_reporter", "trade_scale", "trade_years"],
        "tourism": ["lang", "tourism_periods", "tourism_years"],
        "timeline": [
            "event",
            "lang",
            "timeline_asean",
            "timeline_categories",
            "timeline_search",
            "timeline_view",
            "timeline_years",
        ],
        "quotes": [
            "lang",
            "quote",
            "quotes_claims_only",
            "quotes_events",
            "quotes_languages",
            "quotes_speakers",
            "quotes_text",
            "quotes_topics",
            "quotes_years",
        ],
        "sources": ["lang"],
    }


def test_the_default_views_are_the_whole_collection(defaults):
    events, quotes = load.timeline(), load.quotes()
    assert f"**{len(events)} of {len(events)} events**" in defaults["timeline"][0]["text"]
    assert f"{len(quotes)} of {len(quotes)} quotes" in defaults["quotes"][0]["headings"]
    trade = defaults["trade"][0]["filters"]
    assert (trade["trade_reporter"], trade["trade_scale"]) == ("Russia", "linear")


@pytest.mark.parametrize("page", PAGES)
def test_garbage_in_every_parameter_opens_the_default_view(defaults, page):
    """Every parameter of every page (a link may carry another page's) gets the same garbage at
    once: each bound widget and each direct read must ignore it. Searches are tested below."""
    expected = defaults[page][0]
    names = {name for _, found in defaults.values() for name in found} - set(SEARCHES)
    for value in GARBAGE:
        # An empty ?tourism_periods= is a real choice, "no period": tested on its own below.
        params = {name: value for name in names if (name, value) != ("tourism_periods", "")}
        at = open_page(page, **params)
        assert not at.exception, (page, repr(value)[:40], at.exception)
        assert view(at) == expected, (page, repr(value)[:40])
        if page in ("timeline", "quotes"):
            # A garbage ?event= or ?quote= that is not blank is named as not found, once.
            said = value[-1] if isinstance(value, list) else value
            assert len(not_found(at)) == (1 if said.strip() else 0), (page, repr(value)[:40])
    at = open_page(page, **UNKNOWN)
    assert not at.exception and view(at) == expected, (page, "unknown parameters")


@pytest.mark.parametrize("name", sorted(SEARCHES))
def test_garbage_as_a_search_is_searched_for_literally(name):
    page = SEARCHES[name]
    total = len(load.timeline() if page == "events" else load.quotes())
    for value in GARBAGE:
        at = open_page("timeline" if page == "events" else "quotes", **{name: value})
        case = (name, repr(value)[:40])
        assert not at.exception, (*case, at.exception)
        searched = value[-1] if isinstance(value, list) else value
        kept = bound(at)[name]  # the search box holds the text (cut at its max_chars)
        assert kept == searched[: len(kept)] and bool(kept) == bool(searched), case
        counts = [*view(at)["text"], *view(at)["headings"]]
        shown = [c for c in counts if c.strip("*").endswith(f" of {total} {page}")]
        assert shown, (*case, counts)
        if searched == "":
            assert shown[0].strip("*") == f"{total} of {total} {page}", case


def test_empty_periods_in_the_url_say_which_filter_to_loosen():
    at = open_page("tourism", **{"tourism_periods": ""})
    assert not at.exception
    assert bound(at)["tourism_periods"] == []
    assert any("period" in message.value.lower() for message in at.info)
