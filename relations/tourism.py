"""Tourism and education flows: pure pandas over the validated tourism and education frames.

A count for part of a year is its own row and is never added to another or into a year.
Numbers and codes only: the words shown for them are written in `tourism_words`.
"""

from __future__ import annotations

import pandas as pd

from relations import checks
from relations.i18n import N_

# The period filter's options, also its values in the URL (`?tourism_periods=Full+years`).
FULL_YEARS = N_("Full years")
PARTIAL_PERIODS = N_("Partial periods")
PERIOD_KINDS = (FULL_YEARS, PARTIAL_PERIODS)
# What each count is (the `kind` column, also in the download and the chart's legend).
FULL_YEAR = N_("full year")
LESS_PRECISE = N_("full year, less precise count")
PART_OF_A_YEAR = N_("part of a year")
CLAIM_METRICS = ("russian_visitors_to_laos",)
# Helper columns: where a mark sits, and the kind and unit as the reader's language names them
# (the download keeps `kind` and `unit` as the data write them, whatever the language).
DOWNLOAD_DROPS = ["end_next", "middle", "per_year", "kind_shown", "unit_shown"]


def full_year_visitors(tourism: pd.DataFrame) -> pd.DataFrame:
    """Russian visitors to Laos per full calendar year, the most precise count per year."""
    counts = tourism[(tourism["origin"] == "Russia") & (tourism["destination"] == "Laos")]
    whole = counts[is_full_year(counts["period_start"], counts["period_end"])]
    precision = {"exact": 0, "about": 1, "at_least": 2, "over": 2}
    ranked = whole.assign(
        year=whole["period_start"].dt.year, rank=whole["qualifier"].map(precision)
    )
    return ranked.sort_values(["year", "rank"]).drop_duplicates("year").drop(columns="rank")


def is_full_year(start: pd.Series, end: pd.Series) -> pd.Series:
    """Whether each period is one whole calendar year (1 January to 31 December)."""
    return (
        (start.dt.year == end.dt.year)
        & (start.dt.month == 1)
        & (start.dt.day == 1)
        & (end.dt.month == 12)
        & (end.dt.day == 31)
    )


def share(
    visitors: int, qualifier: str, total: float, total_qualifier: str
) -> tuple[float, str] | None:
    """Russian visitors as a % of all arrivals, and how exact that share is, or None.

    An exact count over an exact total gives an exact share. Over a total that is 'over' or
    'at least' some number, the share is 'under' the quotient. With one side 'about' and the
    other exact, the share is 'about'. Any other pairing bounds nothing, so no share is given.
    """
    if pd.isna(total) or total == 0:
        return None
    quotient = round(visitors / total * 100, 3)
    pair = (qualifier, total_qualifier)
    if pair == ("exact", "exact"):
        return quotient, "exact"
    if qualifier == "exact" and total_qualifier in ("over", "at_least"):
        return quotient, "under"
    if "about" in pair and set(pair) <= {"about", "exact"}:
        return quotient, "about"
    return None


def visitors(tourism: pd.DataFrame) -> pd.DataFrame:
    """Every count of Russian visitors to Laos, with its kind and share, in period order.

    kind: FULL_YEAR (the most precise count of that year, drawn as the series), LESS_PRECISE
    (a rougher count of a year already counted, listed only) or PART_OF_A_YEAR. `end_next` is
    the day after the period, so a period is drawn to its last day; `middle` places its label.
    `share_pct` and `share_qualifier` are empty where no share can be stated (`share`).
    """
    counts = tourism[(tourism["origin"] == "Russia") & (tourism["destination"] == "Laos")]
    best = set(full_year_visitors(counts)["observation_id"])
    kind = pd.Series(PART_OF_A_YEAR, index=counts.index)
    kind[is_full_year(counts["period_start"], counts["period_end"])] = LESS_PRECISE
    kind[counts["observation_id"].isin(best)] = FULL_YEAR
    shares = [
        share(v, q, t, tq)
        for v, q, t, tq in zip(
            counts["visitors"],
            counts["qualifier"],
            counts["total_arrivals"],
            counts["total_arrivals_qualifier"],
            strict=True,
        )
    ]
    found = counts.assign(
        year=counts["period_start"].dt.year,
        kind=kind,
        end_next=counts["period_end"] + pd.Timedelta(days=1),
        middle=counts["period_start"] + (counts["period_end"] - counts["period_start"]) / 2,
        share_pct=[s[0] if s else None for s in shares],
        share_qualifier=[s[1] if s else None for s in shares],
    )
    return found.sort_values(["period_start", "period_end", "kind"]).reset_index(drop=True)


def lao_visitors_counted(tourism: pd.DataFrame) -> bool:
    """Whether any count of Lao visitors (to Russia) is in the file."""
    return bool((tourism["origin"] == "Laos").any())


def year_span(shown: pd.DataFrame) -> tuple[int, int]:
    return int(shown["period_start"].dt.year.min()), int(shown["period_end"].dt.year.max())


def between(shown: pd.DataFrame, years: tuple[int, int]) -> pd.DataFrame:
    """Counts whose period lies inside the years, both ends included."""
    inside = (shown["period_start"].dt.year >= years[0]) & (shown["period_end"].dt.year <= years[1])
    return shown[inside]


