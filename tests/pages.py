"""The one way tests open a page of the app through AppTest, and read what it drew."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pyarrow as pa
from streamlit.testing.v1 import AppTest

APP = str(Path(__file__).resolve().parent.parent / "app.py")
PAGES = {
    "overview": "app_pages/overview.py",
    "trade": "app_pages/trade.py",
    "tourism": "app_pages/tourism.py",
    "timeline": "app_pages/timeline.py",
    "quotes": "app_pages/quotes.py",
    "sources": "app_pages/sources.py",
}


def open_page(page: str = "overview", /, **params: str | list[str]) -> AppTest:
    """Open `page` (a name of PAGES) through app.py with these query parameters, as a visitor
    following a deep link would: one run, the frame and navigation included. The caller
    asserts on `at.exception`."""
    at = AppTest.from_file(APP, default_timeout=60)
    for key, value in params.items():
        at.query_params[key] = value
    return at.switch_page(PAGES[page]).run()


def charts(at: AppTest) -> list[tuple[dict, list[pd.DataFrame]]]:
    """Every chart drawn, in page order: its Vega-Lite spec and the frames sent with it."""
    found = []
    for element in at.get("vega_lite_chart"):
        spec = json.loads(element.proto.spec)
        frames = [pa.ipc.open_stream(d.data.data).read_pandas() for d in element.proto.datasets]
        found.append((spec, frames))
    return found


def table(at: AppTest, column: str) -> pd.DataFrame:
    """The one table that has this column (AppTest does not expose a dataframe's key)."""
    found = [frame.value for frame in at.dataframe if column in frame.value.columns]
    assert len(found) == 1, column
    return found[0]


def popover_keys(at: AppTest) -> list[str]:
    """The keys of every popover drawn (a chart's Download & cite, a quote's or event's Cite)."""
    found: list[str] = []

    def walk(node) -> None:
        for child in getattr(node, "children", {}).values():
            if getattr(child, "type", None) == "popover" and child.key:
                found.append(child.key)
            walk(child)

    walk(at.main)
    walk(at.sidebar)
    return found


def open_popovers(at: AppTest, keys: list[str] | None = None) -> AppTest:
    """Open these popovers (default: every one drawn), as a reader's click does: the app reruns
    and writes what a popover holds only while it is open."""
    for key in popover_keys(at) if keys is None else keys:
        at.session_state[key] = True
    return at.run()
