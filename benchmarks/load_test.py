"""Many visitors at once: concurrent browser sessions on one local server, and its memory per session.

    python benchmarks/load_test.py --sessions 20     # prints a table, writes benchmarks/results/load_test.json

Starts `streamlit run app.py` on 127.0.0.1 (loopback only, a free port) from a snapshot of the
app copied at start. One warm-up session visits every page (filling the data cache); the
server's resident memory (VmRSS of the process and any children, from /proc) is read with that
session held. Then N more sessions open at once, one browser context each, driven together
with asyncio.gather: each opens the app's root and visits every other page through the sidebar
(one tab, one Streamlit session), waiting on each until the script has finished, every chart
has drawn and the page's own requests have been answered, then reads it for a moment (--think).
All tabs stay open, so every session is still held when the memory is read again. The server's
/_stcore/metrics confirms how many sessions it holds and the bytes in Streamlit's caches per
function: the data is cached once for the process, not per session.

Errors counted: console errors and failed requests (except the framework's known
`/_stcore/health` and `/_stcore/host-config` 404 probes on deep links), stException elements,
st.error alerts (a file that fails its check), page visits that failed or timed out, and
tracebacks or ERROR records in the server log (written next to the JSON). Bounded: a fixed
number of visits (pages x (N + 1)), a hard overall timeout, and the server is stopped at the
end. Exit status 0 only with zero errors.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.e2e import serving

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
CHROMIUM_ARGS = [*serving.CHROMIUM_ARGS, "--disable-dev-shm-usage"]  # many tabs at once
KNOWN_PROBES = ("/_stcore/health", "/_stcore/host-config")
WAIT_MS = 120_000
# The script has finished, the page's heading has replaced the previous page's, every chart drew.
READY_JS = """
(previous) => {
    const app = document.querySelector('[data-testid="stApp"]');
    const heading = document.querySelector('h1');
    if (!app || app.getAttribute('data-test-script-state') !== 'notRunning') return false;
    if (!heading || heading.innerText.trim() === previous) return false;
    return [...document.querySelectorAll('[data-testid="stVegaLiteChart"]')]
        .every((chart) => chart.querySelector('svg.marks, canvas'));
}
"""
NAV_JS = """
() => [...document.querySelectorAll('[data-testid="stSidebarNav"] a')]
    .map((link) => [link.innerText.trim().split('\\n').pop(), link.href])
