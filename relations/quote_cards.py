"""Quote cards: each quote as markdown for st.markdown / st.caption. No Streamlit.

Data text goes through `literal` first; our own markup (highlights, bold, links) only ever goes
around it, so nothing in a quote can open or close markup of its own.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd

from relations import claims as claim_checks
from relations import text, words
from relations.quotes import language_name, match_spans, neighbours, permalink
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
OUTCOME_WORDS = {
    "agrees": "Agrees with the data",
    "disagrees": "Disagrees with the data",
    "unchecked": "Cannot be checked",
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
        parts.append(literal(value[last:start]))
        parts.append(HIGHLIGHT.format(literal(value[start:end])))
        last = end
    parts.append(literal(value[last:]))
    return "".join(parts)


def source_markdown(source_id: str, sources: pd.DataFrame, *, caution: bool = True) -> str:
    """'[title](url), publisher', escaped, with the research's caution when there is one."""
    rows = sources[sources["source_id"] == source_id]
    if rows.empty:
        return literal(source_id)
    row = rows.iloc[0]
    title = literal(row["title"])
    url = safe_url(row.get("url"))
    named = f"[{title}]({url})" if url else title
    line = f"{named}, {literal(row['publisher'])}"
    if caution and isinstance(row.get("caution"), str) and row["caution"].strip():
        line += " · Caution: " + literal(row["caution"])
    return line


def date_words(row: pd.Series) -> str:
    latest = row["date_latest"] if pd.notna(row["date_latest"]) else None
    return words.date(row["date"], row["date_precision"], latest=latest)


def _language_words(row: pd.Series) -> str:
    return language_name(row["language"]) + (", a translation" if row["is_translation"] else "")


def _note(value: object) -> str:
    return value if isinstance(value, str) and value.strip() else "not recorded"


def _speaker_words(row: pd.Series) -> str:
    if isinstance(row["speaker_country"], str) and row["speaker_country"]:
        return f"{row['speaker_role']} ({row['speaker_country']})"
    return row["speaker_role"]


def _excerpt_markdown(label: str, row: pd.Series | None, first_or_last: str) -> str:
    if row is None:
        return f"**{label}:** nothing, this is the {first_or_last} excerpt of this source."
    return (
        f"**{label}** ({literal(row['speaker'])}, "
        f"{literal(date_words(row))}, [open]({permalink(row['quote_id'])})): "
        + literal(row["text"])
    )


def _period(check: pd.Series) -> str:
    words = claim_checks.period_words(check)
    return literal(words if words == "no period stated" else f"period: {words}")


def _claim_markdown(check: pd.Series, sources: pd.DataFrame) -> str:
    lines = [
        f"**{OUTCOME_WORDS[check['outcome']]}.** Claim: “{literal(check['claim_text'])}” "
        f"({_period(check)}). " + literal(check["sentence"])
    ]
    if check["data_label"]:
        lines.append("Data: " + literal(check["data_label"]))
    if isinstance(check["data_source_id"], str):
        lines.append(
            "Data source: " + source_markdown(check["data_source_id"], sources, caution=False)
        )
    if isinstance(check["note"], str) and check["note"].strip():
        lines.append("Note on the claim: " + literal(check["note"]))
    return "  \n".join(lines)


OUTCOME_ICONS = {
    "agrees": ":material/check_circle:",
    "disagrees": ":material/error:",
    "unchecked": ":material/help:",
}


@dataclass(frozen=True)
class ClaimCheck:
    outcome: str
    markdown: str

    @property
    def icon(self) -> str:
        return OUTCOME_ICONS[self.outcome]


@dataclass(frozen=True)
class Card:
    """One quote ready to show: every field is markdown with the data already escaped."""

    quote_id: str
    text: str
    meta: str
    context: str
    permalink: str
    linked: bool = False
    claims: list[ClaimCheck] = field(default_factory=list)


def cards(
    rows: pd.DataFrame,
    *,
    quotes: pd.DataFrame,
    sources: pd.DataFrame,
    claims: pd.DataFrame,
    evidence: dict[str, pd.DataFrame],
    query: str = "",
    linked: str | None = None,
) -> list[Card]:
    """Cards for the rows shown, with their claims' verdicts and their neighbours for context.

    `evidence`: the datasets named in EVIDENCE, by dataset name. Only the claims of the rows
    shown are checked. Memoised: a rerun that shows the same rows (any widget change that
    leaves the results alone) reuses the cards, about 30 ms per page of 25.
    """
    frames = {EVIDENCE[name]: frame for name, frame in evidence.items()}
    checks = claim_checks.check_all(claims[claims["quote_id"].isin(rows["quote_id"])], **frames)
    made = []
    for _, row in rows.iterrows():
        before, after = neighbours(quotes, row["quote_id"])
        meta = "  \n".join(
            ([":material/link: **The quote you linked to**"] if row["quote_id"] == linked else [])
            + [
                f"**{literal(row['speaker'])}**, {literal(_speaker_words(row))}",
                f"{literal(date_words(row))} · {literal(row['event'])}",
                "Topics: "
                + literal(row["topics"].replace(";", ", "))
                + " · "
                + literal(_language_words(row)),
                "Source: " + source_markdown(row["source_id"], sources),
            ]
        )
        context = "  \n\n".join(
            [
                _excerpt_markdown("Before", before, "first"),
                _excerpt_markdown("After", after, "last"),
                "How the date is known: " + literal(_note(row["date_note"])),
                "Language and translation: " + literal(_note(row["language_note"])),
            ]
        )
        own = checks[checks["quote_id"] == row["quote_id"]]
        made.append(
            Card(
                quote_id=row["quote_id"],
                text=highlight(row["text"], query),
                meta=meta,
                context=context,
                permalink=(
                    f"[Link to this quote]({permalink(row['quote_id'])}) · "
                    + literal(permalink(row["quote_id"]))
                ),
                linked=row["quote_id"] == linked,
                claims=[
                    ClaimCheck(check["outcome"], _claim_markdown(check, sources))
                    for _, check in own.iterrows()
                ],
            )
        )
    return made
