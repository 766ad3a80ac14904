"""Overview: the relationship at a glance, for a reader with thirty seconds."""

import pandas as pd
import streamlit as st

import ui
from relations import overview_words as said
from relations.charts import overview as overview_charts
from relations.i18n import _

st.title(_(said.TITLE))
st.caption(_(said.INTRO))

glance = ui.part("overview_glance")
if glance:
    ui.key_figures(said.key_figures(glance, today=pd.Timestamp.today()), per_row=3)

st.subheader(_(said.CHART_HEADING))
if drawn := ui.part("overview_chart"):
    chart = overview_charts.trade_with_milestones(
        drawn.series, drawn.lines, drawn.milestones, said.peak_note(drawn)
    )
    ui.chart(chart, key="overview_chart", alt=_(said.CHART_ALT))
    ui.caption(said.chart_caption(drawn))
    ui.part_errors("overview_chart")

st.subheader(_(said.FINDINGS_HEADING))
if glance:
    ui.bullets(said.findings(glance))
else:
    ui.part("overview_glance")
