"""Trade domain: tiny frames built here, exact expected values."""

import pandas as pd

from relations import trade, words
from relations import trade_words as said


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


def test_turnover_is_the_sum_of_the_flows_then_a_derived_row_then_a_published_total():
    flows = pd.DataFrame(
        [
            flow(2016, None, "Russia", 40.937, "derived", "turnover"),
            flow(2016, None, "Russia", 40.9, "published_total", "turnover"),
            flow(2017, None, "Russia", 16.6, "published_total", "turnover"),
            flow(2021, None, "Russia", 20, "published_total", "turnover", qualifier="over"),
            flow(2021, "Russia", "Russia", 9.6),
            flow(2021, "Laos", "Russia", 10.6),
        ]
    )
    result = trade.turnover(flows, "Russia").set_index("year")
    assert result.loc[2016, "value_usd_m"] == 40.937
    assert result.loc[2017, "value_usd_m"] == 16.6
    assert result.loc[2017, "basis"] == "published total"
    # 9.6 + 10.6: the two flows the same sentence gives, not its rounded "over 20".
    assert result.loc[2021, "value_usd_m"] == 20.2
    assert result.loc[2021, "qualifier"] == "exact"
    assert result.loc[2021, "status"] == "derived"
    assert result.loc[2021, "basis"] == (
        "sum of reported flows; the source's own total: over US$20 million"
    )


def test_partial_periods_are_never_a_year():
    flows = pd.DataFrame([flow(2011, None, "Russia", 40, "published_total", "turnover", last=7)])
    assert trade.turnover(flows, "Russia").empty


def test_peak_and_latest():
    series = pd.DataFrame({"year": [2017, 2018, 2019], "value_usd_m": [16.6, 164.1, 49.4]})
    assert trade.peak(series)["year"] == 2018
    assert trade.latest(series)["year"] == 2019


SOURCES = pd.DataFrame(
    {
        "source_id": ["s", "press"],
        "title": ["IMF Direction of Trade Statistics, Russia", "Trade in 2021"],
        "publisher": ["IMF", "Russia Briefing"],
    }
)


def russia_flows():
    """Russia reports 1992–1994 and 1996 (1995 missing); 1996 has a published total too."""
    return pd.DataFrame(
        [
            flow(1992, "Laos", "Russia", 4.3),
            flow(1992, "Russia", "Russia", 0.9),
            flow(1993, "Laos", "Russia", 2.9),
            flow(1993, "Russia", "Russia", 1.9),
            flow(1994, "Laos", "Russia", 0.148),
            flow(1994, "Russia", "Russia", 1.126),
            flow(1996, "Laos", "Russia", 31.903),
            flow(1996, "Russia", "Russia", 2.694),
            flow(1996, "Russia", "Russia", 2.7, "published_total"),
        ]
    )


def test_by_direction_keeps_one_row_per_year_and_direction_without_published_totals():
    rows = trade.by_direction(russia_flows(), "Russia")
    assert len(rows) == 8
    assert rows.loc[rows["year"] == 1996, "value_usd_m"].tolist() == [31.903, 2.694]
    assert set(rows["direction"]) == {"Laos → Russia", "Russia → Laos"}


def test_yearly_balance_is_russia_to_laos_minus_laos_to_russia_and_gaps_stay_gaps():
    table = trade.yearly(russia_flows(), "Russia", SOURCES).set_index("year")
    assert table.loc[1994, "balance_usd_m"] == 0.978  # 1.126 - 0.148: Russia sold more
    assert table.loc[1996, "balance_usd_m"] == -29.209  # 2.694 - 31.903: Laos sold more
    assert table.loc[1992, "turnover_usd_m"] == 5.2
    assert 1995 not in table.index  # a gap, not a zero
    assert table.loc[1992, "flow_source"] == "IMF Direction of Trade Statistics, Russia"


def test_yearly_without_both_directions_has_no_balance():
    flows = pd.DataFrame([flow(1995, "Laos", "Laos", 1.1)])
    table = trade.yearly(flows, "Laos", SOURCES)
    assert table["year"].tolist() == [1995]
    assert table["balance_usd_m"].isna().all()
    assert table["turnover_usd_m"].isna().all()


