"""Baseline: the least a Streamlit page can do (a title and a three-point Altair chart)."""

import altair as alt
import pandas as pd
import streamlit as st

st.title("Floor")
st.altair_chart(
    alt.Chart(pd.DataFrame({"x": [1, 2, 3], "y": [1, 3, 2]})).mark_line().encode(x="x:Q", y="y:Q")
)
