"""What a reader takes away, byte for byte: every chart's image, rows and citation, the Cite of
quotes and events, the data version in names and on Sources & data (AppTest through app.py).

AppTest keeps no download's bytes, so a recorder stands in for Streamlit's file manager and
builds a file the way a click would. Expected values are written here or read from the shipped
files with pandas, never computed by the code under test.
"""

from __future__ import annotations

import io
import re
import shutil
import struct
import subprocess
import sys
import urllib.parse
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path

import pandas as pd
import pytest
from streamlit.runtime.media_file_manager import MediaFileManager

from relations.data import load
from tests.pages import charts, open_page, open_popovers, popover_keys

ROOT = Path(__file__).resolve().parent.parent
LOCAL = "http://localhost:8501"  # where a permalink points when no browser gives an address
# Every chart on every page, by its key.
CHARTS = {
    "overview": ["overview_chart"],
    "trade": ["trade_flows_chart", "trade_balance_chart", "trade_claims_chart"],
    "tourism": ["tourism_visitors_chart", "tourism_education_chart"],
    "timeline": ["timeline_chart"],
    "quotes": ["quotes_speaker_chart", "quotes_topic_chart"],
}
SVG = "{http://www.w3.org/2000/svg}"


@pytest.fixture
def offered(monkeypatch: pytest.MonkeyPatch) -> dict[str, tuple[str, str, Callable]]:
    """Deferred file id -> (file name, mime type, builder) of every file built on click."""
    files: dict[str, tuple[str, str, Callable]] = {}
    add_deferred = MediaFileManager.add_deferred

    def recording(self, build, mimetype, coordinates, file_name=None, **kwargs):
        file_id = add_deferred(self, build, mimetype, coordinates, file_name, **kwargs)
        files[file_id] = (file_name, mimetype, build)
        return file_id

    monkeypatch.setattr(MediaFileManager, "add_deferred", recording)
    return files


def download(at, offered, key: str) -> tuple[str, bytes]:
    """The file name and the bytes the button keyed `key` gives when clicked."""
    (button,) = [b for b in at.get("download_button") if b.key == key]
    file_name, _, build = offered[button.proto.deferred_file_id]
    content = build()
    return file_name, content.encode() if isinstance(content, str) else content


def svg_texts(content: bytes) -> list[str]:
    return [t.text or "" for t in ET.fromstring(content).iter(f"{SVG}text")]


def png_size(content: bytes) -> tuple[int, int]:
    assert content[:8] == b"\x89PNG\r\n\x1a\n"
    assert content[12:16] == b"IHDR"
    return struct.unpack(">II", content[16:24])


def data_day() -> str:
    """How far the shipped collection runs: its latest quote or event, read here with pandas."""
    dates = pd.concat(
        [pd.read_csv(ROOT / "data" / f"{name}.csv")["date"] for name in ("quotes", "timeline")]
    )
    return pd.to_datetime(dates).max().strftime("%Y-%m-%d")


@pytest.mark.parametrize("page", list(CHARTS))
def test_every_chart_has_a_download_and_cite_control_filled_only_when_open(page):
    at = open_page(page)
    assert not at.exception
    assert len(charts(at)) == len(CHARTS[page])
    controls = [f"{chart}_cite" for chart in CHARTS[page]]
    assert set(controls) <= set(popover_keys(at))
    # Closed, a control holds nothing: no file offered, no citation written on a rerun.
    offered = {b.key for b in at.get("download_button")}
    assert not any(key.endswith(("_svg", "_png")) for key in offered), offered
    assert not [c for c in at.code if "dashboard (" in c.value]
    at = open_popovers(at, controls)
    assert not at.exception
    keys = {b.key for b in at.get("download_button")}
    for chart in CHARTS[page]:
        assert {f"{chart}_svg", f"{chart}_png", f"{chart}_csv"} <= keys, (page, chart)


def test_trade_chart_image_carries_title_sources_version_and_permalink(offered):
    # Within the Lao sheet's years (1993–2020): the slider runs over the chosen reporter's.
    at = open_popovers(open_page("trade", trade_years=["2010", "2020"], trade_reporter="Laos"))
    assert not at.exception
    name, svg = download(at, offered, "trade_flows_chart_svg")
    assert name == f"laos-russia-trade-flows-laos-2010-2020-data-{data_day()}.svg"
    texts = svg_texts(svg)
    assert "Laos–Russia trade each way and turnover, Laos's statistics, 2010–2020" in texts
    assert any(t.startswith("Source: ") for t in texts)
    version = load.data_version()
    assert any(version.digest in t and "data as of" in t for t in texts), texts[-4:]
    (link,) = [t for t in texts if t.startswith("http")]
    address, _, query = link.partition("?")
    assert address == f"{LOCAL}/trade"
    assert urllib.parse.parse_qs(query) == {
        "trade_years": ["2010", "2020"],
        "trade_reporter": ["Laos"],
    }
    # The PNG is the same picture at twice the SVG's size.
    name, png = download(at, offered, "trade_flows_chart_png")
    assert name.endswith(".png")
    root = ET.fromstring(svg)
    width, height = float(root.get("width")), float(root.get("height"))
    assert width >= 760
    assert png_size(png) == (round(width * 2), round(height * 2))


