"""Quotes: what was said and by whom, searchable, with each numeric claim set against the data."""

import functools

import streamlit as st

import ui
from relations import quote_cards
from relations import quotes as explorer
from relations.charts import quotes as quote_charts
from relations.data import load

st.title("What was said")
st.caption(
    "Leaders, officials and analysts on Laos–Russia relations, verbatim and sourced. "
    "Every number they state is set against the data, with a verdict."
)

with ui.data_or_stop():
    quotes, claims, sources = load.quotes(), load.claims(), load.sources()
    evidence = {name: load.dataset(name) for name in quote_cards.EVIDENCE}

choices, span, url = explorer.options(quotes), explorer.year_span(quotes), "query-params"
search = st.text_input(
    "Search the words of the quotes",
    key="quotes_text",
    bind=url,
    max_chars=200,
    placeholder="e.g. trade, Вьентьян, 65%",
    help="Every word you type must appear in the quote as typed: any case, accents ignored, "
    "and characters such as * ( [ . matched literally.",
)
with st.sidebar:
    st.header("Filter the quotes")
    chosen = explorer.Filters(
        speakers=st.multiselect("Speakers", choices["speakers"], key="quotes_speakers", bind=url),
        events=st.multiselect("Events", choices["events"], key="quotes_events", bind=url),
        topics=st.multiselect("Topics", choices["topics"], key="quotes_topics", bind=url),
        years=st.slider("Years", *span, value=span, key="quotes_years", bind=url),
        languages=st.multiselect(
            "Language as published",
            choices["languages"],
            format_func=explorer.language_name,
            key="quotes_languages",
            bind=url,
        ),
        claims_only=st.toggle(
            "Only quotes with a numeric claim",
            key="quotes_claims_only",
            bind=url,
            help="Quotes stating a number (trade, visitors, years …) that is set against the data.",
        ),
        text=search,
    )

claimed = set(claims["quote_id"])
shown = explorer.select(quotes, chosen, claimed=claimed)
linked = explorer.linked_id(quotes, st.query_params.get("quote"))
st.subheader(f"{len(shown):,} of {len(quotes):,} quotes")
if shown.empty:
    st.warning(quote_cards.literal(explorer.loosen_hint(quotes, chosen, claimed=claimed)))
linked_slot = st.container()  # a quote opened by its permalink shows here, above the charts
for column, category in zip(st.columns(2), ("speaker", "topic"), strict=True):
    counts = explorer.facet_counts(quotes, chosen, category, claimed=claimed)
    if not counts.empty:
        ui.chart(
            quote_charts.excerpt_counts(counts, category),
            where=column,
            key=f"quotes_{category}_chart",
            on_select=explorer.picker(st.session_state, category, choices[f"{category}s"]),
            alt=f"Bar chart: excerpts per {category}. Click a bar to show only that {category}.",
        )
    column.caption(quote_cards.literal(explorer.facet_sentence(counts, category)))

download, paging, showing = st.columns([2, 1, 2], vertical_alignment="bottom")
download.download_button(
    f"Download these {len(shown):,} quotes (CSV)",
    data=functools.partial(explorer.download, shown),  # built only when clicked
    file_name="laos-russia-quotes.csv",
    mime="text/csv",
    key="quotes_download",
    on_click="ignore",
    icon=":material/download:",
    disabled=shown.empty,
)
pages = explorer.page_count(shown)
if st.session_state.get("quotes_page", 1) > pages:  # fewer results than the page left open
    st.session_state["quotes_page"] = pages
# A number, not a list of every page: 100,000 quotes would make a 4,000-option dropdown.
page = paging.number_input("Page", min_value=1, max_value=pages, step=1, key="quotes_page")
rows, words = explorer.visible(quotes, shown, page=page, linked=linked)
showing.caption(words)

boxes = {"agrees": st.success, "disagrees": st.warning, "unchecked": st.info}
for card in quote_cards.cards(
    rows,
    quotes=quotes,
    sources=sources,
    claims=claims,
    evidence=evidence,
    query=search,
    linked=linked,
):
    with (linked_slot if card.linked else st).container(
        border=True, key=f"quotes_card_{card.quote_id}"
    ):
        st.markdown(card.text)
        st.caption(card.meta)
        for check in card.claims:
            boxes[check.outcome](check.markdown, icon=check.icon)
        with st.expander("Context: the excerpts before and after", expanded=card.linked):
            st.markdown(card.context)
        st.caption(card.permalink)
