"""Citing, exporting and embedding in words: the chart control's labels, the lines drawn into an
exported image, the citations of a view, a quote and an event, the data version, the terms.

Every reader-facing string of those, written from templates with named fields. Pure: values
in, text out (`relations.cite` builds the links, names and BibTeX entries).
"""

from __future__ import annotations

import html
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import pandas as pd

from relations import cite, words
from relations.i18n import N_, _

DASHBOARD = N_("Laos–Russia relations dashboard")
FILE_PREFIX = N_("laos-russia")
PAGE_TAB = N_("{page} · Laos–Russia relations")

# The chart control ("Download & cite") and the Cite control of a quote or an event.
CONTROL = N_("Download & cite")
CONTROL_HELP = N_("This chart as an image, the rows it draws, a citation and an embed code.")
SVG_LABEL = N_("Image (SVG)")
PNG_LABEL = N_("Image (PNG)")
CSV_LABEL = N_("Rows drawn (CSV, {rows} rows)")
CITE_HEADING = N_("Cite this view")
PLAIN_LABEL = N_("Plain text")
BIBTEX_LABEL = N_("BibTeX")
LINK_LABEL = N_("Link to this view")
EMBED_LABEL = N_("Embed this view (HTML)")
CITE = N_("Cite")
CITE_QUOTE_HEADING = N_("Cite this quote")
CITE_EVENT_HEADING = N_("Cite this event")
ITEM_LINK_LABEL = N_("Link to it on this dashboard")
ORIGINAL_NOTE = N_("The original source comes first; the dashboard's link shows where you read it.")

# A chart's title, by the chart's key; fields from the view the page names (years as
# "2010–2022"). The subtitle drawn under it is the chart's text alternative.
FIGURE_TITLES = {
    "overview_chart": N_("Laos–Russia trade turnover by reporter, with milestones"),
    "trade_flows_chart": N_(
        "Laos–Russia trade each way and turnover, {reporter}'s statistics, {years}"
    ),
    "trade_balance_chart": N_("Laos–Russia trade balance, {reporter}'s statistics, {years}"),
    "trade_claims_chart": N_("Leaders' trade claims against Russia-reported turnover"),
    "tourism_visitors_chart": N_("Russian visitors to Laos, {years}"),
    "tourism_education_chart": N_("Lao students in Russia and Russian scholarships, per year"),
    "timeline_chart": N_("Laos–Russia relations: events by category, {years}"),
    "quotes_speaker_chart": N_("Quotes on Laos–Russia relations: excerpts per speaker"),
    "quotes_topic_chart": N_("Quotes on Laos–Russia relations: excerpts per topic"),
}

# The one-line subtitle under a chart's title in its image, by the chart's key (the chart's text
# alternative where none is written here: it may point at the page around the chart).
FIGURE_SUBTITLES = {
    "overview_chart": (
        N_(
            "Turnover (exports plus imports) per year, US$ million, in each side's statistics; "
            "dashed rules mark milestones."
        )
    ),
    "trade_flows_chart": (
        N_(
            "Exports each way and their sum per year, US$ million; dashed rules mark economic events."
        )
    ),
    "trade_balance_chart": (
        N_(
            "Russia → Laos minus Laos → Russia exports per year, US$ million: above zero, Russia "
            "sold Laos more than it bought."
        )
    ),
    "trade_claims_chart": (
        N_("Russia-reported turnover per year with the values and growth rates leaders claimed.")
    ),
    "tourism_visitors_chart": (
        N_("Each count is a bar over the period it covers; the years without a count are shaded.")
    ),
    "timeline_chart": N_("Events as marks in one lane per category, over shaded eras."),
    "quotes_speaker_chart": N_("Excerpts per speaker; grey bars are outside the view's filters."),
    "quotes_topic_chart": N_("Excerpts per topic; grey bars are outside the view's filters."),
}

