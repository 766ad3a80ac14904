"""The relationship timeline: filter events, place them in eras, write their dates. Pure pandas."""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence

import pandas as pd

from relations import text, words

# The ASEAN filter's three settings and their labels (the URL carries the label:
# ?timeline_asean=Bilateral+only).
ASEAN_CHOICES = {
    "include": "All events",
    "exclude": "Bilateral only",
    "only": "ASEAN-level only",
}
PRECISION_KEY = (
    "Marks: ● dated to the day; ◇ known to the month and □ known to the year, each in the "
    "middle of a bar spanning that month or year; a bar from a mark also shows an event that "
    "lasted longer. Drag or scroll on the chart to pan and zoom; double-click resets."
)
CHART_ALT = (
    "Timeline chart: events as marks in one lane per category, over shaded eras. "
    "The same events are listed by decade below the chart."
)
PRECISION_WORDS = {"day": "the day", "month": "the month", "year": "the year"}
_PERIOD = {
    "day": pd.DateOffset(days=1),
    "month": pd.DateOffset(months=1),
    "year": pd.DateOffset(years=1),
}


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


def _last_instant(events: pd.DataFrame) -> pd.Series:
    """Where an event ends, exclusive: the end of its end date's period, else of its date's."""
    own = period_end(events["date"], events["date_precision"])
    spanned = period_end(events["end_date"], events["end_precision"])
    return spanned.fillna(own)


def filter_events(
    events: pd.DataFrame,
    *,
    categories: Collection[str] = (),
    years: tuple[int, int] | None = None,
    search: str = "",
    asean: str = "include",
) -> pd.DataFrame:
    """The events that pass every filter, in date order.

    No category chosen means every category. An event is within `years` when any part of it
    is (a 2018–2019 mission shows for 2019). `search` is literal and case-insensitive, in titles
    and descriptions. `asean` is 'include', 'exclude' (bilateral only) or 'only'.
    """
    keep = pd.Series(True, index=events.index)
    if categories:
        keep &= events["category"].isin(list(categories))
    if years is not None:
        first, last = years
        keep &= (events["date"].dt.year <= last) & (
            (_last_instant(events) - pd.Timedelta(microseconds=1)).dt.year >= first
        )
    needle = search.strip()
    if needle:
        keep &= events["title"].str.contains(needle, case=False, regex=False) | events[
            "description"
        ].str.contains(needle, case=False, regex=False)
    if asean == "exclude":
        keep &= ~events["asean"]
    elif asean == "only":
        keep &= events["asean"]
    return events[keep].sort_values(["date", "event_id"], kind="stable")


def count_label(shown: pd.DataFrame, events: pd.DataFrame) -> str:
    return f"{len(shown):,} of {len(events):,} events"


def loosen_hint(
    events: pd.DataFrame,
    *,
    categories: Collection[str] = (),
    years: tuple[int, int] | None = None,
    search: str = "",
    asean: str = "include",
) -> str:
    """When nothing matches: which single filter to loosen, and how many events that would show."""
    chosen = {"categories": categories, "years": years, "search": search, "asean": asean}
    loosened = {
        "categories": ("clear the categories", {"categories": ()}),
        "years": ("widen the years", {"years": None}),
        "search": (f"clear the search “{search.strip()}”", {"search": ""}),
        "asean": ("show all events, bilateral and ASEAN-level", {"asean": "include"}),
    }
    active = [
        name
        for name, on in [
            ("categories", bool(categories)),
            ("years", years is not None and tuple(years) != year_span(events)),
            ("search", bool(search.strip())),
            ("asean", asean != "include"),
        ]
        if on
    ]
    if not active:
        return "The timeline holds no events."
    helps = []
    for name in active:
        words, change = loosened[name]
        count = len(filter_events(events, **{**chosen, **change}))
        if count:
            helps.append(f"{words} ({count:,} {'event' if count == 1 else 'events'})")
    if not helps:
        return "No event matches these filters, and loosening one of them is not enough: reset several."
    return "No event matches these filters. To see some, " + ", or ".join(helps) + "."


def with_dates(events: pd.DataFrame) -> pd.DataFrame:
    """Events with `when`: their date written as precisely as it is known."""
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
    return events.assign(when=pd.Series(when, index=events.index, dtype="str"))


def era_spans(eras: pd.DataFrame, events: pd.DataFrame) -> pd.DataFrame:
    """Eras with their dates taken from their boundary events, in time order.

    `start` and `end` are the boundary events' dates; `end` is NaT for the era still running.
    `period` reads "1960–1975" or "2011 onward".
    """
    dated = events.set_index("event_id")["date"]
    spans = eras.assign(
        start=eras["start_event_id"].map(dated),
        end=eras["end_event_id"].map(dated),
    ).sort_values("start", kind="stable")
    period = [
        f"{start:%Y} onward" if pd.isna(end) else f"{start:%Y}–{end:%Y}"
        for start, end in zip(spans["start"], spans["end"], strict=True)
    ]
    return spans.assign(period=pd.Series(period, index=spans.index, dtype="str")).reset_index(
        drop=True
    )


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


