"""Trade: how big trade is each way, how it moved, whose statistics say so, and whether claims match."""

import streamlit as st

import ui
from relations import checks_words as checks_said
from relations import trade, words
from relations import trade_words as said
from relations.charts import trade as trade_charts
from relations.data import load
from relations.i18n import _

st.title(_(said.TITLE))
st.caption(_(said.INTRO))

# Everything but the products needs trade.csv: while it is broken, its error stands here.
tables = ui.part("trade_yearly")
if tables:
    events = load.derived("trade_events")
    whose, scale_column, years_column = st.columns([1.2, 1, 3])
    reporter = ui.required_choice(
        _(said.REPORTER_LABEL),
        trade.REPORTERS,
        format_func=words.country,
        default="Russia",
        key="trade_reporter",
        where=whose,
        help=_(said.REPORTER_HELP),
    )
    scale = ui.required_choice(
        _(said.SCALE_LABEL),
        trade.SCALES,
        format_func=said.scale_name,
        default="linear",
        key="trade_scale",
        where=scale_column,
    )
    log = scale == "log"
    years = ui.year_range(
        _(said.YEARS_LABEL), tables.span_of(reporter), key="trade_years", where=years_column
    )

    shown = trade.shown(tables, reporter, years)
    if shown.empty:
        st.info(said.empty_message(reporter, years), icon=":material/filter_alt_off:")
    else:
        ui.metric_row(said.headlines(shown))
        st.subheader(_(said.FLOWS_HEADING))
        points, rules = trade.points(tables, reporter, years), trade.events_between(events, years)
        chart = trade_charts.flows_by_year(points, rules, log=log)
        view = {"reporter": reporter, "years": years}
        ui.chart(chart, key="trade_flows_chart", alt=said.flows_alt(reporter), view=view)
        ui.caption(said.flows_sentence(shown, reporter, years))
        ui.caption(said.flows_key(points, rules))
        ui.part_errors("trade_events")
        chart = trade_charts.balance_by_year(trade.bars(tables, reporter, years))
        ui.chart(chart, key="trade_balance_chart", alt=_(said.BALANCE_ALT), view=view)
        ui.caption(said.balance_caption(shown))
        st.subheader(_(said.YEARLY_HEADING))
        ui.table(shown, said.YEARLY_TABLE, key="trade_table")
        ui.caption(said.yearly_sentence(shown))
        ui.part_errors("trade_yearly")
        ui.csv_download(
            _(said.DOWNLOAD_LABEL),
            shown,
            file_name=said.download_name(reporter, years),
            key="trade_download",
        )

    st.subheader(_(checks_said.MIRROR_HEADING))
    if checked := ui.part("trade_checks"):
        pairs = trade.between(checked.mirror, years)
        ui.table(pairs, checks_said.MIRROR_TABLE, key="trade_mirror")
        ui.caption(checks_said.mirror_sentence(pairs))
        with st.expander(_(checks_said.CHECKS_EXPANDER)):
            ui.table(checked.cross, checks_said.CROSS_CHECK_COLUMNS)
            ui.caption(checks_said.cross_checks_sentence(checked.cross))
            ui.table(checked.partial, checks_said.PARTIAL_COLUMNS)
            ui.caption(_(checks_said.PARTIAL_CAPTION))

    st.subheader(_(checks_said.CLAIMS_HEADING))
    if claims := ui.part("trade_claims"):
        chart = trade_charts.claims_against_turnover(
            claims.series, claims.levels, claims.rates, years=claims.years, log=log
        )
        ui.chart(chart, key="trade_claims_chart", alt=_(checks_said.CLAIMS_ALT))
        ui.caption(checks_said.claims_chart_sentence(claims.series, claims.levels, claims.rates))
        ui.table(claims.checked, checks_said.CLAIM_TABLE, key="trade_claims")
        ui.caption(checks_said.claims_sentence(claims.checked))
        ui.caption(_(checks_said.VERDICT_RULE))

st.subheader(_(said.PRODUCTS_HEADING))
st.caption(_(said.PRODUCTS_CAPTION))
if (products := ui.part("trade_products")) is not None:
    ui.table(products, said.PRODUCT_COLUMNS, key="trade_products")
