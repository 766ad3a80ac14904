"""Every reader-facing string of the Timeline page: labels, sentences, the detail panel, the list.

Sentences are templates with named fields, filled with numbers and dates written by
relations.words, so a second interface language can hook in here. Markdown built here escapes
every piece of data text (relations.text), once. Reads frames; no Streamlit.
"""

from __future__ import annotations

from collections.abc import Mapping

import pandas as pd

from relations import catalog, disputes, i18n, quote_cards, sources_words, text, words
from relations.i18n import N_, Nn_, _

TITLE = N_("Timeline of the relationship")
INTRO = N_(
    "Events since diplomatic relations began in 1960, one lane per category, over the eras of "
    "the relationship. Click a mark for its details and source; the address then links to it."
)
CATEGORIES = N_("Categories")
ALL_CATEGORIES = N_("All categories")
YEARS = N_("Years")
SEARCH = N_("Search titles and descriptions")
ASEAN = N_("ASEAN-level events (summits, dialogue partnership, East Asia Summit)")
# The ASEAN filter's settings and their labels (the URL carries the label:
# ?timeline_asean=Bilateral+only).
ASEAN_CHOICES = {
    "include": N_("All events"),
    "exclude": N_("Bilateral only"),
    "only": N_("ASEAN-level only"),
}
PRECISION_KEY = N_(
    "Marks: ● dated to the day; ◇ known to the month and □ known to the year, each in the "
    "middle of a bar spanning that month or year; a bar from a mark also shows an event that "
    "lasted longer. Drag or scroll on the chart to pan and zoom; double-click resets."
)
CHART_ALT = N_(
    "Timeline chart: events as marks in one lane per category, over shaded eras. "
    "The same events are listed by decade below the chart."
)
PICK_HINT = N_("Click a mark on the chart, or a permalink in the list, to read an event's details.")
DECADES = N_("The events, by decade")
NO_QUOTES = N_("None.")
FILE_NAME = N_("laos-russia-timeline.csv")

# The chart's words: what a mark's date is known to, its era and ASEAN level, its tooltips.
PRECISION_WORDS = {"day": N_("the day"), "month": N_("the month"), "year": N_("the year")}
ASEAN_WORDS = {True: N_("yes"), False: N_("no")}
NO_ERA = N_("before the first era")
EVENT_TOOLTIPS = {
    "title": N_("Event"),
    "when": N_("Date"),
    "category_name": N_("Category"),
    "precision": N_("Date known to"),
    "era": N_("Era"),
    "asean": N_("ASEAN-level"),
}
ERA_TOOLTIPS = {"title": N_("Era"), "period": N_("Years"), "description": N_("From … to")}

MARK_LABEL = N_("{title}, {when}, {category}")
ERA_LABEL = N_("Era: {title}, {period}")
ERA_PERIOD = N_("{first}–{last}")
ERA_OPEN = N_("{first} onward")

COUNT = N_("**{shown} of {total} events**")
DOWNLOAD = Nn_("Download this {count} event (CSV)", "Download these {count} events (CSV)")

NO_EVENTS = N_("The timeline holds no events.")
LOOSEN = N_("No event matches these filters. To see some, {ways}.")
LOOSEN_SEVERAL = N_(
    "No event matches these filters, and loosening one of them is not enough: reset several."
)
LOOSEN_WAYS = {
    "categories": N_("clear the categories"),
    "years": N_("widen the years"),
    "search": N_("clear the search “{search}”"),
    "asean": N_("show all events, bilateral and ASEAN-level"),
}
LOOSEN_WAY = Nn_("{way} ({count} event)", "{way} ({count} events)")
OR = N_(", or ")

SUMMARY = Nn_(
    "{count} event from {first} to {last} in {categories}",
    "{count} events from {first} to {last} in {categories}",
)
CATEGORY_COUNT = Nn_("{count} category", "{count} categories")
SUMMARY_LEADER = N_("; {leader} has the most ({count})")
SUMMARY_LEADERS = N_("; {leaders} have the most ({count} each)")
AND = N_(" and ")
SUMMARY_END = N_("{sentence}.{shaded}")
SHADED = Nn_(" Shaded band, the eras: {eras}.", " Shaded bands, the eras: {eras}.")
SHADED_ERA = N_("{title} ({period})")
ERAS_JOIN = N_("; ")
NOTHING_SHOWN = N_("No event matches the filters.{shaded}")

