"""The relationship at a glance: key figures and headline findings computed from the data."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from relations import claims as claim_checks
from relations import tourism as visits
from relations import trade, words

RELATIONS_EVENT = "1960-diplomatic-relations"


@dataclass(frozen=True)
class Figure:
    """One key figure: the value, the period it belongs to, and where it comes from."""

    label: str
    value: str
    detail: str
    source_id: str | None = None


def completed_years(since: pd.Timestamp, today: pd.Timestamp) -> int:
    years = today.year - since.year
    return years - 1 if (today.month, today.day) < (since.month, since.day) else years


# Qualifier words with their trailing space, for sentences that put them before a figure.
QUALIFIER_WORDS = {name: f"{said} " if said else "" for name, said in words.QUALIFIERS.items()}


def money(value: float, qualifier: str = "exact") -> str:
    return f"{QUALIFIER_WORDS[qualifier]}US${value:,.1f} million"


def key_figures(
    flows: pd.DataFrame,
    tourism: pd.DataFrame,
    events: pd.DataFrame,
    quotes: pd.DataFrame,
    *,
    today: pd.Timestamp,
) -> list[Figure]:
    figures = []
    founding = events[events["event_id"] == RELATIONS_EVENT]
    if not founding.empty:
        row = founding.iloc[0]
        figures.append(
            Figure(
                "Years of diplomatic relations",
                str(completed_years(row["date"], today)),
                f"since {words.day(row['date'])}",
                row["source_id"],
            )
        )
    russia = trade.turnover(flows, "Russia")
    if not russia.empty:
        last, top = trade.latest(russia), trade.peak(russia)
        figures.append(
            Figure(
                "Latest Russia-reported turnover, US$ m",
                f"{QUALIFIER_WORDS[last['qualifier']]}{last['value_usd_m']:,.1f}",
                f"{last['year']}, {last['basis']}",
                last["source_id"],
            )
        )
        figures.append(
            Figure(
                "Peak year of reported trade",
                str(top["year"]),
                f"{money(top['value_usd_m'], top['qualifier'])}, {top['basis']}",
                top["source_id"],
            )
        )
    visitors = visits.full_year_visitors(tourism)
    if not visitors.empty:
        row = visitors.iloc[-1]
        figures.append(
            Figure(
                "Russian visitors, latest full year",
                f"{QUALIFIER_WORDS[row['qualifier']]}{row['visitors']:,}",
                f"{row['year']}; no full-year count published since",
                row["source_id"],
            )
        )
    figures.append(
        Figure(
            "Events in the timeline",
            f"{len(events):,}",
            f"{events['date'].min():%Y}–{events['date'].max():%Y}" if len(events) else "",
        )
    )
    figures.append(
        Figure(
            "Quotes collected",
            f"{len(quotes):,}",
            f"{quotes['speaker'].nunique()} speakers" if len(quotes) else "",
        )
    )
    return figures


def findings(
    flows: pd.DataFrame,
    tourism: pd.DataFrame,
    claims: pd.DataFrame,
    quotes: pd.DataFrame,
    indicators: pd.DataFrame,
    events: pd.DataFrame,
) -> list[str]:
    """Three to five headline findings, each computed from the rows it cites."""
    found = []
    russia = trade.turnover(flows, "Russia")
    if len(russia) >= 2:
        top = trade.peak(russia)
        rest = russia[russia["year"] != top["year"]]
        second = trade.peak(rest)
        found.append(
            f"Russia-reported trade peaked in {top['year']} at {money(top['value_usd_m'])}, "
            f"{top['value_usd_m'] / second['value_usd_m']:.1f} times the next-highest year "
            f"({second['year']}: {money(second['value_usd_m'], second['qualifier'])})."
        )
    trade_claims = claims[claims["metric"] == "trade_turnover_usd_m"].merge(
        quotes[["quote_id", "speaker"]], on="quote_id"
    )
    for claim in trade_claims.itertuples(index=False):
        row = pd.Series(claim._asdict())
        result = claim_checks.verdict(
            row, flows=flows, tourism=tourism, indicators=indicators, events=events
        )
        if result.outcome == "disagrees" and result.data_value:
            found.append(
                f"{claim.speaker}'s “{claim.claim_text}” is {claim.value / result.data_value:.1f} "
                f"times the {money(result.data_value)} in Russia's figures for "
                f"{claim.period_start.year}."
            )
    visitors = visits.full_year_visitors(tourism)
    partial = tourism[~tourism["observation_id"].isin(visitors["observation_id"])]
    if not visitors.empty:
        last = visitors.iloc[-1]
        sentence = (
            f"The latest full-year count of Russian visitors to Laos is "
            f"{QUALIFIER_WORDS[last['qualifier']]}{last['visitors']:,} ({last['year']})"
        )
        later = partial[partial["period_start"].dt.year > last["year"]]
        if not later.empty:
            best = later.sort_values("visitors").iloc[-1]
            sentence += (
                f"; {best['period_start']:%B}–{best['period_end']:%B %Y} alone counted "
                f"{best['visitors']:,}"
            )
        found.append(sentence + ".")
    growth = claims[claims["metric"] == "trade_turnover_growth_pct"]
    if not russia.empty and not growth.empty:
        last_year = int(russia["year"].max())
        after = growth[growth["period_start"].dt.year > last_year]
        if not after.empty:
            found.append(
                f"No absolute trade value is published after {last_year}; leaders cite growth "
                f"rates instead ({growth_rates(after)})."
            )
    return found[:5]


def chart_series(flows: pd.DataFrame, sources: pd.DataFrame) -> pd.DataFrame:
    """Both reporters' yearly turnover, placed mid-year, with labels for the tooltip.

    `segment` breaks the line across missing years so a gap is drawn as a gap.
    """
    titles = sources.set_index("source_id")["title"]
    parts = []
    for reporter in trade.REPORTERS:
        series = trade.turnover(flows, reporter)
        gap_starts = series["year"].diff().fillna(1).ne(1).cumsum()
        parts.append(series.assign(segment=reporter + gap_starts.astype(str)))
    series = pd.concat(parts, ignore_index=True)
    return series.assign(
        date=pd.to_datetime(series["year"].astype(str) + "-07-01"),
        qualifier_words=series["qualifier"].map(QUALIFIER_WORDS).str.strip().replace("", "exact"),
        source=series["source_id"].map(titles).fillna(series["source_id"]),
    )


def growth_rates(growth: pd.DataFrame) -> str:
    """'+12 % for 2023, +65 to +66 % for 2024': one phrase per period, the range of what was said."""
    phrases = []
    for (start, end), said in growth.groupby(["period_start", "period_end"], sort=True):
        low, high = said["value"].min(), said["value"].max()
        rate = f"+{low:g} %" if low == high else f"+{low:g} to +{high:g} %"
        approx = "about " if said["qualifier"].isin(["about", "almost"]).any() else ""
        phrases.append(f"{approx}{rate} for {words.period(start, end)}")
    return ", ".join(phrases)


def milestones(events: pd.DataFrame) -> pd.DataFrame:
    """The milestone events, with their date written as precisely as it is known."""
    chosen = events[events["milestone"]]
    return chosen.assign(
        date_label=[
            words.date(d, p) for d, p in zip(chosen["date"], chosen["date_precision"], strict=True)
        ]
    )
