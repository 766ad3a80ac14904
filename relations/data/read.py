"""Bytes -> validated, typed DataFrame, or a DataError naming file, column, row and value. Pure:
no cache, no Streamlit."""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

import pandas as pd
import pandera.pandas as pa
import pyarrow as pa_arrow
import pyarrow.csv as pa_csv

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


def _parse_rows(text: str, file: str, header: list[str]) -> pd.DataFrame:
    try:
        table = pa_csv.read_csv(
            io.BytesIO(text.encode("utf-8")),
            convert_options=pa_csv.ConvertOptions(
                column_types={name: pa_arrow.string() for name in header},
                strings_can_be_null=True,
                null_values=[""],
            ),
        )
    except pa_arrow.ArrowInvalid as error:
        message = str(error).removeprefix("CSV parse error: ")
        bad = message.split(": ", 1)[-1]
        lines = text.splitlines()
        rows = tuple(i for i, line in enumerate(lines) if i > 0 and line == bad)[:1]
        raise DataError(
            file,
            [Problem(None, f"{len(header)} comma-separated fields per row ({message})", rows=rows)],
        ) from None
    return table.to_pandas()


def _coerce(frame: pd.DataFrame, file: str, model: type[pa.DataFrameModel]) -> pd.DataFrame:
    """Turn the text cells into declared types, reporting every cell that does not convert."""
    problems = []
    typed = {}
    for name, dtype in columns_of(model).items():
        text = frame[name]
        present = text.notna()
        if dtype in ("int64", "Int64"):
            numbers = pd.to_numeric(text, errors="coerce")
            bad = present & (numbers.isna() | (numbers % 1 != 0))
            expected = "a whole number"
            converted = numbers.astype("Int64" if dtype == "Int64" else "float64")
        elif dtype == "float64":
            converted = pd.to_numeric(text, errors="coerce")
            bad = present & converted.isna()
            expected = "a number (use . as the decimal point, no thousands separators)"
        elif dtype.startswith("datetime64"):
            converted = pd.to_datetime(text, format="%Y-%m-%d", errors="coerce")
            bad = present & converted.isna()
            expected = "a date written YYYY-MM-DD"
        elif dtype == "bool":
            lowered = text.str.lower()
            converted = lowered.map({"true": True, "false": False})
            bad = present & converted.isna()
            expected = "true or false"
        else:
            converted = text
            bad = pd.Series(False, index=text.index)
            expected = ""
        if bad.any():
            rows = tuple(int(i) + 1 for i in bad[bad].index)
            found = tuple(str(v) for v in text[bad].head(5))
            problems.append(Problem(name, expected, rows=rows, found=found))
        typed[name] = converted
    if problems:
        raise DataError(file, problems)
    return pd.DataFrame(typed, index=frame.index)


_ARROW_TYPES = {
    "int64": pa_arrow.int64(),
    "Int64": pa_arrow.int64(),
    "float64": pa_arrow.float64(),
    "bool": pa_arrow.bool_(),
}


def _parse_typed(
    raw: bytes, header: list[str], model: type[pa.DataFrameModel]
) -> pd.DataFrame | None:
    """The fast path: pyarrow parses every column straight into its declared type.

    Returns None when any cell does not convert (or a row is malformed), so the caller can
    take the slow path that reports each bad cell by column and row.
    """
    declared = columns_of(model)
    types = {}
    for name in header:
        dtype = declared[name]
        if dtype.startswith("datetime64"):
            types[name] = pa_arrow.timestamp("s")
        else:
            types[name] = _ARROW_TYPES.get(dtype, pa_arrow.string())
    try:
        table = pa_csv.read_csv(
            io.BytesIO(raw),
            convert_options=pa_csv.ConvertOptions(
                column_types=types,
                strings_can_be_null=True,
                null_values=[""],
                true_values=["true", "True", "TRUE"],
                false_values=["false", "False", "FALSE"],
                timestamp_parsers=["%Y-%m-%d"],
            ),
        )
    except pa_arrow.ArrowInvalid:
        return None
    frame = table.to_pandas()
    for name, dtype in declared.items():
        column = frame[name]
        if dtype == "Int64":
            frame[name] = column.astype("Int64")
        elif dtype.startswith("datetime64"):
            frame[name] = column.astype(dtype)
        elif dtype in ("int64", "bool") and column.isna().any():
            return None  # an empty cell in a required typed column: let the slow path name it
    return frame[list(declared)]


_CHECK_WORDS = [
    (re.compile(r"^isin\((.*)\)$"), lambda m: f"one of {m.group(1)}"),
    (
        re.compile(r"^greater_than_or_equal_to\((.*)\)$"),
        lambda m: f"a value of at least {m.group(1)}",
    ),
    (re.compile(r"^less_than_or_equal_to\((.*)\)$"), lambda m: f"a value of at most {m.group(1)}"),
    (re.compile(r"^str_matches\('(.*)'\)$"), lambda m: f"text matching the pattern {m.group(1)}"),
    (re.compile(r"^field_uniqueness$"), lambda m: "a unique value (this one is repeated)"),
    (re.compile(r"^not_nullable$"), lambda m: "a value (the cell is empty)"),
]


def _describe_check(check: str) -> tuple[str | None, str]:
    """Pandera's check name -> (column named in a custom check, readable expectation)."""
    for pattern, words in _CHECK_WORDS:
        match = pattern.match(check)
        if match:
            return None, words(match)
    column, _, expected = check.partition(": ")
    return (column, expected) if expected else (None, check)


def _validate(frame: pd.DataFrame, file: str, model: type[pa.DataFrameModel]) -> pd.DataFrame:
    try:
        return model.validate(frame, lazy=True)
    except pa.errors.SchemaErrors as errors:
        cases = errors.failure_cases
        merged: dict[tuple[str | None, str], tuple[set[int], list[str]]] = {}
        for (column, check), group in cases.groupby(["column", "check"], sort=False, dropna=False):
            named, expected = _describe_check(str(check))
            target = named or (column if column in frame.columns else None)
            rows, found = merged.setdefault((target, expected), (set(), []))
            rows.update(int(i) + 1 for i in group["index"].dropna())
            if not named and check != "not_nullable":
                found.extend(str(v) for v in group["failure_case"] if str(v) not in found)
        problems = [
            Problem(target, expected, rows=tuple(sorted(rows)), found=tuple(found[:5]))
            for (target, expected), (rows, found) in merged.items()
        ]
        raise DataError(file, problems) from None


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
    typed = _parse_typed(raw, header, model)
    if typed is None:  # a cell does not convert or a byte is not UTF-8: the slow path names each
        text = decode(raw, file)
        typed = _coerce(_parse_rows(text, file, header), file, model)
    return _validate(typed, file, model)


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
