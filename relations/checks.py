"""Figures checked against each other: one side's statistics against the other's (mirror),
published totals against the series, and leaders' claims against the data. Pure pandas; the
words are in checks_words."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from relations import catalog, i18n, trade, trade_words, words
from relations import checks_words as said
from relations import claims as claim_checks
from relations.i18n import _

TRADE_CLAIM_METRICS = ("trade_turnover_usd_m", "trade_turnover_growth_pct")
# The old names of the words, for callers in other domains: use checks_words instead.
MIRROR_REASONS = said.MIRROR_REASONS
MIRROR_AFTER_1997 = said.MIRROR_AFTER_1997
OUTCOME_WORDS = said.OUTCOME_WORDS
MIRROR_COLUMNS = said.MIRROR_COLUMNS
CROSS_CHECK_COLUMNS = said.CROSS_CHECK_COLUMNS
PARTIAL_COLUMNS = said.PARTIAL_COLUMNS
CLAIM_COLUMNS = said.CLAIM_COLUMNS
VERDICT_RULE = said.VERDICT_RULE
mirror_sentence = said.mirror_sentence
cross_checks_sentence = said.cross_checks_sentence
claims_sentence = said.claims_sentence
claims_chart_sentence = said.claims_chart_sentence


def mirror(flows: pd.DataFrame, sources: pd.DataFrame) -> pd.DataFrame:
    """Each flow in the years both sides reported it: Russia's figure beside Laos's, and the gap.

    Only rows with status 'reported' on both sides: after 1997 the Lao sheet is an IMF estimate
    built from Russia's own data, so it is not a mirror. gap_usd_m = Lao figure − Russian figure.
    Where two sources give the same side's figure, one is kept (`trade.one_per_flow`), so a
    year never shows twice and the join stays one row per year and flow at any size.
    """
    reported = trade.full_years(flows)
    reported = trade.one_per_flow(
        reported[(reported["measure"] == "exports") & (reported["status"] == "reported")]
    )
    sides = {}
    for reporter in trade.REPORTERS:
        own = reported[reported["reporter"] == reporter]
        sides[reporter] = own.set_index(["year", "exporter"])[
            ["value_usd_m", "valuation", "source_id"]
        ].add_prefix(f"{reporter.lower()}_")
    both = sides["Russia"].join(sides["Laos"], how="inner").reset_index()
    titles = catalog.source_names(sources)
    both = both.assign(
        direction=both["exporter"].map(i18n.each(trade_words.DIRECTIONS)),
        russia_reported_usd_m=both["russia_value_usd_m"],
        laos_reported_usd_m=both["laos_value_usd_m"],
        gap_usd_m=(both["laos_value_usd_m"] - both["russia_value_usd_m"]).round(3),
        russia_source=both["russia_source_id"].map(titles).fillna(both["russia_source_id"]),
        laos_source=both["laos_source_id"].map(titles).fillna(both["laos_source_id"]),
    )
    return both.sort_values(["year", "direction"]).reset_index(drop=True)[
        [
            "year",
            "direction",
            "russia_reported_usd_m",
            "russia_valuation",
            "laos_reported_usd_m",
            "laos_valuation",
            "gap_usd_m",
            "russia_source",
            "laos_source",
        ]
    ]


def published_agrees(published: float, series: float, qualifier: str) -> bool:
    """A published figure agrees when the series lies within what it covers, by the one verdict
    rule (`claims.band`): 16.5 covers 16.45–16.55, so 16.468 agrees."""
    return claim_checks.agrees(published, series, qualifier)


def cross_checks(flows: pd.DataFrame, sources: pd.DataFrame) -> pd.DataFrame:
    """Each full-year published total beside Russia's reported series for the same flow.

    Turnover is compared with the sum of Russia's two reported directions. A total is left out
    when the series figure comes from the same source (it would check itself).
    """
    published = trade.full_years(flows)
    published = published[published["status"] == "published_total"]
    series = trade.by_direction(flows, "Russia")
    series = series[series["status"] == "reported"]
    sums = series.groupby("year").agg(
        value_usd_m=("value_usd_m", "sum"),
        directions=("exporter", "nunique"),
        source_id=("source_id", "first"),
    )
    sums = sums[sums["directions"] == 2]
    titles = catalog.source_names(sources)
    # One lookup per published total (a dict, not a scan of the series per row).
    found = {
        (year, "turnover"): (value, source)
        for year, value, source in zip(
            sums.index, sums["value_usd_m"], sums["source_id"], strict=True
        )
    } | {
        (year, exporter): (value, source)
        for year, exporter, value, source in zip(
            series["year"],
            series["exporter"],
            series["value_usd_m"],
            series["source_id"],
            strict=True,
        )
    }
    rows = []
    for row in published.itertuples(index=False):
        turnover = row.measure == "turnover"
        match = found.get((row.year, "turnover" if turnover else row.exporter))
        if match is None or match[1] == row.source_id:
            continue
        value, source = round(float(match[0]), 3), match[1]
        rows.append(
            {
                "year": row.year,
                "figure": _(said.TURNOVER)
                if turnover
                else said.exports(_(trade_words.DIRECTIONS[row.exporter])),
                "published": words.money(row.value_usd_m, row.qualifier),
                "published_source": titles.get(row.source_id, row.source_id),
                "series": words.money(value),
                "series_source": titles.get(source, source),
                "agrees": published_agrees(row.value_usd_m, value, row.qualifier),
            }
        )
    columns = [
        "year",
        "figure",
        "published",
        "published_source",
        "series",
        "series_source",
        "agrees",
    ]
    return (
        pd.DataFrame(rows, columns=columns).sort_values(["year", "figure"]).reset_index(drop=True)
    )


def partial_periods(flows: pd.DataFrame, sources: pd.DataFrame) -> pd.DataFrame:
    """Figures for part of a year (January 2023, January–July 2011): listed, never a year."""
    rows = flows[(flows["first_month"] != 1) | (flows["last_month"] != 12)]
    starts = pd.to_datetime(
        rows["year"].astype(str) + "-" + rows["first_month"].astype(str) + "-01"
    )
    ends = pd.to_datetime(
        rows["year"].astype(str) + "-" + rows["last_month"].astype(str) + "-01"
    ) + pd.offsets.MonthEnd(0)
    titles = catalog.source_names(sources)
    return pd.DataFrame(
        {
            "period": [words.period(s, e) for s, e in zip(starts, ends, strict=True)],
            "figure": rows["exporter"]
            .map(i18n.each(trade_words.DIRECTIONS))
            .fillna(_(said.TURNOVER)),
            "value": [
                words.money(v, q)
                for v, q in zip(rows["value_usd_m"], rows["qualifier"], strict=True)
            ],
            "reporter": rows["reporter"].map(words.country).fillna(_(said.NOT_STATED)),
            "status": rows["status"].map(i18n.each(trade_words.STATUS_WORDS)),
            "source": rows["source_id"].map(titles).fillna(rows["source_id"]),
            "source_cell": rows["source_cell"],
            "note": rows["note"],
        }
    ).reset_index(drop=True)


CHECKED_COLUMNS = [
    "claim_id",
    "metric",
    "speaker",
    "said",
    "claim_text",
    "claim_text_english",
    "period",
    "period_start",
    "period_end",
    "value",
    "qualifier",
    "stated",
    "outcome",
    "verdict",
    "how",
    "data",
    "claim_source",
    "data_source",
    "note",
]


def checked_claims(
    claims: pd.DataFrame,
    quotes: pd.DataFrame,
    sources: pd.DataFrame,
    *,
    flows: pd.DataFrame,
    tourism: pd.DataFrame,
    indicators: pd.DataFrame,
    events: pd.DataFrame,
    conflicts: pd.DataFrame | None = None,
    metrics: tuple[str, ...] = TRADE_CLAIM_METRICS,
) -> pd.DataFrame:
    """The claims on these metrics, each with its speaker, the verdict and both sources; with
    `conflicts`, a claim another source contradicts says so (`claims.conflicting`)."""
    chosen = claims[claims["metric"].isin(metrics)].merge(
        quotes[["quote_id", "speaker", "date", "date_precision", "date_latest", "source_id"]],
        on="quote_id",
        how="left",
    )
    titles = catalog.source_names(sources)
    rows = []
    for claim in chosen.itertuples(index=False):
        found = claim_checks.verdict(
            pd.Series(claim._asdict()),
            flows=flows,
            tourism=tourism,
            indicators=indicators,
            events=events,
        )
        if conflicts is not None:
            found = claim_checks.conflicting(found, claim.claim_id, conflicts, titles)
        has_period = not pd.isna(claim.period_start)
        rows.append(
            {
                "claim_id": claim.claim_id,
                "metric": claim.metric,
                "speaker": claim.speaker,
                "said": words.date(claim.date, claim.date_precision, latest=claim.date_latest),
                "claim_text": claim.claim_text,
                "claim_text_english": getattr(claim, "claim_text_english", None) or "",
                "period": words.period(claim.period_start, claim.period_end)
                if has_period
                else _(said.NO_PERIOD),
                "period_start": claim.period_start,
                "period_end": claim.period_end,
                "value": claim.value,
                "qualifier": claim.qualifier,
                "stated": said.stated(claim.value, claim.unit, claim.qualifier),
                "outcome": found.outcome,
                "verdict": _(said.OUTCOME_WORDS[found.outcome]),
                "how": found.sentence,
                "data": found.data_label,
                "claim_source": titles.get(claim.source_id, claim.source_id),
                "data_source": titles.get(found.data_source_id, found.data_source_id or ""),
                "note": claim.note,
            }
        )
    # (every column even without a claim: while claims.csv is broken a page gets none)
    frame = pd.DataFrame(rows, columns=list(rows[0]) if rows else CHECKED_COLUMNS)
    if not rows:
        frame = frame.astype(
            {"period_start": claims["period_start"].dtype, "period_end": claims["period_end"].dtype}
        )
    # Stable, so the claims of some metrics keep the order they have among all claims.
    return frame.sort_values("period_start", na_position="last", kind="stable").reset_index(
        drop=True
    )


CONTEXT_YEARS = 4  # years of the series shown before the first claim, for context


def claim_years(checked: pd.DataFrame) -> tuple[int, int]:
    """The years the claims chart spans: a few years before the first claimed period to the last."""
    dated = checked.dropna(subset=["period_start"])
    return (
        int(dated["period_start"].dt.year.min()) - CONTEXT_YEARS,
        int(dated["period_end"].dt.year.max()),
    )


def level_claims(checked: pd.DataFrame) -> pd.DataFrame:
    """Turnover claims for a full year, with the year and the claimed value, for the chart."""
    rows = checked[(checked["metric"] == "trade_turnover_usd_m") & checked["period_start"].notna()]
    return rows.assign(year=rows["period_start"].dt.year, value_usd_m=rows["value"]).reset_index(
        drop=True
    )


# When one year's claims get different verdicts, its label takes the strongest, so it is drawn
# in a colour of the legend: a contradiction first, then agreement, then nothing to check.
_VERDICT_ORDER = ("disagrees", "conflicts", "agrees", "forecast", "unchecked")


def _strongest(verdicts: pd.Series) -> str:
    present = set(verdicts)
    ranked = [
        _(said.OUTCOME_WORDS[o]) for o in _VERDICT_ORDER if _(said.OUTCOME_WORDS[o]) in present
    ]
    return ranked[0] if ranked else verdicts.iloc[0]


def growth_claims(checked: pd.DataFrame) -> pd.DataFrame:
    """Growth-rate claims, one label per calendar year: '+65 to +66 %', with '(part of the
    year)' when a claim covers only some months."""
    rows = checked[
        (checked["metric"] == "trade_turnover_growth_pct") & checked["period_start"].notna()
    ]
    rows = rows.assign(
        year=rows["period_start"].dt.year,
        whole=rows["period"].str.fullmatch(r"\d{4}"),
        approximate=rows["qualifier"].isin(["about", "almost", "over", "under"]),
    )
    grouped = rows.groupby("year", as_index=False).agg(
        low=("value", "min"),
        high=("value", "max"),
        whole=("whole", "all"),
        approximate=("approximate", "any"),
        stated=("stated", lambda s: " / ".join(dict.fromkeys(s))),
        periods=("period", lambda s: ", ".join(dict.fromkeys(s))),
        speakers=("speaker", lambda s: ", ".join(dict.fromkeys(s))),
        verdict=("verdict", _strongest),
        quotes=("claim_id", "count"),
    )
    return grouped.assign(
        label=[
            said.growth_label(low, high, approximate=approximate, whole=whole)
            for low, high, approximate, whole in zip(
                grouped["low"],
                grouped["high"],
                grouped["approximate"],
                grouped["whole"],
                strict=True,
            )
        ]
    )