"""
SNAPSHOT_SKIPS = shutil.ignore_patterns(
    ".git", "tests", "benchmarks", "__pycache__", ".venv", ".*_cache", "test-results", "screenshots"
)


@dataclass(frozen=True)
class Plan:
    sessions: int
    timeout: float
    think: float
    chromium: str


# --- the server -------------------------------------------------------------------------------


def snapshot(folder: Path) -> Path:
    """A copy of the app as it is now, so the server under load runs one fixed version of it.

    Streamlit reloads a module of the app that changes while it serves. An edit saved in the
    checkout during a run would be reimported under twenty concurrent scripts, and that race
    shows up as import errors that say nothing about the app as deployed.
    """
    return Path(shutil.copytree(ROOT, folder / "app", ignore=SNAPSHOT_SKIPS))


def git_state() -> dict[str, object]:
    def git(*args: str) -> str:
        run = subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True)
        return run.stdout.strip() if run.returncode == 0 else ""

    return {
        "commit": git("rev-parse", "HEAD"),
        "uncommitted_changes": bool(git("status", "--porcelain")),
    }


def descendants(pid: int) -> list[int]:
    found = []
    for children in Path(f"/proc/{pid}/task").glob("*/children"):
        try:
            found += [int(child) for child in children.read_text().split()]
        except OSError:
            continue
    return found + [grandchild for child in found for grandchild in descendants(child)]


def rss_mb(pid: int) -> float:
    """Resident memory of the process and its children, in MB (VmRSS from /proc)."""
    total_kb = 0
    for each in [pid, *descendants(pid)]:
        try:
            status = Path(f"/proc/{each}/status").read_text()
        except OSError:
            continue
        total_kb += next(
            (int(line.split()[1]) for line in status.splitlines() if line.startswith("VmRSS:")), 0
        )
    return total_kb / 1024


async def settled_rss_mb(pid: int, samples: int = 5, pause: float = 0.5) -> float:
    """The median of a few readings taken once the sessions are idle."""
    readings = []
    for _ in range(samples):
        await asyncio.sleep(pause)
        readings.append(rss_mb(pid))
    return statistics.median(readings)


def server_metrics(url: str) -> dict:
    """Sessions the server holds and bytes per cached function (st.cache_data, where derived
    results live, and st.cache_resource, where the loaded data lives), from /_stcore/metrics."""
    with urllib.request.urlopen(f"{url}/_stcore/metrics", timeout=10) as response:
        text = response.read().decode()
    active, caches = 0, {}
    for line in text.splitlines():
        if line.startswith("active_sessions "):
            active = int(float(line.split()[-1]))
        elif line.startswith("cache_memory_bytes{"):
            kind = line.split('cache_type="', 1)[1].split('"', 1)[0]
            name = line.split('cache="', 1)[1].split('"', 1)[0]
            key = f"{kind}: {name}"
            caches[key] = caches.get(key, 0) + int(float(line.split()[-1]))
    return {
        "active_sessions": active,
        "cache_bytes": sum(caches.values()),
        "cache_by_function": caches,
    }


def server_log_errors(log: Path) -> list[str]:
    """Each traceback or ERROR record in the server log, as its first and last lines."""
    found, block = [], []
    for line in [*log.read_text(errors="replace").splitlines(), ""]:
        if block and line.startswith((" ", "\t", "Traceback")):
            block.append(line)
            continue
        if block:
            found.append(f"{block[0].strip()} ... {line.strip()}")
            block = []
        if "Traceback" in line or " ERROR " in line:
            block = [line]
    return found


# --- the visitors -----------------------------------------------------------------------------


@dataclass
class Session:
    number: int
    console: list[str] = field(default_factory=list)
    failed_requests: list[tuple[str, str]] = field(default_factory=list)  # (url, page)
    failed_visits: list[str] = field(default_factory=list)
    exceptions: int = 0
    error_alerts: int = 0
    visits: int = 0
    sockets_open: int = 0
    media_requested: int = 0
    media_answered: int = 0
    on: str = ""  # the page this session was asked to show last
    page: object = None

    def unexpected_console(self) -> list[str]:
        """Console errors and failed requests, less the framework's known 404 probes."""
        errors = list(self.console)
        for _ in [url for url, _ in self.failed_requests if url.endswith(KNOWN_PROBES)]:
            for i, text in enumerate(errors):
                if "404" in text and "Failed to load resource" in text:
                    del errors[i]
                    break
        return errors + [
            f"{url} (on {on})" for url, on in self.failed_requests if not url.endswith(KNOWN_PROBES)
        ]


def watch(session: Session, page) -> None:
    def on_socket(socket) -> None:
        session.sockets_open += 1

        def closed(_socket) -> None:
            session.sockets_open -= 1

        socket.on("close", closed)

    def on_console(message) -> None:
        if message.type == "error":
            session.console.append(f"{message.text} (on {session.on})")

    def is_media(url: str) -> bool:
        return urllib.parse.urlsplit(url).path.startswith("/media/")  # not /static/media/

    def on_request(request) -> None:
        if is_media(request.url):
            session.media_requested += 1

    def on_response(response) -> None:
        if response.status >= 400:
            session.failed_requests.append((response.url, session.on))
        if is_media(response.url):
            session.media_answered += 1

    def on_request_failed(request) -> None:
        if is_media(request.url):
            session.media_answered += 1
            session.failed_requests.append((request.url, session.on))

    page.on("console", on_console)
    page.on("pageerror", lambda error: session.console.append(f"{error} (on {session.on})"))
    page.on("request", on_request)
    page.on("response", on_response)
    page.on("requestfailed", on_request_failed)
    page.on("websocket", on_socket)


