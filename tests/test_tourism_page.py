"""Tourism page through app.py: the year and period filters change what is shown."""

import pandas as pd
from streamlit.testing.v1 import AppTest

from relations.data import load, schemas
from tests.pages import charts, open_page, table


def run_tourism(**params) -> AppTest:
    at = open_page("tourism", **params)
    assert not at.exception
    return at


def drawn_counts(at: AppTest) -> pd.DataFrame:
    """The rows of the visitors chart (the dataset with a `visitors_label` column)."""
    for _, frames in charts(at):
        for frame in frames:
            if "visitors_label" in frame.columns:
                return frame
    return pd.DataFrame(columns=["observation_id", "visitors_label", "kind"])


def csv(name: str) -> pd.DataFrame:
    return pd.read_csv(load.data_dir() / schemas.DATASETS[name].file)


def test_default_view_draws_full_years_and_partial_periods_apart():
    at = run_tourism()
    assert at.title[0].value == "Tourism and education"
    counts = drawn_counts(at)
    tourism = csv("tourism")
    partial = tourism[~tourism["period_end"].str.endswith("12-31")]
    assert set(partial["observation_id"]) <= set(counts["observation_id"])
    assert set(counts.loc[counts["observation_id"].isin(partial["observation_id"]), "kind"]) == {
        "part of a year"
    }
    assert "over 7,000" in set(counts["visitors_label"])  # the qualifier is on the mark
    assert "ru-la-2016-aiti" not in set(counts["observation_id"])  # one count per full year


def test_gaps_are_stated_in_words():
    at = run_tourism()
    captions = " ".join(c.value for c in at.caption)
    assert "2012–2015, 2018 and 2020–2022" in captions


def test_choosing_partial_periods_only_drops_the_full_years():
    at = run_tourism()
    at.pills(key="tourism_periods").set_value(["Partial periods"]).run()
    assert not at.exception
    counts = drawn_counts(at)
    assert set(counts["kind"]) == {"part of a year"}
    assert set(table(at, "kind")["kind"]) == {"part of a year"}


def test_year_range_narrows_the_counts():
    at = run_tourism()
    at.slider(key="tourism_years").set_value((2016, 2019)).run()
    counts = drawn_counts(at)
    assert set(counts["year"]) == {2016, 2017, 2019}


def test_a_deep_link_reproduces_the_view():
    at = run_tourism(tourism_years=["2019", "2023"], tourism_periods="Full years")
    assert at.slider(key="tourism_years").value == (2019, 2023)
    assert at.pills(key="tourism_periods").value == ["Full years"]
    assert drawn_counts(at)["observation_id"].tolist() == ["ru-la-2019"]


def test_no_period_kind_selected_says_which_filter_to_loosen():
    at = run_tourism()
    at.pills(key="tourism_periods").set_value([]).run()
    assert len(at.info) == 1
    assert "choose Full years, Partial periods or both" in at.info[0].value


def test_the_articles_17000_claim_is_set_against_the_counts():
    at = run_tourism()
    claims = table(at, "claim_text").set_index("claim_id")
    claim = csv("claims").set_index("claim_id").loc["cl-eef2023-54-1"]
    assert claims.loc["cl-eef2023-54-1", "claim_text"] == claim["claim_text"]
    assert claims.loc["cl-eef2023-54-1", "verdict"] == "disagrees"


def test_education_section_lists_every_figure():
    at = run_tourism()
    studies = table(at, "measure_label")
    assert len(studies) == len(csv("education"))
