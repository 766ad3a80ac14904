"""Leaders' numeric claims set against the data: pure functions, exact verdicts."""

from __future__ import annotations

import re
from dataclasses import dataclass

import pandas as pd

from relations import trade, words

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


def _percent(ratio: float) -> str:
    return f"{abs(ratio - 1):.0%}"


def _compare(stated: float, actual: float, qualifier: str, unit: str) -> tuple[str, str]:
    """The outcome and how the stated number sits against the data, read with its qualifier."""
    outcome = "agrees" if agrees(stated, actual, qualifier) else "disagrees"
    if actual == 0:
        return outcome, "the data value is zero"
    ratio = stated / actual
    side = "above" if ratio > 1 else "below"
    if outcome == "agrees":
        if abs(ratio - 1) < 0.001:
            return outcome, "matches the data"
        if qualifier in ("over", "under", "almost"):
            return outcome, f"is {_percent(ratio)} {side} the data value, as “{qualifier}” says"
        if qualifier == "about":
            margin = f"within the {ABOUT_TOLERANCE:.0%} that “about” allows"
        else:
            margin = f"within the {EXACT_TOLERANCE:.1%} allowed for rounding"
        return outcome, f"is {_percent(ratio)} {side} the data value, {margin}"
    if ratio >= 1.5:
        return outcome, f"is {ratio:.1f} times the data value"
    if ratio <= 1 / 1.5:
        return outcome, f"is well below the data value, which is {1 / ratio:.1f} times as large"
    if qualifier in ("over", "under", "almost"):
        return outcome, (
            f"is {_percent(ratio)} {side} the data value, which does not fit “{qualifier}”"
        )
    return outcome, f"is {_percent(ratio)} {side} the data value"


def period_words(claim: pd.Series) -> str:
    """The period a claim speaks about: '2022', 'up to 12 September 2023', 'no period stated'."""
    start, end = claim.get("period_start"), claim.get("period_end")
    if _missing(end):
        return "no period stated"
    if _missing(start):
        return f"up to {words.day(end)}"
    if start == end:
        return f"{words.day(end)}"
    return words.period(start, end)


def _missing(value: object) -> bool:
    return value is None or bool(pd.isna(value))


def _full_year(claim: pd.Series) -> int | None:
    start, end = claim["period_start"], claim["period_end"]
    if _missing(start) or _missing(end):
        return None
    if start.year == end.year and (start.month, start.day, end.month, end.day) == (1, 1, 12, 31):
        return int(start.year)
    return None


def _money(value: float, qualifier: str = "exact") -> str:
    words = "" if qualifier == "exact" else f"{qualifier} "
    return f"{words}US${_number(value)} million"


def _trade_turnover(claim: pd.Series, flows: pd.DataFrame) -> Verdict:
    series = trade.turnover(flows, "Russia")
    if _missing(claim["period_end"]):
        return _undated_turnover(claim, series)
    year = _full_year(claim)
    row = series[series["year"] == year]
    if year is None or row.empty:
        return Verdict(
            "unchecked",
            f"No Russia-reported turnover is published for {period_words(claim)}.",
        )
    row = row.iloc[0]
    outcome, how = _compare(claim["value"], row["value_usd_m"], claim["qualifier"], "usd_m")
    sentence = f"The claim {how}."
    if row["qualifier"] != "exact":
        sentence += f" The published figure is itself approximate (“{row['qualifier']}”)."
    label = (
        f"Russia-reported turnover {year}: {_money(row['value_usd_m'], row['qualifier'])} "
        f"({row['basis']})"
    )
    return Verdict(outcome, sentence, row["value_usd_m"], label, row["source_id"])


def _undated_turnover(claim: pd.Series, series: pd.DataFrame) -> Verdict:
    """A trade figure said without a year: it either fits some year on record or none."""
    if series.empty:
        return Verdict("unchecked", "The quote names no year, and no turnover is published.")
    fits = series[[agrees(claim["value"], v, claim["qualifier"]) for v in series["value_usd_m"]]]
    low = series.loc[series["value_usd_m"].idxmin()]
    high = series.loc[series["value_usd_m"].idxmax()]
    span = f"{series['year'].min()}–{series['year'].max()}"
    label = (
        f"Russia-reported turnover, {len(series)} years with a figure in {span}: "
        f"lowest {_money(low['value_usd_m'], low['qualifier'])} ({low['year']}), "
        f"highest {_money(high['value_usd_m'], high['qualifier'])} ({high['year']})"
    )
    if not fits.empty:
        years = ", ".join(str(year) for year in fits["year"])
        return Verdict(
            "unchecked",
            f"The quote names no year, so it cannot be set against one year's figure; "
            f"it would fit {years}.",
            None,
            label,
            fits.iloc[0]["source_id"],
        )
    return Verdict(
        "unchecked",
        f"The quote names no year, so no year's figure can be set against it. For scale: it "
        f"fits no year on record; every yearly Russia-reported turnover published for {span} "
        f"lies between {_money(low['value_usd_m'])} and {_money(high['value_usd_m'])}.",
        None,
        label,
        low["source_id"],
    )


