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
    "Line chart of yearly Laos–Russia trade turnover from the first year with trade, in "
    "Russia's statistics and in the Lao sheet (dashed where it is an IMF estimate built from "
    "Russia's figures), with the milestones of the relationship as numbered vertical rules."
)
CHART_CAPTION = (
    "Points sit mid-year; hover a point for its value, whose figure it is and its source. "
    "The dashed line is not a second, agreeing count: from {since} the IMF fills the Lao sheet "
    "with estimates built from Russia's own figures, so it follows Russia's line by "
    "construction. Missing years are gaps, not zeros. Numbered dashed rules are milestones: "
    "{milestones}."
)
CHART_CAPTION_NO_ESTIMATES = (
    "Points sit mid-year; hover a point for its value, whose figure it is and its source. "
    "Missing years are gaps, not zeros. Numbered dashed rules are milestones: {milestones}."
)
MILESTONE_KEY = "{number} {title} ({date})"
MILESTONE_SEPARATOR = "; "
NO_MILESTONES = "none in these years"
FINDINGS_HEADING = "What the data say"

# The chart's axis, legend and tooltip titles.
TURNOVER_AXIS = "Turnover, US$ million"
LINE_LEGEND = "Whose figures"
# The line a reporter's yearly turnover is drawn in: (reporter, IMF estimate?) -> its name.
LINES = {
    ("Russia", False): "Russia's statistics",
    ("Laos", False): "Lao statistics",
    ("Laos", True): "Lao sheet: IMF estimate from Russia's figures",
    ("Russia", True): "Russian sheet: IMF estimate",
}
TOOLTIP = {
    "year": "Year",
    "line": "Whose figures",
    "value_words": "Turnover",
    "basis": "How it is counted",
    "source": "Source",
}
# The peak year's label on the chart, two lines.
PEAK_NOTE = "Peak {year}: {money}\n{exports} of it Russia's exports to Laos"
PEAK_NOTE_TURNOVER = "Peak {year}: {money}"
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
    """The chart series with `line` (whose figures, and whether they are IMF estimates) and
    `value_words`, the turnover as written with its unit and qualifier, its decimals as
    published ("US$164.109 million", "over US$20 million")."""
    return series.assign(
        line=[LINES[key] for key in zip(series["reporter"], series["estimated"], strict=True)],
        value_words=[
            words.money(value, qualifier)
            for value, qualifier in zip(series["value_usd_m"], series["qualifier"], strict=True)
        ],
    )


def line_labels(lines: pd.DataFrame) -> pd.DataFrame:
    """The rows the chart's lines join, with the name of their `line`."""
    return lines.assign(
        line=[LINES[key] for key in zip(lines["reporter"], lines["estimated"], strict=True)]
    )


def milestone_labels(milestones: pd.DataFrame) -> pd.DataFrame:
    """The milestones with `date_label`: the date written as precisely as it is known, and
    `label`, their number as the chart writes it."""
    return milestones.assign(
        date_label=[
            words.date(when, precision)
            for when, precision in zip(
                milestones["date"], milestones["date_precision"], strict=True
            )
        ],
        label=milestones["number"].astype(str),
    )


def chart_caption(glance: overview.Chart) -> str:
    """How to read the chart, with the key to its numbered milestones."""
    labelled = milestone_labels(glance.milestones)
    estimated = glance.series.loc[glance.series["estimated"], "year"]
    key = MILESTONE_SEPARATOR.join(
        MILESTONE_KEY.format(number=row.number, title=row.title, date=row.date_label)
        for row in labelled.itertuples(index=False)
    )
    caption = CHART_CAPTION if len(estimated) else CHART_CAPTION_NO_ESTIMATES
    return caption.format(milestones=key or NO_MILESTONES, since=estimated.min())


def peak_note(glance: overview.Chart) -> pd.DataFrame:
    """The label written beside the peak on the chart (date, value_usd_m, label), from the
    peak row and what Russia's figures say it is made of; no row without trade."""
    if glance.peak.empty:
        return pd.DataFrame({"date": [], "value_usd_m": [], "label": []})
    top = glance.peak.iloc[0]
    money = words.money(top["value_usd_m"], top["qualifier"], decimals=1)
    if glance.peak_exports.empty:
        label = PEAK_NOTE_TURNOVER.format(year=top["year"], money=money)
    else:
        sold = glance.peak_exports.iloc[0]
        exports = words.money(sold["value_usd_m"], sold["qualifier"], decimals=1)
        label = PEAK_NOTE.format(year=top["year"], money=money, exports=exports)
    return pd.DataFrame(
        {
            "date": [pd.Timestamp(year=int(top["year"]), month=7, day=1)],
            "value_usd_m": [float(top["value_usd_m"])],
            "label": [label],
        }
    )
