"""The words of the checks: the mirror, published totals against the series, claims and their
verdicts (headings, column labels, cell labels, sentences). Templates with named fields and
`relations.words` for every figure; reads frames; imports no other domain module."""

from __future__ import annotations

import pandas as pd

from relations import claims_words, i18n, words
from relations.i18n import N_, Nn_, _

MIRROR_HEADING = N_("Mirror statistics: both sides' figures for the same flow")
CHECKS_EXPANDER = N_("Published totals against the series, and figures for part of a year")
PARTIAL_CAPTION = N_(
    "Figures for part of a year are listed here, never drawn as a year or added to one."
)
CLAIMS_HEADING = N_("Claims against the data")
CLAIMS_ALT = N_(
    "Russia-reported turnover per year with the values and growth rates leaders claimed."
)

MIRROR_REASONS = N_(
    "Mirror figures differ because the importer values goods CIF (with freight and insurance) "
    "and the exporter FOB (at its border), shipments leave in one year and arrive in the next, "
    "and goods routed through third countries can be counted as trade with those countries."
)
MIRROR_AFTER_1997 = N_(
    "After 1997 the Lao sheet holds IMF estimates built from Russia's own figures, so it is no "
    "independent mirror: the view covers only years both sides reported."
)
NO_MIRROR = N_(
    "Both sides reported only in 1993–1997: no such year in the range, so widen the year range "
    "to see the mirror. {after_1997}"
)
MIRROR = N_(
    "Both sides reported {years}. The widest gap: {direction} in {year}, {russia} in Russia's "
    "statistics against {laos} in Laos's. {reasons} {after_1997}"
)

# Cell labels of the cross-check and partial-period tables.
TURNOVER = N_("turnover")
EXPORTS = N_("exports {direction}")
NOT_STATED = N_("not stated")
NO_CROSS_CHECK = N_("No published total to cross-check.")
CROSS_CHECKS = N_(
    "{agreeing} of {totals} totals published elsewhere agree with Russia's reported series at "
    "the precision they were published"
)
CROSS_CHECKS_DISAGREE = N_("; {years} do not")

VERDICT_RULE = claims_words.VERDICT_RULE
OUTCOME_WORDS = {
    "agrees": N_("agrees"),
    "disagrees": N_("disagrees"),
    "unchecked": N_("nothing published to check against"),
    "conflicts": N_("conflicts with another source"),
    "forecast": N_("forecast"),
}
NO_PERIOD = N_("no period stated")
COUNTED = N_("{count} {unit}")
# The claims in one sentence, each count with the words it takes (a form a count in Russian).
CLAIMS = N_(
    "Of {claims}, {agree} with the data, {disagree}, {more}and {unchecked} nothing published "
    "to check against."
)
CLAIMS_COUNT = Nn_("{count} claim", "{count} claims")
CLAIMS_AGREE = Nn_("{count} agrees", "{count} agree")
CLAIMS_DISAGREE = Nn_("{count} disagrees", "{count} disagree")
CLAIMS_UNCHECKED = Nn_("{count} has", "{count} have")
CLAIMS_CONFLICT = Nn_(
    "{count} conflicts with another source, ", "{count} conflict with another source, "
)
CLAIMS_FORECAST = Nn_(
    "{count} forecast set beside its outcome, ", "{count} forecasts set beside their outcome, "
)
CLAIMS_CHART = N_("Russia-reported turnover runs to {year}.")
CLAIM_ON_CHART = N_(" {speaker}: {stated} for {period}; {how}")
ONLY_GROWTH = N_(
    " For {years} only growth rates are claimed; no value is published to check them against."
)
GROWTH_LABEL = N_("claimed\n{rate}")
PART_OF_YEAR = N_("\n(part of the year)")
RATE_RANGE = N_("{low} to {high}")


def exports(direction: str) -> str:
    return _(EXPORTS).format(direction=direction)


def _counted(forms: tuple[str, str], count: int) -> str:
    return i18n.plural(forms, count).format(count=count)


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
        _(COUNTED).format(count=words.number(value, decimals=0), unit=words.unit(unit)),
        qualifier,
    )


def growth_label(low: float, high: float, *, approximate: bool, whole: bool) -> str:
    """A growth claim written at the top of its year: 'claimed\\n+65 to +66 %', with
    '(part of the year)' when a claim covers only some months."""
    if low == high:
        rate = words.qualified(_rate(low), "about" if approximate else "exact")
    else:
        rate = _(RATE_RANGE).format(low="+" + words.number(low), high=_rate(high))
    return _(GROWTH_LABEL).format(rate=rate) + ("" if whole else _(PART_OF_YEAR))


def mirror_sentence(pairs: pd.DataFrame) -> str:
    """What the mirror table shows, why mirror figures differ, and why it stops in 1997."""
    if pairs.empty:
        return _(NO_MIRROR).format(after_1997=_(MIRROR_AFTER_1997))
    widest = pairs.loc[pairs["gap_usd_m"].abs().idxmax()]
    return _(MIRROR).format(
        years=words.year_runs(sorted(set(pairs["year"]))),
        direction=widest["direction"],
        year=widest["year"],
        russia=words.money(widest["russia_reported_usd_m"]),
        laos=words.money(widest["laos_reported_usd_m"]),
        reasons=_(MIRROR_REASONS),
        after_1997=_(MIRROR_AFTER_1997),
    )


