"""Quote cards: each quote as markdown for st.markdown / st.caption. No Streamlit.

Data text goes through `literal` first; our own markup (highlights, bold, links) only ever goes
around it, so nothing in a quote can open or close markup of its own. The claims' verdicts and
the source lines are built once per file version (`checked`, load.DERIVED["quotes_checked"]);
a rerun builds only the cards of the page shown.
"""

from __future__ import annotations

import types
from collections.abc import Mapping
from dataclasses import dataclass, field

import pandas as pd

from relations import broken_words, claims_words, disputes, sources_words, text, words
from relations import claims as claim_checks
from relations import quotes_words as said
from relations.data.schemas import DATASETS
from relations.data.vocab import CLAIM_EVIDENCE
from relations.i18n import _
from relations.quotes import QuoteIndex, context, match_spans, matched_texts, permalink
from relations.text import safe_url

HIGHLIGHT = ":orange[**{}**]"  # coloured bold: a background would pad the text with space
# The datasets a claim is checked against, and the name claims.verdict gives each.
EVIDENCE = {
    "trade": "flows",
    "tourism": "tourism",
    "indicators": "indicators",
    "timeline": "events",
    "education": "education",
}
OUTCOME_ICONS = {
    "agrees": ":material/check_circle:",
    "disagrees": ":material/error:",
    "unchecked": ":material/help:",
    "conflicts": ":material/compare_arrows:",
    "forecast": ":material/schedule:",
}


def literal(value: object) -> str:
    """Markdown that shows `value` exactly as written: no emphasis, link, HTML, emoji or icon."""
    return text.escape_markdown(value)


def highlight(value: str, query: str) -> str:
    """Markdown that shows `value` exactly, with the search words highlighted.

    Each piece is escaped before the highlight markup goes around it, so nothing in the data
    can open or close markup of its own.
    """
    parts, last = [], 0
    for start, end in match_spans(value, query):
        parts.append(_piece(value, last, start))
        parts.append(HIGHLIGHT.format(_piece(value, start, end)))
        last = end
    parts.append(_piece(value, last, len(value)))
    return "".join(parts)


def _piece(value: str, start: int, end: int) -> str:
    """value[start:end] escaped, its leading spaces indentation only at a line's start."""
    return text.escape_markdown(value[start:end], line_start=start == 0 or value[start - 1] == "\n")


SHOWN_CHARACTERS = 10_000  # of a quote on its card: 1 MB of markdown takes a browser a minute


def _shown_text(value: str, query: str) -> str:
    """The quote highlighted; one longer than SHOWN_CHARACTERS cut at a space before that,
    saying so (the download of the quotes shown holds every character)."""
    if len(value) <= SHOWN_CHARACTERS:
        return highlight(value, query)
    cut = value.rfind(" ", 0, SHOWN_CHARACTERS)
    shown = value[: cut if cut > 0 else SHOWN_CHARACTERS]
    return highlight(shown, query) + _(said.CUT).format(
        shown=words.number(len(shown), decimals=0), total=words.number(len(value), decimals=0)
    )


def _filled(value: object) -> bool:
    return isinstance(value, str) and bool(value.strip())


def _source_line(row: Mapping, *, caution: bool) -> str:
    title = literal(sources_words.titled(row["title"], row.get("title_english")))
    url = safe_url(row.get("url"))
    named = _(said.LINKED_TITLE).format(title=title, url=url) if url else title
    line = _(said.SOURCE).format(title=named, publisher=literal(row["publisher"]))
    if caution and _filled(row.get("caution")):
        line = _(said.CAUTION).format(source=line, caution=literal(row["caution"]))
    return line


def source_markdown(source_id: str, sources: pd.DataFrame, *, caution: bool = True) -> str:
    """'[title](url), publisher', escaped, with the research's caution when there is one."""
    rows = sources[sources["source_id"] == source_id]
    if rows.empty:
        return literal(source_id)
    return _source_line(rows.iloc[0].to_dict(), caution=caution)