# The lines drawn under an exported chart.
SOURCE_LINE = N_("Source: {sources}.")
SOURCES_LINE = N_("Source: {source}.")  # one line each when a chart draws several sources' rows
MANY_SOURCES = N_("{count} sources, listed on the dashboard's Sources & data page")
NO_SOURCE_COLUMN = N_("the sources listed on the dashboard's Sources & data page")
VERSION_LINE = N_("{dashboard} · data as of {day}, version {digest} · {terms}")
UNDATED_LINE = N_("{dashboard} · data version {digest} · {terms}")
TERMS_SHORT = N_("data compilation CC BY 4.0")
MOST_SOURCES_NAMED = 3

# Citations. OWID's author–year style: who (year). “What” [kind]. Version. Retrieved <day>
# from <link>.
VIEW_CITATION = N_(
    "{dashboard} ({year}). “{title}” [chart]. {version}. Retrieved {accessed} from {link}"
)
VERSION_WORDS = N_("Data as of {day}, version {digest}")
UNDATED_VERSION_WORDS = N_("Data version {digest}")
QUOTE_CITATION = N_(
    "{speaker} ({year}). Quoted in {outlet}, “{source_title}”, {date}.{url} Excerpt cited from "
    "the {dashboard}, {link} ({version}; retrieved {accessed})."
)
EVENT_CITATION = N_(
    "{author} ({year}). “{source_title}”.{outlet}{url} Cited for “{event}” ({date}) in the "
    "{dashboard}, {link} ({version}; retrieved {accessed})."
)
URL_PART = N_(" {url}.")
OUTLET_PART = N_(" {outlet}.")  # after an event source's title, unless the outlet is its author
NO_YEAR = N_("n.d.")
BIB_HOW_VIEW = N_("{dashboard}, chart")
BIB_NOTE_VIEW = N_("{version}")
BIB_NOTE_QUOTE = N_("Quoted {date}. Excerpt on the {dashboard}: {link} ({version})")
BIB_NOTE_EVENT = N_("Cited for “{event}” ({date}) on the {dashboard}: {link} ({version})")

EMBED_SNIPPET = N_(
    '<iframe src="{src}" title="{title}" width="100%" height="{height}" '
    'style="border:0" loading="lazy"></iframe>'
)
EMBED_HEIGHT = 760
EMBED_FROM = N_("From the {dashboard}: [{title}]({link})")

# Sources & data: the data version and the terms of reuse.
VERSION_HEADING = N_("Data version and reuse")
VERSION_SENTENCE = N_(
    "This is the data as of {day}, version {digest} (a hash of the {files} data files). Every "
    "exported image, CSV and citation carries it."
)
UNDATED_VERSION_SENTENCE = N_(
    "This is data version {digest} (a hash of the {files} data files). Every exported image, "
    "CSV and citation carries it."
)
TERMS = N_(
    "The code is under the MIT licence. Our compilation of the data (the CSV files: which "
    "figures, events and quotes were collected, how they are coded and annotated) is under "
    "CC BY 4.0: reuse it with credit to the {dashboard} and a link. Quoted texts and "
    "third-party figures remain their owners'; they are reproduced for reference, each with "
    "its source."
)


def tab_title(page: str) -> str:
    """The browser tab's title: 'Trade · Laos–Russia relations'."""
    return _(PAGE_TAB).format(page=page)


def view_value(value: object) -> str:
    """A view's value as a title shows it: a year range as '2010–2022', a list joined."""
    if isinstance(value, tuple) and len(value) == 2 and all(isinstance(v, int) for v in value):
        return str(value[0]) if value[0] == value[1] else f"{value[0]}–{value[1]}"
    if isinstance(value, list | tuple):
        return _(words.LIST_SEPARATOR).join(words.country(str(item)) for item in value)
    return words.country(str(value))  # a reporter ("Laos") in the reader's language


def figure_title(key: str, view: Mapping[str, object]) -> str:
    """The title drawn on the chart keyed `key`, with the view's values in it."""
    template = _(FIGURE_TITLES[key]) if key in FIGURE_TITLES else _(DASHBOARD)
    return template.format(**{name: view_value(value) for name, value in view.items()})


