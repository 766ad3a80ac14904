"""Overview: the relationship at a glance, for a reader with thirty seconds."""

import pandas as pd
import streamlit as st

import ui
from relations import overview, text
from relations.charts import overview as overview_charts
from relations.data import load

st.title("Laos and Russia at a glance")
st.caption("Key figures, one picture of trade against the milestones, and what the data say.")

with ui.data_or_stop():
    flows, tourism = load.trade(), load.tourism()
    events, quotes, claims = load.timeline(), load.quotes(), load.claims()
    indicators, sources = load.indicators(), load.sources()

titles = sources.set_index("source_id")["title"]
figures = overview.key_figures(flows, tourism, events, quotes, today=pd.Timestamp.today())
for column, figure in zip(st.columns(3) + st.columns(3), figures, strict=False):
    source = f"Source: {titles.get(figure.source_id, '')}" if figure.source_id else None
    column.metric(
        figure.label, figure.value, border=True, help=source and text.escape_markdown(source)
    )
    column.caption(text.escape_markdown(figure.detail))

st.subheader("Trade turnover and milestones")
series = overview.chart_series(flows, sources)
ui.chart(
    overview_charts.trade_with_milestones(series, overview.milestones(events)),
    key="overview_chart",
    alt="Line chart of yearly Laos–Russia trade turnover by reporter, with milestone events as vertical rules.",
)
st.caption(
    text.escape_markdown(
        "Points sit mid-year. Circles: Russia's reported flows summed; squares: a published total; "
        "triangles: Lao-sheet flows, which are IMF estimates from 1998. Dashed rules: milestones "
        "(hover for the event). Trade figures start in 1992; missing years are gaps, not zeros."
    )
)

st.subheader("What the data say")
for finding in overview.findings(flows, tourism, claims, quotes, indicators, events):
    st.markdown("- " + text.escape_markdown(finding))
