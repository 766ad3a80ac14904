"""What a chart's exported image costs, beside what its page's warm rerun costs.

    python benchmarks/exports.py          # every chart: a table on stdout, results/exports.json
    python benchmarks/exports.py --tiny   # one rerun, one build each (the smoke test)

Each page runs through AppTest (as benchmarks/apptest_worker.py runs it) in this process, with
Streamlit's file manager recording the builders the page hands to its download buttons: the
functions a reader's click runs. For every chart's SVG and PNG the first build in the process
(vl-convert starting its engine) and the median of later builds are timed, beside the page's
median warm rerun (controls closed, as a page is first seen), which builds none of them. Only streamlit is imported, never the app's own
package.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

from streamlit.runtime.media_file_manager import MediaFileManager
from streamlit.testing.v1 import AppTest

HERE = Path(__file__).resolve().parent
APP = HERE.parent / "app.py"
PAGES = {
    "Overview": "app_pages/overview.py",
    "Trade": "app_pages/trade.py",
    "Tourism": "app_pages/tourism.py",
    "Timeline": "app_pages/timeline.py",
    "Quotes": "app_pages/quotes.py",
}
KINDS = ("svg", "png")

_builders: dict[str, Callable[[], bytes]] = {}
_add_deferred = MediaFileManager.add_deferred


def _recording(self, build, mimetype, coordinates, file_name=None, **kwargs):
    file_id = _add_deferred(self, build, mimetype, coordinates, file_name, **kwargs)
    _builders[file_id] = build
    return file_id


def _chart_controls(at: AppTest) -> list[str]:
    found: list[str] = []

    def walk(node) -> None:
        for child in getattr(node, "children", {}).values():
            if getattr(child, "type", None) == "popover" and (child.key or "").endswith("_cite"):
                found.append(child.key)
            walk(child)

    walk(at.main)
    return found


def _timed(build: Callable[[], bytes]) -> tuple[float, int]:
    tick = time.perf_counter()
    content = build()
    return time.perf_counter() - tick, len(content)


def measure(page: str, file: str, *, reruns: int, builds: int, first: dict) -> dict:
    at = AppTest.from_file(str(APP), default_timeout=300).run()
    at.switch_page(file).run()
    warm = []
    for _ in range(reruns):
        tick = time.perf_counter()
        at.run()
        warm.append(time.perf_counter() - tick)
    # Open every chart's Download & cite, as a reader's click does (it writes its buttons only
    # while open), then time what each image button's click would build.
    for key in _chart_controls(at):
        at.session_state[key] = True
    at.run()
    charts = {}
    for button in at.get("download_button"):
        chart, _, kind = button.key.rpartition("_")
        if kind not in KINDS:
            continue
        build = _builders[button.proto.deferred_file_id]
        times, size = [], 0
        for _ in range(builds + (0 if first else 1)):
            seconds, size = _timed(build)
            times.append(seconds)
        if not first:  # the process's first conversion: vl-convert starts its engine
            first.update(chart=chart, kind=kind, seconds=times.pop(0))
        charts.setdefault(chart, {})[kind] = {"median_s": statistics.median(times), "bytes": size}
    return {
        "warm_median_s": statistics.median(warm),
        "exception": bool(at.exception),
        "charts": charts,
    }


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:.0f} ms"


def table(results: dict) -> str:
    lines = [
        "| page | warm rerun | chart | SVG | PNG | SVG × rerun | PNG × rerun | SVG, PNG size |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for page, row in results["pages"].items():
        for chart, kinds in row["charts"].items():
            svg, png, rerun = kinds["svg"], kinds["png"], row["warm_median_s"]
            lines.append(
                f"| {page} | {_ms(rerun)} | {chart} | {_ms(svg['median_s'])} | "
                f"{_ms(png['median_s'])} | {svg['median_s'] / rerun:.2f} | "
                f"{png['median_s'] / rerun:.2f} | {svg['bytes'] // 1000} KB, "
                f"{png['bytes'] // 1000} KB |"
            )
    first = results["first_conversion"]
    lines.append(
        f"\nFirst conversion in the process ({first['chart']}, {first['kind'].upper()}): "
        f"{_ms(first['seconds'])}."
    )
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--tiny", action="store_true", help="one rerun and one build each")
    parser.add_argument("--out", type=Path, default=HERE / "results" / "exports.json")
    args = parser.parse_args()
    reruns, builds = (1, 1) if args.tiny else (10, 5)
    MediaFileManager.add_deferred = _recording
    load_before, first = os.getloadavg()[0], {}
    pages = {
        page: measure(page, file, reruns=reruns, builds=builds, first=first)
        for page, file in PAGES.items()
    }
    results = {
        "meta": {
            "reruns": reruns,
            "builds": builds,
            "tiny": args.tiny,
            "load_average": [load_before, os.getloadavg()[0]],
            "cores": os.cpu_count(),
        },
        "first_conversion": first,
        "pages": pages,
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(results, indent=2))
    print(table(results))
    print(f"\nwritten: {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
