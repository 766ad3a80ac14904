"""Baseline: the floor page twice behind st.navigation, the second at /second.

Opening a page other than the first straight from its URL costs Streamlit itself time: the
browser first asks /<page>/_stcore/health and host-config, gets 404, then asks the root
(streamlit/streamlit#7074). This baseline measures that cost, so a subpage of the app can be
compared with a subpage that draws nothing.
"""

import altair as alt
import pandas as pd
import streamlit as st


def floor() -> None:
    st.title("Floor")
    st.altair_chart(
        alt.Chart(pd.DataFrame({"x": [1, 2, 3], "y": [1, 3, 2]}))
        .mark_line()
        .encode(x="x:Q", y="y:Q")
    )


st.navigation(
    [
        st.Page(floor, title="First", url_path="first", default=True),
        st.Page(floor, title="Second", url_path="second"),
    ]
).run()
