"""What the Overview page says: its headings, key figures, findings and the chart's labels.

Written per rerun from the facts of `relations.overview.Glance` (so a second interface
language can hook in here), numbers, money and dates through `relations.words`. Pure.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from relations import overview, words
from relations.i18n import N_, _

TITLE = N_("Laos and Russia at a glance")
INTRO = N_("Key figures, one picture of trade against the milestones, and what the data say.")
CHART_HEADING = N_("Trade turnover and milestones")
CHART_ALT = N_(
    "Line chart of yearly Laos–Russia trade turnover from the first year with trade, in "
    "Russia's statistics and in the Lao sheet (dashed where it is an IMF estimate built from "
    "Russia's figures), with the milestones of the relationship as numbered vertical rules."
)
CHART_CAPTION = N_(
    "Points sit mid-year; hover a point for its value, whose figure it is and its source. "
    "The dashed line is not a second, agreeing count: from {since} the IMF fills the Lao sheet "
    "with estimates built from Russia's own figures, so it follows Russia's line by "
    "construction. Missing years are gaps, not zeros. Numbered dashed rules are milestones: "
    "{milestones}."
)
CHART_CAPTION_NO_ESTIMATES = N_(
    "Points sit mid-year; hover a point for its value, whose figure it is and its source. "
    "Missing years are gaps, not zeros. Numbered dashed rules are milestones: {milestones}."
)
MILESTONE_KEY = N_("{number} {title} ({date})")
MILESTONE_SEPARATOR = N_("; ")
NO_MILESTONES = N_("none in these years")
FINDINGS_HEADING = N_("What the data say")

# The chart's axis, legend and tooltip titles.
TURNOVER_AXIS = N_("Turnover, US$ million")
LINE_LEGEND = N_("Whose figures")
# The line a reporter's yearly turnover is drawn in: (reporter, IMF estimate?) -> its name.
LINES = {
    ("Russia", False): N_("Russia's statistics"),
    ("Laos", False): N_("Lao statistics"),
    ("Laos", True): N_("Lao sheet: IMF estimate from Russia's figures"),
    ("Russia", True): N_("Russian sheet: IMF estimate"),
}
TOOLTIP = {
    "year": N_("Year"),
    "line": N_("Whose figures"),
    "value_words": N_("Turnover"),
    "basis": N_("How it is counted"),
    "source": N_("Source"),
}
# The peak year's label on the chart, two lines.
PEAK_NOTE = N_("Peak {year}: {money}\n{exports} of it Russia's exports to Laos")
PEAK_NOTE_TURNOVER = N_("Peak {year}: {money}")
# Key figures: label, and the detail written under the value.
YEARS_LABEL = N_("Years of diplomatic relations")
YEARS_DETAIL = N_("since {day}")
LATEST_LABEL = N_("Latest Russia-reported turnover, US$ m")
LATEST_DETAIL = N_("{year}, {basis}")
PEAK_LABEL = N_("Peak year of reported trade")
PEAK_DETAIL = N_("{money}, {basis}")
VISITORS_LABEL = N_("Russian visitors, latest full year")
VISITORS_DETAIL = N_("{year}; no full-year count published since")
EVENTS_LABEL = N_("Events in the timeline")
EVENTS_DETAIL = N_("{first}–{last}")
QUOTES_LABEL = N_("Quotes collected")
QUOTES_DETAIL = N_("{speakers} speakers")
SOURCE_HELP = N_("Source: {source}")

# Findings.
PEAK_FINDING = N_(
    "Russia-reported trade peaked in {year} at {money}, {ratio} times the next-highest year "
    "({runner_up_year}: {runner_up_money})."
)
DISPUTED_FINDING = N_(
    "{speaker}'s “{claim}” is {ratio} times the {money} in Russia's figures for {year}."
)
VISITORS_FINDING = N_(
    "The latest full-year count of Russian visitors to Laos is {visitors} ({year})."
)
VISITORS_LATER_FINDING = N_(
    "The latest full-year count of Russian visitors to Laos is {visitors} ({year}); "
    "{first_month}–{last_month} alone counted {later}."
)
GROWTH_FINDING = N_(
    "No absolute trade value is published after {year}; leaders cite growth rates instead "
    "({rates})."
)
GROWTH_RATE = N_("+{low} %")
GROWTH_RANGE = N_("+{low} to +{high} %")
RATE_FOR = N_("{rate} for {period}")
ABOUT_RATE_FOR = N_("about {rate} for {period}")
RATES_SEPARATOR = N_(", ")
MOST_FINDINGS = 5


@dataclass(frozen=True)
class Figure:
    """One key figure as shown: label, value, the detail below it, and its source as a tooltip."""

    label: str
    value: str
    detail: str
    help: str | None = None


def _source(row: pd.Series) -> str | None:
    return _(SOURCE_HELP).format(source=row["source"]) if row["source_id"] else None


def key_figures(glance: overview.Glance, *, today: pd.Timestamp) -> list[Figure]:
    """The key figures the data have, in page order; the years of relations counted to `today`."""
    figures = []
    if not glance.founding.empty:
        row = glance.founding.iloc[0]
        years = overview.completed_years(row["date"], today)
        detail = _(YEARS_DETAIL).format(day=words.day(row["date"]))
        figures.append(Figure(_(YEARS_LABEL), str(years), detail, _source(row)))
    if not glance.latest.empty:
        last, top = glance.latest.iloc[0], glance.peak.iloc[0]
        value = words.qualified(words.number(last["value_usd_m"], decimals=1), last["qualifier"])
        detail = _(LATEST_DETAIL).format(year=last["year"], basis=last["basis"])
        figures.append(Figure(_(LATEST_LABEL), value, detail, _source(last)))
        money = words.money(top["value_usd_m"], top["qualifier"], decimals=1)
        detail = _(PEAK_DETAIL).format(money=money, basis=top["basis"])
        figures.append(Figure(_(PEAK_LABEL), str(top["year"]), detail, _source(top)))
    if not glance.visitors.empty:
        row = glance.visitors.iloc[0]
        value = words.count(row["visitors"], row["qualifier"])
        detail = _(VISITORS_DETAIL).format(year=row["year"])
        figures.append(Figure(_(VISITORS_LABEL), value, detail, _source(row)))
    counts = glance.collection.iloc[0]
    detail = (
        _(EVENTS_DETAIL).format(first=counts["first_year"], last=counts["last_year"])
        if counts["events"]
        else ""
    )
    figures.append(Figure(_(EVENTS_LABEL), words.count(counts["events"]), detail))
    detail = _(QUOTES_DETAIL).format(speakers=counts["speakers"]) if counts["quotes"] else ""
    figures.append(Figure(_(QUOTES_LABEL), words.count(counts["quotes"]), detail))
    return figures


def growth_rates(ranges: pd.DataFrame) -> str:
    """'+12 % for 2023, +65 to +66 % for 2024': one phrase per period, from
    `overview.growth_ranges` (period_start, period_end, low, high, approximate)."""
    phrases = []
    for said in ranges.itertuples(index=False):
        low, high = words.number(said.low), words.number(said.high)
        rate = (
            _(GROWTH_RATE).format(low=low)
            if said.low == said.high
            else _(GROWTH_RANGE).format(low=low, high=high)
        )
        template = _(ABOUT_RATE_FOR) if said.approximate else _(RATE_FOR)
        phrases.append(
            template.format(rate=rate, period=words.period(said.period_start, said.period_end))
        )
    return _(RATES_SEPARATOR).join(phrases)


def findings(glance: overview.Glance) -> list[str]:
    """Three to five headline findings, each from the rows it cites."""
    found = []
    if not glance.runner_up.empty:
        top, second = glance.peak.iloc[0], glance.runner_up.iloc[0]
        found.append(
            _(PEAK_FINDING).format(
                year=top["year"],
                money=words.money(top["value_usd_m"], decimals=1),
                ratio=words.number(top["value_usd_m"] / second["value_usd_m"], decimals=1),
                runner_up_year=second["year"],
                runner_up_money=words.money(second["value_usd_m"], second["qualifier"], decimals=1),
            )
        )
    for claim in glance.disputed.itertuples(index=False):
        found.append(
            _(DISPUTED_FINDING).format(
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
            found.append(_(VISITORS_FINDING).format(visitors=visitors, year=last["year"]))
        else:
            later = glance.later_visitors.iloc[0]
            found.append(
                _(VISITORS_LATER_FINDING).format(
                    visitors=visitors,
                    year=last["year"],
                    first_month=words.month_name(later["period_start"]),
                    last_month=words.month(later["period_end"]),
                    later=words.count(later["visitors"]),
                )
            )
    if not glance.growth_after.empty:
        found.append(
            _(GROWTH_FINDING).format(
                year=glance.latest.iloc[0]["year"], rates=growth_rates(glance.growth_after)
            )
        )
    return found[:MOST_FINDINGS]


def series_labels(series: pd.DataFrame) -> pd.DataFrame:
    """The chart series with `line` (whose figures, and whether they are IMF estimates) and
    `value_words`, the turnover as written with its unit and qualifier, its decimals as
    published ("US$164.109 million", "over US$20 million")."""
    return series.assign(
        line=[_(LINES[key]) for key in zip(series["reporter"], series["estimated"], strict=True)],
        value_words=[
            words.money(value, qualifier)
            for value, qualifier in zip(series["value_usd_m"], series["qualifier"], strict=True)
        ],
    )


def line_labels(lines: pd.DataFrame) -> pd.DataFrame:
    """The rows the chart's lines join, with the name of their `line`."""
    return lines.assign(
        line=[_(LINES[key]) for key in zip(lines["reporter"], lines["estimated"], strict=True)]
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
    key = _(MILESTONE_SEPARATOR).join(
        _(MILESTONE_KEY).format(number=row.number, title=row.title, date=row.date_label)
        for row in labelled.itertuples(index=False)
    )
    caption = _(CHART_CAPTION) if len(estimated) else _(CHART_CAPTION_NO_ESTIMATES)
    return caption.format(milestones=key or _(NO_MILESTONES), since=estimated.min())


def peak_note(glance: overview.Chart) -> pd.DataFrame:
    """The label written beside the peak on the chart (date, value_usd_m, label), from the
    peak row and what Russia's figures say it is made of; no row without trade."""
    if glance.peak.empty:
        return pd.DataFrame({"date": [], "value_usd_m": [], "label": []})
    top = glance.peak.iloc[0]
    money = words.money(top["value_usd_m"], top["qualifier"], decimals=1)
    if glance.peak_exports.empty:
        label = _(PEAK_NOTE_TURNOVER).format(year=top["year"], money=money)
    else:
        sold = glance.peak_exports.iloc[0]
        exports = words.money(sold["value_usd_m"], sold["qualifier"], decimals=1)
        label = _(PEAK_NOTE).format(year=top["year"], money=money, exports=exports)
    return pd.DataFrame(
        {
            "date": [pd.Timestamp(year=int(top["year"]), month=7, day=1)],
            "value_usd_m": [float(top["value_usd_m"])],
            "label": [label],
        }
    )