HIDDEN = N_("*The current filters hide this event on the chart.*")
OPENS_ERA = N_("opens the era “{era}”")
IN_ERA = N_("era: {era}")
ASEAN_LEVEL = N_("ASEAN-level event")
DATE_NOTE = N_("How the date is known: {note}")
SOURCE = N_("Source: {link}, {publisher}")
SOURCE_UNKNOWN = N_("Source: {source_id}")
PERMALINK = N_("Permalink: [{shown}](?event={event_id}{lang})")
DISPUTED = N_("**Another source says otherwise.** {subject}: “{says}” ({source}).")

QUOTE = N_("**{speaker}** ({about}): “{text}”")
QUOTE_ABOUT = {False: N_("{role}, {said}"), True: N_("{role}, {said}, translated")}
QUOTE_ENGLISH = N_("  \n{label}: “{text}”")

QUOTES_BY_DAY_ONLY = N_("Quotes are matched by day; this event is known only to its month or year.")
NO_QUOTE = {
    True: N_("No quote in the collection is dated during the event."),
    False: N_("No quote in the collection is dated on the same day."),
}
QUOTES_FOUND = {
    True: Nn_("{count} quote dated during the event", "{count} quotes dated during the event"),
    False: Nn_("{count} quote dated on the same day", "{count} quotes dated on the same day"),
}

DECADE = N_("{start}s")
DECADE_LINE = N_(
    "- **{when}**, {category}: {title}. {description} Source: {source}. "
    "[permalink](?event={event_id}{lang})"
)
UNKNOWN_EVENT = N_("No event has the id “{value}”. Here is the whole timeline instead.")
LONGEST_ID = 80  # an id from the URL is cut after this many characters
VIEW = N_("Show")
VIEW_CHOICES = {"all": N_("All years"), "recent": N_("Since 2010")}
MILESTONE_KEY = N_("Numbered marks are milestones: {milestones}.")
MILESTONE_ITEM = N_("{number} {title} ({when})")
# Short names for the eras on the chart, by era_id (the full name shows on hover and in the
# summary); an era not listed is labelled with its full name.
ERA_SHORT = {
    "ussr-and-laos-before-lao-pdr": N_("USSR and Laos"),
    "ussr-and-lao-pdr": N_("USSR and Lao PDR"),
    "russian-federation-and-lao-pdr": N_("Russia and Lao PDR"),
    "strategic-partnership": N_("Strategic partnership"),
}
DECADE_FILTERED = N_("No event in the {start}s matches the filters.")
DECADE_EMPTY = N_("No event recorded in the {start}s.")


def mark_labels(events: pd.DataFrame) -> pd.Series:
    """Each event's mark named for screen readers: title, date, category."""
    return pd.Series(
        [
            _(MARK_LABEL).format(title=title, when=when, category=words.category(category))
            for title, when, category in zip(
                events["title"], events["when"], events["category"], strict=True
            )
        ],
        index=events.index,
        dtype="str",
    )


def era_periods(spans: pd.DataFrame) -> pd.Series:
    """Each era's years: 1960–1975, or 2011 onward for the era still running."""
    return pd.Series(
        [
            _(ERA_OPEN).format(first=words.date(start, "year"))
            if pd.isna(end)
            else _(ERA_PERIOD).format(first=words.date(start, "year"), last=words.date(end, "year"))
            for start, end in zip(spans["start"], spans["end"], strict=True)
        ],
        index=spans.index,
        dtype="str",
    )


def era_labels(spans: pd.DataFrame) -> pd.Series:
    """Each era's band named for screen readers: Era: title, period."""
    return pd.Series(
        [
            _(ERA_LABEL).format(title=title, period=period)
            for title, period in zip(spans["title"], spans["period"], strict=True)
        ],
        index=spans.index,
        dtype="str",
    )


def count(shown: pd.DataFrame, events: pd.DataFrame) -> str:
    """How many events the filters show, of all (markdown, bold)."""
    return _(COUNT).format(shown=words.count(len(shown)), total=words.count(len(events)))


def download(shown: pd.DataFrame) -> str:
    return i18n.plural(DOWNLOAD, len(shown)).format(count=words.count(len(shown)))


def loosen_hint(counts: Mapping[str, int], *, search: str = "") -> str:
    """When nothing matches: which single filter to loosen, and how many events that would show.

    `counts`: timeline.loosened, the events each filter in use would let through if reset.
    """
    if not counts:
        return _(NO_EVENTS)
    ways = [
        i18n.plural(LOOSEN_WAY, found).format(
            way=_(LOOSEN_WAYS[name]).format(search=search.strip()), count=words.count(found)
        )
        for name, found in counts.items()
        if found
    ]
    return _(LOOSEN).format(ways=_(OR).join(ways)) if ways else _(LOOSEN_SEVERAL)