def chart_events(shown: pd.DataFrame, spans: pd.DataFrame) -> pd.DataFrame:
    """One row per event for the chart: where its mark sits and what its tooltip says.

    `start`–`end` is everything the date allows (the day, month or year, or the whole span).
    `anchor` is where the point goes: the day itself, or the middle of a month or year.
    `spans` marks rows drawn with a bar as well as a point (any extent longer than a day).
    """
    dated = with_dates(shown)
    own_end = period_end(dated["date"], dated["date_precision"])
    exact = dated["date_precision"] == "day"
    return pd.DataFrame(
        {
            "event_id": dated["event_id"],
            "label": dated["title"] + ", " + dated["when"] + ", " + dated["category"],
            "title": dated["title"],
            "category": dated["category"],
            "when": dated["when"],
            "precision": dated["date_precision"].map(PRECISION_WORDS),
            "era": eras_of(dated["date"], spans).fillna("before the first era"),
            "asean": dated["asean"].map({True: "yes", False: "no"}),
            "start": dated["date"],
            "end": _last_instant(dated),
            "anchor": dated["date"].where(exact, dated["date"] + (own_end - dated["date"]) / 2),
            "spans": ~exact | dated["end_date"].notna(),
        }
    ).reset_index(drop=True)


def era_bands(spans: pd.DataFrame, *, years: tuple[int, int]) -> pd.DataFrame:
    """Eras cut to the years shown, for shading; an open era runs to the end of the window."""
    window_start = pd.Timestamp(year=years[0], month=1, day=1)
    window_end = pd.Timestamp(year=years[1] + 1, month=1, day=1)
    bands = spans.assign(
        start=spans["start"].clip(lower=window_start),
        end=spans["end"].fillna(window_end).clip(upper=window_end),
        shade=[i % 2 for i in range(len(spans))],
    )
    bands = bands[bands["start"] < bands["end"]]
    bands = bands.assign(label="Era: " + bands["title"] + ", " + bands["period"])
    return bands[["era_id", "title", "period", "description", "label", "start", "end", "shade"]]


def window(years: tuple[int, int]) -> tuple[pd.Timestamp, pd.Timestamp]:
    """The time axis for a year range: 1 January of the first year to 1 January after the last."""
    return pd.Timestamp(year=years[0], month=1, day=1), pd.Timestamp(
        year=years[1] + 1, month=1, day=1
    )


def summary(shown: pd.DataFrame, bands: pd.DataFrame) -> str:
    """The chart in words: how many events, when, where most are, and the eras shaded."""
    eras = "; ".join(
        f"{title} ({period})" for title, period in zip(bands["title"], bands["period"], strict=True)
    )
    shaded = f" Shaded {'band' if len(bands) == 1 else 'bands'}, the eras: {eras}." if eras else ""
    if shown.empty:
        return "No event matches the filters." + shaded
    per_category = shown["category"].value_counts()
    leaders = sorted(per_category[per_category == per_category.max()].index)
    first, last = shown["date"].min(), _last_instant(shown).max() - pd.Timedelta(microseconds=1)
    sentence = (
        f"{len(shown):,} {'event' if len(shown) == 1 else 'events'} from {first:%Y} to {last:%Y} "
        f"in {len(per_category)} {'category' if len(per_category) == 1 else 'categories'}"
    )
    if len(leaders) == 1 and len(per_category) > 1:
        sentence += f"; {leaders[0]} has the most ({per_category.max():,})"
    elif len(leaders) > 1:
        sentence += f"; {' and '.join(leaders)} have the most ({per_category.max():,} each)"
    return sentence + "." + shaded


def clicked_event(selection: Mapping[str, object], *, param: str = "event") -> str | None:
    """The event id a chart click selected, from Streamlit's selection state, or None."""
    picked = selection.get(param) or []
    if isinstance(picked, Sequence) and picked and isinstance(picked[0], Mapping):
        value = picked[0].get("event_id")
        return value if isinstance(value, str) else None
    return None


def chosen_event(
    known: Collection[str],
    *,
    clicked: str | None,
    clicked_before: str | None,
    linked: str | None,
) -> str | None:
    """The event whose details are shown.

    A click on the chart wins. Clicking away from a clicked event (clicked is None now,
    clicked_before was not) closes the details. Otherwise the permalink's ?event= counts,
    if it names a known event; an unknown id is ignored.
    """
    if clicked in known:
        return clicked
    if clicked is None and clicked_before is not None:
        return None
    return linked if linked in known else None


def event_by_id(events: pd.DataFrame, event_id: str) -> pd.Series:
    return events[events["event_id"] == event_id].iloc[0]


def preselected(
    linked: str | None, *, shown: pd.DataFrame, clicked_before: str | None
) -> str | None:
    """The event the chart draws as selected when it appears: the permalink's, until a click.

    Once the reader has clicked, the chart keeps its own selection: changing the spec again
    would redraw it and lose the reader's zoom. An event the filters hide is not preselected
    (the chart would dim every mark).
    """
    if clicked_before is not None or linked not in set(shown["event_id"]):
        return None
    return linked