def of_kinds(shown: pd.DataFrame, kinds: list[str]) -> pd.DataFrame:
    """FULL_YEARS keeps both full-year kinds; PARTIAL_PERIODS keeps parts of a year."""
    full = shown["kind"] != PART_OF_A_YEAR
    keep = pd.Series(False, index=shown.index)
    if FULL_YEARS in kinds:
        keep |= full
    if PARTIAL_PERIODS in kinds:
        keep |= ~full
    return shown[keep]


def chosen(counts: pd.DataFrame, years: tuple[int, int], kinds: list[str]) -> pd.DataFrame:
    """The counts inside the years and of the kinds of period chosen."""
    return of_kinds(between(counts, years), kinds)


def drawn(shown: pd.DataFrame) -> pd.DataFrame:
    """The counts the chart draws: one per full year, and every part-year count."""
    return shown[shown["kind"] != LESS_PRECISE]


def gap_years(shown: pd.DataFrame, years: tuple[int, int]) -> tuple[list[int], list[int]]:
    """Years in the range with no count at all, and years with only part-year counts.

    Only years between the first and the last count are judged: before 2011 nothing was
    collected, which the range says by itself."""
    if shown.empty:
        return [], []
    first = max(years[0], int(shown["period_start"].dt.year.min()))
    last = min(years[1], int(shown["period_end"].dt.year.max()))
    full = set(shown.loc[shown["kind"] != PART_OF_A_YEAR, "year"])
    partial = set(shown.loc[shown["kind"] == PART_OF_A_YEAR, "year"]) - full
    span = range(first, last + 1)
    return [y for y in span if y not in full and y not in partial], [
        y for y in span if y in partial
    ]


def gaps(shown: pd.DataFrame, years: tuple[int, int]) -> pd.DataFrame:
    """Runs of years with no count: `first` and `last` year, and `start`/`end` as the dates
    the chart shades (1 January of the first year to 1 January after the last)."""
    missing, _ = gap_years(shown, years)
    runs: list[list[int]] = []
    for year in missing:
        if runs and year == runs[-1][-1] + 1:
            runs[-1].append(year)
        else:
            runs.append([year])
    return pd.DataFrame(
        {
            "start": [pd.Timestamp(year=r[0], month=1, day=1) for r in runs],
            "end": [pd.Timestamp(year=r[-1] + 1, month=1, day=1) for r in runs],
            "first": [r[0] for r in runs],
            "last": [r[-1] for r in runs],
        },
        columns=["start", "end", "first", "last"],
    )


def shares(shown: pd.DataFrame) -> pd.DataFrame:
    """Counts with a known total of all arrivals and a share that can be stated."""
    columns = ["observation_id", "period", "visitors", "visitors_label", "total_arrivals"]
    columns += ["total_label", "share_pct", "share_label", "source"]
    return shown.loc[shown["share_pct"].notna(), columns].reset_index(drop=True)


def about_tourism(events: pd.DataFrame) -> pd.DataFrame:
    """Timeline events about tourism (visa-free travel, flights), in the file's order."""
    topical = events["topics"].fillna("").str.split(";").map(lambda topics: "tourism" in topics)
    # (as booleans: an empty timeline's mask would otherwise select columns, not rows)
    return events[topical.astype(bool)].reset_index(drop=True)


def events_between(events: pd.DataFrame, years: tuple[int, int]) -> pd.DataFrame:
    """Events dated inside the years, both ends included."""
    return events[events["date"].dt.year.between(*years)].reset_index(drop=True)


def checked_claims(
    claims: pd.DataFrame,
    quotes: pd.DataFrame,
    sources: pd.DataFrame,
    flows: pd.DataFrame,
    tourism: pd.DataFrame,
    indicators: pd.DataFrame,
    events: pd.DataFrame,
    conflicts: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """The claims about Russian visitors to Laos, checked (`checks.checked_claims`).

    Positional, in the order of the datasets it reads, so `load.DERIVED` can build it."""
    return checks.checked_claims(
        claims,
        quotes,
        sources,
        flows=flows,
        tourism=tourism,
        indicators=indicators,
        events=events,
        conflicts=conflicts,
        metrics=CLAIM_METRICS,
    )


def claims_between(checked: pd.DataFrame, years: tuple[int, int]) -> pd.DataFrame:
    """Claims whose period overlaps the years."""
    dated = checked[checked["period_start"].notna()]
    overlaps = (dated["period_start"].dt.year <= years[1]) & (
        dated["period_end"].dt.year >= years[0]
    )
    return dated[overlaps]


def education(rows: pd.DataFrame) -> pd.DataFrame:
    """Every education figure, newest first; `per_year` where it counts one calendar year."""
    newest = rows.sort_values("period_end", ascending=False)
    return newest.assign(
        year=newest["period_start"].dt.year,
        per_year=is_full_year(newest["period_start"], newest["period_end"]),
    ).reset_index(drop=True)


def education_per_year(rows: pd.DataFrame) -> pd.DataFrame:
    """The figures that count one calendar year (scholarships, students leaving)."""
    return rows[rows["per_year"]].sort_values("year").reset_index(drop=True)


def for_download(shown: pd.DataFrame) -> pd.DataFrame:
    """The rows as shown, without the helper columns that only place marks on the chart."""
    return shown.drop(columns=[c for c in DOWNLOAD_DROPS if c in shown.columns])
