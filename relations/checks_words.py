"""The words of the checks: the mirror, published totals against the series, claims and their
verdicts (headings, column labels, cell labels, sentences). Templates with named fields and
`relations.words` for every figure; reads frames; imports no other domain module."""

from __future__ import annotations

import pandas as pd

from relations import claims_words, words

MIRROR_HEADING = "Mirror statistics: both sides' figures for the same flow"
CHECKS_EXPANDER = "Published totals against the series, and figures for part of a year"
PARTIAL_CAPTION = (
    "Figures for part of a year are listed here, never drawn as a year or added to one."
)
CLAIMS_HEADING = "Claims against the data"
CLAIMS_ALT = "Russia-reported turnover per year with the values and growth rates leaders claimed."

MIRROR_REASONS = (
    "Mirror figures differ because the importer values goods CIF (with freight and insurance) "
    "and the exporter FOB (at its border), shipments leave in one year and arrive in the next, "
    "and goods routed through third countries can be counted as trade with those countries."
)
MIRROR_AFTER_1997 = (
    "After 1997 the Lao sheet holds IMF estimates built from Russia's own figures, so it is no "
    "independent mirror: the view covers only years both sides reported."
)
NO_MIRROR = (
    "Both sides reported only in 1993–1997: no such year in the range, so widen the year range "
    "to see the mirror. {after_1997}"
)
MIRROR = (
    "Both sides reported {years}. The widest gap: {direction} in {year}, {russia} in Russia's "
    "statistics against {laos} in Laos's. {reasons} {after_1997}"
)

# Cell labels of the cross-check and partial-period tables.
TURNOVER = "turnover"
EXPORTS = "exports {direction}"
NOT_STATED = "not stated"
NO_CROSS_CHECK = "No published total to cross-check."
CROSS_CHECKS = (
    "{agreeing} of {totals} totals published elsewhere agree with Russia's reported series at "
    "the precision they were published"
)
CROSS_CHECKS_DISAGREE = "; {years} do not"

VERDICT_RULE = claims_words.VERDICT_RULE
OUTCOME_WORDS = {
    "agrees": "agrees",
    "disagrees": "disagrees",
    "unchecked": "nothing published to check against",
    "conflicts": "conflicts with another source",
    "forecast": "forecast",
}
NO_PERIOD = "no period stated"
COUNTED = "{count} {unit}"
CLAIMS = (
    "Of {claims} {claims_word}, {agree} {agree_word} with the data, {disagree} {disagree_word}, "
    "{more}and {unchecked} {unchecked_word} nothing published to check against."
)
CLAIMS_CONFLICT = "{count} {verb} with another source, "
CLAIMS_FORECAST = "{count} {noun} set beside {pronoun} outcome, "
CLAIMS_CHART = "Russia-reported turnover runs to {year}."
CLAIM_ON_CHART = " {speaker}: {stated} for {period}; {how}"
ONLY_GROWTH = (
    " For {years} only growth rates are claimed; no value is published to check them against."
)
GROWTH_LABEL = "claimed\n{rate}"
PART_OF_YEAR = "\n(part of the year)"
RATE_RANGE = "{low} to {high}"


def exports(direction: str) -> str:
    return EXPORTS.format(direction=direction)


def _plural(count: int, one: str, many: str) -> str:
    return one if count == 1 else many


def _rate(value: float) -> str:
    """A claimed growth rate as said: '+65 %', '+12.5 %' (the decimals the claim has)."""
    return words.percent(value, decimals=len(f"{value:g}".partition(".")[2]), signed=True)


def stated(value: float, unit: str, qualifier: str) -> str:
    """A claimed figure with its qualifier: 'about US$50 million', '+12 %', 'over 1,000 tourists'."""
    if unit == "usd_m":
        return words.money(value, qualifier)
    if unit == "pct":
        return words.qualified(_rate(value), qualifier)
    return words.qualified(
        COUNTED.format(count=words.number(value, decimals=0), unit=unit), qualifier
    )


def growth_label(low: float, high: float, *, approximate: bool, whole: bool) -> str:
    """A growth claim written at the top of its year: 'claimed\\n+65 to +66 %', with
    '(part of the year)' when a claim covers only some months."""
    if low == high:
        rate = words.qualified(_rate(low), "about" if approximate else "exact")
    else:
        rate = RATE_RANGE.format(low="+" + words.number(low), high=_rate(high))
    return GROWTH_LABEL.format(rate=rate) + ("" if whole else PART_OF_YEAR)


