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
from collections import Counter
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

import pandas as pd
import pandera.pandas as pa
import pyarrow as pa_arrow
import pyarrow.compute as pa_compute
import pyarrow.csv as pa_csv
from pandera import dtypes
from pandera.errors import SchemaErrorReason

from relations.data.errors import DataError, Problem
from relations.data.schemas import DATASETS, TRANSLATED, Dataset, columns_of

_BOMS = (
    (b"\x00\x00\xfe\xff", "UTF-32"),
    (b"\xff\xfe\x00\x00", "UTF-32"),
    (b"\xfe\xff", "UTF-16"),
    (b"\xff\xfe", "UTF-16"),
)


def _foreign_encoding(raw: bytes) -> str | None:
    """The encoding a file is in when it is plainly not UTF-8 text: UTF-16 or UTF-32 by their
    byte-order mark, or UTF-16 without one (every other byte of its first line is zero)."""
    for mark, name in _BOMS:
        if raw.startswith(mark):
            return name
    start = raw[:4096]
    if b"\x00" not in start:
        return None
    even, odd = start[0::2], start[1::2]
    if odd.count(0) > len(odd) * 0.4 or even.count(0) > len(even) * 0.4:
        return "UTF-16 (without a byte-order mark)"
    return "not text (it holds zero bytes)"


def _encoding_problem(raw: bytes, file: str) -> None:
    found = _foreign_encoding(raw)
    if found is not None:
        raise DataError(
            file, [Problem(None, f"UTF-8 text; the file is {found} (save the file as UTF-8)")]
        )


