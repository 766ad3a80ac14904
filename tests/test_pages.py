"""AppTest through app.py: every page runs, the frame draws, the figures equal the data."""

import datetime as dt
import json
from pathlib import Path

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from relations.data import load, schemas
from tests.pages import open_page

APP = str(Path(__file__).resolve().parent.parent / "app.py")
PAGES = ["app_pages/overview.py", "app_pages/sources.py"]


def run_page(page: str | None = None) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=60).run()
    if page:
        at.switch_page(page).run()
    return at


def csv(name: str) -> pd.DataFrame:
    return pd.read_csv(load.data_dir() / schemas.DATASETS[name].file)


@pytest.mark.parametrize("page", PAGES)
def test_page_runs_without_exception_and_draws_the_frame(page):
    at = run_page(page)
    assert not at.exception
    assert len(at.title) == 1
    sidebar_text = " ".join(c.value for c in at.sidebar.caption)
    assert "Laos–Russia relations since 1960" in sidebar_text
    assert "The collection runs to" in sidebar_text


def test_sidebar_names_the_date_the_data_runs_to():
    at = run_page()
    # The newest dated row of the shipped data: Sergei Zhestky, 13 December 2025.
    assert "The collection runs to 13 December 2025." in [c.value for c in at.sidebar.caption]


def _metric(at: AppTest, label: str) -> str:
    values = [m.value for m in at.metric if m.label == label]
    assert len(values) == 1, label
    return values[0]


def test_overview_metrics_equal_the_data():
    at = run_page()
    trade = csv("trade")
    today = dt.date.today()
    founded = dt.date(1960, 10, 7)
    years = today.year - founded.year - ((today.month, today.day) < (founded.month, founded.day))
    assert _metric(at, "Years of diplomatic relations") == str(years)

    russia_total = trade[(trade["reporter"] == "Russia") & (trade["measure"] == "turnover")]
    russia_total = russia_total[
        (russia_total["first_month"] == 1) & (russia_total["last_month"] == 12)
    ]
    latest = russia_total[russia_total["year"] == russia_total["year"].max()]
    assert latest["year"].iloc[0] == 2022
    assert _metric(at, "Latest Russia-reported turnover, US$ m") == (
        f"{latest['value_usd_m'].iloc[0]:,.1f}"
    )
    derived = russia_total[russia_total["status"] == "derived"]
    assert _metric(at, "Peak year of reported trade") == str(
        derived.loc[derived["value_usd_m"].idxmax(), "year"]
    )

    tourism = csv("tourism")
    full_2019 = tourism[
        (tourism["period_start"] == "2019-01-01") & (tourism["period_end"] == "2019-12-31")
    ]
    assert _metric(at, "Russian visitors, latest full year") == f"{full_2019['visitors'].iloc[0]:,}"
    assert _metric(at, "Events in the timeline") == f"{len(csv('timeline')):,}"
    assert _metric(at, "Quotes collected") == f"{len(csv('quotes')):,}"


def test_overview_findings_are_computed_from_the_data():
    at = run_page()
    findings = " ".join(m.value for m in at.markdown)
    assert "peaked in 2018" in findings
    assert r"3\.9 times" in findings  # 50 / 12.9, escaped for markdown
    assert "23,453" in findings


def test_overview_draws_one_chart_with_both_reporters():
    import json

    at = run_page()
    charts = at.get("vega_lite_chart")
    assert len(charts) == 1
    spec = json.loads(charts[0].proto.spec)
    assert "layer" in spec


TITLES = {
    "trade": "Trade flows",
    "tourism": "Russian visitors to Laos",
    "education": "Education flows",
    "products": "What is traded (statements)",
    "indicators": "Laos context series",
    "timeline": "Timeline events",
    "eras": "Eras of the relationship",
    "quotes": "Quotes",
    "claims": "Numeric claims in quotes",
    "conflicts": "Where sources disagree",
    "sources": "Sources",
    "translations": "Russian and Lao versions of the dashboard's own texts",
}


def test_sources_page_lists_every_source_and_a_download_per_file():
    at = open_page("sources")
    assert not at.exception
    assert f"{len(csv('sources'))} sources" in [h.value for h in at.subheader]
    labels = sorted(button.proto.label for button in at.get("download_button"))
    expected = sorted(f"{TITLES[name]} ({len(csv(name)):,} rows)" for name in schemas.DATASETS)
    assert labels == expected


def test_sources_table_shows_reader_labels_and_links_most_cited_first():
    at = open_page("sources")
    table = at.dataframe[0]  # the sources; the conflicts follow
    shown = table.value
    assert len(shown) == len(csv("sources"))
    assert list(shown["rows_total"]) == sorted(shown["rows_total"], reverse=True)
    config = json.loads(table.proto.columns)
    assert {name: config[name]["label"] for name in config if name != "_index"} == {
        "rows_total": "Rows citing it",
        "title": "Title",
        "title_english": "Title in English (translated by this dashboard)",
        "publisher": "Publisher",
        "kind": "Kind",
        "published": "Published",
        "url": "Link",
        "caution": "Caution",
        "source_id": "Source id",
    }
    assert config["url"]["type_config"] == {"type": "link", "display_text": "open"}


def test_sources_page_shows_the_known_gaps_and_a_dictionary_section_per_file():
    at = open_page("sources")
    headings = [h.value for h in at.subheader]
    assert headings[-5:] == [
        "Download the data",
        "Data version and reuse",
        "Languages",
        "Known gaps",
        "Data dictionary",
    ]
    assert [e.label for e in at.expander][:2] == ["sources.csv", "trade.csv"]
    assert "Known gaps" not in [e.label for e in at.expander]
    assert len(at.expander) == len(schemas.DATASETS)


def test_a_broken_file_shows_an_error_on_pages_that_need_it_only(data_copy):
    path = data_copy / "trade.csv"
    path.write_text(
        path.read_text(encoding="utf-8").replace(",148.816,", ",lots,", 1), encoding="utf-8"
    )
    at = run_page()
    assert not at.exception
    assert any("trade.csv" in e.value for e in at.error)
    assert any("value_usd_m" in c.value for c in at.code)
    sources = at.switch_page("app_pages/sources.py").run()
    assert not sources.exception
    assert any("trade.csv" in e.value for e in sources.error)
    assert f"{len(csv('sources'))} sources" in [h.value for h in sources.subheader]


def test_sources_page_shows_every_conflict_with_both_sides_and_their_sources():
    at = open_page("sources")
    assert not at.exception
    assert "Where the sources disagree" in [h.value for h in at.subheader]
    lines = [m.value for m in at.markdown if m.value.startswith("- ")]
    conflicts = [line for line in lines if " against “" in line]
    assert len(conflicts) == len(csv("conflicts"))
    (killed,) = [line for line in conflicts if line.startswith("- Lao people killed")]
    assert "“350,000 Lao people were killed in these bombings”" in killed
    assert "“Tens of thousands of people are believed" in killed
    assert r"\(TASS report, 3 October 2018\)" in killed
    (january,) = [line for line in conflicts if "January 2023" in line]
    assert "88 percent" in january and r"83\.2%" in january
