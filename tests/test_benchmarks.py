"""The benchmark keeps working: one run at tiny sizes, no timing asserted."""

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_benchmark_runs_at_tiny_sizes(tmp_path):
    out = tmp_path / "bench.json"
    subprocess.run(
        [sys.executable, "benchmarks/run.py", "--tiny", "--no-browser", "--out", str(out)],
        cwd=ROOT,
        check=True,
        capture_output=True,
        timeout=600,
    )
    results = json.loads(out.read_text())
    server = results["server (AppTest)"]
    assert {"floor (baseline)", "GDP template (baseline)", "Overview"} <= set(server)
    assert not any(row["exception"] for row in server.values())
    assert {"trade 1,000", "quotes 1,000"} <= set(results["scale"])
    trade = results["scale"]["trade 1,000"]
    assert trade["chart_data_bytes"] > 0 and trade["chart_spec_bytes"] > 0  # the page drew charts
    assert server["Trade"]["chart_data_bytes"] > 0
