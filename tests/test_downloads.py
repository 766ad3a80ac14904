"""Downloads round-trip: only text cells are neutralised against formulas, numbers stay
numbers, and every downloaded dataset passes `python -m relations check`."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pandas as pd
import pytest

from relations import __main__ as command
from relations import quotes as explorer
from relations import text, timeline
from relations.data import load, read, schemas

from . import hostile_data


def _rows(path: Path) -> list[list[str]]:
    return list(csv.reader(io.StringIO(path.read_text(encoding="utf-8"))))


def _write(path: Path, rows: list[list[str]]) -> None:
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows(rows)
    path.write_text(out.getvalue(), encoding="utf-8")


def _negative_growth(folder: Path) -> int:
    """A real GDP growth of -1.2 % in indicators.csv (a recession is a negative number)."""
    path = folder / "indicators.csv"
    rows = _rows(path)
    header = rows[0]
    row = next(
        i for i, r in enumerate(rows) if r[header.index("indicator")] == "real_gdp_growth_pct"
    )
    rows[row][header.index("value")] = "-1.2"
    _write(path, rows)
    return row


def test_a_negative_number_stays_a_number_and_a_formula_in_text_is_neutralised():
    raw = "name,value,note\n=cmd,-1.2,-looks like a formula\n@x,+3,plain\n"
    safe = text.formula_safe_csv_text(raw, text_columns={"name", "note"})
    assert safe == "name,value,note\n'=cmd,-1.2,'-looks like a formula\n'@x,+3,plain\n"


def test_without_a_schema_every_cell_is_neutralised():
    assert text.formula_safe_csv_text("a\n-1\n") == "a\n'-1\n"


@pytest.fixture
def hostile(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, int]:
    folder = hostile_data.build(tmp_path / "hostile")  # a formula in every empty text cell
    row = _negative_growth(folder)
    monkeypatch.setenv(load.DATA_DIR_ENV, str(folder))
    return folder, row


def test_every_downloaded_dataset_passes_the_check(hostile, tmp_path, capsys):
    _, row = hostile
    downloaded = tmp_path / "downloaded"
    downloaded.mkdir()
    for name, dataset in schemas.DATASETS.items():
        (downloaded / dataset.file).write_text(load.download(name)(), encoding="utf-8")
    assert command.main(["check", str(downloaded)]) == 0, capsys.readouterr().out
    growth = _rows(downloaded / "indicators.csv")
    assert growth[row][growth[0].index("value")] == "-1.2"
    flows = _rows(downloaded / "trade.csv")
    notes = [r[flows[0].index("note")] for r in flows[1:]]
    assert any(note.startswith("'=HYPERLINK") for note in notes)  # text is still defused
    assert not any(note.startswith("=") for note in notes)


def test_the_timeline_and_quotes_downloads_pass_their_schemas(hostile, tmp_path):
    del hostile  # (the data folder it points the loaders at)
    dated = load.derived("timeline_dated")
    quotes = load.derived("quotes_index")
    checked = tmp_path / "checked"
    checked.mkdir()
    (checked / "timeline.csv").write_bytes(text.formula_safe_csv(timeline.as_read(dated.events)))
    (checked / "quotes.csv").write_bytes(explorer.download(quotes.quotes))
    for name in ("timeline", "quotes"):
        frame = read.read_dataset(checked / f"{name}.csv", schemas.DATASETS[name].model)
        assert len(frame) == len(load.dataset(name))
    notes = pd.read_csv(checked / "timeline.csv")["date_note"].dropna()
    assert notes.str.startswith("'=").any()