def test_trade_chart_sources_are_the_rows_sources(offered):
    at = open_popovers(open_page("trade", trade_years=["2010", "2022"]))
    _, svg = download(at, offered, "trade_flows_chart_svg")
    sources = [
        t.removeprefix("Source: ").removesuffix(".")
        for t in svg_texts(svg)
        if t.startswith("Source: ")
    ]
    series = max(charts(at)[0][1], key=len)
    assert sorted(sources) == sorted(series["source"].dropna().unique())


def test_trade_chart_csv_holds_exactly_the_rows_drawn(offered):
    at = open_popovers(open_page("trade", trade_years=["2015", "2020"]))
    name, content = download(at, offered, "trade_flows_chart_csv")
    assert name == f"laos-russia-trade-flows-russia-2015-2020-data-{data_day()}.csv"
    rows = pd.read_csv(io.BytesIO(content))
    drawn = max(charts(at)[0][1], key=len)
    assert list(rows.columns) == list(drawn.columns)
    assert sorted(rows["year"].unique()) == list(range(2015, 2021))
    key = ["year", "series", "value_usd_m"]
    assert rows[key].to_dict("records") == drawn[key].to_dict("records")


# The title each chart's image carries in the default view, as a reader should read it.
TITLES = {
    "overview_chart": "Laos–Russia trade turnover by reporter, with milestones",
    "trade_flows_chart": "Laos–Russia trade each way and turnover, Russia's statistics, {trade}",
    "trade_balance_chart": "Laos–Russia trade balance, Russia's statistics, {trade}",
    "trade_claims_chart": "Leaders' trade claims against Russia-reported turnover",
    "tourism_visitors_chart": "Russian visitors to Laos, {tourism}",
    "tourism_education_chart": "Lao students in Russia and Russian scholarships, per year",
    "timeline_chart": "Laos–Russia relations: events by category, {timeline}",
    "quotes_speaker_chart": "Quotes on Laos–Russia relations: excerpts per speaker",
    "quotes_topic_chart": "Quotes on Laos–Russia relations: excerpts per topic",
}


def test_every_chart_image_renders_with_its_title(offered):
    for page, keys in CHARTS.items():
        at = open_popovers(open_page(page))
        # A title names the years the page's slider shows.
        sliders = {"trade": "trade_years", "tourism": "tourism_years", "timeline": "timeline_years"}
        years = {}
        if page in sliders:
            first, last = at.slider(key=sliders[page]).value
            years = {page: f"{first}–{last}"}
        for key in keys:
            _, svg = download(at, offered, f"{key}_svg")
            texts = svg_texts(svg)
            assert TITLES[key].format(**years) in texts, (key, texts[:3])
            assert any(t.startswith("Laos–Russia relations dashboard · data as of") for t in texts)


