"""Every word the Tourism page shows: title, labels, column names, cells and sentences.

Sentences are templates with named fields, filled with figures and dates written by
`relations.words`, so a second interface language can hook in here. The builders at the end
(`counts`, `events`, `claims`, `studies`) write each file's cells once per version of the
file (`load.DERIVED`). Pure: frames in, strings and frames out.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from relations import catalog, i18n, tourism, words
from relations.i18n import N_, _

TITLE = N_("Tourism and education")
INTRO = N_(
    "Russian visitors to Laos as each source counted them: full years as one series, counts "
    "for part of a year shown apart and never added up, with 'about', 'at least' and 'over' kept."
)
YEARS = N_("Years")
PERIODS = N_("Periods")
VISITORS_HEADING = N_("Russian visitors to Laos")
SHARES_HEADING = N_("Share of all arrivals in Laos")
CLAIMS_HEADING = N_("A claim against the counts")
EDUCATION_HEADING = N_("Education: scholarships and students")
VISITORS_ALT = N_(
    "Russian visitors to Laos: each count as a bar over the period it covers, with gaps shaded."
)
EDUCATION_ALT = N_("Scholarships for Lao students and Lao students leaving for Russia, per year.")
DOWNLOAD_COUNTS = N_("Download these rows (CSV)")
DOWNLOAD_EDUCATION = N_("Download the education figures (CSV)")
COUNTS_FILE = N_("russian-visitors-to-laos-{first}-{last}.csv")
EDUCATION_FILE = N_("laos-russia-education.csv")

SHARE_COLUMNS = {
    "period": N_("Period"),
    "visitors_label": N_("Russian visitors"),
    "total_label": N_("All arrivals in Laos"),
    "share_label": N_("Russian share (derived)"),
    "source": N_("Source"),
}
VISITOR_COLUMNS = {
    "period": N_("Period"),
    "kind_shown": N_("Kind"),
    "visitors_label": N_("Russian visitors"),
    "total_label": N_("All arrivals in Laos"),
    "source": N_("Source"),
    "source_excerpt": N_("In the source's words"),
    "note": N_("Note"),
}
EDUCATION_COLUMNS = {
    "measure_label": N_("What is counted"),
    "period": N_("When"),
    "value_label": N_("Count"),
    "unit_shown": N_("Unit"),
    "source": N_("Source"),
    "source_excerpt": N_("In the source's words"),
    "note": N_("Note"),
}
MEASURE_LABELS = {
    "russian_government_scholarships": N_("Russian government scholarships"),
    "rossotrudnichestvo_scholarships": N_("Rossotrudnichestvo scholarships"),
    "lao_students_departing_bachelor": N_("Lao students leaving for bachelor's degrees"),
    "lao_students_departing_master": N_("Lao students leaving for master's degrees"),
    "lao_students_in_russia": N_("Lao students in Russia"),
    "lao_students_at_tomsk_state_university": N_("Lao students at Tomsk State University"),
    "lao_educated_in_russia_cumulative": N_("Lao people educated in the USSR/Russia, all told"),
    "lao_students_to_soviet_universities_cumulative": N_(
        "Lao students sent to Soviet universities, all told"
    ),
    "institutions_teaching_russian": N_("Lao institutions teaching Russian"),
}

# The chart's axis and tooltip titles.
VISITORS_AXIS = N_("Russian visitors to Laos")
COUNT_AXIS = N_("Count")
GAP_TOOLTIP = N_("Gap")
COUNT_TOOLTIPS = {
    "period": N_("Period"),
    "visitors": N_("Visitors"),
    "qualifier_words": N_("Qualifier"),
    "kind_shown": N_("Kind"),
    "total_label": N_("All arrivals"),
    "share_label": N_("Russian share (derived)"),
    "source": N_("Source"),
}
CLAIM_TOOLTIPS = {
    "speaker": N_("Who"),
    "said": N_("Said"),
    "claim_text": N_("Words"),
    "period": N_("Period"),
    "verdict": N_("Verdict"),
    "how": N_("How far"),
    "claim_source": N_("Claim source"),
}
EDUCATION_TOOLTIPS = {
    "measure_label": N_("What"),
    "period": N_("Year"),
    "value_label": N_("Count"),
    "unit_shown": N_("Unit"),
    "source": N_("Source"),
}

EXACT = N_("exact")  # the qualifier column's word for a figure given exactly
AS_OF = N_("as of {day}")
GAP_LABEL = N_("no count {years}")
GAP_TEXT = N_("No count published for {years}")
CLAIMED = N_("claimed: {count}")
COUNT_IN = N_("{count} in {period}")
LIST = N_(", ")
SERIES = N_("; ")
FULL_YEARS_SENTENCE = N_("Russian visitors to Laos in full years: {counts}.")
PARTS_SENTENCE = N_(
    "Counts for part of a year, each from 1 January, drawn as shorter bars: {counts}."
)
NO_COUNT = N_("No count in the range.")
MISSING_SENTENCE = N_("No count of Russian visitors is published for {years}.")
PARTIAL_ONLY_SENTENCE = N_(
    "{years}: only counts for part of the year, which overlap and are never added up into a year."
)
NO_LAO_VISITORS = N_("No count of Lao visitors to Russia was found.")
SHARES_SENTENCE = N_(
    "Derived: Russian visitors as a share of all arrivals in Laos, where the source gives "
    "the total: {shares}. 'under' where the total is only 'over' a number."
)
NO_SHARE = N_("No count in the range comes with the total of all arrivals.")
EVENT = N_("{date}: {title}")
EVENTS_SENTENCE = N_("Dashed lines mark tourism events: {events}.")
FIGURE = N_("{measure}: {count} in {year}")
EDUCATION_SENTENCE = N_(
    "Figures for one year each: {figures}. Counts at a date and totals over decades are in "
    "the table."
)
NO_YEARLY_FIGURE = N_("No education figure covers a single year.")
NO_KIND = N_("No kind of period is selected: choose Full years, Partial periods or both.")
NOTHING_CHOSEN = N_(
    "No count of Russian visitors for {kinds} in {first}–{last}. Widen the year range or "
    "select the other kind of period."
)
KINDS_CHOSEN = {
    tourism.FULL_YEARS: N_("full years"),
    tourism.PARTIAL_PERIODS: N_("partial periods"),
}
OR = N_(" or ")


def _percent(value: float) -> str:
    """A share as precise as it was rounded: 0.252 %, 1.45 %, 3 %."""
    decimals = len(words.number(value).partition(".")[2])
    return words.percent(value, decimals=decimals)


def counts_file_name(years: tuple[int, int]) -> str:
    return _(COUNTS_FILE).format(first=years[0], last=years[1])


def gaps(shown: pd.DataFrame, years: tuple[int, int]) -> pd.DataFrame:
    """The chart's shaded spans (`tourism.gaps`), each with a label and a tooltip text."""
    runs = tourism.gaps(shown, years)
    named = [
        words.year_runs(range(first, last + 1))
        for first, last in zip(runs["first"], runs["last"], strict=True)
    ]
    return runs.assign(
        label=[_(GAP_LABEL).format(years=n) for n in named],
        text=[_(GAP_TEXT).format(years=n) for n in named],
    )[["start", "end", "label", "text"]]


