"""The load test keeps working: three concurrent browser sessions, zero errors, every field reported.

No timing or memory threshold is asserted: the machines are noisy. `benchmarks/load_test.py
--sessions 20` is the real run.
"""

import json
import math
import subprocess
import sys

from .conftest import ROOT


def test_load_test_holds_three_sessions_without_errors(browser_type_launch_args, tmp_path):
    # Asking for pytest-playwright's launch args skips without Chromium locally, fails in CI.
    out = tmp_path / "load.json"
    run = subprocess.run(
        [sys.executable, "benchmarks/load_test.py", "--sessions", "3", "--out", str(out)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=400,
    )
    assert run.returncode == 0, run.stdout + run.stderr
    result = json.loads(out.read_text())
    assert result["error_count"] == 0
    assert result["errors"] == {
        "console": [],
        "exceptions": 0,
        "error_alerts": 0,
        "failed_visits": [],
        "server_log": [],
    }
    assert not result["timed_out"]
    assert result["sessions_held"] == 4  # three at once, plus the warm-up session
    assert result["server_after"]["active_sessions"] == 4
    assert result["visits_completed"] == result["visits_planned"] == 6 * 4
    assert result["pages"][0] == "Overview"
    assert len(result["pages"]) == 6
    assert result["rss_mb_before"] > 0
    assert math.isfinite(result["mb_per_extra_session"])  # a number, whatever its size
    for field in ["warmup_s", "concurrent_s", "wall_s", "rss_mb_growth", "server_before"]:
        assert field in result
