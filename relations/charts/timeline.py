"""Timeline chart: events and eras in, Altair chart out. No Streamlit, no I/O.

Built on every rerun, so built cheaply: channel options are keyword arguments, not Altair's
chained setters (`.scale(...)`, `.title(...)`), which rebuild a docstring and a signature on
every call (about a third of this chart's build time); what does not depend on the inputs is
made once, at import; conditions are typed channel values, not dicts Altair has to match
against the schema; the clickable layer has a fixed view name, so Altair does not hash the
layer (its data included) to name it.
"""

from __future__ import annotations

import altair as alt
import pandas as pd

from relations import timeline_words, words
from relations.charts import _look
from relations.data import vocab
from relations.i18n import _

# The click selection Streamlit reports back (selection_mode) and the scale-bound zoom.
PICK = "event"
ZOOM = "zoom"
# The view the click and zoom selections live in.
VIEW = "events"
CATEGORY_COLOURS = alt.Scale(domain=list(vocab.CATEGORIES), range=list(_look.CATEGORY_COLOURS))
# Filled circle: dated to the day; hollow diamond: known to the month; hollow square: the year.
_PRECISIONS = list(timeline_words.PRECISION_WORDS)  # drawn from the codes, named in the tooltip
PRECISION_SHAPES = alt.Scale(domain=_PRECISIONS, range=["circle", "diamond", "square"])
# Ordinal, or Vega-Lite interpolates the month to a half-filled mark.
PRECISION_FILL = alt.Scale(type="ordinal", domain=_PRECISIONS, range=[1, 0, 0])
ERA_SHADES = alt.Scale(domain=[0, 1], range=list(_look.ERA_SHADES))
LANE_HEIGHT = 46


def _tooltip(titles: dict[str, str]) -> list[alt.Tooltip]:
    return [alt.Tooltip(f"{field}:N", title=_(title)) for field, title in titles.items()]


_LANE_LOOK = {"labelFontSize": 13, "labelPadding": 8, "ticks": False, "domain": False}


def _lane_axis() -> alt.Axis:
    """The lanes named in the reader's language, capitalised (the data keep the codes)."""
    named = _look.named_labels({code: words.category(code) for code in vocab.CATEGORIES})
    return alt.Axis(
        labelExpr=f"upper(substring({named}, 0, 1)) + substring({named}, 1)", **_LANE_LOOK
    )


_COLOUR = alt.Color("category:N", scale=CATEGORY_COLOURS, legend=None)
_STROKE = alt.Stroke("category:N", scale=CATEGORY_COLOURS, legend=None)
# The key is written under the chart: a legend cannot show filled and hollow symbols.
_SHAPE = alt.Shape("precision_code:N", scale=PRECISION_SHAPES, legend=None)
_FILL_OPACITY = alt.FillOpacity("precision_code:N", scale=PRECISION_FILL, legend=None)
_MARK_OPACITY = alt.OpacityValue(0.25, condition={"param": PICK, "value": 1.0})
_EXTENT_OPACITY = alt.OpacityValue(0.15, condition={"param": PICK, "value": 0.5})


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
    spans, milestone_number (see timeline.chart_events). `eras`: title, period, description,
    label, start, end, shade (see timeline.era_bands). Each era is named in its band by its
    short name (timeline_words.era_short_names), the full one on hover; milestones carry their
    number above the mark.
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
    lane = alt.Y(
        "category:N",
        scale=alt.Scale(domain=lanes, paddingOuter=0.45),
        sort=lanes,
        title=None,
        axis=_lane_axis(),
    )

    bands = (
        alt.Chart(eras)
        .mark_rect(clip=True)
        .encode(
            alt.X("start:T", scale=x_scale, title=None, axis=alt.Axis(labelFontSize=12)),
            alt.X2("end:T"),
            # Fill, not Color: layers share the color scale, and the points' fill would take
            # the era shades.
            alt.Fill("shade:O", scale=ERA_SHADES, legend=None),
            alt.Description("label:N"),
            tooltip=_tooltip(timeline_words.ERA_TOOLTIPS),
        )
    )
    boundaries = (
        alt.Chart(eras)
        .mark_rule(clip=True, color=_look.ERA_RULE, aria=False)
        .encode(alt.X("start:T"))
    )
    eras = timeline_words.era_short_names(eras)
    labels = (
        alt.Chart(eras)
        .mark_text(
            align="left",
            baseline="top",
            dx=5,
            clip=True,
            fontSize=12,
            color=_look.LABEL,
            aria=False,
            # Cut the label with an ellipsis at the end of its band, at any zoom.
            limit=alt.expr("max(scale('x', datum.end) - scale('x', datum.start) - 10, 1)"),
        )
        .encode(alt.X("start:T"), alt.YValue(4), alt.Text("short:N"))
    )
    numbers = (
        alt.Chart(events)
        .transform_filter("datum.milestone_number !== ''")
        # aria=False: the mark itself carries the event's label for screen readers.
        .mark_text(baseline="bottom", dy=-9, clip=True, fontSize=12, fontWeight="bold", aria=False)
        .encode(alt.X("anchor:T"), lane, alt.Text("milestone_number:N"), alt.ColorValue(_look.TEXT))
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
            _COLOUR,
            opacity=_EXTENT_OPACITY,
            tooltip=_tooltip(timeline_words.EVENT_TOOLTIPS),
        )
    )
    marks = (
        alt.Chart(events, name=VIEW)
        .mark_point(filled=True, size=110, strokeWidth=1.8, clip=True, cursor="pointer")
        .encode(
            alt.X("anchor:T"),
            lane,
            _COLOUR,
            _STROKE,
            _SHAPE,
            _FILL_OPACITY,
            alt.Description("label:N"),
            opacity=_MARK_OPACITY,
            tooltip=_tooltip(timeline_words.EVENT_TOOLTIPS),
        )
        .add_params(pick, zoom)
    )
    return alt.layer(
        bands,
        boundaries,
        labels,
        extents,
        numbers,
        marks,
        height=LANE_HEIGHT * max(len(lanes), 1) + 30,
    )
