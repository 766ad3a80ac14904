"""Speed and scale, measured in rounds that interleave two baselines with the pages.

    python benchmarks/run.py            # full run: prints a table, writes benchmarks/results/latest.json
    python benchmarks/run.py --tiny     # one round at tiny sizes (what the smoke test uses)

Ratios, not seconds, are the targets: the machines are noisy. So each of three rounds
measures the floor app, the GDP-template app and every page, one after another, and a page's
ratio is taken within its round (page / floor, page / GDP template) before the median over
rounds: a machine that speeds up or slows down between rounds moves both sides of a ratio.
Absolute times are medians over rounds too.

The app's package is not imported here: pages run through AppTest in worker processes
(apptest_worker.py), and the load-and-validate timing goes through load_worker.py, the one
place that calls the package (through its public load function, old or new layout).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))

from benchmarks import synthetic  # noqa: E402
from tests.e2e.serving import CHROMIUM_ARGS, start_streamlit  # noqa: E402

# The environment variable the app reads its data folder from. Hard-coded, not imported from
# the package (whose layout is being changed); it is part of the app's documented interface.
DATA_DIR_ENV = "RELATIONS_DATA_DIR"

FLOOR_APP = HERE / "baselines" / "floor_app.py"
FLOOR_PAGES_APP = HERE / "baselines" / "floor_pages_app.py"
GDP_APP = HERE / "baselines" / "gdp_app.py"
APP = ROOT / "app.py"

FLOOR = "floor (baseline)"
GDP = "GDP template (baseline)"
FLOOR_FIRST = "floor, first page (baseline)"
FLOOR_SECOND = "floor, second page (baseline)"

# name -> (page file relative to app.py, URL path)
PAGES = {
    "Overview": ("app_pages/overview.py", ""),
    "Trade": ("app_pages/trade.py", "trade"),
    "Tourism": ("app_pages/tourism.py", "tourism"),
    "Timeline": ("app_pages/timeline.py", "timeline"),
    "Quotes": ("app_pages/quotes.py", "quotes"),
    "Sources & data": ("app_pages/sources.py", "sources"),
}

# Scaled file -> the page that shows it.
SCALED_PAGE = {"trade": "Trade", "quotes": "Quotes"}


def existing_pages() -> dict[str, tuple[str, str]]:
    return {name: spec for name, spec in PAGES.items() if (ROOT / spec[0]).is_file()}


def _last_json_lines(stdout: str) -> list[dict]:
    return [json.loads(line) for line in stdout.splitlines() if line.startswith("{")]


def apptest(
    targets: list[str], reruns: int, env: dict[str, str] | None = None, params: str = ""
) -> list[dict]:
    """One worker process: each target's cold run and median warm rerun, in order, with these
    query parameters (a=1&b=2)."""
    result = subprocess.run(
        [
            sys.executable,
            str(HERE / "apptest_worker.py"),
            "--reruns",
            str(reruns),
            "--params",
            params,
            *targets,
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, **(env or {})},
        timeout=1800,
        check=True,
    )
    rows = _last_json_lines(result.stdout)
    assert len(rows) == len(targets), result.stdout + result.stderr
    return rows


def _median(values: list[float | None]) -> float | None:
    values = [v for v in values if v is not None]
    return statistics.median(values) if values else None


def _ratio(top: float | None, bottom: float | None) -> float | None:
    return top / bottom if top is not None and bottom else None


def summarise(rounds: list[dict[str, dict]], key: str, references: dict[str, str]) -> dict:
    """Per name: the median over rounds of `key` and of every other number, the per-round
    values of `key`, and for each reference (ratio key -> reference row) the median over rounds
    of the ratio taken within each round."""
    summary = {}
    for name in rounds[0]:
        runs = [r[name] for r in rounds]
        row: dict = {}
        for field in runs[0]:
            values = [run[field] for run in runs]
            if isinstance(values[0], bool):
                row[field] = any(values)
            elif isinstance(values[0], int | float) or values[0] is None:
                row[field] = _median(values)
        for ratio_key, reference in references.items():
            ratios = [_ratio(r[name][key], r[reference][key]) for r in rounds if reference in r]
            row[ratio_key] = _median(ratios)
        row["per_round_s"] = [run[key] for run in runs]
        summary[name] = row
    return summary


def server_targets() -> dict[str, str]:
    targets = {FLOOR: str(FLOOR_APP), GDP: str(GDP_APP)}
    for name, (file, _) in existing_pages().items():
        # The Overview is the app's default page: run as a visitor lands on it.
        targets[name] = str(APP) if file.endswith("overview.py") else f"{APP}::{file}"
    return targets


def server_side(rounds: int, reruns: int, batch: bool) -> dict:
    """Warm reruns through AppTest: floor, GDP template and every page, in each round."""
    synthetic.gdp_csv(HERE / "baselines" / "gdp_data.csv")
    targets = server_targets()
    per_round = []
    for _ in range(rounds):
        if batch:  # --tiny: the whole round in one process
            runs = apptest(list(targets.values()), reruns)
        else:  # one fresh process per measurement
            runs = [apptest([target], reruns)[0] for target in targets.values()]
        per_round.append(dict(zip(targets, runs, strict=True)))
    return summarise(per_round, "warm_median_s", {"x_floor": FLOOR, "x_gdp": GDP})


LANGUAGES = ("en", "ru", "lo")


def language_side(rounds: int, reruns: int, *, only: str | None = None) -> dict:
    """Every page's (or `only` that page's) warm rerun in English, Russian and Lao (`?lang=`),
    one after another in each round; each language's ratio to English is taken in the round."""
    per_round = []
    for _ in range(rounds):
        runs = {}
        for name, target in server_targets().items():
            if name in (FLOOR, GDP) or only not in (None, name):
                continue
            for lang in LANGUAGES:
                params = "" if lang == "en" else f"lang={lang}"
                runs[f"{name} [{lang}]"] = apptest([target], reruns, params=params)[0]
        per_round.append(runs)
    summary = {}
    for name in per_round[0]:
        page, lang = name.rsplit(" [", 1)
        english = f"{page} [en]"
        summary[name] = {
            "warm_median_s": _median([r[name]["warm_median_s"] for r in per_round]),
            "x_english": _median(
                [_ratio(r[name]["warm_median_s"], r[english]["warm_median_s"]) for r in per_round]
            ),
            "exception": any(r[name]["exception"] for r in per_round),
            "per_round_s": [r[name]["warm_median_s"] for r in per_round],
        }
    return summary


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