def related_quotes(event: pd.Series, quotes: pd.DataFrame) -> pd.DataFrame:
    """Quotes dated to the day of the event, or within its span when it has an end date.

    Only quotes dated to the day are matched: a quote known only to its month or year cannot
    be placed on an event's day.
    """
    daily = quotes[quotes["date_precision"] == "day"]
    if pd.notna(event["end_date"]):
        end = period_end(pd.Series([event["end_date"]]), pd.Series([event["end_precision"]]))
        inside = (daily["date"] >= event["date"]) & (daily["date"] < end.iloc[0])
    elif event["date_precision"] == "day":
        inside = daily["date"] == event["date"]
    else:
        return daily.iloc[0:0]
    return daily[inside].sort_values(["date", "source_id", "sequence"], kind="stable")


def _link(title: str, url: object) -> str:
    label = text.escape_markdown(title)
    safe = text.safe_url(url)  # http(s) only, and nothing that could end the link early
    return f"[{label}]({safe})" if safe else label


def detail_markdown(
    event: pd.Series,
    *,
    sources: pd.DataFrame,
    spans: pd.DataFrame,
    shown: pd.DataFrame | None = None,
) -> str:
    """The detail panel of one event as markdown, every piece of data text escaped.

    With `shown`, says so when the filters hide the event on the chart.
    """
    when = words.span(
        event["date"], event["date_precision"], event["end_date"], event["end_precision"]
    )
    facts = [f"**{text.escape_markdown(when)}**", text.escape_markdown(event["category"])]
    opens = spans[spans["start_event_id"] == event["event_id"]]["title"]
    era = era_of(event["date"], spans)
    if not opens.empty:
        facts.append(text.escape_markdown(f"opens the era “{opens.iloc[0]}”"))
    elif era:
        facts.append(text.escape_markdown(f"era: {era}"))
    if event["asean"]:
        facts.append("ASEAN\\-level event")
    lines = [" · ".join(facts), text.escape_markdown(event["description"])]
    if shown is not None and event["event_id"] not in set(shown["event_id"]):
        lines.insert(0, "*The current filters hide this event on the chart.*")
    if isinstance(event["date_note"], str):
        lines.append(text.escape_markdown(f"How the date is known: {event['date_note']}"))
    known = sources.set_index("source_id")
    if event["source_id"] in known.index:
        source = known.loc[event["source_id"]]
        lines.append(
            f"Source: {_link(source['title'], source['url'])}, "
            f"{text.escape_markdown(source['publisher'])}"
        )
    else:
        lines.append(text.escape_markdown(f"Source: {event['source_id']}"))
    lines.append("> " + text.escape_markdown(event["source_excerpt"]).replace("\n", "\n> "))
    lines.append(
        f"Permalink: [{text.escape_markdown('?event=' + event['event_id'])}]"
        f"(?event={event['event_id']})"
    )
    return "\n\n".join(lines)


def quotes_markdown(quotes: pd.DataFrame) -> str:
    """Quotes verbatim (escaped), each with its speaker, role and date."""
    items = []
    for quote in quotes.itertuples(index=False):
        said = words.date(quote.date, quote.date_precision, latest=quote.date_latest)
        translated = ", translated" if quote.is_translation else ""
        items.append(
            f"**{text.escape_markdown(quote.speaker)}** "
            f"({text.escape_markdown(f'{quote.speaker_role}, {said}{translated}')}): "
            f"“{text.escape_markdown(quote.text)}”"
        )
    return "\n\n".join(items)


def quotes_heading(event: pd.Series, related: pd.DataFrame) -> str:
    """What the related-quotes list holds, or why it is empty."""
    on = "during the event" if pd.notna(event["end_date"]) else "on the same day"
    if event["date_precision"] != "day" and pd.isna(event["end_date"]):
        return "Quotes are matched by day; this event is known only to its month or year."
    if related.empty:
        return f"No quote in the collection is dated {on}."
    return f"{len(related)} {'quote' if len(related) == 1 else 'quotes'} dated {on}"


def by_decade(shown: pd.DataFrame, *, events: pd.DataFrame) -> list[tuple[str, str]]:
    """The shown events as (decade, markdown list), oldest first, with empty decades said so."""
    if shown.empty:
        return []
    dated = with_dates(shown)
    decade = dated["date"].dt.year // 10 * 10
    recorded = set(events["date"].dt.year // 10 * 10)
    lines: dict[int, list[str]] = {}
    for start, when, category, title, description, event_id in zip(
        decade,
        dated["when"],
        dated["category"],
        dated["title"],
        dated["description"],
        dated["event_id"],
        strict=True,
    ):
        lines.setdefault(int(start), []).append(
            f"- **{text.escape_markdown(when)}**, {text.escape_markdown(category)}: "
            f"{text.escape_markdown(title)}. {text.escape_markdown(description)} "
            f"[permalink](?event={event_id})"
        )
    sections = []
    for start in range(int(decade.min()), int(decade.max()) + 1, 10):
        if start in lines:
            body = "\n".join(lines[start])
        else:
            body = (
                f"No event in the {start}s matches the filters."
                if start in recorded
                else f"No event recorded in the {start}s."
            )
        sections.append((f"{start}s", body))
    return sections
