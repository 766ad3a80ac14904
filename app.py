"""Entry point: page config, navigation, and the sidebar note every page shares."""

import streamlit as st

from relations import catalog, data

st.set_page_config(
    page_title="Laos–Russia relations",
    page_icon="🤝",
    layout="wide",
    initial_sidebar_state="expanded",
)

overview = st.Page("app_pages/overview.py", title="Overview", icon=":material/home:", default=True)
sources = st.Page(
    "app_pages/sources.py",
    title="Sources & data",
    icon=":material/library_books:",
    url_path="sources",
)
page = st.navigation([overview, sources])

with st.sidebar:
    st.caption(
        "A public dashboard on Laos–Russia relations since 1960: trade, tourism, a timeline and "
        "what leaders said. Every figure carries its source, its reporter and whether it is "
        "reported, estimated or derived."
    )
    try:
        runs_to = catalog.latest_date(data.load_timeline()["date"], data.load_quotes()["date"])
    except data.DataError:
        runs_to = None
    if runs_to is not None:
        st.caption(f"The collection runs to {runs_to:%-d %B %Y}.")
    st.page_link(sources, label="Where every number comes from", icon=":material/link:")

page.run()