def _visit(browser, url: str, repeats: int) -> dict:
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
    return {"goto_ready_s": statistics.median(times), "ws_bytes": received}


def browser_apps() -> list[tuple[str, Path, dict[str, str]]]:
    """(label, app, {row name: URL path}), in the order each round visits them."""
    return [
        ("floor, two pages (baseline)", FLOOR_PAGES_APP, {FLOOR_FIRST: "", FLOOR_SECOND: "second"}),
        (GDP, GDP_APP, {GDP: ""}),
        ("app", APP, {name: path for name, (_, path) in existing_pages().items()}),
    ]


def browser_round(browser, visits: int) -> tuple[dict, dict]:
    """One round: start each app's server (timing start to first page), then visit every page."""
    apps = browser_apps()
    servers, starts, pages = {}, {}, {}
    try:
        for label, app, _ in apps:
            # The baselines run from the repository root, so they find its config there.
            cwd = ROOT if app.parent == HERE / "baselines" else app.parent
            server = start_streamlit(app, cwd=cwd, log_dir=Path(tempfile.gettempdir()))
            servers[label] = server
            tab = browser.new_page()
            tab.goto(server.url)
            _ready(tab)
            starts[f"start to first page: {label}"] = {
                "start_to_ready_s": time.perf_counter() - server.started
            }
            tab.close()
        for label, _, paths in apps:
            for name, path in paths.items():
                pages[name] = _visit(browser, f"{servers[label].url}/{path}", visits)
    finally:
        for server in servers.values():
            server.stop()
    return pages, starts


def browser_side(rounds: int, visits: int) -> dict:
    """goto -> ready in Chromium: both floor pages, GDP template and every page, each round."""
    from playwright.sync_api import sync_playwright

    chromium = shutil.which("chromium")
    if chromium is None:
        return {"skipped": "Debian chromium is not installed"}
    page_rounds, start_rounds = [], []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS)
        try:
            for _ in range(rounds):
                pages, starts = browser_round(browser, visits)
                page_rounds.append(pages)
                start_rounds.append(starts)
        finally:
            browser.close()
    references = {"x_floor": FLOOR_FIRST, "x_floor_second_page": FLOOR_SECOND, "x_gdp": GDP}
    rows = summarise(page_rounds, "goto_ready_s", references)
    start_references = {
        "x_floor": "start to first page: floor, two pages (baseline)",
        "x_gdp": f"start to first page: {GDP}",
    }
    return rows | summarise(start_rounds, "start_to_ready_s", start_references)


def load_timing(folder: Path, kind: str) -> dict:
    """Load and validate one scaled file in a fresh process (see load_worker.py for why)."""
    result = subprocess.run(
        [sys.executable, str(HERE / "load_worker.py"), str(folder), kind],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=1800,
        check=True,
    )
    return _last_json_lines(result.stdout)[-1]


