"""Tourism and education flows: pure pandas over the validated tourism and education frames.

A count for part of a year is its own row and is never added to another or into a year.
"""

from __future__ import annotations

import pandas as pd

from relations import catalog, words

PERIOD_KINDS = ("Full years", "Partial periods")
# Qualifier words with their trailing space, for sentences that put them before a figure.
QUALIFIER_WORDS = {name: f"{said} " if said else "" for name, said in words.QUALIFIERS.items()}
SHARE_COLUMNS = {
    "period": "Period",
    "visitors_label": "Russian visitors",
    "total_label": "All arrivals in Laos",
    "share_label": "Russian share (derived)",
    "source": "Source",
}
VISITOR_COLUMNS = {
    "period": "Period",
    "kind": "Kind",
    "visitors_label": "Russian visitors",
    "total_label": "All arrivals in Laos",
    "source": "Source",
    "source_excerpt": "In the source's words",
    "note": "Note",
}
EDUCATION_COLUMNS = {
    "measure_label": "What is counted",
    "period": "When",
    "value_label": "Count",
    "unit": "Unit",
    "source": "Source",
    "source_excerpt": "In the source's words",
    "note": "Note",
}
MEASURE_LABELS = {
    "russian_government_scholarships": "Russian government scholarships",
    "rossotrudnichestvo_scholarships": "Rossotrudnichestvo scholarships",
    "lao_students_departing_bachelor": "Lao students leaving for bachelor's degrees",
    "lao_students_departing_master": "Lao students leaving for master's degrees",
    "lao_students_in_russia": "Lao students in Russia",
    "lao_students_at_tomsk_state_university": "Lao students at Tomsk State University",
    "lao_educated_in_russia_cumulative": "Lao people educated in the USSR/Russia, all told",
    "lao_students_to_soviet_universities_cumulative": "Lao students sent to Soviet universities, all told",
    "institutions_teaching_russian": "Lao institutions teaching Russian",
}


def full_year_visitors(tourism: pd.DataFrame) -> pd.DataFrame:
    """Russian visitors to Laos per full calendar year, the most precise count per year."""
    counts = tourism[(tourism["origin"] == "Russia") & (tourism["destination"] == "Laos")]
    whole = counts[
        (counts["period_start"].dt.strftime("%m-%d") == "01-01")
        & (counts["period_end"].dt.strftime("%m-%d") == "12-31")
        & (counts["period_start"].dt.year == counts["period_end"].dt.year)
    ]
    precision = {"exact": 0, "about": 1, "at_least": 2, "over": 2}
    ranked = whole.assign(
        year=whole["period_start"].dt.year, rank=whole["qualifier"].map(precision)
    )
    return ranked.sort_values(["year", "rank"]).drop_duplicates("year").drop(columns="rank")


def _is_full_year(start: pd.Series, end: pd.Series) -> pd.Series:
    return (
        (start.dt.year == end.dt.year)
        & (start.dt.strftime("%m-%d") == "01-01")
        & (end.dt.strftime("%m-%d") == "12-31")
    )


def _count(value: float, qualifier: str) -> str:
    return f"{QUALIFIER_WORDS[qualifier]}{value:,.0f}"


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


def visitors(tourism: pd.DataFrame, sources: pd.DataFrame) -> pd.DataFrame:
    """Every count of Russian visitors to Laos, with its period, kind, label and share.

    kind: 'full year' (the most precise count of that year, drawn as the series), 'full year,
    less precise count' (a rougher count of a year already counted, listed only) or 'part of a
    year'. `end_next` is the day after the period, so a period is drawn to its last day.
    """
    counts = tourism[(tourism["origin"] == "Russia") & (tourism["destination"] == "Laos")]
    whole = _is_full_year(counts["period_start"], counts["period_end"])
    best = set(full_year_visitors(counts)["observation_id"])
    kind = pd.Series("part of a year", index=counts.index)
    kind[whole] = "full year, less precise count"
    kind[counts["observation_id"].isin(best)] = "full year"
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
    names = catalog.source_names(sources)
    shown = counts.assign(
        period=[
            words.period(s, e)
            for s, e in zip(counts["period_start"], counts["period_end"], strict=True)
        ],
        year=counts["period_start"].dt.year,
        kind=kind,
        end_next=counts["period_end"] + pd.Timedelta(days=1),
        middle=counts["period_start"] + (counts["period_end"] - counts["period_start"]) / 2,
        visitors_label=[
            _count(v, q) for v, q in zip(counts["visitors"], counts["qualifier"], strict=True)
        ],
        qualifier_words=counts["qualifier"].map(QUALIFIER_WORDS).str.strip().replace("", "exact"),
        total_label=[
            "" if pd.isna(t) else _count(t, q)
            for t, q in zip(
                counts["total_arrivals"], counts["total_arrivals_qualifier"], strict=True
            )
        ],
        share_pct=[s[0] if s else None for s in shares],
        share_label=[f"{QUALIFIER_WORDS[s[1]]}{s[0]:g} %" if s else "" for s in shares],
        source=counts["source_id"].map(names).fillna(counts["source_id"]),
    )
    return shown.sort_values(["period_start", "period_end", "kind"]).reset_index(drop=True)


