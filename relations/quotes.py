"""Quote explorer: literal search, filters, facet counts, permalinks and paging. Pure pandas."""

from __future__ import annotations

import unicodedata
import urllib.parse
from collections.abc import Callable, Collection, MutableMapping, Sequence
from dataclasses import dataclass

import numpy as np
import pandas as pd

from relations import text

LANGUAGE_NAMES = {"en": "English", "ru": "Russian", "de": "German"}
PAGE_SIZE = 25
PICK = "pick"  # the overview charts name their click selection pick_<what is in the filter>
FILTER_NAMES = {
    "speakers": "the speakers",
    "events": "the events",
    "topics": "the topics",
    "years": "the year range",
    "languages": "the languages",
    "claims_only": "“only quotes with a numeric claim”",
    "text": "the search words",
}
# Typographic quotes and dashes fold to their keyboard forms; ё to е, as Russian writing often does.
_KEYBOARD = str.maketrans(
    {"‘": "'", "’": "'", "‚": "'", "‛": "'", "“": '"', "”": '"', "„": '"', "–": "-", "—": "-"}
    | {"ё": "е", "Ё": "Е"}
)


def language_name(code: str) -> str:
    return LANGUAGE_NAMES.get(code, code)


def _clusters(value: str) -> list[tuple[int, int]]:
    """Spans of one base character and the combining marks that follow it."""
    spans: list[tuple[int, int]] = []
    for i, char in enumerate(value):
        if spans and unicodedata.category(char).startswith("M"):
            spans[-1] = (spans[-1][0], i + 1)
        else:
            spans.append((i, i + 1))
    return spans


def _fold_cluster(cluster: str) -> str:
    cluster = cluster.translate(_KEYBOARD)
    decomposed = unicodedata.normalize("NFKD", cluster)
    # Accents are stripped from Latin letters only: Cyrillic й and the vowel signs of Thai or
    # Lao are letters of their own, and dropping them would match different words.
    if decomposed and unicodedata.name(decomposed[0], "").startswith("LATIN"):
        decomposed = "".join(c for c in decomposed if not unicodedata.category(c).startswith("M"))
        return decomposed.casefold()
    return unicodedata.normalize("NFKC", cluster).casefold()


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
    return fold_with_spans(value)[0]


def search_terms(query: str) -> list[str]:
    """The words typed, folded: each must appear in a quote, literally (no patterns)."""
    return list(dict.fromkeys(fold(query or "").split()))


def match_spans(value: str, query: str) -> list[tuple[int, int]]:
    """Where the search words occur in the original text: merged (start, end) spans."""
    folded, spans = fold_with_spans(value)
    found = []
    for term in search_terms(query):
        at = folded.find(term)
        while at != -1:
            found.append((spans[at][0], spans[at + len(term) - 1][1]))
            at = folded.find(term, at + 1)
    merged: list[tuple[int, int]] = []
    for start, end in sorted(found):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


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


def topic_lists(quotes: pd.DataFrame) -> pd.Series:
    """Each quote's topics as a list (shared, read-only: computed once per file version)."""
    return quotes["topics"].str.split(";").map(lambda topics: [t.strip() for t in topics if t])


def folded_texts(quotes: pd.DataFrame) -> pd.Series:
    """Each quote's text as the search sees it (`fold`), computed once per file version."""
    return quotes["text"].map(fold)


def topic_options(quotes: pd.DataFrame) -> list[str]:
    return sorted({topic for topics in topic_lists(quotes) for topic in topics})


def options(quotes: pd.DataFrame) -> dict[str, list[str]]:
    """The choices of each filter: speakers, events, topics and languages, sorted."""
    return {
        "speakers": sorted(quotes["speaker"].unique()),
        "events": sorted(quotes["event"].unique()),
        "topics": topic_options(quotes),
        "languages": [c for c in LANGUAGE_NAMES if c in set(quotes["language"])],
    }


def year_span(quotes: pd.DataFrame) -> tuple[int, int]:
    """First and last year of the quotes (a one-year collection still gives the slider a range)."""
    first = int(quotes["date"].dt.year.min())
    last = int(quotes["date_latest"].fillna(quotes["date"]).dt.year.max())
    return first, max(last, first + 1)


def _years(quotes: pd.DataFrame) -> tuple[np.ndarray, np.ndarray]:
    """Each quote's first and last possible year (a quote dated to a range spans it)."""
    latest = quotes["date_latest"].fillna(quotes["date"]).dt.year
    return quotes["date"].dt.year.to_numpy(), latest.to_numpy()


