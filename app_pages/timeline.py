"""Timeline: 65 years of the relationship by category, with eras, details and permalinks."""

import functools

import streamlit as st

import ui
from relations import timeline
from relations import timeline_words as words
from relations.charts import timeline as timeline_charts
from relations.data import load, vocab

st.title(words.TITLE)
st.caption(words.INTRO)

with ui.data_or_stop():  # (eras.csv, quotes.csv and conflicts.csv it can do without)
    dated, sources = load.derived("timeline_dated"), load.sources()
conflicts = ui.dataset_or_empty("conflicts")
events = dated.events

first, last = timeline.year_span(events)
left, middle, right = st.columns([3, 2, 2])
categories = left.multiselect(
    words.CATEGORIES,
    vocab.CATEGORIES,
    key="timeline_categories",
    bind="query-params",
    placeholder=words.ALL_CATEGORIES,
)
years = middle.slider(
    words.YEARS, first, last, (first, last), key="timeline_years", bind="query-params"
)
search = right.text_input(words.SEARCH, key="timeline_search", bind="query-params", max_chars=200)
asean = ui.required_choice(
    words.ASEAN,
    list(words.ASEAN_CHOICES),
    format_func=words.ASEAN_CHOICES.get,
    default="include",
    key="timeline_asean",
)
view = ui.required_choice(
    words.VIEW,
    list(timeline.VIEWS),
    format_func=words.VIEW_CHOICES.get,
    default="all",
    key="timeline_view",
)
years = timeline.view_years(years, view)
filters = {"categories": categories, "years": years, "search": search, "asean": asean}
shown = timeline.filter_events(events, **filters)
ui.markup(words.count(shown, events))
unknown = timeline.unknown_event(events, st.query_params.get("event"))
if unknown:
    ui.warning(words.unknown_event(unknown))
if shown.empty:
    hint = words.loosen_hint(timeline.loosened(events, **filters), search=search)
    ui.note(hint, icon=":material/filter_alt_off:")

bands, marks = timeline.era_bands(dated.spans, years=years), timeline.chart_events(shown)
lanes, window = categories or vocab.CATEGORIES, timeline.window(years)
chart = functools.partial(timeline_charts.timeline, marks, bands, lanes=lanes, window=window)
# A click on a mark picks its event; ?event= (the selection's name) keeps it as a permalink.
chosen = ui.permalinked_pick(
    chart,
    events["event_id"],
    shown["event_id"],
    key="timeline_chart",
    alt=words.CHART_ALT,
    view={"years": years},
    rows=timeline.as_read(shown),  # the events drawn, as timeline.csv holds them
)
ui.caption(words.summary(shown, bands))
ui.part_errors("timeline_dated")
ui.caption(words.PRECISION_KEY)
ui.caption(words.milestone_key(timeline.milestones(shown)))

if chosen:
    event, related = timeline.event_by_id(events, chosen), timeline.related_quotes(dated, chosen)
    details = words.detail(event, sources=sources, shown=shown, conflicts=conflicts)
    quotes = (words.quotes_heading(event, related), words.quotes(related, sources=sources))
    cited = ("event", chosen)
    ui.card(event["title"], details, key="timeline_details", more=quotes, cited=cited)
else:
    ui.note(words.PICK_HINT)

st.subheader(words.DECADES)
ui.sections(words.decades(shown, events=events, sources=sources))
ui.csv_download(
    words.download(shown),
    timeline.as_read(shown),
    file_name=words.FILE_NAME,
    key="timeline_download",
)
