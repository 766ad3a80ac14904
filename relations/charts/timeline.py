"""Timeline chart: events and eras in, Altair chart out. No Streamlit, no I/O."""

from __future__ import annotations

import altair as alt
import pandas as pd

# The click selection Streamlit reports back (selection_mode) and the scale-bound zoom.
PICK = "event"
ZOOM = "zoom"
# Same order as data.CATEGORIES (a test holds them together).
CATEGORY_COLOURS = alt.Scale(
    domain=[
        "diplomacy",
        "economy",
        "security",
        "education",
        "culture",
        "infrastructure",
        "humanitarian",
    ],
    range=["#1f5fa8", "#b3262d", "#4d4d4d", "#7b4fa0", "#c26a00", "#2a7f62", "#b0487c"],
)
# Filled circle: dated to the day; hollow diamond: known to the month; hollow square: the year.
PRECISION_SHAPES = alt.Scale(
    domain=["the day", "the month", "the year"], range=["circle", "diamond", "square"]
)
# Ordinal, or Vega-Lite interpolates the month to a half-filled mark.
PRECISION_FILL = alt.Scale(
    type="ordinal", domain=["the day", "the month", "the year"], range=[1, 0, 0]
)
ERA_SHADES = alt.Scale(domain=[0, 1], range=["#f1ede6", "#e3ddd2"])
LANE_HEIGHT = 46


def _date(stamp: pd.Timestamp) -> alt.DateTime:
    return alt.DateTime(year=stamp.year, month=stamp.month, date=stamp.day, utc=True)


def timeline(
    events: pd.DataFrame,
    eras: pd.DataFrame,
    *,
    lanes: list[str],
    window: tuple[pd.Timestamp, pd.Timestamp],
    chosen: str | None = None,
) -> alt.LayerChart:
    """Events as marks in one lane per category, over eras drawn as shaded bands.

    `events`: event_id, label, title, category, when, precision, era, asean, start, end, anchor,
    spans (see timeline.chart_events). `eras`: title, period, description, label, start, end,
    shade (see timeline.era_bands).
    Clicking a mark selects its event_id (param "event"); dragging or scrolling on the time axis
    pans and zooms (param "zoom"; double-click resets).
    """
    pick = alt.selection_point(
        name=PICK,
        fields=["event_id"],
        on="click",
        clear="dblclick",
        value=[{"event_id": chosen}] if chosen else alt.Undefined,
    )
    zoom = alt.selection_interval(name=ZOOM, bind="scales", encodings=["x"])
    x_scale = alt.Scale(type="utc", domain=[_date(window[0]), _date(window[1])], padding=8)
    lane = (
        alt.Y("category:N")
        .scale(domain=lanes, paddingOuter=0.45)
        .sort(lanes)
        .title(None)
        .axis(
            labelExpr="upper(substring(datum.label, 0, 1)) + substring(datum.label, 1)",
            labelFontSize=13,
            labelPadding=8,
            ticks=False,
            domain=False,
        )
    )
    tooltip = [
        alt.Tooltip("title:N", title="Event"),
        alt.Tooltip("when:N", title="Date"),
        alt.Tooltip("category:N", title="Category"),
        alt.Tooltip("precision:N", title="Date known to"),
        alt.Tooltip("era:N", title="Era"),
        alt.Tooltip("asean:N", title="ASEAN-level"),
    ]
    highlight = alt.condition(pick, alt.value(1.0), alt.value(0.25))

    bands = (
        alt.Chart(eras)
        .mark_rect(clip=True)
        .encode(
            alt.X("start:T").scale(x_scale).title(None).axis(labelFontSize=12),
            alt.X2("end:T"),
            # Fill, not Color: layers share the color scale, and the points' fill would take
            # the era shades.
            alt.Fill("shade:O").scale(ERA_SHADES).legend(None),
            alt.Description("label:N"),
            tooltip=[
                alt.Tooltip("title:N", title="Era"),
                alt.Tooltip("period:N", title="Years"),
                alt.Tooltip("description:N", title="From … to"),
            ],
        )
    )
    boundaries = (
        alt.Chart(eras).mark_rule(clip=True, color="#a39a8c", aria=False).encode(alt.X("start:T"))
    )
    labels = (
        alt.Chart(eras)
        .mark_text(
            align="left",
            baseline="top",
            dx=5,
            clip=True,
            fontSize=12,
            color="#5a5248",
            aria=False,
            # Cut the label with an ellipsis at the end of its band, at any zoom.
            limit=alt.expr("max(scale('x', datum.end) - scale('x', datum.start) - 10, 1)"),
        )
        .encode(
            alt.X("start:T"),
            alt.YValue(4),
            alt.Text("title:N"),
        )
    )
    extents = (
        alt.Chart(events)
        .transform_filter(alt.datum.spans)
        # aria=False: the event's point already carries its label for screen readers.
        .mark_bar(clip=True, height=alt.RelativeBandSize(0.32), cornerRadius=2, aria=False)
        .encode(
            alt.X("start:T"),
            alt.X2("end:T"),
            lane,
            alt.Color("category:N").scale(CATEGORY_COLOURS).legend(None),
            opacity=alt.condition(pick, alt.value(0.5), alt.value(0.15)),
            tooltip=tooltip,
        )
    )
    marks = (
        alt.Chart(events)
        .mark_point(filled=True, size=110, strokeWidth=1.8, clip=True, cursor="pointer")
        .encode(
            alt.X("anchor:T"),
            lane,
            alt.Color("category:N").scale(CATEGORY_COLOURS).legend(None),
            alt.Stroke("category:N").scale(CATEGORY_COLOURS).legend(None),
            # The key is written under the chart: a legend cannot show filled and hollow symbols.
            alt.Shape("precision:N").scale(PRECISION_SHAPES).legend(None),
            alt.FillOpacity("precision:N").scale(PRECISION_FILL).legend(None),
            alt.Description("label:N"),
            opacity=highlight,
            tooltip=tooltip,
        )
        .add_params(pick, zoom)
    )
    return alt.layer(bands, boundaries, labels, extents, marks).properties(
        height=LANE_HEIGHT * max(len(lanes), 1) + 30
    )
