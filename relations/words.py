"""How the dashboard writes a number, money, a percent, a qualifier and a date: once, for every page.

Reader-facing sentences are built from these (each domain's `*_words.py`), never from f-strings
of raw values. Numbers, months and days are written with Babel's locale data (CLDR) for the
reader's language (`relations.i18n`): "12.9" in English is "12,9" in Russian. Pure functions.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field

import pandas as pd
from babel import Locale, dates, numbers

from relations.i18n import N_, _, language

# The words a qualifier puts before a figure ("about 7 million"); "exact" says nothing.
QUALIFIERS = {
    "exact": "",
    "about": N_("about"),
    "over": N_("over"),
    "almost": N_("almost"),
    "under": N_("under"),
    "at_least": N_("at least"),
}
QUALIFIED = N_("{qualifier} {figure}")
MONEY = N_("US${number} million")
BETWEEN = N_("between {first} and {last}")
DAYS_OF_A_MONTH = N_("{first_day}–{last_day}")
UNTIL = N_("{month}, until {day}")
FROM_TO = N_("{start} – {end}")
MONTHS_OF_A_YEAR = N_("{first_month}–{last_month} {year}")
MONTH_TO_MONTH = N_("{first}–{last}")
LAST_OF_A_LIST = N_("{earlier} and {last}")
LIST_SEPARATOR = N_(", ")
# The vocabulary of the data (relations.data.vocab) as a reader sees it: the English is the
# code itself, the other languages translate it.
CATEGORY_NAMES = {
    "diplomacy": N_("diplomacy"),
    "economy": N_("economy"),
    "security": N_("security"),
    "education": N_("education"),
    "culture": N_("culture"),
    "infrastructure": N_("infrastructure"),
    "humanitarian": N_("humanitarian"),
}
TOPIC_NAMES = {
    "trade": N_("trade"),
    "tourism": N_("tourism"),
    "history": N_("history"),
    "security": N_("security"),
    "education": N_("education"),
    "infrastructure": N_("infrastructure"),
    "finance": N_("finance"),
    "asean": N_("asean"),
    "demining": N_("demining"),
    "energy": N_("energy"),
    "health": N_("health"),
    "culture": N_("culture"),
    "diplomacy": N_("diplomacy"),
    "debt": N_("debt"),
    "logistics": N_("logistics"),
    "brics": N_("brics"),
}
# A count's unit (claims.csv, education.csv) after its number; English: the unit as named.
UNIT_NAMES = {
    "persons": N_("persons"),
    "bombs": N_("bombs"),
    "scholarships": N_("scholarships"),
    "institutions": N_("institutions"),
    "hectares": N_("hectares"),
    "years": N_("years"),
    "days": N_("days"),
}
# The two countries as the data name them (reporter, exporter, origin), for a reader.
COUNTRIES = {"Russia": N_("Russia"), "Laos": N_("Laos")}
# Month and day patterns (CLDR): "LLLL" is a month's name standing alone (Russian "октябрь"),
# "MMMM" its name in a date (Russian "7 октября").
MONTH_PATTERN = "LLLL y"
DAY_PATTERN = "d MMMM y"
DAY_NO_YEAR_PATTERN = "d MMMM"
# The house percent in English has a space ("12.5 %"); other languages take their own pattern.
HOUSE_PERCENT = {"en": "#,##0 %"}


def country(name: str) -> str:
    """A country named in the data ("Russia", "Laos") in the reader's language."""
    return _(COUNTRIES[name]) if name in COUNTRIES else name


def unit(name: str) -> str:
    """A count's unit ("persons") in the reader's language."""
    return _(UNIT_NAMES[name]) if name in UNIT_NAMES else name


def category(name: str) -> str:
    """A timeline category ("diplomacy") in the reader's language."""
    return _(CATEGORY_NAMES[name]) if name in CATEGORY_NAMES else name


def topic(name: str) -> str:
    """A quote's or an event's topic ("trade") in the reader's language."""
    return _(TOPIC_NAMES[name]) if name in TOPIC_NAMES else name


def qualifier(name: str) -> str:
    """The words of a qualifier ("about", "at least"); "" for an exact figure."""
    return _(QUALIFIERS[name])


def qualified(figure: str, name: str) -> str:
    """A written figure with its qualifier before it: "about 12,054", "US$12.9 million"."""
    words = qualifier(name)
    return _(QUALIFIED).format(qualifier=words, figure=figure) if words else figure


def _pattern(decimals: int | None) -> str:
    if decimals is None:
        return "#,##0.###"
    return "#,##0" + ("." + "0" * decimals if decimals else "")


def number(value: float, *, decimals: int | None = None) -> str:
    """A figure with the reader's separators: with `decimals` fixed, else the decimals it has
    (up to three, no trailing zeros): 31.903, 0.8, 12, 12,054 (Russian: 12 054, 0,8)."""
    # Rounded first as Python rounds a float, so every language shows the same digits.
    rounded = round(value, 3 if decimals is None else decimals)
    return numbers.format_decimal(rounded, format=_pattern(decimals), locale=language())


