"""Entry point: the reader's language, page config, navigation, and the sidebar every page shares.

The language (`?lang=`, relations.i18n) is set first, so the navigation titles, the tab title
and every page speak it.

Embedded (`?embed=true`), a page has no sidebar: no navigation, no note; a line under the page
links to the full view instead.
"""

import streamlit as st

import ui
from relations import app_words as said
from relations import catalog, cite_words, i18n
from relations.data import load
from relations.data.errors import DataError
from relations.i18n import _

embedded = bool(st.context.is_embedded)
# The reader's language, bound to `?lang=` (and so carried from page to page); an unknown value
# is dropped by Streamlit and opens English. Embedded, there is no sidebar: the URL decides.
if embedded:
    i18n.activate(st.query_params.get("lang"))
else:
    with st.sidebar:
        i18n.activate(ui.language_choice())

st.set_page_config(
    page_title=_(said.PAGE_TITLE),
    page_icon="🤝",
    layout="wide",
    # "auto": open on a wide screen, shut on a phone (open, it covers 75 % of a 390 px screen).
    initial_sidebar_state="auto",
)

# (file, navigation title, icon, URL path)
PAGES = [
    ("app_pages/overview.py", _(said.OVERVIEW), ":material/home:", None),
    ("app_pages/trade.py", _(said.TRADE), ":material/swap_horiz:", "trade"),
    ("app_pages/tourism.py", _(said.TOURISM), ":material/flight:", "tourism"),
    ("app_pages/timeline.py", _(said.TIMELINE), ":material/timeline:", "timeline"),
    ("app_pages/quotes.py", _(said.QUOTES), ":material/format_quote:", "quotes"),
    ("app_pages/sources.py", _(said.SOURCES), ":material/library_books:", "sources"),
]
pages = {
    path: st.Page(path, title=title, icon=icon, url_path=url, default=url is None)
    for path, title, icon, url in PAGES
}
page = st.navigation(list(pages.values()), position="hidden" if embedded else "sidebar")
st.set_page_config(page_title=cite_words.tab_title(page.title))
ui.remember_page(page.url_path)

if not embedded:
    with st.sidebar:
        st.caption(_(said.ABOUT))
        try:
            runs_to = catalog.latest_date(load.timeline()["date"], load.quotes()["date"])
        except DataError:
            runs_to = None
        if runs_to is not None:
            st.caption(said.runs_to(runs_to))
        st.page_link(
            pages["app_pages/sources.py"], label=_(said.SOURCES_LINK), icon=":material/link:"
        )

page.run()

if embedded:
    ui.full_view_link(page.title)
