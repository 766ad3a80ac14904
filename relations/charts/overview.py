"""Overview's chart: the glance's series and milestones in, an Altair chart out. No Streamlit."""

from __future__ import annotations

import altair as alt
import pandas as pd

from relations import overview_words as said
from relations.charts import _look
from relations.i18n import _

# Each line's colour and dash, in legend order; an IMF estimate is dashed and grey-blue, so it
# does not read as a second count that happens to agree.
LINE_LOOKS = {
    said.LINES[("Russia", False)]: (_look.RUSSIA, [1, 0]),
    said.LINES[("Russia", True)]: (_look.RUSSIA, [5, 3]),
    said.LINES[("Laos", False)]: (_look.LAOS, [1, 0]),
    said.LINES[("Laos", True)]: (_look.ESTIMATE, [5, 3]),
}


def _span(years: pd.Series, events: pd.DataFrame) -> dict:
    """The time axis from 1 January of the first year with trade to 31 December of the last
    year with trade or a milestone (years after the last figure show that none is published)."""
    if years.empty:
        return {}
    first, last = int(years.min()), int(years.max())
    if len(events):
        last = max(last, int(events["date"].dt.year.max()))
    return {
        "domain": [
            {"year": first, "month": 1, "date": 1},
            {"year": last, "month": 12, "date": 31},
        ]
    }


def trade_with_milestones(
    series: pd.DataFrame, lines: pd.DataFrame, events: pd.DataFrame, peak: pd.DataFrame
) -> alt.LayerChart:
    """Yearly turnover by whose figures (points at mid-year; IMF estimates dashed), the
    milestones as numbered dashed rules, and the peak labelled with what it is made of.

    `series`: year, date, reporter, estimated, segment, value_usd_m, qualifier, basis, source
    (`overview.chart_series`); `lines`: the rows the lines join (`overview.chart_lines`);
    `events`: date, date_precision, title, category, number (`overview.milestones`);
    `peak`: date, value_usd_m, label (`overview_words.peak_note`).
    """
    # Estimates first, so each reporter's own point is drawn over the estimate beside it.
    series = said.series_labels(series.sort_values("estimated", ascending=False, kind="stable"))
    lines = said.line_labels(lines)
    events = said.milestone_labels(events)
    looks = {_(name): look for name, look in LINE_LOOKS.items()}  # the lines as the data name them
    drawn = [name for name in looks if name in set(series["line"])]
    x = {
        "field": "date",
        "type": "temporal",
        "title": None,
        "scale": _span(series["year"], events),
        "axis": {"format": "%Y", "labelOverlap": True, "grid": False},
    }
    y = {"field": "value_usd_m", "type": "quantitative", "title": _(said.TURNOVER_AXIS)}
    colour = {
        "field": "line",
        "type": "nominal",
        "title": _(said.LINE_LEGEND),
        "scale": {"domain": drawn, "range": [looks[name][0] for name in drawn]},
        "legend": _look.LEGEND,
    }
    dash = colour | {"scale": {"domain": drawn, "range": [looks[name][1] for name in drawn]}}
    tips = _look.tooltips(said.TOOLTIP)
    tips[0] = {"field": "year", "type": "ordinal", "title": _(said.TOOLTIP["year"])}
    line = _look.layer(
        lines,
        "line",
        {
            "x": x,
            "y": y,
            "color": colour,
            "strokeDash": dash,
            "detail": {"field": "segment", "type": "nominal"},
        },
        strokeWidth=2,
    )
    points = _look.layer(
        series,
        "point",
        {"x": x, "y": y, "color": colour | {"legend": None}, "tooltip": tips},
        filled=True,
        size=50,
        opacity=1,
    )
    numbers = _look.layer(
        events,
        "text",
        {"x": {"field": "date", "type": "temporal"}, "y": {"value": 0}, "text": {"field": "label"}},
        baseline="bottom",
        dy=-3,
        fontSize=_look.TITLE_SIZE,
        fontWeight="bold",
        color=_look.TEXT,
    )
    note = _look.layer(
        peak,
        "text",
        {
            "x": {"field": "date", "type": "temporal"},
            "y": {"field": "value_usd_m", "type": "quantitative"},
            "text": {"field": "label"},
        },
        align="right",
        baseline="top",
        dx=-10,
        lineBreak="\n",
        fontSize=_look.LABEL_SIZE,
        color=_look.TEXT,
    )
    rules = _look.event_rules(events, detail="category")
    return alt.layer(rules, numbers, line, points, note, height=380)
