"""Charts are drawn from a spec converted without validation (relations/charts/vega.py): it
must be the very spec Altair validates, apart from where the data lives, for every chart every
page draws."""

import json
from pathlib import Path

import altair as alt
import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from relations.charts import _look, vega

APP = str(Path(__file__).resolve().parent.parent / "app.py")
CHARTED = [
    "app_pages/overview.py",
    "app_pages/trade.py",
    "app_pages/tourism.py",
    "app_pages/timeline.py",
    "app_pages/quotes.py",
]


def drawn_charts(page: str, monkeypatch: pytest.MonkeyPatch) -> list[alt.TopLevelMixin]:
    """Every Altair chart the page hands to vega.spec, with the inputs the page really uses."""
    seen = []
    convert = vega.spec

    def record(chart):
        seen.append(chart.copy(deep=True))
        return convert(chart)

    monkeypatch.setattr(vega, "spec", record)
    at = AppTest.from_file(APP, default_timeout=60)
    at.switch_page(page).run()  # straight to the page: only its own charts are recorded
    monkeypatch.undo()
    assert not at.exception
    assert len(seen) == len(at.get("vega_lite_chart")) > 0
    return seen


def by_position(spec: dict, names: list[str]) -> str:
    """The spec as JSON with each data name replaced by its order of first appearance."""
    text = json.dumps({k: v for k, v in spec.items() if k != "datasets"}, sort_keys=True)
    for position, name in enumerate(names):
        text = text.replace(f'"{name}"', f'"dataset {position}"')
    return text


def data_names(spec: dict) -> list[str]:
    found = []

    def walk(node):
        if isinstance(node, dict):
            name = node.get("data", {}).get("name") if isinstance(node.get("data"), dict) else None
            if name and name not in found:
                found.append(name)
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk({k: v for k, v in spec.items() if k != "datasets"})
    return found


@pytest.mark.parametrize("page", CHARTED)
def test_each_drawn_spec_is_altairs_validated_spec(page, monkeypatch):
    for chart in drawn_charts(page, monkeypatch):
        with alt.theme.enable(vega.THEME):
            reference = chart.to_dict(validate=True)  # raises if the spec breaks the schema
        ours = vega.spec(chart)
        ours_names, reference_names = data_names(ours), data_names(reference)
        assert by_position(ours, ours_names) == by_position(reference, reference_names)
        for mine, theirs in zip(ours_names, reference_names, strict=True):
            frame, records = ours["datasets"][mine], reference["datasets"][theirs]
            assert len(frame) == len(records) > 0  # a default view draws no empty layer
            assert list(frame.columns) == list(records[0])


def test_spec_leaves_the_chart_alone_and_names_data_by_content():
    frame = pd.DataFrame({"year": [2019, 2020], "value": [1.5, 2.5]})
    chart = alt.Chart(frame).mark_line().encode(x="year:O", y="value:Q")
    layered = alt.layer(chart, chart.mark_point())
    spec = vega.spec(layered)
    assert isinstance(chart.data, pd.DataFrame)  # the caller's chart still holds its frame
    assert len(spec["datasets"]) == 1  # the same frame in two layers is sent once
    (frame_sent,) = spec["datasets"].values()
    pd.testing.assert_frame_equal(frame_sent, frame)
    changed = vega.spec(alt.Chart(frame.assign(value=[1.5, 9.0])).mark_line())
    assert set(changed["datasets"]) != set(spec["datasets"])
    # Altair's default theme (300 × 300 views) is left out; the app's chart look is in.
    assert spec["config"] == _look.CONFIG
    assert spec["padding"] == _look.PADDING
