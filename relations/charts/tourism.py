"""Tourism page charts: tidy frame in, Altair chart out. No Streamlit, no I/O.

Layers are built as `alt.Chart(data, mark=..., encoding=...)`, with channel options, marks,
scales, axes and tooltips as keyword arguments and plain Vega-Lite dicts rather than chained
methods and schema objects: Altair 6 copies and rebuilds every schema object of a chart
several times while layering and converting it (an `alt.DateTime` or `alt.MarkDef` costs
over 1 ms to rebuild, a property setter such as `.title()` about 2 ms), and these charts are
rebuilt on every rerun. The Vega-Lite spec is the same as the chained build's (compared when
this was written); tests/test_tourism_charts.py validates it against the schema.
"""

from __future__ import annotations

import altair as alt
import pandas as pd

from relations import tourism
from relations import tourism_words as words
from relations.charts import _look
from relations.i18n import _

KINDS = {tourism.FULL_YEAR: _look.RUSSIA, tourism.PART_OF_A_YEAR: _look.PART_OF_YEAR}


def _kinds() -> dict:
    """The colour of each kind of count, as the reader's language names it (`kind_shown`)."""
    return {"domain": [_(kind) for kind in KINDS], "range": list(KINDS.values())}


COUNT_FIELDS = ("observation_id", "year", "period_start", "end_next", "middle", "visitors")
CLAIM_FIELDS = ("claim_id", "period_start", "end_next", "value", "label")


def _drawn(frame: pd.DataFrame, *fields: str) -> pd.DataFrame:
    # Only the columns a mark uses (and the row's id) go to the browser: every column sent is
    # hashed, converted to Arrow and shipped on every rerun.
    return frame[[field for field in dict.fromkeys(fields) if field in frame.columns]]


def visitors_by_period(
    counts: pd.DataFrame,
    gaps: pd.DataFrame,
    events: pd.DataFrame,
    claims: pd.DataFrame,
    *,
    years: tuple[int, int],
) -> alt.LayerChart:
    """Each count as a bar over the period it covers, at its height, labelled with its
    qualifier (over 7,000); years with no count shaded; tourism events as dashed rules; a
    claim as a dashed span at the claimed number.

    `counts`: tourism.drawn rows; `gaps`: tourism_words.gaps; `events`: tourism.events_between
    of tourism_words.events; `claims`: tourism.claims_between of Claims.marks; `years`: the
    span of the time axis.
    """
    x_scale = {
        "domain": [
            {"year": years[0], "month": 1, "date": 1},
            {"year": years[1] + 1, "month": 1, "date": 1},
        ]
    }
    axis = {"format": "%Y", "grid": False, "tickCount": {"interval": "year", "step": 1}}
    y = alt.Y("visitors:Q", title=_(words.VISITORS_AXIS), scale={"zero": True})
    gap_start = alt.X("start:T", scale=x_scale)
    shaded = _look.layer(
        gaps,
        "rect",
        {
            "x": gap_start,
            "x2": alt.X2("end:T"),
            "tooltip": [alt.Tooltip("text:N", title=_(words.GAP_TOOLTIP))],
        },
        color=_look.SHADE,
        opacity=0.45,
    )
    gap_labels = _look.layer(
        gaps,
        "text",
        {"x": gap_start, "text": alt.Text("label:N"), "y": alt.value(0)},
        align="left",
        baseline="top",
        dx=4,
        dy=4,
        color=_look.GAP_INK,
        fontSize=_look.LABEL_SIZE,
    )
    counts = _drawn(
        counts, *COUNT_FIELDS, "visitors_label", "kind", "kind_shown", *words.COUNT_TOOLTIPS
    )
    tooltip = _look.tooltips(words.COUNT_TOOLTIPS, numbers={"visitors": ","})
    bars = _look.layer(
        counts,
        "rule",
        {
            "x": alt.X("period_start:T", title=None, scale=x_scale, axis=axis),
            "x2": alt.X2("end_next:T"),
            "y": y,
            "color": alt.Color("kind_shown:N", scale=_kinds(), title=None, legend=_look.LEGEND),
            "tooltip": tooltip,
        },
        strokeWidth=6,
    )
    labels = _look.layer(
        counts,
        "text",
        {
            "x": alt.X("middle:T", scale=x_scale),
            "y": y,
            "text": alt.Text("visitors_label:N"),
            "color": alt.Color("kind_shown:N", scale=_kinds(), legend=None),
            "tooltip": tooltip,
        },
        baseline="bottom",
        dy=-6,
        fontSize=_look.LABEL_SIZE,
    )
    claims = _drawn(claims, *CLAIM_FIELDS, *words.CLAIM_TOOLTIPS)
    claim_tooltip = _look.tooltips(words.CLAIM_TOOLTIPS)
    claim_start = alt.X("period_start:T", scale=x_scale)
    claimed = _look.layer(
        claims,
        "rule",
        {
            "x": claim_start,
            "x2": alt.X2("end_next:T"),
            "y": alt.Y("value:Q"),
            "tooltip": claim_tooltip,
        },
        strokeWidth=2,
        strokeDash=[6, 3],
        color=_look.INK,
    )
    claim_labels = _look.layer(
        claims,
        "text",
        {
            "x": claim_start,
            "y": alt.Y("value:Q"),
            "text": alt.Text("label:N"),
            "tooltip": claim_tooltip,
        },
        align="right",
        baseline="middle",
        dx=-6,
        fontSize=_look.LABEL_SIZE,
        color=_look.INK,
    )
    rules = _look.event_rules(events)
    return alt.LayerChart(
        layer=[shaded, gap_labels, rules, bars, labels, claimed, claim_labels], height=360
    )


def education_by_year(rows: pd.DataFrame) -> alt.LayerChart:
    """Scholarships and students leaving, per year, one colour per measure, with qualifiers.

    `rows`: tourism_words.Studies.per_year."""
    encoding = {
        "x": alt.X(
            "year:Q",
            title=None,
            scale={"zero": False, "padding": 24},
            axis={"format": "d", "tickMinStep": 1},
        ),
        "y": alt.Y("value:Q", title=_(words.COUNT_AXIS), scale={"zero": True}),
        "color": alt.Color(
            "measure_label:N",
            scale={"scheme": "tableau10"},
            title=None,
            legend=_look.LEGEND,
        ),
        "tooltip": _look.tooltips(words.EDUCATION_TOOLTIPS),
    }
    rows = _drawn(rows, "observation_id", "year", "value", *words.EDUCATION_TOOLTIPS)
    points = _look.layer(None, "point", encoding, filled=True, size=90)
    labels = _look.layer(
        None,
        "text",
        # In the chart's text colour: the scheme's light colours are under 4.5:1 as text.
        {**encoding, "text": alt.Text("value_label:N"), "color": alt.ColorValue(_look.INK)},
        align="left",
        dx=8,
        fontSize=_look.LABEL_SIZE,
    )
    return alt.LayerChart(data=rows, layer=[points, labels], height=260)
