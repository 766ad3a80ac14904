"""What Community Cloud does: a fresh environment from requirements.txt alone runs the app."""

import subprocess
import sys

from playwright.sync_api import expect

from .conftest import ROOT, start_server, wait_ready


def test_fresh_venv_from_requirements_txt_serves_the_overview(tmp_path, page, console):
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    python = str(venv / "bin" / "python")
    subprocess.run(
        [
            python,
            "-m",
            "pip",
            "install",
            "-q",
            "--disable-pip-version-check",
            "-r",
            str(ROOT / "requirements.txt"),
        ],
        check=True,
        timeout=900,
    )
    check = subprocess.run([python, "-m", "pip", "check"], capture_output=True, text=True)
    assert check.returncode == 0, check.stdout
    server = start_server(tmp_path, python=python)
    try:
        page.goto(server.url)
        wait_ready(page)
        expect(page.get_by_role("heading", name="Laos and Russia at a glance")).to_be_visible()
        expect(page.get_by_test_id("stMetric").first).to_be_visible()
        assert page.get_by_test_id("stException").count() == 0
        assert console.unexpected() == []
    finally:
        server.stop()
