"""Speed and scale, measured side by side with two baselines in the same run.

    python benchmarks/run.py            # full run: prints a table, writes benchmarks/results/latest.json
    python benchmarks/run.py --tiny     # a quick run at tiny sizes (what the smoke test uses)

Ratios, not seconds, are the targets: the machines are noisy.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pandas as pd

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))

from benchmarks import synthetic  # noqa: E402
from benchmarks.serving import CHROMIUM_ARGS, start_streamlit  # noqa: E402
from relations import data  # noqa: E402

PAGES = {
    "Overview": ("app_pages/overview.py", ""),
    "Trade": ("app_pages/trade.py", "trade"),
    "Tourism": ("app_pages/tourism.py", "tourism"),
    "Timeline": ("app_pages/timeline.py", "timeline"),
    "Quotes": ("app_pages/quotes.py", "quotes"),
    "Sources & data": ("app_pages/sources.py", "sources"),
}


def existing_pages() -> dict[str, tuple[str, str]]:
    return {name: spec for name, spec in PAGES.items() if (ROOT / spec[0]).is_file()}


def apptest(app: Path, page: str | None, reruns: int, env: dict[str, str] | None = None) -> dict:
    command = [sys.executable, str(HERE / "apptest_worker.py"), str(app)]
    command += [page] if page else []
    result = subprocess.run(
        [*command, "--reruns", str(reruns)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, **(env or {})},
        timeout=1800,
        check=True,
    )
    return json.loads(result.stdout.strip().splitlines()[-1])


def server_side(reruns: int) -> dict:
    synthetic.gdp_csv(HERE / "baselines" / "gdp_data.csv")
    rows = {
        "floor (baseline)": apptest(HERE / "baselines" / "floor_app.py", None, reruns),
        "GDP template (baseline)": apptest(HERE / "baselines" / "gdp_app.py", None, reruns),
    }
    for name, (file, _) in existing_pages().items():
        rows[name] = apptest(
            ROOT / "app.py", None if file.endswith("overview.py") else file, reruns
        )
    return rows


# Ready: the script has finished and every chart has drawn its marks. Checked in the page
# every 10 ms: Playwright's own waits back off to 500 ms between checks, which added up to
# half a second to a page that was already drawn (seen in request traces).
READY = """() => {
    const app = document.querySelector('[data-testid="stApp"]');
    if (!app || app.getAttribute('data-test-script-state') !== 'notRunning') return false;
    return [...document.querySelectorAll('[data-testid="stVegaLiteChart"]')]
        .every(chart => chart.querySelector('svg.marks, canvas'));
}"""


def _ready(page) -> None:
    page.wait_for_function(READY, polling=10, timeout=60_000)


def _visit(browser, url: str, repeats: int) -> tuple[float, int]:
    """Median goto-to-ready seconds over fresh tabs, and websocket bytes received on the last."""
    times, received = [], 0
    for _ in range(repeats):
        page = browser.new_page()
        frames: list[int] = []
        page.on(
            "websocket",
            lambda ws, frames=frames: ws.on(
                "framereceived", lambda payload: frames.append(len(payload))
            ),
        )
        tick = time.perf_counter()
        page.goto(url)
        _ready(page)
        times.append(time.perf_counter() - tick)
        received = sum(frames)
        page.close()
    return statistics.median(times), received


def browser_side(repeats: int) -> dict:
    from playwright.sync_api import sync_playwright

    rows = {}
    import shutil

    chromium = shutil.which("chromium")
    if chromium is None:
        return {"skipped": "Debian chromium is not installed"}
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS)
        for label, app, pages in [
            (
                "GDP template (baseline)",
                HERE / "baselines" / "gdp_app.py",
                {"GDP template (baseline)": ""},
            ),
            (
                "floor, two pages (baseline)",
                HERE / "baselines" / "floor_pages_app.py",
                {"floor, first page (baseline)": "", "floor, second page (baseline)": "second"},
            ),
            ("app", ROOT / "app.py", {name: path for name, (_, path) in existing_pages().items()}),
        ]:
            # The baselines run from the repository root, so the app finds its config there.
            cwd = ROOT if app.parent == HERE / "baselines" else app.parent
            server = start_streamlit(app, cwd=cwd, log_dir=Path(tempfile.gettempdir()))
            url, started = server.url, server.started
            try:
                page = browser.new_page()
                page.goto(url)
                _ready(page)
                first_ready = time.perf_counter() - started
                page.close()
                for name, path in pages.items():
                    seconds, received = _visit(browser, f"{url}/{path}", repeats)
                    rows[name] = {"goto_ready_s": seconds, "ws_bytes": received}
                rows[f"start to first page: {label}"] = {"start_to_ready_s": first_ready}
            finally:
                server.stop()
        browser.close()
    return rows


def scale(trade_sizes: list[int], quote_sizes: list[int], reruns: int, repeats: int) -> dict:
    rows = {}
    with tempfile.TemporaryDirectory() as tmp:
        for kind, sizes in [("trade", trade_sizes), ("quotes", quote_sizes)]:
            for size in sizes:
                folder = synthetic.data_folder(
                    Path(tmp) / f"{kind}-{size}",
                    **{f"{'trade' if kind == 'trade' else 'quote'}_rows": size},
                )
                path = folder / data.DATASETS[kind].file
                plain_runs, validated_runs = [], []
                for _ in range(repeats):  # interleaved, so both see the same machine load
                    tick = time.perf_counter()
                    pd.read_csv(path, engine="pyarrow")
                    plain_runs.append(time.perf_counter() - tick)
                    tick = time.perf_counter()
                    data.read_dataset(path, data.DATASETS[kind].model)
                    validated_runs.append(time.perf_counter() - tick)
                plain = statistics.median(plain_runs)
                validated = statistics.median(validated_runs)
                page = {"trade": "Trade", "quotes": "Quotes"}[kind]
                row = {
                    "rows": size,
                    "pyarrow_read_s": plain,
                    "load_validate_s": validated,
                    "ratio": validated / plain,
                }
                if page in existing_pages():
                    run = apptest(
                        ROOT / "app.py",
                        existing_pages()[page][0],
                        reruns,
                        env={data.DATA_DIR_ENV: str(folder)},
                    )
                    row |= {
                        "warm_median_s": run["warm_median_s"],
                        "chart_data_bytes": run["chart_data_bytes"],
                        "chart_spec_bytes": run["chart_spec_bytes"],
                    }
                rows[f"{kind} {size:,}"] = row
    return rows


def table(results: dict) -> str:
    lines = []
    for section, rows in results.items():
        if not isinstance(rows, dict):
            continue
        lines.append(f"\n## {section}")
        for name, values in rows.items():
            cells = ", ".join(
                f"{key}={value:.3f}" if isinstance(value, float) else f"{key}={value}"
                for key, value in (values.items() if isinstance(values, dict) else [("", values)])
            )
            lines.append(f"- {name}: {cells}")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--tiny", action="store_true", help="tiny sizes and few repeats (smoke test)"
    )
    parser.add_argument("--no-browser", action="store_true", help="skip the Chromium measurements")
    parser.add_argument("--out", type=Path, default=HERE / "results" / "latest.json")
    args = parser.parse_args()
    reruns, repeats = (2, 1) if args.tiny else (10, 5)
    trade_sizes = [1_000] if args.tiny else [10_000, 100_000, 1_000_000]
    quote_sizes = [1_000] if args.tiny else [10_000, 100_000]
    results = {"server (AppTest)": server_side(reruns)}
    if not args.no_browser:
        results["browser (Chromium)"] = browser_side(repeats)
    results["scale"] = scale(trade_sizes, quote_sizes, reruns, repeats)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(results, indent=2))
    print(table(results))
    print(f"\nwritten: {args.out}")


if __name__ == "__main__":
    main()
