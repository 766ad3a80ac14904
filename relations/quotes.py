"""Quote explorer: literal search, filters, facet counts, permalinks and paging. Pure pandas.

What does not depend on a reader's choices (folded text, sort order, topic pairs, year bounds,
neighbours) is built once per file version by `index` (load.DERIVED["quotes_index"]); the
functions here take that bundle and do only the cheap per-rerun part.
"""

from __future__ import annotations

import functools
import re
import types
import unicodedata
import urllib.parse
from collections.abc import Callable, Collection, Mapping, MutableMapping, Sequence
from dataclasses import dataclass

import numpy as np
import pandas as pd

from relations import i18n, text, words

LANGUAGES = ("en", "ru", "de", "lo")  # the order the language filter offers them in
# The texts search reads, by column: the quote as published, then its English (published or ours).
SEARCHED = ("text", "english", "dashboard_translation")
PAGE_SIZE = 25
PICK = "pick"  # the overview charts name their click selection pick_<what is in the filter>
FILTERS = ("speakers", "events", "topics", "years", "languages", "claims_only", "text")
# Typographic quotes and dashes fold to their keyboard forms; ё to е, as Russian writing often does.
_KEYBOARD = str.maketrans(
    {"‘": "'", "’": "'", "‚": "'", "‛": "'", "“": '"', "”": '"', "„": '"', "–": "-", "—": "-"}
    | {"…": "..."}  # as NFKC folds it anyway: English texts with an ellipsis stay on the fast path
    | {"ё": "е", "Ё": "Е"}
)


_NOT_ASCII = re.compile(r"[\x00-\x7f]?[^\x00-\x7f]+")


@functools.lru_cache(maxsize=4096)
def _is_mark(char: str) -> bool:
    return unicodedata.category(char).startswith("M")


def _clusters(value: str) -> list[tuple[int, int]]:
    """Spans of one base character and the combining marks that follow it."""
    spans: list[tuple[int, int]] = []
    for i, char in enumerate(value):
        if spans and _is_mark(char):
            spans[-1] = (spans[-1][0], i + 1)
        else:
            spans.append((i, i + 1))
    return spans


@functools.lru_cache(maxsize=4096)
def _fold_cluster(cluster: str) -> str:
    # (cached: a text is mostly single characters, each folded once, not once a position)
    cluster = cluster.translate(_KEYBOARD)
    decomposed = unicodedata.normalize("NFKD", cluster)
    # Accents are stripped from Latin letters only: Cyrillic й and the vowel signs of Thai or
    # Lao are letters of their own, and dropping them would match different words.
    if decomposed and unicodedata.name(decomposed[0], "").startswith("LATIN"):
        decomposed = "".join(c for c in decomposed if not unicodedata.category(c).startswith("M"))
        return decomposed.casefold()
    return unicodedata.normalize("NFKC", cluster).casefold()


Where = Callable[[int], tuple[int, int]]


def _folded(value: str) -> tuple[str, Where]:
    """The folded text, and for a folded character's position the span of original text it
    came from. A text without combining marks is folded by one translation table of its
    distinct characters, at C speed (a 1 MB Russian quote: 8 s by the cluster walk, well
    under one this way); only one with combining marks walks its clusters."""
    characters = set(value)
    if not any(_is_mark(c) for c in characters):
        table = {ord(c): _fold_cluster(c) for c in characters}
        folded = value.translate(table)
        if len(folded) == len(value):  # every character folds to one, in its own place
            return folded, lambda at: (at, at + 1)
        sizes = np.fromiter((len(table[ord(c)]) for c in value), dtype=np.int64, count=len(value))
        origin = np.repeat(np.arange(len(value)), sizes)  # "…" folds to "...": three from one
        return folded, lambda at: (int(origin[at]), int(origin[at]) + 1)
    folded, spans = fold_with_spans(value)
    return folded, spans.__getitem__


