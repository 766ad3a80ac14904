"""Tourism charts: each spec validates, encodes only real columns, and shows what it claims."""

from relations import checks, tourism
from relations.charts import tourism as tourism_charts
from relations.data import load
from tests.test_charts import encoded_fields


def visitor_frames(years):
    counts, sources = load.tourism(), load.sources()
    every = tourism.visitors(counts, sources)
    shown = tourism.between(every, years)
    checked = checks.checked_claims(
        load.claims(),
        load.quotes(),
        sources,
        flows=load.trade(),
        tourism=counts,
        indicators=load.indicators(),
        events=load.timeline(),
        metrics=tourism.CLAIM_METRICS,
    )
    return (
        tourism.drawn(shown),
        tourism.gaps(shown, years),
        tourism.tourism_events(load.timeline(), years),
        tourism.claim_marks(tourism.claims_between(checked, years)),
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
    rows = tourism.education_per_year(tourism.education(load.education(), load.sources()))
    spec = tourism_charts.education_by_year(rows).to_dict(validate=True)
    assert encoded_fields(spec) <= set(rows.columns)
    assert spec["layer"][0]["encoding"]["x"]["type"] == "quantitative"  # years spaced as years
