"""Every bad-input case of the data layer, for every CSV: mutations of a copy of data/.

Each case returns the column the error must name (None for file-level cases), so the UI
matrix can assert that the message names the file, the column and the row.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from pathlib import Path

from relations.data import schemas

Mutation = Callable[[Path], "str | None"]


def _rows(path: Path) -> list[list[str]]:
    return list(csv.reader(io.StringIO(path.read_text(encoding="utf-8"))))


def _write(path: Path, rows: list[list[str]]) -> None:
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows(rows)
    path.write_text(out.getvalue(), encoding="utf-8")


def _set_cell(path: Path, column: str, value: str, row: int = 1) -> str:
    rows = _rows(path)
    rows[row][rows[0].index(column)] = value
    _write(path, rows)
    return column


def _columns(name: str, predicate: Callable[[str, object], bool]) -> list[str]:
    schema = schemas.DATASETS[name].model.to_schema()
    return [c for c, column in schema.columns.items() if predicate(str(column.dtype), column)]


def _has_range(column: object) -> bool:
    return any("greater_than_or_equal_to" in str(check) for check in column.checks)


def cases(name: str) -> dict[str, Mutation]:
    """case name -> mutation of the folder; the mutation returns the column to be named."""
    file = schemas.DATASETS[name].file
    found: dict[str, Mutation] = {}

    def missing_file(folder: Path) -> None:
        (folder / file).unlink()

    def empty(folder: Path) -> None:
        (folder / file).write_text("", encoding="utf-8")

    def missing_column(folder: Path) -> str:
        rows = _rows(folder / file)
        column = rows[0][-1]
        _write(folder / file, [row[:-1] for row in rows])
        return column

    def non_utf8(folder: Path) -> str:
        path = folder / file
        rows = _rows(path)
        column = rows[0][0]
        raw = path.read_bytes()
        first_line_end = raw.index(b"\n") + 1
        path.write_bytes(raw[:first_line_end] + b"\xff" + raw[first_line_end:])
        return column

    found |= {
        "missing file": missing_file,
        "empty file": empty,
        "missing column": missing_column,
        "non-UTF-8 bytes": non_utf8,
    }
    typed = _columns(name, lambda dtype, _: dtype in ("int64", "float64", "Int64"))
    if typed:
        found["wrong type"] = lambda folder, c=typed[0]: _set_cell(folder / file, c, "not-a-number")
    dated = _columns(
        name, lambda dtype, column: dtype.startswith("datetime") and not column.nullable
    )
    if dated:
        found["unparseable date"] = lambda folder, c=dated[0]: _set_cell(
            folder / file, c, "2023-13-45"
        )
    ranged = _columns(
        name, lambda dtype, column: dtype in ("int64", "float64") and _has_range(column)
    )
    if ranged:
        found["out of range"] = lambda folder, c=ranged[0]: _set_cell(folder / file, c, "-5")
    unique = _columns(name, lambda _, column: column.unique)
    if unique:

        def duplicate(folder: Path, column: str = unique[0]) -> str:
            rows = _rows(folder / file)
            return _set_cell(folder / file, column, rows[1][rows[0].index(column)], row=2)

        found["duplicate id"] = duplicate
    references = schemas.DATASETS[name].references
    if references:
        found["unresolved reference"] = lambda folder, c=references[0][0]: _set_cell(
            folder / file, c, "no-such-id"
        )
    return found


def all_cases() -> list[tuple[str, str]]:
    return [(name, case) for name in schemas.DATASETS for case in cases(name)]
