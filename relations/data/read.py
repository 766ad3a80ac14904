"""Bytes -> validated, typed DataFrame, or a DataError naming file, column, row and value. Pure:
no cache, no Streamlit.

Three steps: the bytes must be UTF-8 (a BOM is fine), every row of the CSV is read as text,
and the file's pandera model validates it lazily, its `coerce` turning the text into the
declared types. What pandera reports (which check, on which column, at which rows) becomes
one Problem a column and expectation, with the cells as they are written in the file.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pandas as pd
import pandera.pandas as pa
import pyarrow as pa_arrow
import pyarrow.csv as pa_csv
from pandera import dtypes
from pandera.errors import SchemaErrorReason

from relations.data.errors import DataError, Problem
from relations.data.schemas import DATASETS, Dataset, columns_of


def decode(raw: bytes, file: str) -> str:
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        header = next(csv.reader([raw.split(b"\n", 1)[0].decode("utf-8", "replace")]), [])
        line_start = raw.rfind(b"\n", 0, error.start) + 1
        field = raw[line_start : error.start].decode("utf-8", "replace").count(",")
        column = header[field] if line > 1 and field < len(header) else None
        raise DataError(
            file,
            [
                Problem(
                    column,
                    f"UTF-8 text; byte {raw[error.start]:#04x} at byte offset {error.start} is not UTF-8 "
                    "(save the file as UTF-8)",
                    rows=(line - 1,) if line > 1 else (),
                )
            ],
        ) from None


def _cells(raw: bytes, file: str, header: list[str]) -> pd.DataFrame:
    """Every cell as text, an empty cell as missing; a row with too many or too few fields
    is named by its number."""
    try:
        table = pa_csv.read_csv(
            io.BytesIO(raw),
            convert_options=pa_csv.ConvertOptions(
                column_types=dict.fromkeys(header, pa_arrow.string()),
                strings_can_be_null=True,
                null_values=[""],
            ),
        )
    except pa_arrow.ArrowInvalid:
        decode(raw, file)  # a byte that is not UTF-8 is named by its position
        rows = csv.reader(io.StringIO(raw.decode("utf-8-sig")))
        bad = next(
            ((number, len(row)) for number, row in enumerate(rows) if len(row) != len(header)),
            None,
        )
        expected = f"{len(header)} comma-separated fields per row"
        if bad:
            expected += f", not {bad[1]} (a cell holding a comma goes in double quotes)"
        raise DataError(file, [Problem(None, expected, rows=(bad[0],) if bad else ())]) from None
    return table.to_pandas()


def _arrow_type(dtype: dtypes.DataType) -> pa_arrow.DataType:
    if dtypes.is_int(dtype):
        return pa_arrow.int64()
    if dtypes.is_float(dtype):
        return pa_arrow.float64()
    if dtypes.is_datetime(dtype):
        return pa_arrow.timestamp("s")
    if dtypes.is_bool(dtype):
        return pa_arrow.bool_()
    return pa_arrow.string()


def _typed(raw: bytes, model: type[pa.DataFrameModel]) -> pd.DataFrame | None:
    """The fast path: pyarrow parses each column straight into its declared type (about 1.6
    times faster than text cells cast by pandera's coerce, at a million trade rows). None when a
    cell does not parse, so the text path names it."""
    columns = model.to_schema().columns
    try:
        table = pa_csv.read_csv(
            io.BytesIO(raw),
            convert_options=pa_csv.ConvertOptions(
                column_types={name: _arrow_type(c.dtype) for name, c in columns.items()},
                strings_can_be_null=True,
                null_values=[""],
                true_values=["true", "True", "TRUE"],
                false_values=["false", "False", "FALSE"],
                timestamp_parsers=["%Y-%m-%d"],
            ),
        )
    except pa_arrow.ArrowInvalid:
        return None
    return table.to_pandas()


def _type_words(dtype: dtypes.DataType) -> str:
    if dtypes.is_int(dtype):
        return "a whole number"
    if dtypes.is_float(dtype):
        return "a number (use . as the decimal point, no thousands separators)"
    if dtypes.is_datetime(dtype):
        return "a date written YYYY-MM-DD"
    if dtypes.is_bool(dtype):
        return "true or false"
    return f"a value of type {dtype}"


def _shown(value: Any) -> str:
    return value.date().isoformat() if isinstance(value, pd.Timestamp) else str(value)


# Pandera's built-in checks by name, in words, from the statistics the check was built with.
_BUILT_IN: dict[str, Callable[[dict[str, Any]], str]] = {
    "greater_than_or_equal_to": lambda s: f"a value of at least {_shown(s['min_value'])}",
    "less_than_or_equal_to": lambda s: f"a value of at most {_shown(s['max_value'])}",
    "isin": lambda s: "one of " + ", ".join(repr(v) for v in s["allowed_values"]),
    "str_matches": lambda s: f"text matching the pattern {s['pattern']}",
}


def _expected(error: pa.errors.SchemaError) -> tuple[str | None, str]:
    """(the column to look at, what it should hold) for one of pandera's findings."""
    column = getattr(error.schema, "name", None) if isinstance(error.schema, pa.Column) else None
    reason = error.reason_code
    if reason is SchemaErrorReason.DATATYPE_COERCION:
        return column, _type_words(error.schema.dtype)
    if reason is SchemaErrorReason.SERIES_CONTAINS_NULLS:
        return column, "a value (the cell is empty)"
    if reason is SchemaErrorReason.SERIES_CONTAINS_DUPLICATES:
        return column, "a unique value (this one is repeated)"
    check = error.check
    if isinstance(check, pa.Check):
        statistics = check.statistics or {}
        if check.name in _BUILT_IN:
            return column, _BUILT_IN[check.name](statistics)
        return statistics.get("column", column), check.error or str(check.name)
    return column, str(check)


def _failed_rows(error: pa.errors.SchemaError) -> list[int]:
    cases = error.failure_cases
    if not isinstance(cases, pd.DataFrame) or "index" not in cases:
        return []
    if error.reason_code is SchemaErrorReason.DATATYPE_COERCION:
        cases = cases[cases["failure_case"].notna()]  # an empty cell: the not-null check names it
    return sorted({int(i) for i in cases["index"].dropna()})


def _problems(failure: pa.errors.SchemaErrors, cells: pd.DataFrame) -> list[Problem]:
    errors = failure.schema_errors
    uncoerced = {
        e.schema.name for e in errors if e.reason_code is SchemaErrorReason.DATATYPE_COERCION
    }
    merged: dict[tuple[str | None, str], set[int]] = {}
    for error in errors:
        reason = error.reason_code
        if reason is SchemaErrorReason.WRONG_DATATYPE:
            continue  # follows from a cell that did not convert, named by the coercion
        if uncoerced and not isinstance(error.schema, pa.Column):
            continue  # a check across columns, run with one of them left as text
        column, expected = _expected(error)
        if column in uncoerced and reason not in (
            SchemaErrorReason.DATATYPE_COERCION,
            SchemaErrorReason.SERIES_CONTAINS_NULLS,
        ):
            continue  # the column's other checks ran on text, not on its values
        rows = _failed_rows(error)
        if rows or reason is not SchemaErrorReason.DATATYPE_COERCION:
            merged.setdefault((column, expected), set()).update(rows)
    problems = []
    for (column, expected), rows in merged.items():
        shown = sorted(rows)
        found: tuple[str, ...] = ()
        if column in cells and expected != "a value (the cell is empty)":
            written = cells[column].iloc[shown[:1000]].dropna()
            found = tuple(dict.fromkeys(str(v) for v in written))[:5]
        problems.append(Problem(column, expected, rows=tuple(r + 1 for r in shown), found=found))
    return problems


_BLANK = re.compile(rb"(?:\xef\xbb\xbf)?\s*")


def read_dataset(path: Path, model: type[pa.DataFrameModel]) -> pd.DataFrame:
    """Read one CSV and check it against its schema (no cross-file checks, no cache)."""
    file = path.name
    if not path.is_file():
        raise DataError(file, [Problem(None, f"a file at {path}, but there is none")])
    raw = path.read_bytes()
    expected_columns = list(columns_of(model))
    if _BLANK.fullmatch(raw):  # (a scan, not a stripped copy of the whole file)
        raise DataError(
            file,
            [
                Problem(
                    None,
                    "a header row and data; the file is empty. Columns: "
                    + ", ".join(expected_columns),
                )
            ],
        )
    end = raw.find(b"\n")
    header = next(csv.reader([decode(raw[: end if end >= 0 else len(raw)], file).rstrip("\r")]))
    problems = [
        Problem(name, "this column (it is missing from the header row)")
        for name in expected_columns
        if name not in header
    ]
    problems += [
        Problem(name, "only the documented columns (this one is unknown; see data/README.md)")
        for name in header
        if name not in expected_columns
    ]
    duplicated = sorted({name for name in header if header.count(name) > 1})
    problems += [Problem(name, "each column once in the header row") for name in duplicated]
    if problems:
        raise DataError(file, problems)
    typed = _typed(raw, model)
    if typed is not None:
        try:
            return model.validate(typed, lazy=True)[expected_columns]
        except pa.errors.SchemaErrors:
            pass  # named below from the cells as written, the same whichever path read them
    cells = _cells(raw, file, header)
    try:
        return model.validate(cells, lazy=True)[expected_columns]
    except pa.errors.SchemaErrors as failure:
        raise DataError(file, _problems(failure, cells)) from None


def check_references(
    frame: pd.DataFrame, dataset: Dataset, targets: dict[str, pd.DataFrame]
) -> None:
    problems = []
    for column, target_name, target_column in dataset.references:
        known = set(targets[target_name][target_column])
        # An empty cell of a nullable column (an open-ended era) refers to nothing.
        missing = frame[column].notna() & ~frame[column].isin(known)
        if missing.any():
            problems.append(
                Problem(
                    column,
                    f"an id listed in {DATASETS[target_name].file} (column {target_column})",
                    rows=tuple(int(i) + 1 for i in missing[missing].index),
                    found=tuple(dict.fromkeys(frame.loc[missing, column].astype(str)))[:5],
                )
            )
    if problems:
        raise DataError(dataset.file, problems)


def dependencies(name: str) -> list[str]:
    """The dataset and every dataset it references, directly or not."""
    names = [name]
    for _, target, _ in DATASETS[name].references:
        names += dependencies(target)
    return names


def check_folder(folder: Path) -> list[DataError]:
    """Every file of a folder against the app's rules: its schema, then its references to the
    files that passed. One DataError a broken file; none when the folder is clean."""
    frames: dict[str, pd.DataFrame] = {}
    failures = []
    for name, dataset in DATASETS.items():
        try:
            frames[name] = read_dataset(folder / dataset.file, dataset.model)
        except DataError as error:
            failures.append(error)
    for name, dataset in DATASETS.items():
        targets = {target for _, target, _ in dataset.references}
        if name in frames and targets <= frames.keys():
            try:
                check_references(frames[name], dataset, frames)
            except DataError as error:
                failures.append(error)
    return failures
