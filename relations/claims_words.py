"""What a verdict on a leader's numeric claim says: every sentence and data label, from templates.

`relations.claims` decides the outcome and which of these applies; this module only writes
them, numbers and dates through `relations.words`. The texts are kept exactly as readers have
seen them (issue 12 will change the verdict rules): two forms `relations.words` does not write,
a share of one without a space ("9%") and a signed growth rate with an ASCII sign ("-52.0 %"),
are written here by the two private helpers below, and only there.
"""

from __future__ import annotations

import pandas as pd

from relations import words

# Where a stated number sits against the data value.
SIDES = {"above": "above", "below": "below"}

# How the stated number sits against the data; each completes CLAIM ("The claim {how}.").
COMPARISONS = {
    "zero": "the data value is zero",
    "matches": "matches the data",
    "as_qualifier": "is {share} {side} the data value, as “{qualifier}” says",
    "within_about": "is {share} {side} the data value, within the {tolerance} that “about” allows",
    "within_rounding": (
        "is {share} {side} the data value, within the {tolerance} allowed for rounding"
    ),
    "times": "is {ratio} times the data value",
    "well_below": "is well below the data value, which is {inverse} times as large",
    "unfit_qualifier": "is {share} {side} the data value, which does not fit “{qualifier}”",
    "off": "is {share} {side} the data value",
}
CLAIM = "The claim {how}."

NO_PERIOD = "no period stated"
UP_TO = "up to {day}"

NOTHING_TO_CHECK = "Nothing published in this collection to check it against."

NO_TURNOVER_FOR = "No Russia-reported turnover is published for {period}."
ITSELF_APPROXIMATE = "The published figure is itself approximate (“{qualifier}”)."
TURNOVER_LABEL = "Russia-reported turnover {year}: {money} ({basis})"

UNDATED_NO_TURNOVER = "The quote names no year, and no turnover is published."
UNDATED_LABEL = (
    "Russia-reported turnover, {years} years with a figure in {span}: "
    "lowest {lowest} ({lowest_year}), highest {highest} ({highest_year})"
)
UNDATED_FITS = (
    "The quote names no year, so it cannot be set against one year's figure; it would fit {years}."
)
UNDATED_FITS_NONE = (
    "The quote names no year, so no year's figure can be set against it. For scale: it "
    "fits no year on record; every yearly Russia-reported turnover published for {span} "
    "lies between {lowest} and {highest}."
)
YEAR_SPAN = "{first}–{last}"
YEARS_LIST_SEPARATOR = ", "

GROWTH_UNCHECKED = (
    "No absolute trade figure is published for {period}, so the growth rate cannot be checked."
)
GROWTH_UNCHECKED_LATEST = (
    "No absolute trade figure is published for {period} (the latest Russia-reported turnover "
    "is for {latest}), so the growth rate cannot be checked."
)
YEARS_OR = "{earlier} or {later}"
GROWTH_TOO_COARSE = (
    "The published figures for these years are approximate, too coarse to check a growth rate."
)
GROWTH_LABEL = (
    "growth {year}: {growth}, derived from Russia-reported turnover "
    "{before} ({year_before}) and {now} ({year})"
)
GROWTH_DERIVED = "The data give {growth} (derived by us from the two yearly figures)."

VISITORS_NO_PERIOD = "The quote names no period to look up a visitor count for."
VISITORS_SAME_PERIOD = "{visitors} Russian visitors counted for the same period"
VISITORS_SHORTER_PERIOD = "{visitors} Russian visitors in {span} alone"
VISITOR_SPAN = "{start} – {end}"
VISITORS_UNDERSTATED = (
    "A shorter period inside the claimed one already counts {visitors}: "
    "the claim understates the published figures."
)
VISITORS_NOT_CONTRADICTED = (
    "Only a shorter period inside the claimed one is published; it does not contradict the claim."
)
VISITORS_NONE = "No count of Russian visitors is published for this period."

