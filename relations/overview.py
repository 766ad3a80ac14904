"""The relationship at a glance: the facts behind Overview's key figures, findings and chart.

Pure pandas, frames in, frames out; `glance` builds them all once per version of the files
(`load.derived("overview_glance")`), and `relations.overview_words` writes them.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from relations import claims as claim_checks
from relations import tourism as visits
from relations import trade

RELATIONS_EVENT = "1960-diplomatic-relations"


def completed_years(since: pd.Timestamp, today: pd.Timestamp) -> int:
    years = today.year - since.year
    return years - 1 if (today.month, today.day) < (since.month, since.day) else years


@dataclass(frozen=True)
class Glance:
    """What Overview shows that no widget changes. A one-row frame is empty when the data
    have nothing for it; `source` is the title of `source_id` ("" when it is not listed).

    founding: the founding event (date, source_id, source).
    latest, peak, runner_up: Russia-reported turnover rows (year, value_usd_m, qualifier,
        basis, source_id, source); runner_up, the next-highest year, only with two years.
    visitors: the latest full-year count of Russian visitors (year, visitors, qualifier,
        source_id, source); later_visitors: the largest count for a part of a later year
        (period_start, period_end, visitors).
    collection: one row, events, first_year, last_year, quotes, speakers.
    disputed: trade claims the data contradict (speaker, claim_text, value, data_value, year).
    growth_after: growth rates claimed for periods after the latest turnover, one row per
        period (see `growth_ranges`).
    peak_exports: Russia's exports to Laos in the peak year, in Russia's figures.
    series: the chart's yearly turnover by reporter (`chart_series`); lines: the rows its
        lines join (`chart_lines`); milestones: the events drawn as numbered rules, from the
        first year with trade on (`milestones`).
    """

    founding: pd.DataFrame
    latest: pd.DataFrame
    peak: pd.DataFrame
    runner_up: pd.DataFrame
    visitors: pd.DataFrame
    later_visitors: pd.DataFrame
    collection: pd.DataFrame
    disputed: pd.DataFrame
    growth_after: pd.DataFrame
    peak_exports: pd.DataFrame
    series: pd.DataFrame
    lines: pd.DataFrame
    milestones: pd.DataFrame


def _rows(*rows: pd.Series, like: pd.DataFrame) -> pd.DataFrame:
    """Rows picked from a frame, as a frame with its columns (empty without rows)."""
    if not rows:
        return like.iloc[0:0].reset_index(drop=True)
    return pd.DataFrame(list(rows)).reset_index(drop=True).infer_objects()


def _titled(frame: pd.DataFrame, titles: pd.Series) -> pd.DataFrame:
    return frame.assign(source=frame["source_id"].map(titles).fillna(""))


def disputed_turnover(
    flows: pd.DataFrame,
    tourism: pd.DataFrame,
    claims: pd.DataFrame,
    quotes: pd.DataFrame,
    indicators: pd.DataFrame,
    events: pd.DataFrame,
) -> pd.DataFrame:
    """Trade-turnover claims the data contradict, with a non-zero data value, in claim order:
    speaker, claim_text, value, data_value, year (of the period the claim speaks about)."""
    trade_claims = claims[claims["metric"] == "trade_turnover_usd_m"].merge(
        quotes[["quote_id", "speaker"]], on="quote_id"
    )
    checked = claim_checks.check_all(
        trade_claims, flows=flows, tourism=tourism, indicators=indicators, events=events
    )
    wrong = checked[(checked["outcome"] == "disagrees") & checked["data_value"].fillna(0).ne(0)]
    return pd.DataFrame(
        {
            "speaker": wrong["speaker"],
            "claim_text": wrong["claim_text"],
            "value": wrong["value"],
            "data_value": wrong["data_value"].astype(float),
            "year": wrong["period_start"].dt.year.astype("Int64"),
        }
    ).reset_index(drop=True)


def growth_ranges(growth: pd.DataFrame) -> pd.DataFrame:
    """Growth rates said for each period, in period order: period_start, period_end, the
    lowest and highest rate said (low, high), and whether any was 'about' or 'almost'."""
    ranges = growth.groupby(["period_start", "period_end"], sort=True).agg(
        low=("value", "min"),
        high=("value", "max"),
        approximate=("qualifier", lambda said: bool(said.isin(["about", "almost"]).any())),
    )
    return ranges.reset_index()


def chart_series(flows: pd.DataFrame, sources: pd.DataFrame) -> pd.DataFrame:
    """Both reporters' yearly turnover, placed mid-year, with the source's title.

    `estimated`: the year's figures in that reporter's sheet are IMF estimates (the Lao sheet
    after 1997, built from Russia's figures), not the reporter's own. `segment` breaks the
    line across missing years, so a gap is drawn as a gap, and where the figures turn into
    estimates, so those can be drawn apart.
    """
    titles = sources.set_index("source_id")["title"]
    parts = []
    for reporter in trade.REPORTERS:
        series = trade.turnover(flows, reporter)
        own = flows[(flows["reporter"] == reporter) & (flows["status"] == "imf_estimate")]
        estimated = series["year"].isin(own["year"])
        breaks = series["year"].diff().fillna(1).ne(1) | estimated.ne(estimated.shift())
        parts.append(
            series.assign(estimated=estimated, segment=reporter + breaks.cumsum().astype(str))
        )
    series = pd.concat(parts, ignore_index=True)
    return series.assign(
        date=pd.to_datetime(series["year"].astype(str) + "-07-01"),
        source=series["source_id"].map(titles).fillna(series["source_id"]),
    )


def chart_lines(series: pd.DataFrame) -> pd.DataFrame:
    """The rows the chart's lines join: `series`, and where a reporter's figures turn into
    IMF estimates the year before, again, in the estimates' segment, so the dashed estimate
    line starts where the reported one ends instead of leaving a gap that reads as no data."""
    ordered = series.sort_values(["reporter", "year"])
    before = ordered.groupby("reporter").shift()
    turns = (
        ordered["estimated"]
        & before["estimated"].eq(False)
        & before["year"].eq(ordered["year"] - 1)
    )
    joins = before[turns].assign(
        reporter=ordered.loc[turns, "reporter"],
        estimated=True,
        segment=ordered.loc[turns, "segment"],
    )
    columns = ["date", "reporter", "estimated", "segment", "value_usd_m"]
    return pd.concat([ordered[columns], joins[columns]], ignore_index=True).infer_objects()


# What the chart's rules need of an event: the rest would only be sent to the browser.
MILESTONE_COLUMNS = ["date", "date_precision", "title", "category"]


def milestones(events: pd.DataFrame, *, since: int | None = None) -> pd.DataFrame:
    """The milestone events from the year `since` on (all without it), with the columns the
    chart draws and `number`, their order (1, 2, ...) for the labels on the chart."""
    chosen = events[events["milestone"]]
    if since is not None:
        chosen = chosen[chosen["date"].dt.year >= since]
    chosen = chosen.sort_values("date").loc[:, MILESTONE_COLUMNS].reset_index(drop=True)
    return chosen.assign(number=range(1, len(chosen) + 1))


def peak_exports(flows: pd.DataFrame, year: int) -> pd.DataFrame:
    """Russia's own figure for its exports to Laos in `year` (year, value_usd_m, qualifier),
    one row, or none: what the peak year's turnover is made of, in the same statistics."""
    own = trade.full_years(flows[flows["reporter"] == "Russia"])
    chosen = own[
        (own["measure"] == "exports")
        & (own["exporter"] == "Russia")
        & (own["year"] == year)
        & (own["status"] == "reported")
    ]
    return chosen[["year", "value_usd_m", "qualifier"]].head(1).reset_index(drop=True)


@dataclass(frozen=True)
class Chart:
    """What Overview's chart draws: `series` (chart_series), `lines` (chart_lines), the
    `milestones` from the first year with trade on, and the `peak` row of Russia-reported
    turnover (year, value_usd_m, qualifier) with `peak_exports` (Russia's exports to Laos that
    year), each empty without trade."""

    series: pd.DataFrame
    lines: pd.DataFrame
    milestones: pd.DataFrame
    peak: pd.DataFrame
    peak_exports: pd.DataFrame


def chart_data(flows: pd.DataFrame, sources: pd.DataFrame, events: pd.DataFrame) -> Chart:
    """The chart's own derivation, apart from `glance`, so that the chart needs only the
    files it draws (load.DERIVED["overview_chart"])."""
    series = chart_series(flows, sources)
    first_trade = int(series["year"].min()) if len(series) else None
    russia = trade.turnover(flows, "Russia")
    peak = _rows(trade.peak(russia), like=russia) if len(russia) else _rows(like=russia)
    exports = (
        peak_exports(flows, int(peak["year"].iloc[0]))
        if len(peak)
        else flows.iloc[0:0][["year", "value_usd_m", "qualifier"]]
    )
    return Chart(
        series=series,
        lines=chart_lines(series),
        milestones=milestones(events, since=first_trade),
        peak=peak[["year", "value_usd_m", "qualifier"]],
        peak_exports=exports,
    )


def glance(
    flows: pd.DataFrame,
    tourism: pd.DataFrame,
    events: pd.DataFrame,
    quotes: pd.DataFrame,
    claims: pd.DataFrame,
    indicators: pd.DataFrame,
    sources: pd.DataFrame,
) -> Glance:
    """Everything Overview shows, from the files (argument order as in load.DERIVED)."""
    titles = sources.set_index("source_id")["title"]
    founding = events[events["event_id"] == RELATIONS_EVENT].head(1)
    russia = trade.turnover(flows, "Russia")
    latest = peak = runner_up = _rows(like=russia)
    if not russia.empty:
        top = trade.peak(russia)
        latest, peak = _rows(trade.latest(russia), like=russia), _rows(top, like=russia)
        rest = russia[russia["year"] != top["year"]]
        if not rest.empty:
            runner_up = _rows(trade.peak(rest), like=russia)
    full_years = visits.full_year_visitors(tourism)
    visitors = full_years.tail(1).reset_index(drop=True)
    later_visitors = tourism.iloc[0:0][["period_start", "period_end", "visitors"]]
    if not full_years.empty:
        partial = tourism[~tourism["observation_id"].isin(full_years["observation_id"])]
        later = partial[partial["period_start"].dt.year > visitors["year"].iloc[0]]
        if not later.empty:
            later_visitors = _rows(later.sort_values("visitors").iloc[-1], like=later)[
                ["period_start", "period_end", "visitors"]
            ]
    growth = claims[claims["metric"] == "trade_turnover_growth_pct"]
    if not russia.empty:
        growth = growth[growth["period_start"].dt.year > russia["year"].max()]
    else:
        growth = growth.iloc[0:0]
    collection = pd.DataFrame(
        {
            "events": [len(events)],
            "first_year": [events["date"].min().year if len(events) else None],
            "last_year": [events["date"].max().year if len(events) else None],
            "quotes": [len(quotes)],
            "speakers": [quotes["speaker"].nunique()],
        }
    )
    series = chart_series(flows, sources)
    first_trade = int(series["year"].min()) if len(series) else None
    return Glance(
        founding=_titled(founding[["date", "source_id"]].reset_index(drop=True), titles),
        latest=_titled(latest, titles),
        peak=_titled(peak, titles),
        runner_up=_titled(runner_up, titles),
        visitors=_titled(visitors, titles),
        later_visitors=later_visitors.reset_index(drop=True),
        collection=collection,
        disputed=disputed_turnover(flows, tourism, claims, quotes, indicators, events),
        growth_after=growth_ranges(growth),
        peak_exports=peak_exports(flows, int(peak["year"].iloc[0]))
        if len(peak)
        else flows.iloc[0:0][["year", "value_usd_m", "qualifier"]],
        series=series,
        lines=chart_lines(series),
        milestones=milestones(events, since=first_trade),
    )
