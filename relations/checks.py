"""Figures checked against each other: one side's statistics against the other's (mirror),
published totals against the series, and leaders' claims against the data. Pure pandas."""

from __future__ import annotations

import pandas as pd

from relations import catalog, trade, words
from relations import claims as claim_checks

TRADE_CLAIM_METRICS = ("trade_turnover_usd_m", "trade_turnover_growth_pct")
MIRROR_REASONS = (
    "Mirror figures differ because the importer values goods CIF (with freight and insurance) "
    "and the exporter FOB (at its border), shipments leave in one year and arrive in the next, "
    "and goods routed through third countries can be counted as trade with those countries."
)


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
        direction=both["exporter"].map(trade.DIRECTIONS),
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


def _decimals(value: float) -> int:
    written = f"{value:g}"
    return len(written.split(".")[1]) if "." in written else 0


def published_agrees(published: float, series: float, qualifier: str) -> bool:
    """An exact published figure agrees when the series rounds to it at the published
    precision (16.5 for 16.468); 'under', 'over', 'about', 'almost' are read as stated."""
    if qualifier == "exact":
        return abs(series - published) <= 0.5 * 10 ** -_decimals(published) + 1e-9
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
                "figure": "turnover" if turnover else f"exports {trade.DIRECTIONS[row.exporter]}",
                "published": trade.usd(row.value_usd_m, row.qualifier),
                "published_source": titles.get(row.source_id, row.source_id),
                "series": trade.usd(value),
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
            "figure": rows["exporter"].map(trade.DIRECTIONS).fillna("turnover"),
            "value": [
                trade.usd(v, q) for v, q in zip(rows["value_usd_m"], rows["qualifier"], strict=True)
            ],
            "reporter": rows["reporter"].fillna("not stated"),
            "status": rows["status"].map(trade.STATUS_WORDS),
            "source": rows["source_id"].map(titles).fillna(rows["source_id"]),
            "source_cell": rows["source_cell"],
            "note": rows["note"],
        }
    ).reset_index(drop=True)


OUTCOME_WORDS = {
    "agrees": "agrees",
    "disagrees": "disagrees",
    "unchecked": "nothing published to check against",
}


def _stated(value: float, unit: str, qualifier: str) -> str:
    words = trade.QUALIFIER_WORDS[qualifier]
    if unit == "usd_m":
        return trade.usd(value, qualifier)
    if unit == "pct":
        return f"{words}+{value:g} %"
    return f"{words}{value:,.0f} {unit}"


def checked_claims(
    claims: pd.DataFrame,
    quotes: pd.DataFrame,
    sources: pd.DataFrame,
    *,
    flows: pd.DataFrame,
    tourism: pd.DataFrame,
    indicators: pd.DataFrame,
    events: pd.DataFrame,
    metrics: tuple[str, ...] = TRADE_CLAIM_METRICS,
) -> pd.DataFrame:
    """The claims on these metrics, each with its speaker, the verdict and both sources."""
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
        has_period = not pd.isna(claim.period_start)
        rows.append(
            {
                "claim_id": claim.claim_id,
                "metric": claim.metric,
                "speaker": claim.speaker,
                "said": words.date(claim.date, claim.date_precision, latest=claim.date_latest),
                "claim_text": claim.claim_text,
                "period": words.period(claim.period_start, claim.period_end)
                if has_period
                else "no period stated",
                "period_start": claim.period_start,
                "period_end": claim.period_end,
                "value": claim.value,
                "stated": _stated(claim.value, claim.unit, claim.qualifier),
                "outcome": found.outcome,
                "verdict": OUTCOME_WORDS[found.outcome],
                "how": found.sentence,
                "data": found.data_label,
                "claim_source": titles.get(claim.source_id, claim.source_id),
                "data_source": titles.get(found.data_source_id, found.data_source_id or ""),
                "note": claim.note,
            }
        )
    frame = pd.DataFrame(rows, columns=list(rows[0]) if rows else ["claim_id", "period_start"])
    return frame.sort_values("period_start", na_position="last").reset_index(drop=True)


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


def growth_claims(checked: pd.DataFrame) -> pd.DataFrame:
    """Growth-rate claims, one label per calendar year: '+65 to +66 %', with '(part of the
    year)' when a claim covers only some months."""
    rows = checked[
        (checked["metric"] == "trade_turnover_growth_pct") & checked["period_start"].notna()
    ]
    rows = rows.assign(
        year=rows["period_start"].dt.year,
        whole=rows["period"].str.fullmatch(r"\d{4}"),
        approximate=rows["stated"].str.match(r"(about|almost|over|under) "),
    )
    grouped = rows.groupby("year", as_index=False).agg(
        low=("value", "min"),
        high=("value", "max"),
        whole=("whole", "all"),
        approximate=("approximate", "any"),
        stated=("stated", lambda s: " / ".join(dict.fromkeys(s))),
        periods=("period", lambda s: ", ".join(dict.fromkeys(s))),
        speakers=("speaker", lambda s: ", ".join(dict.fromkeys(s))),
        verdict=("verdict", lambda s: " / ".join(dict.fromkeys(s))),
        quotes=("claim_id", "count"),
    )
    rate = [
        f"{'about ' if approx else ''}+{low:g} %" if low == high else f"+{low:g} to +{high:g} %"
        for low, high, approx in zip(
            grouped["low"], grouped["high"], grouped["approximate"], strict=True
        )
    ]
    return grouped.assign(
        label=[
            "claimed\n" + r + ("" if whole else "\n(part of the year)")
            for r, whole in zip(rate, grouped["whole"], strict=True)
        ]
    )