def test_timeline_csv_of_all_events_is_the_dataset_and_passes_check(offered, tmp_path):
    at = open_popovers(open_page("timeline"))
    name, content = download(at, offered, "timeline_chart_csv")
    first, last = str(pd.read_csv(ROOT / "data" / "timeline.csv")["date"].min())[:4], data_day()[:4]
    assert name == f"laos-russia-timeline-{first}-{last}-data-{data_day()}.csv"
    rows = pd.read_csv(io.BytesIO(content))
    shipped = pd.read_csv(ROOT / "data" / "timeline.csv")
    assert list(rows.columns) == list(shipped.columns)
    assert sorted(rows["event_id"]) == sorted(shipped["event_id"])
    folder = tmp_path / "data"
    shutil.copytree(ROOT / "data", folder)
    (folder / "timeline.csv").write_bytes(content)
    checked = subprocess.run(
        [sys.executable, "-m", "relations", "check", str(folder)],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert checked.returncode == 0, checked.stdout


def test_timeline_csv_of_a_filter_holds_only_the_events_drawn(offered):
    at = open_popovers(open_page("timeline", timeline_categories="economy"))
    _, content = download(at, offered, "timeline_chart_csv")
    rows = pd.read_csv(io.BytesIO(content))
    shipped = pd.read_csv(ROOT / "data" / "timeline.csv")
    assert set(rows["category"]) == {"economy"}
    assert len(rows) == (shipped["category"] == "economy").sum()
    drawn = max(charts(at)[0][1], key=len)
    assert sorted(rows["event_id"]) == sorted(drawn["event_id"])


def test_chart_citation_holds_the_permalink_and_the_data_version():
    at = open_popovers(open_page("tourism", tourism_years=["2016", "2019"]))
    version = load.data_version()
    plain = [c.value for c in at.code if c.value.startswith("Laos–Russia relations dashboard (")]
    assert plain, [c.value[:60] for c in at.code]
    visitors = plain[0]
    assert "“Russian visitors to Laos, 2016–2019” [chart]" in visitors
    assert version.digest in visitors
    assert visitors.endswith(f"from {LOCAL}/tourism?tourism_years=2016&tourism_years=2019")
    bibtex = [c.value for c in at.code if c.value.startswith("@misc{laos_russia_tourism_visitors")]
    assert bibtex and version.digest in bibtex[0]
    assert f"url = {{{LOCAL}/tourism?tourism_years=2016&tourism_years=2019}}" in bibtex[0]


def test_every_quote_card_cites_its_source_and_its_permalink():
    at = open_popovers(open_page("quotes"))
    quotes = pd.read_csv(ROOT / "data" / "quotes.csv").set_index("quote_id")
    sources = pd.read_csv(ROOT / "data" / "sources.csv").set_index("source_id")
    cards = [
        c.key.removeprefix("quotes_card_")
        for c in at.get("flex_container")
        if (c.key or "").startswith("quotes_card_")
    ]
    assert len(cards) >= 10
    codes = [c.value for c in at.code]
    for quote_id in cards:
        quote = quotes.loc[quote_id]
        source = sources.loc[quote["source_id"]]
        link = f"{LOCAL}/quotes?quote={urllib.parse.quote(quote_id, safe='')}"
        (plain,) = [c for c in codes if c.startswith(f"{quote['speaker']} (") and link in c]
        assert f"Quoted in {source['publisher']}, “{source['title']}”" in plain
        if isinstance(source["url"], str):
            assert source["url"] in plain
        assert load.data_version().digest in plain


def test_a_linked_event_cites_its_source_and_its_permalink():
    shipped = pd.read_csv(ROOT / "data" / "timeline.csv").set_index("event_id")
    sources = pd.read_csv(ROOT / "data" / "sources.csv").set_index("source_id")
    event_id = "1960-diplomatic-relations"
    at = open_popovers(open_page("timeline", event=event_id))
    assert not at.exception
    source = sources.loc[shipped.loc[event_id, "source_id"]]
    link = f"{LOCAL}/timeline?event={event_id}"
    plain = [
        c.value
        for c in at.code
        if "Cited for “USSR–Laos diplomatic relations”" in c.value and not c.value.startswith("@")
    ]
    assert len(plain) == 1
    assert f"“{source['title']}”" in plain[0] and source["url"] in plain[0]
    assert link in plain[0]
    assert any(c.value == link for c in at.code)


def test_downloads_carry_the_data_date_in_their_names(offered):
    day = data_day()
    at = open_popovers(open_page("trade", trade_years=["2010", "2022"]))
    name, _ = download(at, offered, "trade_download")
    assert name == f"laos-russia-trade-russia-2010-2022-data-{day}.csv"
    at = open_popovers(open_page("sources"))
    names = {offered[b.proto.deferred_file_id][0] for b in at.get("download_button")}
    assert f"trade-data-{day}.csv" in names and f"quotes-data-{day}.csv" in names


def test_sources_page_shows_the_data_version_and_the_terms():
    at = open_popovers(open_page("sources"))
    text = " ".join(m.value for m in at.markdown)
    version = load.data_version()
    assert version.digest in text
    assert "CC BY 4\\.0" in text and "MIT licence" in text


def test_the_data_version_changes_when_a_data_file_changes(data_copy):
    before = load.data_version()
    assert re.fullmatch(r"[0-9a-f]{8}", before.digest)
    with (data_copy / "products.csv").open("a") as products:
        products.write("\n")
    after = load.data_version()
    assert after.digest != before.digest and after.as_of == before.as_of


def test_hostile_url_values_stay_one_encoded_token_in_every_export(offered):
    garbage = '"><script>alert(1)</script>\x00 ' + "x" * 3000
    at = open_popovers(open_page("trade", trade_years=[garbage, "2022"], quotes_text=garbage))
    assert not at.exception
    links = [c.value for c in at.code if c.value.startswith(f"{LOCAL}/trade")]
    assert links
    for link in links:
        assert "<" not in link and '"' not in link and " " not in link and "\x00" not in link
    _, svg = download(at, offered, "trade_flows_chart_svg")
    assert b"<script" not in svg
    ET.fromstring(svg)  # still well-formed XML
