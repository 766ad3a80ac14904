"""Where two sources give different figures for the same thing (data/conflicts.csv): which
records each side's words come from, and the table of every conflict. Pure pandas."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import pandas as pd

from relations import catalog

SIDES = (("first", "second"), ("second", "first"))


@dataclass(frozen=True)
class Side:
    """One record (a quote, an event) whose words are one side of a conflict."""

    key: str
    subject: str
    other_says: str
    other_source_id: str


def sides(
    conflicts: pd.DataFrame, records: pd.DataFrame, *, text: str | tuple[str, ...], key: str
) -> Iterator[Side]:
    """The records of `records` that hold one side's words (same source, the words inside
    one of the `text` columns), each with the other side. A side that is a claim is left out:
    its claim's verdict already says so."""
    columns = (text,) if isinstance(text, str) else text
    for _, conflict in conflicts.iterrows():
        for side, other in SIDES:
            if isinstance(conflict[f"{side}_claim_id"], str):
                continue
            own = records[records["source_id"] == conflict[f"{side}_source_id"]]
            says = conflict[f"{side}_says"]
            holds = pd.Series(False, index=own.index)
            for column in columns:
                holds |= own[column].fillna("").str.contains(says, regex=False)
            for found in own.loc[holds, key]:
                yield Side(
                    key=found,
                    subject=conflict["subject"],
                    other_says=conflict[f"{other}_says"],
                    other_source_id=conflict[f"{other}_source_id"],
                )


def table(conflicts: pd.DataFrame, sources: pd.DataFrame) -> pd.DataFrame:
    """Every conflict with both sides named: subject, first_says, first_source, second_says,
    second_source, note (empty when there is none)."""
    names = catalog.source_names(sources)
    return pd.DataFrame(
        {
            "subject": conflicts["subject"],
            "first_says": conflicts["first_says"],
            "first_source": conflicts["first_source_id"]
            .map(names)
            .fillna(conflicts["first_source_id"]),
            "second_says": conflicts["second_says"],
            "second_source": conflicts["second_source_id"]
            .map(names)
            .fillna(conflicts["second_source_id"]),
            "note": conflicts["note"].fillna(""),
        }
    ).reset_index(drop=True)
