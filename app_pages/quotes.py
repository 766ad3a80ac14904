"""Quotes: what was said and by whom, searchable, with each numeric claim set against the data."""

import functools

import streamlit as st

import ui
from relations import quote_cards, words
from relations import quotes as explorer
from relations import quotes_words as said
from relations.charts import quotes as quote_charts
from relations.data import load
from relations.i18n import _

st.title(_(said.TITLE))
ui.caption(_(said.INTRO))

with ui.data_or_stop():  # (every file a verdict is checked against it can do without)
    found, checks = load.derived("quotes_index"), load.derived("quotes_checked")
ui.part_errors("quotes_checked")

choices, span, url = explorer.options(found), explorer.year_span(found), "query-params"
search = st.text_input(
    _(said.SEARCH),
    key="quotes_text",
    bind=url,
    max_chars=200,
    placeholder=_(said.SEARCH_PLACEHOLDER),
    help=_(said.SEARCH_HELP),
)
with ui.side_panel(_(said.FILTERS)):
    st.header(_(said.FILTERS))
    chosen = explorer.Filters(
        speakers=ui.multi_choice(_(said.SPEAKERS), choices["speakers"], key="quotes_speakers"),
        events=ui.multi_choice(
            _(said.EVENTS), choices["events"], key="quotes_events", aliases=load.versions("quotes")
        ),
        topics=ui.multi_choice(
            _(said.TOPICS), choices["topics"], format_func=words.topic, key="quotes_topics"
        ),
        years=st.slider(_(said.YEARS), *span, value=span, key="quotes_years", bind=url),
        languages=ui.multi_choice(
            _(said.LANGUAGES),
            choices["languages"],
            format_func=said.language_name,
            help=_(said.LANGUAGES_HELP),
            key="quotes_languages",
        ),
        claims_only=st.toggle(
            _(said.CLAIMS_ONLY), key="quotes_claims_only", bind=url, help=_(said.CLAIMS_ONLY_HELP)
        ),
        text=search,
    )

shown = explorer.select(found, chosen, claimed=checks.claimed)
linked = explorer.linked_id(found, st.query_params.get("quote"))
unknown = explorer.unknown_id(found, st.query_params.get("quote"))
st.subheader(said.count_heading(shown, found.quotes))
if unknown:
    ui.warning(said.unknown_quote(unknown))
if shown.empty:
    ui.warning(said.loosen_hint(explorer.loosening(found, chosen, claimed=checks.claimed)))
linked_slot = st.container()  # a quote opened by its permalink shows here, first

download, paging, showing = st.columns([2, 1, 2], vertical_alignment="bottom")
ui.csv_download(
    said.download_label(shown),
    functools.partial(explorer.download, shown),
    file_name=_(said.DOWNLOAD_FILE),
    key="quotes_download",
    where=download,
    disabled=shown.empty,
)
pages = explorer.page_count(shown)
page = ui.pager(_(said.PAGE), pages, key="quotes_page", where=paging)
visible = explorer.visible(found, shown, page=page, linked=linked)
ui.caption(said.showing(visible), where=showing)
cards = quote_cards.cards(visible.rows, found=found, checks=checks, query=search, linked=linked)
ui.quote_cards(cards, linked_slot=linked_slot, context_label=_(said.CONTEXT))
if pages > 1:
    ui.pager_below(_(said.PAGE_BELOW), pages, key="quotes_page", where=st.columns(3)[0])

# The counts come after the quotes: the quotes are what the page is for.
st.subheader(_(said.COUNTS_HEADING))
charts = quote_charts.count_charts(
    found, chosen, claimed=checks.claimed, state=st.session_state, choices=choices
)
ui.count_charts(charts)
