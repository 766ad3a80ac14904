"""Tourism and education domain and its words: tiny frames built here, exact expected values."""

import pandas as pd

from relations import tourism, tourism_words

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


def every():
    return tourism_words.counts(COUNTS, SOURCES).visitors


def shown():
    return every().set_index("observation_id")


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
    drawn = tourism.drawn(every())
    assert "y2016-rough" not in set(drawn["observation_id"])
    in_2023 = drawn[drawn["year"] == 2023]
    assert sorted(in_2023["visitors"]) == [11573, 23453]  # two rows, no 35,026
    assert set(in_2023["kind"]) == {"part of a year"}


def test_filters_by_years_and_kind():
    counts = every()
    assert tourism.year_span(counts) == (2011, 2023)
    assert set(tourism.between(counts, (2016, 2019))["year"]) == {2016, 2019}
    partial = tourism.of_kinds(counts, ["Partial periods"])
    assert set(partial["observation_id"]) == {"q1", "h1"}
    assert tourism.of_kinds(counts, []).empty
    chosen = tourism.chosen(counts, (2016, 2023), ["Full years"])
    assert chosen["observation_id"].tolist() == ["y2016", "y2016-rough", "y2019"]


def test_gaps_are_years_without_any_count_and_part_years_are_named():
    counts = every()
    missing, partial_only = tourism.gap_years(counts, (2011, 2023))
    assert missing == [2012, 2013, 2014, 2015, 2017, 2018, 2020, 2021, 2022]
    assert partial_only == [2023]
    spans = tourism_words.gaps(counts, (2011, 2023))
    assert spans["label"].tolist() == [
        "no count 2012–2015",
        "no count 2017–2018",
        "no count 2020–2022",
    ]
    assert spans["end"].iloc[0] == pd.Timestamp("2016-01-01")
    assert tourism.gaps(counts, (2011, 2023))[["first", "last"]].values.tolist() == [
        [2012, 2015],
        [2017, 2018],
        [2020, 2022],
    ]
    assert tourism_words.gaps_sentence(counts, (2011, 2023), lao_counted=False) == (
        "No count of Russian visitors is published for 2012–2015, 2017–2018 and 2020–2022. "
        "2023: only counts for part of the year, which overlap and are never added up into a "
        "year. No count of Lao visitors to Russia was found."
    )


def test_shares_list_only_counts_with_a_total_that_bounds_the_share():
    with_share = tourism.shares(every())
    assert with_share["observation_id"].tolist() == ["y2019", "q1"]


def test_visitors_sentence_keeps_the_qualifiers():
    sentence = tourism_words.visitors_sentence(every())
    assert "over 7,000 in 2011, 13,033 in 2016, 12,054 in 2019" in sentence
    assert "11,573 in January–March 2023, 23,453 in January–June 2023" in sentence


def test_empty_message_names_the_filter_to_loosen():
    assert "choose Full years, Partial periods or both" in tourism_words.empty_message(
        [], (2011, 2023)
    )
    assert "Widen the year range" in tourism_words.empty_message(["Full years"], (2020, 2022))


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
    studies = tourism_words.studies(rows, SOURCES)
    written = studies.rows.set_index("observation_id")
    assert written.loc["stock", "period"] == "as of 31 July 2025"
    assert written.loc["s2014", "value_label"] == "about 25"
    assert studies.per_year["observation_id"].tolist() == ["s2014"]
    assert tourism.education_per_year(studies.rows)["observation_id"].tolist() == ["s2014"]


def test_visitors_carry_numbers_and_codes_only():
    rows = tourism.visitors(COUNTS).set_index("observation_id")
    assert rows.loc["y2019", "share_pct"] == 0.252
    assert rows.loc["y2019", "share_qualifier"] == "exact"
    assert rows.loc["q1", "share_qualifier"] == "under"
    assert pd.isna(rows.loc["y2016-rough", "share_pct"])  # "at least" over "over": no share
    assert rows.loc["h1", "middle"] == pd.Timestamp("2023-04-01")  # 90 of 180 days in
    assert "visitors_label" not in rows.columns


def test_lao_visitors_counted_only_when_a_count_starts_in_laos():
    assert not tourism.lao_visitors_counted(COUNTS)
    lao = COUNTS.assign(origin=["Laos", *COUNTS["origin"][1:]])
    assert tourism.lao_visitors_counted(lao)