def visitors_sentence(shown: pd.DataFrame) -> str:
    """The visitors chart in one sentence: each count with its qualifier and period."""
    if shown.empty:
        return _(NO_COUNT)
    parts = []
    for kind, sentence in (
        (tourism.FULL_YEAR, _(FULL_YEARS_SENTENCE)),
        (tourism.PART_OF_A_YEAR, _(PARTS_SENTENCE)),
    ):
        rows = shown[shown["kind"] == kind]
        listed = _(LIST).join(
            _(COUNT_IN).format(count=count, period=period)
            for count, period in zip(rows["visitors_label"], rows["period"], strict=True)
        )
        if listed:
            parts.append(sentence.format(counts=listed))
    return " ".join(parts)


def gaps_sentence(shown: pd.DataFrame, years: tuple[int, int], *, lao_counted: bool) -> str:
    """The years without a count, the years with only part-year counts, and whether any Lao
    visitors to Russia were counted (`tourism.lao_visitors_counted`)."""
    missing, partial_only = tourism.gap_years(shown, years)
    parts = []
    if missing:
        parts.append(_(MISSING_SENTENCE).format(years=words.year_runs(missing)))
    if partial_only:
        parts.append(_(PARTIAL_ONLY_SENTENCE).format(years=words.year_runs(partial_only)))
    if not lao_counted:
        parts.append(_(NO_LAO_VISITORS))
    return " ".join(parts)


def shares_sentence(with_share: pd.DataFrame) -> str:
    if with_share.empty:
        return _(NO_SHARE)
    listed = _(SERIES).join(
        _(COUNT_IN).format(count=share, period=period)
        for share, period in zip(with_share["share_label"], with_share["period"], strict=True)
    )
    return _(SHARES_SENTENCE).format(shares=listed)


def events_sentence(chosen: pd.DataFrame) -> str:
    if chosen.empty:
        return ""
    listed = _(SERIES).join(
        _(EVENT).format(date=date, title=title)
        for date, title in zip(chosen["date_label"], chosen["title"], strict=True)
    )
    return _(EVENTS_SENTENCE).format(events=listed)


def education_sentence(yearly: pd.DataFrame) -> str:
    """The education chart in one sentence; `yearly`: `Studies.per_year`."""
    if yearly.empty:
        return _(NO_YEARLY_FIGURE)
    listed = _(SERIES).join(
        _(FIGURE).format(measure=measure, count=count, year=year)
        for measure, count, year in zip(
            yearly["measure_label"], yearly["value_label"], yearly["year"], strict=True
        )
    )
    return _(EDUCATION_SENTENCE).format(figures=listed)


def empty_message(kinds: list[str], years: tuple[int, int]) -> str:
    """What to loosen when the filters leave no count."""
    if not kinds:
        return _(NO_KIND)
    chosen = _(OR).join(_(KINDS_CHOSEN[kind]) for kind in kinds)
    return _(NOTHING_CHOSEN).format(kinds=chosen, first=years[0], last=years[1])