def decode(raw: bytes, file: str) -> str:
    _encoding_problem(raw, file)
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        header = next(csv.reader([raw.split(b"\n", 1)[0].decode("utf-8", "replace")]), [])
        line_start = raw.rfind(b"\n", 0, error.start) + 1
        field = raw[line_start : error.start].decode("utf-8", "replace").count(",")
        column = header[field] if line > 1 and field < len(header) else None
        try:
            raw.decode("cp1252")
            guess = "; it looks like a one-byte encoding such as Windows-1252 or Latin-1"
        except UnicodeDecodeError:
            guess = ""
        raise DataError(
            file,
            [
                Problem(
                    column,
                    f"UTF-8 text; byte {raw[error.start]:#04x} at byte offset {error.start} is not "
                    f"UTF-8{guess} (save the file as UTF-8)",
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
    cell does not parse, or a number is not finite (inf, nan), so the text path names it."""
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
    for name, column in columns.items():
        if dtypes.is_float(column.dtype):
            finite = pa_compute.is_finite(table[name])  # an empty cell (null) stays null
            if not pa_compute.all(pa_compute.fill_null(finite, True)).as_py():
                return None
    return table.to_pandas()


_NOT_FINITE = re.compile(r"^\s*[+-]?(inf|infinity|nan)\s*$", re.IGNORECASE)
_WHOLE = re.compile(r"^\s*[+-]?\d+\s*$")
_INT64 = (-(2**63), 2**63 - 1)


def _not_finite(cells: pd.DataFrame, model: type[pa.DataFrameModel]) -> list[Problem]:
    """A measurement written inf or nan: Python would read it as a number, but it measures
    nothing (and pandera would take nan for an empty cell)."""
    problems = []
    for name, column in model.to_schema().columns.items():
        if dtypes.is_float(column.dtype) and name in cells:
            written = cells[name].dropna()
            bad = written[written.str.match(_NOT_FINITE)]
            if not bad.empty:
                problems.append(
                    Problem(
                        name,
                        "a finite number (inf and nan measure nothing; leave a gap empty "
                        "where the column allows it)",
                        rows=tuple(int(i) + 1 for i in bad.index),
                        found=tuple(dict.fromkeys(bad))[:5],
                    )
                )
    return problems


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
def _at_least(value: Any) -> str:
    if isinstance(value, pd.Timestamp):
        return f"a date on or after {_shown(value)}"
    return f"a value of at least {_shown(value)}"


def _at_most(value: Any) -> str:
    if isinstance(value, pd.Timestamp):
        return f"a date on or before {_shown(value)}"
    return f"a value of at most {_shown(value)}"


_BUILT_IN: dict[str, Callable[[dict[str, Any]], str]] = {
    "greater_than_or_equal_to": lambda s: _at_least(s["min_value"]),
    "less_than_or_equal_to": lambda s: _at_most(s["max_value"]),
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


_LARGE = "a whole number of at most 19 digits (this one is too large to hold)"


def _too_large(value: object) -> bool:
    return (
        isinstance(value, str)
        and bool(_WHOLE.match(value))
        and not _INT64[0] <= int(value) <= _INT64[1]
    )


def _problems(
    failure: pa.errors.SchemaErrors | None,
    cells: pd.DataFrame,
    model: type[pa.DataFrameModel],
) -> list[Problem]:
    errors = failure.schema_errors if failure is not None else []
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
        if column in cells and reason is SchemaErrorReason.SERIES_CONTAINS_NULLS:
            rows = [r for r in rows if pd.isna(cells[column].iloc[r])]  # nan: not empty
            if not rows:
                continue
        if column in cells and expected == "a whole number":
            written = cells[column].iloc[rows]
            large = [r for r, v in zip(rows, written, strict=True) if _too_large(v)]
            if large:
                merged.setdefault((column, _LARGE), set()).update(large)
                rows = [r for r in rows if r not in set(large)]
                if not rows:
                    continue
        if rows or reason is not SchemaErrorReason.DATATYPE_COERCION:
            merged.setdefault((column, expected), set()).update(rows)
    problems = _not_finite(cells, model)
    named = {(p.column, r - 1) for p in problems for r in p.rows}
    for (column, expected), rows in merged.items():
        shown = sorted(r for r in rows if (column, r) not in named)
        if rows and not shown:
            continue
        found: tuple[str, ...] = ()
        if column in cells and expected != "a value (the cell is empty)":
            written = cells[column].iloc[shown[:1000]].dropna()
            found = tuple(dict.fromkeys(str(v) for v in written))[:5]
        problems.append(Problem(column, expected, rows=tuple(r + 1 for r in shown), found=found))
    return problems


_BLANK = re.compile(rb"(?:\xef\xbb\xbf)?\s*")


def _outside(path: Path, folder: Path) -> bool:
    try:
        path.resolve().relative_to(folder.resolve())
    except ValueError:
        return True
    return False


def refuse_unreadable(path: Path, folder: Path, file: str) -> None:
    """A DataError unless `path` is a file inside the data folder: a link to anything outside
    it is refused without reading it, so nothing from elsewhere is ever echoed."""
    if _outside(path, folder):
        raise DataError(
            file,
            [
                Problem(
                    None,
                    "a file inside the data folder; this one is a link that leads outside it, "
                    "and the app does not read it (copy the file into the data folder instead)",
                )
            ],
        )
    if not path.is_file():
        raise DataError(
            file, [Problem(None, f"a file named {file} in the data folder; there is none")]
        )


def _raw(path: Path, folder: Path, file: str) -> bytes:
    refuse_unreadable(path, folder, file)
    return path.read_bytes()


def empty_frame(dataset: Dataset) -> pd.DataFrame:
    """A frame with the dataset's columns and types and no rows: what a derivation gets in
    place of a broken file it can do without."""
    header = ",".join(columns_of(dataset.model)).encode("utf-8") + b"\n"
    return _validated(header, dataset.model, dataset.file)


def _header_problems(header: list[str], expected_columns: list[str]) -> list[Problem]:
    """Missing, unknown and repeated columns, in one pass over the header (50,000 columns
    take milliseconds, not the minutes a count per column would)."""
    counts = Counter(header)
    expected = set(expected_columns)
    problems = [
        Problem(name, "this column (it is missing from the header row)")
        for name in expected_columns
        if name not in counts
    ]
    problems += [
        Problem(name, "only the documented columns (this one is unknown; see data/README.md)")
        for name in counts
        if name not in expected
    ]
    problems += [
        Problem(name, "each column once in the header row")
        for name in sorted(name for name, count in counts.items() if count > 1)
    ]
    return problems


def read_dataset(
    path: Path, model: type[pa.DataFrameModel], *, folder: Path | None = None
) -> pd.DataFrame:
    """Read one CSV of the data folder (default: the file's own folder) and check it against
    its schema (no cross-file checks, no cache). Any failure is a DataError naming the file as
    the data folder knows it, never a path of the server."""
    folder = path.parent if folder is None else folder
    file = path.name
    raw = _raw(path, folder, file)
    try:
        return _validated(raw, model, file)
    except DataError:
        raise
    except Exception as error:  # nothing of pandas or pyarrow reaches a page
        raise DataError(
            file,
            [
                Problem(
                    None,
                    "a CSV file the reader can take in; it stopped with "
                    f"{type(error).__name__} (please report this file to the maintainers)",
                )
            ],
        ) from None


def _validated(raw: bytes, model: type[pa.DataFrameModel], file: str) -> pd.DataFrame:
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
    _encoding_problem(raw, file)
    end = raw.find(b"\n")
    header = next(csv.reader([decode(raw[: end if end >= 0 else len(raw)], file).rstrip("\r")]))
    problems = _header_problems(header, expected_columns)
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
        validated = model.validate(cells, lazy=True)[expected_columns]
    except pa.errors.SchemaErrors as failure:
        raise DataError(file, _problems(failure, cells, model)) from None
    problems = _not_finite(cells, model)
    if problems:
        raise DataError(file, problems)
    return validated


def degraded(
    path: Path,
    dataset: Dataset,
    error: DataError,
    *,
    folder: Path | None = None,
) -> pd.DataFrame | None:
    """The file read with each bad cell of a column in `dataset.degradable` left empty, when
    those are all its problems (data/README.md says what each such column costs); None when
    the file has any other problem. The caller still reports `error`."""
    columns = set(dataset.degradable)
    if not columns or not all(p.column in columns and p.rows for p in error.problems):
        return None
    folder = path.parent if folder is None else folder
    raw = _raw(path, folder, path.name)
    header = next(csv.reader([decode(raw[: raw.find(b"\n")], path.name).rstrip("\r")]))
    cells = _cells(raw, path.name, header)
    for problem in error.problems:
        cells.loc[[r - 1 for r in problem.rows], problem.column] = None
    relaxed = dataset.model.to_schema().update_columns(
        {column: {"nullable": True} for column in columns}
    )
    try:
        return relaxed.validate(cells, lazy=True)[list(columns_of(dataset.model))]
    except pa.errors.SchemaErrors:
        return None


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


def translation_problems(translations: pd.DataFrame, frames: Mapping[str, pd.DataFrame]) -> list:
    """What translations.csv gets wrong about the texts it translates (TRANSLATED): a row whose
    English is no longer a text of its file's column (stale: the English was edited), and a
    text of a translated column with no row (untranslated). Files not in `frames` are skipped."""
    problems = []
    for name, columns in TRANSLATED.items():
        if name not in frames:
            continue
        file = DATASETS[name].file
        for column in columns:
            texts = frames[name][column].dropna().astype(str)
            texts = set(texts[texts.str.strip() != ""])
            rows = translations[(translations["file"] == file) & (translations["column"] == column)]
            stale = rows[~rows["english"].isin(texts)]
            if not stale.empty:
                problems.append(
                    Problem(
                        "english",
                        f"a text of {file}, column {column} (it was edited or removed there)",
                        rows=tuple(int(i) + 1 for i in stale.index),
                        found=tuple(stale["english"]),
                    )
                )
            untranslated = sorted(texts - set(rows["english"]))
            if untranslated:
                problems.append(
                    Problem(
                        None,
                        f"a row translating each text of {file}, column {column} into ru and lo "
                        f"({len(untranslated)} without one)",
                        found=tuple(untranslated),
                    )
                )
    return problems


def check_folder(folder: Path) -> list[DataError]:
    """Every file of a folder against the app's rules: its schema, then its references to the
    files that passed. One DataError a broken file; none when the folder is clean."""
    frames: dict[str, pd.DataFrame] = {}
    failures = []
    for name, dataset in DATASETS.items():
        try:
            frames[name] = read_dataset(folder / dataset.file, dataset.model, folder=folder)
        except DataError as error:
            failures.append(error)
            kept = degraded(folder / dataset.file, dataset, error, folder=folder)
            if kept is not None:  # its other cells still resolve the ids other files cite
                frames[name] = kept
    for name, dataset in DATASETS.items():
        targets = {target for _, target, _ in dataset.references}
        if name in frames and targets <= frames.keys():
            try:
                check_references(frames[name], dataset, frames)
            except DataError as error:
                failures.append(error)
    if "translations" in frames and (
        problems := translation_problems(frames["translations"], frames)
    ):
        failures.append(DataError(DATASETS["translations"].file, problems))
    return failures
