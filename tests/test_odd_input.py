"""Odd input the schema cannot hold gets our DataError, in honest words (data layer, no pages).

Dates past what pandas holds, numbers that measure nothing, integers too long to hold, files
in another encoding, links out of the data folder, huge headers; and a broken file is read
once per version, not once a rerun.
"""

from __future__ import annotations

import csv
import io
import os
from pathlib import Path

import pytest

from relations import __main__ as command
from relations.data import errors, load, read, schemas


def _set(folder: Path, name: str, column: str, value: str, row: int = 1) -> None:
    path = folder / schemas.DATASETS[name].file
    rows = list(csv.reader(io.StringIO(path.read_text(encoding="utf-8"))))
    rows[row][rows[0].index(column)] = value
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows(rows)
    path.write_text(out.getvalue(), encoding="utf-8")


def _error(name: str) -> errors.DataError:
    with pytest.raises(errors.DataError) as caught:
        load.dataset(name)
    return caught.value


@pytest.mark.parametrize(
    ("name", "column", "value"),
    [
        ("timeline", "date", "9999-12-31"),
        ("quotes", "date", "9999-12-31"),
        ("tourism", "period_end", "5000-12-31"),
        ("claims", "period_end", "2263-01-01"),  # the first year nanoseconds cannot hold
        ("education", "period_start", "1677-09-21"),
    ],
)
def test_a_date_the_schema_cannot_hold_names_file_column_row_and_value(
    data_copy, name, column, value
):
    _set(data_copy, name, column, value, row=3)
    error = _error(name)
    problem = next(p for p in error.problems if p.column == column)
    assert problem.rows == (3,)
    assert problem.found == (value,)
    assert problem.expected.startswith("a date on or ")
    assert f"{schemas.DATASETS[name].file}, column '{column}', row 3" in str(error)


@pytest.mark.parametrize(
    ("name", "column", "value"),
    [
        ("trade", "value_usd_m", "inf"),
        ("trade", "value_usd_m", "nan"),
        ("indicators", "value", "-inf"),
        ("claims", "value", "NaN"),
        ("claims", "value", "Infinity"),
    ],
)
def test_a_measurement_written_inf_or_nan_is_rejected_as_written(data_copy, name, column, value):
    _set(data_copy, name, column, value, row=2)
    error = _error(name)
    assert [(p.column, p.rows, p.found) for p in error.problems] == [(column, (2,), (value,))]
    assert error.problems[0].expected.startswith("a finite number")
    assert "empty" not in str(error).split("expected", 1)[1].split(";")[0]  # nan is not a gap


def test_inf_beside_another_bad_cell_is_named_too(data_copy):
    _set(data_copy, "trade", "value_usd_m", "inf", row=2)
    _set(data_copy, "trade", "year", "soon", row=4)
    named = {(p.column, p.rows) for p in _error("trade").problems}
    assert {("value_usd_m", (2,)), ("year", (4,))} <= named


@pytest.mark.parametrize(
    ("name", "column", "value"),
    [
        ("trade", "year", "12345678901234567890"),
        ("tourism", "visitors", "99999999999999999999"),
        ("tourism", "total_arrivals", "-12345678901234567890"),
        ("quotes", "sequence", "9223372036854775808"),
    ],
)
def test_an_integer_too_long_to_hold_is_reported_as_written(data_copy, name, column, value):
    _set(data_copy, name, column, value)
    error = _error(name)
    problem = next(p for p in error.problems if p.column == column)
    assert problem.found == (value,)
    assert "too large" in problem.expected
    assert "-9223372036854775808'" not in str(error)


@pytest.mark.parametrize(
    ("encoding", "named"),
    [
        ("utf-16", "UTF-16"),  # with a byte-order mark
        ("utf-16-le", "UTF-16 (without a byte-order mark)"),
        ("utf-16-be", "UTF-16 (without a byte-order mark)"),
        ("utf-32", "UTF-32"),
    ],
)
def test_a_file_in_another_unicode_encoding_is_named_as_such(data_copy, encoding, named):
    path = data_copy / "trade.csv"
    path.write_bytes(path.read_text(encoding="utf-8").encode(encoding))
    error = _error("trade")
    assert [p.column for p in error.problems] == [None]  # not 14 missing columns
    assert f"the file is {named} (save the file as UTF-8)" in str(error)