def masks(
    quotes: pd.DataFrame, chosen: Filters, *, claimed: Collection[str]
) -> dict[str, pd.Series]:
    """One boolean mask per filter that is set (a filter left open has no mask)."""
    found: dict[str, pd.Series] = {}
    if chosen.speakers:
        found["speakers"] = quotes["speaker"].isin(list(chosen.speakers))
    if chosen.events:
        found["events"] = quotes["event"].isin(list(chosen.events))
    if chosen.topics:
        wanted = set(chosen.topics)
        found["topics"] = topic_lists(quotes).map(lambda topics: bool(wanted & set(topics)))
    if chosen.years is not None:
        first, last = chosen.years
        # A quote dated only to a range is in when the range overlaps the years chosen.
        earliest, latest = _years(quotes)
        found["years"] = pd.Series((earliest <= last) & (latest >= first), index=quotes.index)
    if chosen.languages:
        found["languages"] = quotes["language"].isin(list(chosen.languages))
    if chosen.claims_only:
        found["claims_only"] = quotes["quote_id"].isin(list(claimed))
    terms = search_terms(chosen.text)
    if terms:
        folded = folded_texts(quotes)
        found["text"] = pd.Series(True, index=quotes.index)
        for term in terms:
            found["text"] &= folded.str.contains(term, regex=False)
    return {name: mask.astype(bool) for name, mask in found.items()}


def _all(quotes: pd.DataFrame, found: dict[str, pd.Series], *, skip: str | None) -> pd.Series:
    keep = pd.Series(True, index=quotes.index)
    for name, mask in found.items():
        if name != skip:
            keep &= mask
    return keep


def select(
    quotes: pd.DataFrame, chosen: Filters, *, claimed: Collection[str], skip: str | None = None
) -> pd.DataFrame:
    """The quotes that pass every filter (but `skip`), newest first, in source order per day."""
    keep = _all(quotes, masks(quotes, chosen, claimed=claimed), skip=skip).to_numpy()
    ordered, order = _newest_first(quotes)
    if keep.all():  # nothing filtered out: the sorted frame as it is, no copy of 19 columns
        return ordered.copy(deep=False)
    return ordered[keep[order]]


def _newest_first(quotes: pd.DataFrame) -> tuple[pd.DataFrame, np.ndarray]:
    """The quotes newest first, in source order per day, and the row positions that order
    them: sorted once per file version (shared and read-only; `select` hands out views)."""
    keys = quotes[["date", "source_id", "sequence"]].reset_index(drop=True)
    order = keys.sort_values(
        ["date", "source_id", "sequence"], ascending=[False, True, True]
    ).index.to_numpy()
    return quotes.iloc[order], order


def _topic_rows(quotes: pd.DataFrame) -> tuple[np.ndarray, np.ndarray]:
    """Every (row position, topic) pair, a quote with two topics giving two pairs."""
    lists = topic_lists(quotes)
    positions = np.repeat(np.arange(len(quotes)), lists.map(len).to_numpy())
    topics = np.array([topic for topics in lists for topic in topics], dtype=object)
    return positions, topics


def loosen_hint(quotes: pd.DataFrame, chosen: Filters, *, claimed: Collection[str]) -> str:
    """For an empty result: which filter to loosen, with how many quotes that would bring back."""
    found = masks(quotes, chosen, claimed=claimed)
    if not found:
        return "There are no quotes in the collection."
    folded = folded_texts(quotes)
    absent = [
        term
        for term in search_terms(chosen.text)
        if not folded.str.contains(term, regex=False).any()
    ]
    if absent:
        words = ", ".join(f"“{term}”" for term in absent)
        return f"No quote in the collection contains {words}: change the search words."
    options = sorted(
        ((int(_all(quotes, found, skip=name).sum()), name) for name in found),
        key=lambda option: (-option[0], list(FILTER_NAMES).index(option[1])),
    )
    helpful = [
        f"{FILTER_NAMES[name]} ({n:,} quote{'' if n == 1 else 's'} without it)"
        for n, name in options
        if n
    ]
    if helpful:
        return "No quote matches all the filters. Loosen " + ", or ".join(helpful) + "."
    names = ", ".join(FILTER_NAMES[name] for name in found)
    return (
        "No quote matches all the filters, and loosening one alone is not enough: "
        f"clear several of {names}."
    )


def filter_summary(shown: pd.DataFrame, quotes: pd.DataFrame) -> str:
    return f"{len(shown):,} of {len(quotes):,} quotes"


