"""The benchmark keeps working: one `--tiny --no-browser` run (one round, one rerun, a 1,000-row
trade file), no timing asserted. Run as a subprocess, as a user would: nothing here imports
from benchmarks/."""

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

BASELINES = {"floor (baseline)", "GDP template (baseline)"}
PAGES = {"Overview", "Trade", "Tourism", "Timeline", "Quotes", "Sources & data"}


def test_benchmark_runs_at_tiny_sizes(tmp_path):
    out = tmp_path / "bench.json"
    run = subprocess.run(
        [sys.executable, "benchmarks/run.py", "--tiny", "--no-browser", "--out", str(out)],
        cwd=ROOT,
        check=True,
        capture_output=True,
        text=True,
        timeout=300,
    )
    results = json.loads(out.read_text())
    assert results["meta"]["rounds"] == 1 and results["meta"]["tiny"]

    # A row for each baseline and each page, none raised, each with a time and both ratios.
    server = results["server (AppTest)"]
    assert set(server) == BASELINES | PAGES
    for name, row in server.items():
        assert not row["exception"], name
        assert row["warm_median_s"] > 0, name
        assert row["x_floor"] > 0 and row["x_gdp"] > 0, name
        assert len(row["per_round_s"]) == 1, name
    assert server["floor (baseline)"]["x_floor"] == 1.0

    # The charts drew data: the baselines' and the chart pages'.
    for name in BASELINES | {"Overview", "Trade", "Tourism", "Timeline", "Quotes"}:
        assert server[name]["chart_data_bytes"] > 0, name

    # Each language ran: the Overview in English, Russian and Lao, with its ratio to English.
    languages = results["languages (AppTest)"]
    assert set(languages) == {"Overview [en]", "Overview [ru]", "Overview [lo]"}
    for name, row in languages.items():
        assert not row["exception"], name
        assert row["warm_median_s"] > 0 and row["x_english"] > 0, name
    assert languages["Overview [en]"]["x_english"] == 1.0

    # The scaled file loaded, validated and its page drew from it, compared with the shipped data.
    trade = results["scale"]["trade 1,000"]
    assert not trade["exception"]
    assert trade["load_validate_s"] > 0 and trade["pyarrow_read_s"] > 0
    assert trade["chart_data_bytes"] > 0 and trade["chart_spec_bytes"] > 0
    assert trade["x_shipped"] > 0

    # The table on stdout names every row.
    for name in BASELINES | PAGES | {"trade 1,000"}:
        assert f"| {name} |" in run.stdout, name


def test_export_benchmark_runs_at_tiny_sizes(tmp_path):
    out = tmp_path / "exports.json"
    run = subprocess.run(
        [sys.executable, "benchmarks/exports.py", "--tiny", "--out", str(out)],
        cwd=ROOT,
        check=True,
        capture_output=True,
        text=True,
        timeout=300,
    )
    results = json.loads(out.read_text())
    pages = results["pages"]
    assert set(pages) == PAGES - {"Sources & data"}
    for name, row in pages.items():
        assert not row["exception"] and row["warm_median_s"] > 0, name
        assert row["charts"], name
        for chart, kinds in row["charts"].items():
            assert set(kinds) == {"svg", "png"}, chart
            assert all(k["median_s"] > 0 and k["bytes"] > 1000 for k in kinds.values()), chart
    assert results["first_conversion"]["seconds"] > 0
    assert "trade_flows_chart" in run.stdout