def date_words(row: Mapping) -> str:
    latest = row["date_latest"] if pd.notna(row["date_latest"]) else None
    return words.date(row["date"], row["date_precision"], latest=latest)


def _language_words(row: Mapping) -> str:
    language = said.language_name(row["language"])
    return _(said.TRANSLATED).format(language=language) if row["is_translation"] else language


def _speaker_words(row: Mapping) -> str:
    if _filled(row["speaker_country"]):
        return _(said.ROLE_AND_COUNTRY).format(
            role=row["speaker_role"], country=words.country(row["speaker_country"])
        )
    return row["speaker_role"]


def _excerpt_markdown(
    template: str, nothing: str, row: Mapping | None, publishers: Mapping[str, str]
) -> str:
    if row is None:
        return nothing
    line = template.format(
        speaker=literal(row["speaker"]),
        date=literal(date_words(row)),
        link=permalink(row["quote_id"]),
        text=_shown_text(row["text"], ""),
    )
    english = [
        _(said.IN_ENGLISH).format(label=english.label, text=english.text)
        for english in english_texts(row, publishers=publishers)
    ]
    return "  \n".join([line, *english])


@dataclass(frozen=True)
class English:
    """One English text of a quote, as card markdown (data already escaped): `label` says who
    wrote it ("English as published by …" or "Translated by this dashboard"), `source` the
    published English's source line ("" for ours), `matched` whether it holds the search words.
    """

    column: str
    label: str
    text: str
    source: str = ""
    note: str = ""
    matched: bool = False


def english_texts(
    row: Mapping,
    *,
    publishers: Mapping[str, str],
    sources: Mapping[str, str] | None = None,
    query: str = "",
    matched: tuple[str, ...] = (),
) -> list[English]:
    """A quote's English texts: the published English first (with its kind, the part it
    covers and its source), then this dashboard's translation. None for a quote in English.
    Search words are highlighted only in a text that holds them all (`matched`)."""
    found = []
    if _filled(row.get("english")):
        source_id = row["english_source_id"]
        publisher = publishers.get(source_id, source_id)
        label = _(said.PUBLISHED_ENGLISH).format(
            publisher=literal(publisher), kind=_(said.ENGLISH_KINDS[row["english_kind"]])
        )
        if _filled(row.get("english_part")):
            label = _(said.ENGLISH_PART).format(label=label, part=literal(row["english_part"]))
        source = (sources or {}).get(source_id, literal(source_id))
        note = row.get("english_note")
        found.append(
            English(
                column="english",
                label=label,
                text=_shown_text(row["english"], query if "english" in matched else ""),
                source=_(said.ENGLISH_SOURCE).format(source=source) if sources else "",
                note=_(said.ENGLISH_NOTE).format(note=literal(note)) if _filled(note) else "",
                matched="english" in matched,
            )
        )
    if _filled(row.get("dashboard_translation")):
        ours = "dashboard_translation"
        found.append(
            English(
                column=ours,
                label=_(said.OUR_TRANSLATION),
                text=_shown_text(row[ours], query if ours in matched else ""),
                matched=ours in matched,
            )
        )
    return found


def _period(check: pd.Series) -> str:
    period = claim_checks.period_words(check)
    stated = period != _(claims_words.NO_PERIOD)
    return literal(_(said.PERIOD).format(period=period) if stated else period)


def _claim_words(check: pd.Series) -> str:
    """The claim's words, with their English beside them when the quote is not in English."""
    english = check.get("claim_text_english")
    if not _filled(english):
        return _(said.CLAIM_WORDS).format(claim=literal(check["claim_text"]))
    return _(said.CLAIM_IN_ENGLISH).format(
        claim=literal(check["claim_text"]), english=literal(english)
    )


