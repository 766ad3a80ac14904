"""Charts: the spec validates and every encoded field is a real column of the data sent."""

import pandas as pd

from relations import overview_words
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


def overview_chart(glance) -> dict:
    chart = charts.trade_with_milestones(
        glance.series, glance.lines, glance.milestones, overview_words.peak_note(glance)
    )
    return chart.to_dict(validate=True)


def test_overview_chart_validates_and_uses_real_columns():
    glance = load.derived("overview_chart")
    spec = overview_chart(glance)
    columns = {column for rows in spec["datasets"].values() for column in rows[0]}
    assert encoded_fields(spec) <= columns
    assert len(glance.milestones) >= 5


def test_overview_chart_starts_with_trade_and_numbers_the_milestones_since():
    glance = load.derived("overview_chart")
    spec = overview_chart(glance)
    marks = [layer["mark"]["type"] for layer in spec["layer"]]
    assert marks == ["rule", "text", "line", "point", "text"]
    rules, numbers, _, points, peak = layer_rows(spec)
    start = spec["layer"][2]["encoding"]["x"]["scale"]["domain"][0]
    assert start == {"year": 1992, "month": 1, "date": 1}  # the first year with trade
    assert min(row["year"] for row in points) == 1992
    assert [row["label"] for row in numbers] == ["1", "2", "3", "4", "5", "6"]
    assert {row["title"] for row in rules} >= {"Treaty on the Foundations of Friendly Relations"}
    assert "USSR–Laos diplomatic relations" not in {row["title"] for row in rules}  # 1960
    assert all(row["date_label"] for row in rules)
    russia_2018 = [r for r in points if r["line"] == "Russia's statistics" and r["year"] == 2018]
    assert [r["value_words"] for r in russia_2018] == ["US$164.109 million"]
    (note,) = peak
    assert note["label"] == (
        "Peak 2018: US$164.1 million\nUS$148.8 million of it Russia's exports to Laos"
    )


def test_overview_chart_draws_the_lao_imf_estimate_dashed_under_its_own_name():
    glance = load.derived("overview_chart")
    spec = overview_chart(glance)
    line = spec["layer"][2]
    dashes = dict(
        zip(
            line["encoding"]["strokeDash"]["scale"]["domain"],
            line["encoding"]["strokeDash"]["scale"]["range"],
            strict=True,
        )
    )
    assert dashes == {
        "Russia's statistics": [1, 0],
        "Lao statistics": [1, 0],
        "Lao sheet: IMF estimate from Russia's figures": [5, 3],
    }
    rows = layer_rows(spec)[2]
    estimate = sorted(
        r["date"] for r in rows if r["line"] == "Lao sheet: IMF estimate from Russia's figures"
    )
    reported = sorted(r["date"] for r in rows if r["line"] == "Lao statistics")
    # The dashed line starts at the last reported year, so no gap reads as a missing year.
    assert estimate[0] == reported[-1]


def test_overview_chart_ships_few_rows():
    series = load.derived("overview_chart").series
    assert len(series) < 100
    assert set(series["reporter"]) == {"Russia", "Laos"}
    assert pd.api.types.is_datetime64_any_dtype(series["date"])
