"""Overview's chart: the glance's series and milestones in, an Altair chart out. No Streamlit."""

from __future__ import annotations

import altair as alt
import pandas as pd

from relations import overview_words as said
from relations.charts import _look

BASIS_SHAPES = alt.Scale(
    domain=["sum of reported flows", "published total", "sum of IMF-estimated flows"],
    range=["circle", "square", "triangle-up"],
)


def trade_with_milestones(series: pd.DataFrame, events: pd.DataFrame) -> alt.LayerChart:
    """Yearly turnover by reporter (points at mid-year) and milestone events on one time axis.

    `series`: year, date, reporter, segment, value_usd_m, basis, qualifier, source
    (`overview.chart_series`). `events`: date, date_precision, title, category.
    """
    series = said.series_labels(series)
    events = said.milestone_labels(events)
    x = alt.X("date:T").title(None).axis(format="%Y", tickCount=14)
    line = (
        alt.Chart(series)
        .mark_line(strokeWidth=1.5)
        .encode(
            x,
            alt.Y("value_usd_m:Q").title(said.TURNOVER_AXIS),
            alt.Color("reporter:N").scale(_look.REPORTERS).title(said.REPORTER_LEGEND),
            alt.Detail("segment:N"),
        )
    )
    tips = said.TOOLTIP
    points = (
        alt.Chart(series)
        .mark_point(filled=True, size=45)
        .encode(
            x,
            alt.Y("value_usd_m:Q"),
            alt.Color("reporter:N").scale(_look.REPORTERS),
            alt.Shape("basis:N").scale(BASIS_SHAPES).title(said.BASIS_LEGEND),
            tooltip=[
                alt.Tooltip("year:O", title=tips["year"]),
                alt.Tooltip("reporter:N", title=tips["reporter"]),
                alt.Tooltip("value_usd_m:Q", title=tips["value_usd_m"], format=",.3~f"),
                alt.Tooltip("qualifier_words:N", title=tips["qualifier_words"]),
                alt.Tooltip("basis:N", title=tips["basis"]),
                alt.Tooltip("source:N", title=tips["source"]),
            ],
        )
    )
    rules = _look.event_rules(events, detail="category")
    return alt.layer(rules, line, points).properties(height=380)