def _claim_markdown(check: pd.Series, sources: Mapping[str, str]) -> str:
    lines = [
        _(said.CLAIM).format(
            outcome=_(said.OUTCOMES[check["outcome"]]),
            claim=_claim_words(check),
            period=_period(check),
            sentence=literal(check["sentence"]),
        )
    ]
    if check["data_label"]:
        lines.append(_(said.CLAIM_DATA).format(label=literal(check["data_label"])))
    if isinstance(check["data_source_id"], str):
        source = sources.get(check["data_source_id"], literal(check["data_source_id"]))
        lines.append(_(said.CLAIM_SOURCE).format(source=source))
    if _filled(check["note"]):
        lines.append(_(said.CLAIM_NOTE).format(note=literal(check["note"])))
    return "  \n".join(lines)


@dataclass(frozen=True)
class ClaimCheck:
    outcome: str
    markdown: str

    @property
    def icon(self) -> str:
        return OUTCOME_ICONS[self.outcome]


@dataclass(frozen=True)
class Checked:
    """Every claim checked against the data, as card markdown by quote id (in claims.csv
    order), and each source's line with and without its caution. Built once per file version."""

    by_quote: Mapping[str, tuple[ClaimCheck, ...]]
    sources: Mapping[str, str]
    sources_plain: Mapping[str, str]
    publishers: Mapping[str, str]  # source_id -> publisher, to name who published an English text
    # Quotes another source contradicts, beyond their own claims' verdicts (conflicts.csv).
    disputed: Mapping[str, tuple[ClaimCheck, ...]] = field(
        default_factory=lambda: types.MappingProxyType({})
    )

    @property
    def claimed(self) -> frozenset[str]:
        """The quotes that state a numeric claim."""
        return frozenset(self.by_quote)


def checked(
    claims: pd.DataFrame,
    sources: pd.DataFrame,
    trade: pd.DataFrame,
    tourism: pd.DataFrame,
    indicators: pd.DataFrame,
    timeline: pd.DataFrame,
    education: pd.DataFrame,
    conflicts: pd.DataFrame | None = None,
    quotes: pd.DataFrame | None = None,
    *,
    absent: frozenset[str] = frozenset(),
) -> Checked:
    """Each claim's verdict (claims.check_all) as markdown, and every source's line: what a
    card needs that no widget changes (load.DERIVED["quotes_checked"]).

    `absent`: the datasets that could not be read (each given as an empty frame): a claim
    checked against one of them says it cannot be checked while that file is broken.
    """
    records = sources.to_dict("records")
    lines = {row["source_id"]: _source_line(row, caution=True) for row in records}
    plain = {row["source_id"]: _source_line(row, caution=False) for row in records}
    evidence = claims["metric"].map(CLAIM_EVIDENCE)
    blocked = evidence.isin(absent)
    checks = claim_checks.check_all(
        claims[~blocked],
        flows=trade,
        tourism=tourism,
        indicators=indicators,
        events=timeline,
        education=education,
        conflicts=conflicts,
        sources=sources,
    )
    files = evidence[blocked].map(lambda name: DATASETS[name].file)
    unchecked = claims[blocked].assign(
        outcome="unchecked",
        sentence=files.map(broken_words.cannot_check),
        data_value=None,
        data_label="",
        data_source_id=None,
    )
    checks = pd.concat([checks, unchecked]).loc[claims.index] if blocked.any() else checks
    by_quote: dict[str, list[ClaimCheck]] = {}
    for _index, check in checks.iterrows():
        by_quote.setdefault(check["quote_id"], []).append(
            ClaimCheck(check["outcome"], _claim_markdown(check, plain))
        )
    disputed: dict[str, list[ClaimCheck]] = {}
    found = (
        ()
        if conflicts is None or quotes is None
        else disputes.sides(conflicts, quotes, text="text", key="quote_id")
    )
    for side in found:
        markdown = _(said.DISPUTED).format(
            subject=literal(side.subject),
            says=literal(side.other_says),
            source=plain.get(side.other_source_id, literal(side.other_source_id)),
        )
        disputed.setdefault(side.key, []).append(ClaimCheck("conflicts", markdown))
    return Checked(
        by_quote=types.MappingProxyType({k: tuple(v) for k, v in by_quote.items()}),
        sources=types.MappingProxyType(lines),
        sources_plain=types.MappingProxyType(plain),
        publishers=types.MappingProxyType(
            dict(zip(sources["source_id"], sources["publisher"], strict=True))
        ),
        disputed=types.MappingProxyType({k: tuple(v) for k, v in disputed.items()}),
    )


