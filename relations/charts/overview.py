"""Chart builders: tidy frame in, Altair chart out. No Streamlit, no I/O."""

from __future__ import annotations

import altair as alt
import pandas as pd

from relations.charts import _look

BASIS_SHAPES = alt.Scale(
    domain=["sum of reported flows", "published total", "sum of IMF-estimated flows"],
    range=["circle", "square", "triangle-up"],
)


def trade_with_milestones(series: pd.DataFrame, events: pd.DataFrame) -> alt.LayerChart:
    """Yearly turnover by reporter (points at mid-year) and milestone events on one time axis.

    `series`: year, date, reporter, value_usd_m, basis, qualifier_words, source.
    `events`: date, title, date_label, category.
    """
    x = alt.X("date:T").title(None).axis(format="%Y", tickCount=14)
    line = (
        alt.Chart(series)
        .mark_line(strokeWidth=1.5)
        .encode(
            x,
            alt.Y("value_usd_m:Q").title("Trade turnover, US$ million"),
            alt.Color("reporter:N").scale(_look.REPORTERS).title("Whose statistics"),
            alt.Detail("segment:N"),
        )
    )
    points = (
        alt.Chart(series)
        .mark_point(filled=True, size=45)
        .encode(
            x,
            alt.Y("value_usd_m:Q"),
            alt.Color("reporter:N").scale(_look.REPORTERS),
            alt.Shape("basis:N").scale(BASIS_SHAPES).title("Figure"),
            tooltip=[
                alt.Tooltip("year:O", title="Year"),
                alt.Tooltip("reporter:N", title="Reported by"),
                alt.Tooltip("value_usd_m:Q", title="US$ million", format=",.3~f"),
                alt.Tooltip("qualifier_words:N", title="Qualifier"),
                alt.Tooltip("basis:N", title="Figure"),
                alt.Tooltip("source:N", title="Source"),
            ],
        )
    )
    rules = _look.event_rules(events, detail="category")
    return alt.layer(rules, line, points).properties(height=380)