def figure_subtitle(key: str, view: Mapping[str, object], *, alt: str) -> str:
    """The subtitle drawn under the chart keyed `key`'s title; `alt`, its text alternative,
    where none is written."""
    template = _(FIGURE_SUBTITLES[key]) if key in FIGURE_SUBTITLES else None
    if template is None:
        return alt
    return template.format(**{name: view_value(value) for name, value in view.items()})


def source_lines(rows: pd.DataFrame) -> list[str]:
    """'Source: Rosstat.' from the rows' `source` column (names as the tooltips give them), one
    line a source so a long name is not cut; a count when there are many, the Sources page
    when the rows name none."""
    names = rows["source"].dropna().astype(str) if "source" in rows.columns else pd.Series()
    unique = list(dict.fromkeys(name for name in names if name))
    if not unique:
        return [_(SOURCE_LINE).format(sources=_(NO_SOURCE_COLUMN))]
    if len(unique) > MOST_SOURCES_NAMED:
        return [_(SOURCE_LINE).format(sources=_(MANY_SOURCES).format(count=len(unique)))]
    if len(unique) == 1:
        return [_(SOURCE_LINE).format(sources=unique[0])]
    return [_(SOURCES_LINE).format(source=name) for name in unique]


def version_words(version: cite.DataVersion) -> str:
    """'Data as of 13 December 2025, version 1a2b3c4d'."""
    if version.as_of is None:
        return _(UNDATED_VERSION_WORDS).format(digest=version.digest)
    return _(VERSION_WORDS).format(day=words.day(version.as_of), digest=version.digest)


def footer(rows: pd.DataFrame, *, version: cite.DataVersion, link: str) -> list[str]:
    """The lines drawn under an exported chart: its sources, the data's version and the
    terms, the view's permalink."""
    if version.as_of is None:
        stamp = _(UNDATED_LINE).format(
            dashboard=_(DASHBOARD), digest=version.digest, terms=_(TERMS_SHORT)
        )
    else:
        stamp = _(VERSION_LINE).format(
            dashboard=_(DASHBOARD),
            day=words.day(version.as_of),
            digest=version.digest,
            terms=_(TERMS_SHORT),
        )
    return [*source_lines(rows), stamp, link]


@dataclass(frozen=True)
class Citation:
    """One thing cited, two ways: plain author–year text and a BibTeX entry, with its link."""

    plain: str
    bibtex: str
    link: str


def _year(version: cite.DataVersion, accessed: pd.Timestamp) -> str:
    return str((version.as_of or accessed).year)


def _version_for_bibtex(version: cite.DataVersion) -> str:
    if version.as_of is None:
        return _(UNDATED_VERSION_WORDS).format(digest=version.digest)
    return _(VERSION_WORDS).format(day=version.as_of.strftime("%Y-%m-%d"), digest=version.digest)


def view_citation(
    title: str,
    *,
    key: Sequence[object],
    link: str,
    version: cite.DataVersion,
    accessed: pd.Timestamp,
) -> Citation:
    """A chart's view cited: the dashboard as author, the data's year, the view's title, its
    permalink, the data's version and the day it was read."""
    year = _year(version, accessed)
    plain = _(VIEW_CITATION).format(
        dashboard=_(DASHBOARD),
        year=year,
        title=title,
        version=version_words(version),
        accessed=words.day(accessed),
        link=link,
    )
    entry = cite.bibtex(
        "misc",
        cite.bibtex_key(_(FILE_PREFIX), *key, year),
        {
            "author": _(DASHBOARD),
            "title": title,
            "year": year,
            "howpublished": _(BIB_HOW_VIEW).format(dashboard=_(DASHBOARD)),
            "url": link,
            "urldate": accessed.strftime("%Y-%m-%d"),
            "note": _(BIB_NOTE_VIEW).format(version=_version_for_bibtex(version)),
        },
    )
    return Citation(plain, entry, link)


def _text(value: object) -> str:
    return "" if value is None or pd.isna(value) else str(value)


def _published_year(published: object) -> str:
    written = _text(published)
    return written[:4] if written else _(NO_YEAR)


