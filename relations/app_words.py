"""The words of the app's frame: page config, navigation titles and the sidebar note."""

from __future__ import annotations

import pandas as pd

from relations import words

PAGE_TITLE = "Laos–Russia relations"

# Navigation titles, by page file.
OVERVIEW = "Overview"
TRADE = "Trade"
TOURISM = "Tourism"
TIMELINE = "Timeline"
QUOTES = "Quotes"
SOURCES = "Sources & data"

ABOUT = (
    "A public dashboard on Laos–Russia relations since 1960: trade, tourism, a timeline and "
    "what leaders said. Every figure carries its source, its reporter and whether it is "
    "reported, estimated or derived."
)
RUNS_TO = "The collection runs to {day}."
SOURCES_LINK = "Where every number comes from"


def runs_to(latest: pd.Timestamp) -> str:
    """'The collection runs to 13 December 2025.'"""
    return RUNS_TO.format(day=words.day(latest))