def summary(shown: pd.DataFrame, bands: pd.DataFrame) -> str:
    """The chart in words: how many events, when, where most are, and the eras shaded.

    `shown`: rows of timeline.dated(...).events; `bands`: timeline.era_bands.
    """
    eras = _(ERAS_JOIN).join(
        _(SHADED_ERA).format(title=title, period=period)
        for title, period in zip(bands["title"], bands["period"], strict=True)
    )
    shaded = i18n.plural(SHADED, len(bands)).format(eras=eras) if eras else ""
    if shown.empty:
        return _(NOTHING_SHOWN).format(shaded=shaded)
    per_category = shown["category"].value_counts()
    leaders = sorted(
        words.category(c) for c in per_category[per_category == per_category.max()].index
    )
    last = shown["last"].max() - pd.Timedelta(microseconds=1)
    sentence = i18n.plural(SUMMARY, len(shown)).format(
        count=words.count(len(shown)),
        first=words.date(shown["date"].min(), "year"),
        last=words.date(last, "year"),
        categories=i18n.plural(CATEGORY_COUNT, len(per_category)).format(
            count=words.count(len(per_category))
        ),
    )
    most = words.count(per_category.max())
    if len(leaders) == 1 and len(per_category) > 1:
        sentence += _(SUMMARY_LEADER).format(leader=leaders[0], count=most)
    elif len(leaders) > 1:
        sentence += _(SUMMARY_LEADERS).format(leaders=_(AND).join(leaders), count=most)
    return _(SUMMARY_END).format(sentence=sentence, shaded=shaded)


def _link(title: str, url: object) -> str:
    label = text.escape_markdown(title)
    safe = text.safe_url(url)  # http(s) only, and nothing that could end the link early
    return f"[{label}]({safe})" if safe else label


def detail(
    event: pd.Series,
    *,
    sources: pd.DataFrame,
    shown: pd.DataFrame | None = None,
    conflicts: pd.DataFrame | None = None,
) -> str:
    """The detail panel of one event (a row of timeline.dated(...).events) as markdown, every
    piece of data text escaped. With `shown`, says so when the filters hide the event; with
    `conflicts`, names each other source that gives a different figure or place."""
    facts = [
        f"**{text.escape_markdown(event['when'])}**",
        text.escape_markdown(words.category(event["category"])),
    ]
    if pd.notna(event["opens_era"]):
        facts.append(text.escape_markdown(_(OPENS_ERA).format(era=event["opens_era"])))
    elif pd.notna(event["era"]):
        facts.append(text.escape_markdown(_(IN_ERA).format(era=event["era"])))
    if event["asean"]:
        facts.append(text.escape_markdown(_(ASEAN_LEVEL)))
    lines = [" · ".join(facts), text.escape_markdown(event["description"])]
    if shown is not None and not (shown["event_id"] == event["event_id"]).any():
        lines.insert(0, _(HIDDEN))
    if isinstance(event["date_note"], str):
        lines.append(text.escape_markdown(_(DATE_NOTE).format(note=event["date_note"])))
    known = sources[sources["source_id"] == event["source_id"]]
    if known.empty:
        lines.append(text.escape_markdown(_(SOURCE_UNKNOWN).format(source_id=event["source_id"])))
    else:
        source = known.iloc[0]
        lines.append(
            _(SOURCE).format(
                link=_link(
                    sources_words.titled(source["title"], source.get("title_english")),
                    source["url"],
                ),
                publisher=text.escape_markdown(source["publisher"]),
            )
        )
    lines.append("> " + text.escape_markdown(event["source_excerpt"]).replace("\n", "\n> "))
    if conflicts is not None:
        lines.extend(_disputed(event, conflicts, sources))
    lines.append(
        _(PERMALINK).format(
            shown=text.escape_markdown("?event=" + event["event_id"]),
            event_id=event["event_id"],
            lang=i18n.link_suffix(),
        )
    )
    return "\n\n".join(lines)


def _disputed(event: pd.Series, conflicts: pd.DataFrame, sources: pd.DataFrame) -> list[str]:
    one = event.to_frame().T
    names = catalog.source_names(sources)
    return [
        _(DISPUTED).format(
            subject=text.escape_markdown(side.subject),
            says=text.escape_markdown(side.other_says),
            source=text.escape_markdown(names.get(side.other_source_id, side.other_source_id)),
        )
        for side in disputes.sides(
            conflicts, one, text=("description", "source_excerpt"), key="event_id"
        )
    ]


