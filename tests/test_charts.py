"""Charts: the spec validates and every encoded field is a real column."""

import altair as alt
import pandas as pd

from relations import overview
from relations.charts import overview as charts
from relations.data import load


def encoded_fields(spec: dict) -> set[str]:
    fields = set()
    for layer in spec.get("layer", [spec]):
        for channel in layer.get("encoding", {}).values():
            for item in channel if isinstance(channel, list) else [channel]:
                if isinstance(item, dict) and "field" in item:
                    fields.add(item["field"])
    return fields


def test_overview_chart_validates_and_uses_real_columns():
    series = overview.chart_series(load.trade(), load.sources())
    events = overview.milestones(load.timeline())
    chart = charts.trade_with_milestones(series, events)
    spec = chart.to_dict(validate=True)
    assert encoded_fields(spec) <= set(series.columns) | set(events.columns)
    assert isinstance(chart, alt.LayerChart)
    assert len(events) >= 5


def test_overview_chart_ships_few_rows():
    series = overview.chart_series(load.trade(), load.sources())
    assert len(series) < 100
    assert set(series["reporter"]) == {"Russia", "Laos"}
    assert pd.api.types.is_datetime64_any_dtype(series["date"])
