"""The Quotes page's words: every heading, label, help text, sentence and card line it shows.

Sentences are templates with named fields, numbers written by `relations.words`; card lines
are markdown templates whose fields the card builder fills with text it has already escaped.
No Streamlit, no data reading beyond the small frames and bundles passed in.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from relations import words
from relations.quotes import Loosening, Visible

TITLE = "What was said"
INTRO = (
    "Leaders, officials and analysts on Laos–Russia relations, verbatim and sourced. "
    "Every number they state is set against the data, with a verdict."
)
SEARCH = "Search the words of the quotes"
SEARCH_PLACEHOLDER = "e.g. trade, Вьентьян, 65%"
SEARCH_HELP = (
    "Every word you type must appear in the quote as typed, or all of them in its English: "
    "any case, accents ignored, and characters such as * ( [ . matched literally."
)
FILTERS = "Filter the quotes"
SPEAKERS = "Speakers"
EVENTS = "Events"
TOPICS = "Topics"
YEARS = "Years"
LANGUAGES = "Language as published"
LANGUAGES_HELP = "The language the quote was published in, not the English shown beside it."
CLAIMS_ONLY = "Only quotes with a numeric claim"
CLAIMS_ONLY_HELP = (
    "Quotes stating a number (trade, visitors, years …) that is set against the data."
)
PAGE = "Page"
PAGE_BELOW = "Page (also above the quotes)"
COUNTS_HEADING = "Who is quoted, and on what"
UNKNOWN_QUOTE = "No quote has the id “{value}”. Here is the list instead."
LONGEST_ID = 80  # an id from the URL is cut after this many characters
CONTEXT = "Context: the excerpts before and after"
DOWNLOAD = "Download these {count} quotes (CSV)"
DOWNLOAD_FILE = "laos-russia-quotes.csv"

LANGUAGE_NAMES = {"en": "English", "ru": "Russian", "de": "German", "lo": "Lao"}

COUNT = "{shown} of {total} quotes"
SHOWING = "Showing {first}–{last} of {total}"
LINKED_OUTSIDE = "{showing}, after the linked quote, which the filters leave out"
ONLY_LINKED = "Showing only the linked quote, which the filters leave out"

# The filters as the empty-result hint names them, in the order it breaks ties.
FILTER_NAMES = {
    "speakers": "the speakers",
    "events": "the events",
    "topics": "the topics",
    "years": "the year range",
    "languages": "the languages",
    "claims_only": "“only quotes with a numeric claim”",
    "text": "the search words",
}
NO_QUOTES = "There are no quotes in the collection."
ABSENT_WORD = "“{word}”"
ABSENT = "No quote in the collection contains {words}: change the search words."
LOOSEN_ONE = "{filter} ({quotes} without it)"
LOOSEN = "No quote matches all the filters. Loosen {options}."
LOOSEN_OR = ", or "
CLEAR_SEVERAL = (
    "No quote matches all the filters, and loosening one alone is not enough: "
    "clear several of {filters}."
)
LIST_SEPARATOR = ", "
QUOTES = {"one": "{n} quote", "other": "{n} quotes"}
EXCERPTS = {"one": "{n} excerpt", "other": "{n} excerpts"}


@dataclass(frozen=True)
class Facet:
    """The words of one count chart (speakers or topics)."""

    counted: dict[str, str]  # "3 speakers", by plural form
    empty: str
    chosen: str
    click: str
    axis: str
    tooltip: str
    alt: str
    note: str = ""


FACETS = {
    "speaker": Facet(
        counted={"one": "{n} speaker", "other": "{n} speakers"},
        empty="No speaker to count: the other filters leave no quote.",
        chosen="Coloured bars: the speakers chosen.",
        click="Click a bar to show only that speaker.",
        axis="Excerpts per speaker",
        tooltip="Speaker",
        alt="Bar chart: excerpts per speaker. Click a bar to show only that speaker.",
    ),
    "topic": Facet(
        counted={"one": "{n} topic", "other": "{n} topics"},
        empty="No topic to count: the other filters leave no quote.",
        chosen="Coloured bars: the topics chosen.",
        click="Click a bar to show only that topic.",
        axis="Excerpts per topic",
        tooltip="Topic",
        alt="Bar chart: excerpts per topic. Click a bar to show only that topic.",
        note="A quote can carry several topics, so the bars add up to more than the quotes.",
    ),
}
EXCERPTS_TOOLTIP = "Excerpts"
ONLY_ONE = "{name} ({excerpts})"
ONE_LEADS = "{name} has the most ({excerpts})"
FEW_LEAD = "{names} and {last} have the most ({n} each)"
MANY_LEAD = "{k} share the most ({n} each)"
FACET_SENTENCE = "{counted}; {lead}."

# Card lines: markdown templates, every field already escaped by relations.quote_cards.
LINKED_MARK = ":material/link: **The quote you linked to**"
SPEAKER_LINE = "**{speaker}**, {role}"
ROLE_AND_COUNTRY = "{role} ({country})"
WHEN_LINE = "{date} · {event}"
TOPICS_LINE = "Topics: {topics} · {language}"
TOPIC_SEPARATOR = ", "
TRANSLATED = "{language}, a translation"
SOURCE_LINE = "Source: {source}"
SOURCE = "{title}, {publisher}"
LINKED_TITLE = "[{title}]({url})"
CAUTION = "{source} · Caution: {caution}"
BEFORE = "**Before** ({speaker}, {date}, [open]({link})): {text}"
AFTER = "**After** ({speaker}, {date}, [open]({link})): {text}"
FIRST = "**Before:** nothing, this is the first excerpt of this source."
LAST = "**After:** nothing, this is the last excerpt of this source."
DATE_NOTE = "How the date is known: {note}"
LANGUAGE_NOTE = "Language and translation: {note}"
PERMALINK = "[Link to this quote]({link}) · {shown}"
# A quote not in English: its original stays the quote, each English says who wrote it.
ORIGINAL = "As published, in {language}"
PUBLISHED_ENGLISH = "English as published by {publisher}, {kind}"
ENGLISH_KINDS = {"official": "the official translation", "press": "a press rendering"}
ENGLISH_PART = "{label}: {part}"
OUR_TRANSLATION = "Translated by this dashboard"
ENGLISH_SOURCE = "Source of the English: {source}"
ENGLISH_NOTE = "Note on the English: {note}"
IN_ENGLISH = "{label}: {text}"
MATCHED = "Your search words are in {texts}."
MATCHED_TEXTS = {
    "text": "the original",
    "english": "the English as published",
    "dashboard_translation": "this dashboard’s translation",
}
MATCHED_AND = " and "
# A very long quote is cut on its card (quote_cards.SHOWN_CHARACTERS), and says so.
CUT = (
    " …\n\n*The first {shown} of the quote's {total} characters are shown; the download of "
    "the quotes shown holds all of it.*"
)
OUTCOMES = {
    "agrees": "Agrees with the data",
    "disagrees": "Disagrees with the data",
    "unchecked": "Cannot be checked",
    "conflicts": "Conflicts with another source",
    "forecast": "A forecast, set beside its outcome",
}
CLAIM = "**{outcome}.** Claim: {claim} ({period}). {sentence}"
CLAIM_WORDS = "“{claim}”"
CLAIM_IN_ENGLISH = "“{claim}” (in English: “{english}”)"
PERIOD = "period: {period}"
CLAIM_DATA = "Data: {label}"
CLAIM_SOURCE = "Data source: {source}"
CLAIM_NOTE = "Note on the claim: {note}"
DISPUTED = "**Conflicts with another source.** {subject}: “{says}”, says {source}."


def _plural(n: int, forms: dict[str, str]) -> str:
    return forms["one" if n == 1 else "other"].format(n=words.count(n))


def language_name(code: str) -> str:
    return LANGUAGE_NAMES.get(code, code)


def matched_line(matched: tuple[str, ...], *, english: object) -> str:
    """Which texts of a quote hold the search words; "" for a quote with no English beside it."""
    if not english or not matched:
        return ""
    return MATCHED.format(texts=MATCHED_AND.join(MATCHED_TEXTS[column] for column in matched))


def unknown_quote(value: str) -> str:
    """What a ?quote= naming no quote says, the id shortened if it is long (it is from the URL)."""
    shown = value if len(value) <= LONGEST_ID else value[:LONGEST_ID] + "…"
    return UNKNOWN_QUOTE.format(value=shown)


def count_heading(shown: pd.DataFrame, quotes: pd.DataFrame) -> str:
    """'12 of 144 quotes'."""
    return COUNT.format(shown=words.count(len(shown)), total=words.count(len(quotes)))


def download_label(shown: pd.DataFrame) -> str:
    return DOWNLOAD.format(count=words.count(len(shown)))


def showing(page: Visible) -> str:
    """'Showing 1–25 of 144', and when a linked quote the filters leave out comes first, so."""
    if not page.last:
        return ONLY_LINKED if page.linked_outside else ""
    said = SHOWING.format(
        first=words.count(page.first), last=words.count(page.last), total=words.count(page.total)
    )
    return LINKED_OUTSIDE.format(showing=said) if page.linked_outside else said


def loosen_hint(why: Loosening) -> str:
    """For an empty result: which filter to loosen, with how many quotes that would bring back."""
    if not why.chosen:
        return NO_QUOTES
    if why.absent:
        listed = LIST_SEPARATOR.join(ABSENT_WORD.format(word=word) for word in why.absent)
        return ABSENT.format(words=listed)
    if why.helpful:
        options = LOOSEN_OR.join(
            LOOSEN_ONE.format(filter=FILTER_NAMES[name], quotes=_plural(n, QUOTES))
            for name, n in why.helpful
        )
        return LOOSEN.format(options=options)
    return CLEAR_SEVERAL.format(
        filters=LIST_SEPARATOR.join(FILTER_NAMES[name] for name in why.chosen)
    )


def facet_sentence(counts: pd.DataFrame, category: str) -> str:
    """The chart in one sentence: how many, which lead (ties named), and what a click does."""
    facet = FACETS[category]
    if counts.empty:
        return facet.empty
    most = int(counts["quotes"].max())
    leaders = list(counts.loc[counts["quotes"] == most, category])
    excerpts, each = _plural(most, EXCERPTS), words.count(most)
    if len(counts) == 1:
        lead = ONLY_ONE.format(name=leaders[0], excerpts=excerpts)
    elif len(leaders) == 1:
        lead = ONE_LEADS.format(name=leaders[0], excerpts=excerpts)
    elif len(leaders) <= 3:
        names = LIST_SEPARATOR.join(leaders[:-1])
        lead = FEW_LEAD.format(names=names, last=leaders[-1], n=each)
    else:
        lead = MANY_LEAD.format(k=words.count(len(leaders)), n=each)
    parts = [FACET_SENTENCE.format(counted=_plural(len(counts), facet.counted), lead=lead)]
    if facet.note:
        parts.append(facet.note)
    if not counts["in_filter"].astype(bool).all():
        parts.append(facet.chosen)
    return " ".join([*parts, facet.click])
