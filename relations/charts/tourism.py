"""Tourism page charts: tidy frame in, Altair chart out. No Streamlit, no I/O."""

from __future__ import annotations

import altair as alt
import pandas as pd

from relations import tourism
from relations import tourism_words as words
from relations.charts import _look

KINDS = alt.Scale(
    domain=[tourism.FULL_YEAR, tourism.PART_OF_A_YEAR], range=[_look.RUSSIA, _look.PART_OF_YEAR]
)


def _drawn(frame: pd.DataFrame, *fields: str) -> pd.DataFrame:
    # Only the columns a mark uses (and the row's id) go to the browser: every column sent is
    # hashed, converted to Arrow and shipped on every rerun.
    return frame[[field for field in dict.fromkeys(fields) if field in frame.columns]]


def _tooltips(titles: dict[str, str], *, numbers: dict[str, str] | None = None) -> list:
    """Tooltips of these fields under these titles; `numbers`: quantitative field -> format."""
    numbers = numbers or {}
    return [
        alt.Tooltip(f"{field}:Q", title=title, format=numbers[field])
        if field in numbers
        else alt.Tooltip(f"{field}:N", title=title)
        for field, title in titles.items()
    ]


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
    x_scale = alt.Scale(
        domain=[
            alt.DateTime(year=years[0], month=1, date=1),
            alt.DateTime(year=years[1] + 1, month=1, date=1),
        ]
    )
    x = alt.X(
        "period_start:T",
        title=None,
        scale=x_scale,
        axis=alt.Axis(format="%Y", grid=False, tickCount={"interval": "year", "step": 1}),
    )
    y = alt.Y("visitors:Q", title=words.VISITORS_AXIS, scale=alt.Scale(zero=True))
    shaded = (
        alt.Chart(gaps)
        .mark_rect(color=_look.SHADE, opacity=0.45)
        .encode(
            alt.X("start:T", scale=x_scale),
            alt.X2("end:T"),
            tooltip=[alt.Tooltip("text:N", title=words.GAP_TOOLTIP)],
        )
    )
    gap_labels = (
        alt.Chart(gaps)
        .mark_text(
            align="left", baseline="top", dx=4, dy=4, color=_look.GAP_INK, fontSize=_look.LABEL_SIZE
        )
        .encode(alt.X("start:T", scale=x_scale), alt.Text("label:N"), y=alt.value(0))
    )
    rules = _look.event_rules(events)
    tooltip = _tooltips(words.COUNT_TOOLTIPS, numbers={"visitors": ","})
    counts = _drawn(
        counts,
        "observation_id",
        "year",
        "period_start",
        "end_next",
        "middle",
        "visitors",
        "visitors_label",
        "kind",
        *words.COUNT_TOOLTIPS,
    )
    bars = (
        alt.Chart(counts)
        .mark_rule(strokeWidth=6)
        .encode(
            x,
            alt.X2("end_next:T"),
            y,
            alt.Color("kind:N", scale=KINDS, title=None, legend=alt.Legend(**_look.LEGEND)),
            tooltip=tooltip,
        )
    )
    labels = (
        alt.Chart(counts)
        .mark_text(baseline="bottom", dy=-6, fontSize=_look.LABEL_SIZE)
        .encode(
            alt.X("middle:T", scale=x_scale),
            y,
            alt.Text("visitors_label:N"),
            alt.Color("kind:N", scale=KINDS, legend=None),
            tooltip=tooltip,
        )
    )
    claim_tooltip = _tooltips(words.CLAIM_TOOLTIPS)
    claims = _drawn(
        claims, "claim_id", "period_start", "end_next", "value", "label", *words.CLAIM_TOOLTIPS
    )
    claimed = (
        alt.Chart(claims)
        .mark_rule(strokeWidth=2, strokeDash=[6, 3], color=_look.INK)
        .encode(
            alt.X("period_start:T", scale=x_scale),
            alt.X2("end_next:T"),
            alt.Y("value:Q"),
            tooltip=claim_tooltip,
        )
    )
    claim_labels = (
        alt.Chart(claims)
        .mark_text(
            align="right", baseline="middle", dx=-6, fontSize=_look.LABEL_SIZE, color=_look.INK
        )
        .encode(
            alt.X("period_start:T", scale=x_scale),
            alt.Y("value:Q"),
            alt.Text("label:N"),
            tooltip=claim_tooltip,
        )
    )
    return alt.layer(shaded, gap_labels, rules, bars, labels, claimed, claim_labels, height=360)


def education_by_year(rows: pd.DataFrame) -> alt.LayerChart:
    """Scholarships and students leaving, per year, one colour per measure, with qualifiers.

    `rows`: tourism_words.Studies.per_year."""
    rows = _drawn(rows, "observation_id", "year", "value", *words.EDUCATION_TOOLTIPS)
    base = alt.Chart(rows).encode(
        alt.X(
            "year:Q",
            title=None,
            scale=alt.Scale(zero=False, padding=24),
            axis=alt.Axis(format="d", tickMinStep=1),
        ),
        alt.Y("value:Q", title=words.COUNT_AXIS, scale=alt.Scale(zero=True)),
        alt.Color(
            "measure_label:N",
            scale=alt.Scale(scheme="tableau10"),
            title=None,
            legend=alt.Legend(orient="bottom", columns=2, labelLimit=360),
        ),
        tooltip=_tooltips(words.EDUCATION_TOOLTIPS),
    )
    points = base.mark_point(filled=True, size=90)
    labels = base.mark_text(align="left", dx=8, fontSize=_look.LABEL_SIZE).encode(
        alt.Text("value_label:N")
    )
    return alt.layer(points, labels, height=260)