def turnover_rows(
    flows: pd.DataFrame, sources: pd.DataFrame, years: tuple[int, int]
) -> pd.DataFrame:
    """Russia-reported turnover, in the chart's long form, inside the years given."""
    rows = trade.chart_rows(trade.yearly(flows, "Russia", sources))
    rows = rows[rows["series"] == "Turnover (both ways)"]
    return trade.between(rows, years).reset_index(drop=True)


def mirror_sentence(pairs: pd.DataFrame) -> str:
    """What the mirror table shows, why mirror figures differ, and why it stops in 1997."""
    if pairs.empty:
        return (
            "Both sides reported only in 1993–1997: no such year in the range, so widen the "
            f"year range to see the mirror. {MIRROR_AFTER_1997}"
        )
    widest = pairs.loc[pairs["gap_usd_m"].abs().idxmax()]
    return (
        f"Both sides reported {words.year_runs(sorted(set(pairs['year'])))}. The widest gap: "
        f"{widest['direction']} in {widest['year']}, "
        f"{trade.usd(widest['russia_reported_usd_m'])} in Russia's statistics against "
        f"{trade.usd(widest['laos_reported_usd_m'])} in Laos's. {MIRROR_REASONS} "
        f"{MIRROR_AFTER_1997}"
    )


def claims_sentence(checked: pd.DataFrame) -> str:
    counts = checked["outcome"].value_counts()
    agree, disagree = counts.get("agrees", 0), counts.get("disagrees", 0)
    unchecked = counts.get("unchecked", 0)
    return (
        f"Of {len(checked)} {'claim' if len(checked) == 1 else 'claims'}, {agree} {'agrees' if agree == 1 else 'agree'} with the data, "
        f"{disagree} {'disagrees' if disagree == 1 else 'disagree'}, and {unchecked} "
        f"{'has' if unchecked == 1 else 'have'} nothing published to check against."
    )


def claims_chart_sentence(series: pd.DataFrame, levels: pd.DataFrame, growth: pd.DataFrame) -> str:
    last = series.sort_values("year").iloc[-1]
    sentence = f"Russia-reported turnover runs to {last['year']}." + "".join(
        f" {row.speaker}: {row.stated} for {row.period}; {row.how[0].lower()}{row.how[1:]}"
        for row in levels.itertuples()
    )
    later = growth[growth["year"] > last["year"]]
    if not later.empty:
        sentence += (
            f" For {words.year_runs(sorted(set(later['year'])))} only growth rates are "
            "claimed; no value is published to check them against."
        )
    return sentence


MIRROR_COLUMNS = {
    "year": "Year",
    "direction": "Flow",
    "russia_reported_usd_m": "Russia's figure, US$ m",
    "russia_valuation": "Russia values it",
    "laos_reported_usd_m": "Laos's figure, US$ m",
    "laos_valuation": "Laos values it",
    "gap_usd_m": "Gap (Laos − Russia), US$ m",
    "russia_source": "Russia's source",
    "laos_source": "Laos's source",
}
CROSS_CHECK_COLUMNS = {
    "year": "Year",
    "figure": "Figure",
    "published": "Published",
    "published_source": "Published in",
    "series": "Russia's series",
    "series_source": "Series source",
    "agrees": "Agrees",
}
CLAIM_COLUMNS = {
    "period": "Period",
    "stated": "Claimed",
    "verdict": "Verdict",
    "how": "How far",
    "data": "Data",
    "speaker": "Who",
    "said": "Said",
    "claim_text": "Words",
    "claim_source": "Claim source",
    "data_source": "Data source",
    "note": "Note",
}
MIRROR_AFTER_1997 = (
    "After 1997 the Lao sheet holds IMF estimates built from Russia's own figures, so it is no "
    "independent mirror: the view covers only years both sides reported."
)


def cross_checks_sentence(checks: pd.DataFrame) -> str:
    if checks.empty:
        return "No published total to cross-check."
    agreeing = int(checks["agrees"].sum())
    sentence = (
        f"{agreeing} of {len(checks)} totals published elsewhere agree with Russia's reported "
        "series at the precision they were published"
    )
    disagreeing = checks.loc[~checks["agrees"], "year"].tolist()
    if disagreeing:
        sentence += f"; {words.year_runs(disagreeing)} do not"
    return sentence + "."


PARTIAL_COLUMNS = {
    "period": "Period",
    "figure": "Figure",
    "value": "Value",
    "reporter": "Whose statistics",
    "status": "Status",
    "source": "Source",
    "source_cell": "In the source's words",
    "note": "Note",
}
