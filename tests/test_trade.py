"""Trade domain: tiny frames built here, exact expected values."""

import pandas as pd

from relations import trade


def flow(
    year,
    exporter,
    reporter,
    value,
    status="reported",
    measure="exports",
    last=12,
    qualifier="exact",
):
    importer = {"Russia": "Laos", "Laos": "Russia"}.get(exporter)
    return dict(
        year=year,
        first_month=1,
        last_month=last,
        measure=measure,
        exporter=exporter if measure == "exports" else None,
        importer=importer if measure == "exports" else None,
        reporter=reporter,
        value_usd_m=value,
        qualifier=qualifier,
        status=status,
        source_id="s",
    )


def test_turnover_sums_both_directions_and_marks_it_derived():
    flows = pd.DataFrame([flow(1993, "Laos", "Laos", 7.4), flow(1993, "Russia", "Laos", 2.7)])
    result = trade.turnover(flows, "Laos")
    assert result["value_usd_m"].tolist() == [10.1]
    assert result["status"].tolist() == ["derived"]
    assert result["basis"].tolist() == ["sum of reported flows"]


def test_turnover_from_imf_estimates_says_so():
    flows = pd.DataFrame(
        [
            flow(2018, "Laos", "Laos", 14.43, "imf_estimate"),
            flow(2018, "Russia", "Laos", 157.74, "imf_estimate"),
        ]
    )
    assert trade.turnover(flows, "Laos")["basis"].tolist() == ["sum of IMF-estimated flows"]


def test_turnover_skips_a_year_with_one_direction_only():
    flows = pd.DataFrame([flow(1995, "Laos", "Laos", 1.1)])
    assert trade.turnover(flows, "Laos").empty


def test_turnover_prefers_the_research_sum_then_a_published_total():
    flows = pd.DataFrame(
        [
            flow(2016, None, "Russia", 40.937, "derived", "turnover"),
            flow(2016, None, "Russia", 40.9, "published_total", "turnover"),
            flow(2021, None, "Russia", 20, "published_total", "turnover", qualifier="over"),
            flow(2021, "Russia", "Russia", 9.6),
            flow(2021, "Laos", "Russia", 10.6),
        ]
    )
    result = trade.turnover(flows, "Russia").set_index("year")
    assert result.loc[2016, "value_usd_m"] == 40.937
    assert result.loc[2021, "value_usd_m"] == 20
    assert result.loc[2021, "qualifier"] == "over"


def test_partial_periods_are_never_a_year():
    flows = pd.DataFrame([flow(2011, None, "Russia", 40, "published_total", "turnover", last=7)])
    assert trade.turnover(flows, "Russia").empty


def test_peak_and_latest():
    series = pd.DataFrame({"year": [2017, 2018, 2019], "value_usd_m": [16.6, 164.1, 49.4]})
    assert trade.peak(series)["year"] == 2018
    assert trade.latest(series)["year"] == 2019
