"""Shared by the browser tests, the benchmark and the load test: Chromium flags and a local
`streamlit run` that is healthy before it is used."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path

# Debian's Chromium, headless, with nothing that would reach the (closed) network.
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@dataclass
class Server:
    url: str
    process: subprocess.Popen
    log: Path
    started: float  # time.perf_counter() when the process was launched

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=10)


def start_streamlit(
    app: str | Path,
    *,
    cwd: Path,
    log_dir: Path | None = None,
    log: Path | None = None,
    python: str = sys.executable,
    env: dict[str, str] | None = None,
    timeout: float = 60,
) -> Server:
    """`streamlit run APP` on 127.0.0.1 and a free port; returns once /_stcore/health says ok.

    The server's output goes to `log`, or to `streamlit-<port>.log` in `log_dir`.
    """
    port = free_port()
    log = log or (log_dir or Path.cwd()) / f"streamlit-{port}.log"
    started = time.perf_counter()
    process = subprocess.Popen(
        [
            python,
            "-m",
            "streamlit",
            "run",
            str(app),
            "--server.headless",
            "true",
            "--server.address",
            "127.0.0.1",
            "--server.port",
            str(port),
            "--browser.gatherUsageStats",
            "false",
        ],
        cwd=cwd,
        stdout=log.open("w"),
        stderr=subprocess.STDOUT,
        env={**os.environ, **(env or {})},
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"streamlit exited early:\n{log.read_text()}")
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as response:
                if response.read() == b"ok":
                    return Server(url, process, log, started)
        except OSError:
            time.sleep(0.1)
    process.kill()
    raise RuntimeError(f"streamlit did not become healthy in {timeout} s:\n{log.read_text()}")
