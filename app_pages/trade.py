"""Trade: how big trade is each way, how it moved, whose statistics say so, and whether claims match."""

import functools

import streamlit as st

import ui
from relations import checks, text, trade
from relations.charts import trade as trade_charts
from relations.data import load

st.title("Trade")
st.caption(
    "Goods each way, year by year, in one side's statistics at a time: whose figures they are, "
    "whether reported or IMF-estimated, and where each comes from."
)

with ui.data_or_stop():
    flows, sources, indicators = load.trade(), load.sources(), load.indicators()
    events, products, tourism = load.timeline(), load.products(), load.tourism()
    claims, quotes = load.claims(), load.quotes()

whose, scale_column, years_column = st.columns([1.2, 1, 3])
reporter = ui.required_choice(
    "Whose statistics",
    trade.REPORTERS,
    default="Russia",
    key="trade_reporter",
    where=whose,
    help="Laos reported 1993–1997; after that its sheet holds IMF estimates.",
)
scale = ui.required_choice(
    "Scale", ["linear", "log"], default="linear", key="trade_scale", where=scale_column
)
span = trade.year_span(flows)
years = years_column.slider("Years", *span, value=span, key="trade_years", bind="query-params")

table = trade.with_share_of_gdp(
    trade.with_growth(trade.yearly(flows, reporter, sources)), indicators
)
shown = trade.between(table, years)
if shown.empty:
    st.info(trade.empty_message(reporter, years), icon=":material/filter_alt_off:")
else:
    for column, figure in zip(st.columns(4), trade.headlines(shown), strict=False):
        column.metric(
            figure.label,
            figure.value,
            figure.delta,
            border=True,
            help=text.escape_markdown(figure.help),
        )
    st.subheader("Exports each way and the turnover")
    events_shown = trade.trade_events(events, years)
    ui.chart(
        trade_charts.flows_by_year(trade.chart_rows(shown), events_shown, log=scale == "log"),
        key="trade_flows_chart",
        alt=f"Line chart of Laos–Russia exports each way and turnover per year, {reporter}'s statistics.",
    )
    st.caption(text.escape_markdown(trade.flows_sentence(shown, reporter, years)))
    ui.chart(
        trade_charts.balance_by_year(trade.balance_rows(shown)),
        key="trade_balance_chart",
        alt="Bar chart of the trade balance per year: above zero, Russia sold Laos more than it bought.",
    )
    st.caption(text.escape_markdown(trade.balance_sentence(shown)))
    st.subheader("Year by year: growth and share of Laos's GDP")
    ui.table(shown, trade.YEARLY_COLUMNS, key="trade_table")
    st.caption(
        text.escape_markdown(f"{trade.growth_sentence(shown)} {trade.share_sentence(shown)}")
    )
    st.download_button(
        "Download these rows (CSV)",
        data=functools.partial(text.formula_safe_csv, shown),  # built only when clicked
        mime="text/csv",
        file_name=text.safe_file_name(f"laos-russia-trade-{reporter}-{years[0]}-{years[1]}.csv"),
        key="trade_download",
        on_click="ignore",
        icon=":material/download:",
    )

st.subheader("Mirror statistics: both sides' figures for the same flow")
pairs = trade.between(checks.mirror(flows, sources), years)
ui.table(pairs, checks.MIRROR_COLUMNS, key="trade_mirror")
st.caption(text.escape_markdown(checks.mirror_sentence(pairs)))
with st.expander("Published totals against the series, and figures for part of a year"):
    cross = checks.cross_checks(flows, sources)
    ui.table(cross, checks.CROSS_CHECK_COLUMNS)
    st.caption(text.escape_markdown(checks.cross_checks_sentence(cross)))
    ui.table(checks.partial_periods(flows, sources), checks.PARTIAL_COLUMNS)
    st.caption("Figures for part of a year are listed here, never drawn as a year or added to one.")

st.subheader("Claims against the data")
checked = checks.checked_claims(
    claims, quotes, sources, flows=flows, tourism=tourism, indicators=indicators, events=events
)
claim_years = checks.claim_years(checked)
series = checks.turnover_rows(flows, sources, claim_years)
levels, rates = checks.level_claims(checked), checks.growth_claims(checked)
ui.chart(
    trade_charts.claims_against_turnover(
        series, levels, rates, years=claim_years, log=scale == "log"
    ),
    key="trade_claims_chart",
    alt="Russia-reported turnover per year with the values and growth rates leaders claimed.",
)
st.caption(text.escape_markdown(checks.claims_chart_sentence(series, levels, rates)))
ui.table(checked, checks.CLAIM_COLUMNS, key="trade_claims")
st.caption(text.escape_markdown(checks.claims_sentence(checked)))

st.subheader("What is traded")
st.caption(
    "No values are published for the goods traded between Laos and Russia, so there is no "
    "breakdown by product to draw. These are the goods the sources name, in their words."
)
ui.table(trade.products_traded(products, sources), trade.PRODUCT_COLUMNS, key="trade_products")
