"""Claim verdicts: exact outcomes on tiny frames."""

import pandas as pd
import pytest

from relations import claims


def claim(metric, value, qualifier, start, end):
    return pd.Series(
        dict(
            metric=metric,
            value=value,
            qualifier=qualifier,
            period_start=pd.Timestamp(start),
            period_end=pd.Timestamp(end),
        )
    )


FLOWS = pd.DataFrame(
    [
        dict(
            year=y,
            first_month=1,
            last_month=12,
            measure="turnover",
            exporter=None,
            importer=None,
            reporter="Russia",
            value_usd_m=v,
            qualifier="exact",
            status=s,
            source_id="src",
        )
        for y, v, s in [
            (2019, 49.43, "derived"),
            (2020, 23.717, "derived"),
            (2022, 12.9, "published_total"),
        ]
    ]
)
TOURISM = pd.DataFrame(
    [
        dict(
            origin="Russia",
            destination="Laos",
            period_start=pd.Timestamp("2023-01-01"),
            period_end=pd.Timestamp("2023-06-30"),
            visitors=23453,
            qualifier="exact",
            source_id="lt",
        ),
    ]
)
EVENTS = pd.DataFrame(
    [
        dict(
            event_id="1960-diplomatic-relations",
            date=pd.Timestamp("1960-10-07"),
            title="USSR–Laos diplomatic relations",
            source_id="mfa",
        )
    ]
)
EMPTY = pd.DataFrame(columns=["indicator", "year", "series", "value", "unit", "source_id"])


def check(c):
    return claims.verdict(c, flows=FLOWS, tourism=TOURISM, indicators=EMPTY, events=EVENTS)


def test_about_50_million_in_2022_disagrees_by_3_9_times():
    result = check(claim("trade_turnover_usd_m", 50, "about", "2022-01-01", "2022-12-31"))
    assert result.outcome == "disagrees"
    assert result.data_value == 12.9
    assert result.sentence == "The claim is 3.9 times the data value."


def test_49_4_million_in_2019_agrees():
    result = check(claim("trade_turnover_usd_m", 49.4, "exact", "2019-01-01", "2019-12-31"))
    assert result.outcome == "agrees"
    assert result.data_source_id == "src"


def test_growth_without_absolute_figures_is_unchecked():
    result = check(claim("trade_turnover_growth_pct", 66, "exact", "2024-01-01", "2024-12-31"))
    assert result.outcome == "unchecked"
    assert "cannot be checked" in result.sentence


def test_growth_is_computed_when_both_years_exist():
    result = check(claim("trade_turnover_growth_pct", -52, "exact", "2020-01-01", "2020-12-31"))
    assert result.outcome == "agrees"
    assert result.data_value == pytest.approx(-52.0, abs=0.1)


def test_17000_visitors_in_12_months_is_contradicted_by_a_half_year_count():
    result = check(claim("russian_visitors_to_laos", 17000, "about", "2022-09-01", "2023-08-31"))
    assert result.outcome == "disagrees"
    assert result.data_value == 23453


def test_65_years_of_relations_in_2025_agrees_and_60_in_2010_does_not():
    assert (
        check(
            claim("years_of_diplomatic_relations", 65, "exact", "2025-01-01", "2025-12-31")
        ).outcome
        == "agrees"
    )
    assert (
        check(
            claim("years_of_diplomatic_relations", 60, "exact", "2010-01-01", "2010-12-31")
        ).outcome
        == "disagrees"
    )


def test_unknown_metric_is_unchecked():
    result = check(claim("demined_area_ha", 20000, "over", "2023-09-12", "2023-09-12"))
    assert result.outcome == "unchecked"


@pytest.mark.parametrize(
    ("stated", "actual", "qualifier", "expected"),
    [
        (20, 20.2, "over", True),
        (20, 19.9, "over", False),
        (9, 7.463, "under", True),
        (40, 38, "almost", True),
        (40, 41, "almost", False),
        (7, 7.66, "about", True),
        (5, 3.7, "exact", False),
    ],
)
def test_agrees_reads_the_qualifier(stated, actual, qualifier, expected):
    assert claims.agrees(stated, actual, qualifier) is expected
