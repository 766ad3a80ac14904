"""What a verdict on a leader's numeric claim says: every sentence and data label, from templates.

`relations.claims` decides the outcome and which of these applies; this module only writes
them, numbers and dates through `relations.words`. Two forms `relations.words` does not write,
a share of one without a space ("9%") and a signed growth rate with an ASCII sign ("-52.0 %"),
are written here by the two private helpers below, and only there.
"""

from __future__ import annotations

import pandas as pd

from relations import i18n, words
from relations.i18n import N_, _

# Where a stated number sits against the data value.
SIDES = {"above": N_("above"), "below": N_("below")}

# How the stated number sits against the data; each completes CLAIM ("The claim {how}.").
COMPARISONS = {
    "zero": N_("the data value is zero"),
    "matches": N_("matches the data"),
    "as_qualifier": N_(
        "is {share} {side} the data value, within what “{qualifier}” allows ({covers})"
    ),
    "within_rounding": N_("is {share} {side} the data value, within its own rounding ({covers})"),
    "times": N_("is {ratio} times the data value"),
    "well_below": N_("is well below the data value, which is {inverse} times as large"),
    "unfit_qualifier": (
        N_("is {share} {side} the data value, outside what “{qualifier}” allows ({covers})")
    ),
    "off": N_("is {share} {side} the data value, outside its own rounding ({covers})"),
}
# What a stated figure covers, in the claim's unit.
COVERS = {
    "range": N_("{low} to {high}"),
    "over": N_("more than {value}"),
    "under": N_("less than {value}"),
}
UNITS = {
    "usd_m": N_("US${value} million"),
    "pct": N_("{value} %"),
    "persons": N_("{value}"),
    "hectares": N_("{value} ha"),
    "years": N_("{value} years"),
    "bombs": N_("{value}"),
    "days": N_("{value} days"),
    "scholarships": N_("{value}"),
    "institutions": N_("{value}"),
}

# The verdict rule, said once under every claim table and in data/README.md.
VERDICT_RULE = N_(
    "How a verdict is reached: a claim agrees when the data value lies within the claim's own "
    "precision, half a unit of its last stated digit either side (“7 million” covers 6.5 to "
    "7.5 million; “65%” covers 64.5 to 65.5 %; trailing zeros of a figure of 1,000 or more are "
    "read as rounding, so “350,000” is to the nearest 10,000). Only the claim's own qualifier "
    "widens that: “about” allows up to 10 % of the figure either side, “almost” up to 10 % "
    "below and nothing above its rounding, “over” and “under” anything beyond the figure on "
    "their side. A forecast is set beside its outcome, not judged true or false. Where no "
    "figure for the same thing is in the data, a figure another source gives for it is set "
    "beside the claim as a conflict."
)
FORECAST = N_("A forecast, so it is set beside the outcome rather than judged: {outcome}.")
CONFLICTS = N_("Another source gives a different figure: “{other_says}” ({other_source}).")
CONFLICT_LABEL = N_("{other_source}: “{other_says}”")

CLAIM = N_("The claim {how}.")

NO_PERIOD = N_("no period stated")
UP_TO = N_("up to {day}")

NOTHING_TO_CHECK = N_("Nothing published in this collection to check it against.")

NO_TURNOVER_FOR = N_("No Russia-reported turnover is published for {period}.")
ITSELF_APPROXIMATE = N_("The published figure is itself approximate (“{qualifier}”).")
TURNOVER_LABEL = N_("Russia-reported turnover {year}: {money} ({basis})")

UNDATED_NO_TURNOVER = N_("The quote names no year, and no turnover is published.")
UNDATED_LABEL = N_(
    "Russia-reported turnover, {years} years with a figure in {span}: "
    "lowest {lowest} ({lowest_year}), highest {highest} ({highest_year})"
)
UNDATED_FITS = N_(
    "The quote names no year, so it cannot be set against one year's figure; it would fit {years}."
)
UNDATED_FITS_NONE = N_(
    "The quote names no year, and the figure fits no year on record: the lowest yearly "
    "Russia-reported turnover, {span}, is {lowest} ({lowest_year}), the highest {highest} "
    "({highest_year})."
)
YEAR_SPAN = N_("{first}–{last}")
YEARS_LIST_SEPARATOR = N_(", ")

