"""Leaders' numeric claims set against the data: pure functions, exact verdicts.

Which verdict applies is decided here; what it says is written in `relations.claims_words`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import pandas as pd

from relations import claims_words, trade

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
    """The outcome and how the stated number sits against the data, read with its qualifier."""
    outcome = "agrees" if agrees(stated, actual, qualifier) else "disagrees"
    if actual == 0:
        return outcome, claims_words.comparison("zero")
    ratio = stated / actual
    if outcome == "agrees":
        if abs(ratio - 1) < 0.001:
            kind, tolerance = "matches", 0.0
        elif qualifier in ("over", "under", "almost"):
            kind, tolerance = "as_qualifier", 0.0
        elif qualifier == "about":
            kind, tolerance = "within_about", ABOUT_TOLERANCE
        else:
            kind, tolerance = "within_rounding", EXACT_TOLERANCE
    elif ratio >= 1.5:
        kind, tolerance = "times", 0.0
    elif ratio <= 1 / 1.5:
        kind, tolerance = "well_below", 0.0
    elif qualifier in ("over", "under", "almost"):
        kind, tolerance = "unfit_qualifier", 0.0
    else:
        kind, tolerance = "off", 0.0
    how = claims_words.comparison(kind, ratio=ratio, qualifier=qualifier, tolerance=tolerance)
    return outcome, how


def period_words(claim: pd.Series) -> str:
    """The period a claim speaks about: '2022', 'up to 12 September 2023', 'no period stated'."""
    start, end = claim.get("period_start"), claim.get("period_end")
    return claims_words.period(None if _missing(start) else start, None if _missing(end) else end)


def _missing(value: object) -> bool:
    return value is None or bool(pd.isna(value))


def _full_year(claim: pd.Series) -> int | None:
    start, end = claim["period_start"], claim["period_end"]
    if _missing(start) or _missing(end):
        return None
    if start.year == end.year and (start.month, start.day, end.month, end.day) == (1, 1, 12, 31):
        return int(start.year)
    return None


def _trade_turnover(claim: pd.Series, flows: pd.DataFrame) -> Verdict:
    series = trade.turnover(flows, "Russia")
    if _missing(claim["period_end"]):
        return _undated_turnover(claim, series)
    year = _full_year(claim)
    row = series[series["year"] == year]
    if year is None or row.empty:
        return Verdict("unchecked", claims_words.no_turnover_for(period_words(claim)))
    row = row.iloc[0]
    outcome, how = _compare(claim["value"], row["value_usd_m"], claim["qualifier"], "usd_m")
    sentence = claims_words.turnover(how, published_qualifier=row["qualifier"])
    label = claims_words.turnover_label(year, row["value_usd_m"], row["qualifier"], row["basis"])
    return Verdict(outcome, sentence, row["value_usd_m"], label, row["source_id"])


def _undated_turnover(claim: pd.Series, series: pd.DataFrame) -> Verdict:
    """A trade figure said without a year: it either fits some year on record or none."""
    if series.empty:
        return Verdict("unchecked", claims_words.UNDATED_NO_TURNOVER)
    fits = series[[agrees(claim["value"], v, claim["qualifier"]) for v in series["value_usd_m"]]]
    low = series.loc[series["value_usd_m"].idxmin()]
    high = series.loc[series["value_usd_m"].idxmax()]
    span = claims_words.year_span(series["year"].min(), series["year"].max())
    label = claims_words.undated_label(len(series), span, low, high)
    if not fits.empty:
        return Verdict(
            "unchecked",
            claims_words.undated_fits(fits["year"].tolist()),
            None,
            label,
            fits.iloc[0]["source_id"],
        )
    return Verdict(
        "unchecked",
        claims_words.undated_fits_none(span, low["value_usd_m"], high["value_usd_m"]),
        None,
        label,
        low["source_id"],
    )


def _growth(claim: pd.Series, flows: pd.DataFrame) -> Verdict:
    year = _full_year(claim)
    series = trade.turnover(flows, "Russia").set_index("year")
    latest = series.index.max() if len(series) else None
    if year is None:
        return Verdict(
            "unchecked", claims_words.growth_unchecked(period_words(claim), latest=latest)
        )
    missing = [y for y in (year - 1, year) if y not in series.index]
    if missing:
        return Verdict(
            "unchecked",
            claims_words.growth_unchecked(claims_words.years_or(missing), latest=latest),
        )
    now, before = series.loc[year], series.loc[year - 1]
    if now["qualifier"] != "exact" or before["qualifier"] != "exact":
        return Verdict("unchecked", claims_words.GROWTH_TOO_COARSE)
    growth = (now["value_usd_m"] / before["value_usd_m"] - 1) * 100
    outcome = "agrees" if abs(growth - claim["value"]) <= 1 else "disagrees"
    label = claims_words.growth_label(year, growth, before["value_usd_m"], now["value_usd_m"])
    return Verdict(
        outcome,
        claims_words.growth_derived(growth),
        round(growth, 1),
        label,
        now["source_id"],
    )


def _visitors(claim: pd.Series, tourism: pd.DataFrame) -> Verdict:
    if _missing(claim["period_start"]) or _missing(claim["period_end"]):
        return Verdict("unchecked", claims_words.VISITORS_NO_PERIOD)
    counts = tourism[(tourism["origin"] == "Russia") & (tourism["destination"] == "Laos")]
    same = counts[
        (counts["period_start"] == claim["period_start"])
        & (counts["period_end"] == claim["period_end"])
    ]
    if not same.empty:
        row = same.sort_values("qualifier").iloc[0]
        outcome, how = _compare(claim["value"], row["visitors"], claim["qualifier"], "persons")
        label = claims_words.visitors_same_period(row["visitors"])
        return Verdict(outcome, claims_words.claim(how), row["visitors"], label, row["source_id"])
    inside = counts[
        (counts["period_start"] >= claim["period_start"])
        & (counts["period_end"] <= claim["period_end"])
    ]
    if not inside.empty:
        row = inside.sort_values("visitors").iloc[-1]
        label = claims_words.visitors_shorter_period(
            row["visitors"], row["period_start"], row["period_end"]
        )
        if row["visitors"] > claim["value"] and claim["qualifier"] != "over":
            return Verdict(
                "disagrees",
                claims_words.visitors_understated(row["visitors"]),
                row["visitors"],
                label,
                row["source_id"],
            )
        return Verdict(
            "unchecked",
            claims_words.VISITORS_NOT_CONTRADICTED,
            row["visitors"],
            label,
            row["source_id"],
        )
    return Verdict("unchecked", claims_words.VISITORS_NONE)


NOTHING_TO_CHECK = claims_words.NOTHING_TO_CHECK


def _indicator(
    claim: pd.Series, indicators: pd.DataFrame, indicator: str, series: list[str]
) -> Verdict:
    """`series` in order of preference: the first that has the year is used."""
    if _missing(claim["period_end"]):
        return Verdict("unchecked", claims_words.INDICATOR_NO_YEAR)
    year = int(claim["period_end"].year)
    rows = indicators[
        (indicators["indicator"] == indicator)
        & (indicators["year"] == year)
        & indicators["series"].isin(series)
    ]
    if rows.empty:
        return Verdict("unchecked", claims_words.indicator_none(indicator, year))
    row = rows.assign(rank=rows["series"].map(series.index)).sort_values("rank").iloc[0]
    where = claims_words.series_where(row["series"], estimate=bool(row.get("is_estimate", False)))
    if indicator == "real_gdp_growth_pct":
        gap = claim["value"] - row["value"]
        outcome = "agrees" if abs(gap) <= 0.5 else "disagrees"
        sentence = claims_words.growth_points(gap, row["value"])
        label = claims_words.gdp_growth_label(year, row["value"], where)
    else:
        outcome, how = _compare(claim["value"], row["value"], claim["qualifier"], row["unit"])
        sentence = claims_words.claim(how)
        label = claims_words.indicator_label(indicator, year, row["value"], where)
    return Verdict(outcome, sentence, row["value"], label, row["source_id"])


def _anniversary(claim: pd.Series, events: pd.DataFrame, event_id: str) -> Verdict:
    rows = events[events["event_id"] == event_id]
    if rows.empty:
        return Verdict("unchecked", claims_words.NO_FOUNDING_EVENT)
    if _missing(claim["period_end"]):
        return Verdict("unchecked", claims_words.ANNIVERSARY_NO_YEAR)
    row = rows.iloc[0]
    years = int(claim["period_end"].year) - int(row["date"].year)
    outcome = "agrees" if agrees(claim["value"], years, claim["qualifier"]) else "disagrees"
    label = claims_words.anniversary_label(row["title"], row["date"])
    return Verdict(
        outcome,
        claims_words.years_between(years, row["date"].year, claim["period_end"].year),
        years,
        label,
        row["source_id"],
    )


VISA_EVENT = "2016-visa-free-regime"


def _visa(claim: pd.Series, events: pd.DataFrame) -> Verdict:
    """Set a visa-free stay against the regime the timeline records, in the source's own words."""
    rows = events[events["event_id"] == VISA_EVENT]
    if rows.empty or _missing(claim["period_end"]):
        return Verdict("unchecked", NOTHING_TO_CHECK)
    row = rows.iloc[0]
    stated = re.search(r"(\d+) days", str(row.get("source_excerpt", "")))
    if stated is None or row["date"] > claim["period_end"]:
        return Verdict("unchecked", NOTHING_TO_CHECK)
    days = int(stated[1])
    outcome, how = _compare(claim["value"], days, claim["qualifier"], "days")
    return Verdict(
        outcome,
        claims_words.visa(how, days, row["date"]),
        days,
        claims_words.visa_label(row["title"], row["date"], days),
        row["source_id"],
    )


