"""Citing and sharing a view: the data's version, permalinks, file names, BibTeX. Pure.

No Streamlit here: `ui` hands in the page's address as the browser sees it and the URL's
parameters; `relations.cite_words` writes the reader-facing citations from what this returns.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
import urllib.parse
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

import pandas as pd

# Streamlit's own parameters: an embedded view's permalink opens the full page, and a
# permalink carries only the view's own parameters.
EMBED_PARAMS = ("embed", "embed_options")
# Community Cloud serves the app itself under /~/+/ inside its frame; the address readers
# share is the one without it.
_CLOUD_FRAME = "/~/+"
DIGEST_LENGTH = 8


@dataclass(frozen=True)
class DataVersion:
    """Which data a view shows: how far the collection runs (None when its dated files cannot
    be read) and a short hash of every data file's bytes."""

    as_of: pd.Timestamp | None
    digest: str

    @property
    def stamp(self) -> str:
        """What names this version in a file name: the as-of day, else the hash."""
        return self.as_of.strftime("%Y-%m-%d") if self.as_of is not None else self.digest


def content_digest(files: Iterable[tuple[str, bytes]]) -> str:
    """A short hash of these (file name, bytes) pairs, in any order: the same files give the
    same hash, and a byte changed in any file gives another."""
    digest = hashlib.sha256()
    for name, content in sorted(files):
        digest.update(name.encode() + b"\0" + str(len(content)).encode() + b"\0" + content)
    return digest.hexdigest()[:DIGEST_LENGTH]


def page_address(context_url: str | None, *, fallback: str) -> str:
    """The page's address without query or fragment, as a reader would share it.

    `context_url`: what the browser reports (`st.context.url`), or None where there is no
    browser (a test, a script); then `fallback`. Community Cloud's frame path is dropped.
    """
    url = (context_url or "").strip() or fallback
    parts = urllib.parse.urlsplit(url)
    path = parts.path.replace(_CLOUD_FRAME + "/", "/")
    if path.endswith(_CLOUD_FRAME):
        path = path[: -len(_CLOUD_FRAME)]
    return urllib.parse.urlunsplit((parts.scheme, parts.netloc, path or "/", "", ""))


def permalink(address: str, params: Mapping[str, Sequence[str]]) -> str:
    """`address` with these URL parameters (each key's values in order), without Streamlit's
    embed parameters; parameters are percent-encoded, so the link is one token."""
    kept = [
        (key, value)
        for key, values in params.items()
        if key.lower() not in EMBED_PARAMS
        for value in values
    ]
    query = urllib.parse.urlencode(kept, quote_via=urllib.parse.quote)
    return f"{address}?{query}" if query else address


def embed_link(link: str) -> str:
    """The permalink in Streamlit's embed mode (no toolbar, no padding)."""
    return f"{link}{'&' if '?' in link else '?'}embed=true"


def slug(*parts: object) -> str:
    """Lower-case ASCII words joined by hyphens: ("Trade", "Russia", (2010, 2022)) ->
    'trade-russia-2010-2022'. A sequence counts as its items; accents are dropped."""
    words: list[str] = []
    for part in parts:
        items = part if isinstance(part, list | tuple) else [part]
        for item in items:
            # An accent goes (NFKD splits it off); any other non-ASCII letter or sign separates.
            plain = "".join(
                c if c.isascii() else "" if unicodedata.combining(c) else " "
                for c in unicodedata.normalize("NFKD", str(item))
            )
            words += re.findall(r"[a-z0-9]+", plain.lower())
    return "-".join(words)


def file_name(prefix: str, view: Sequence[object], version: DataVersion, *, ext: str) -> str:
    """'laos-russia-trade-flows-russia-2010-2022-data-2025-12-13.csv': the prefix, the view's
    parts and the data's version."""
    return f"{slug(prefix, *view)}-data-{version.stamp}.{ext}"


def dated(name: str, version: DataVersion) -> str:
    """A download's file name in lower case with the data's version before its extension:
    'trade.csv' -> 'trade-data-2025-12-13.csv'."""
    stem, dot, ext = name.lower().rpartition(".")
    if not dot:
        stem, ext = name, ""
    suffix = f"-data-{version.stamp}"
    stem = stem if stem.endswith(suffix) else stem + suffix
    return f"{stem}.{ext}" if ext else stem


_BIBTEX_SPECIAL = re.compile(r"([\\{}%&$#_^~])")
_BIBTEX_REPLACE = {"\\": r"\textbackslash{}", "^": r"\^{}", "~": r"\~{}"}


def bibtex_text(value: object) -> str:
    """Text as a BibTeX field value shows it: TeX's special characters escaped."""
    return _BIBTEX_SPECIAL.sub(
        lambda found: _BIBTEX_REPLACE.get(found[1], "\\" + found[1]), str(value)
    )


def bibtex_key(*parts: object) -> str:
    """A citation key of letters, digits and underscores."""
    return slug(*parts).replace("-", "_") or "item"


def bibtex(kind: str, key: str, fields: Mapping[str, str | None]) -> str:
    """One BibTeX entry: `fields` in order, empty ones left out; a field named `url` is kept as
    written (it is already percent-encoded), the others escaped; `author` and `title` are
    braced twice so a name of an organisation stays whole and capitals stay."""
    lines = [f"@{kind}{{{key},"]
    for name, value in fields.items():
        if value is None or value == "":
            continue
        if name == "url":
            written = "{" + str(value).replace("{", "%7B").replace("}", "%7D") + "}"
        elif name in ("author", "title"):
            written = "{{" + bibtex_text(value) + "}}"
        else:
            written = "{" + bibtex_text(value) + "}"
        lines.append(f"  {name} = {written},")
    lines.append("}")
    return "\n".join(lines)


def principal_rows(datasets: Mapping[str, pd.DataFrame]) -> pd.DataFrame:
    """The rows a chart draws as its subject: its largest dataset (the first of equals).

    Every chart here layers its series over a few context rows (event rules, gaps, claims),
    so the series is the largest frame; a page names the rows itself where that is not so.
    """
    frames = list(datasets.values())
    if not frames:
        return pd.DataFrame()
    return max(frames, key=len)


def _sourced(items: pd.DataFrame, sources: pd.DataFrame, id_column: str) -> pd.DataFrame:
    cited = sources.rename(
        columns=lambda column: f"source_{column}" if column != "source_id" else column
    )
    joined = items.merge(cited, on="source_id", how="left", validate="many_to_one")
    return joined.set_index(id_column, drop=False)


def sourced_quotes(quotes: pd.DataFrame, sources: pd.DataFrame) -> pd.DataFrame:
    """Every quote by quote_id, with its source's columns as source_title, source_publisher,
    source_author, source_url, source_published."""
    return _sourced(quotes, sources, "quote_id")


def sourced_events(events: pd.DataFrame, sources: pd.DataFrame) -> pd.DataFrame:
    """Every event of timeline.csv by event_id, with its source's columns as for quotes."""
    return _sourced(events, sources, "event_id")


def source_of(row: Mapping[str, object]) -> dict[str, object]:
    """The source's fields of a row of `sourced_quotes` or `sourced_events`, without the prefix."""
    return {
        name.removeprefix("source_"): value
        for name, value in row.items()
        if name.startswith("source_") and name != "source_id"
    }