GROWTH_UNCHECKED = N_(
    "No absolute trade figure is published for {period}, so the growth rate cannot be checked."
)
GROWTH_UNCHECKED_LATEST = N_(
    "No absolute trade figure is published for {period} (the latest Russia-reported turnover "
    "is for {latest}), so the growth rate cannot be checked."
)
YEARS_OR = N_("{earlier} or {later}")
GROWTH_TOO_COARSE = N_(
    "The published figures for these years are approximate, too coarse to check a growth rate."
)
GROWTH_LABEL = N_(
    "growth {year}: {growth}, derived from Russia-reported turnover "
    "{before} ({year_before}) and {now} ({year})"
)
GROWTH_DERIVED = N_("The data give {growth}, derived from the two yearly figures.")

VISITORS_NO_PERIOD = N_("The quote names no period to look up a visitor count for.")
VISITORS_SAME_PERIOD = N_("{visitors} Russian visitors counted for the same period")
VISITORS_SHORTER_PERIOD = N_("{visitors} Russian visitors in {span} alone")
VISITOR_SPAN = N_("{start} – {end}")
VISITORS_UNDERSTATED = N_(
    "A shorter period inside the claimed one already counts {visitors}: "
    "the claim understates the published figures."
)
VISITORS_NOT_CONTRADICTED = N_(
    "Only a shorter period inside the claimed one is published; it does not contradict the claim."
)
VISITORS_NONE = N_("No count of Russian visitors is published for this period.")

SERIES_NAMES = {
    "wb_wdi": N_("World Bank WDI"),
    "wb_eau_2007": N_("World Bank East Asia Update 2007"),
    "cia_wfb": N_("CIA World Factbook"),
    "trading_economics": N_("Trading Economics"),
    "imf_ifs": N_("IMF IFS"),
}
INDICATOR_NO_YEAR = N_("The quote names no year to look the figure up for.")
INDICATOR_NONE = N_("No {indicator} figure is published for {year}.")
SERIES = N_("{series}")
SERIES_ESTIMATE = N_("{series}, an estimate")
GROWTH_MATCHES = N_("The claim matches the data ({value} %).")
GROWTH_POINTS = N_("The claim is {gap} points {side} the data ({value} %).")
GDP_GROWTH_LABEL = N_("real GDP growth {year}: {value} % ({where})")
INDICATOR_LABEL = N_("{indicator} {year}: {value} ({where})")

NO_FOUNDING_EVENT = N_("The founding event is not in the timeline.")
ANNIVERSARY_NO_YEAR = N_("The quote names no year to count the years to.")
ANNIVERSARY_LABEL = N_("{title}: {day}")
YEARS_BETWEEN = N_("{years} years separate {start} and {end}.")

VISA_CLAIM = N_(
    "The claim {how}: the timeline records visa-free stays of up to {days} days, "
    "in force since {day}."
)
VISA_LABEL = N_("{title} since {day}: up to {days} days")

EDUCATION_SAME_STATEMENT = N_(
    "The only count for that date in the education data is this same statement, "
    "so it cannot confirm itself; nothing independent is published to check it against."
)
EDUCATION_SAME_LABEL = N_("education data, {day}: the same words, {value} {unit}")
EDUCATION_LABEL = N_("education data, {day}: {value} {unit}")


def _share(fraction: float, *, decimals: int = 0) -> str:
    # A fraction of one as a percent without a space ("9%", "0.5%"), as English verdicts have
    # said it; another language writes it with its own separators and sign (Babel).
    if i18n.language() != i18n.SOURCE:
        return words.percent(fraction * 100, decimals=decimals)
    return f"{fraction:.{decimals}%}"


def _signed_percent(value: float) -> str:
    # A growth rate with its sign in ASCII ("+12.3 %", "-52.0 %"), as English verdicts have
    # said it; another language writes it with its own separators (Babel).
    if i18n.language() != i18n.SOURCE:
        return words.percent(value, decimals=1, signed=True)
    return f"{value:+.1f} %"


def _in_unit(value: float, unit: str, decimals: int) -> str:
    template = _(UNITS[unit]) if unit in UNITS else "{value}"
    return template.format(value=words.number(value, decimals=decimals))