def quote_citation(
    quote: Mapping[str, object],
    source: Mapping[str, object],
    *,
    link: str,
    version: cite.DataVersion,
    accessed: pd.Timestamp,
) -> Citation:
    """A quote cited from its original source: the speaker, the year and date said, the outlet
    (the source's publisher), its title and address; then the dashboard's permalink.

    `quote`: a row of quotes.csv (date parsed, date_precision, date_latest, speaker, quote_id);
    `source`: its row of sources.csv."""
    when = quote["date"]
    said_on = words.date(when, str(quote["date_precision"]), latest=quote.get("date_latest"))
    url = _text(source.get("url"))
    plain = _(QUOTE_CITATION).format(
        speaker=quote["speaker"],
        year=when.year,
        outlet=_text(source.get("publisher")),
        source_title=_text(source.get("title")),
        date=said_on,
        url=_(URL_PART).format(url=url) if url else "",
        dashboard=_(DASHBOARD),
        link=link,
        version=version_words(version),
        accessed=words.day(accessed),
    )
    entry = cite.bibtex(
        "misc",
        cite.bibtex_key(quote["speaker"], when.year, quote["quote_id"]),
        {
            "author": _text(quote["speaker"]),
            "title": _text(source.get("title")),
            "howpublished": _text(source.get("publisher")),
            "year": str(when.year),
            "url": url,
            "urldate": accessed.strftime("%Y-%m-%d"),
            "note": _(BIB_NOTE_QUOTE).format(
                date=said_on,
                dashboard=_(DASHBOARD),
                link=link,
                version=_version_for_bibtex(version),
            ),
        },
    )
    return Citation(plain, entry, link)


def event_citation(
    event: Mapping[str, object],
    source: Mapping[str, object],
    *,
    link: str,
    version: cite.DataVersion,
    accessed: pd.Timestamp,
) -> Citation:
    """An event cited from the source it rests on: the source's author (else its publisher),
    year of publication, title, publisher and address; then the event and the permalink.

    `event`: a row of timeline.csv (event_id, title, date parsed, date_precision, end_date,
    end_precision); `source`: its row of sources.csv."""
    outlet = _text(source.get("publisher"))
    author = _text(source.get("author")) or outlet
    when = words.span(
        event["date"],
        str(event["date_precision"]),
        event.get("end_date"),
        event.get("end_precision"),
    )
    url = _text(source.get("url"))
    year = _published_year(source.get("published"))
    plain = _(EVENT_CITATION).format(
        author=author,
        year=year,
        source_title=_text(source.get("title")),
        outlet=_(OUTLET_PART).format(outlet=outlet) if outlet and outlet != author else "",
        url=_(URL_PART).format(url=url) if url else "",
        event=event["title"],
        date=when,
        dashboard=_(DASHBOARD),
        link=link,
        version=version_words(version),
        accessed=words.day(accessed),
    )
    entry = cite.bibtex(
        "misc",
        cite.bibtex_key(author, year, event["event_id"]),
        {
            "author": author,
            "title": _text(source.get("title")),
            "howpublished": outlet,
            "year": year,
            "url": url,
            "urldate": accessed.strftime("%Y-%m-%d"),
            "note": _(BIB_NOTE_EVENT).format(
                event=event["title"],
                date=when,
                dashboard=_(DASHBOARD),
                link=link,
                version=_version_for_bibtex(version),
            ),
        },
    )
    return Citation(plain, entry, link)


def embed_snippet(link: str, title: str) -> str:
    """An iframe showing the view in Streamlit's embed mode (HTML to paste, shown as code)."""
    return _(EMBED_SNIPPET).format(
        src=html.escape(cite.embed_link(link)), title=html.escape(title), height=EMBED_HEIGHT
    )


def version_sentence(version: cite.DataVersion, *, files: int) -> str:
    """What Sources & data says of the data's version."""
    if version.as_of is None:
        return _(UNDATED_VERSION_SENTENCE).format(digest=version.digest, files=files)
    return _(VERSION_SENTENCE).format(
        day=words.day(version.as_of), digest=version.digest, files=files
    )


def terms() -> str:
    return _(TERMS).format(dashboard=_(DASHBOARD))
