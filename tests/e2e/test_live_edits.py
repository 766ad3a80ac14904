"""A CSV edited or broken while the server runs: the next rerun shows it; a fix recovers, no restart."""

import csv
import io
import os
import shutil
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import expect

from relations.data import load

from .conftest import Server, start_server, wait_ready

LABEL = "Russian visitors, latest full year"
ROW = "ru-la-2019"  # the latest full calendar year of Russian visitors in the shipped tourism.csv


@pytest.fixture
def live(tmp_path: Path) -> Iterator[tuple[Server, Path]]:
    """A server reading a writable copy of data/ through RELATIONS_DATA_DIR."""
    folder = tmp_path / "data"
    shutil.copytree(load.PACKAGE_DATA_DIR, folder)
    running = start_server(tmp_path, env={load.DATA_DIR_ENV: str(folder)})
    yield running, folder / "tourism.csv"
    running.stop()


def visitors_of(path: Path, row_id: str) -> str:
    rows = csv.DictReader(io.StringIO(path.read_text(encoding="utf-8-sig")))
    return next(row["visitors"] for row in rows if row["observation_id"] == row_id)


def with_visitors(text: str, row_id: str, visitors: str) -> str:
    """The file's text with one row's visitors cell replaced, every other line untouched."""
    lines = text.splitlines(keepends=True)
    header = next(csv.reader([lines[0]]))
    for i, line in enumerate(lines):
        if line.startswith(f"{row_id},"):
            cells = next(csv.reader([line]))
            cells[header.index("visitors")] = visitors
            out = io.StringIO()
            csv.writer(out, lineterminator=line[len(line.rstrip("\r\n")) :]).writerow(cells)
            lines[i] = out.getvalue()
    return "".join(lines)


def save(path: Path, text: str) -> None:
    """Write the file and make sure its modification time moves, as an editor's save would."""
    before = path.stat().st_mtime_ns
    path.write_text(text, encoding="utf-8")
    moved = max(time.time_ns(), before + 1_000_000_000)
    os.utime(path, ns=(moved, moved))


def rerun(page, how: str) -> None:
    if how == "same session":
        page.get_by_role("heading", level=1).click()
        page.keyboard.press("r")  # Streamlit's rerun shortcut: same tab, same session
    else:
        page.reload()  # a new session on the same server


def metric(page):
    return page.get_by_test_id("stMetric").filter(has_text=LABEL).get_by_test_id("stMetricValue")


@pytest.mark.parametrize("how", ["same session", "new session"])
def test_an_edited_csv_shows_on_the_next_rerun(live, page, console, how):
    server, tourism = live
    shipped = int(visitors_of(tourism, ROW))
    page.goto(server.url)
    wait_ready(page)
    expect(metric(page)).to_have_text(f"{shipped:,}")

    save(tourism, with_visitors(tourism.read_text(encoding="utf-8"), ROW, str(shipped + 1)))
    rerun(page, how)

    expect(metric(page)).to_have_text(f"{shipped + 1:,}")
    wait_ready(page)
    assert page.get_by_test_id("stException").count() == 0
    assert console.unexpected() == []


@pytest.mark.parametrize("how", ["same session", "new session"])
def test_a_csv_broken_while_running_shows_the_error_and_a_fix_recovers(live, page, console, how):
    server, tourism = live
    shipped_text = tourism.read_text(encoding="utf-8")
    shipped = int(visitors_of(tourism, ROW))
    page.goto(server.url)
    wait_ready(page)
    expect(metric(page)).to_have_text(f"{shipped:,}")

    save(tourism, with_visitors(shipped_text, ROW, "twelve thousand"))
    rerun(page, how)
    # (in each part of the page that needs the file: the first is enough here)
    problem = page.get_by_test_id("stMain").get_by_text("twelve thousand").first
    expect(problem).to_be_visible()
    expect(problem).to_contain_text("tourism.csv")
    expect(problem).to_contain_text("visitors")
    wait_ready(page)
    expect(metric(page)).to_have_count(0)

    save(tourism, shipped_text)
    rerun(page, how)
    expect(metric(page)).to_have_text(f"{shipped:,}")
    wait_ready(page)
    expect(problem).to_have_count(0)
    assert server.process.poll() is None  # the same server process throughout: no restart
    assert page.get_by_test_id("stException").count() == 0
    assert console.unexpected() == []