def money(value: float, qualifier: str = "exact", *, decimals: int | None = None) -> str:
    """US$ millions: "US$12.9 million", "about US$50 million"."""
    return qualified(_(MONEY).format(number=number(value, decimals=decimals)), qualifier)


def count(value: float, qualifier: str = "exact") -> str:
    """A count of people or things: "12,054", "at least 40,000"."""
    return qualified(number(value, decimals=0), qualifier)


def _percent_sign(written: str) -> str:
    pattern = (
        HOUSE_PERCENT.get(language()) or Locale.parse(language()).percent_formats[None].pattern
    )
    return pattern.replace("#,##0", written)


def percent(
    value: float, *, decimals: int = 0, signed: bool = False, significant: int | None = None
) -> str:
    """A percentage given in percent (12.5 -> "12.5 %"; signed: "+12.5 %", "−3 %"); with
    `significant`, that many significant digits instead of fixed decimals (0.5234 %, 12.35 %)."""
    if significant is not None:
        digits = float(f"{abs(value):.{significant}g}")
        shown = numbers.format_decimal(digits, format="#,##0.##########", locale=language())
    else:
        shown = number(abs(value), decimals=decimals)
    written = _percent_sign(shown)
    if not signed:
        return written if value >= 0 else f"−{written}"
    return f"+{written}" if value > 0 else f"−{written}" if value < 0 else written


def _date(when: pd.Timestamp, pattern: str) -> str:
    return dates.format_date(dt.date(when.year, when.month, when.day), pattern, locale=language())


def month(date: pd.Timestamp) -> str:
    """October 1960 (Russian: октябрь 1960)."""
    return _date(date, MONTH_PATTERN)


def month_name(date: pd.Timestamp) -> str:
    """October (Russian: октябрь)."""
    return _date(date, "LLLL")


def day(date: pd.Timestamp, *, year: bool = True) -> str:
    """7 October 1960 (or 7 October; Russian: 7 октября 1960)."""
    return _date(date, DAY_PATTERN if year else DAY_NO_YEAR_PATTERN)


def date(when: pd.Timestamp, precision: str, *, latest: pd.Timestamp | None = None) -> str:
    """A date as precisely as it is known: 7 October 1960, December 2008, 1991; a range:
    'between 2 December 2016 and 2 December 2019'."""
    if precision == "range" and latest is not None and not pd.isna(latest):
        return _(BETWEEN).format(first=day(when), last=day(latest))
    if precision == "year":
        return str(when.year)
    if precision == "month":
        return month(when)
    return day(when)


def span(
    start: pd.Timestamp,
    start_precision: str,
    end: pd.Timestamp | None = None,
    end_precision: str | None = None,
) -> str:
    """An event's date with its end when it has one: 10–19 December 2019, October 2018 – March 2019."""
    if end is None or pd.isna(end):
        return date(start, start_precision)
    same_month = (start.year, start.month) == (end.year, end.month)
    if start_precision == end_precision == "day" and same_month:
        return _(DAYS_OF_A_MONTH).format(first_day=start.day, last_day=day(end))
    if start_precision == "month" and end_precision == "day" and same_month:
        return _(UNTIL).format(month=month(start), day=day(end, year=False))
    return _(FROM_TO).format(
        start=date(start, start_precision), end=date(end, end_precision or "day")
    )


def period(start: pd.Timestamp, end: pd.Timestamp) -> str:
    """2023 for a full calendar year, or January–May 2025 for a part of one."""
    if start.year == end.year and (start.month, start.day, end.month, end.day) == (1, 1, 12, 31):
        return str(start.year)
    if start.year == end.year:
        if start.month == end.month:
            return month(start)
        return _(MONTHS_OF_A_YEAR).format(
            first_month=month_name(start), last_month=month_name(end), year=end.year
        )
    return _(MONTH_TO_MONTH).format(first=month(start), last=month(end))


def listed(parts: list[str]) -> str:
    """['a', 'b', 'c'] -> 'a, b and c' in the reader's language."""
    if len(parts) == 1:
        return parts[0]
    return _(LAST_OF_A_LIST).format(earlier=_(LIST_SEPARATOR).join(parts[:-1]), last=parts[-1])


def year_runs(years: Iterable[int]) -> str:
    """[1995, 2012, 2013, 2014] -> '1995 and 2012–2014' (a year given twice is named once)."""
    runs: list[list[int]] = []
    for year in sorted(set(years)):
        if runs and year == runs[-1][-1] + 1:
            runs[-1].append(year)
        else:
            runs.append([year])
    return listed([str(r[0]) if len(r) == 1 else f"{r[0]}–{r[-1]}" for r in runs])


@dataclass(frozen=True)
class Table:
    """How a table is shown: `columns` (name -> label, in the order shown), `formats` (number
    column -> one printf-style format for every row, "%.3f"), `missing` (the word a cell
    without a value shows, instead of "None"), and whether an empty text is such a cell."""

    columns: dict[str, str]
    formats: dict[str, str] = field(default_factory=dict)
    missing: str | None = None
    blank_is_missing: bool = False
