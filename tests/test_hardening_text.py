"""Hostile text in the data stays text on every page (AppTest through app.py).

Every free-text column holds HTML, markdown links and images, and Streamlit directives
(tests/hostile_data.py). Wherever a page passes that text to something that renders markdown
(markdown, captions, headings, alerts, metric help, labels), it must arrive escaped: none of
the pieces unescaped, and all of it visible once the escapes are read back. Tables, code and
chart data are literal by nature; a chart's spec must not hold data text at all (Vega would
read it as an expression or a title).
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from google.protobuf.message import Message
from streamlit.runtime.media_file_manager import MediaFileManager
from streamlit.testing.v1 import AppTest

from relations.data import load
from tests.pages import open_page, open_popovers

from . import hostile_data

APP = str(Path(__file__).resolve().parent.parent / "app.py")
PAGES = ["overview", "trade", "tourism", "timeline", "quotes", "sources"]
# Proto fields shown literally (widget values and options, chart specs checked on their own).
LITERAL_FIELDS = {"value", "default", "options", "spec", "placeholder"}
LITERAL_ELEMENTS = {"code", "text", "arrow_data_frame", "dataframe", "table"}
# A search from the URL that matches nothing, so the empty-state hint repeats it. One word with
# no space: the quote search repeats each missing word on its own.
REFLECTED = "zz<img/src=y>![](http://127.0.0.1:9/zz.png)[zz](javascript:alert(1)):smile:"
HIGHLIGHT = re.compile(r":orange\[\*\*(.*?)\*\*\]")  # relations.quote_cards.HIGHLIGHT
FILE_NAME = re.compile(r"^[A-Za-z0-9._-]+\.(csv|svg|png)$")


@pytest.fixture(scope="module")
def hostile_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return hostile_data.build(tmp_path_factory.mktemp("hostile") / "data")


@pytest.fixture
def hostile(hostile_folder: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv(load.DATA_DIR_ENV, str(hostile_folder))
    return hostile_folder


def strings(message: Message, path: str = "") -> Iterator[tuple[str, str]]:
    """Every string field of a proto, with its dotted path."""
    for field, value in message.ListFields():
        items = value if field.is_repeated else [value]
        if field.type == field.TYPE_MESSAGE and not field.message_type.GetOptions().map_entry:
            for item in items:
                yield from strings(item, f"{path}.{field.name}")
        elif field.type == field.TYPE_STRING:
            for item in items:
                yield f"{path}.{field.name}", item


def rendered(at: AppTest) -> Iterator[tuple[str, str, str]]:
    """(element type, field, text) of every string the frontend may render as markdown."""
    for node in at:
        proto = getattr(node, "proto", None)
        if not isinstance(proto, Message) or node.type in LITERAL_ELEMENTS:
            continue
        for path, value in strings(proto):
            if path.rsplit(".", 1)[-1] not in LITERAL_FIELDS:
                yield node.type, path, value


def chart_specs(at: AppTest) -> list[str]:
    return [chart.proto.spec for chart in at.get("vega_lite_chart")]


def shown(markdown: str) -> str:
    """What a reader sees of our escaped markdown: highlights, empty spans and escapes removed."""
    plain = HIGHLIGHT.sub(r"\1", markdown).replace(":gray[]", "")
    return re.sub(r"\\(.)", r"\1", plain)


def raw_pieces(markdown: str) -> list[str]:
    """Pieces of hostile markup present without a backslash in front."""
    return [
        piece
        for piece in hostile_data.RAW_MARKUP
        if re.search(r"(?<!\\)" + re.escape(piece), markdown)
    ]


def is_hostile(value: str) -> bool:
    return "alert(1)" in shown(value) or "127.0.0.1:9" in shown(value)


def hostile_cases(folder: Path) -> list[tuple[str, dict[str, str]]]:
    """Each page as it opens, plus the deep links that show details and reflected searches."""
    events = load.dataset("timeline", folder=folder)
    quotes = load.dataset("quotes", folder=folder)
    eras = load.dataset("eras", folder=folder)
    claims = load.dataset("claims", folder=folder)
    # An event that opens an era, and one with quotes on its day: the fullest detail panels.
    daily = events[events["date_precision"] == "day"]
    quoted = daily[daily["date"].isin(quotes.loc[quotes["date_precision"] == "day", "date"])]
    return [
        *[(page, {}) for page in PAGES],
        ("timeline", {"event": eras["start_event_id"].iloc[0]}),
        ("timeline", {"event": quoted["event_id"].iloc[0]}),
        ("timeline", {"timeline_search": REFLECTED}),
        ("quotes", {"quote": claims["quote_id"].iloc[0]}),
        ("quotes", {"quotes_text": "alert javascript"}),
        ("quotes", {"quotes_text": REFLECTED}),
    ]


def test_every_view_shows_hostile_text_escaped_and_whole(hostile):
    cases = hostile_cases(hostile)
    for page, params in cases:
        at = open_page(page, **params)
        assert not at.exception, (page, params, at.exception)
        hits = [(kind, path, value) for kind, path, value in rendered(at) if is_hostile(value)]
        for kind, path, value in hits:
            assert raw_pieces(value) == [], (page, params, kind, path, value[:300])
            searched = params.get("timeline_search") or params.get("quotes_text")
            whole = hostile_data.HOSTILE in shown(value) or (searched and searched in shown(value))
            assert whole, (page, params, kind, path, shown(value)[:300])
        tables = " ".join(str(frame.value.to_dict()) for frame in at.dataframe)
        assert hits or hostile_data.HOSTILE in tables, (page, params, "no hostile text shown")
        for spec in chart_specs(at):
            assert "alert(1)" not in spec and "127.0.0.1:9" not in spec, (page, params)


def test_a_search_from_the_url_is_escaped_in_the_empty_state_hint(hostile):
    at = open_page("timeline", timeline_search=REFLECTED)
    hint = [alert.value for alert in at.info if "search" in alert.value]
    assert hint and raw_pieces(hint[0]) == [] and REFLECTED in shown(hint[0])


@pytest.fixture
def downloads(monkeypatch: pytest.MonkeyPatch) -> dict[str, tuple[str, bytes]]:
    """Media URL or deferred file id -> (file name, bytes) of every file a page offers (AppTest
    keeps neither). A file built on click (a callable) is built here, as the click would."""
    offered: dict[str, tuple[str, bytes]] = {}
    add, add_deferred = MediaFileManager.add, MediaFileManager.add_deferred

    def recording_add(self, path_or_data, mimetype, coordinates, file_name=None, **kwargs):
        url = add(self, path_or_data, mimetype, coordinates, file_name, **kwargs)
        offered[url] = (file_name, path_or_data)
        return url

    def recording_add_deferred(self, build, mimetype, coordinates, file_name=None, **kwargs):
        file_id = add_deferred(self, build, mimetype, coordinates, file_name, **kwargs)
        content = build()
        offered[file_id] = (file_name, content.encode() if isinstance(content, str) else content)
        return file_id

    monkeypatch.setattr(MediaFileManager, "add", recording_add)
    monkeypatch.setattr(MediaFileManager, "add_deferred", recording_add_deferred)
    return offered


def formula_cells(csv_bytes: bytes) -> list[str]:
    """Cells a spreadsheet would run: = + @ tab CR first, or - first in anything but a number."""
    found = []
    for row in csv.reader(io.StringIO(csv_bytes.decode("utf-8"))):
        for cell in row:
            if cell[:1] in ("=", "+", "@", "\t", "\r") or (
                cell.startswith("-") and not re.fullmatch(r"-\d+(\.\d+)?(e[-+]?\d+)?", cell)
            ):
                found.append(cell)
    return found


@pytest.mark.parametrize("page", ["trade", "tourism", "timeline", "quotes", "sources"])
def test_downloads_have_plain_file_names_and_no_live_formulas(hostile, downloads, page):
    at = open_popovers(open_page(page))  # every Download & cite and Cite open
    assert not at.exception
    buttons = at.get("download_button")
    assert buttons, page
    for button in buttons:
        file_name, content = downloads[button.proto.url or button.proto.deferred_file_id]
        assert FILE_NAME.match(file_name), (page, button.key, file_name)
        if file_name.endswith(".svg"):
            # A chart's image draws data text (its sources): as SVG text, never as markup.
            assert b"<script" not in content and b"<img" not in content, (page, button.key)
            continue
        if file_name.endswith(".png"):
            continue
        assert formula_cells(content) == [], (page, button.key, formula_cells(content)[:3])
    if page != "trade":  # the yearly trade table carries no free text
        defused = "'" + hostile_data.FORMULA.replace('"', '""')
        csvs = [content for name, content in downloads.values() if name.endswith(".csv")]
        assert any(defused in content.decode() for content in csvs), page