def test_a_windows_1252_file_is_said_to_look_like_one(data_copy):
    path = data_copy / "timeline.csv"
    path.write_bytes(path.read_text(encoding="utf-8").replace("–", "-").encode("cp1252", "replace"))
    message = str(_error("timeline"))
    assert "is not UTF-8" in message and "Windows-1252 or Latin-1" in message


@pytest.mark.skipif(os.name != "posix", reason="symbolic links")
def test_a_link_out_of_the_data_folder_is_refused_and_nothing_of_it_is_shown(data_copy, tmp_path):
    outside = tmp_path / "secret.csv"
    outside.write_text("root:x:0:0:root:/root:/bin/bash\n", encoding="utf-8")
    (data_copy / "trade.csv").unlink()
    (data_copy / "trade.csv").symlink_to(outside)
    message = str(_error("trade"))
    assert message.startswith("trade.csv: expected a file inside the data folder")
    assert "root" not in message and str(tmp_path) not in message
    with pytest.raises(errors.DataError):
        load.raw_text("trade")  # the download is refused the same way


def test_a_link_within_the_data_folder_is_read(data_copy):
    (data_copy / "kept").mkdir()
    (data_copy / "trade.csv").rename(data_copy / "kept" / "trade.csv")
    (data_copy / "trade.csv").symlink_to(data_copy / "kept" / "trade.csv")
    assert len(load.dataset("trade")) > 0


def test_the_check_command_refuses_a_link_out_of_the_folder(data_copy, tmp_path, capsys):
    (tmp_path / "elsewhere.csv").write_bytes((data_copy / "eras.csv").read_bytes())
    (data_copy / "eras.csv").unlink()
    (data_copy / "eras.csv").symlink_to(tmp_path / "elsewhere.csv")
    assert command.main(["check", str(data_copy)]) == 1
    assert "eras.csv: expected a file inside the data folder" in capsys.readouterr().out


def test_a_broken_file_is_read_once_per_version(data_copy, monkeypatch):
    reads = []
    original = load.read_dataset

    def counted(path, model, **kwargs):
        reads.append(path.name)
        return original(path, model, **kwargs)

    monkeypatch.setattr(load, "read_dataset", counted)
    _set(data_copy, "trade", "year", "soon")
    for _ in range(3):  # three reruns
        _error("trade")
        with pytest.raises(errors.DataError):
            load.derived("trade_checks")
    assert reads.count("trade.csv") == 1
    _set(data_copy, "trade", "year", "later")  # a new version: read again
    os.utime(data_copy / "trade.csv", ns=(1, 1))
    _error("trade")
    assert reads.count("trade.csv") == 2


def test_a_header_of_50000_repeated_columns_names_each_once(data_copy):
    path = data_copy / "eras.csv"
    header = ",".join(["x", "y"] * 25_000)
    path.write_text(header + "\n", encoding="utf-8")
    error = _error("eras")
    repeated = [
        p.column for p in error.problems if p.expected == "each column once in the header row"
    ]
    assert repeated == ["x", "y"]
    assert len(str(error).splitlines()) <= 22  # 20 problems, "… and N more", the rows note


def test_a_huge_cell_is_cut_short_in_the_message(data_copy):
    _set(data_copy, "quotes", "language", "x" * 1_000_000)
    message = str(_error("quotes"))
    assert len(message) < 2_000
    assert "(1,000,000 characters)" in message


def test_an_unexpected_failure_of_the_reader_is_our_error(data_copy, monkeypatch):
    def broken(*args, **kwargs):
        raise OverflowError("deep inside pyarrow")

    monkeypatch.setattr(read, "_typed", broken)
    error = _error("trade")
    assert isinstance(error, errors.DataError)
    assert "OverflowError" in str(error) and "deep inside" not in str(error)


def test_messages_name_files_as_the_data_folder_knows_them(data_copy):
    (data_copy / "tourism.csv").unlink()
    _set(data_copy, "trade", "year", "soon")
    for name in ("tourism", "trade"):
        assert str(data_copy) not in str(_error(name))
    for failure in read.check_folder(data_copy):
        assert str(data_copy) not in str(failure)