def scale_one(kind: str, size: int, tmp: Path, reruns: int, repeats: int) -> dict:
    """A copy of data/ with `size` rows of `kind`: load and validate it against a plain read
    (median of `repeats` fresh processes), and time the page that shows it (warm reruns
    through AppTest, the folder given by the environment variable)."""
    rows_argument = {"trade": "trade_rows", "quotes": "quote_rows"}[kind]
    folder = synthetic.data_folder(tmp / f"{kind}-{size}", **{rows_argument: size})
    loads = [load_timing(folder, kind) for _ in range(repeats)]
    plain = statistics.median(load["pyarrow_read_s"] for load in loads)
    validated = statistics.median(load["load_validate_s"] for load in loads)
    row = {
        "rows": size,
        "pyarrow_read_s": plain,
        "load_validate_s": validated,
        "ratio": validated / plain,
        "load_api": loads[0]["api"],
    }
    page = SCALED_PAGE[kind]
    if page in existing_pages():
        (run,) = apptest(
            [f"{APP}::{existing_pages()[page][0]}"], reruns, env={DATA_DIR_ENV: str(folder)}
        )
        row |= {
            "warm_median_s": run["warm_median_s"],
            "chart_data_bytes": run["chart_data_bytes"],
            "chart_spec_bytes": run["chart_spec_bytes"],
            "exception": run["exception"],
        }
    return {f"{kind} {size:,}": row}


def with_shipped(scale_rows: dict, server: dict) -> dict:
    """Each scaled page's warm rerun against the same page's on the shipped data, this run."""
    for name, row in scale_rows.items():
        shipped = server.get(SCALED_PAGE[name.split()[0]], {}).get("warm_median_s")
        if "warm_median_s" in row and shipped:
            row |= {"shipped_warm_median_s": shipped, "x_shipped": row["warm_median_s"] / shipped}
    return scale_rows


def _commit() -> str | None:
    try:
        head = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True
        ).stdout.strip()
        dirty = subprocess.run(
            ["git", "status", "--porcelain", "--", "relations", "app_pages", "app.py", "data"],
            cwd=ROOT,
            capture_output=True,
            text=True,
        ).stdout.strip()
    except OSError:
        return None
    return f"{head}{' (uncommitted changes)' if dirty else ''}" or None


# ---- the table on stdout (markdown) ----


def _ms(value: float | None) -> str:
    return "" if value is None else f"{value * 1000:.1f} ms"


def _s(value: float | None) -> str:
    return "" if value is None else f"{value:.3f} s"


def _x(value: float | None) -> str:
    return "" if value is None else f"{value:.2f}"


def _kb(value: float | None) -> str:
    return "" if value is None else f"{value / 1000:.1f} KB"


def _loads(meta: dict) -> str:
    return " → ".join(f"{value:.1f}" for value in meta.get("load_average", []))


def _markdown(header: list[str], rows: list[list[str]]) -> list[str]:
    return [
        "| " + " | ".join(header) + " |",
        "|" + "---|" * len(header),
        *("| " + " | ".join(row) + " |" for row in rows),
    ]


