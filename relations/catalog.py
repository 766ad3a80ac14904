"""The sources: how each is named where a figure cites it, the rows citing it, and the data
dictionary's sections. Pure pandas."""

from __future__ import annotations

import re

import pandas as pd

from relations import sources_words

GAPS_SECTION = "Known gaps"  # the section of data/README.md listing what the data lacks
CITING_COLUMNS = ("source_id", "english_source_id")


def citations(sources: pd.DataFrame, frames: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """Every source with the number of rows citing it, per dataset and in total, most cited
    first (a quote whose published English it holds cites it too). `frames` may hold the
    sources frame itself; it cites nothing."""
    ids = sources["source_id"]
    counts = {
        f"rows_{name}": sum(
            frame[column].value_counts().reindex(ids, fill_value=0).to_numpy()
            for column in CITING_COLUMNS
            if column in frame.columns
        )
        for name, frame in frames.items()
        if "source_id" in frame.columns and frame is not sources
    }
    # One assign, not a column inserted a dataset at a time (a quarter faster on every rerun).
    table = sources.assign(**counts)
    table["rows_total"] = sum(counts.values()) if counts else 0
    if "title_english" in table.columns:  # a title in English needs no gloss: blank, not "None"
        table["title_english"] = table["title_english"].fillna("")
    return table.sort_values(
        ["rows_total", "source_id"], ascending=[False, True], ignore_index=True
    )


def sections(markdown: str) -> dict[str, str]:
    """A markdown document split at its '## ' headings: title -> body."""
    parts = re.split(r"^## (.+)$", markdown, flags=re.M)
    return {
        title.strip(): body.strip() for title, body in zip(parts[1::2], parts[2::2], strict=True)
    }


def documentation(markdown: str) -> tuple[str, dict[str, str]]:
    """data/README.md as (its Known gaps section, every other section: title -> body)."""
    parts = sections(markdown)
    gaps = parts.pop(GAPS_SECTION, "")
    return gaps, parts


def latest_date(*dates: pd.Series) -> pd.Timestamp | None:
    """The latest date in any of the given columns: how far the collection runs."""
    values = [d.max() for d in dates if len(d) and pd.notna(d.max())]
    return max(values) if values else None


def source_names(sources: pd.DataFrame) -> pd.Series:
    """source_id -> how a reader recognises the source: its title, or publisher and title when
    the title alone says little (the summit website's page is titled just "Laos")."""
    short = sources["title"].str.len() < 20
    names = sources["title"].where(~short, sources["publisher"] + ": " + sources["title"])
    if "title_english" in sources.columns:  # a title not in English, with its gloss
        glosses = sources["title_english"].to_numpy()
        names = [sources_words.titled(n, g) for n, g in zip(names, glosses, strict=True)]
    return pd.Series(list(names), index=sources["source_id"], dtype="str")