def mirror_sentence(pairs: pd.DataFrame) -> str:
    """What the mirror table shows, why mirror figures differ, and why it stops in 1997."""
    if pairs.empty:
        return NO_MIRROR.format(after_1997=MIRROR_AFTER_1997)
    widest = pairs.loc[pairs["gap_usd_m"].abs().idxmax()]
    return MIRROR.format(
        years=words.year_runs(sorted(set(pairs["year"]))),
        direction=widest["direction"],
        year=widest["year"],
        russia=words.money(widest["russia_reported_usd_m"]),
        laos=words.money(widest["laos_reported_usd_m"]),
        reasons=MIRROR_REASONS,
        after_1997=MIRROR_AFTER_1997,
    )


def cross_checks_sentence(checks: pd.DataFrame) -> str:
    if checks.empty:
        return NO_CROSS_CHECK
    sentence = CROSS_CHECKS.format(agreeing=int(checks["agrees"].sum()), totals=len(checks))
    disagreeing = checks.loc[~checks["agrees"], "year"].tolist()
    if disagreeing:
        sentence += CROSS_CHECKS_DISAGREE.format(years=words.year_runs(disagreeing))
    return sentence + "."


def claims_sentence(checked: pd.DataFrame) -> str:
    counts = checked["outcome"].value_counts()
    agree, disagree = int(counts.get("agrees", 0)), int(counts.get("disagrees", 0))
    unchecked = int(counts.get("unchecked", 0))
    conflicts, forecasts = int(counts.get("conflicts", 0)), int(counts.get("forecast", 0))
    more = ""
    if conflicts:
        more += CLAIMS_CONFLICT.format(
            count=conflicts, verb=_plural(conflicts, "conflicts", "conflict")
        )
    if forecasts:
        more += CLAIMS_FORECAST.format(
            count=forecasts,
            noun=_plural(forecasts, "forecast", "forecasts"),
            pronoun=_plural(forecasts, "its", "their"),
        )
    return CLAIMS.format(
        more=more,
        claims=len(checked),
        claims_word=_plural(len(checked), "claim", "claims"),
        agree=agree,
        agree_word=_plural(agree, "agrees", "agree"),
        disagree=disagree,
        disagree_word=_plural(disagree, "disagrees", "disagree"),
        unchecked=unchecked,
        unchecked_word=_plural(unchecked, "has", "have"),
    )


def claims_chart_sentence(series: pd.DataFrame, levels: pd.DataFrame, growth: pd.DataFrame) -> str:
    last = series.sort_values("year").iloc[-1]
    sentence = CLAIMS_CHART.format(year=last["year"]) + "".join(
        CLAIM_ON_CHART.format(
            speaker=row.speaker,
            stated=row.stated,
            period=row.period,
            how=row.how[0].lower() + row.how[1:],
        )
        for row in levels.itertuples()
    )
    later = growth[growth["year"] > last["year"]]
    if not later.empty:
        sentence += ONLY_GROWTH.format(years=words.year_runs(sorted(set(later["year"]))))
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
# Who said it, about when, what, and the verdict first: what a reader scans a claim by.
CLAIM_COLUMNS = {
    "speaker": "Who",
    "said": "Said",
    "period": "Period",
    "stated": "Claimed",
    "verdict": "Verdict",
    "how": "How far",
    "data": "Data",
    "claim_text": "Words",
    "claim_text_english": "In English",
    "claim_source": "Claim source",
    "data_source": "Data source",
    "note": "Note",
}
MIRROR_FORMATS = {
    "russia_reported_usd_m": "%.3f",
    "laos_reported_usd_m": "%.3f",
    "gap_usd_m": "%+.3f",
}
NO_FIGURE_CELL = "no figure"
NONE_CELL = "none"  # a claim with no data published for it, or no note
MIRROR_TABLE = words.Table(MIRROR_COLUMNS, MIRROR_FORMATS, missing=NO_FIGURE_CELL)
CLAIM_TABLE = words.Table(CLAIM_COLUMNS, missing=NONE_CELL, blank_is_missing=True)


# The claims chart's axis, legend and tooltip titles (relations/charts/trade.py).
TURNOVER_AXIS = {False: "Turnover, US$ million", True: "Turnover, US$ million (log scale)"}
CLAIM_LEGEND = "Claim"
SERIES_TIPS = {
    "year": "Year",
    "value_usd_m": "Russia-reported, US$ million",
    "qualifier_words": "Qualifier",
    "figure": "Figure",
    "source": "Source",
}
CLAIM_TIPS = {
    "speaker": "Who",
    "said": "Said",
    "claim_text": "Words",
    "stated": "Claimed",
    "verdict": "Verdict",
    "how": "How far",
    "data": "Data",
    "claim_source": "Claim source",
    "data_source": "Data source",
}
RATE_TIPS = {
    "periods": "Period",
    "stated": "Growth claimed",
    "speakers": "Who",
    "quotes": "Quotes",
    "verdict": "Verdict",
}