def test_counts_write_each_cell_and_keep_the_columns_of_the_download():
    counts = tourism_words.counts(COUNTS, SOURCES)
    assert counts.lao_counted is False
    rows = counts.visitors.set_index("observation_id")
    assert rows.loc["y2016-rough", "visitors_label"] == "at least 13,000"
    assert rows.loc["y2016-rough", "total_label"] == "over 4,200,000"
    assert rows.loc["y2016-rough", "share_label"] == ""
    assert rows.loc["y2016", "total_label"] == ""
    assert rows.loc["y2019", "share_label"] == "0.252 %"
    assert rows.loc["y2019", "qualifier_words"] == "exact"
    assert rows.loc["y2016-rough", "qualifier_words"] == "at least"
    assert rows.loc["y2019", "source"] == "Ministry statistical report"
    assert list(tourism.for_download(counts.visitors).columns)[-9:] == [
        "period",
        "year",
        "kind",
        "visitors_label",
        "qualifier_words",
        "total_label",
        "share_pct",
        "share_label",
        "source",
    ]


def test_events_keep_tourism_topics_with_their_dates_written():
    timeline = pd.DataFrame(
        {
            "event_id": ["visa", "summit", "flight"],
            "date": pd.to_datetime(["2016-12-02", "2019-05-01", "2023-07-01"]),
            "date_precision": ["day", "day", "month"],
            "title": ["Visa-free travel", "A summit", "Direct flights"],
            "description": ["…", "…", "…"],
            "topics": ["tourism;diplomacy", "diplomacy", "tourism"],
        }
    )
    events = tourism_words.events(timeline)
    assert events["date_label"].tolist() == ["2 December 2016", "July 2023"]
    assert tourism.events_between(events, (2011, 2020))["event_id"].tolist() == ["visa"]
    assert tourism_words.events_sentence(events) == (
        "Dashed lines mark tourism events: 2 December 2016: Visa-free travel; "
        "July 2023: Direct flights."
    )
    assert tourism_words.events_sentence(events.iloc[0:0]) == ""


def test_claims_are_checked_and_marked_at_the_claimed_number():
    claims = pd.DataFrame(
        {
            "claim_id": ["visitors", "no-period", "trade"],
            "quote_id": ["q", "q", "q"],
            "metric": [
                "russian_visitors_to_laos",
                "russian_visitors_to_laos",
                "trade_turnover_usd_m",
            ],
            "value": [17000.0, 5000.0, 50.0],
            "unit": ["persons", "persons", "usd_m"],
            "qualifier": ["about", "over", "about"],
            "period_start": pd.to_datetime(["2023-01-01", None, "2022-01-01"]),
            "period_end": pd.to_datetime(["2023-06-30", None, "2022-12-31"]),
            "claim_text": ["about 17,000 tourists", "over 5,000", "US$50 million"],
            "note": [None, None, None],
        }
    )
    quotes = pd.DataFrame(
        {
            "quote_id": ["q"],
            "speaker": ["An author"],
            "date": pd.to_datetime(["2023-09-01"]),
            "date_precision": ["month"],
            "date_latest": pd.to_datetime([None]),
            "source_id": ["s"],
        }
    )
    nothing = pd.DataFrame()
    checked = tourism_words.claims(claims, quotes, SOURCES, nothing, COUNTS, nothing, nothing)
    assert checked.checked["claim_id"].tolist() == ["visitors", "no-period"]  # no trade claim
    assert checked.checked["stated"].tolist() == ["about 17,000 persons", "over 5,000 persons"]
    assert checked.marks["claim_id"].tolist() == ["visitors"]
    assert checked.marks["label"].tolist() == ["claimed: about 17,000"]
    assert checked.marks["end_next"].tolist() == [pd.Timestamp("2023-07-01")]


def test_shares_and_education_sentences_list_each_figure():
    with_share = tourism.shares(every())
    assert tourism_words.shares_sentence(with_share) == (
        "Derived: Russian visitors as a share of all arrivals in Laos, where the source gives "
        "the total: 0.252 % in 2019; under 1.447 % in January–March 2023. 'under' where the "
        "total is only 'over' a number."
    )
    assert tourism_words.shares_sentence(with_share.iloc[0:0]) == (
        "No count in the range comes with the total of all arrivals."
    )
    yearly = pd.DataFrame(
        {"measure_label": ["Scholarships"], "value_label": ["about 25"], "year": [2014]}
    )
    assert tourism_words.education_sentence(yearly) == (
        "Figures for one year each: Scholarships: about 25 in 2014. Counts at a date and totals "
        "over decades are in the table."
    )
    assert tourism_words.education_sentence(yearly.iloc[0:0]) == (
        "No education figure covers a single year."
    )


def test_empty_message_names_the_kinds_and_years_chosen():
    assert tourism_words.empty_message(["Full years", "Partial periods"], (2020, 2022)) == (
        "No count of Russian visitors for full years or partial periods in 2020–2022. Widen the "
        "year range or select the other kind of period."
    )


def test_file_name_of_the_counts_names_the_years():
    assert tourism_words.counts_file_name((2016, 2023)) == "russian-visitors-to-laos-2016-2023.csv"
