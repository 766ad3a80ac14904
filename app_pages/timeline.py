"""Timeline: 65 years of the relationship by category, with eras, details and permalinks."""

import functools

import streamlit as st

import ui
from relations import text, timeline
from relations.charts import timeline as timeline_charts
from relations.data import load, vocab

st.title("Timeline of the relationship")
st.caption(
    "Events since diplomatic relations began in 1960, one lane per category, over the eras of "
    "the relationship. Click a mark for its details and source; the address then links to it."
)

with ui.data_or_stop():
    events, eras = load.timeline(), load.eras()
    quotes, sources = load.quotes(), load.sources()

spans = timeline.era_spans(eras, events)
first, last = timeline.year_span(events)
left, middle, right = st.columns([3, 2, 2])
categories = left.multiselect(
    "Categories",
    vocab.CATEGORIES,
    key="timeline_categories",
    bind="query-params",
    placeholder="All categories",
)
years = middle.slider(
    "Years", first, last, (first, last), key="timeline_years", bind="query-params"
)
search = right.text_input(
    "Search titles and descriptions", key="timeline_search", bind="query-params", max_chars=200
)
asean = ui.required_choice(
    "ASEAN-level events (summits, dialogue partnership, East Asia Summit)",
    list(timeline.ASEAN_CHOICES),
    format_func=timeline.ASEAN_CHOICES.get,
    default="include",
    key="timeline_asean",
)
filters = {"categories": categories, "years": years, "search": search, "asean": asean}
shown = timeline.filter_events(events, **filters)
st.markdown(f"**{timeline.count_label(shown, events)}**")
if shown.empty:
    st.info(
        text.escape_markdown(timeline.loosen_hint(events, **filters)),
        icon=":material/filter_alt_off:",
    )

linked, before = st.query_params.get("event"), st.session_state.get("timeline_clicked")
bands = timeline.era_bands(spans, years=years)
picked = ui.chart(
    timeline_charts.timeline(
        timeline.chart_events(shown, spans),
        bands,
        lanes=categories or vocab.CATEGORIES,
        window=timeline.window(years),
        chosen=timeline.preselected(linked, shown=shown, clicked_before=before),
    ),
    on_select="rerun",
    selection_mode=timeline_charts.PICK,
    key="timeline_chart",
    alt=timeline.CHART_ALT,
)
st.caption(text.escape_markdown(timeline.summary(shown, bands)))
st.caption(text.escape_markdown(timeline.PRECISION_KEY))

clicked = timeline.clicked_event(picked.selection)
st.session_state["timeline_clicked"] = clicked
chosen = timeline.chosen_event(
    set(events["event_id"]), clicked=clicked, clicked_before=before, linked=linked
)
if chosen:
    st.query_params["event"] = chosen
    event = timeline.event_by_id(events, chosen)
    related = timeline.related_quotes(event, quotes)
    with st.container(border=True, key="timeline_details"):
        st.subheader(text.escape_markdown(event["title"]))
        st.markdown(timeline.detail_markdown(event, sources=sources, spans=spans, shown=shown))
        with st.expander(text.escape_markdown(timeline.quotes_heading(event, related))):
            st.markdown(timeline.quotes_markdown(related) or "None.")
else:
    st.query_params.pop("event", None)
    st.info("Click a mark on the chart, or a permalink in the list, to read an event's details.")

st.subheader("The events, by decade")
for decade, listing in timeline.by_decade(shown, events=events):
    st.markdown(f"#### {decade}\n\n{listing}")
st.download_button(
    f"Download these {len(shown):,} events (CSV)",
    data=functools.partial(text.formula_safe_csv, shown),  # built only when clicked
    file_name="laos-russia-timeline.csv",
    mime="text/csv",
    key="timeline_download",
    on_click="ignore",
    icon=":material/download:",
    disabled=shown.empty,
)