def table(results: dict) -> str:
    meta = results.get("meta", {})
    lines = [
        f"Benchmark: {meta.get('rounds')} round(s), commit {meta.get('commit')}, "
        f"{meta.get('seconds', 0):.0f} s, load average {_loads(meta)} on {meta.get('cores')} "
        "cores. Every time and ratio is the median over rounds; ratios are taken within each "
        "round."
    ]
    server = results.get("server (AppTest)", {})
    lines += ["", f"## Server: warm rerun (AppTest, median of {meta.get('reruns')} reruns)", ""]
    lines += _markdown(
        ["page", "warm rerun", "× floor", "× GDP template", "cold", "chart data", "chart spec"],
        [
            [
                name,
                _ms(row.get("warm_median_s")),
                _x(row.get("x_floor")),
                _x(row.get("x_gdp")),
                _s(row.get("cold_s")),
                _kb(row.get("chart_data_bytes")),
                _kb(row.get("chart_spec_bytes")),
            ]
            + (["**exception**"] if row.get("exception") else [])
            for name, row in server.items()
        ],
    )
    browser = results.get("browser (Chromium)")
    if browser is not None:
        lines += ["", f"## Browser: goto → ready (Chromium, median of {meta.get('visits')} tabs)"]
        if "skipped" in browser:
            lines += ["", f"skipped: {browser['skipped']}"]
        else:
            pages = {n: r for n, r in browser.items() if "goto_ready_s" in r}
            starts = {n: r for n, r in browser.items() if "start_to_ready_s" in r}
            lines.append("")
            lines += _markdown(
                ["page", "goto → ready", "× floor", "× floor 2nd page", "× GDP template", "ws"],
                [
                    [
                        name,
                        _s(row["goto_ready_s"]),
                        _x(row.get("x_floor")),
                        _x(row.get("x_floor_second_page")),
                        _x(row.get("x_gdp")),
                        _kb(row.get("ws_bytes")),
                    ]
                    for name, row in pages.items()
                ],
            )
            lines.append("")
            lines += _markdown(
                ["server start → first page ready", "seconds", "× floor", "× GDP template"],
                [
                    [
                        name.removeprefix("start to first page: "),
                        _s(row["start_to_ready_s"]),
                        _x(row.get("x_floor")),
                        _x(row.get("x_gdp")),
                    ]
                    for name, row in starts.items()
                ],
            )
    languages = results.get("languages (AppTest)", {})
    if languages:
        lines += ["", "## Languages: warm rerun in each language (AppTest), against English", ""]
        lines += _markdown(
            ["page [language]", "warm rerun", "× English"],
            [
                [name, _ms(row.get("warm_median_s")), _x(row.get("x_english"))]
                + (["**exception**"] if row.get("exception") else [])
                for name, row in languages.items()
            ],
        )
    scale_rows = results.get("scale", {})
    lines += ["", "## Scale (synthetic files; load and validate in a fresh process)", ""]
    lines += _markdown(
        [
            "file",
            "load and validate",
            "plain pyarrow read",
            "ratio",
            "page's warm rerun",
            "× shipped",
            "chart data",
            "chart spec",
        ],
        [
            [
                name,
                _s(row["load_validate_s"]),
                _s(row["pyarrow_read_s"]),
                _x(row["ratio"]),
                _ms(row.get("warm_median_s")),
                _x(row.get("x_shipped")),
                _kb(row.get("chart_data_bytes")),
                _kb(row.get("chart_spec_bytes")),
            ]
            + (["**exception**"] if row.get("exception") else [])
            for name, row in scale_rows.items()
        ],
    )
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--tiny",
        action="store_true",
        help="one round, one rerun, a 1,000-row trade file only, independent parts in parallel "
        "(the smoke test; its timings mean nothing)",
    )
    parser.add_argument("--no-browser", action="store_true", help="skip the Chromium measurements")
    parser.add_argument("--out", type=Path, default=HERE / "results" / "latest.json")
    args = parser.parse_args()
    started, load_before = time.perf_counter(), os.getloadavg()[0]
    if args.tiny:
        rounds, reruns, visits, repeats = 1, 1, 1, 1
        # Scale: trade only (the quotes file goes through the same code); enough to show that
        # a scaled folder loads, validates and draws.
        scaled_files = [("trade", 1_000)]
    else:
        # repeats: fresh load-and-validate processes per scaled file (median taken)
        rounds, reruns, visits, repeats = 3, 10, 2, 3
        scaled_files = [("trade", n) for n in (10_000, 100_000, 1_000_000)]
        scaled_files += [("quotes", n) for n in (10_000, 100_000)]

    with tempfile.TemporaryDirectory() as tmp:
        # The server rounds and each scaled file are independent. The full run does them one
        # after another (so they do not compete for the 2 cores); --tiny runs them together.
        tasks: list[Callable[[], dict]] = [lambda: server_side(rounds, reruns, batch=args.tiny)]
        tasks += [
            lambda kind=kind, size=size: scale_one(kind, size, Path(tmp), reruns, repeats)
            for kind, size in scaled_files
        ]
        with ThreadPoolExecutor(max_workers=len(tasks) if args.tiny else 1) as pool:
            server, *scaled = [future.result() for future in [pool.submit(t) for t in tasks]]
    results: dict = {"meta": {}, "server (AppTest)": server}
    # --tiny: the Overview alone, to show the three languages run (its timings mean nothing).
    only = "Overview" if args.tiny else None
    results["languages (AppTest)"] = language_side(rounds, reruns, only=only)
    if not args.no_browser:
        results["browser (Chromium)"] = browser_side(rounds, visits)
    results["scale"] = with_shipped({k: v for rows in scaled for k, v in rows.items()}, server)
    results["meta"] = {
        "rounds": rounds,
        "reruns": reruns,
        "visits": visits,
        "load_repeats": repeats,
        "tiny": args.tiny,
        "commit": _commit(),
        "seconds": time.perf_counter() - started,
        # 1-minute load average at start and end: above the core count, other work shared
        # the machine (the ratios are meant to survive that; absolute times are not).
        "load_average": [load_before, os.getloadavg()[0]],
        "cores": os.cpu_count(),
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(results, indent=2))
    print(table(results))
    print(f"\nwritten: {args.out}")


if __name__ == "__main__":
    main()