SERIES_NAMES = {
    "wb_wdi": "World Bank WDI",
    "wb_eau_2007": "World Bank East Asia Update 2007",
    "cia_wfb": "CIA World Factbook",
    "trading_economics": "Trading Economics",
    "imf_ifs": "IMF IFS",
}
INDICATOR_NO_YEAR = "The quote names no year to look the figure up for."
INDICATOR_NONE = "No {indicator} figure is published for {year}."
SERIES = "{series}"
SERIES_ESTIMATE = "{series}, an estimate"
GROWTH_MATCHES = "The claim matches the data ({value} %)."
GROWTH_POINTS = "The claim is {gap} points {side} the data ({value} %)."
GDP_GROWTH_LABEL = "real GDP growth {year}: {value} % ({where})"
INDICATOR_LABEL = "{indicator} {year}: {value} ({where})"

NO_FOUNDING_EVENT = "The founding event is not in the timeline."
ANNIVERSARY_NO_YEAR = "The quote names no year to count the years to."
ANNIVERSARY_LABEL = "{title}: {day}"
YEARS_BETWEEN = "{years} years separate {start} and {end}."

VISA_CLAIM = (
    "The claim {how}: the timeline records visa-free stays of up to {days} days, "
    "in force since {day}."
)
VISA_LABEL = "{title} since {day}: up to {days} days"

EDUCATION_SAME_STATEMENT = (
    "The only count for that date in the education data is this same statement, "
    "so it cannot confirm itself; nothing independent is published to check it against."
)
EDUCATION_SAME_LABEL = "education data, {day}: the same words, {value} {unit}"
EDUCATION_LABEL = "education data, {day}: {value} {unit}"


def _share(fraction: float, *, decimals: int = 0) -> str:
    # A fraction of one as a percent without a space ("9%", "0.5%"), as verdicts have said it.
    return f"{fraction:.{decimals}%}"


def _signed_percent(value: float) -> str:
    # A growth rate with its sign in ASCII ("+12.3 %", "-52.0 %"), as verdicts have said it.
    return f"{value:+.1f} %"


def comparison(
    kind: str,
    *,
    ratio: float = 1.0,
    qualifier: str = "exact",
    tolerance: float = 0.0,
) -> str:
    """How the stated number sits against the data (a key of COMPARISONS); `ratio` is stated
    over actual, `tolerance` the fraction a qualifier allows."""
    return COMPARISONS[kind].format(
        share=_share(abs(ratio - 1)),
        side=SIDES["above" if ratio > 1 else "below"],
        qualifier=words.qualifier(qualifier) if qualifier != "exact" else "",
        tolerance=_share(tolerance, decimals=0 if kind == "within_about" else 1),
        ratio=words.number(ratio, decimals=1) if ratio else "",
        inverse=words.number(1 / ratio, decimals=1) if ratio else "",
    )


def claim(how: str) -> str:
    """'The claim is 3.9 times the data value.'"""
    return CLAIM.format(how=how)


def period(start: pd.Timestamp | None, end: pd.Timestamp | None) -> str:
    """The period a claim speaks about: '2022', 'up to 12 September 2023', 'no period stated'."""
    if end is None:
        return NO_PERIOD
    if start is None:
        return UP_TO.format(day=words.day(end))
    if start == end:
        return words.day(end)
    return words.period(start, end)


def no_turnover_for(period_written: str) -> str:
    return NO_TURNOVER_FOR.format(period=period_written)


def turnover(how: str, *, published_qualifier: str) -> str:
    """The verdict on a year's turnover; an approximate published figure is said to be one."""
    sentence = claim(how)
    if published_qualifier == "exact":
        return sentence
    approximate = ITSELF_APPROXIMATE.format(qualifier=words.qualifier(published_qualifier))
    return f"{sentence} {approximate}"


def turnover_label(year: int, value_usd_m: float, qualifier: str, basis: str) -> str:
    return TURNOVER_LABEL.format(year=year, money=words.money(value_usd_m, qualifier), basis=basis)


def year_span(first: int, last: int) -> str:
    return YEAR_SPAN.format(first=first, last=last)


def undated_label(years: int, span: str, lowest: pd.Series, highest: pd.Series) -> str:
    """`lowest`, `highest`: turnover rows (year, value_usd_m, qualifier)."""
    return UNDATED_LABEL.format(
        years=years,
        span=span,
        lowest=words.money(lowest["value_usd_m"], lowest["qualifier"]),
        lowest_year=lowest["year"],
        highest=words.money(highest["value_usd_m"], highest["qualifier"]),
        highest_year=highest["year"],
    )


