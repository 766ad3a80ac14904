"""Bad data in the UI: every bad-input case of every CSV, through every page with AppTest.

The pages that need the file show a message naming the file, the column and the row; the
pages that do not need it show no error at all; no page raises.
"""

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from relations.data import read, schemas

from . import bad_data

APP = str(Path(__file__).resolve().parent.parent / "app.py")

# What each page loads (its own words: see the `data.load_*` calls in app_pages/).
PAGE_LOADS = {
    "app_pages/overview.py": {
        "trade",
        "tourism",
        "timeline",
        "quotes",
        "claims",
        "indicators",
        "sources",
    },
    "app_pages/trade.py": {
        "trade",
        "tourism",
        "timeline",
        "quotes",
        "claims",
        "indicators",
        "sources",
        "products",
        "conflicts",
    },
    "app_pages/tourism.py": {
        "trade",
        "tourism",
        "timeline",
        "quotes",
        "claims",
        "indicators",
        "sources",
        "education",
        "conflicts",
    },
    "app_pages/timeline.py": {"timeline", "eras", "quotes", "sources", "conflicts"},
    "app_pages/quotes.py": {
        "quotes",
        "claims",
        "sources",
        "trade",
        "tourism",
        "indicators",
        "timeline",
        "education",
        "conflicts",
    },
}


def needs(page: str) -> set[str]:
    """Files a page needs: what it loads and everything those files reference."""
    return {dep for name in PAGE_LOADS[page] for dep in read.dependencies(name)}


@pytest.mark.parametrize(("name", "case"), bad_data.all_cases())
def test_bad_file_shows_where_it_is_needed_and_nowhere_else(data_copy, name, case):
    column = bad_data.cases(name)[case](data_copy)
    file = schemas.DATASETS[name].file
    at = AppTest.from_file(APP, default_timeout=60).run()
    for page in [*PAGE_LOADS, "app_pages/sources.py"]:
        if page != "app_pages/overview.py":
            at.switch_page(page).run()
        assert not at.exception, (page, at.exception)
        errors = " ".join(e.value for e in at.error)
        details = " ".join(c.value for c in at.code)
        if page == "app_pages/sources.py" or name in needs(page):
            assert file in errors, (page, errors)
            if column:
                assert f"column '{column}'" in details, (page, details)
            if case not in ("missing file", "empty file", "missing column"):
                assert "row" in details, (page, details)
        else:
            assert errors == "", (page, errors)