def year_span(shown: pd.DataFrame) -> tuple[int, int]:
    return int(shown["period_start"].dt.year.min()), int(shown["period_end"].dt.year.max())


def between(shown: pd.DataFrame, years: tuple[int, int]) -> pd.DataFrame:
    """Counts whose period lies inside the years, both ends included."""
    inside = (shown["period_start"].dt.year >= years[0]) & (shown["period_end"].dt.year <= years[1])
    return shown[inside]


def of_kinds(shown: pd.DataFrame, kinds: list[str]) -> pd.DataFrame:
    """'Full years' keeps both full-year kinds; 'Partial periods' keeps parts of a year."""
    full = shown["kind"].str.startswith("full year")
    keep = pd.Series(False, index=shown.index)
    if "Full years" in kinds:
        keep |= full
    if "Partial periods" in kinds:
        keep |= ~full
    return shown[keep]


def drawn(shown: pd.DataFrame) -> pd.DataFrame:
    """The counts the chart draws: one per full year, and every part-year count."""
    return shown[shown["kind"] != "full year, less precise count"]


def gap_years(shown: pd.DataFrame, years: tuple[int, int]) -> tuple[list[int], list[int]]:
    """Years in the range with no count at all, and years with only part-year counts.

    Only years between the first and the last count are judged: before 2011 nothing was
    collected, which the range says by itself."""
    if shown.empty:
        return [], []
    first = max(years[0], int(shown["period_start"].dt.year.min()))
    last = min(years[1], int(shown["period_end"].dt.year.max()))
    full = set(shown.loc[shown["kind"].str.startswith("full year"), "year"])
    partial = set(shown.loc[shown["kind"] == "part of a year", "year"]) - full
    span = range(first, last + 1)
    return [y for y in span if y not in full and y not in partial], [
        y for y in span if y in partial
    ]


def gaps(shown: pd.DataFrame, years: tuple[int, int]) -> pd.DataFrame:
    """Runs of years with no count, as shaded spans for the chart."""
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
            "label": [f"no count {words.year_runs(r)}" for r in runs],
            "text": [f"No count published for {words.year_runs(r)}" for r in runs],
        },
        columns=["start", "end", "label", "text"],
    )


def gaps_sentence(shown: pd.DataFrame, years: tuple[int, int], tourism: pd.DataFrame) -> str:
    missing, partial_only = gap_years(shown, years)
    parts = []
    if missing:
        parts.append(f"No count of Russian visitors is published for {words.year_runs(missing)}.")
    if partial_only:
        parts.append(
            f"{words.year_runs(partial_only)}: only counts for part of the year, which overlap "
            "and are never added up into a year."
        )
    if tourism[tourism["origin"] == "Laos"].empty:
        parts.append("No count of Lao visitors to Russia was found.")
    return " ".join(parts)


def visitors_sentence(shown: pd.DataFrame) -> str:
    """The visitors chart in one sentence: each count with its qualifier and period."""
    if shown.empty:
        return "No count in the range."
    full = shown[shown["kind"] == "full year"]
    partial = shown[shown["kind"] == "part of a year"]
    parts = []
    if not full.empty:
        listed = ", ".join(f"{r.visitors_label} in {r.period}" for r in full.itertuples())
        parts.append(f"Russian visitors to Laos in full years: {listed}.")
    if not partial.empty:
        listed = ", ".join(f"{r.visitors_label} in {r.period}" for r in partial.itertuples())
        parts.append(
            f"Counts for part of a year, each from 1 January, drawn as shorter bars: {listed}."
        )
    return " ".join(parts)


def shares(shown: pd.DataFrame) -> pd.DataFrame:
    """Counts with a known total of all arrivals and a share that can be stated."""
    columns = ["observation_id", "period", "visitors", "visitors_label", "total_arrivals"]
    columns += ["total_label", "share_pct", "share_label", "source"]
    return shown.loc[shown["share_pct"].notna(), columns].reset_index(drop=True)