@dataclass(frozen=True)
class Card:
    """One quote ready to show: every field is markdown with the data already escaped."""

    quote_id: str
    text: str
    meta: str
    context: str
    permalink: str
    linked: bool = False
    claims: tuple[ClaimCheck, ...] = ()
    original: str = ""  # "As published, in Russian" when an English text stands beside it
    english: tuple[English, ...] = ()
    matched: str = ""  # which texts hold the search words, when there is a search


def _card(
    row: Mapping,
    before: Mapping | None,
    after: Mapping | None,
    *,
    checks: Checked,
    query: str,
    linked: str | None,
) -> Card:
    quote_id = row["quote_id"]
    source = checks.sources.get(row["source_id"], literal(row["source_id"]))
    meta = [_(said.LINKED_MARK)] if quote_id == linked else []
    meta += [
        _(said.SPEAKER_LINE).format(
            speaker=literal(row["speaker"]), role=literal(_speaker_words(row))
        ),
        _(said.WHEN_LINE).format(date=literal(date_words(row)), event=literal(row["event"])),
        _(said.TOPICS_LINE).format(
            topics=literal(
                _(said.TOPIC_SEPARATOR).join(
                    words.topic(topic.strip())
                    for topic in row["topics"].split(";")
                    if topic.strip()
                )
            ),
            language=literal(_language_words(row)),
        ),
        _(said.SOURCE_LINE).format(source=source),
    ]
    excerpts = [
        _excerpt_markdown(_(said.BEFORE), _(said.FIRST), before, checks.publishers),
        _excerpt_markdown(_(said.AFTER), _(said.LAST), after, checks.publishers),
    ]
    # A line with nothing to say is left out (no "not recorded").
    if _filled(row["date_note"]):
        excerpts.append(_(said.DATE_NOTE).format(note=literal(row["date_note"])))
    if _filled(row["language_note"]):
        excerpts.append(_(said.LANGUAGE_NOTE).format(note=literal(row["language_note"])))
    link = permalink(quote_id)
    matched = matched_texts(row, query)
    english = english_texts(
        row, publishers=checks.publishers, sources=checks.sources, query=query, matched=matched
    )
    return Card(
        quote_id=quote_id,
        text=_shown_text(row["text"], query if "text" in matched else ""),
        original=_(said.ORIGINAL).format(language=said.language_name(row["language"]))
        if english
        else "",
        english=tuple(english),
        matched=said.matched_line(matched, english=english) if matched else "",
        meta="  \n".join(meta),
        context="  \n\n".join(excerpts),
        permalink=_(said.PERMALINK).format(link=link, shown=literal(link)),
        linked=quote_id == linked,
        claims=checks.by_quote.get(quote_id, ()) + checks.disputed.get(quote_id, ()),
    )


def cards(
    rows: pd.DataFrame,
    *,
    found: QuoteIndex,
    checks: Checked,
    query: str = "",
    linked: str | None = None,
) -> list[Card]:
    """Cards for the rows shown, with their claims' verdicts and their neighbours for context."""
    befores, afters = context(found, rows)
    return [
        _card(row, before, after, checks=checks, query=query, linked=linked)
        for row, before, after in zip(rows.to_dict("records"), befores, afters, strict=True)
    ]
