"""Overview domain: completed years, visitors per full year, dates by precision, growth phrases."""

import pandas as pd

from relations import overview
from relations import tourism as visits


def test_completed_years_counts_the_anniversary_day():
    since = pd.Timestamp("1960-10-07")
    assert overview.completed_years(since, pd.Timestamp("2025-10-06")) == 64
    assert overview.completed_years(since, pd.Timestamp("2025-10-07")) == 65


def test_full_year_visitors_prefers_the_exact_count_and_ignores_partial_periods():
    tourism = pd.DataFrame(
        [
            dict(
                observation_id="a",
                origin="Russia",
                destination="Laos",
                period_start=pd.Timestamp("2016-01-01"),
                period_end=pd.Timestamp("2016-12-31"),
                visitors=13000,
                qualifier="at_least",
            ),
            dict(
                observation_id="b",
                origin="Russia",
                destination="Laos",
                period_start=pd.Timestamp("2016-01-01"),
                period_end=pd.Timestamp("2016-12-31"),
                visitors=13033,
                qualifier="exact",
            ),
            dict(
                observation_id="c",
                origin="Russia",
                destination="Laos",
                period_start=pd.Timestamp("2023-01-01"),
                period_end=pd.Timestamp("2023-03-31"),
                visitors=11573,
                qualifier="exact",
            ),
        ]
    )
    result = visits.full_year_visitors(tourism)
    assert result["visitors"].tolist() == [13033]


def test_growth_rates_give_one_phrase_per_period_with_the_range_said():
    growth = pd.DataFrame(
        {
            "period_start": pd.to_datetime(["2024-01-01", "2024-01-01", "2025-01-01"]),
            "period_end": pd.to_datetime(["2024-12-31", "2024-12-31", "2025-05-31"]),
            "value": [66.0, 65.0, 20.0],
            "qualifier": ["exact", "exact", "almost"],
        }
    )
    assert (
        overview.growth_rates(growth) == "+65 to +66 % for 2024, about +20 % for January–May 2025"
    )


def test_chart_series_breaks_the_line_at_missing_years():
    flows = pd.DataFrame(
        [
            dict(
                year=y,
                first_month=1,
                last_month=12,
                measure="turnover",
                exporter=None,
                importer=None,
                reporter="Russia",
                value_usd_m=1.0,
                qualifier="exact",
                status="derived",
                source_id="s",
            )
            for y in [1993, 1994, 1996]
        ]
    )
    sources = pd.DataFrame({"source_id": ["s"], "title": ["T"]})
    series = overview.chart_series(flows, sources)
    assert series["segment"].nunique() == 2
    assert series["source"].unique().tolist() == ["T"]