def facet_counts(
    quotes: pd.DataFrame, chosen: Filters, category: str, *, claimed: Collection[str]
) -> pd.DataFrame:
    """Excerpts per speaker or per topic under every filter but that one's own (as in faceted
    search): `category`, quotes, in_filter (all True when nothing is chosen in that facet).
    A quote with two topics counts for both.
    """
    own = {"speaker": chosen.speakers, "topic": chosen.topics}[category]
    keep = _all(quotes, masks(quotes, chosen, claimed=claimed), skip=f"{category}s").to_numpy()
    if category == "topic":
        positions, topics = _topic_rows(quotes)
        values = pd.Series(topics[keep[positions]], dtype="str")
    else:
        values = quotes["speaker"][keep]
    counts = values.rename(category).value_counts().rename("quotes").reset_index()
    counts = counts.sort_values(["quotes", category], ascending=[False, True])
    in_filter = counts[category].isin(list(own)) if own else True
    return counts.assign(in_filter=in_filter).reset_index(drop=True)


def _plural(n: int, word: str) -> str:
    return f"{n:,} {word}" + ("" if n == 1 else "s")


def facet_sentence(counts: pd.DataFrame, category: str) -> str:
    """The chart in one sentence: how many, which lead (ties named), and what a click does."""
    if counts.empty:
        return f"No {category} to count: the other filters leave no quote."
    most = int(counts["quotes"].max())
    leaders = list(counts.loc[counts["quotes"] == most, category])
    if len(counts) == 1:
        lead = f"{leaders[0]} ({_plural(most, 'excerpt')})"
    elif len(leaders) == 1:
        lead = f"{leaders[0]} has the most ({_plural(most, 'excerpt')})"
    elif len(leaders) <= 3:
        lead = f"{', '.join(leaders[:-1])} and {leaders[-1]} have the most ({most:,} each)"
    else:
        lead = f"{len(leaders)} share the most ({most:,} each)"
    sentence = f"{_plural(len(counts), category)}; {lead}."
    if category == "topic":
        sentence += " A quote can carry several topics, so the bars add up to more than the quotes."
    if not counts["in_filter"].astype(bool).all():
        sentence += f" Coloured bars: the {category}s chosen."
    return f"{sentence} Click a bar to show only that {category}."


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


def linked_id(quotes: pd.DataFrame, value: object) -> str | None:
    """The quote id from a ?quote= parameter when it names a known quote; anything else: None."""
    if not isinstance(value, str):
        return None
    value = value.strip()
    return value if value in set(quotes["quote_id"]) else None


def permalink(quote_id: str) -> str:
    return "?quote=" + urllib.parse.quote(quote_id, safe="")


def _by_source(quotes: pd.DataFrame) -> tuple[dict[str, int], dict[str, np.ndarray]]:
    """quote_id -> row position, and source_id -> its rows' positions in sequence order."""
    position = dict(zip(quotes["quote_id"], range(len(quotes)), strict=True))
    sequence = quotes["sequence"].to_numpy()
    groups = {
        source: rows[np.argsort(sequence[rows], kind="stable")]
        for source, rows in quotes.groupby("source_id", sort=False).indices.items()
    }
    return position, groups


def neighbours(quotes: pd.DataFrame, quote_id: str) -> tuple[pd.Series | None, pd.Series | None]:
    """The excerpts just before and just after one quote in the same source."""
    position, groups = _by_source(quotes)
    row = quotes.iloc[position[quote_id]]
    same = groups[row["source_id"]]
    sequence = quotes["sequence"].to_numpy()[same]
    before, after = same[sequence < row["sequence"]], same[sequence > row["sequence"]]
    return (
        quotes.iloc[before[-1]] if len(before) else None,
        quotes.iloc[after[0]] if len(after) else None,
    )


def page_count(shown: pd.DataFrame) -> int:
    return max(1, -(-len(shown) // PAGE_SIZE))


def visible(
    quotes: pd.DataFrame, shown: pd.DataFrame, *, page: int = 1, linked: str | None = None
) -> tuple[pd.DataFrame, str]:
    """The rows for one page of cards, and 'Showing 1–25 of 144'.

    A linked quote comes first: within the results when the filters keep it, else ahead of
    page 1 as an extra card.
    """
    page = min(max(1, int(page)), page_count(shown))
    is_linked = shown["quote_id"] == linked
    # Only a linked quote among the results moves (to the top): no reordering otherwise.
    ordered = pd.concat([shown[is_linked], shown[~is_linked]]) if is_linked.any() else shown
    start = (page - 1) * PAGE_SIZE
    rows = ordered.iloc[start : start + PAGE_SIZE]
    words = f"Showing {start + 1:,}–{start + len(rows):,} of {len(shown):,}" if len(rows) else ""
    if linked is None or is_linked.any() or page != 1:
        return rows, words
    extra = quotes[quotes["quote_id"] == linked]
    note = "the linked quote, which the filters leave out"
    words = f"{words}, after {note}" if words else f"Showing only {note}"
    return pd.concat([extra, rows]), words


def download(shown: pd.DataFrame) -> bytes:
    """The quotes shown, in the order shown, as formula-safe CSV with the columns of quotes.csv."""
    return text.formula_safe_csv(shown)
