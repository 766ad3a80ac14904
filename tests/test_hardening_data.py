"""Bad data in the UI: every bad-input case of every CSV, through every page with AppTest.

The pages with a section that needs the file, or takes something from it, show a message
naming the file, the column and the row (which sections: tests/test_sections.py); the pages
that do not need it show no error at all; no page raises.
"""

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from relations.data import read, schemas

from . import bad_data, sections

APP = str(Path(__file__).resolve().parent.parent / "app.py")

PAGES = {name: f"app_pages/{name}.py" for name in sections.PAGES}


def needs(page: str) -> set[str]:
    """Files whose error a page shows: what its sections need or take something from, and
    everything those files reference (tests/sections.py)."""
    files = set()
    for part in sections.PAGES[page]:
        files |= part.needs | part.without
    return {dep for name in files for dep in read.dependencies(name)}


@pytest.mark.parametrize(("name", "case"), bad_data.all_cases())
def test_bad_file_shows_where_it_is_needed_and_nowhere_else(data_copy, name, case):
    column = bad_data.cases(name)[case](data_copy)
    file = schemas.DATASETS[name].file
    at = AppTest.from_file(APP, default_timeout=60).run()
    for page, script in PAGES.items():
        if page != "overview":
            at.switch_page(script).run()
        assert not at.exception, (page, at.exception)
        errors = " ".join(e.value for e in at.error)
        details = " ".join(c.value for c in at.code)
        if page == "sources" or name in needs(page):
            assert file in errors, (page, errors)
            if column:
                assert f"column '{column}'" in details, (page, details)
            if case not in ("missing file", "empty file", "missing column"):
                assert "row" in details, (page, details)
        else:
            assert errors == "", (page, errors)