async def media_checked(page, session: Session) -> None:
    """Wait until every media request the page made (a download button's file check) is answered.

    Streamlit's frontend checks a download button's file URL when it draws the button, and the
    server forgets a file soon after the last session showing it moves on. A reader stays longer
    than that check takes; a robot that leaves at once turns a slow answer into a 404 for a
    button no longer on screen. So each session lets the page's own requests finish first. A
    button whose file is built on click (deferred) makes no request until it is clicked.
    """
    await asyncio.sleep(0.1)  # the requests a freshly drawn button starts
    deadline = time.monotonic() + WAIT_MS / 1000
    while session.media_answered < session.media_requested and time.monotonic() < deadline:
        await asyncio.sleep(0.05)


async def visit_every_page(
    browser, url: str, session: Session, think: float, pages: dict[str, str] | None = None
) -> dict[str, str]:
    """One tab, one Streamlit session: the app's root by URL, then each other page by its link.

    `pages` maps navigation title to link; without it they are read from the app's own sidebar
    (the warm-up does this), so every page the navigation lists is visited.
    """
    context = await browser.new_context()
    page = await context.new_page()
    session.page = page
    watch(session, page)
    heading = ""
    steps = [("(root)", url), *list((pages or {}).items())[1:]]
    while steps:
        title, link = steps.pop(0)
        session.on = title
        try:
            if title == "(root)":
                await page.goto(link, timeout=WAIT_MS)
            else:
                await page.locator(f'[data-testid="stSidebarNav"] a[href="{link}"]').click(
                    timeout=WAIT_MS
                )
                await page.wait_for_url(link, timeout=WAIT_MS)
            await page.wait_for_function(READY_JS, arg=heading, polling=100, timeout=WAIT_MS)
            heading = (await page.locator("h1").first.inner_text()).strip()
            session.exceptions += await page.get_by_test_id("stException").count()
            session.error_alerts += await page.get_by_test_id("stAlertContentError").count()
            await media_checked(page, session)
            session.visits += 1
            if pages is None:
                pages = dict(await page.evaluate(NAV_JS))
                steps = list(pages.items())[1:]
            await asyncio.sleep(think)  # a reader looks at the page before moving on
        except Exception as error:  # a failed visit is counted and reported, not raised
            session.failed_visits.append(f"{title}: {type(error).__name__}: {error}".split("\n")[0])
    return pages or {}


async def crowd(url: str, pid: int, plan: Plan, result: dict) -> None:
    from playwright.async_api import async_playwright

    async with async_playwright() as playwright:
        browser = await playwright.chromium.launch(
            executable_path=plan.chromium, args=CHROMIUM_ARGS
        )
        result["chromium"] = browser.version
        everyone = [Session(0)]
        try:
            tick = time.perf_counter()
            pages = await visit_every_page(browser, url, everyone[0], plan.think)
            result["warmup_s"] = time.perf_counter() - tick
            result["pages"] = list(pages)
            result["visits_planned"] = len(pages) * (plan.sessions + 1)
            if not pages:
                return
            result["rss_mb_before"] = await settled_rss_mb(pid)
            result["server_before"] = await asyncio.to_thread(server_metrics, url)

            others = [Session(n) for n in range(1, plan.sessions + 1)]
            everyone += others
            tick = time.perf_counter()
            await asyncio.gather(
                *(visit_every_page(browser, url, s, plan.think, pages) for s in others)
            )
            result["concurrent_s"] = time.perf_counter() - tick
            result["rss_mb_after"] = await settled_rss_mb(pid)
            result["server_after"] = await asyncio.to_thread(server_metrics, url)
        finally:
            result["visits_completed"] = sum(s.visits for s in everyone)
            result["sessions_held"] = sum(
                1 for s in everyone if s.page and not s.page.is_closed() and s.sockets_open > 0
            )
            result["errors"] = {
                "console": [
                    f"session {s.number}: {e}" for s in everyone for e in s.unexpected_console()
                ],
                "exceptions": sum(s.exceptions for s in everyone),
                "error_alerts": sum(s.error_alerts for s in everyone),
                "failed_visits": [
                    f"session {s.number}: {f}" for s in everyone for f in s.failed_visits
                ],
            }
            await browser.close()


# --- one run ----------------------------------------------------------------------------------


