"""Tourism page charts: tidy frame in, Altair chart out. No Streamlit, no I/O."""

from __future__ import annotations

import altair as alt
import pandas as pd

from relations.charts import _look

KINDS = alt.Scale(domain=["full year", "part of a year"], range=["#b3262d", "#e07b00"])


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

    `counts`: tourism.drawn rows; `gaps`: tourism.gaps; `events`: tourism.tourism_events;
    `claims`: tourism.claim_marks; `years`: the span of the time axis.
    """
    x_scale = alt.Scale(
        domain=[
            alt.DateTime(year=years[0], month=1, date=1),
            alt.DateTime(year=years[1] + 1, month=1, date=1),
        ]
    )
    x = (
        alt.X("period_start:T")
        .title(None)
        .scale(x_scale)
        .axis(format="%Y", grid=False, tickCount={"interval": "year", "step": 1})
    )
    y = alt.Y("visitors:Q").title("Russian visitors to Laos").scale(zero=True)
    shaded = (
        alt.Chart(gaps)
        .mark_rect(color="#d9d4ce", opacity=0.45)
        .encode(
            alt.X("start:T").scale(x_scale),
            alt.X2("end:T"),
            tooltip=[alt.Tooltip("text:N", title="Gap")],
        )
    )
    gap_labels = (
        alt.Chart(gaps)
        .mark_text(align="left", baseline="top", dx=4, dy=4, color="#6b6560", fontSize=11)
        .encode(alt.X("start:T").scale(x_scale), alt.Text("label:N"), y=alt.value(0))
    )
    rules = _look.event_rules(events)
    tooltip = [
        alt.Tooltip("period:N", title="Period"),
        alt.Tooltip("visitors:Q", title="Visitors", format=","),
        alt.Tooltip("qualifier_words:N", title="Qualifier"),
        alt.Tooltip("kind:N", title="Kind"),
        alt.Tooltip("total_label:N", title="All arrivals"),
        alt.Tooltip("share_label:N", title="Russian share (derived)"),
        alt.Tooltip("source:N", title="Source"),
    ]
    bars = (
        alt.Chart(counts)
        .mark_rule(strokeWidth=6)
        .encode(
            x,
            alt.X2("end_next:T"),
            y,
            alt.Color("kind:N").scale(KINDS).title(None).legend(**_look.LEGEND),
            tooltip=tooltip,
        )
    )
    labels = (
        alt.Chart(counts)
        .mark_text(baseline="bottom", dy=-6, fontSize=11)
        .encode(
            alt.X("middle:T").scale(x_scale),
            y,
            alt.Text("visitors_label:N"),
            alt.Color("kind:N").scale(KINDS).legend(None),
            tooltip=tooltip,
        )
    )
    claim_tooltip = [
        alt.Tooltip("speaker:N", title="Who"),
        alt.Tooltip("said:N", title="Said"),
        alt.Tooltip("claim_text:N", title="Words"),
        alt.Tooltip("period:N", title="Period"),
        alt.Tooltip("verdict:N", title="Verdict"),
        alt.Tooltip("how:N", title="How far"),
        alt.Tooltip("claim_source:N", title="Claim source"),
    ]
    claimed = (
        alt.Chart(claims)
        .mark_rule(strokeWidth=2, strokeDash=[6, 3], color="#4a4a4a")
        .encode(
            alt.X("period_start:T").scale(x_scale),
            alt.X2("end_next:T"),
            alt.Y("value:Q"),
            tooltip=claim_tooltip,
        )
    )
    claim_labels = (
        alt.Chart(claims)
        .mark_text(align="right", baseline="middle", dx=-6, fontSize=11, color="#4a4a4a")
        .encode(
            alt.X("period_start:T").scale(x_scale),
            alt.Y("value:Q"),
            alt.Text("label:N"),
            tooltip=claim_tooltip,
        )
    )
    return alt.layer(shaded, gap_labels, rules, bars, labels, claimed, claim_labels).properties(
        height=360
    )


def education_by_year(rows: pd.DataFrame) -> alt.LayerChart:
    """Scholarships and students leaving, per year, one colour per measure, with qualifiers.

    `rows`: tourism.education_per_year."""
    base = alt.Chart(rows).encode(
        alt.X("year:Q").title(None).scale(zero=False, padding=24).axis(format="d", tickMinStep=1),
        alt.Y("value:Q").title("Count").scale(zero=True),
        alt.Color("measure_label:N")
        .scale(scheme="tableau10")
        .title(None)
        .legend(orient="bottom", columns=2, labelLimit=360),
        tooltip=[
            alt.Tooltip("measure_label:N", title="What"),
            alt.Tooltip("period:N", title="Year"),
            alt.Tooltip("value_label:N", title="Count"),
            alt.Tooltip("unit:N", title="Unit"),
            alt.Tooltip("source:N", title="Source"),
        ],
    )
    points = base.mark_point(filled=True, size=90)
    labels = base.mark_text(align="left", dx=8, fontSize=11).encode(alt.Text("value_label:N"))
    return alt.layer(points, labels).properties(height=260)