def covers(low: float, high: float, qualifier: str, unit: str) -> str:
    """What a stated figure covers: '6,500,000 to 7,500,000', 'more than 20,000 ha'."""
    if qualifier == "over":
        return _(COVERS["over"]).format(value=_in_unit(low, unit, _decimals_of(low)))
    if qualifier == "under":
        return _(COVERS["under"]).format(value=_in_unit(high, unit, _decimals_of(high)))
    decimals = max(_decimals_of(low), _decimals_of(high))
    return _(COVERS["range"]).format(
        low=_in_unit(low, unit, decimals), high=_in_unit(high, unit, decimals)
    )


def _decimals_of(value: float) -> int:
    written = f"{round(value, 6):f}".rstrip("0")
    return len(written.split(".")[1]) if "." in written else 0


def comparison(
    kind: str,
    *,
    ratio: float = 1.0,
    qualifier: str = "exact",
    low: float = 0.0,
    high: float = 0.0,
    unit: str = "",
) -> str:
    """How the stated number sits against the data (a key of COMPARISONS); `ratio` is stated
    over actual, `low`–`high` what the stated figure covers (`claims.band`)."""
    return _(COMPARISONS[kind]).format(
        share=_share(abs(ratio - 1)),
        side=_(SIDES["above" if ratio > 1 else "below"]),
        qualifier=words.qualifier(qualifier) if qualifier != "exact" else "",
        covers=covers(low, high, qualifier, unit) if kind in _WITH_RANGE else "",
        ratio=words.number(ratio, decimals=1) if ratio else "",
        inverse=words.number(1 / ratio, decimals=1) if ratio else "",
    )


_WITH_RANGE = ("as_qualifier", "within_rounding", "unfit_qualifier", "off")


def forecast(outcome: str) -> str:
    return _(FORECAST).format(outcome=outcome)


def conflicts(other_source: str, other_says: str) -> str:
    return _(CONFLICTS).format(other_source=other_source, other_says=other_says.rstrip(". "))


def conflict_label(other_source: str, other_says: str) -> str:
    return _(CONFLICT_LABEL).format(other_source=other_source, other_says=other_says)


def claim(how: str) -> str:
    """'The claim is 3.9 times the data value.'"""
    return _(CLAIM).format(how=how)


def period(start: pd.Timestamp | None, end: pd.Timestamp | None) -> str:
    """The period a claim speaks about: '2022', 'up to 12 September 2023', 'no period stated'."""
    if end is None:
        return _(NO_PERIOD)
    if start is None:
        return _(UP_TO).format(day=words.day(end))
    if start == end:
        return words.day(end)
    return words.period(start, end)


def no_turnover_for(period_written: str) -> str:
    return _(NO_TURNOVER_FOR).format(period=period_written)


def turnover(how: str, *, published_qualifier: str) -> str:
    """The verdict on a year's turnover; an approximate published figure is said to be one."""
    sentence = claim(how)
    if published_qualifier == "exact":
        return sentence
    approximate = _(ITSELF_APPROXIMATE).format(qualifier=words.qualifier(published_qualifier))
    return f"{sentence} {approximate}"


def turnover_label(year: int, value_usd_m: float, qualifier: str, basis: str) -> str:
    return _(TURNOVER_LABEL).format(
        year=year, money=words.money(value_usd_m, qualifier), basis=basis
    )


def year_span(first: int, last: int) -> str:
    return _(YEAR_SPAN).format(first=first, last=last)


def undated_label(years: int, span: str, lowest: pd.Series, highest: pd.Series) -> str:
    """`lowest`, `highest`: turnover rows (year, value_usd_m, qualifier)."""
    return _(UNDATED_LABEL).format(
        years=years,
        span=span,
        lowest=words.money(lowest["value_usd_m"], lowest["qualifier"]),
        lowest_year=lowest["year"],
        highest=words.money(highest["value_usd_m"], highest["qualifier"]),
        highest_year=highest["year"],
    )


def undated_fits(years: list[int]) -> str:
    return _(UNDATED_FITS).format(years=_(YEARS_LIST_SEPARATOR).join(str(year) for year in years))


def undated_fits_none(span: str, lowest: pd.Series, highest: pd.Series) -> str:
    """`lowest`, `highest`: turnover rows (year, value_usd_m)."""
    return _(UNDATED_FITS_NONE).format(
        span=span,
        lowest=words.money(lowest["value_usd_m"]),
        lowest_year=lowest["year"],
        highest=words.money(highest["value_usd_m"]),
        highest_year=highest["year"],
    )


