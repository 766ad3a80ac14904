"""Run app pages with AppTest, cold first then warm reruns; print one JSON line per target.

Usage: python benchmarks/apptest_worker.py --reruns N TARGET [TARGET ...]

A TARGET is `APP` (its default page) or `APP::PAGE` (PAGE relative to APP, as `switch_page`
takes it). The full benchmark gives each worker one target, so every cold time is a fresh
process's. `--tiny` gives one worker every target of a round: consecutive targets of the same
app then share one AppTest, switching pages (fast; cold times are not cold there).
Only streamlit is imported here, never the app's own package.
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
import urllib.parse

from streamlit.testing.v1 import AppTest


def chart_bytes(at: AppTest) -> tuple[int, int]:
    """Bytes of the charts' data (Arrow) and of their specs (JSON), over every chart drawn."""
    charts = at.get("vega_lite_chart")
    data = sum(len(d.data.data) for chart in charts for d in chart.proto.datasets)
    data += sum(len(chart.proto.data.data) for chart in charts)
    return data, sum(len(chart.proto.spec) for chart in charts)


def measure(
    target: str, reruns: int, at: AppTest | None = None, params: str = ""
) -> tuple[dict, AppTest]:
    """Run one target (in `at` when it is already running that target's app), with the query
    parameters `params` (a=1&b=2) set before its first run."""
    app, _, page = target.partition("::")
    start = time.perf_counter()
    if at is None:
        at = AppTest.from_file(app, default_timeout=300)
        for key, value in urllib.parse.parse_qsl(params):
            at.query_params[key] = value
        at.run()
    if page:
        at.switch_page(page).run()
    cold = time.perf_counter() - start
    warm = []
    for _ in range(reruns):
        tick = time.perf_counter()
        at.run()
        warm.append(time.perf_counter() - tick)
    data_bytes, spec_bytes = chart_bytes(at)
    row = {
        "target": target,
        "cold_s": cold,
        "warm_median_s": statistics.median(warm) if warm else None,
        "chart_data_bytes": data_bytes,
        "chart_spec_bytes": spec_bytes,
        "exception": bool(at.exception),
    }
    return row, at


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("targets", nargs="+", metavar="TARGET")
    parser.add_argument("--reruns", type=int, default=10)
    parser.add_argument("--params", default="", help="query parameters, a=1&b=2")
    args = parser.parse_args()
    at, app = None, None
    for target in args.targets:
        same_app = target.partition("::")[0] == app
        row, at = measure(target, args.reruns, at if same_app else None, args.params)
        app = target.partition("::")[0]
        print(json.dumps(row), flush=True)


if __name__ == "__main__":
    main()