def serve(server: serving.Server, plan: Plan, log: Path, result: dict) -> None:
    """Drive the sessions against the running server within the time limit, then stop it."""
    # The last resort if asyncio itself cannot cancel: kill the server and leave.
    process = server.process
    guard = threading.Timer(plan.timeout + 60, lambda: (process.kill(), os._exit(3)))
    guard.daemon = True
    guard.start()
    try:
        asyncio.run(asyncio.wait_for(crowd(server.url, process.pid, plan, result), plan.timeout))
    except TimeoutError:
        result["timed_out"] = True
    finally:
        server.stop()
        guard.cancel()
        result.setdefault(
            "errors", {"console": [], "exceptions": 0, "error_alerts": 0, "failed_visits": []}
        )
        result["errors"]["server_log"] = server_log_errors(log)


def measure(plan: Plan, log: Path) -> dict:
    result: dict = {
        "sessions_concurrent": plan.sessions,
        "visits_planned": None,
        "think_s": plan.think,
        "timeout_s": plan.timeout,
        "timed_out": False,
        "app": git_state(),
    }
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="load-test-") as tmp:
        server = serving.start_streamlit("app.py", cwd=snapshot(Path(tmp)), log=log)
        result["server"] = server.url
        serve(server, plan, log, result)
    result["wall_s"] = time.perf_counter() - started
    errors = result["errors"]
    result["error_count"] = (
        len(errors["console"])
        + errors["exceptions"]
        + errors["error_alerts"]
        + len(errors["failed_visits"])
        + len(errors["server_log"])
        + (result.get("visits_completed") != result["visits_planned"])
    )
    if "rss_mb_after" in result:
        extra = result["sessions_held"] - 1
        grown = result["rss_mb_after"] - result["rss_mb_before"]
        result["rss_mb_growth"] = grown
        result["mb_per_extra_session"] = grown / extra if extra > 0 else None
    return result


def table(result: dict) -> str:
    before, after = result.get("server_before", {}), result.get("server_after", {})
    rows = [
        ("sessions opened at once (plus 1 warm-up)", result["sessions_concurrent"]),
        ("sessions held at the end (browser)", result.get("sessions_held")),
        ("sessions held at the end (server)", after.get("active_sessions")),
        (
            "page visits completed / planned",
            f"{result.get('visits_completed')} / {result['visits_planned']}",
        ),
        ("errors", result["error_count"]),
        ("server RSS with 1 session, MB", result.get("rss_mb_before")),
        ("server RSS with all sessions, MB", result.get("rss_mb_after")),
        ("MB per extra session", result.get("mb_per_extra_session")),
        ("cache bytes (data and derived), 1 session", before.get("cache_bytes")),
        ("cache bytes (data and derived), all sessions", after.get("cache_bytes")),
        ("warm-up (1 session, all pages), s", result.get("warmup_s")),
        ("all concurrent sessions done, s", result.get("concurrent_s")),
        ("wall time, s", result["wall_s"]),
    ]
    width = max(len(name) for name, _ in rows)
    lines = [
        f"{name:<{width}}  {value:,.2f}"
        if isinstance(value, float)
        else f"{name:<{width}}  {value}"
        for name, value in rows
    ]
    if result["timed_out"]:
        lines.append(f"TIMED OUT after {result['timeout_s']} s")
    for kind, found in result["errors"].items():
        lines += [f"error ({kind}): {item}" for item in (found if isinstance(found, list) else [])]
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--sessions", type=int, default=20, help="opened at once (default 20)")
    parser.add_argument("--timeout", type=float, default=300, help="hard limit, s (default 300)")
    parser.add_argument(
        "--think", type=float, default=1.0, help="seconds on each page once ready (default 1)"
    )
    parser.add_argument("--out", type=Path, default=HERE / "results" / "load_test.json")
    args = parser.parse_args()
    if args.sessions < 1:
        parser.error("--sessions must be at least 1")
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        parser.error("Debian's chromium is not installed (apt-get install chromium)")
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))  # unwind: the server is stopped
    args.out.parent.mkdir(parents=True, exist_ok=True)
    log = args.out.with_name(args.out.stem + "_server.log")
    result = measure(Plan(args.sessions, args.timeout, args.think, chromium), log)
    args.out.write_text(json.dumps(result, indent=2))
    print(table(result))
    print(f"\nwritten: {args.out} (server log: {log})")
    return 0 if result["error_count"] == 0 and not result["timed_out"] else 1


if __name__ == "__main__":
    sys.exit(main())
