"""Text from the data stays text: markdown escaping, safe links, formula-safe CSV. Pure functions."""

from __future__ import annotations

import csv
import io
import re
import urllib.parse
from collections.abc import Collection

import pandas as pd

# Every character Streamlit's markdown (CommonMark + GFM + its own :color[...] directives,
# $math$ and emoji shortcodes) could treat as syntax gets a backslash.
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>$:~=^&])")
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
# Backslash escapes cannot stop what Streamlit's markdown does to text AFTER parsing: GFM turns
# http://…, www.… and a@b.c into links, and :smile: or :material/home: become an emoji or an
# icon. An empty `:gray[]` (an empty span) splits the text at the colon, "www." and "@", so the
# patterns no longer match and every character is still shown as written.
_SPLIT = ":gray[]"
_AFTER_PARSE = re.compile(r"(\\:)|(?i:(?<=www)(?=\\\.))|(?=@)")


# Spaces or a tab at the start of a line would open a code block (after a blank line, or at the
# very start), which shows every escape's backslash. As character references they are the same
# characters to the reader, but markdown no longer counts them as indentation.
_INDENT = re.compile(r"^[ \t]+", re.MULTILINE)
_SPACES = {" ": "&#32;", "\t": "&#9;"}


def _indent_as_text(found: re.Match[str]) -> str:
    return "".join(_SPACES[character] for character in found[0])


def escape_markdown(text: object, *, line_start: bool = True) -> str:
    """Markdown that shows `text` exactly as written: no emphasis, link, HTML, emoji, icon,
    and no block either (code block, fence, quote, heading, list, table, math).

    `line_start=False`: the text goes on a line after other markdown (a piece between two
    search highlights), so its leading spaces are not a line's indentation.
    """
    lines = str(text).replace("\r\n", "\n").replace("\r", "\n")
    escaped = _MARKDOWN_SPECIAL.sub(r"\\\1", lines)
    escaped = _AFTER_PARSE.sub(
        lambda found: f"{_SPLIT}{found[1]}{_SPLIT}" if found[1] else _SPLIT, escaped
    )
    first, newline, rest = escaped.partition("\n")
    if not line_start:  # only the lines after the first start a line
        return (first + newline + _INDENT.sub(_indent_as_text, rest)).replace("\n", "  \n")
    return _INDENT.sub(_indent_as_text, escaped).replace("\n", "  \n")


def neutralise_formula(cell: str) -> str:
    """A spreadsheet would run a cell starting with = + - @ as a formula: prefix it with '."""
    return "'" + cell if cell.startswith(FORMULA_STARTS) else cell


def formula_safe_csv_text(text: str, *, text_columns: Collection[str] | None = None) -> str:
    """The same CSV with every formula-like text cell neutralised; other bytes unchanged.

    `text_columns`: the columns holding text (default: every column). A cell of any other
    column is a number, a date or a flag and stays as written, so -1.2 stays -1.2 and the
    file still passes the schema it came from.
    """
    rows = list(csv.reader(io.StringIO(text)))
    if not rows:
        return ""
    header = rows[0]
    neutral = [text_columns is None or name in text_columns for name in header]
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow([neutralise_formula(cell) for cell in header])
    writer.writerows(
        [
            neutralise_formula(cell) if index >= len(neutral) or neutral[index] else cell
            for index, cell in enumerate(row)
        ]
        for row in rows[1:]
    )
    return out.getvalue()


def formula_safe_csv(frame: pd.DataFrame) -> bytes:
    """A frame as UTF-8 CSV for download, dates as YYYY-MM-DD, formula-like cells neutralised."""
    safe = frame.copy()
    for column in safe.columns:
        if pd.api.types.is_datetime64_any_dtype(safe[column]):
            safe[column] = safe[column].dt.strftime("%Y-%m-%d")
        if pd.api.types.is_object_dtype(safe[column]) or pd.api.types.is_string_dtype(safe[column]):
            safe[column] = safe[column].map(
                lambda v: neutralise_formula(v) if isinstance(v, str) else v
            )
    return safe.to_csv(index=False, lineterminator="\n").encode("utf-8")


def safe_file_name(name: str) -> str:
    """A download file name without path separators or odd characters."""
    cleaned = re.sub(r"[^A-Za-z0-9._-]+", "-", name).strip(".-")
    return cleaned or "download.csv"


def escape_dollars(markdown: str) -> str:
    """Our own markdown (data/README.md) with $ kept literal instead of starting math."""
    return markdown.replace("$", r"\$")


def safe_url(url: object) -> str | None:
    """An http(s) address, with characters that would end a markdown link percent-encoded."""
    if not isinstance(url, str):
        return None
    url = url.strip()
    parts = urllib.parse.urlsplit(url)
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    return urllib.parse.quote(url, safe=":/?#@!$&'*+,;=%~-._")
