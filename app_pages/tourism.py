"""Tourism: Russian visitors to Laos by period, their share of arrivals, and education flows."""

import streamlit as st

import ui
from relations import checks, checks_words, tourism
from relations import tourism_words as words
from relations.charts import tourism as tourism_charts
from relations.data import load
from relations.i18n import _

st.title(_(words.TITLE))
st.caption(_(words.INTRO))

# The visitors and their shares need tourism.csv; the claims and education their own files.
counts = ui.part("tourism_counts")
if counts:  # (the events and claims then load: they can do without their other files)
    events, claims = load.derived("tourism_events"), load.derived("tourism_claims")
    span = tourism.year_span(counts.visitors)
    left, right = st.columns([3, 2])
    years = left.slider(_(words.YEARS), *span, value=span, key="tourism_years", bind="query-params")
    kinds = ui.multi_choice(
        _(words.PERIODS),
        tourism.PERIOD_KINDS,
        format_func=_,
        default=tourism.PERIOD_KINDS,
        key="tourism_periods",
        where=right,
        pills=True,
    )
    shown = tourism.chosen(counts.visitors, years, kinds)

    st.subheader(_(words.VISITORS_HEADING))
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
        ui.chart(chart, key="tourism_visitors_chart", alt=_(words.VISITORS_ALT), view=view)
        ui.caption(words.visitors_sentence(shown))
        ui.caption(words.gaps_sentence(shown, years, lao_counted=counts.lao_counted))
        ui.caption(words.events_sentence(events_shown))
        ui.part_errors("tourism_events")
        ui.table(shown, words.VISITOR_COLUMNS, key="tourism_table")
        rows = tourism.for_download(shown)
        file_name = words.counts_file_name(years)
        ui.csv_download(_(words.DOWNLOAD_COUNTS), rows, file_name=file_name, key="tourism_download")

        st.subheader(_(words.SHARES_HEADING))
        with_share = tourism.shares(shown)
        ui.table(with_share, words.SHARE_COLUMNS, key="tourism_shares")
        ui.caption(words.shares_sentence(with_share))

st.subheader(_(words.CLAIMS_HEADING))
if claims := ui.part("tourism_claims"):
    ui.table(claims.checked, checks_words.CLAIM_TABLE, key="tourism_claims")
    ui.caption(checks.claims_sentence(claims.checked))
    ui.caption(_(checks.VERDICT_RULE))
    ui.part_errors("tourism_claims")

st.subheader(_(words.EDUCATION_HEADING))
if studies := ui.part("tourism_education"):
    chart = tourism_charts.education_by_year(studies.per_year)
    ui.chart(chart, key="tourism_education_chart", alt=_(words.EDUCATION_ALT))
    ui.caption(words.education_sentence(studies.per_year))
    ui.table(studies.rows, words.EDUCATION_COLUMNS, key="tourism_education")
    ui.csv_download(
        _(words.DOWNLOAD_EDUCATION),
        studies.download,
        file_name=_(words.EDUCATION_FILE),
        key="tourism_download_education",
    )
