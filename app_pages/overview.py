"""Overview: the relationship at a glance, for a reader with thirty seconds."""

import pandas as pd
import streamlit as st

import ui
from relations import overview_words as said
from relations.charts import overview as overview_charts
from relations.data import load

st.title(said.TITLE)
st.caption(said.INTRO)

with ui.data_or_stop():
    glance = load.derived("overview_glance")

ui.key_figures(said.key_figures(glance, today=pd.Timestamp.today()), per_row=3)

st.subheader(said.CHART_HEADING)
chart = overview_charts.trade_with_milestones(glance.series, glance.milestones)
ui.chart(chart, key="overview_chart", alt=said.CHART_ALT)
ui.caption(said.CHART_CAPTION)

st.subheader(said.FINDINGS_HEADING)
ui.bullets(said.findings(glance))