def cross_checks_sentence(checks: pd.DataFrame) -> str:
    if checks.empty:
        return _(NO_CROSS_CHECK)
    sentence = _(CROSS_CHECKS).format(agreeing=int(checks["agrees"].sum()), totals=len(checks))
    disagreeing = checks.loc[~checks["agrees"], "year"].tolist()
    if disagreeing:
        sentence += _(CROSS_CHECKS_DISAGREE).format(years=words.year_runs(disagreeing))
    return sentence + "."


def claims_sentence(checked: pd.DataFrame) -> str:
    counts = checked["outcome"].value_counts()
    agree, disagree = int(counts.get("agrees", 0)), int(counts.get("disagrees", 0))
    unchecked = int(counts.get("unchecked", 0))
    conflicts, forecasts = int(counts.get("conflicts", 0)), int(counts.get("forecast", 0))
    more = ""
    if conflicts:
        more += _counted(CLAIMS_CONFLICT, conflicts)
    if forecasts:
        more += _counted(CLAIMS_FORECAST, forecasts)
    return _(CLAIMS).format(
        more=more,
        claims=_counted(CLAIMS_COUNT, len(checked)),
        agree=_counted(CLAIMS_AGREE, agree),
        disagree=_counted(CLAIMS_DISAGREE, disagree),
        unchecked=_counted(CLAIMS_UNCHECKED, unchecked),
    )


def claims_chart_sentence(series: pd.DataFrame, levels: pd.DataFrame, growth: pd.DataFrame) -> str:
    last = series.sort_values("year").iloc[-1]
    sentence = _(CLAIMS_CHART).format(year=last["year"]) + "".join(
        _(CLAIM_ON_CHART).format(
            speaker=row.speaker,
            stated=row.stated,
            period=row.period,
            how=row.how[0].lower() + row.how[1:],
        )
        for row in levels.itertuples()
    )
    later = growth[growth["year"] > last["year"]]
    if not later.empty:
        sentence += _(ONLY_GROWTH).format(years=words.year_runs(sorted(set(later["year"]))))
    return sentence


MIRROR_COLUMNS = {
    "year": N_("Year"),
    "direction": N_("Flow"),
    "russia_reported_usd_m": N_("Russia's figure, US$ m"),
    "russia_valuation": N_("Russia values it"),
    "laos_reported_usd_m": N_("Laos's figure, US$ m"),
    "laos_valuation": N_("Laos values it"),
    "gap_usd_m": N_("Gap (Laos − Russia), US$ m"),
    "russia_source": N_("Russia's source"),
    "laos_source": N_("Laos's source"),
}
CROSS_CHECK_COLUMNS = {
    "year": N_("Year"),
    "figure": N_("Figure"),
    "published": N_("Published"),
    "published_source": N_("Published in"),
    "series": N_("Russia's series"),
    "series_source": N_("Series source"),
    "agrees": N_("Agrees"),
}
PARTIAL_COLUMNS = {
    "period": N_("Period"),
    "figure": N_("Figure"),
    "value": N_("Value"),
    "reporter": N_("Whose statistics"),
    "status": N_("Status"),
    "source": N_("Source"),
    "source_cell": N_("In the source's words"),
    "note": N_("Note"),
}
# Who said it, about when, what, and the verdict first: what a reader scans a claim by.
CLAIM_COLUMNS = {
    "speaker": N_("Who"),
    "said": N_("Said"),
    "period": N_("Period"),
    "stated": N_("Claimed"),
    "verdict": N_("Verdict"),
    "how": N_("How far"),
    "data": N_("Data"),
    "claim_text": N_("Words"),
    "claim_text_english": N_("In English"),
    "claim_source": N_("Claim source"),
    "data_source": N_("Data source"),
    "note": N_("Note"),
}
MIRROR_FORMATS = {
    "russia_reported_usd_m": "%.3f",
    "laos_reported_usd_m": "%.3f",
    "gap_usd_m": N_("%+.3f"),
}
NO_FIGURE_CELL = N_("no figure")
NONE_CELL = N_("none")  # a claim with no data published for it, or no note
MIRROR_TABLE = words.Table(MIRROR_COLUMNS, MIRROR_FORMATS, missing=NO_FIGURE_CELL)
CLAIM_TABLE = words.Table(CLAIM_COLUMNS, missing=NONE_CELL, blank_is_missing=True)


# The claims chart's axis, legend and tooltip titles (relations/charts/trade.py).
TURNOVER_AXIS = {False: N_("Turnover, US$ million"), True: N_("Turnover, US$ million (log scale)")}
CLAIM_LEGEND = N_("Claim")
SERIES_TIPS = {
    "year": N_("Year"),
    "value_usd_m": N_("Russia-reported, US$ million"),
    "qualifier_words": N_("Qualifier"),
    "figure": N_("Figure"),
    "source": N_("Source"),
}
CLAIM_TIPS = {
    "speaker": N_("Who"),
    "said": N_("Said"),
    "claim_text": N_("Words"),
    "stated": N_("Claimed"),
    "verdict": N_("Verdict"),
    "how": N_("How far"),
    "data": N_("Data"),
    "claim_source": N_("Claim source"),
    "data_source": N_("Data source"),
}
RATE_TIPS = {
    "periods": N_("Period"),
    "stated": N_("Growth claimed"),
    "speakers": N_("Who"),
    "quotes": N_("Quotes"),
    "verdict": N_("Verdict"),
}