def turnover_rows(
    flows: pd.DataFrame, sources: pd.DataFrame, years: tuple[int, int]
) -> pd.DataFrame:
    """Russia-reported turnover, in the chart's long form, inside the years given."""
    rows = trade.chart_rows(trade.yearly(flows, "Russia", sources))
    rows = rows[rows["series"] == _(trade_words.TURNOVER_SERIES)]
    return trade.between(rows, years).reset_index(drop=True)


@dataclass(frozen=True)
class TradeChecks:
    """The trade page's check tables, built once per version of the files
    (load.derived("trade_checks")): the mirror (filtered by years on the page), the published
    totals against the series, and the figures for part of a year."""

    mirror: pd.DataFrame
    cross: pd.DataFrame
    partial: pd.DataFrame


def trade_checks(flows: pd.DataFrame, sources: pd.DataFrame) -> TradeChecks:
    return TradeChecks(
        mirror(flows, sources), cross_checks(flows, sources), partial_periods(flows, sources)
    )


@dataclass(frozen=True)
class TradeClaims:
    """The trade claims checked and what the claims chart draws, built once per version of the
    files (load.derived("trade_claims")): the claims, the years the chart spans, the
    Russia-reported turnover in those years, the claimed values and the claimed growth rates."""

    checked: pd.DataFrame
    years: tuple[int, int]
    series: pd.DataFrame
    levels: pd.DataFrame
    rates: pd.DataFrame


def trade_claims(
    claims: pd.DataFrame,
    quotes: pd.DataFrame,
    sources: pd.DataFrame,
    flows: pd.DataFrame,
    tourism: pd.DataFrame,
    indicators: pd.DataFrame,
    events: pd.DataFrame,
    conflicts: pd.DataFrame | None = None,
) -> TradeClaims:
    checked = checked_claims(
        claims,
        quotes,
        sources,
        flows=flows,
        tourism=tourism,
        indicators=indicators,
        events=events,
        conflicts=conflicts,
    )
    years = claim_years(checked)
    return TradeClaims(
        checked,
        years,
        turnover_rows(flows, sources, years),
        level_claims(checked),
        growth_claims(checked),
    )
