"""Degrade by section, not by page: each file broken, through each page (AppTest).

Each section that needs the broken file shows its error in its place (or is not drawn, below
a part that already said so); each section that can do without it is drawn and says what is
missing; every other section is drawn with no word of that file. tests/sections.py says what
each section needs.
"""

from __future__ import annotations

import csv
import io

import pytest

from relations import broken_words, text
from relations.data import read, schemas
from tests import sections
from tests.pages import open_page
from tests.test_quotes_page import cards


def _drop_last_column(folder, name):
    path = folder / schemas.DATASETS[name].file
    rows = list(csv.reader(io.StringIO(path.read_text(encoding="utf-8"))))
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows(row[:-1] for row in rows)
    path.write_text(out.getvalue(), encoding="utf-8")


def _names(broken: str, text: str) -> bool:
    return schemas.DATASETS[broken].file in text


@pytest.mark.parametrize("broken", list(schemas.DATASETS))
@pytest.mark.parametrize("page", list(sections.PAGES))
def test_a_broken_file_costs_the_sections_that_need_it_and_no_others(data_copy, page, broken):
    _drop_last_column(data_copy, broken)
    at = open_page(page)
    assert not at.exception, at.exception
    drawn = sections.drawn_sections(at)
    # Which files break with it: itself and every file that cites it.
    costs = {name for name in schemas.DATASETS if broken in read.dependencies(name)}
    for wanted in sections.PAGES[page]:
        part = sections.matching(drawn, wanted)
        needed = bool(costs & wanted.needs_closure())
        label = (page, wanted.heading or "top", broken)
        if needed:
            if part is None:
                continue  # below a part that already showed the error: not drawn at all
            assert any(_names(broken, e) for e in part.errors), label
            assert any("column '" in d or "expected" in d for d in part.details), label
        else:
            assert part is not None, label
            assert part.content > 0, label
            named = [e for e in part.errors if _names(broken, e)]
            if costs & wanted.without:
                assert named, label  # drawn, and saying what is missing
            else:
                assert not named, label


def test_quotes_without_trade_show_quotes_and_say_which_verdicts_cannot_be_checked(data_copy):
    _drop_last_column(data_copy, "trade")
    at = open_page("quotes", quotes_claims_only="true")
    assert not at.exception
    assert at.subheader[0].value.split()[0].isdigit()  # "N of 144 quotes": the quotes are there
    cannot = text.escape_markdown(broken_words.cannot_check("trade.csv"))
    unchecked = [box.value for box in at.info if cannot in box.value]
    assert unchecked  # a trade claim's verdict says why it is missing
    assert at.success or at.warning  # claims about other data keep their verdicts
    assert all(cannot not in box.value for box in [*at.success, *at.warning])


def test_quotes_without_trade_keep_their_filters_search_and_permalinks(data_copy):
    _drop_last_column(data_copy, "trade")
    first = open_page("quotes").subheader[0].value
    searched = open_page("quotes", quotes_text="friendship")
    assert not searched.exception
    assert searched.subheader[0].value != first  # the search narrowed the quotes
    assert searched.multiselect(key="quotes_speakers").options  # the filters have choices
    linked = open_page("quotes", quote="eef2023-53")  # a quote with a trade claim
    assert not linked.exception
    first = cards(linked)[0]
    assert first.key == "quotes_card_eef2023-53"
    (verdict,) = first.info
    assert text.escape_markdown(broken_words.cannot_check("trade.csv")) in verdict.value


def test_a_bad_url_in_sources_costs_only_that_sources_link(data_copy):
    path = data_copy / "sources.csv"
    rows = list(csv.reader(io.StringIO(path.read_text(encoding="utf-8"))))
    url = rows[0].index("url")
    row = next(i for i, r in enumerate(rows[1:], 1) if r[url])
    broken_id = rows[row][0]
    rows[row][url] = "javascript:alert(1)"
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows(rows)
    path.write_text(out.getvalue(), encoding="utf-8")
    for page in ("overview", "trade", "tourism", "timeline", "quotes"):
        at = open_page(page)
        assert not at.exception, page
        assert not [e.value for e in at.error], page
    at = open_page("sources")
    assert any("sources.csv" in e.value for e in at.error)
    assert any(f"column 'url', row {row}" in c.value for c in at.code)
    table = next(t.value for t in at.dataframe if "url" in t.value.columns)
    assert table.loc[table["source_id"] == broken_id, "url"].isna().all()
    assert table["url"].notna().sum() > 0  # the other links stay
    failures = read.check_folder(data_copy)
    assert [f.file for f in failures] == ["sources.csv"]
    assert [p.column for p in failures[0].problems] == ["url"]
