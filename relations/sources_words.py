"""Sources & data in words: the page's headings, notes, table labels and download labels.

Every reader-facing string of the Sources & data page, written from named templates with
numbers from `relations.words`. Pure: frames and counts in, text out.
"""

from __future__ import annotations

import pandas as pd

from relations import i18n, words
from relations.i18n import N_, Nn_, _

TITLE = N_("Sources & data")
INTRO = N_("Where every number comes from, the files themselves, and what is missing.")
DOWNLOADS = N_("Download the data")
DOWNLOADS_NOTE = N_(
    "CSV, UTF-8. A cell that starts with = + - or @ is prefixed with ' so a spreadsheet shows "
    "it as text."
)
SOURCES_HEADING = Nn_("{count} source", "{count} sources")
DOWNLOAD_LABEL = N_("{title} ({rows} rows)")
GAPS = N_("Known gaps")
DICTIONARY = N_("Data dictionary")
IN_ENGLISH = N_(
    "The known gaps and the data dictionary document the files themselves and are written in "
    "English, as are the files' column names."
)
LANGUAGES = N_("Languages")
LANGUAGES_NOTE = N_(
    "The Russian and Lao interface, and the Russian and Lao versions of this dashboard's own "
    "texts (event titles and descriptions, era names, notes on figures), are this dashboard's "
    "own translations. Quotes, source titles and source excerpts are never translated: they "
    "stay as published, with an English version beside a quote where one exists. Numbers and "
    "dates are written in the reader's language."
)
CORRECTIONS = N_(
    "To correct a translation of the interface, edit its message in "
    "`relations/locale/ru/LC_MESSAGES/messages.po` (Russian) or "
    "`relations/locale/lo/LC_MESSAGES/messages.po` (Lao); to correct a translated event, era "
    "or note, edit its row in `data/translations.csv`. Then send the change as a pull request."
)

# The table of sources: column -> label, in the order shown. `url` shows as a link reading LINK.
SOURCE_COLUMNS = {
    "rows_total": N_("Rows citing it"),
    "title": N_("Title"),
    "title_english": N_("Title in English (translated by this dashboard)"),
    "publisher": N_("Publisher"),
    "kind": N_("Kind"),
    "published": N_("Published"),
    "url": N_("Link"),
    "caution": N_("Caution"),
    "source_id": N_("Source id"),
}
LINK = N_("open")
# A title not in English, with this dashboard's English gloss beside it.
GLOSSED = N_("{title} (in English: {gloss})")

DATASET_TITLES = {
    "trade": N_("Trade flows"),
    "tourism": N_("Russian visitors to Laos"),
    "education": N_("Education flows"),
    "products": N_("What is traded (statements)"),
    "indicators": N_("Laos context series"),
    "timeline": N_("Timeline events"),
    "eras": N_("Eras of the relationship"),
    "quotes": N_("Quotes"),
    "claims": N_("Numeric claims in quotes"),
    "conflicts": N_("Where sources disagree"),
    "sources": N_("Sources"),
    "translations": N_("Russian and Lao versions of the dashboard's own texts"),
}

CONFLICTS = N_("Where the sources disagree")
CONFLICTS_NOTE = N_(
    "Figures and facts that two sources in this collection give differently, each in its "
    "source's own words. Both are kept; neither is corrected."
)
CONFLICT = N_(
    "{subject}: “{first_says}” ({first_source}), against “{second_says}” ({second_source})."
)
CONFLICT_NOTE = N_("{line} {note}")


def conflict_lines(table: pd.DataFrame) -> list[str]:
    """One line a conflict (`disputes.table`): both sides in their own words, with sources."""
    lines = []
    for row in table.itertuples(index=False):
        line = _(CONFLICT).format(
            subject=row.subject,
            first_says=row.first_says.rstrip(". "),
            first_source=row.first_source,
            second_says=row.second_says.rstrip(". "),
            second_source=row.second_source,
        )
        lines.append(_(CONFLICT_NOTE).format(line=line, note=row.note) if row.note else line)
    return lines


def titled(title: str, gloss: object = None) -> str:
    """A source's title as published, followed by its English gloss when it has one."""
    if isinstance(gloss, str) and gloss.strip():
        return _(GLOSSED).format(title=title, gloss=gloss)
    return title


def sources_heading(count: int) -> str:
    return i18n.plural(SOURCES_HEADING, count).format(count=words.count(count))


def download_label(name: str, rows: int) -> str:
    return _(DOWNLOAD_LABEL).format(title=_(DATASET_TITLES[name]), rows=words.count(rows))


def download_labels(frames: dict[str, pd.DataFrame]) -> dict[str, str]:
    """dataset -> its button's label, in the order of DATASET_TITLES, for the files that loaded."""
    return {
        name: download_label(name, len(frames[name])) for name in DATASET_TITLES if name in frames
    }
