"""Quote overview charts: valid specs, real columns, a click selection on the category."""

import pandas as pd
import pytest

from relations import quotes as explorer
from relations.charts import quotes as quote_charts
from relations.data import load

from .test_charts import encoded_fields


@pytest.mark.parametrize("category", ["speaker", "topic"])
def test_excerpt_counts_validates_and_encodes_only_real_columns(category):
    found = explorer.index(load.quotes())
    counts = explorer.facet_counts(found, explorer.Filters(), category, claimed=set())
    spec = quote_charts.excerpt_counts(counts, category).to_dict(validate=True)
    assert encoded_fields(spec) <= set(counts.columns)
    assert spec["encoding"]["y"]["field"] == category
    assert spec["encoding"]["y"]["sort"] == "-x"
    assert spec["encoding"]["x"]["title"] == f"Excerpts per {category}"


def test_a_click_selects_the_category_under_a_name_that_changes_with_the_filter():
    counts = pd.DataFrame(
        {"topic": ["trade", "history"], "quotes": [3, 1], "in_filter": [True, True]}
    )
    narrowed = counts.assign(in_filter=[True, False])
    specs = [quote_charts.excerpt_counts(c, "topic").to_dict() for c in (counts, narrowed)]
    (before,), (after,) = (spec["params"] for spec in specs)
    assert before["select"] == {"type": "point", "fields": ["topic"], "on": "click"}
    assert before["name"].startswith(explorer.PICK) and after["name"].startswith(explorer.PICK)
    assert before["name"] != after["name"]  # a fresh selection once the filter changed
    same = quote_charts.excerpt_counts(counts.copy(), "topic").to_dict()["params"][0]["name"]
    assert same == before["name"]


def test_bars_outside_the_filter_are_grey_and_the_chart_ships_one_row_per_bar():
    counts = pd.DataFrame(
        {"topic": ["trade", "history"], "quotes": [3, 1], "in_filter": [True, False]}
    )
    chart = quote_charts.excerpt_counts(counts, "topic")
    colour = chart.to_dict()["encoding"]["color"]
    assert colour["condition"]["value"] == quote_charts.IN_FILTER
    assert colour["value"] == quote_charts.OUT_OF_FILTER
    assert len(chart.data) == 2


def test_count_charts_give_each_facet_its_key_sentence_and_a_click_that_sets_its_filter():
    found = explorer.index(load.quotes())
    choices = explorer.options(found)
    state = {}
    speakers, topics = quote_charts.count_charts(
        found, explorer.Filters(), claimed=set(), state=state, choices=choices
    )
    assert (speakers.key, topics.key) == ("quotes_speaker_chart", "quotes_topic_chart")
    assert speakers.drawn and topics.drawn
    assert speakers.sentence.startswith("28 speakers; Vladimir Putin has the most (37 excerpts).")
    assert topics.alt.startswith("Bar chart: excerpts per topic.")
    state["quotes_topic_chart"] = {"selection": {topics.chart.params[0].name: [{"topic": "trade"}]}}
    topics.on_select()
    assert state["quotes_topics"] == ["trade"]


def test_count_charts_draw_nothing_when_the_filters_leave_no_quote():
    found = explorer.index(load.quotes())
    nobody = explorer.Filters(text="no quote has this zqxj word")
    speakers, topics = quote_charts.count_charts(
        found, nobody, claimed=set(), state={}, choices=explorer.options(found)
    )
    assert not speakers.drawn and not topics.drawn
    assert speakers.sentence == "No speaker to count: the other filters leave no quote."
