"""Tourism: Russian visitors to Laos by period, their share of arrivals, and education flows."""

import streamlit as st

import ui
from relations import checks, tourism
from relations import tourism_words as words
from relations.charts import tourism as tourism_charts
from relations.data import load

st.title(words.TITLE)
st.caption(words.INTRO)

with ui.data_or_stop():
    counts, events = load.derived("tourism_counts"), load.derived("tourism_events")
    claims, studies = load.derived("tourism_claims"), load.derived("tourism_education")

span = tourism.year_span(counts.visitors)
left, right = st.columns([3, 2])
years = left.slider(words.YEARS, *span, value=span, key="tourism_years", bind="query-params")
kinds = right.pills(
    words.PERIODS,
    tourism.PERIOD_KINDS,
    selection_mode="multi",
    default=list(tourism.PERIOD_KINDS),
    key="tourism_periods",
    bind="query-params",
)
shown = tourism.chosen(counts.visitors, years, kinds)

st.subheader(words.VISITORS_HEADING)
if shown.empty:
    st.info(words.empty_message(kinds, years), icon=":material/filter_alt_off:")
else:
    events_shown = tourism.events_between(events, years)
    chart = tourism_charts.visitors_by_period(
        tourism.drawn(shown),
        words.gaps(shown, years),
        events_shown,
        tourism.claims_between(claims.marks, years),
        years=years,
    )
    view = {"years": years}
    ui.chart(chart, key="tourism_visitors_chart", alt=words.VISITORS_ALT, view=view)
    ui.caption(words.visitors_sentence(shown))
    ui.caption(words.gaps_sentence(shown, years, lao_counted=counts.lao_counted))
    ui.caption(words.events_sentence(events_shown))
    ui.table(shown, words.VISITOR_COLUMNS, key="tourism_table")
    rows = tourism.for_download(shown)
    file_name = words.counts_file_name(years)
    ui.csv_download(words.DOWNLOAD_COUNTS, rows, file_name=file_name, key="tourism_download")

    st.subheader(words.SHARES_HEADING)
    with_share = tourism.shares(shown)
    ui.table(with_share, words.SHARE_COLUMNS, key="tourism_shares")
    ui.caption(words.shares_sentence(with_share))

st.subheader(words.CLAIMS_HEADING)
ui.table(claims.checked, checks.CLAIM_COLUMNS, key="tourism_claims")
ui.caption(checks.claims_sentence(claims.checked))
ui.caption(checks.VERDICT_RULE)

st.subheader(words.EDUCATION_HEADING)
chart = tourism_charts.education_by_year(studies.per_year)
ui.chart(chart, key="tourism_education_chart", alt=words.EDUCATION_ALT)
ui.caption(words.education_sentence(studies.per_year))
ui.table(studies.rows, words.EDUCATION_COLUMNS, key="tourism_education")
ui.csv_download(
    words.DOWNLOAD_EDUCATION,
    studies.download,
    file_name=words.EDUCATION_FILE,
    key="tourism_download_education",
)