def _growth(claim: pd.Series, flows: pd.DataFrame) -> Verdict:
    year = _full_year(claim)
    series = trade.turnover(flows, "Russia").set_index("year")
    latest = f" (the latest Russia-reported turnover is for {series.index.max()})"
    if year is None:
        return Verdict(
            "unchecked",
            f"No absolute trade figure is published for {period_words(claim)}{latest if len(series) else ''}, "
            "so the growth rate cannot be checked.",
        )
    missing = [str(y) for y in (year - 1, year) if y not in series.index]
    if missing:
        return Verdict(
            "unchecked",
            f"No absolute trade figure is published for {' or '.join(missing)}"
            f"{latest if len(series) else ''}, so the growth rate cannot be checked.",
        )
    now, before = series.loc[year], series.loc[year - 1]
    if now["qualifier"] != "exact" or before["qualifier"] != "exact":
        return Verdict(
            "unchecked",
            "The published figures for these years are approximate, too coarse to check a growth rate.",
        )
    growth = (now["value_usd_m"] / before["value_usd_m"] - 1) * 100
    outcome = "agrees" if abs(growth - claim["value"]) <= 1 else "disagrees"
    label = (
        f"growth {year}: {growth:+.1f} %, derived from Russia-reported turnover "
        f"{_money(before['value_usd_m'])} ({year - 1}) and {_money(now['value_usd_m'])} ({year})"
    )
    return Verdict(
        outcome,
        f"The data give {growth:+.1f} % (derived by us from the two yearly figures).",
        round(growth, 1),
        label,
        now["source_id"],
    )


def _visitors(claim: pd.Series, tourism: pd.DataFrame) -> Verdict:
    if _missing(claim["period_start"]) or _missing(claim["period_end"]):
        return Verdict("unchecked", "The quote names no period to look up a visitor count for.")
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


SERIES_NAMES = {
    "wb_wdi": "World Bank WDI",
    "wb_eau_2007": "World Bank East Asia Update 2007",
    "cia_wfb": "CIA World Factbook",
    "trading_economics": "Trading Economics",
    "imf_ifs": "IMF IFS",
}
NOTHING_TO_CHECK = "Nothing published in this collection to check it against."


def _indicator(
    claim: pd.Series, indicators: pd.DataFrame, indicator: str, series: list[str]
) -> Verdict:
    """`series` in order of preference: the first that has the year is used."""
    if _missing(claim["period_end"]):
        return Verdict("unchecked", "The quote names no year to look the figure up for.")
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
    row = rows.assign(rank=rows["series"].map(series.index)).sort_values("rank").iloc[0]
    estimate = ", an estimate" if row.get("is_estimate", False) else ""
    where = f"{SERIES_NAMES.get(row['series'], row['series'])}{estimate}"
    if indicator == "real_gdp_growth_pct":
        gap = claim["value"] - row["value"]
        outcome = "agrees" if abs(gap) <= 0.5 else "disagrees"
        if abs(gap) < 0.05:
            sentence = f"The claim matches the data ({_number(row['value'])} %)."
        else:
            side = "above" if gap > 0 else "below"
            sentence = (
                f"The claim is {abs(gap):.1f} points {side} the data ({_number(row['value'])} %)."
            )
        label = f"real GDP growth {year}: {_number(row['value'])} % ({where})"
    else:
        outcome, how = _compare(claim["value"], row["value"], claim["qualifier"], row["unit"])
        sentence = f"The claim {how}."
        label = f"{indicator.replace('_', ' ')} {year}: {_number(row['value'])} ({where})"
    return Verdict(outcome, sentence, row["value"], label, row["source_id"])


def _anniversary(claim: pd.Series, events: pd.DataFrame, event_id: str) -> Verdict:
    rows = events[events["event_id"] == event_id]
    if rows.empty:
        return Verdict("unchecked", "The founding event is not in the timeline.")
    if _missing(claim["period_end"]):
        return Verdict("unchecked", "The quote names no year to count the years to.")
    row = rows.iloc[0]
    years = int(claim["period_end"].year) - int(row["date"].year)
    outcome = "agrees" if agrees(claim["value"], years, claim["qualifier"]) else "disagrees"
    label = f"{row['title']}: {words.day(row['date'])}"
    return Verdict(
        outcome,
        f"{years} years separate {row['date'].year} and {claim['period_end'].year}.",
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
        f"The claim {how}: the timeline records visa-free stays of up to {days} days, "
        f"in force since {words.day(row['date'])}.",
        days,
        f"{row['title']} since {words.day(row['date'])}: up to {days} days",
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
            "The only count for that date in the education data is this same statement, "
            "so it cannot confirm itself; nothing independent is published to check it against.",
            None,
            f"education data, {words.day(row['period_end'])}: the same words, "
            f"{_number(row['value'])} {row['unit']}",
            row["source_id"],
        )
    if independent.empty:
        return Verdict("unchecked", NOTHING_TO_CHECK)
    row = independent.iloc[0]
    outcome, how = _compare(claim["value"], row["value"], claim["qualifier"], row["unit"])
    return Verdict(
        outcome,
        f"The claim {how}.",
        row["value"],
        f"education data, {words.day(row['period_end'])}: {_number(row['value'])} {row['unit']}",
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