def test_growth_is_exact_and_skips_a_year_after_a_gap():
    table = trade.with_growth(trade.yearly(russia_flows(), "Russia", SOURCES)).set_index("year")
    assert table.loc[1993, "growth_pct"] == -7.7  # 4.8 / 5.2 - 1
    assert table.loc[1994, "growth_pct"] == -73.5  # 1.274 / 4.8 - 1
    assert pd.isna(table.loc[1996, "growth_pct"])
    assert table.loc[1996, "growth_note"] == "no figure for 1995"
    assert table.loc[1992, "growth_note"] == "no figure for 1991"


def test_chart_rows_label_a_figure_that_is_not_exact():
    flows = pd.DataFrame(
        [
            flow(2020, None, "Russia", 23.717, "derived", "turnover"),
            flow(2021, None, "Russia", 20, "published_total", "turnover", qualifier="over"),
        ]
    )
    rows = trade.chart_rows(trade.yearly(flows, "Russia", SOURCES)).set_index("year")
    assert rows.loc[2021, "approximate"] == "over 20"
    assert rows.loc[2021, "mark"] == "published total"
    assert rows.loc[2020, "approximate"] == ""


def test_growth_is_not_given_for_an_approximate_figure():
    flows = pd.DataFrame(
        [
            flow(2020, None, "Russia", 23.717, "derived", "turnover"),
            flow(2021, None, "Russia", 20, "published_total", "turnover", qualifier="over"),
        ]
    )
    table = trade.with_growth(trade.yearly(flows, "Russia", SOURCES)).set_index("year")
    assert pd.isna(table.loc[2021, "growth_pct"])
    assert table.loc[2021, "growth_note"] == "the 2021 figure is approximate: no rate"


def test_share_of_gdp_uses_world_bank_gdp_only():
    table = trade.yearly(russia_flows(), "Russia", SOURCES)
    indicators = pd.DataFrame(
        {
            "indicator": ["gdp_current_usd", "gdp_current_usd", "gdp_current_usd"],
            "year": [1992, 1993, 1994],
            "value": [1_000_000_000.0, 2_000_000_000.0, 9.0e9],
            "series": ["wb_wdi", "wb_wdi", "cia_wfb"],
        }
    )
    shared = trade.with_share_of_gdp(table, indicators).set_index("year")
    assert shared.loc[1992, "share_of_gdp_pct"] == 0.52  # 5.2e6 / 1e9 * 100
    assert shared.loc[1993, "share_of_gdp_pct"] == 0.24  # 4.8e6 / 2e9 * 100
    assert shared.loc[1992, "gdp_usd_bn"] == 1.0
    assert pd.isna(shared.loc[1994, "share_of_gdp_pct"])  # a CIA figure is not World Bank


def test_chart_rows_break_the_line_at_a_missing_year_and_flag_estimates():
    flows = pd.concat(
        [
            russia_flows(),
            pd.DataFrame(
                [
                    flow(1997, "Laos", "Russia", 29.308, "imf_estimate"),
                    flow(1997, "Russia", "Russia", 0.132, "imf_estimate"),
                ]
            ),
        ]
    )
    rows = trade.chart_rows(trade.yearly(flows, "Russia", SOURCES))
    turnover = rows[rows["series"] == "Turnover (both ways)"].set_index("year")
    assert turnover.loc[1994, "segment"] != turnover.loc[1996, "segment"]
    assert turnover.loc[1993, "segment"] == turnover.loc[1994, "segment"]
    assert turnover.loc[1997, "estimated"]
    assert turnover.loc[1997, "mark"] == "IMF estimate"
    assert not turnover.loc[1996, "estimated"]
    assert set(rows["series"]) == {"Laos → Russia", "Russia → Laos", "Turnover (both ways)"}


def test_between_is_inclusive_and_year_span_reads_full_years_only():
    flows = pd.concat(
        [
            russia_flows(),
            pd.DataFrame(
                [flow(2023, None, "Russia", 0.312, "published_total", "turnover", last=1)]
            ),
        ]
    )
    assert trade.year_span(flows) == (1992, 1996)
    table = trade.yearly(flows, "Russia", SOURCES)
    assert trade.between(table, (1993, 1994))["year"].tolist() == [1993, 1994]
    assert trade.between(table, (1997, 2000)).empty


