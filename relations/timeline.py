"""The relationship timeline: date events, place them in eras, filter them, pick one. Pure pandas.

`dated` is the per-file derivation (registered in relations/data/load.py): every event with
its dates worked out, its era, its chart columns and its related quotes, built once per
version of the files. What depends on the reader's choices (filters, the picked event) is a
cheap selection of its rows, done per rerun.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass

import pandas as pd

from relations import i18n, timeline_words, words
from relations.i18n import _

# The ASEAN filter's settings (timeline_words.ASEAN_CHOICES labels them).
ASEAN_SETTINGS = ("include", "exclude", "only")
_PERIOD = {
    "day": pd.DateOffset(days=1),
    "month": pd.DateOffset(months=1),
    "year": pd.DateOffset(years=1),
}
# What `dated` adds to each event; `as_read` takes it off again (the download is the file's rows).
DERIVED_COLUMNS = [
    "when",
    "last",
    "last_year",
    "decade",
    "era",
    "opens_era",
    "label",
    "precision",
    "era_shown",
    "asean_shown",
    "anchor",
    "spans",
    "milestone_number",
]
_CHART_COLUMNS = {
    "event_id": "event_id",
    "label": "label",
    "title": "title",
    "category": "category",
    "when": "when",
    "precision": "precision",
    "date_precision": "precision_code",
    "era_shown": "era",
    "asean_shown": "asean",
    "date": "start",
    "last": "end",
    "anchor": "anchor",
    "spans": "spans",
    "milestone_number": "milestone_number",
}
# The quick views of the chart besides the slider's range: every year, or the recent years
# alone, where events are densest (the slider's range is cut to start no earlier).
VIEWS = ("all", "recent")
RECENT_FROM = 2010


@dataclass(frozen=True)
class Timeline:
    """The timeline as the page uses it, built once per version of its files.

    `events`: every event in date order with DERIVED_COLUMNS. `spans`: the eras in time order
    (see `era_spans`). `links`: for each event, the quotes dated within it (event_id, then
    every column of quotes.csv), in the order they are listed.
    """

    events: pd.DataFrame
    spans: pd.DataFrame
    links: pd.DataFrame


def year_span(events: pd.DataFrame) -> tuple[int, int]:
    """The first and last year any event touches (an event's end counts)."""
    last = events["end_date"].fillna(events["date"]).max()
    return int(events["date"].min().year), int(last.year)


def period_end(date: pd.Series, precision: pd.Series) -> pd.Series:
    """The first instant after the day, month or year a date stands for (an exclusive end)."""
    ends = pd.Series(pd.NaT, index=date.index, dtype=date.dtype)
    for word, step in _PERIOD.items():
        rows = (precision == word) & date.notna()
        if rows.any():
            ends = ends.mask(rows, date[rows] + step)
    return ends


def last_instant(events: pd.DataFrame) -> pd.Series:
    """Where an event ends, exclusive: the end of its end date's period, else of its date's."""
    own = period_end(events["date"], events["date_precision"])
    spanned = period_end(events["end_date"], events["end_precision"])
    return spanned.fillna(own)


def era_spans(eras: pd.DataFrame, events: pd.DataFrame) -> pd.DataFrame:
    """Eras with their dates taken from their boundary events, in time order.

    `start` and `end` are the boundary events' dates; `end` is NaT for the era still running.
    `period` reads "1960–1975" or "2011 onward"; `label` names the era for screen readers.
    """
    dated = events.set_index("event_id")["date"]
    spans = eras.assign(
        start=eras["start_event_id"].map(dated),
        end=eras["end_event_id"].map(dated),
    ).sort_values("start", kind="stable")
    period = timeline_words.era_periods(spans)
    spans = spans.assign(period=period)
    return spans.assign(label=timeline_words.era_labels(spans)).reset_index(drop=True)


def era_of(date: pd.Timestamp, spans: pd.DataFrame) -> str | None:
    """The title of the era a date falls in: from its start event up to, not including, its end."""
    found = eras_of(pd.Series([date]), spans).iloc[0]
    return None if pd.isna(found) else str(found)


def eras_of(dates: pd.Series, spans: pd.DataFrame) -> pd.Series:
    """`era_of` for many dates at once (one pass per era, not per date); missing: no era."""
    eras = pd.Series(pd.NA, index=dates.index, dtype="str")
    # The first era that holds a date wins, so the earlier eras are written last.
    for start, end, title in reversed(
        list(zip(spans["start"], spans["end"], spans["title"], strict=True))
    ):
        inside = (dates >= start) & ((dates < end) if pd.notna(end) else True)
        eras = eras.mask(inside, title)
    return eras


def _written_dates(events: pd.DataFrame) -> pd.Series:
    when = [
        words.span(start, precision, end, end_precision)
        for start, precision, end, end_precision in zip(
            events["date"],
            events["date_precision"],
            events["end_date"],
            events["end_precision"],
            strict=True,
        )
    ]
    return pd.Series(when, index=events.index, dtype="str")


def _quotes_within(events: pd.DataFrame, quotes: pd.DataFrame) -> pd.DataFrame:
    """Each event's quotes: dated to its day, or within its span when it has an end date.

    Only quotes dated to the day are matched: a quote known only to its month or year cannot
    be placed on an event's day. An event known only to its month or year has none.
    """
    daily = quotes[quotes["date_precision"] == "day"].sort_values(
        ["date", "source_id", "sequence"], kind="stable"
    )
    matchable = events[events["end_date"].notna() | (events["date_precision"] == "day")]
    pairs = matchable[["event_id", "date", "last"]].merge(
        daily[["quote_id", "date"]].rename(columns={"date": "quote_date"}), how="cross"
    )
    # From the event's first instant up to its exclusive end: its own day, or its whole span.
    inside = (pairs["quote_date"] >= pairs["date"]) & (pairs["quote_date"] < pairs["last"])
    matched = pairs.loc[inside, ["event_id", "quote_id"]]
    return matched.merge(daily, on="quote_id", how="left").reset_index(drop=True)


def dated(events: pd.DataFrame, eras: pd.DataFrame, quotes: pd.DataFrame) -> Timeline:
    """The per-file derivation: every event dated, placed in its era, ready for the chart.

    Adds `when` (the date as precisely as known), `last` (the exclusive end instant),
    `last_year` (the last year the event touches), `decade`, `era` and `opens_era` (titles, or
    missing), and the chart's columns: `label`, `precision`, `era_shown`, `asean_shown`,
    `anchor` (the day itself, or the middle of a month or year) and `spans` (drawn with a bar
    too: any extent longer than a day).
    """
    ordered = events.sort_values(["date", "event_id"], kind="stable").reset_index(drop=True)
    spans = era_spans(eras, ordered)
    last = last_instant(ordered)
    own_end = period_end(ordered["date"], ordered["date_precision"])
    exact = ordered["date_precision"] == "day"
    era = eras_of(ordered["date"], spans)
    opening = spans.set_index("start_event_id")["title"]
    with_words = ordered.assign(
        when=_written_dates(ordered),
        last=last,
        last_year=(last - pd.Timedelta(microseconds=1)).dt.year,
        decade=ordered["date"].dt.year // 10 * 10,
        era=era,
        opens_era=ordered["event_id"].map(opening).astype("str"),
        precision=ordered["date_precision"].map(i18n.each(timeline_words.PRECISION_WORDS)),
        era_shown=era.fillna(_(timeline_words.NO_ERA)),
        asean_shown=ordered["asean"].map(i18n.each(timeline_words.ASEAN_WORDS)),
        anchor=ordered["date"].where(exact, ordered["date"] + (own_end - ordered["date"]) / 2),
        spans=~exact | ordered["end_date"].notna(),
        # Milestones numbered in date order ("1", "2" ...; "" for the rest): the chart writes
        # the number beside the mark, the caption says which milestone it is.
        milestone_number=ordered["milestone"].cumsum().astype(str).where(ordered["milestone"], ""),
    )
    with_words = with_words.assign(label=timeline_words.mark_labels(with_words))
    return Timeline(
        events=with_words[[*events.columns, *DERIVED_COLUMNS]],
        spans=spans,
        links=_quotes_within(with_words, quotes),
    )


def as_read(events: pd.DataFrame) -> pd.DataFrame:
    """Events with only the columns of timeline.csv (what `dated` added taken off)."""
    return events.drop(columns=DERIVED_COLUMNS)


def filter_events(
    events: pd.DataFrame,
    *,
    categories: Collection[str] = (),
    years: tuple[int, int] | None = None,
    search: str = "",
    asean: str = "include",
) -> pd.DataFrame:
    """The events of `dated(...).events` that pass every filter, in date order.

    No category chosen means every category. An event is within `years` when any part of it
    is (a 2018–2019 mission shows for 2019). `search` is literal and case-insensitive, in titles
    and descriptions. `asean` is 'include', 'exclude' (bilateral only) or 'only'.
    """
    keep = pd.Series(True, index=events.index)
    if categories:
        keep &= events["category"].isin(list(categories))
    if years is not None:
        first, last = years
        keep &= (events["date"].dt.year <= last) & (events["last_year"] >= first)
    needle = search.strip()
    if needle:
        keep &= events["title"].str.contains(needle, case=False, regex=False) | events[
            "description"
        ].str.contains(needle, case=False, regex=False)
    if asean == "exclude":
        keep &= ~events["asean"]
    elif asean == "only":
        keep &= events["asean"]
    return events[keep]


def loosened(
    events: pd.DataFrame,
    *,
    categories: Collection[str] = (),
    years: tuple[int, int] | None = None,
    search: str = "",
    asean: str = "include",
) -> dict[str, int]:
    """For each filter in use, how many events would show with that one filter reset.

    Keys are "categories", "years", "search" and "asean", in that order; an empty dict means no
    filter is in use.
    """
    chosen = {"categories": categories, "years": years, "search": search, "asean": asean}
    reset = {"categories": (), "years": None, "search": "", "asean": "include"}
    active = {
        "categories": bool(categories),
        "years": years is not None and tuple(years) != year_span(events),
        "search": bool(search.strip()),
        "asean": asean != "include",
    }
    return {
        name: len(filter_events(events, **{**chosen, name: reset[name]}))
        for name, on in active.items()
        if on
    }


def chart_events(shown: pd.DataFrame) -> pd.DataFrame:
    """One row per shown event for the chart: where its mark sits and what its tooltip says.

    `start`–`end` is everything the date allows (the day, month or year, or the whole span).
    `anchor` is where the point goes; `spans` marks rows drawn with a bar as well as a point.
    """
    marks = shown[list(_CHART_COLUMNS)].rename(columns=_CHART_COLUMNS).reset_index(drop=True)
    return marks.assign(category_name=marks["category"].map(words.category))


def era_bands(spans: pd.DataFrame, *, years: tuple[int, int]) -> pd.DataFrame:
    """Eras cut to the years shown, for shading; an open era runs to the end of the window."""
    window_start, window_end = window(years)
    bands = spans.assign(
        start=spans["start"].clip(lower=window_start),
        end=spans["end"].fillna(window_end).clip(upper=window_end),
        shade=[i % 2 for i in range(len(spans))],
    )
    bands = bands[bands["start"] < bands["end"]]
    return bands[["era_id", "title", "period", "description", "label", "start", "end", "shade"]]


def view_years(years: tuple[int, int], view: str) -> tuple[int, int]:
    """The years the chart and list show: the slider's range, from RECENT_FROM on in the
    recent view (the whole range if it ends before then)."""
    if view != "recent" or years[1] < RECENT_FROM:
        return years
    return max(years[0], RECENT_FROM), years[1]


def unknown_event(events: pd.DataFrame, value: object) -> str | None:
    """An ?event= parameter that names no event (stripped), or None: none was given, it was
    empty, or it names an event."""
    if not isinstance(value, str) or not value.strip():
        return None
    return None if value in set(events["event_id"]) else value.strip()


def milestones(shown: pd.DataFrame) -> pd.DataFrame:
    """The shown milestones with their numbers, in date order."""
    return shown[shown["milestone"]]


def window(years: tuple[int, int]) -> tuple[pd.Timestamp, pd.Timestamp]:
    """The time axis for a year range: 1 January of the first year to 1 January after the last."""
    return pd.Timestamp(year=years[0], month=1, day=1), pd.Timestamp(
        year=years[1] + 1, month=1, day=1
    )


def event_by_id(events: pd.DataFrame, event_id: str) -> pd.Series:
    return events[events["event_id"] == event_id].iloc[0]


def related_quotes(timeline: Timeline, event_id: str) -> pd.DataFrame:
    """The quotes dated on the event's day, or within its span (see `dated`), in order."""
    return timeline.links[timeline.links["event_id"] == event_id]
