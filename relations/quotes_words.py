"""The Quotes page's words: every heading, label, help text, sentence and card line it shows.

Sentences are templates with named fields, numbers written by `relations.words`; card lines
are markdown templates whose fields the card builder fills with text it has already escaped.
No Streamlit, no data reading beyond the small frames and bundles passed in.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from relations import i18n, words
from relations.i18n import N_, Nn_, _
from relations.quotes import Loosening, Visible

TITLE = N_("What was said")
INTRO = N_(
    "Leaders, officials and analysts on Laos–Russia relations, verbatim and sourced. "
    "Every number they state is set against the data, with a verdict."
)
SEARCH = N_("Search the words of the quotes")
SEARCH_PLACEHOLDER = N_("e.g. trade, Вьентьян, 65%")
SEARCH_HELP = N_(
    "Every word you type must appear in the quote as typed, or all of them in its English: "
    "any case, accents ignored, and characters such as * ( [ . matched literally."
)
FILTERS = N_("Filter the quotes")
SPEAKERS = N_("Speakers")
EVENTS = N_("Events")
TOPICS = N_("Topics")
YEARS = N_("Years")
LANGUAGES = N_("Language as published")
LANGUAGES_HELP = N_("The language the quote was published in, not the English shown beside it.")
CLAIMS_ONLY = N_("Only quotes with a numeric claim")
CLAIMS_ONLY_HELP = N_(
    "Quotes stating a number (trade, visitors, years …) that is set against the data."
)
PAGE = N_("Page")
PAGE_BELOW = N_("Page (also above the quotes)")
COUNTS_HEADING = N_("Who is quoted, and on what")
UNKNOWN_QUOTE = N_("No quote has the id “{value}”. Here is the list instead.")
LONGEST_ID = 80  # an id from the URL is cut after this many characters
CONTEXT = N_("Context: the excerpts before and after")
DOWNLOAD = N_("Download these {count} quotes (CSV)")
DOWNLOAD_FILE = N_("laos-russia-quotes.csv")

LANGUAGE_NAMES = {"en": N_("English"), "ru": N_("Russian"), "de": N_("German"), "lo": N_("Lao")}

COUNT = N_("{shown} of {total} quotes")
SHOWING = N_("Showing {first}–{last} of {total}")
LINKED_OUTSIDE = N_("{showing}, after the linked quote, which the filters leave out")
ONLY_LINKED = N_("Showing only the linked quote, which the filters leave out")

# The filters as the empty-result hint names them, in the order it breaks ties.
FILTER_NAMES = {
    "speakers": N_("the speakers"),
    "events": N_("the events"),
    "topics": N_("the topics"),
    "years": N_("the year range"),
    "languages": N_("the languages"),
    "claims_only": N_("“only quotes with a numeric claim”"),
    "text": N_("the search words"),
}
NO_QUOTES = N_("There are no quotes in the collection.")
ABSENT_WORD = N_("“{word}”")
ABSENT = N_("No quote in the collection contains {words}: change the search words.")
LOOSEN_ONE = N_("{filter} ({quotes} without it)")
LOOSEN = N_("No quote matches all the filters. Loosen {options}.")
LOOSEN_OR = N_(", or ")
CLEAR_SEVERAL = N_(
    "No quote matches all the filters, and loosening one alone is not enough: "
    "clear several of {filters}."
)
LIST_SEPARATOR = N_(", ")
QUOTES = Nn_("{n} quote", "{n} quotes")
EXCERPTS = Nn_("{n} excerpt", "{n} excerpts")


@dataclass(frozen=True)
class Facet:
    """The words of one count chart (speakers or topics)."""

    counted: tuple[str, str]  # "3 speakers": singular and plural message
    empty: str
    chosen: str
    click: str
    axis: str
    tooltip: str
    alt: str
    note: str = ""


FACETS = {
    "speaker": Facet(
        counted=Nn_("{n} speaker", "{n} speakers"),
        empty=N_("No speaker to count: the other filters leave no quote."),
        chosen=N_("Coloured bars: the speakers chosen."),
        click=N_("Click a bar to show only that speaker."),
        axis=N_("Excerpts per speaker"),
        tooltip=N_("Speaker"),
        alt=N_("Bar chart: excerpts per speaker. Click a bar to show only that speaker."),
    ),
    "topic": Facet(
        counted=Nn_("{n} topic", "{n} topics"),
        empty=N_("No topic to count: the other filters leave no quote."),
        chosen=N_("Coloured bars: the topics chosen."),
        click=N_("Click a bar to show only that topic."),
        axis=N_("Excerpts per topic"),
        tooltip=N_("Topic"),
        alt=N_("Bar chart: excerpts per topic. Click a bar to show only that topic."),
        note=N_("A quote can carry several topics, so the bars add up to more than the quotes."),
    ),
}
EXCERPTS_TOOLTIP = N_("Excerpts")
ONLY_ONE = N_("{name} ({excerpts})")
ONE_LEADS = N_("{name} has the most ({excerpts})")
FEW_LEAD = N_("{names} and {last} have the most ({n} each)")
MANY_LEAD = N_("{k} share the most ({n} each)")
FACET_SENTENCE = N_("{counted}; {lead}.")

# Card lines: markdown templates, every field already escaped by relations.quote_cards.
LINKED_MARK = N_(":material/link: **The quote you linked to**")
SPEAKER_LINE = N_("**{speaker}**, {role}")
ROLE_AND_COUNTRY = N_("{role} ({country})")
WHEN_LINE = N_("{date} · {event}")
TOPICS_LINE = N_("Topics: {topics} · {language}")
TOPIC_SEPARATOR = N_(", ")
TRANSLATED = N_("{language}, a translation")
SOURCE_LINE = N_("Source: {source}")
SOURCE = N_("{title}, {publisher}")
LINKED_TITLE = N_("[{title}]({url})")
CAUTION = N_("{source} · Caution: {caution}")
BEFORE = N_("**Before** ({speaker}, {date}, [open]({link})): {text}")
AFTER = N_("**After** ({speaker}, {date}, [open]({link})): {text}")
FIRST = N_("**Before:** nothing, this is the first excerpt of this source.")
LAST = N_("**After:** nothing, this is the last excerpt of this source.")
DATE_NOTE = N_("How the date is known: {note}")
LANGUAGE_NOTE = N_("Language and translation: {note}")
PERMALINK = N_("[Link to this quote]({link}) · {shown}")
# A quote not in English: its original stays the quote, each English says who wrote it.
ORIGINAL = N_("As published, in {language}")
PUBLISHED_ENGLISH = N_("English as published by {publisher}, {kind}")
ENGLISH_KINDS = {"official": N_("the official translation"), "press": N_("a press rendering")}
ENGLISH_PART = N_("{label}: {part}")
OUR_TRANSLATION = N_("Translated by this dashboard")
ENGLISH_SOURCE = N_("Source of the English: {source}")
ENGLISH_NOTE = N_("Note on the English: {note}")
IN_ENGLISH = N_("{label}: {text}")
MATCHED = N_("Your search words are in {texts}.")
MATCHED_TEXTS = {
    "text": N_("the original"),
    "english": N_("the English as published"),
    "dashboard_translation": N_("this dashboard’s translation"),
}
MATCHED_AND = N_(" and ")
# A very long quote is cut on its card (quote_cards.SHOWN_CHARACTERS), and says so.
CUT = N_(
    " …\n\n*The first {shown} of the quote's {total} characters are shown; the download of "
    "the quotes shown holds all of it.*"
)
OUTCOMES = {
    "agrees": N_("Agrees with the data"),
    "disagrees": N_("Disagrees with the data"),
    "unchecked": N_("Cannot be checked"),
    "conflicts": N_("Conflicts with another source"),
    "forecast": N_("A forecast, set beside its outcome"),
}
CLAIM = N_("**{outcome}.** Claim: {claim} ({period}). {sentence}")
CLAIM_WORDS = N_("“{claim}”")
CLAIM_IN_ENGLISH = N_("“{claim}” (in English: “{english}”)")
PERIOD = N_("period: {period}")
CLAIM_DATA = N_("Data: {label}")
CLAIM_SOURCE = N_("Data source: {source}")
CLAIM_NOTE = N_("Note on the claim: {note}")
DISPUTED = N_("**Conflicts with another source.** {subject}: “{says}”, says {source}.")


def _plural(n: int, forms: tuple[str, str]) -> str:
    return i18n.plural(forms, n).format(n=words.count(n))


def language_name(code: str) -> str:
    return _(LANGUAGE_NAMES[code]) if code in LANGUAGE_NAMES else code


def matched_line(matched: tuple[str, ...], *, english: object) -> str:
    """Which texts of a quote hold the search words; "" for a quote with no English beside it."""
    if not english or not matched:
        return ""
    return _(MATCHED).format(
        texts=_(MATCHED_AND).join(_(MATCHED_TEXTS[column]) for column in matched)
    )


def unknown_quote(value: str) -> str:
    """What a ?quote= naming no quote says, the id shortened if it is long (it is from the URL)."""
    shown = value if len(value) <= LONGEST_ID else value[:LONGEST_ID] + "…"
    return _(UNKNOWN_QUOTE).format(value=shown)


def count_heading(shown: pd.DataFrame, quotes: pd.DataFrame) -> str:
    """'12 of 144 quotes'."""
    return _(COUNT).format(shown=words.count(len(shown)), total=words.count(len(quotes)))


def download_label(shown: pd.DataFrame) -> str:
    return _(DOWNLOAD).format(count=words.count(len(shown)))


def showing(page: Visible) -> str:
    """'Showing 1–25 of 144', and when a linked quote the filters leave out comes first, so."""
    if not page.last:
        return _(ONLY_LINKED) if page.linked_outside else ""
    said = _(SHOWING).format(
        first=words.count(page.first), last=words.count(page.last), total=words.count(page.total)
    )
    return _(LINKED_OUTSIDE).format(showing=said) if page.linked_outside else said


def loosen_hint(why: Loosening) -> str:
    """For an empty result: which filter to loosen, with how many quotes that would bring back."""
    if not why.chosen:
        return _(NO_QUOTES)
    if why.absent:
        listed = _(LIST_SEPARATOR).join(_(ABSENT_WORD).format(word=word) for word in why.absent)
        return _(ABSENT).format(words=listed)
    if why.helpful:
        options = _(LOOSEN_OR).join(
            _(LOOSEN_ONE).format(filter=_(FILTER_NAMES[name]), quotes=_plural(n, QUOTES))
            for name, n in why.helpful
        )
        return _(LOOSEN).format(options=options)
    return _(CLEAR_SEVERAL).format(
        filters=_(LIST_SEPARATOR).join(_(FILTER_NAMES[name]) for name in why.chosen)
    )


def facet_sentence(counts: pd.DataFrame, category: str) -> str:
    """The chart in one sentence: how many, which lead (ties named), and what a click does."""
    facet = FACETS[category]
    if counts.empty:
        return _(facet.empty)
    most = int(counts["quotes"].max())
    leaders = list(counts.loc[counts["quotes"] == most, category])
    if category == "topic":
        leaders = [words.topic(topic) for topic in leaders]
    excerpts, each = _plural(most, EXCERPTS), words.count(most)
    if len(counts) == 1:
        lead = _(ONLY_ONE).format(name=leaders[0], excerpts=excerpts)
    elif len(leaders) == 1:
        lead = _(ONE_LEADS).format(name=leaders[0], excerpts=excerpts)
    elif len(leaders) <= 3:
        names = _(LIST_SEPARATOR).join(leaders[:-1])
        lead = _(FEW_LEAD).format(names=names, last=leaders[-1], n=each)
    else:
        lead = _(MANY_LEAD).format(k=words.count(len(leaders)), n=each)
    parts = [_(FACET_SENTENCE).format(counted=_plural(len(counts), facet.counted), lead=lead)]
    if facet.note:
        parts.append(_(facet.note))
    if not counts["in_filter"].astype(bool).all():
        parts.append(_(facet.chosen))
    return " ".join([*parts, _(facet.click)])
