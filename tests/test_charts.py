"""Charts: the spec validates and every encoded field is a real column of the data sent."""

import pandas as pd

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


def layer_rows(spec: dict) -> list[list[dict]]:
    """The rows each layer draws, from the spec's inlined datasets."""
    return [spec["datasets"][layer["data"]["name"]] for layer in spec["layer"]]


def test_overview_chart_validates_and_uses_real_columns():
    glance = load.derived("overview_glance")
    spec = charts.trade_with_milestones(glance.series, glance.milestones).to_dict(validate=True)
    columns = {column for rows in spec["datasets"].values() for column in rows[0]}
    assert encoded_fields(spec) <= columns
    assert len(glance.milestones) >= 5


def test_overview_chart_draws_a_rule_per_milestone_under_each_reporters_line():
    glance = load.derived("overview_glance")
    spec = charts.trade_with_milestones(glance.series, glance.milestones).to_dict(validate=True)
    assert [layer["mark"]["type"] for layer in spec["layer"]] == ["rule", "line", "point"]
    rules, line, points = layer_rows(spec)
    assert sorted(row["title"] for row in rules) == sorted(glance.milestones["title"])
    assert all(row["date_label"] for row in rules)
    assert {row["reporter"] for row in line} == {"Russia", "Laos"}
    russia_2018 = [r for r in points if r["reporter"] == "Russia" and r["year"] == 2018]
    assert [(r["value_usd_m"], r["qualifier_words"]) for r in russia_2018] == [(164.109, "exact")]


def test_overview_chart_ships_few_rows():
    series = load.derived("overview_glance").series
    assert len(series) < 100
    assert set(series["reporter"]) == {"Russia", "Laos"}
    assert pd.api.types.is_datetime64_any_dtype(series["date"])
