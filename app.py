"""Entry point: page config, navigation, and the sidebar note every page shares."""

import streamlit as st

from relations import catalog
from relations.data import load
from relations.data.errors import DataError

st.set_page_config(
    page_title="Laos–Russia relations",
    page_icon="🤝",
    layout="wide",
    initial_sidebar_state="expanded",
)

# (file, navigation title, icon, URL path)
PAGES = [
    ("app_pages/overview.py", "Overview", ":material/home:", None),
    ("app_pages/trade.py", "Trade", ":material/swap_horiz:", "trade"),
    ("app_pages/tourism.py", "Tourism", ":material/flight:", "tourism"),
    ("app_pages/timeline.py", "Timeline", ":material/timeline:", "timeline"),
    ("app_pages/quotes.py", "Quotes", ":material/format_quote:", "quotes"),
    ("app_pages/sources.py", "Sources & data", ":material/library_books:", "sources"),
]
pages = {
    title: st.Page(path, title=title, icon=icon, url_path=url, default=url is None)
    for path, title, icon, url in PAGES
}
page = st.navigation(list(pages.values()))

with st.sidebar:
    st.caption(
        "A public dashboard on Laos–Russia relations since 1960: trade, tourism, a timeline and "
        "what leaders said. Every figure carries its source, its reporter and whether it is "
        "reported, estimated or derived."
    )
    try:
        runs_to = catalog.latest_date(load.timeline()["date"], load.quotes()["date"])
    except DataError:
        runs_to = None
    if runs_to is not None:
        st.caption(f"The collection runs to {runs_to:%-d %B %Y}.")
    st.page_link(
        pages["Sources & data"], label="Where every number comes from", icon=":material/link:"
    )

page.run()
