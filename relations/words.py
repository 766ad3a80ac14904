"""How the dashboard writes a number, money, a percent, a qualifier and a date: once, for every page.

Reader-facing sentences are built from these (each domain's `*_words.py`), never from f-strings
of raw values, so a second interface language can hook in here. Dates are written without
platform-specific `strftime` codes such as `%-d` (glibc-only). Pure functions.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

import pandas as pd

# The words a qualifier puts before a figure ("about 7 million"); "exact" says nothing.
QUALIFIERS = {
    "exact": "",
    "about": "about",
    "over": "over",
    "almost": "almost",
    "under": "under",
    "at_least": "at least",
}

MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def qualifier(name: str) -> str:
    """The words of a qualifier ("about", "at least"); "" for an exact figure."""
    return QUALIFIERS[name]


def qualified(figure: str, name: str) -> str:
    """A written figure with its qualifier before it: "about 12,054", "US$12.9 million"."""
    words = qualifier(name)
    return f"{words} {figure}" if words else figure


def number(value: float, *, decimals: int | None = None) -> str:
    """A figure with thousands separators: with `decimals` fixed, else the decimals it has
    (up to three, no trailing zeros): 31.903, 0.8, 12, 12,054."""
    if decimals is not None:
        return f"{value:,.{decimals}f}"
    return f"{value:,.3f}".rstrip("0").rstrip(".")


def money(value: float, qualifier: str = "exact", *, decimals: int | None = None) -> str:
    """US$ millions: "US$12.9 million", "about US$50 million"."""
    return qualified(f"US${number(value, decimals=decimals)} million", qualifier)


def count(value: float, qualifier: str = "exact") -> str:
    """A count of people or things: "12,054", "at least 40,000"."""
    return qualified(number(value, decimals=0), qualifier)


def percent(
    value: float, *, decimals: int = 0, signed: bool = False, significant: int | None = None
) -> str:
    """A percentage given in percent (12.5 -> "12.5 %"; signed: "+12.5 %", "−3 %"); with
    `significant`, that many significant digits instead of fixed decimals (0.5234 %, 12.35 %)."""
    if significant is not None:
        written = f"{abs(value):,.{significant}g} %"
    else:
        written = f"{abs(value):,.{decimals}f} %"
    if not signed:
        return written if value >= 0 else f"−{written}"
    return f"+{written}" if value > 0 else f"−{written}" if value < 0 else written


def month(date: pd.Timestamp) -> str:
    """October 1960."""
    return f"{MONTHS[date.month - 1]} {date.year}"


def day(date: pd.Timestamp, *, year: bool = True) -> str:
    """7 October 1960 (or 7 October)."""
    written = f"{date.day} {MONTHS[date.month - 1]}"
    return f"{written} {date.year}" if year else written


def date(when: pd.Timestamp, precision: str, *, latest: pd.Timestamp | None = None) -> str:
    """A date as precisely as it is known: 7 October 1960, December 2008, 1991; a range:
    'between 2 December 2016 and 2 December 2019'."""
    if precision == "range" and latest is not None and not pd.isna(latest):
        return f"between {day(when)} and {day(latest)}"
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
        return f"{start.day}–{day(end)}"
    if start_precision == "month" and end_precision == "day" and same_month:
        return f"{month(start)}, until {day(end, year=False)}"
    return f"{date(start, start_precision)} – {date(end, end_precision or 'day')}"


def period(start: pd.Timestamp, end: pd.Timestamp) -> str:
    """2023 for a full calendar year, or January–May 2025 for a part of one."""
    if start.year == end.year and (start.month, start.day, end.month, end.day) == (1, 1, 12, 31):
        return str(start.year)
    if start.year == end.year:
        if start.month == end.month:
            return month(start)
        return f"{MONTHS[start.month - 1]}–{month(end)}"
    return f"{month(start)}–{month(end)}"


def year_runs(years: Iterable[int]) -> str:
    """[1995, 2012, 2013, 2014] -> '1995 and 2012–2014' (a year given twice is named once)."""
    runs: list[list[int]] = []
    for year in sorted(set(years)):
        if runs and year == runs[-1][-1] + 1:
            runs[-1].append(year)
        else:
            runs.append([year])
    parts = [str(r[0]) if len(r) == 1 else f"{r[0]}–{r[-1]}" for r in runs]
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]


@dataclass(frozen=True)
class Table:
    """How a table is shown: `columns` (name -> label, in the order shown), `formats` (number
    column -> one printf-style format for every row, "%.3f"), `missing` (the word a cell
    without a value shows, instead of "None"), and whether an empty text is such a cell."""

    columns: dict[str, str]
    formats: dict[str, str] = field(default_factory=dict)
    missing: str | None = None
    blank_is_missing: bool = False
