"""One fresh process: run an app page with AppTest, cold first then warm reruns; print JSON.

Usage: python benchmarks/apptest_worker.py APP [PAGE] --reruns N
"""

from __future__ import annotations

import argparse
import json
import statistics
import time

from streamlit.testing.v1 import AppTest


def chart_bytes(at: AppTest) -> tuple[int, int]:
    """Bytes of the charts' data (Arrow) and of their specs (JSON), over every chart drawn."""
    charts = at.get("vega_lite_chart")
    data = sum(len(d.data.data) for chart in charts for d in chart.proto.datasets)
    data += sum(len(chart.proto.data.data) for chart in charts)
    return data, sum(len(chart.proto.spec) for chart in charts)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("app")
    parser.add_argument("page", nargs="?")
    parser.add_argument("--reruns", type=int, default=10)
    args = parser.parse_args()
    start = time.perf_counter()
    at = AppTest.from_file(args.app, default_timeout=300)
    at.run()
    if args.page:
        at.switch_page(args.page).run()
    cold = time.perf_counter() - start
    warm = []
    for _ in range(args.reruns):
        tick = time.perf_counter()
        at.run()
        warm.append(time.perf_counter() - tick)
    print(
        json.dumps(
            {
                "cold_s": cold,
                "warm_median_s": statistics.median(warm) if warm else None,
                "chart_data_bytes": chart_bytes(at)[0],
                "chart_spec_bytes": chart_bytes(at)[1],
                "exception": bool(at.exception),
            }
        )
    )


if __name__ == "__main__":
    main()