@dataclass(frozen=True)
class Counts:
    visitors: pd.DataFrame  # every count of Russian visitors to Laos, its cells written
    lao_counted: bool  # whether any count of Lao visitors to Russia exists


@dataclass(frozen=True)
class Claims:
    checked: pd.DataFrame  # the visitor claims, checked (checks.checked_claims)
    marks: pd.DataFrame  # those with a period, as the chart draws them


@dataclass(frozen=True)
class Studies:
    rows: pd.DataFrame  # every education figure, its cells written, newest first
    per_year: pd.DataFrame  # the figures for one calendar year, oldest first
    download: pd.DataFrame  # every figure as the download holds it (tourism.for_download)


def counts(tourism_rows: pd.DataFrame, sources: pd.DataFrame) -> Counts:
    """`tourism.visitors` with the cells the table, the chart and the download show: period,
    visitors_label (over 7,000), qualifier_words, total_label, share_label, source."""
    found = tourism.visitors(tourism_rows)
    names = catalog.source_names(sources)
    shares = [
        "" if pd.isna(pct) else words.qualified(_percent(pct), qualifier)
        for pct, qualifier in zip(found["share_pct"], found["share_qualifier"], strict=True)
    ]
    written = found.assign(
        period=[
            words.period(s, e)
            for s, e in zip(found["period_start"], found["period_end"], strict=True)
        ],
        visitors_label=[
            words.count(v, q) for v, q in zip(found["visitors"], found["qualifier"], strict=True)
        ],
        qualifier_words=[words.qualifier(q) or _(EXACT) for q in found["qualifier"]],
        total_label=[
            "" if pd.isna(t) else words.count(t, q)
            for t, q in zip(found["total_arrivals"], found["total_arrivals_qualifier"], strict=True)
        ],
        share_label=shares,
        source=found["source_id"].map(names).fillna(found["source_id"]),
        kind_shown=found["kind"].map(_),  # `kind` stays the English the code compares
    )
    columns = [*tourism_rows.columns, "period", "year", "kind", "kind_shown", "end_next", "middle"]
    columns += ["visitors_label", "qualifier_words", "total_label", "share_pct", "share_label"]
    return Counts(
        visitors=written[[*columns, "source"]],
        lao_counted=tourism.lao_visitors_counted(tourism_rows),
    )


def events(timeline: pd.DataFrame) -> pd.DataFrame:
    """The tourism events (`tourism.about_tourism`), each with its date written."""
    chosen = tourism.about_tourism(timeline)
    return chosen.assign(
        date_label=[
            words.date(d, p) for d, p in zip(chosen["date"], chosen["date_precision"], strict=True)
        ]
    )[["event_id", "date", "date_label", "title", "description"]]


def claims(
    claim_rows: pd.DataFrame,
    quotes: pd.DataFrame,
    sources: pd.DataFrame,
    flows: pd.DataFrame,
    tourism_rows: pd.DataFrame,
    indicators: pd.DataFrame,
    timeline: pd.DataFrame,
    conflicts: pd.DataFrame | None = None,
) -> Claims:
    """The visitor claims checked, and those with a period labelled for the chart at the
    claimed number (claimed: about 17,000)."""
    checked = tourism.checked_claims(
        claim_rows, quotes, sources, flows, tourism_rows, indicators, timeline, conflicts
    )
    dated = checked[checked["period_start"].notna()]
    qualifiers = dated["claim_id"].map(claim_rows.set_index("claim_id")["qualifier"])
    marks = dated.assign(
        end_next=dated["period_end"] + pd.Timedelta(days=1),
        label=[
            _(CLAIMED).format(count=words.count(value, qualifier))
            for value, qualifier in zip(dated["value"], qualifiers, strict=True)
        ],
    ).reset_index(drop=True)
    return Claims(checked=checked, marks=marks)


def studies(education_rows: pd.DataFrame, sources: pd.DataFrame) -> Studies:
    """Every education figure with a readable measure, period and count (about 25)."""
    rows = tourism.education(education_rows)
    names = catalog.source_names(sources)
    on_a_day = rows["period_start"] == rows["period_end"]
    written = rows.assign(
        measure_label=rows["measure"].map(i18n.each(MEASURE_LABELS)).fillna(rows["measure"]),
        unit_shown=rows["unit"].map(words.unit),
        period=[
            _(AS_OF).format(day=words.day(e)) if day else words.period(s, e)
            for s, e, day in zip(rows["period_start"], rows["period_end"], on_a_day, strict=True)
        ],
        value_label=[
            words.count(v, q) for v, q in zip(rows["value"], rows["qualifier"], strict=True)
        ],
        source=rows["source_id"].map(names).fillna(rows["source_id"]),
    )
    columns = [*education_rows.columns, "measure_label", "unit_shown", "year", "per_year", "period"]
    written = written[[*columns, "value_label", "source"]]
    return Studies(
        rows=written,
        per_year=tourism.education_per_year(written),
        download=tourism.for_download(written),
    )