def fold_with_spans(value: str) -> tuple[str, list[tuple[int, int]]]:
    """The folded text, and for each folded character the span of original text it came from."""
    folded: list[str] = []
    spans: list[tuple[int, int]] = []
    for start, end in _clusters(value):
        piece = _fold_cluster(value[start:end])
        folded.append(piece)
        spans.extend([(start, end)] * len(piece))
    return "".join(folded), spans


def fold(value: str) -> str:
    """Case-folded, accents dropped from Latin letters, typographic quotes and dashes plain."""
    plain = value.translate(_KEYBOARD)
    if plain.isascii():  # no accents, no other scripts: what the cluster walk would give
        return plain.lower()
    return _folded(value)[0]


def search_terms(query: str) -> list[str]:
    """The words typed, folded: each must appear in a quote, literally (no patterns)."""
    return list(dict.fromkeys(fold(query or "").split()))


HIGHLIGHTS = 200  # matches highlighted in one quote at most; the rest is shown plain


def match_spans(value: str, query: str) -> list[tuple[int, int]]:
    """Where the search words occur in the original text: merged (start, end) spans, the
    first HIGHLIGHTS of them (a 1 MB quote can match 30,000 times)."""
    terms = search_terms(query)
    if not terms:
        return []
    folded, where = _folded(value)
    found = []
    for term in terms:
        at = folded.find(term)
        while at != -1 and len(found) < HIGHLIGHTS * len(terms):
            found.append((where(at)[0], where(at + len(term) - 1)[1]))
            at = folded.find(term, at + 1)
    merged: list[tuple[int, int]] = []
    for start, end in sorted(found):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged[:HIGHLIGHTS]


@dataclass(frozen=True)
class Filters:
    """What the reader chose. Empty choices mean 'any'; a filter narrows only when set."""

    speakers: Sequence[str] = ()
    events: Sequence[str] = ()
    topics: Sequence[str] = ()
    years: tuple[int, int] | None = None
    languages: Sequence[str] = ()
    claims_only: bool = False
    text: str = ""


@dataclass(frozen=True)
class QuoteIndex:
    """quotes.csv newest first (in source order per day), with what search, filters, facets
    and context read of it. Built once per file version by `index`; read-only.

    `quotes`: the rows as loaded, sorted, index 0..n-1 (a row's position). `keys`, by the same
    position: `folded` text, `folded_english` and `folded_dashboard_translation` (its English
    texts, "" where there is none), `earliest`/`latest` possible year, `speaker` (a position in
    `speakers`), `before`/`after` (the position of the excerpt just before and after in the
    same source, -1 for none). `topic_pairs`: one row per (`row`, `topic`) a quote carries,
    `topic` a position in `topics`. `ids`: the quote ids by position.
    """

    quotes: pd.DataFrame
    keys: pd.DataFrame
    topic_pairs: pd.DataFrame
    ids: pd.Index
    speakers: tuple[str, ...]
    events: tuple[str, ...]
    topics: tuple[str, ...]
    languages: tuple[str, ...]
    span: tuple[int, int]


def _neighbours(quotes: pd.DataFrame) -> tuple[np.ndarray, np.ndarray]:
    """For each position, the position just before and just after it in its source (-1: none)."""
    by_source = quotes[["source_id", "sequence"]].reset_index(drop=True)
    order = by_source.sort_values(["source_id", "sequence"], kind="stable").index.to_numpy()
    source = by_source["source_id"].to_numpy()[order]
    same = np.zeros(len(order), dtype=bool)
    same[1:] = source[1:] == source[:-1]
    before = np.full(len(order), -1)
    after = np.full(len(order), -1)
    before[order[1:][same[1:]]] = order[:-1][same[1:]]
    after[order[:-1][same[1:]]] = order[1:][same[1:]]
    return before, after