def quotes(related: pd.DataFrame, *, sources: pd.DataFrame | None = None) -> str:
    """Quotes verbatim (escaped), each with its speaker, role and date, and under a quote not
    in English each English text with who wrote it (publishers named from `sources`);
    NO_QUOTES if none."""
    publishers = (
        {}
        if sources is None
        else dict(zip(sources["source_id"], sources["publisher"], strict=True))
    )
    items = [
        _(QUOTE).format(
            speaker=text.escape_markdown(quote["speaker"]),
            about=text.escape_markdown(
                _(QUOTE_ABOUT[bool(quote["is_translation"])]).format(
                    role=quote["speaker_role"],
                    said=words.date(
                        quote["date"], quote["date_precision"], latest=quote["date_latest"]
                    ),
                )
            ),
            text=text.escape_markdown(quote["text"]),
        )
        + "".join(
            _(QUOTE_ENGLISH).format(label=english.label, text=english.text)
            for english in quote_cards.english_texts(quote, publishers=publishers)
        )
        for quote in related.to_dict("records")
    ]
    return "\n\n".join(items) or _(NO_QUOTES)


def quotes_heading(event: pd.Series, related: pd.DataFrame) -> str:
    """What the related-quotes list holds, or why it is empty."""
    during = pd.notna(event["end_date"])
    if event["date_precision"] != "day" and not during:
        return _(QUOTES_BY_DAY_ONLY)
    if related.empty:
        return _(NO_QUOTE[during])
    return i18n.plural(QUOTES_FOUND[during], len(related)).format(count=words.count(len(related)))


def unknown_event(value: str) -> str:
    """What an ?event= naming no event says, the id shortened if long (it is from the URL)."""
    shown = value if len(value) <= LONGEST_ID else value[:LONGEST_ID] + "…"
    return _(UNKNOWN_EVENT).format(value=shown)


def milestone_key(milestones: pd.DataFrame) -> str:
    """The key to the numbered marks, or "" when no milestone is shown."""
    if milestones.empty:
        return ""
    items = "; ".join(
        _(MILESTONE_ITEM).format(number=number, title=title, when=when)
        for number, title, when in zip(
            milestones["milestone_number"], milestones["title"], milestones["when"], strict=True
        )
    )
    return _(MILESTONE_KEY).format(milestones=items)


def era_short_names(bands: pd.DataFrame) -> pd.DataFrame:
    """The era bands with `short`, the name the chart writes in the band."""
    return bands.assign(short=bands["era_id"].map(i18n.each(ERA_SHORT)).fillna(bands["title"]))


def decades(
    shown: pd.DataFrame, *, events: pd.DataFrame, sources: pd.DataFrame
) -> list[tuple[str, str]]:
    """The shown events as (decade, markdown list), oldest first, with empty decades said so;
    each event with its source's name (its link is in the event's details and on Sources &
    data).

    `shown` and `events`: rows of timeline.dated(...).events (the filtered ones, and all).
    """
    if shown.empty:
        return []
    names = catalog.source_names(sources)
    lines: dict[int, list[str]] = {}
    for start, when, category, title, description, event_id, source_id in zip(
        shown["decade"],
        shown["when"],
        shown["category"],
        shown["title"],
        shown["description"],
        shown["event_id"],
        shown["source_id"],
        strict=True,
    ):
        lines.setdefault(int(start), []).append(
            _(DECADE_LINE).format(
                when=text.escape_markdown(when),
                category=text.escape_markdown(words.category(category)),
                title=text.escape_markdown(title),
                description=text.escape_markdown(description),
                source=text.escape_markdown(names.get(source_id, source_id)),
                event_id=event_id,
                lang=i18n.link_suffix(),
            )
        )
    recorded = set(events["decade"])
    first, last = int(shown["decade"].min()), int(shown["decade"].max())
    return [
        (
            _(DECADE).format(start=start),
            "\n".join(lines[start])
            if start in lines
            else (_(DECADE_FILTERED) if start in recorded else _(DECADE_EMPTY)).format(start=start),
        )
        for start in range(first, last + 1, 10)
    ]


def asean_choice(choice: str) -> str:
    return _(ASEAN_CHOICES[choice])


def view_choice(choice: str) -> str:
    return _(VIEW_CHOICES[choice])
