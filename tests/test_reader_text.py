"""Reader-visible text says what a reader needs about the world and the source, never how the
dataset was made: no research notes, file names, section numbers, row ids or working words.

Plain pandas on purpose: this test must not depend on the `relations` package.
"""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd
import pytest

DATA = Path(__file__).resolve().parent.parent / "data"

# file -> (column naming the row, reader-visible text columns). Verbatim source text (quote
# `text`, `excerpt`, `source_excerpt`, `source_cell`, `claim_text`, `products`) is left out: it
# is the source's words and stays as published.
READER_COLUMNS: dict[str, tuple[str | None, tuple[str, ...]]] = {
    "sources.csv": ("source_id", ("title", "title_english", "publisher", "author", "caution")),
    "trade.csv": (None, ("note",)),
    "tourism.csv": ("observation_id", ("note",)),
    "education.csv": ("observation_id", ("note",)),
    "products.csv": ("statement_id", ("note", "excerpt_english")),
    "indicators.csv": (None, ("note",)),
    "timeline.csv": ("event_id", ("title", "description", "date_note")),
    "quotes.csv": (
        "quote_id",
        (
            "date_note",
            "event",
            "speaker",
            "speaker_role",
            "language_note",
            "english_part",
            "english_note",
            "dashboard_translation",
        ),
    ),
    "claims.csv": ("claim_id", ("note",)),
    "conflicts.csv": ("conflict_id", ("subject", "note")),
    "eras.csv": ("era_id", ("title", "description")),
}

# Words about the making of the dataset. Matched case-insensitively, except words written in
# capitals (FLAGGED, TODO), which are matched as written.
WORKING_WORDS = [
    "research",
    "extract",
    "data-facts",
    "more-facts",
    "quote-translations",
    "§",
    "by us",
    "our judgement",
    "not recorded",
    "headline not",
    "URL slug",
    "kiwix",
    "commit ",
    "FLAGGED",
    "Keep out of charts",
    "Same talks",
    "Same meeting",
    "Same article",
    "Same news conference",
    "Same interview",
    "Same press statements",
    "Same statements",
    "Same ceremony",
    "Same plenary",
    "TODO",
    "stated by us",
    "second source",
    "excerpt segment",
    "as computed",
    "occasion not stated",
    "Russian original of",
    "via GitHub",
    "mirror snapshot",
    "IMF DOTS",
    "REPORTED SPEECH",
    "FORECAST",
    "record both",
    "Repository HEAD",
    "language cell",
    "the supplement",
    "count differently",
    "resolved by",
    "resolved from",
    "both figures are kept",
    "inconsistent with every",
    "left empty",
]

# Row ids from this dataset (any id with a digit in it, e.g. `mf-a64`, `ru-la-2016`) must not
# appear in another row's reader text; nor a bare research reference such as "A62".
RESEARCH_REFERENCE = re.compile(r"\b(?:[A-C]\d{2}|mf-[abc]\S*|df-\S+|eef2023-\d+)\b")


def _read(file: str) -> pd.DataFrame:
    return pd.read_csv(DATA / file, dtype=str, keep_default_na=False, encoding="utf-8-sig")


def _known_ids() -> set[str]:
    ids: set[str] = set()
    for file, (key, _) in READER_COLUMNS.items():
        if key:
            ids.update(i for i in _read(file)[key] if re.search(r"\d", i))
    return ids


def _row_name(frame: pd.DataFrame, key: str | None, index: int) -> str:
    if key:
        return f"{key} {frame.at[index, key]}"
    row = frame.loc[index]
    what = ", ".join(
        f"{column} {row[column]}"
        for column in ("indicator", "year", "measure", "exporter", "series", "source_id")
        if column in frame.columns and row[column]
    )
    return f"row {index + 1} ({what})"


def _found(text: str) -> list[str]:
    hits = []
    for word in WORKING_WORDS:
        if word.isupper():
            if word in text:
                hits.append(word)
        elif word.lower() in text.lower():
            hits.append(word)
    hits += [m.group(0) for m in RESEARCH_REFERENCE.finditer(text)]
    return hits


def known_gaps() -> str:
    readme = (DATA / "README.md").read_text(encoding="utf-8")
    return readme.split("## Known gaps", 1)[1]


def test_every_listed_column_exists() -> None:
    for file, (key, columns) in READER_COLUMNS.items():
        header = list(_read(file).columns)
        missing = [c for c in (key, *columns) if c and c not in header]
        assert not missing, f"{file}: columns {missing} are not in the file"


@pytest.mark.parametrize("file", sorted(READER_COLUMNS))
def test_reader_text_has_no_working_words(file: str) -> None:
    key, columns = READER_COLUMNS[file]
    frame = _read(file)
    ids = sorted(_known_ids(), key=len, reverse=True)
    any_id = re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, ids)) + r")(?![\w-])")
    failures = []
    for column in columns:
        for index, text in frame[column].items():
            own = frame.at[index, key] if key else None
            words = _found(text)
            words += [m.group(0) for m in any_id.finditer(text) if m.group(0) != own]
            failures += [
                f"{file}, column {column}, {_row_name(frame, key, index)}: {word!r}"
                for word in dict.fromkeys(words)
            ]
    assert not failures, "Working words in reader text:\n" + "\n".join(failures)


def test_known_gaps_have_no_working_words() -> None:
    words = _found(known_gaps())
    assert not words, f"data/README.md, section Known gaps: {words}"


def test_known_gaps_section_is_found() -> None:
    assert "Trade 2023–2025" in known_gaps()
