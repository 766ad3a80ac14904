"""Timeline: 65 years of the relationship by category, with eras, details and permalinks."""

import functools

import streamlit as st

import ui
from relations import timeline
from relations import timeline_words as words
from relations import words as relations_words
from relations.charts import timeline as timeline_charts
from relations.data import load, vocab
from relations.i18n import _

st.title(_(words.TITLE))
st.caption(_(words.INTRO))

with ui.data_or_stop():  # (eras.csv, quotes.csv and conflicts.csv it can do without)
    dated, sources = load.derived("timeline_dated"), load.sources()
conflicts = ui.dataset_or_empty("conflicts")
events = dated.events

first, last = timeline.year_span(events)
left, middle, right = st.columns([3, 2, 2])
categories = ui.multi_choice(
    _(words.CATEGORIES),
    vocab.CATEGORIES,
    format_func=relations_words.category,
    key="timeline_categories",
    where=left,
    placeholder=_(words.ALL_CATEGORIES),
)
years = middle.slider(
    _(words.YEARS), first, last, (first, last), key="timeline_years", bind="query-params"
)
search = right.text_input(
    _(words.SEARCH), key="timeline_search", bind="query-params", max_chars=200
)
asean = ui.required_choice(
    _(words.ASEAN),
    list(words.ASEAN_CHOICES),
    format_func=words.asean_choice,
    default="include",
    key="timeline_asean",
)
view = ui.required_choice(
    _(words.VIEW),
    list(timeline.VIEWS),
    format_func=words.view_choice,
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
    alt=_(words.CHART_ALT),
    view={"years": years},
    rows=timeline.as_read(shown),  # the events drawn, as timeline.csv holds them
)
ui.caption(words.summary(shown, bands))
ui.part_errors("timeline_dated")
ui.caption(_(words.PRECISION_KEY))
ui.caption(words.milestone_key(timeline.milestones(shown)))

if chosen:
    event, related = timeline.event_by_id(events, chosen), timeline.related_quotes(dated, chosen)
    details = words.detail(event, sources=sources, shown=shown, conflicts=conflicts)
    quotes = (words.quotes_heading(event, related), words.quotes(related, sources=sources))
    cited = ("event", chosen)
    ui.card(event["title"], details, key="timeline_details", more=quotes, cited=cited)
else:
    ui.note(_(words.PICK_HINT))

st.subheader(_(words.DECADES))
ui.sections(words.decades(shown, events=events, sources=sources))
ui.csv_download(
    words.download(shown),
    timeline.as_read(shown),
    file_name=_(words.FILE_NAME),
    key="timeline_download",
)
