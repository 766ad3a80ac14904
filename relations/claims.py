"""Leaders' numeric claims set against the data: pure functions, exact verdicts.

Which verdict applies is decided here; what it says is written in `relations.claims_words`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import pandas as pd

from relations import catalog, claims_words, trade
from relations.i18n import _

# The verdict rule, in one place (data/README.md and the line under every claim table say it
# in words): a stated figure covers half a unit of its last stated digit either side, and its
# own qualifier widens or bounds that. "About" and "almost" allow up to this share of the
# figure, because a speaker who says "about" has rounded more coarsely than the digits show.
ROUGHLY = 0.10
# Below this, a whole number's last digit is its unit (65 % is stated to 1 %); from here up,
# trailing zeros are read as rounding (350,000 to the nearest 10,000; 7 million to the million).
ROUND_FROM = 1000
_EPSILON = 1e-9


@dataclass(frozen=True)
class Verdict:
    """outcome: 'agrees' or 'disagrees' (with the data), 'conflicts' (with another source's
    figure), 'forecast' (set beside its outcome), or 'unchecked' (nothing to check against)."""

    outcome: str
    sentence: str
    data_value: float | None = None
    data_label: str = ""
    data_source_id: str | None = None


def stated_unit(value: float) -> float:
    """The unit of a figure's last stated digit: 0.1 for 49.4, 1 for 65, 10,000 for 350,000."""
    value = abs(float(value))
    if value != int(value):
        decimals = len(repr(value).split("e")[0].split(".")[1])
        return 10.0**-decimals
    whole = int(value)
    if whole < ROUND_FROM:
        return 1.0
    written = str(whole)
    return 10.0 ** (len(written) - len(written.rstrip("0")))


def band(stated: float, qualifier: str) -> tuple[float, float]:
    """The values a stated figure covers, read with its qualifier: (lowest, highest).

    exact: half a unit of the last stated digit either side ("7 million": 6.5–7.5 million);
    about: that, or ROUGHLY of the figure if wider; almost: from ROUGHLY below up to the figure's
    own rounding; over and under: anything above or below the figure (open at the figure).
    """
    half = stated_unit(stated) / 2
    rough = max(half, ROUGHLY * abs(stated))
    if qualifier == "over":
        return stated, float("inf")
    if qualifier == "under":
        return float("-inf"), stated
    if qualifier == "almost":
        return stated - rough, stated + half
    if qualifier == "about":
        return stated - rough, stated + rough
    return stated - half, stated + half


def agrees(stated: float, actual: float, qualifier: str) -> bool:
    """Does the data value lie within what the stated figure covers (`band`)? "over" and
    "under" are open at the figure: "over 20" is not met by 20."""
    if qualifier == "over":
        return actual > stated
    if qualifier == "under":
        return actual < stated
    low, high = band(stated, qualifier)
    return low - _EPSILON <= actual <= high + _EPSILON


def _compare(stated: float, actual: float, qualifier: str, unit: str) -> tuple[str, str]:
    """The outcome and how the stated number sits against the data, read with its qualifier."""
    outcome = "agrees" if agrees(stated, actual, qualifier) else "disagrees"
    if actual == 0:
        return outcome, claims_words.comparison("zero")
    ratio = stated / actual
    if outcome == "agrees":
        if abs(ratio - 1) < 1e-9:
            kind = "matches"
        elif qualifier in ("over", "under", "almost", "about"):
            kind = "as_qualifier"
        else:
            kind = "within_rounding"
    elif ratio >= 1.5:
        kind = "times"
    elif ratio <= 1 / 1.5:
        kind = "well_below"
    elif qualifier in ("over", "under", "almost", "about"):
        kind = "unfit_qualifier"
    else:
        kind = "off"
    low, high = band(stated, qualifier)
    how = claims_words.comparison(
        kind, ratio=ratio, qualifier=qualifier, low=low, high=high, unit=unit
    )
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
        return Verdict("unchecked", _(claims_words.UNDATED_NO_TURNOVER))
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
        "disagrees",
        claims_words.undated_fits_none(span, low, high),
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
        return Verdict("unchecked", _(claims_words.GROWTH_TOO_COARSE))
    growth = (now["value_usd_m"] / before["value_usd_m"] - 1) * 100
    outcome = "agrees" if agrees(claim["value"], growth, claim["qualifier"]) else "disagrees"
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
        return Verdict("unchecked", _(claims_words.VISITORS_NO_PERIOD))
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
            _(claims_words.VISITORS_NOT_CONTRADICTED),
            row["visitors"],
            label,
            row["source_id"],
        )
    return Verdict("unchecked", _(claims_words.VISITORS_NONE))


