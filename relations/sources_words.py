"""Sources & data in words: the page's headings, notes, table labels and download labels.

Every reader-facing string of the Sources & data page, written from named templates with
numbers from `relations.words`. Pure: frames and counts in, text out.
"""

from __future__ import annotations

import pandas as pd

from relations import words

TITLE = "Sources & data"
INTRO = "Where every number comes from, the files themselves, and what is missing."
DOWNLOADS = "Download the data"
DOWNLOADS_NOTE = (
    "CSV, UTF-8. A cell that starts with = + - or @ is prefixed with ' so a spreadsheet shows "
    "it as text."
)
SOURCES_HEADING = "{count} sources"
DOWNLOAD_LABEL = "{title} ({rows} rows)"
GAPS = "Known gaps"
DICTIONARY = "Data dictionary"

# The table of sources: column -> label, in the order shown. `url` shows as a link reading LINK.
SOURCE_COLUMNS = {
    "rows_total": "Rows citing it",
    "title": "Title",
    "title_english": "Title in English (translated by this dashboard)",
    "publisher": "Publisher",
    "kind": "Kind",
    "published": "Published",
    "url": "Link",
    "caution": "Caution",
    "source_id": "Source id",
}
LINK = "open"
# A title not in English, with this dashboard's English gloss beside it.
GLOSSED = "{title} (in English: {gloss})"

DATASET_TITLES = {
    "trade": "Trade flows",
    "tourism": "Russian visitors to Laos",
    "education": "Education flows",
    "products": "What is traded (statements)",
    "indicators": "Laos context series",
    "timeline": "Timeline events",
    "eras": "Eras of the relationship",
    "quotes": "Quotes",
    "claims": "Numeric claims in quotes",
    "conflicts": "Where sources disagree",
    "sources": "Sources",
}

CONFLICTS = "Where the sources disagree"
CONFLICTS_NOTE = (
    "Figures and facts that two sources in this collection give differently, each in its "
    "source's own words. Both are kept; neither is corrected."
)
CONFLICT = "{subject}: “{first_says}” ({first_source}), against “{second_says}” ({second_source})."
CONFLICT_NOTE = "{line} {note}"


def conflict_lines(table: pd.DataFrame) -> list[str]:
    """One line a conflict (`disputes.table`): both sides in their own words, with sources."""
    lines = []
    for row in table.itertuples(index=False):
        line = CONFLICT.format(
            subject=row.subject,
            first_says=row.first_says.rstrip(". "),
            first_source=row.first_source,
            second_says=row.second_says.rstrip(". "),
            second_source=row.second_source,
        )
        lines.append(CONFLICT_NOTE.format(line=line, note=row.note) if row.note else line)
    return lines


def titled(title: str, gloss: object = None) -> str:
    """A source's title as published, followed by its English gloss when it has one."""
    if isinstance(gloss, str) and gloss.strip():
        return GLOSSED.format(title=title, gloss=gloss)
    return title


def sources_heading(count: int) -> str:
    return SOURCES_HEADING.format(count=words.count(count))


def download_label(name: str, rows: int) -> str:
    return DOWNLOAD_LABEL.format(title=DATASET_TITLES[name], rows=words.count(rows))


def download_labels(frames: dict[str, pd.DataFrame]) -> dict[str, str]:
    """dataset -> its button's label, in the order of DATASET_TITLES, for the files that loaded."""
    return {
        name: download_label(name, len(frames[name])) for name in DATASET_TITLES if name in frames
    }
