"""Every page, and the deep links readers share, say nothing about how the dataset was made:
every string a reader can see (text, captions, metrics, help, table cells, chart data and
tooltips) is scanned for the working words of tests/test_reader_text.py."""

from __future__ import annotations

import json

import pandas as pd
import pytest

from tests.pages import charts, open_page
from tests.test_reader_text import WORKING_WORDS

# Generic words a quote or a source title may use about the world ("research", "extract") are
# left to the data test, which knows which columns are ours; these never belong on a page.
PAGE_WORDS = [word for word in WORKING_WORDS if word not in ("research", "extract")] + [
    "xlsx",
    "DOTS_",
    "nan",
    "None",
]

LINKS = [
    ("overview", {}),
    ("trade", {}),
    ("trade", {"trade_reporter": "Laos"}),
    ("tourism", {}),
    ("timeline", {}),
    ("timeline", {"event": "2025-18th-intergovernmental-commission"}),
    ("timeline", {"event": "2024-seventh-demining-mission"}),
    ("quotes", {}),
    ("quotes", {"quote": "mf-a11"}),
    ("quotes", {"quote": "eef2023-06"}),
    ("quotes", {"quote": "mf-b-putin-2025-07-31-ru"}),
    ("sources", {}),
]


# The data dictionary on Sources & data is about the files, so it names their columns; nowhere
# else does a reader meet a column name.
COLUMN_NAMES = ["source_id", "claim_id", "quote_id", "event_id", "value_usd_m"]


def _strings(at) -> list[tuple[str, str]]:
    found: list[tuple[str, str]] = []
    for kind in ("title", "header", "subheader", "markdown", "caption", "info", "warning"):
        found += [(kind, element.value) for element in getattr(at, kind)]
    found += [("success", element.value) for element in at.success]
    found += [("error", element.value) for element in at.error]
    for metric in at.metric:
        found += [("metric", str(metric.label)), ("metric", str(metric.value))]
        found += [("metric help", str(metric.proto.help))]
    for widget in (*at.toggle, *at.selectbox, *at.multiselect, *at.text_input, *at.slider):
        found += [("label", str(widget.label)), ("help", str(widget.help or ""))]
    for expander in at.expander:
        found.append(("expander", str(expander.label)))
    for frame in at.dataframe:
        table = frame.value
        # AppTest gives the frame's own column names (readers see the labels), so cells only;
        # an address is an address, whatever words it holds.
        for column in table.columns:
            if table[column].dtype == object or pd.api.types.is_string_dtype(table[column]):
                found += [
                    ("table cell", str(v))
                    for v in table[column].dropna()
                    if not str(v).startswith(("http://", "https://"))
                ]
    for spec, frames in charts(at):
        found.append(("chart spec", json.dumps(spec, ensure_ascii=False)))
        for data in frames:
            for column in data.columns:
                if pd.api.types.is_string_dtype(data[column]) or data[column].dtype == object:
                    found += [("chart data", str(v)) for v in data[column].dropna()]
    return found


def _hits(text: str) -> list[str]:
    """Words written in capitals match as written, "nan" and "None" only as a whole word, the
    rest in any case."""
    hits = []
    for word in PAGE_WORDS:
        if word in ("nan", "None"):
            found = f" {word} " in f" {text} "
        elif word.isupper():
            found = word in text
        else:
            found = word.lower() in text.lower()
        if found:
            hits.append(word)
    return hits


@pytest.mark.parametrize(("page", "params"), LINKS, ids=[f"{p}-{q}" for p, q in LINKS])
def test_what_a_reader_sees_has_no_working_words(page, params):
    at = open_page(page, **params)
    assert not at.exception, at.exception
    seen = _strings(at)
    assert len(seen) > 20  # the page drew its content, not just an error
    failures = sorted({(kind, hit, text[:160]) for kind, text in seen for hit in _hits(text)})
    if page != "sources":
        failures += sorted(
            {
                (kind, name, text[:160])
                for kind, text in seen
                for name in COLUMN_NAMES
                if kind != "chart spec" and name in text
            }
        )
    assert not failures, "\n".join(f"{k}: {h!r} in {t!r}" for k, h, t in failures)
