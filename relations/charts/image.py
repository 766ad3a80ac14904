"""A chart as a self-describing image: its title, subtitle and footer lines drawn in, rendered
to SVG or PNG on the server by vl-convert (its own engine: no browser, no network).

No Streamlit here. `ui` calls `svg`/`png` only when a reader clicks a download, never on a rerun.
"""

from __future__ import annotations

import json
from collections.abc import Sequence

import altair as alt
import pandas as pd

WIDTH = 760  # px of the plot in an exported image
PNG_SCALE = 2  # a PNG at twice the SVG's size, sharp on a slide or a high-density screen
FONT = "sans-serif"
_TITLE_SIZE, _SUBTITLE_SIZE, _FOOTER_SIZE = 18, 13, 11
_FOOTER_COLOUR, _SUBTITLE_COLOUR = "#4a4a4a", "#4a4a4a"
_LINE_STEP = 17
# Streamlit's top-level keys that do not belong to the inner view of a vconcat.
_TOP_LEVEL = ("$schema", "datasets", "autosize", "config", "background", "padding")


def _records(frame: pd.DataFrame) -> list[dict]:
    # Altair's own sanitising (dates to ISO text, NaN to null), then JSON, as Altair inlines data.
    return json.loads(alt.utils.sanitize_pandas_dataframe(frame.copy()).to_json(orient="records"))


def export_spec(
    spec: dict, *, title: str, subtitle: str, footer: Sequence[str], width: int = WIDTH
) -> dict:
    """The Vega-Lite spec Streamlit draws (`relations.charts.vega.spec`, frames under
    `datasets`), with `title` and `subtitle` above it and each line of `footer` below it, at a
    fixed plot width, on white, its data inlined as JSON. The spec passed in is left as it was."""
    inner = {key: value for key, value in spec.items() if key not in _TOP_LEVEL}
    inner["width"] = width
    lines = [{"line": line, "n": place} for place, line in enumerate(footer)]
    below = {
        "data": {"values": lines},
        "mark": {
            "type": "text",
            "align": "left",
            "baseline": "top",
            "fontSize": _FOOTER_SIZE,
            "color": _FOOTER_COLOUR,
            "font": FONT,
            "limit": width,
        },
        "encoding": {
            "y": {"field": "n", "type": "ordinal", "axis": None},
            "x": {"value": 0},
            "text": {"field": "line", "type": "nominal"},
        },
        "width": width,
        "height": {"step": _LINE_STEP},
        "view": {"stroke": None},
    }
    return {
        "$schema": spec.get("$schema", alt.SCHEMA_URL),
        "datasets": {name: _records(frame) for name, frame in spec.get("datasets", {}).items()},
        "background": "white",
        "padding": 16,
        "title": {
            "text": title,
            "subtitle": subtitle,
            "anchor": "start",
            "fontSize": _TITLE_SIZE,
            "subtitleFontSize": _SUBTITLE_SIZE,
            "subtitleColor": _SUBTITLE_COLOUR,
            "font": FONT,
            "subtitleFont": FONT,
            "limit": width,
            "subtitleLimit": width,
            "offset": 12,
        },
        "vconcat": [inner, below],
        "spacing": 18,
    }


def svg(spec: dict) -> bytes:
    """The export spec drawn as SVG (UTF-8): its text stays text, so a reader can search it."""
    import vl_convert

    return vl_convert.vegalite_to_svg(spec).encode("utf-8")


def png(spec: dict, *, scale: int = PNG_SCALE) -> bytes:
    """The export spec drawn as PNG at `scale` times the SVG's pixel size."""
    import vl_convert

    return vl_convert.vegalite_to_png(spec, scale=scale)
