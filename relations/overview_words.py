"""What the Overview page says: its headings, key figures, findings and the chart's labels.

Written per rerun from the facts of `relations.overview.Glance` (so a second interface
language can hook in here), numbers, money and dates through `relations.words`. Pure.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from relations import overview, words

TITLE = "Laos and Russia at a glance"
INTRO = "Key figures, one picture of trade against the milestones, and what the data say."
CHART_HEADING = "Trade turnover and milestones"
CHART_ALT = (
    "Line chart of yearly Laos–Russia trade turnover by reporter, with milestone events as "
    "vertical rules."
)
CHART_CAPTION = (
    "Points sit mid-year. Circles: Russia's reported flows summed; squares: a published total; "
    "triangles: Lao-sheet flows, which are IMF estimates from 1998. Dashed rules: milestones "
    "(hover for the event). Trade figures start in 1992; missing years are gaps, not zeros."
)
FINDINGS_HEADING = "What the data say"

# The chart's axis, legend and tooltip titles.
TURNOVER_AXIS = "Trade turnover, US$ million"
REPORTER_LEGEND = "Whose statistics"
BASIS_LEGEND = "Figure"
TOOLTIP = {
    "year": "Year",
    "reporter": "Reported by",
    "value_usd_m": "US$ million",
    "qualifier_words": "Qualifier",
    "basis": "Figure",
    "source": "Source",
}
# What the tooltip says for a figure without a qualifier.
EXACT = "exact"

# Key figures: label, and the detail written under the value.
YEARS_LABEL = "Years of diplomatic relations"
YEARS_DETAIL = "since {day}"
LATEST_LABEL = "Latest Russia-reported turnover, US$ m"
LATEST_DETAIL = "{year}, {basis}"
PEAK_LABEL = "Peak year of reported trade"
PEAK_DETAIL = "{money}, {basis}"
VISITORS_LABEL = "Russian visitors, latest full year"
VISITORS_DETAIL = "{year}; no full-year count published since"
EVENTS_LABEL = "Events in the timeline"
EVENTS_DETAIL = "{first}–{last}"
QUOTES_LABEL = "Quotes collected"
QUOTES_DETAIL = "{speakers} speakers"
SOURCE_HELP = "Source: {source}"

# Findings.
PEAK_FINDING = (
    "Russia-reported trade peaked in {year} at {money}, {ratio} times the next-highest year "
    "({runner_up_year}: {runner_up_money})."
)
DISPUTED_FINDING = (
    "{speaker}'s “{claim}” is {ratio} times the {money} in Russia's figures for {year}."
)
VISITORS_FINDING = "The latest full-year count of Russian visitors to Laos is {visitors} ({year})."
VISITORS_LATER_FINDING = (
    "The latest full-year count of Russian visitors to Laos is {visitors} ({year}); "
    "{first_month}–{last_month} alone counted {later}."
)
GROWTH_FINDING = (
    "No absolute trade value is published after {year}; leaders cite growth rates instead "
    "({rates})."
)
GROWTH_RATE = "+{low} %"
GROWTH_RANGE = "+{low} to +{high} %"
RATE_FOR = "{rate} for {period}"
ABOUT_RATE_FOR = "about {rate} for {period}"
RATES_SEPARATOR = ", "
MOST_FINDINGS = 5


@dataclass(frozen=True)
class Figure:
    """One key figure as shown: label, value, the detail below it, and its source as a tooltip."""

    label: str
    value: str
    detail: str
    help: str | None = None


def _source(row: pd.Series) -> str | None:
    return SOURCE_HELP.format(source=row["source"]) if row["source_id"] else None


def key_figures(glance: overview.Glance, *, today: pd.Timestamp) -> list[Figure]:
    """The key figures the data have, in page order; the years of relations counted to `today`."""
    figures = []
    if not glance.founding.empty:
        row = glance.founding.iloc[0]
        years = overview.completed_years(row["date"], today)
        detail = YEARS_DETAIL.format(day=words.day(row["date"]))
        figures.append(Figure(YEARS_LABEL, str(years), detail, _source(row)))
    if not glance.latest.empty:
        last, top = glance.latest.iloc[0], glance.peak.iloc[0]
        value = words.qualified(words.number(last["value_usd_m"], decimals=1), last["qualifier"])
        detail = LATEST_DETAIL.format(year=last["year"], basis=last["basis"])
        figures.append(Figure(LATEST_LABEL, value, detail, _source(last)))
        money = words.money(top["value_usd_m"], top["qualifier"], decimals=1)
        detail = PEAK_DETAIL.format(money=money, basis=top["basis"])
        figures.append(Figure(PEAK_LABEL, str(top["year"]), detail, _source(top)))
    if not glance.visitors.empty:
        row = glance.visitors.iloc[0]
        value = words.count(row["visitors"], row["qualifier"])
        detail = VISITORS_DETAIL.format(year=row["year"])
        figures.append(Figure(VISITORS_LABEL, value, detail, _source(row)))
    counts = glance.collection.iloc[0]
    detail = (
        EVENTS_DETAIL.format(first=counts["first_year"], last=counts["last_year"])
        if counts["events"]
        else ""
    )
    figures.append(Figure(EVENTS_LABEL, words.count(counts["events"]), detail))
    detail = QUOTES_DETAIL.format(speakers=counts["speakers"]) if counts["quotes"] else ""
    figures.append(Figure(QUOTES_LABEL, words.count(counts["quotes"]), detail))
    return figures


def growth_rates(ranges: pd.DataFrame) -> str:
    """'+12 % for 2023, +65 to +66 % for 2024': one phrase per period, from
    `overview.growth_ranges` (period_start, period_end, low, high, approximate)."""
    phrases = []
    for said in ranges.itertuples(index=False):
        low, high = words.number(said.low), words.number(said.high)
        rate = (
            GROWTH_RATE.format(low=low)
            if said.low == said.high
            else GROWTH_RANGE.format(low=low, high=high)
        )
        template = ABOUT_RATE_FOR if said.approximate else RATE_FOR
        phrases.append(
            template.format(rate=rate, period=words.period(said.period_start, said.period_end))
        )
    return RATES_SEPARATOR.join(phrases)


def findings(glance: overview.Glance) -> list[str]:
    """Three to five headline findings, each from the rows it cites."""
    found = []
    if not glance.runner_up.empty:
        top, second = glance.peak.iloc[0], glance.runner_up.iloc[0]
        found.append(
            PEAK_FINDING.format(
                year=top["year"],
                money=words.money(top["value_usd_m"], decimals=1),
                ratio=words.number(top["value_usd_m"] / second["value_usd_m"], decimals=1),
                runner_up_year=second["year"],
                runner_up_money=words.money(second["value_usd_m"], second["qualifier"], decimals=1),
            )
        )
    for claim in glance.disputed.itertuples(index=False):
        found.append(
            DISPUTED_FINDING.format(
                speaker=claim.speaker,
                claim=claim.claim_text,
                ratio=words.number(claim.value / claim.data_value, decimals=1),
                money=words.money(claim.data_value, decimals=1),
                year=claim.year,
            )
        )
    if not glance.visitors.empty:
        last = glance.visitors.iloc[0]
        visitors = words.count(last["visitors"], last["qualifier"])
        if glance.later_visitors.empty:
            found.append(VISITORS_FINDING.format(visitors=visitors, year=last["year"]))
        else:
            later = glance.later_visitors.iloc[0]
            found.append(
                VISITORS_LATER_FINDING.format(
                    visitors=visitors,
                    year=last["year"],
                    first_month=words.MONTHS[later["period_start"].month - 1],
                    last_month=words.month(later["period_end"]),
                    later=words.count(later["visitors"]),
                )
            )
    if not glance.growth_after.empty:
        found.append(
            GROWTH_FINDING.format(
                year=glance.latest.iloc[0]["year"], rates=growth_rates(glance.growth_after)
            )
        )
    return found[:MOST_FINDINGS]


def series_labels(series: pd.DataFrame) -> pd.DataFrame:
    """The chart series with `qualifier_words` for the tooltip ("about", "exact")."""
    said = series["qualifier"].map(words.QUALIFIERS).replace("", EXACT)
    return series.assign(qualifier_words=said)


def milestone_labels(milestones: pd.DataFrame) -> pd.DataFrame:
    """The milestones with `date_label`: the date written as precisely as it is known."""
    return milestones.assign(
        date_label=[
            words.date(when, precision)
            for when, precision in zip(
                milestones["date"], milestones["date_precision"], strict=True
            )
        ]
    )
