"""Timeline chart: the spec validates, encodes only real columns, and carries its interactions."""

import pandas as pd
import pytest

from relations import timeline, timeline_words
from relations.charts import _look
from relations.charts import timeline as timeline_charts
from relations.data import load, vocab

from .test_charts import encoded_fields


@pytest.fixture
def parts():
    built = timeline.dated(load.timeline(), load.eras(), load.quotes())
    years = timeline.year_span(built.events)
    return timeline.chart_events(built.events), timeline.era_bands(built.spans, years=years), years


def spec_of(parts, **options) -> dict:
    marks, bands, years = parts
    chart = timeline_charts.timeline(
        marks,
        bands,
        lanes=options.pop("lanes", vocab.CATEGORIES),
        window=timeline.window(years),
        **options,
    )
    return chart.to_dict(validate=True)


def test_chart_validates_and_encodes_only_real_columns(parts):
    marks, bands, _ = parts
    spec = spec_of(parts)
    named = timeline_words.era_short_names(bands)  # the chart names each band by its short name
    assert encoded_fields(spec) <= set(marks.columns) | set(named.columns)
    filters = [t["filter"] for layer in spec["layer"] for t in layer.get("transform", [])]
    assert filters == ["datum.spans", "datum.milestone_number !== ''"]
    assert {"spans", "milestone_number"} <= set(marks.columns)


def test_one_lane_per_chosen_category_in_the_order_given(parts):
    spec = spec_of(parts, lanes=["security", "economy"])
    lanes = {
        tuple(layer["encoding"]["y"]["scale"]["domain"])
        for layer in spec["layer"]
        if "y" in layer.get("encoding", {}) and "field" in layer["encoding"]["y"]
    }
    assert lanes == {("security", "economy")}


def test_click_selects_an_event_and_the_time_axis_zooms(parts):
    params = {p["name"]: p for p in spec_of(parts)["params"]}
    assert params["event"]["select"]["fields"] == ["event_id"]
    assert params["zoom"]["bind"] == "scales"
    assert params["zoom"]["select"]["encodings"] == ["x"]
    assert "value" not in params["event"]


def test_a_permalinked_event_is_drawn_selected(parts):
    params = {p["name"]: p for p in spec_of(parts, chosen="2019-laros-exercise")["params"]}
    assert params["event"]["value"] == [{"event_id": "2019-laros-exercise"}]


def test_time_axis_runs_over_the_years_shown_in_utc(parts):
    marks, bands, _ = parts
    chart = timeline_charts.timeline(
        marks, bands, lanes=vocab.CATEGORIES, window=timeline.window((2017, 2025))
    )
    x = chart.to_dict()["layer"][0]["encoding"]["x"]["scale"]
    assert x["type"] == "utc"
    assert [(d["year"], d["month"], d["date"]) for d in x["domain"]] == [(2017, 1, 1), (2026, 1, 1)]


def test_chart_ships_one_row_per_event(parts):
    marks, bands, _ = parts
    assert len(marks) == len(load.timeline()) and len(bands) == len(load.eras())
    assert pd.api.types.is_datetime64_any_dtype(marks["anchor"])


def test_every_category_has_its_own_colour_from_the_house_palette():
    assert timeline_charts.CATEGORY_COLOURS.domain == vocab.CATEGORIES
    assert timeline_charts.CATEGORY_COLOURS.range == list(_look.CATEGORY_COLOURS)
    assert len(set(_look.CATEGORY_COLOURS)) == len(vocab.CATEGORIES)


def test_eras_are_shaded_and_ruled_in_the_house_colours(parts):
    layers = spec_of(parts)["layer"]
    assert layers[0]["encoding"]["fill"]["scale"]["range"] == list(_look.ERA_SHADES)
    assert layers[1]["mark"]["color"] == _look.ERA_RULE
    assert layers[2]["mark"]["color"] == _look.LABEL


def test_clicks_and_zoom_live_in_the_view_of_the_marks(parts):
    spec = spec_of(parts)
    assert spec["layer"][-1]["name"] == timeline_charts.VIEW
    assert {p["name"]: p["views"] for p in spec["params"]} == {
        "event": [timeline_charts.VIEW],
        "zoom": [timeline_charts.VIEW],
    }
