"""Trade charts: each spec validates, encodes only real columns, and shows what it claims."""

import pytest

from relations import checks, trade
from relations.charts import trade as trade_charts
from relations.data import load
from tests.test_charts import encoded_fields


def layers(spec: dict) -> list[dict]:
    return [layer for outer in spec.get("layer", [spec]) for layer in outer.get("layer", [outer])]


@pytest.fixture
def frames():
    flows, sources, timeline = load.trade(), load.sources(), load.timeline()
    return flows, sources, timeline


@pytest.mark.parametrize("reporter", ["Russia", "Laos"])
@pytest.mark.parametrize("log", [False, True])
def test_flows_chart_validates_and_uses_real_columns(frames, reporter, log):
    flows, sources, timeline = frames
    rows = trade.chart_rows(trade.yearly(flows, reporter, sources))
    events = trade.trade_events(timeline, trade.year_span(flows))
    spec = trade_charts.flows_by_year(rows, events, log=log).to_dict(validate=True)
    assert encoded_fields(spec) <= set(rows.columns) | set(events.columns)
    scales = [
        layer["encoding"]["y"].get("scale", {})
        for layer in layers(spec)
        if "y" in layer.get("encoding", {})
    ]
    assert {scale.get("type") for scale in scales} == {"log" if log else "linear"}
    assert len(rows) < 120


def test_flows_chart_draws_estimates_hollow_and_reports_filled(frames):
    flows, sources, timeline = frames
    rows = trade.chart_rows(trade.yearly(flows, "Laos", sources))
    spec = trade_charts.flows_by_year(rows, timeline.iloc[0:0].assign(date_label=[])).to_dict()
    points = [layer for layer in layers(spec) if layer["mark"].get("type") == "point"]
    assert sorted(layer["mark"]["filled"] for layer in points) == [False, True]
    shape_domain = points[0]["encoding"]["shape"]["scale"]["domain"]
    assert shape_domain == ["reported", "IMF estimate"]  # only what this reporter has


def test_balance_chart_validates_and_bars_start_at_zero(frames):
    flows, sources, _ = frames
    rows = trade.balance_rows(trade.yearly(flows, "Russia", sources))
    spec = trade_charts.balance_by_year(rows).to_dict(validate=True)
    assert encoded_fields(spec) <= set(rows.columns)
    assert spec["encoding"]["y2"] == {"datum": 0}
    assert spec["encoding"]["color"]["scale"]["domain"] == [
        "Russia sold more to Laos",
        "Laos sold more to Russia",
    ]


def test_claims_chart_validates_and_spans_the_years_without_data(frames):
    flows, sources, timeline = frames
    claims = checks.trade_claims(
        load.claims(), load.quotes(), sources, flows, load.tourism(), load.indicators(), timeline
    )
    years, series, levels, growth = claims.years, claims.series, claims.levels, claims.rates
    spec = trade_charts.claims_against_turnover(series, levels, growth, years=years).to_dict(
        validate=True
    )
    assert encoded_fields(spec) <= set(series.columns) | set(levels.columns) | set(growth.columns)
    domain = spec["layer"][0]["encoding"]["x"]["scale"]["domain"]
    assert domain == list(range(years[0], years[1] + 1))
    assert max(series["year"]) < years[1]  # growth claims reach past the last published value
    texts = {
        layer["encoding"]["text"]["field"]
        for layer in layers(spec)
        if layer["mark"]["type"] == "text"
    }
    assert texts == {"label", "approximate"}  # growth claimed; 'over 20' on the series