def index(quotes: pd.DataFrame) -> QuoteIndex:
    """Everything the explorer needs that no widget changes: sort order, folded text, topic
    pairs, year bounds, neighbours and the filters' choices (load.DERIVED["quotes_index"])."""
    keys = quotes[["date", "source_id", "sequence"]].reset_index(drop=True)
    order = keys.sort_values(
        ["date", "source_id", "sequence"], ascending=[False, True, True]
    ).index.to_numpy()
    ordered = quotes.iloc[order].reset_index(drop=True)
    topic_lists = ordered["topics"].str.split(";").map(lambda ts: [t.strip() for t in ts if t])
    topics = tuple(sorted({topic for listed in topic_lists for topic in listed}))
    speakers = tuple(sorted(ordered["speaker"].unique()))
    earliest = ordered["date"].dt.year.to_numpy()
    latest = ordered["date_latest"].fillna(ordered["date"]).dt.year.to_numpy()
    before, after = _neighbours(ordered)
    named = pd.Index(topics)
    first = int(earliest.min()) if len(ordered) else 0
    last = int(latest.max()) if len(ordered) else 0
    return QuoteIndex(
        quotes=ordered,
        keys=pd.DataFrame(
            {
                "folded": ordered["text"].map(fold).astype("str"),
                **{
                    f"folded_{column}": ordered[column].fillna("").map(fold).astype("str")
                    for column in SEARCHED[1:]
                },
                "earliest": earliest,
                "latest": latest,
                "speaker": pd.Index(speakers).get_indexer(ordered["speaker"]),
                "before": before,
                "after": after,
            }
        ),
        topic_pairs=pd.DataFrame(
            {
                "row": np.repeat(np.arange(len(ordered)), topic_lists.map(len).to_numpy()),
                "topic": named.get_indexer([t for listed in topic_lists for t in listed]),
            }
        ),
        ids=pd.Index(ordered["quote_id"]),
        speakers=speakers,
        events=tuple(sorted(ordered["event"].unique())),
        topics=topics,
        languages=tuple(code for code in LANGUAGES if code in set(ordered["language"])),
        # A one-year collection still gives the slider a range.
        span=(first, max(last, first + 1)),
    )


def options(found: QuoteIndex) -> dict[str, list[str]]:
    """The choices of each filter: speakers, events, topics and languages, sorted."""
    return {
        "speakers": list(found.speakers),
        "events": list(found.events),
        "topics": list(found.topics),
        "languages": list(found.languages),
    }


def year_span(found: QuoteIndex) -> tuple[int, int]:
    """First and last year of the quotes (a one-year collection still gives the slider a range)."""
    return found.span


def _topic_mask(found: QuoteIndex, topics: Sequence[str]) -> np.ndarray:
    wanted = pd.Index(found.topics).get_indexer(list(topics))
    pairs = found.topic_pairs
    mask = np.zeros(len(found.quotes), dtype=bool)
    mask[pairs["row"].to_numpy()[np.isin(pairs["topic"].to_numpy(), wanted[wanted >= 0])]] = True
    return mask


def masks(found: QuoteIndex, chosen: Filters, *, claimed: Collection[str]) -> dict[str, np.ndarray]:
    """One boolean mask by position per filter that is set (a filter left open has no mask)."""
    quotes, keys = found.quotes, found.keys
    masked: dict[str, np.ndarray] = {}
    if chosen.speakers:
        masked["speakers"] = quotes["speaker"].isin(list(chosen.speakers)).to_numpy()
    if chosen.events:
        masked["events"] = quotes["event"].isin(list(chosen.events)).to_numpy()
    if chosen.topics:
        masked["topics"] = _topic_mask(found, chosen.topics)
    if chosen.years is not None:
        first, last = chosen.years
        # A quote dated only to a range is in when the range overlaps the years chosen.
        earliest, latest = keys["earliest"].to_numpy(), keys["latest"].to_numpy()
        masked["years"] = (earliest <= last) & (latest >= first)
    if chosen.languages:
        masked["languages"] = quotes["language"].isin(list(chosen.languages)).to_numpy()
    if chosen.claims_only:
        masked["claims_only"] = quotes["quote_id"].isin(list(claimed)).to_numpy()
    terms = search_terms(chosen.text)
    if terms:
        # A quote matches when one of its texts (the original, or an English) holds every word.
        contains = np.zeros(len(quotes), dtype=bool)
        for column in _folded_columns():
            every = np.ones(len(quotes), dtype=bool)
            for term in terms:
                every &= keys[column].str.contains(term, regex=False).to_numpy(dtype=bool)
            contains |= every
        masked["text"] = contains
    return masked


