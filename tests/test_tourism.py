"""Tourism and education domain: tiny frames built here, exact expected values."""

import pandas as pd

from relations import tourism

SOURCES = pd.DataFrame(
    {"source_id": ["s"], "title": ["Ministry statistical report"], "publisher": ["Lao ministry"]}
)


def count(observation_id, start, end, visitors, qualifier="exact", total=None, total_q=None):
    return dict(
        observation_id=observation_id,
        origin="Russia",
        destination="Laos",
        period_start=pd.Timestamp(start),
        period_end=pd.Timestamp(end),
        visitors=visitors,
        qualifier=qualifier,
        total_arrivals=total,
        total_arrivals_qualifier=total_q,
        origin_rank=None,
        source_id="s",
        source_excerpt="…",
        note=None,
    )


COUNTS = pd.DataFrame(
    [
        count("y2011", "2011-01-01", "2011-12-31", 7000, "over"),
        count("y2016-rough", "2016-01-01", "2016-12-31", 13000, "at_least", 4_200_000, "over"),
        count("y2016", "2016-01-01", "2016-12-31", 13033),
        count("y2019", "2019-01-01", "2019-12-31", 12054, "exact", 4_791_065, "exact"),
        count("q1", "2023-01-01", "2023-03-31", 11573, "exact", 800_000, "over"),
        count("h1", "2023-01-01", "2023-06-30", 23453),
    ]
).astype({"total_arrivals": "Int64"})


def shown():
    return tourism.visitors(COUNTS, SOURCES).set_index("observation_id")


def test_share_is_exact_under_about_or_not_given():
    assert tourism.share(12054, "exact", 4_791_065, "exact") == (0.252, "exact")
    assert tourism.share(11573, "exact", 800_000, "over") == (1.447, "under")
    assert tourism.share(12000, "about", 4_000_000, "exact") == (0.3, "about")
    assert tourism.share(13000, "at_least", 4_200_000, "over") is None  # bounds nothing
    assert tourism.share(13033, "exact", pd.NA, None) is None


def test_visitors_keep_the_most_precise_full_year_and_mark_parts_of_a_year():
    rows = shown()
    assert rows.loc["y2016", "kind"] == "full year"
    assert rows.loc["y2016-rough", "kind"] == "full year, less precise count"
    assert rows.loc["q1", "kind"] == "part of a year"
    assert rows.loc["y2011", "visitors_label"] == "over 7,000"
    assert rows.loc["q1", "period"] == "January–March 2023"
    assert rows.loc["q1", "share_label"] == "under 1.447 %"
    assert rows.loc["q1", "end_next"] == pd.Timestamp("2023-04-01")


def test_drawn_counts_never_add_partial_periods_into_a_year():
    drawn = tourism.drawn(tourism.visitors(COUNTS, SOURCES))
    assert "y2016-rough" not in set(drawn["observation_id"])
    in_2023 = drawn[drawn["year"] == 2023]
    assert sorted(in_2023["visitors"]) == [11573, 23453]  # two rows, no 35,026
    assert set(in_2023["kind"]) == {"part of a year"}


def test_filters_by_years_and_kind():
    every = tourism.visitors(COUNTS, SOURCES)
    assert tourism.year_span(every) == (2011, 2023)
    assert set(tourism.between(every, (2016, 2019))["year"]) == {2016, 2019}
    partial = tourism.of_kinds(every, ["Partial periods"])
    assert set(partial["observation_id"]) == {"q1", "h1"}
    assert tourism.of_kinds(every, []).empty


def test_gaps_are_years_without_any_count_and_part_years_are_named():
    every = tourism.visitors(COUNTS, SOURCES)
    missing, partial_only = tourism.gap_years(every, (2011, 2023))
    assert missing == [2012, 2013, 2014, 2015, 2017, 2018, 2020, 2021, 2022]
    assert partial_only == [2023]
    spans = tourism.gaps(every, (2011, 2023))
    assert spans["label"].tolist() == [
        "no count 2012–2015",
        "no count 2017–2018",
        "no count 2020–2022",
    ]
    assert spans["end"].iloc[0] == pd.Timestamp("2016-01-01")
    assert tourism.gaps_sentence(every, (2011, 2023), COUNTS) == (
        "No count of Russian visitors is published for 2012–2015, 2017–2018 and 2020–2022. "
        "2023: only counts for part of the year, which overlap and are never added up into a "
        "year. No count of Lao visitors to Russia was found."
    )


def test_shares_list_only_counts_with_a_total_that_bounds_the_share():
    with_share = tourism.shares(tourism.visitors(COUNTS, SOURCES))
    assert with_share["observation_id"].tolist() == ["y2019", "q1"]


def test_visitors_sentence_keeps_the_qualifiers():
    sentence = tourism.visitors_sentence(tourism.visitors(COUNTS, SOURCES))
    assert "over 7,000 in 2011, 13,033 in 2016, 12,054 in 2019" in sentence
    assert "11,573 in January–March 2023, 23,453 in January–June 2023" in sentence


def test_empty_message_names_the_filter_to_loosen():
    assert "choose Full years, Partial periods or both" in tourism.empty_message([], (2011, 2023))
    assert "Widen the year range" in tourism.empty_message(["Full years"], (2020, 2022))


def test_claims_between_keeps_claims_overlapping_the_years():
    checked = pd.DataFrame(
        {
            "claim_id": ["a", "b"],
            "period_start": pd.to_datetime(["2022-09-01", None]),
            "period_end": pd.to_datetime(["2023-08-31", None]),
        }
    )
    assert tourism.claims_between(checked, (2023, 2023))["claim_id"].tolist() == ["a"]
    assert tourism.claims_between(checked, (2011, 2021)).empty


def test_education_tells_yearly_figures_from_counts_at_a_date():
    rows = pd.DataFrame(
        {
            "observation_id": ["s2014", "stock"],
            "measure": ["russian_government_scholarships", "lao_students_in_russia"],
            "period_start": pd.to_datetime(["2014-01-01", "2025-07-31"]),
            "period_end": pd.to_datetime(["2014-12-31", "2025-07-31"]),
            "value": [25, 159],
            "qualifier": ["about", "exact"],
            "unit": ["scholarships", "persons"],
            "source_id": ["s", "s"],
            "source_excerpt": ["about 25", "159"],
            "note": [None, None],
        }
    )
    studies = tourism.education(rows, SOURCES).set_index("observation_id")
    assert studies.loc["stock", "period"] == "as of 31 July 2025"
    assert studies.loc["s2014", "value_label"] == "about 25"
    yearly = tourism.education_per_year(studies.reset_index())
    assert yearly["observation_id"].tolist() == ["s2014"]
