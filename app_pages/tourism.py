"""Tourism: Russian visitors to Laos by period, their share of arrivals, and education flows."""

import functools

import streamlit as st

import ui
from relations import checks, text, tourism
from relations.charts import tourism as tourism_charts
from relations.data import load

st.title("Tourism and education")
st.caption(
    "Russian visitors to Laos as each source counted them: full years as one series, counts "
    "for part of a year shown apart and never added up, with 'about', 'at least' and 'over' kept."
)

with ui.data_or_stop():
    counts, sources, events = load.tourism(), load.sources(), load.timeline()
    claims, quotes, schooling = load.claims(), load.quotes(), load.education()
    flows, indicators = load.trade(), load.indicators()

every_count = tourism.visitors(counts, sources)
span = tourism.year_span(every_count)
years_column, kinds_column = st.columns([3, 2])
years = years_column.slider("Years", *span, value=span, key="tourism_years", bind="query-params")
kinds = kinds_column.pills(
    "Periods",
    tourism.PERIOD_KINDS,
    selection_mode="multi",
    default=list(tourism.PERIOD_KINDS),
    key="tourism_periods",
    bind="query-params",
)
shown = tourism.of_kinds(tourism.between(every_count, years), kinds)
checked = checks.checked_claims(
    claims,
    quotes,
    sources,
    flows=flows,
    tourism=counts,
    indicators=indicators,
    events=events,
    metrics=tourism.CLAIM_METRICS,
)

st.subheader("Russian visitors to Laos")
if shown.empty:
    st.info(tourism.empty_message(kinds, years), icon=":material/filter_alt_off:")
else:
    events_shown = tourism.tourism_events(events, years)
    ui.chart(
        tourism_charts.visitors_by_period(
            tourism.drawn(shown),
            tourism.gaps(shown, years),
            events_shown,
            tourism.claim_marks(tourism.claims_between(checked, years)),
            years=years,
        ),
        key="tourism_visitors_chart",
        alt="Russian visitors to Laos: each count as a bar over the period it covers, with gaps shaded.",
    )
    st.caption(text.escape_markdown(tourism.visitors_sentence(shown)))
    st.caption(text.escape_markdown(tourism.gaps_sentence(shown, years, counts)))
    st.caption(text.escape_markdown(tourism.events_sentence(events_shown)))
    ui.table(shown, tourism.VISITOR_COLUMNS, key="tourism_table")
    st.download_button(
        "Download these rows (CSV)",
        data=functools.partial(text.formula_safe_csv, tourism.for_download(shown)),
        file_name=text.safe_file_name(f"russian-visitors-to-laos-{years[0]}-{years[1]}.csv"),
        mime="text/csv",
        key="tourism_download",
        on_click="ignore",
        icon=":material/download:",
    )

    st.subheader("Share of all arrivals in Laos")
    with_share = tourism.shares(shown)
    ui.table(with_share, tourism.SHARE_COLUMNS, key="tourism_shares")
    st.caption(text.escape_markdown(tourism.shares_sentence(with_share)))

st.subheader("A claim against the counts")
ui.table(checked, checks.CLAIM_COLUMNS, key="tourism_claims")
st.caption(text.escape_markdown(checks.claims_sentence(checked)))

st.subheader("Education: scholarships and students")
studies = tourism.education(schooling, sources)
ui.chart(
    tourism_charts.education_by_year(tourism.education_per_year(studies)),
    key="tourism_education_chart",
    alt="Scholarships for Lao students and Lao students leaving for Russia, per year.",
)
st.caption(text.escape_markdown(tourism.education_sentence(studies)))
ui.table(studies, tourism.EDUCATION_COLUMNS, key="tourism_education")
st.download_button(
    "Download the education figures (CSV)",
    data=functools.partial(text.formula_safe_csv, tourism.for_download(studies)),
    file_name="laos-russia-education.csv",
    mime="text/csv",
    key="tourism_download_education",
    on_click="ignore",
    icon=":material/download:",
)