def _folded_columns() -> list[str]:
    return ["folded", *(f"folded_{column}" for column in SEARCHED[1:])]


def matched_texts(row: Mapping, query: str) -> tuple[str, ...]:
    """Which of a quote's texts (columns of SEARCHED) hold every search word; () for no search."""
    terms = search_terms(query)
    if not terms:
        return ()
    return tuple(
        column
        for column in SEARCHED
        if isinstance(row.get(column), str) and all(term in fold(row[column]) for term in terms)
    )


def _all(found: QuoteIndex, masked: Mapping[str, np.ndarray], *, skip: str | None) -> np.ndarray:
    keep = np.ones(len(found.quotes), dtype=bool)
    for name, mask in masked.items():
        if name != skip:
            keep &= mask
    return keep


def select(
    found: QuoteIndex, chosen: Filters, *, claimed: Collection[str], skip: str | None = None
) -> pd.DataFrame:
    """The quotes that pass every filter (but `skip`), newest first, in source order per day."""
    keep = _all(found, masks(found, chosen, claimed=claimed), skip=skip)
    if keep.all():  # nothing filtered out: the sorted frame as it is, no copy of 19 columns
        return found.quotes.copy(deep=False)
    return found.quotes[keep]


@dataclass(frozen=True)
class Loosening:
    """Why nothing matches: search words no quote holds, or what each filter set would bring
    back if loosened alone (`helpful`: (filter, quotes) most first; `chosen`: the filters set)."""

    chosen: tuple[str, ...]
    absent: tuple[str, ...] = ()
    helpful: tuple[tuple[str, int], ...] = ()


def loosening(found: QuoteIndex, chosen: Filters, *, claimed: Collection[str]) -> Loosening:
    """For an empty result: which filter to loosen, with how many quotes that would bring back."""
    masked = masks(found, chosen, claimed=claimed)
    folded = [found.keys[column] for column in _folded_columns()]
    absent = tuple(
        term
        for term in search_terms(chosen.text)
        if not any(texts.str.contains(term, regex=False).any() for texts in folded)
    )
    if absent:
        return Loosening(chosen=tuple(masked), absent=absent)
    counts = ((name, int(_all(found, masked, skip=name).sum())) for name in masked)
    helpful = sorted(
        (option for option in counts if option[1]),
        key=lambda option: (-option[1], FILTERS.index(option[0])),
    )
    return Loosening(chosen=tuple(masked), helpful=tuple(helpful))


def facet_counts(
    found: QuoteIndex, chosen: Filters, category: str, *, claimed: Collection[str]
) -> pd.DataFrame:
    """Excerpts per speaker or per topic under every filter but that one's own (as in faceted
    search): `category`, quotes, in_filter (all True when nothing is chosen in that facet).
    A quote with two topics counts for both.
    """
    own = {"speaker": chosen.speakers, "topic": chosen.topics}[category]
    keep = _all(found, masks(found, chosen, claimed=claimed), skip=f"{category}s")
    if category == "topic":
        names, pairs = found.topics, found.topic_pairs
        codes = pairs["topic"].to_numpy()[keep[pairs["row"].to_numpy()]]
    else:
        names, codes = found.speakers, found.keys["speaker"].to_numpy()[keep]
    tally = np.bincount(codes, minlength=len(names))
    counts = pd.DataFrame({category: pd.Series(names, dtype="str"), "quotes": tally})
    counts = counts[counts["quotes"] > 0].sort_values(["quotes", category], ascending=[False, True])
    in_filter = counts[category].isin(list(own)) if own else True
    counts = counts.assign(in_filter=in_filter).reset_index(drop=True)
    if category == "topic":  # the code, which a click selects, and its name for the reader
        counts = counts.assign(topic_name=counts["topic"].map(words.topic))
    return counts


