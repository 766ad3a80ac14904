"""Timeline page through app.py: filters change the count and the list; ?event= opens details."""

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from relations.data import load
from tests.pages import charts, open_page


def run_timeline(**query: str) -> AppTest:
    return open_page("timeline", **query)


@pytest.fixture(scope="module")
def csv() -> pd.DataFrame:
    return pd.read_csv(load.PACKAGE_DATA_DIR / "timeline.csv", parse_dates=["date"])


def count(at: AppTest) -> str:
    counts = [m.value for m in at.markdown if m.value.endswith(" events**")]
    assert len(counts) == 1
    return counts[0]


def listing(at: AppTest) -> str:
    return "\n".join(m.value for m in at.markdown if m.value.startswith("#### "))


def test_page_runs_and_counts_every_event(csv):
    at = run_timeline()
    assert not at.exception
    assert [t.value for t in at.title] == ["Timeline of the relationship"]
    assert count(at) == f"**{len(csv)} of {len(csv)} events**"
    [(_spec, frames)] = charts(at)
    marks = next(frame for frame in frames if "anchor" in frame.columns)
    assert sorted(marks["event_id"]) == sorted(csv["event_id"])


def test_category_filter_changes_the_count_and_the_list(csv):
    at = run_timeline()
    at.multiselect(key="timeline_categories").set_value(["security"]).run()
    assert count(at) == f"**{(csv['category'] == 'security').sum()} of {len(csv)} events**"
    assert "security:" in listing(at)
    assert "diplomacy:" not in listing(at)


def test_year_range_changes_the_count_and_the_list(csv):
    at = run_timeline()
    at.slider(key="timeline_years").set_value((1960, 1990)).run()
    assert count(at) == f"**{(csv['date'].dt.year <= 1990).sum()} of {len(csv)} events**"
    assert "#### 1990s" not in listing(at)
    assert "#### 1960s" in listing(at)


def test_search_is_case_insensitive_in_titles_and_descriptions(csv):
    at = run_timeline()
    at.text_input(key="timeline_search").input("LAROS").run()
    text = (csv["title"] + " " + csv["description"]).str.lower()
    assert count(at) == f"**{text.str.contains('laros').sum()} of {len(csv)} events**"


def test_asean_only_shows_asean_level_events(csv):
    at = run_timeline()
    at.segmented_control(key="timeline_asean").set_value("only").run()
    assert count(at) == f"**{csv['asean'].sum()} of {len(csv)} events**"


def test_a_filter_matching_nothing_says_which_filter_to_loosen(csv):
    at = run_timeline()
    at.text_input(key="timeline_search").input("no such words").run()
    assert not at.exception
    assert count(at) == f"**0 of {len(csv)} events**"
    assert any("clear the search “no such words”" in i.value for i in at.info)
    assert at.download_button(key="timeline_download").proto.disabled


def test_list_writes_dates_as_precisely_as_known():
    text = listing(run_timeline())
    assert "**7 October 1960**" in text
    assert "**December 2008**" in text
    assert "**1991**" in text
    assert "1991-01-01" not in text


def test_permalink_opens_the_event_with_its_details_and_quotes():
    at = run_timeline(event="2019-laros-exercise")
    assert not at.exception
    assert "Laros\\-2019:gray[]\\::gray[] first joint exercise" in [s.value for s in at.subheader]
    details = " ".join(m.value for m in at.markdown)
    assert "**10–19 December 2019**" in details
    assert "(https://tass.com/defense/1097803)" in details
    quotes = pd.read_csv(load.PACKAGE_DATA_DIR / "quotes.csv", parse_dates=["date"])
    during = quotes[
        (quotes["date_precision"] == "day")
        & quotes["date"].between(pd.Timestamp("2019-12-10"), pd.Timestamp("2019-12-19"))
    ]
    assert len(during) >= 1
    assert [e.label for e in at.expander] == [f"{len(during)} quote dated during the event"]
    assert at.query_params["event"] == "2019-laros-exercise"


def test_an_unknown_permalink_says_so_and_shows_the_whole_timeline(csv):
    at = run_timeline(event="no-such-event")
    assert not at.exception
    assert [w.value.replace("\\", "") for w in at.warning] == [
        "No event has the id “no-such-event”. Here is the whole timeline instead."
    ]
    assert count(at) == f"**{len(csv)} of {len(csv)} events**"
    assert at.subheader.values == ["The events, by decade"]
    assert "event" not in at.query_params


def test_a_known_or_empty_permalink_gives_no_warning():
    for at in (run_timeline(event="1994-friendship-treaty"), run_timeline(event="")):
        assert not [w for w in at.warning if "No event has the id" in w.value]


def test_a_permalinked_event_hidden_by_filters_still_shows_its_details():
    at = run_timeline(event="2019-laros-exercise", timeline_categories="economy")
    assert not at.exception
    assert any("The current filters hide this event" in m.value for m in at.markdown)


def test_a_click_opens_the_details_and_clicking_away_closes_them():
    at = run_timeline(event="2019-laros-exercise")
    assert at.query_params["event"] == "2019-laros-exercise"
    at.session_state["timeline_chart"] = {
        "selection": {"event": [{"event_id": "1975-lao-pdr-proclaimed"}]}
    }
    at.run()
    assert "Proclamation of the Lao PDR" in at.subheader.values
    assert at.query_params["event"] == "1975-lao-pdr-proclaimed"
    at.session_state["timeline_chart"] = {"selection": {"event": []}}
    at.run()
    assert at.subheader.values == ["The events, by decade"]
    assert "event" not in at.query_params


def test_the_since_2010_view_shows_only_the_recent_years(csv):
    at = run_timeline()
    at.segmented_control(key="timeline_view").set_value("recent").run()
    recent = (csv["date"].dt.year >= 2010).sum()
    assert count(at) == f"**{recent} of {len(csv)} events**"
    assert "#### 2000s" not in listing(at) and "#### 2020s" in listing(at)
    ((spec, _),) = charts(at)
    assert spec["layer"][0]["encoding"]["x"]["scale"]["domain"][0]["year"] == 2010


def test_the_list_gives_each_events_source_and_the_caption_keys_the_milestones(csv):
    at = run_timeline()
    assert listing(at).count(". Source: ") == len(csv)
    keys = [c.value for c in at.caption if c.value.startswith("Numbered marks are milestones")]
    assert len(keys) == 1
    assert keys[0].count(";") == csv["milestone"].sum() - 1
    assert "1 USSR–Laos diplomatic relations" in keys[0]
