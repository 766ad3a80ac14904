"""Trade words: the sentences, headline figures and labels, from tiny frames, exact text."""

import pandas as pd

from relations import trade, words
from relations import trade_words as said
from tests.test_trade import SOURCES, flow, russia_flows


def yearly(**columns) -> pd.DataFrame:
    """A year-by-year table with only the columns a sentence reads."""
    return pd.DataFrame(columns)


def test_flows_sentence_names_the_peak_and_the_gap():
    table = trade.yearly(russia_flows(), "Russia", SOURCES)
    sentence = said.flows_sentence(table, "Russia", (1992, 1996))
    assert "highest in 1996 (US$34.597 million)" in sentence
    assert "No figure for 1995 (a gap, not a zero)." in sentence
    assert said.flows_sentence(table.iloc[0:0], "Russia", (2000, 2001)) == (
        "No figure in Russia's statistics for 2000–2001."
    )


def test_flows_sentence_in_full_names_the_latest_estimates_and_other_sources():
    flows = pd.DataFrame(
        [
            flow(1997, "Laos", "Laos", 29.308, "imf_estimate"),
            flow(1997, "Russia", "Laos", 0.132, "imf_estimate"),
            flow(1998, "Laos", "Laos", 1.0, "imf_estimate"),
            flow(1998, "Russia", "Laos", 2.0, "imf_estimate"),
            {**flow(1999, "Laos", "Laos", 1.5), "source_id": "press"},
            {**flow(1999, "Russia", "Laos", 1.5), "source_id": "press"},
        ]
    )
    table = trade.yearly(flows, "Laos", SOURCES)
    assert said.flows_sentence(table, "Laos", (1997, 2000)) == (
        "In the Lao sheet, 1997–2000: turnover was highest in 1997 (US$29.44 million) and "
        "US$3 million in 1999. 1997–1998: IMF estimates built from partner data, not a Lao "
        "report (hollow marks). 1999: as published in Russia Briefing: Trade in 2021. No figure "
        "for 2000 (a gap, not a zero)."
    )


def test_headlines_give_latest_turnover_and_the_balance_sign():
    table = trade.with_growth(trade.yearly(russia_flows(), "Russia", SOURCES))
    figures = {figure.label: figure for figure in said.headlines(table[table["year"] <= 1994])}
    assert figures["Turnover 1994, US$ million"].value == "1.274"
    assert figures["Turnover 1994, US$ million"].delta == "-73.5 % on 1993 (derived)"
    assert figures["Highest turnover, year"].value == "1992"
    assert figures["Balance 1994, US$ million"].value == "+0.978"
    assert said.headlines(table.iloc[0:0]) == []


def test_headlines_give_the_ratio_over_the_range_and_a_negative_balance():
    table = trade.with_growth(trade.yearly(russia_flows(), "Russia", SOURCES))
    figures = {figure.label: figure for figure in said.headlines(table)}
    ratio = figures["Turnover 1996 against 1992"]
    assert ratio.value == "6.7 times"  # 34.597 / 5.2
    assert ratio.help == "Derived: US$34.597 million / US$5.2 million"
    assert figures["Turnover 1996, US$ million"].delta is None  # no figure for 1995
    assert figures["Balance 1996, US$ million"].value == "−29.209"
    assert figures["Balance 1996, US$ million"].help.startswith("Laos sold more.")


def test_balance_sentence_counts_the_years_each_side_sold_more():
    table = yearly(year=[1992, 1993, 1994, 1995], balance_usd_m=[-1.0, 2.0, 0.0, None])
    assert said.balance_sentence(table) == (
        "Balance is Russia → Laos exports minus Laos → Russia exports: above zero, Russia sold "
        "Laos more than it bought. Of 3 years with both directions, Russia sold more in 1; Laos "
        "sold more in 1992; the two were equal in 1994."
    )
    assert said.balance_sentence(table.iloc[3:]) == (
        "No year in the range has both directions, so there is no balance to show."
    )


def test_growth_and_share_sentences_name_the_extremes():
    table = yearly(
        year=[2019, 2020, 2021],
        growth_pct=[None, 1234.5, -7.7],
        share_of_gdp_pct=[0.52345, None, 0.1],
        turnover_qualifier=["over", "exact", "exact"],
    )
    assert said.yearly_sentence(table) == (
        "Derived from consecutive years' turnover: the largest rise was +1,234.5 % in 2020, the "
        "largest fall -7.7 % in 2021. 1 of 3 years give no rate (a gap before them, or an "
        "approximate figure). Derived: turnover as a share of Laos's GDP (World Bank, current "
        "US$) was at most over 0.5234 % (2019)."  # .4g: four significant digits
    )
    nothing = table.assign(growth_pct=None, share_of_gdp_pct=None)
    assert said.growth_sentence(nothing).startswith("No two consecutive exact years")
    assert (
        said.share_sentence(nothing) == "No year in the range has both turnover and World Bank GDP."
    )


def test_labels_for_the_page():
    assert said.empty_message("Laos", (2021, 2022)) == (
        "No Laos-reported figure for 2021–2022. Widen the year range, or switch whose "
        "statistics are shown."
    )
    assert said.download_name("Russia", (2000, 2005)) == "laos-russia-trade-Russia-2000-2005.csv"
    assert said.flows_alt("Laos") == (
        "Line chart of Laos–Russia exports each way and turnover per year, Laos's statistics."
    )
    assert said.approximate_label(20, "over") == "over 20"
    assert said.approximate_label(23.717, "exact") == ""
    assert said.qualifier_label("at_least") == "at least"
    assert said.qualifier_label("exact") == "exact"


def test_percent_with_significant_digits():
    assert words.percent(0.52345, significant=4) == "0.5234 %"
    assert words.percent(12.0, significant=4) == "12 %"
    assert words.percent(-3.14159, significant=3) == "−3.14 %"


def test_flows_key_explains_only_what_the_chart_draws():
    points = pd.DataFrame({"mark": ["reported", "published total"], "approximate": ["", "over 20"]})
    events = pd.DataFrame({"date": [pd.Timestamp("2016-12-02")]})
    key = said.flows_key(points, events)
    assert key.startswith("Dashed vertical lines: events of the relationship")
    assert "Filled circles: reported figures; squares: totals as published elsewhere." in key
    assert "hollow triangles" not in key  # no IMF estimate drawn
    assert "(“over 20”)" in key
    bare = said.flows_key(points.assign(approximate=""), events.iloc[0:0])
    assert bare == "Filled circles: reported figures; squares: totals as published elsewhere."