def test_balance_rows_say_who_sold_more():
    rows = trade.balance_rows(trade.yearly(russia_flows(), "Russia", SOURCES)).set_index("year")
    assert rows.loc[1994, "side"] == "Russia sold more to Laos"
    assert rows.loc[1996, "side"] == "Laos sold more to Russia"


def test_year_runs_reads_like_prose():
    assert words.year_runs([1995]) == "1995"
    assert (
        words.year_runs([2012, 2013, 2014, 2015, 2018, 2020, 2021])
        == "2012–2015, 2018 and 2020–2021"
    )
    assert words.year_runs([2016, 2015, 2016]) == "2015–2016"  # two totals for 2016: said once


def test_trade_events_are_economy_or_trade_inside_the_years():
    events = pd.DataFrame(
        {
            "event_id": ["a", "b", "c", "d"],
            "date": pd.to_datetime(["2003-06-24", "2010-11-24", "2016-12-02", "1991-01-01"]),
            "date_precision": ["day", "day", "day", "year"],
            "title": ["Debt write-off", "Meeting", "Visa-free", "Agreement"],
            "description": ["x", "y", "z", "w"],
            "category": ["economy", "diplomacy", "diplomacy", "economy"],
            "topics": ["debt;finance", "diplomacy;trade", "tourism;diplomacy", "trade"],
        }
    )
    chosen = trade.trade_events(events, (1992, 2022))
    assert chosen["event_id"].tolist() == ["a", "b"]
    assert chosen["date_label"].tolist() == ["24 June 2003", "24 November 2010"]


def test_a_second_source_for_the_same_flow_is_not_added_twice():
    flows = pd.DataFrame(
        [
            flow(2019, "Russia", "Russia", 35.281),
            flow(2019, "Laos", "Russia", 14.149),
            {**flow(2019, "Russia", "Russia", 35.0), "source_id": "t"},
        ]
    )
    assert trade.turnover(flows, "Russia")["value_usd_m"].tolist() == [49.43]
    assert trade.by_direction(flows, "Russia")["value_usd_m"].tolist() == [14.149, 35.281]


def test_yearly_tables_hold_each_reporters_table_with_growth_share_and_the_span():
    flows = pd.concat(
        [
            russia_flows(),
            pd.DataFrame([flow(1993, "Laos", "Laos", 7.4), flow(1993, "Russia", "Laos", 2.7)]),
        ]
    )
    indicators = pd.DataFrame(
        {"indicator": ["gdp_current_usd"], "year": [1993], "value": [2.0e9], "series": ["wb_wdi"]}
    )
    tables = trade.yearly_tables(flows, SOURCES, indicators)
    assert tables.span == (1992, 1996)
    assert tables.russia["year"].tolist() == [1992, 1993, 1994, 1996]
    assert tables.of("Laos")["turnover_usd_m"].tolist() == [10.1]
    assert tables.of("Laos")["share_of_gdp_pct"].tolist() == [0.505]  # 10.1e6 / 2e9 * 100
    assert tables.of("Russia").set_index("year").loc[1994, "growth_pct"] == -73.5
    assert trade.shown(tables, "Russia", (1993, 1994))["year"].tolist() == [1993, 1994]


def test_economy_events_are_kept_whole_and_filtered_by_years_later():
    events = pd.DataFrame(
        {
            "event_id": ["a", "b", "c"],
            "date": pd.to_datetime(["2003-06-24", "2010-11-24", "2016-12-02"]),
            "date_precision": ["day", "month", "day"],
            "title": ["Debt write-off", "Meeting", "Visa-free"],
            "description": ["x", "y", "z"],
            "category": ["economy", "diplomacy", "diplomacy"],
            "topics": ["debt", "trade", None],
        }
    )
    chosen = trade.economy_events(events)
    assert chosen["date_label"].tolist() == ["24 June 2003", "November 2010"]
    assert trade.events_between(chosen, (2004, 2010))["event_id"].tolist() == ["b"]
    assert trade.events_between(chosen, (2011, 2020)).empty


def test_labels_in_the_frames_come_from_the_words_module():
    rows = trade.by_direction(russia_flows(), "Russia")
    assert set(rows["direction"]) == {said.DIRECTIONS["Laos"], said.DIRECTIONS["Russia"]}
    assert trade.DIRECTIONS == {"Laos": "Laos → Russia", "Russia": "Russia → Laos"}
    assert trade.usd(12.9, "about") == "about US$12.9 million"  # the old name still works