def growth_unchecked(period_written: str, *, latest: int | None) -> str:
    if latest is None:
        return _(GROWTH_UNCHECKED).format(period=period_written)
    return _(GROWTH_UNCHECKED_LATEST).format(period=period_written, latest=latest)


def years_or(years: list[int]) -> str:
    """'2023' or '2023 or 2024'."""
    if len(years) == 1:
        return str(years[0])
    return _(YEARS_OR).format(earlier=years[0], later=years[1])


def growth_label(year: int, growth: float, before: float, now: float) -> str:
    return _(GROWTH_LABEL).format(
        year=year,
        growth=_signed_percent(growth),
        before=words.money(before),
        year_before=year - 1,
        now=words.money(now),
    )


def growth_derived(growth: float) -> str:
    return _(GROWTH_DERIVED).format(growth=_signed_percent(growth))


def visitors_same_period(visitors: float) -> str:
    return _(VISITORS_SAME_PERIOD).format(visitors=words.number(visitors))


def visitor_span(start: pd.Timestamp, end: pd.Timestamp) -> str:
    """'January – June 2023', 'September 2022 – August 2023'."""
    first = words.month_name(start) if start.year == end.year else words.month(start)
    return _(VISITOR_SPAN).format(start=first, end=words.month(end))


def visitors_shorter_period(visitors: float, start: pd.Timestamp, end: pd.Timestamp) -> str:
    return _(VISITORS_SHORTER_PERIOD).format(
        visitors=words.number(visitors), span=visitor_span(start, end)
    )


def visitors_understated(visitors: float) -> str:
    return _(VISITORS_UNDERSTATED).format(visitors=words.number(visitors))


INDICATOR_NAMES = {
    "population": N_("population"),
    "gdp_current_usd": N_("GDP in current US$"),
    "real_gdp_growth_pct": N_("real GDP growth, %"),
    "kip_per_usd": N_("kip per US$"),
}


def indicator_name(indicator: str) -> str:
    """'real_gdp_growth_pct' -> 'real GDP growth, %' in the reader's language (another
    indicator: its name as the data spell it, underscores as spaces)."""
    if indicator in INDICATOR_NAMES:
        return _(INDICATOR_NAMES[indicator])
    return indicator.replace("_", " ")


def indicator_none(indicator: str, year: int) -> str:
    return _(INDICATOR_NONE).format(indicator=indicator_name(indicator), year=year)


def series_where(series: str, *, estimate: bool) -> str:
    """The series a figure comes from: 'CIA World Factbook, an estimate'."""
    name = SERIES_NAMES.get(series, series)
    return (_(SERIES_ESTIMATE) if estimate else _(SERIES)).format(series=name)


def growth_points(gap: float, value: float) -> str:
    """A GDP growth claim against the data, in percentage points (gap: stated minus data)."""
    if abs(gap) < 0.05:
        return _(GROWTH_MATCHES).format(value=words.number(value))
    return _(GROWTH_POINTS).format(
        gap=words.number(abs(gap), decimals=1),
        side=_(SIDES["above" if gap > 0 else "below"]),
        value=words.number(value),
    )


def gdp_growth_label(year: int, value: float, where: str) -> str:
    return _(GDP_GROWTH_LABEL).format(year=year, value=words.number(value), where=where)


def indicator_label(indicator: str, year: int, value: float, where: str) -> str:
    return _(INDICATOR_LABEL).format(
        indicator=indicator_name(indicator), year=year, value=words.number(value), where=where
    )


def anniversary_label(title: str, date: pd.Timestamp) -> str:
    return _(ANNIVERSARY_LABEL).format(title=title, day=words.day(date))


def years_between(years: int, start: int, end: int) -> str:
    return _(YEARS_BETWEEN).format(years=years, start=start, end=end)


def visa(how: str, days: int, since: pd.Timestamp) -> str:
    return _(VISA_CLAIM).format(how=how, days=days, day=words.day(since))


def visa_label(title: str, since: pd.Timestamp, days: int) -> str:
    return _(VISA_LABEL).format(title=title, day=words.day(since), days=days)


def education_same_label(date: pd.Timestamp, value: float, unit: str) -> str:
    return _(EDUCATION_SAME_LABEL).format(day=words.day(date), value=words.number(value), unit=unit)


def education_label(date: pd.Timestamp, value: float, unit: str) -> str:
    return _(EDUCATION_LABEL).format(day=words.day(date), value=words.number(value), unit=unit)
