"""A copy of data/ with hostile text in every free-text column that reaches the screen.

HTML, markdown links and images, and Streamlit's own directives (colours, math, icons, emoji
shortcodes) go into each column, appended to the real value so filters and counts still work.
Empty cells get a spreadsheet formula first. The copy stays valid against the data contract, so every page renders it.
"""

from __future__ import annotations

import csv
import io
import shutil
from pathlib import Path

from relations.data import load, schemas

# Each piece is something a renderer could act on: an element, a script, a javascript: link,
# a request to a closed local port, a colour, math, an icon and an emoji.
PIECES = (
    "<img src=x onerror=alert(1)>",
    "<script>alert(1)</script>",
    "[x](javascript:alert(1))",
    "![](http://127.0.0.1:9/x.png)",
    ":red[red]",
    "$$x$$",
    ":material/home:",
    ":smile:",
)
HOSTILE = " ".join(PIECES)
# An empty cell gets a spreadsheet formula in front, so downloads have formula cells to defuse.
FORMULA = '=HYPERLINK("http://127.0.0.1:9/","x")'

# Pieces a markdown body must never hold unescaped (what markdown or HTML would act on).
RAW_MARKUP = (
    "<img",
    "<script",
    "](javascript",
    "![](",
    ":red[",
    "$$x",
    ":material/home:",
    ":smile:",
)

COLUMNS = {
    "quotes": ["text", "speaker", "speaker_role", "event", "date_note"],
    "timeline": ["title", "description", "source_excerpt", "date_note"],
    "eras": ["title", "description"],
    "sources": ["title", "publisher", "caution"],
    "tourism": ["source_excerpt", "note"],
    "trade": ["note", "source_cell"],
    "products": ["products", "excerpt", "note"],
    "claims": ["claim_text", "note"],
    "education": ["source_excerpt", "note"],
}
# Columns whose emptiness means something (no English for a quote in English): spiked only
# where they hold text, so the copy keeps to the contract.
FILLED_COLUMNS = {
    "quotes": ["english", "english_part", "english_note", "dashboard_translation"],
    "sources": ["title_english"],
    "products": ["excerpt_english"],
}


def _read(path: Path) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8-sig"))))


def _write(path: Path, rows: list[dict[str, str]]) -> None:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(rows[0]), lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    path.write_text(out.getvalue(), encoding="utf-8")


def _spiked(value: str) -> str:
    return f"{value} {HOSTILE}" if value else f"{FORMULA} {HOSTILE}"


def _quote_texts_keeping_claims(quotes: list[dict], claims: list[dict]) -> None:
    """The hostile string goes right after each claim's words in its quote, and at the end.

    A claim's words must stay a substring of its quote, so the claim gets the same suffix.
    """
    by_quote = {row["quote_id"]: row for row in quotes}
    for claim in claims:
        quote = by_quote[claim["quote_id"]]
        said = claim["claim_text"]
        if f"{said} {HOSTILE}" not in quote["text"]:
            quote["text"] = quote["text"].replace(said, f"{said} {HOSTILE}", 1)
        claim["claim_text"] = f"{said} {HOSTILE}"
    for quote in quotes:
        if not quote["text"].endswith(HOSTILE):
            quote["text"] = _spiked(quote["text"])


def _translations_kept(folder: Path, rows: dict[str, list[dict]]) -> None:
    """translations.csv rewritten for the spiked texts: each text's Russian and Lao get the
    same hostile string (so it reaches the Russian and Lao pages too), and the copy still
    passes the check that every text is translated."""
    path = folder / schemas.DATASETS["translations"].file
    known = {(row["file"], row["column"], row["english"]): row for row in _read(path)}
    kept = []
    for name, columns in schemas.TRANSLATED.items():
        file = schemas.DATASETS[name].file
        source = rows.get(name) or _read(folder / file)
        for column in columns:
            for value in dict.fromkeys(row[column] for row in source if row[column].strip()):
                was = known.get((file, column, value.removesuffix(f" {HOSTILE}")))
                versions = {lang: _spiked(was[lang]) if was else value for lang in ("ru", "lo")}
                kept.append({"file": file, "column": column, "english": value, **versions})
    _write(path, kept)


def build(folder: Path) -> Path:
    """Copy data/ to `folder` with the hostile string in every column of COLUMNS; validated."""
    shutil.copytree(load.PACKAGE_DATA_DIR, folder)
    rows = {name: _read(folder / schemas.DATASETS[name].file) for name in COLUMNS}
    _quote_texts_keeping_claims(rows["quotes"], rows["claims"])
    for name, columns in COLUMNS.items():
        for row in rows[name]:
            for column in columns:
                if (name, column) not in {("quotes", "text"), ("claims", "claim_text")}:
                    row[column] = _spiked(row[column])
            for column in FILLED_COLUMNS.get(name, ()):
                if row[column]:
                    row[column] = _spiked(row[column])
        _write(folder / schemas.DATASETS[name].file, rows[name])
    _translations_kept(folder, rows)
    quotes = {row["quote_id"]: row["text"] for row in rows["quotes"]}
    for claim in rows["claims"]:
        assert claim["claim_text"] in quotes[claim["quote_id"]], claim["claim_id"]
    for name in schemas.DATASETS:
        load.dataset(name, folder=folder)  # raises DataError if the copy broke the contract
    return folder