def picked(selection: object, field_name: str) -> list[str]:
    """The values clicked in an overview chart, from its selection state (anything else: [])."""
    try:
        params = selection["selection"]  # type: ignore[index]
        points = [p for name, found in params.items() if name.startswith(PICK) for p in found]
    except (AttributeError, KeyError, TypeError):
        return []
    return [
        point[field_name]
        for point in points
        if isinstance(point, dict) and isinstance(point.get(field_name), str)
    ]


def picker(state: MutableMapping, category: str, options: Sequence[str]) -> Callable[[], None]:
    """The on_select callback of the `category` chart (key quotes_<category>_chart): a click on a
    bar sets the filter widget quotes_<category>s to that bar. Clicks beside the bars change nothing.
    """

    def apply() -> None:
        values = picked(state.get(f"quotes_{category}_chart"), category)
        values = [value for value in values if value in options]
        if values:
            state[f"quotes_{category}s"] = values

    return apply


def linked_id(found: QuoteIndex, value: object) -> str | None:
    """The quote id from a ?quote= parameter when it names a known quote; anything else: None."""
    if not isinstance(value, str):
        return None
    value = value.strip()
    return value if value in found.ids else None


def unknown_id(found: QuoteIndex, value: object) -> str | None:
    """A ?quote= parameter that names no known quote (stripped), or None: none was given, it
    was empty, or it names a quote."""
    if not isinstance(value, str) or not value.strip():
        return None
    return None if linked_id(found, value) else value.strip()


def permalink(quote_id: str) -> str:
    return "?quote=" + urllib.parse.quote(quote_id, safe="") + i18n.link_suffix()


def context(found: QuoteIndex, rows: pd.DataFrame) -> tuple[list[dict | None], list[dict | None]]:
    """For each row, the excerpt just before it and just after it in the same source (None when
    it is the first or the last), as records."""
    positions = found.ids.get_indexer(rows["quote_id"])
    before = found.keys["before"].to_numpy()[positions]
    after = found.keys["after"].to_numpy()[positions]
    needed = np.unique(np.concatenate([before, after]))
    needed = needed[needed >= 0]
    near = types.MappingProxyType(
        dict(zip(needed.tolist(), found.quotes.take(needed).to_dict("records"), strict=True))
    )
    return [near.get(p) for p in before.tolist()], [near.get(p) for p in after.tolist()]


def neighbours(found: QuoteIndex, quote_id: str) -> tuple[dict | None, dict | None]:
    """The excerpts just before and just after one quote in the same source."""
    (before,), (after,) = context(found, pd.DataFrame({"quote_id": [quote_id]}))
    return before, after


def page_count(shown: pd.DataFrame) -> int:
    return max(1, -(-len(shown) // PAGE_SIZE))


@dataclass(frozen=True)
class Visible:
    """One page of cards: `rows` to show, the results' `first`..`last` of `total` among them
    (0, 0 when none), and whether a linked quote the filters leave out comes first."""

    rows: pd.DataFrame
    first: int
    last: int
    total: int
    linked_outside: bool = False


def visible(
    found: QuoteIndex, shown: pd.DataFrame, *, page: int = 1, linked: str | None = None
) -> Visible:
    """The rows for one page of cards.

    A linked quote comes first: within the results when the filters keep it, else ahead of
    page 1 as an extra card.
    """
    page = min(max(1, int(page)), page_count(shown))
    is_linked = shown["quote_id"] == linked
    # Only a linked quote among the results moves (to the top): no reordering otherwise.
    ordered = pd.concat([shown[is_linked], shown[~is_linked]]) if is_linked.any() else shown
    start = (page - 1) * PAGE_SIZE
    rows = ordered.iloc[start : start + PAGE_SIZE]
    first, last = (start + 1, start + len(rows)) if len(rows) else (0, 0)
    if linked is None or is_linked.any() or page != 1:
        return Visible(rows, first, last, len(shown))
    extra = found.quotes.iloc[[found.ids.get_loc(linked)]]
    return Visible(pd.concat([extra, rows]), first, last, len(shown), linked_outside=True)


def download(shown: pd.DataFrame) -> bytes:
    """The quotes shown, in the order shown, as formula-safe CSV with the columns of quotes.csv."""
    return text.formula_safe_csv(shown)