def _education(claim: pd.Series, education: pd.DataFrame | None, measure: str) -> Verdict:
    """A count of Lao students against the education data, never against the claim itself."""
    if education is None or _missing(claim["period_end"]):
        return Verdict("unchecked", NOTHING_TO_CHECK)
    rows = education[
        (education["measure"] == measure) & (education["period_end"] == claim["period_end"])
    ]
    said = str(claim.get("claim_text", ""))
    same = rows["source_excerpt"].str.contains(said, regex=False) if said else False
    independent = rows[~same] if said else rows
    if independent.empty and not rows.empty:
        row = rows.iloc[0]
        return Verdict(
            "unchecked",
            claims_words.EDUCATION_SAME_STATEMENT,
            None,
            claims_words.education_same_label(row["period_end"], row["value"], row["unit"]),
            row["source_id"],
        )
    if independent.empty:
        return Verdict("unchecked", NOTHING_TO_CHECK)
    row = independent.iloc[0]
    outcome, how = _compare(claim["value"], row["value"], claim["qualifier"], row["unit"])
    return Verdict(
        outcome,
        claims_words.claim(how),
        row["value"],
        claims_words.education_label(row["period_end"], row["value"], row["unit"]),
        row["source_id"],
    )


def verdict(
    claim: pd.Series,
    *,
    flows: pd.DataFrame,
    tourism: pd.DataFrame,
    indicators: pd.DataFrame,
    events: pd.DataFrame,
    education: pd.DataFrame | None = None,
) -> Verdict:
    """Set one claim (a row of claims.csv) against the data it speaks about.

    Without `education`, counts of Lao students stay unchecked.
    """
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
    if metric == "visa_free_stay_days":
        return _visa(claim, events)
    if metric in ("lao_educated_in_russia_cumulative", "lao_students_in_russia"):
        return _education(claim, education, metric)
    return Verdict("unchecked", NOTHING_TO_CHECK)


def check_all(
    claims: pd.DataFrame,
    *,
    flows: pd.DataFrame,
    tourism: pd.DataFrame,
    indicators: pd.DataFrame,
    events: pd.DataFrame,
    education: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """The claims with their verdicts: outcome, sentence, data_value, data_label, data_source_id."""
    found = [
        verdict(
            claim,
            flows=flows,
            tourism=tourism,
            indicators=indicators,
            events=events,
            education=education,
        )
        for _, claim in claims.iterrows()
    ]
    return claims.assign(
        outcome=[v.outcome for v in found],
        sentence=[v.sentence for v in found],
        data_value=[v.data_value for v in found],
        data_label=[v.data_label for v in found],
        data_source_id=[v.data_source_id for v in found],
    )