def shares_sentence(with_share: pd.DataFrame) -> str:
    if with_share.empty:
        return "No count in the range comes with the total of all arrivals."
    listed = "; ".join(f"{r.share_label} in {r.period}" for r in with_share.itertuples())
    return (
        f"Derived: Russian visitors as a share of all arrivals in Laos, where the source gives "
        f"the total: {listed}. 'under' where the total is only 'over' a number."
    )


def tourism_events(events: pd.DataFrame, years: tuple[int, int]) -> pd.DataFrame:
    """Timeline events about tourism (visa-free travel, flights) inside the years."""
    topical = events["topics"].fillna("").str.split(";").map(lambda topics: "tourism" in topics)
    chosen = events[topical & events["date"].dt.year.between(*years)]
    return chosen.assign(
        date_label=[
            words.date(d, p) for d, p in zip(chosen["date"], chosen["date_precision"], strict=True)
        ]
    ).reset_index(drop=True)[["event_id", "date", "date_label", "title", "description"]]


def events_sentence(chosen: pd.DataFrame) -> str:
    if chosen.empty:
        return ""
    listed = "; ".join(f"{r.date_label}: {r.title}" for r in chosen.itertuples())
    return f"Dashed lines mark tourism events: {listed}."


def claim_marks(checked: pd.DataFrame) -> pd.DataFrame:
    """Visitor claims with a period, drawn as a dashed span at the claimed number."""
    rows = checked[checked["period_start"].notna()]
    return rows.assign(
        end_next=rows["period_end"] + pd.Timedelta(days=1),
        label="claimed: " + rows["stated"].str.replace(" persons", ""),
    ).reset_index(drop=True)


def education(education_rows: pd.DataFrame, sources: pd.DataFrame) -> pd.DataFrame:
    """Every education figure with a readable measure, period and count, newest first."""
    names = catalog.source_names(sources)
    rows = education_rows.sort_values("period_end", ascending=False)
    whole = _is_full_year(rows["period_start"], rows["period_end"])
    on_a_day = rows["period_start"] == rows["period_end"]
    return rows.assign(
        measure_label=rows["measure"].map(MEASURE_LABELS).fillna(rows["measure"]),
        year=rows["period_start"].dt.year,
        per_year=whole,
        period=[
            f"as of {words.day(e)}" if day else words.period(s, e)
            for s, e, day in zip(rows["period_start"], rows["period_end"], on_a_day, strict=True)
        ],
        value_label=[_count(v, q) for v, q in zip(rows["value"], rows["qualifier"], strict=True)],
        source=rows["source_id"].map(names).fillna(rows["source_id"]),
    ).reset_index(drop=True)


def education_per_year(rows: pd.DataFrame) -> pd.DataFrame:
    """The figures that count one calendar year (scholarships, students leaving)."""
    return rows[rows["per_year"]].sort_values("year").reset_index(drop=True)


def education_sentence(rows: pd.DataFrame) -> str:
    yearly = education_per_year(rows)
    if yearly.empty:
        return "No education figure covers a single year."
    listed = "; ".join(
        f"{r.measure_label}: {r.value_label} in {r.year}" for r in yearly.itertuples()
    )
    return f"Figures for one year each: {listed}. Counts at a date and totals over decades are in the table."


CLAIM_METRICS = ("russian_visitors_to_laos",)
DOWNLOAD_DROPS = ["end_next", "middle", "per_year"]


def claims_between(checked: pd.DataFrame, years: tuple[int, int]) -> pd.DataFrame:
    """Claims whose period overlaps the years."""
    dated = checked[checked["period_start"].notna()]
    overlaps = (dated["period_start"].dt.year <= years[1]) & (
        dated["period_end"].dt.year >= years[0]
    )
    return dated[overlaps]


def for_download(shown: pd.DataFrame) -> pd.DataFrame:
    """The rows as shown, without the helper columns that only place marks on the chart."""
    return shown.drop(columns=[c for c in DOWNLOAD_DROPS if c in shown.columns])


def empty_message(kinds: list[str], years: tuple[int, int]) -> str:
    if not kinds:
        return "No kind of period is selected: choose Full years, Partial periods or both."
    return (
        f"No count of Russian visitors for {' or '.join(k.lower() for k in kinds)} in "
        f"{years[0]}–{years[1]}. Widen the year range or select the other kind of period."
    )
