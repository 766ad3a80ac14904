"""What each section of each page needs, in the pages' own order, and how to read a page
drawn by AppTest as sections (split at its subheaders).

A section NEEDS a file when it cannot be drawn without it: while the file is broken the
section shows the file's error in its place (or, below a part that already said so, is not
drawn at all). A section can do WITHOUT a file it would take something from: it is drawn, and
shows the file's error beside what is drawn. Breaking a file breaks the files that cite it too
(read.dependencies), so a section needs everything its files reference.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from streamlit.testing.v1 import AppTest

from relations import (
    checks_words,
    overview_words,
    quotes_words,
    sources_words,
    timeline_words,
    tourism_words,
    trade_words,
)
from relations.data import read, schemas

EVERY_FILE = frozenset(schemas.DATASETS)
GLANCE = {"trade", "tourism", "timeline", "quotes", "claims", "indicators", "sources"}


@dataclass(frozen=True)
class Section:
    heading: str  # a pattern of its subheader; "" for what stands above the first one
    needs: frozenset[str]
    without: frozenset[str] = frozenset()

    def needs_closure(self) -> set[str]:
        return {dep for name in self.needs for dep in read.dependencies(name)}


def section(heading: str, needs: set[str], without: set[str] = frozenset()) -> Section:
    return Section(heading, frozenset(needs), frozenset(without))


PAGES: dict[str, list[Section]] = {
    "overview": [
        section("", GLANCE),
        section(re.escape(overview_words.CHART_HEADING), {"trade", "sources"}, {"timeline"}),
        section(re.escape(overview_words.FINDINGS_HEADING), GLANCE),
    ],
    "trade": [
        section("", {"trade", "sources"}),
        section(re.escape(trade_words.FLOWS_HEADING), {"trade", "sources"}, {"timeline"}),
        section(re.escape(trade_words.YEARLY_HEADING), {"trade", "sources"}, {"indicators"}),
        section(re.escape(checks_words.MIRROR_HEADING), {"trade", "sources"}),
        section(
            re.escape(checks_words.CLAIMS_HEADING),
            {"trade", "sources", "claims", "quotes", "conflicts"},
        ),
        section(re.escape(trade_words.PRODUCTS_HEADING), {"products", "sources"}),
    ],
    "tourism": [
        section("", {"tourism", "sources"}),
        section(re.escape(tourism_words.VISITORS_HEADING), {"tourism", "sources"}, {"timeline"}),
        section(re.escape(tourism_words.SHARES_HEADING), {"tourism", "sources"}),
        section(
            re.escape(tourism_words.CLAIMS_HEADING),
            {"tourism", "sources"},
            {"claims", "quotes", "conflicts"},
        ),
        section(re.escape(tourism_words.EDUCATION_HEADING), {"education", "sources"}),
    ],
    "timeline": [
        section("", {"timeline", "sources"}, {"eras", "quotes", "claims", "conflicts"}),
        section(re.escape(timeline_words.DECADES), {"timeline", "sources"}),
    ],
    "quotes": [
        section(
            "",
            {"quotes", "sources"},
            {"claims", "trade", "tourism", "indicators", "timeline", "education", "conflicts"},
        ),
        section(r"\d+ of \d+ quotes?|No quotes", {"quotes", "sources"}),
    ],
    "sources": [
        section("", set(), EVERY_FILE),
        section(r"\d+ sources?", {"sources"}),
        section(re.escape(sources_words.CONFLICTS), {"conflicts", "sources"}),
        section(re.escape(sources_words.DOWNLOADS), set()),
        section(re.escape(sources_words.GAPS), set()),
        section(re.escape(sources_words.DICTIONARY), set()),
    ],
}
TITLES = {
    "quotes": quotes_words.TITLE,
}


@dataclass
class Drawn:
    heading: str
    errors: list[str]
    details: list[str]
    content: int  # elements drawn that are not errors, headings or error details


SHOWN = {"vega_lite_chart", "dataframe", "markdown", "metric", "caption", "slider", "info"}


def drawn_sections(at: AppTest) -> list[Drawn]:
    """The page as drawn, split at its subheaders; the part above the first one is ""."""
    found = [Drawn("", [], [], 0)]
    for node in at.main:
        kind = node.type
        if kind == "subheader":
            found.append(Drawn(node.value, [], [], 0))
        elif kind == "error":
            found[-1].errors.append(node.value)
        elif kind == "code":
            found[-1].details.append(node.value)
        elif kind in SHOWN or kind.endswith("_input") or kind in ("multiselect", "toggle"):
            found[-1].content += 1
    return found


def matching(drawn: list[Drawn], wanted: Section) -> Drawn | None:
    for part in drawn:
        if re.fullmatch(wanted.heading, part.heading) if wanted.heading else part.heading == "":
            return part
    return None
