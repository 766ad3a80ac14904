"""Leaders' numeric claims set against the data: pure functions, exact verdicts."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from relations import trade

# How far a stated number may sit from the data and still "agree", by the speaker's qualifier.
ABOUT_TOLERANCE = 0.10
EXACT_TOLERANCE = 0.005


@dataclass(frozen=True)
class Verdict:
    """outcome is 'agrees', 'disagrees' or 'unchecked' (nothing published to check against)."""

    outcome: str
    sentence: str
    data_value: float | None = None
    data_label: str = ""
    data_source_id: str | None = None


def _number(value: float) -> str:
    if float(value).is_integer():
        return f"{int(value):,}"
    return f"{value:,.3f}".rstrip("0").rstrip(".")


def agrees(stated: float, actual: float, qualifier: str) -> bool:
    """Does the data value fit the stated number, read with its qualifier?"""
    if qualifier == "over":
        return actual > stated
    if qualifier == "under":
        return actual < stated
    if qualifier == "almost":
        return stated * (1 - ABOUT_TOLERANCE) <= actual <= stated
    tolerance = ABOUT_TOLERANCE if qualifier == "about" else EXACT_TOLERANCE
    return abs(actual - stated) <= tolerance * stated


def _compare(stated: float, actual: float, qualifier: str, unit: str) -> tuple[str, str]:
    outcome = "agrees" if agrees(stated, actual, qualifier) else "disagrees"
    if actual == 0:
        return outcome, "the data value is zero"
    ratio = stated / actual
    if outcome == "agrees":
        how = (
            "matches the data"
            if abs(ratio - 1) < 0.001
            else (f"is within {abs(ratio - 1):.0%} of the data")
        )
    elif ratio >= 1.5:
        how = f"is {ratio:.1f} times the data value"
    elif ratio <= 1 / 1.5:
        how = f"is {1 / ratio:.1f} times smaller than the data value"
    else:
        how = f"is {abs(ratio - 1):.0%} {'above' if ratio > 1 else 'below'} the data value"
    return outcome, how


def _full_year(claim: pd.Series) -> int | None:
    start, end = claim["period_start"], claim["period_end"]
    if start.year == end.year and (start.month, start.day, end.month, end.day) == (1, 1, 12, 31):
        return int(start.year)
    return None


def _trade_turnover(claim: pd.Series, flows: pd.DataFrame) -> Verdict:
    year = _full_year(claim)
    series = trade.turnover(flows, "Russia")
    row = series[series["year"] == year]
    if year is None or row.empty:
        return Verdict("unchecked", "No Russia-reported turnover is published for this period.")
    row = row.iloc[0]
    outcome, how = _compare(claim["value"], row["value_usd_m"], claim["qualifier"], "usd_m")
    label = f"Russia-reported turnover {year}: US${_number(row['value_usd_m'])} million"
    return Verdict(outcome, f"The claim {how}.", row["value_usd_m"], label, row["source_id"])


def _growth(claim: pd.Series, flows: pd.DataFrame) -> Verdict:
    year = _full_year(claim)
    series = trade.turnover(flows, "Russia").set_index("year")
    if year is None or year not in series.index or year - 1 not in series.index:
        return Verdict(
            "unchecked",
            "No absolute trade figures are published for this period, so the growth rate "
            "cannot be checked.",
        )
    now, before = series.loc[year], series.loc[year - 1]
    if now["qualifier"] != "exact" or before["qualifier"] != "exact":
        return Verdict(
            "unchecked",
            "The published figures for these years are approximate, too coarse to check a growth rate.",
        )
    growth = (now["value_usd_m"] / before["value_usd_m"] - 1) * 100
    outcome = "agrees" if abs(growth - claim["value"]) <= 1 else "disagrees"
    label = f"derived growth {year}: {growth:+.1f} % (Russia-reported turnover)"
    return Verdict(
        outcome, f"The data give {growth:+.1f} %.", round(growth, 1), label, now["source_id"]
    )


def _visitors(claim: pd.Series, tourism: pd.DataFrame) -> Verdict:
    counts = tourism[(tourism["origin"] == "Russia") & (tourism["destination"] == "Laos")]
    same = counts[
        (counts["period_start"] == claim["period_start"])
        & (counts["period_end"] == claim["period_end"])
    ]
    if not same.empty:
        row = same.sort_values("qualifier").iloc[0]
        outcome, how = _compare(claim["value"], row["visitors"], claim["qualifier"], "persons")
        label = f"{_number(row['visitors'])} Russian visitors counted for the same period"
        return Verdict(outcome, f"The claim {how}.", row["visitors"], label, row["source_id"])
    inside = counts[
        (counts["period_start"] >= claim["period_start"])
        & (counts["period_end"] <= claim["period_end"])
    ]
    if not inside.empty:
        row = inside.sort_values("visitors").iloc[-1]
        start, end = row["period_start"], row["period_end"]
        span = (
            f"{start:%B} – {end:%B %Y}"
            if start.year == end.year
            else f"{start:%B %Y} – {end:%B %Y}"
        )
        label = f"{_number(row['visitors'])} Russian visitors in {span} alone"
        if row["visitors"] > claim["value"] and claim["qualifier"] != "over":
            return Verdict(
                "disagrees",
                f"A shorter period inside the claimed one already counts {_number(row['visitors'])}: "
                "the claim understates the published figures.",
                row["visitors"],
                label,
                row["source_id"],
            )
        return Verdict(
            "unchecked",
            "Only a shorter period inside the claimed one is published; it does not contradict the claim.",
            row["visitors"],
            label,
            row["source_id"],
        )
    return Verdict("unchecked", "No count of Russian visitors is published for this period.")


def _indicator(
    claim: pd.Series, indicators: pd.DataFrame, indicator: str, series: list[str]
) -> Verdict:
    year = int(claim["period_end"].year)
    rows = indicators[
        (indicators["indicator"] == indicator)
        & (indicators["year"] == year)
        & indicators["series"].isin(series)
    ]
    if rows.empty:
        return Verdict(
            "unchecked", f"No {indicator.replace('_', ' ')} figure is published for {year}."
        )
    row = rows.iloc[0]
    if indicator == "real_gdp_growth_pct":
        gap = claim["value"] - row["value"]
        outcome = "agrees" if abs(gap) <= 0.5 else "disagrees"
        sentence = f"The data give {_number(row['value'])} % ({gap:+.1f} points from the claim)."
        label = f"real GDP growth {year}: {_number(row['value'])} %"
    else:
        outcome, how = _compare(claim["value"], row["value"], claim["qualifier"], row["unit"])
        sentence = f"The claim {how}."
        label = f"{indicator.replace('_', ' ')} {year}: {_number(row['value'])}"
    return Verdict(outcome, sentence, row["value"], label, row["source_id"])


def _anniversary(claim: pd.Series, events: pd.DataFrame, event_id: str) -> Verdict:
    rows = events[events["event_id"] == event_id]
    if rows.empty:
        return Verdict("unchecked", "The founding event is not in the timeline.")
    row = rows.iloc[0]
    years = int(claim["period_end"].year) - int(row["date"].year)
    outcome = "agrees" if agrees(claim["value"], years, claim["qualifier"]) else "disagrees"
    label = f"{row['title']}: {row['date']:%-d %B %Y}"
    return Verdict(
        outcome,
        f"{years} years separate {row['date'].year} and {claim['period_end'].year}.",
        years,
        label,
        row["source_id"],
    )


def verdict(
    claim: pd.Series,
    *,
    flows: pd.DataFrame,
    tourism: pd.DataFrame,
    indicators: pd.DataFrame,
    events: pd.DataFrame,
) -> Verdict:
    """Set one claim (a row of claims.csv) against the data it speaks about."""
    metric = claim["metric"]
    if metric == "trade_turnover_usd_m":
        return _trade_turnover(claim, flows)
    if metric == "trade_turnover_growth_pct":
        return _growth(claim, flows)
    if metric == "russian_visitors_to_laos":
        return _visitors(claim, tourism)
    if metric == "laos_population":
        return _indicator(claim, indicators, "population", ["wb_wdi"])
    if metric == "laos_real_gdp_growth_pct":
        return _indicator(claim, indicators, "real_gdp_growth_pct", ["cia_wfb", "wb_eau_2007"])
    if metric == "years_of_diplomatic_relations":
        return _anniversary(claim, events, "1960-diplomatic-relations")
    if metric == "years_since_friendship_treaty":
        return _anniversary(claim, events, "1994-friendship-treaty")
    return Verdict("unchecked", "Nothing published in this collection to check it against.")