def undated_fits(years: list[int]) -> str:
    return UNDATED_FITS.format(years=YEARS_LIST_SEPARATOR.join(str(year) for year in years))


def undated_fits_none(span: str, lowest: float, highest: float) -> str:
    return UNDATED_FITS_NONE.format(
        span=span, lowest=words.money(lowest), highest=words.money(highest)
    )


def growth_unchecked(period_written: str, *, latest: int | None) -> str:
    if latest is None:
        return GROWTH_UNCHECKED.format(period=period_written)
    return GROWTH_UNCHECKED_LATEST.format(period=period_written, latest=latest)


def years_or(years: list[int]) -> str:
    """'2023' or '2023 or 2024'."""
    if len(years) == 1:
        return str(years[0])
    return YEARS_OR.format(earlier=years[0], later=years[1])


def growth_label(year: int, growth: float, before: float, now: float) -> str:
    return GROWTH_LABEL.format(
        year=year,
        growth=_signed_percent(growth),
        before=words.money(before),
        year_before=year - 1,
        now=words.money(now),
    )


def growth_derived(growth: float) -> str:
    return GROWTH_DERIVED.format(growth=_signed_percent(growth))


def visitors_same_period(visitors: float) -> str:
    return VISITORS_SAME_PERIOD.format(visitors=words.number(visitors))


def visitor_span(start: pd.Timestamp, end: pd.Timestamp) -> str:
    """'January – June 2023', 'September 2022 – August 2023'."""
    first = words.MONTHS[start.month - 1] if start.year == end.year else words.month(start)
    return VISITOR_SPAN.format(start=first, end=words.month(end))


def visitors_shorter_period(visitors: float, start: pd.Timestamp, end: pd.Timestamp) -> str:
    return VISITORS_SHORTER_PERIOD.format(
        visitors=words.number(visitors), span=visitor_span(start, end)
    )


def visitors_understated(visitors: float) -> str:
    return VISITORS_UNDERSTATED.format(visitors=words.number(visitors))


def indicator_name(indicator: str) -> str:
    """'real_gdp_growth_pct' -> 'real gdp growth pct' (the name as the data spell it)."""
    return indicator.replace("_", " ")


def indicator_none(indicator: str, year: int) -> str:
    return INDICATOR_NONE.format(indicator=indicator_name(indicator), year=year)


def series_where(series: str, *, estimate: bool) -> str:
    """The series a figure comes from: 'CIA World Factbook, an estimate'."""
    name = SERIES_NAMES.get(series, series)
    return (SERIES_ESTIMATE if estimate else SERIES).format(series=name)


def growth_points(gap: float, value: float) -> str:
    """A GDP growth claim against the data, in percentage points (gap: stated minus data)."""
    if abs(gap) < 0.05:
        return GROWTH_MATCHES.format(value=words.number(value))
    return GROWTH_POINTS.format(
        gap=words.number(abs(gap), decimals=1),
        side=SIDES["above" if gap > 0 else "below"],
        value=words.number(value),
    )


def gdp_growth_label(year: int, value: float, where: str) -> str:
    return GDP_GROWTH_LABEL.format(year=year, value=words.number(value), where=where)


def indicator_label(indicator: str, year: int, value: float, where: str) -> str:
    return INDICATOR_LABEL.format(
        indicator=indicator_name(indicator), year=year, value=words.number(value), where=where
    )


def anniversary_label(title: str, date: pd.Timestamp) -> str:
    return ANNIVERSARY_LABEL.format(title=title, day=words.day(date))


def years_between(years: int, start: int, end: int) -> str:
    return YEARS_BETWEEN.format(years=years, start=start, end=end)


def visa(how: str, days: int, since: pd.Timestamp) -> str:
    return VISA_CLAIM.format(how=how, days=days, day=words.day(since))


def visa_label(title: str, since: pd.Timestamp, days: int) -> str:
    return VISA_LABEL.format(title=title, day=words.day(since), days=days)


def education_same_label(date: pd.Timestamp, value: float, unit: str) -> str:
    return EDUCATION_SAME_LABEL.format(day=words.day(date), value=words.number(value), unit=unit)


def education_label(date: pd.Timestamp, value: float, unit: str) -> str:
    return EDUCATION_LABEL.format(day=words.day(date), value=words.number(value), unit=unit)
