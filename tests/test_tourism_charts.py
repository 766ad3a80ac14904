"""Tourism charts: each spec validates, encodes only real columns, and shows what it claims."""

from relations import tourism, tourism_words
from relations.charts import _look
from relations.charts import tourism as tourism_charts
from relations.data import load
from tests.test_charts import encoded_fields


def visitor_frames(years):
    counts, sources = load.tourism(), load.sources()
    shown = tourism.between(tourism_words.counts(counts, sources).visitors, years)
    claims = tourism_words.claims(
        load.claims(),
        load.quotes(),
        sources,
        load.trade(),
        counts,
        load.indicators(),
        load.timeline(),
    )
    return (
        tourism.drawn(shown),
        tourism_words.gaps(shown, years),
        tourism.events_between(tourism_words.events(load.timeline()), years),
        tourism.claims_between(claims.marks, years),
    )


def test_visitors_chart_validates_and_uses_real_columns():
    frames = visitor_frames((2011, 2023))
    spec = tourism_charts.visitors_by_period(*frames, years=(2011, 2023)).to_dict(validate=True)
    columns = set().union(*(frame.columns for frame in frames))
    assert encoded_fields(spec) <= columns
    counts = frames[0]
    assert len(counts) == len(set(counts["observation_id"]))
    assert set(counts["kind"]) == {"full year", "part of a year"}


def test_visitors_chart_shows_the_qualifier_on_the_mark_and_spans_each_period():
    frames = visitor_frames((2011, 2023))
    spec = tourism_charts.visitors_by_period(*frames, years=(2011, 2023)).to_dict()
    coloured = [layer for layer in spec["layer"] if "color" in layer.get("encoding", {})]
    by_mark = {layer["mark"]["type"]: layer["encoding"] for layer in coloured}
    assert by_mark["rule"]["x2"]["field"] == "end_next"  # a bar over the whole period
    assert by_mark["text"]["text"]["field"] == "visitors_label"
    assert "over 7,000" in set(frames[0]["visitors_label"])
    assert "about 12,000" in set(frames[0]["visitors_label"])


def test_visitors_chart_with_nothing_but_gaps_still_validates():
    frames = visitor_frames((2012, 2015))
    assert frames[0].empty and frames[3].empty
    tourism_charts.visitors_by_period(*frames, years=(2012, 2015)).to_dict(validate=True)


def test_education_chart_validates_and_uses_real_columns():
    rows = tourism_words.studies(load.education(), load.sources()).per_year
    spec = tourism_charts.education_by_year(rows).to_dict(validate=True)
    assert encoded_fields(spec) <= set(rows.columns)
    assert spec["layer"][0]["encoding"]["x"]["type"] == "quantitative"  # years spaced as years


def test_visitors_chart_colours_each_kind_and_ships_only_the_columns_it_draws():
    frames = visitor_frames((2011, 2023))
    spec = tourism_charts.visitors_by_period(*frames, years=(2011, 2023)).to_dict()
    bars = next(
        layer
        for layer in spec["layer"]
        if layer["mark"]["type"] == "rule" and "color" in layer["encoding"]
    )
    assert bars["encoding"]["color"]["scale"]["range"] == [_look.RUSSIA, _look.PART_OF_YEAR]
    shipped = set().union(*(rows[0].keys() for rows in spec["datasets"].values() if rows))
    assert "source_excerpt" not in shipped  # long text the chart never shows stays behind
    assert {"visitors_label", "period", "source"} <= shipped
