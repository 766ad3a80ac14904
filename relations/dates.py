"""Dates written as precisely as they are known. Pure functions."""

from __future__ import annotations

import pandas as pd


def format_date(date: pd.Timestamp, precision: str, *, latest: pd.Timestamp | None = None) -> str:
    """7 October 1960, December 2008, 1991; 'between 2 December 2016 and 2 December 2019' for a range."""
    if precision == "range" and latest is not None and not pd.isna(latest):
        return f"between {date:%-d %B %Y} and {latest:%-d %B %Y}"
    if precision == "year":
        return f"{date:%Y}"
    if precision == "month":
        return f"{date:%B %Y}"
    return f"{date:%-d %B %Y}"


def format_span(
    start: pd.Timestamp,
    start_precision: str,
    end: pd.Timestamp | None = None,
    end_precision: str | None = None,
) -> str:
    """An event's date, with its end when it has one: 10–19 December 2019, October 2018 – March 2019."""
    if end is None or pd.isna(end):
        return format_date(start, start_precision)
    same_month = (start.year, start.month) == (end.year, end.month)
    if start_precision == end_precision == "day" and same_month:
        return f"{start:%-d}–{end:%-d %B %Y}"
    if start_precision == "month" and end_precision == "day" and same_month:
        return f"{start:%B %Y}, until {end:%-d %B}"
    return f"{format_date(start, start_precision)} – {format_date(end, end_precision or 'day')}"


def period_label(start: pd.Timestamp, end: pd.Timestamp) -> str:
    """2023, or January–May 2025 for a part of a year."""
    if start.year == end.year and (start.month, start.day, end.month, end.day) == (1, 1, 12, 31):
        return str(start.year)
    if start.year == end.year:
        return f"{start:%B}–{end:%B %Y}" if start.month != end.month else f"{start:%B %Y}"
    return f"{start:%B %Y}–{end:%B %Y}"