def _indicator(
    claim: pd.Series, indicators: pd.DataFrame, indicator: str, series: list[str]
) -> Verdict:
    """`series` in order of preference: the first that has the year is used."""
    if _missing(claim["period_end"]):
        return Verdict("unchecked", _(claims_words.INDICATOR_NO_YEAR))
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
        outcome = (
            "agrees" if agrees(claim["value"], row["value"], claim["qualifier"]) else "disagrees"
        )
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
        return Verdict("unchecked", _(claims_words.NO_FOUNDING_EVENT))
    if _missing(claim["period_end"]):
        return Verdict("unchecked", _(claims_words.ANNIVERSARY_NO_YEAR))
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
        return Verdict("unchecked", _(claims_words.NOTHING_TO_CHECK))
    row = rows.iloc[0]
    stated = re.search(r"(\d+) days", str(row.get("source_excerpt", "")))
    if stated is None or row["date"] > claim["period_end"]:
        return Verdict("unchecked", _(claims_words.NOTHING_TO_CHECK))
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
        return Verdict("unchecked", _(claims_words.NOTHING_TO_CHECK))
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
            _(claims_words.EDUCATION_SAME_STATEMENT),
            None,
            claims_words.education_same_label(row["period_end"], row["value"], row["unit"]),
            row["source_id"],
        )
    if independent.empty:
        return Verdict("unchecked", _(claims_words.NOTHING_TO_CHECK))
    row = independent.iloc[0]
    outcome, how = _compare(claim["value"], row["value"], claim["qualifier"], row["unit"])
    return Verdict(
        outcome,
        claims_words.claim(how),
        row["value"],
        claims_words.education_label(row["period_end"], row["value"], row["unit"]),
        row["source_id"],
    )


def conflicting(
    found: Verdict, claim_id: str, conflicts: pd.DataFrame, names: pd.Series
) -> Verdict:
    """A claim nothing in the data checks, set against another source's figure for the same
    thing (conflicts.csv): outcome 'conflicts', naming that source and its words."""
    if found.outcome != "unchecked" or conflicts.empty:
        return found
    for side, other in (("first", "second"), ("second", "first")):
        rows = conflicts[conflicts[f"{side}_claim_id"] == claim_id]
        if not rows.empty:
            row = rows.iloc[0]
            source_id = row[f"{other}_source_id"]
            name = names.get(source_id, source_id)
            says = row[f"{other}_says"]
            return Verdict(
                "conflicts",
                claims_words.conflicts(name, says),
                None,
                claims_words.conflict_label(name, says),
                source_id,
            )
    return found


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

    Without `education`, counts of Lao students stay unchecked. A forecast is set beside its
    outcome ("forecast"), never judged true or false.
    """
    found = _against_data(
        claim,
        flows=flows,
        tourism=tourism,
        indicators=indicators,
        events=events,
        education=education,
    )
    if bool(claim.get("forecast", False)) and found.data_label:
        return Verdict(
            "forecast",
            claims_words.forecast(found.data_label),
            found.data_value,
            found.data_label,
            found.data_source_id,
        )
    return found


def _against_data(
    claim: pd.Series,
    *,
    flows: pd.DataFrame,
    tourism: pd.DataFrame,
    indicators: pd.DataFrame,
    events: pd.DataFrame,
    education: pd.DataFrame | None,
) -> Verdict:
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
    return Verdict("unchecked", _(claims_words.NOTHING_TO_CHECK))


def check_all(
    claims: pd.DataFrame,
    *,
    flows: pd.DataFrame,
    tourism: pd.DataFrame,
    indicators: pd.DataFrame,
    events: pd.DataFrame,
    education: pd.DataFrame | None = None,
    conflicts: pd.DataFrame | None = None,
    sources: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """The claims with their verdicts: outcome, sentence, data_value, data_label, data_source_id.

    With `conflicts` (and `sources` to name them), a claim the data cannot check but another
    source contradicts gets the outcome 'conflicts'."""
    names = catalog.source_names(sources) if sources is not None else pd.Series(dtype=str)
    found = []
    for _index, claim in claims.iterrows():
        one = verdict(
            claim,
            flows=flows,
            tourism=tourism,
            indicators=indicators,
            events=events,
            education=education,
        )
        if conflicts is not None:
            one = conflicting(one, claim["claim_id"], conflicts, names)
        found.append(one)
    return claims.assign(
        outcome=[v.outcome for v in found],
        sentence=[v.sentence for v in found],
        data_value=[v.data_value for v in found],
        data_label=[v.data_label for v in found],
        data_source_id=[v.data_source_id for v in found],
    )
