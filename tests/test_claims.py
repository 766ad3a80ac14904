"""Claim verdicts: exact outcomes on tiny frames."""

import pandas as pd
import pytest

from relations import claims, claims_words


def claim(metric, value, qualifier, start, end):
    return pd.Series(
        dict(
            metric=metric,
            value=value,
            qualifier=qualifier,
            period_start=pd.Timestamp(start),
            period_end=pd.Timestamp(end),
        )
    )


FLOWS = pd.DataFrame(
    [
        dict(
            year=y,
            first_month=1,
            last_month=12,
            measure="turnover",
            exporter=None,
            importer=None,
            reporter="Russia",
            value_usd_m=v,
            qualifier="exact",
            status=s,
            source_id="src",
        )
        for y, v, s in [
            (2019, 49.43, "derived"),
            (2020, 23.717, "derived"),
            (2022, 12.9, "published_total"),
        ]
    ]
)
TOURISM = pd.DataFrame(
    [
        dict(
            origin="Russia",
            destination="Laos",
            period_start=pd.Timestamp("2023-01-01"),
            period_end=pd.Timestamp("2023-06-30"),
            visitors=23453,
            qualifier="exact",
            source_id="lt",
        ),
    ]
)
EVENTS = pd.DataFrame(
    [
        dict(
            event_id="1960-diplomatic-relations",
            date=pd.Timestamp("1960-10-07"),
            title="USSR–Laos diplomatic relations",
            source_id="mfa",
        )
    ]
)
EMPTY = pd.DataFrame(columns=["indicator", "year", "series", "value", "unit", "source_id"])


def check(c):
    return claims.verdict(c, flows=FLOWS, tourism=TOURISM, indicators=EMPTY, events=EVENTS)


def test_about_50_million_in_2022_disagrees_by_3_9_times():
    result = check(claim("trade_turnover_usd_m", 50, "about", "2022-01-01", "2022-12-31"))
    assert result.outcome == "disagrees"
    assert result.data_value == 12.9
    assert result.sentence == "The claim is 3.9 times the data value."


def test_49_4_million_in_2019_agrees():
    result = check(claim("trade_turnover_usd_m", 49.4, "exact", "2019-01-01", "2019-12-31"))
    assert result.outcome == "agrees"
    assert result.data_source_id == "src"


def test_growth_without_absolute_figures_is_unchecked():
    result = check(claim("trade_turnover_growth_pct", 66, "exact", "2024-01-01", "2024-12-31"))
    assert result.outcome == "unchecked"
    assert "cannot be checked" in result.sentence


def test_growth_is_computed_when_both_years_exist():
    result = check(claim("trade_turnover_growth_pct", -52, "exact", "2020-01-01", "2020-12-31"))
    assert result.outcome == "agrees"
    assert result.data_value == pytest.approx(-52.0, abs=0.1)


def test_17000_visitors_in_12_months_is_contradicted_by_a_half_year_count():
    result = check(claim("russian_visitors_to_laos", 17000, "about", "2022-09-01", "2023-08-31"))
    assert result.outcome == "disagrees"
    assert result.data_value == 23453


def test_65_years_of_relations_in_2025_agrees_and_60_in_2010_does_not():
    assert (
        check(
            claim("years_of_diplomatic_relations", 65, "exact", "2025-01-01", "2025-12-31")
        ).outcome
        == "agrees"
    )
    assert (
        check(
            claim("years_of_diplomatic_relations", 60, "exact", "2010-01-01", "2010-12-31")
        ).outcome
        == "disagrees"
    )


def test_unknown_metric_is_unchecked():
    result = check(claim("demined_area_ha", 20000, "over", "2023-09-12", "2023-09-12"))
    assert result.outcome == "unchecked"


@pytest.mark.parametrize(
    ("stated", "actual", "qualifier", "expected"),
    [
        (20, 20.2, "over", True),
        (20, 19.9, "over", False),
        (9, 7.463, "under", True),
        (40, 38, "almost", True),
        (40, 41, "almost", False),
        (7, 7.66, "about", True),
        (5, 3.7, "exact", False),
    ],
)
def test_agrees_reads_the_qualifier(stated, actual, qualifier, expected):
    assert claims.agrees(stated, actual, qualifier) is expected


def test_an_undated_figure_below_every_year_on_record_is_unchecked_with_the_range():
    result = check(claim("trade_turnover_usd_m", 0.5, "about", None, None))
    assert result.outcome == "unchecked"
    assert result.sentence == (
        "The quote names no year, so no year's figure can be set against it. For scale: it fits "
        "no year on record; every yearly Russia-reported turnover published for 2019–2022 lies "
        "between US$12.9 million and US$49.43 million."
    )
    assert result.data_value is None


def test_an_undated_figure_that_fits_a_year_says_which():
    result = check(claim("trade_turnover_usd_m", 49.4, "exact", None, None))
    assert result.outcome == "unchecked"
    assert result.sentence.endswith("it would fit 2019.")


def test_growth_sentence_names_the_missing_years_and_the_latest_published():
    result = check(claim("trade_turnover_growth_pct", 66, "exact", "2024-01-01", "2024-12-31"))
    assert result.sentence == (
        "No absolute trade figure is published for 2023 or 2024 (the latest Russia-reported "
        "turnover is for 2022), so the growth rate cannot be checked."
    )


def test_growth_over_part_of_a_year_is_unchecked_and_names_the_months():
    result = check(claim("trade_turnover_growth_pct", 20, "almost", "2025-01-01", "2025-05-31"))
    assert result.outcome == "unchecked"
    assert "January–May 2025" in result.sentence


def test_turnover_label_names_the_kind_of_figure():
    result = check(claim("trade_turnover_usd_m", 50, "about", "2022-01-01", "2022-12-31"))
    assert result.data_label == "Russia-reported turnover 2022: US$12.9 million (published total)"


INDICATORS = pd.DataFrame(
    [
        dict(
            indicator="population",
            year=2023,
            series="wb_wdi",
            value=7664993.0,
            unit="persons",
            source_id="wb",
            is_estimate=False,
        ),
        dict(
            indicator="real_gdp_growth_pct",
            year=2023,
            series="wb_eau_2007",
            value=9.9,
            unit="pct",
            source_id="eau",
            is_estimate=False,
        ),
        dict(
            indicator="real_gdp_growth_pct",
            year=2023,
            series="cia_wfb",
            value=3.7,
            unit="pct",
            source_id="cia",
            is_estimate=True,
        ),
    ]
)


def check_with(c, **frames):
    kw = dict(flows=FLOWS, tourism=TOURISM, indicators=INDICATORS, events=EVENTS) | frames
    return claims.verdict(c, **kw)


def test_about_7_million_people_agrees_with_7_66_million_and_says_by_how_much():
    result = check_with(claim("laos_population", 7_000_000, "about", "2023-01-01", "2023-12-31"))
    assert result.outcome == "agrees"
    assert result.sentence == (
        "The claim is 9% below the data value, within the 10% that “about” allows."
    )


def test_6_million_people_is_outside_about():
    result = check_with(claim("laos_population", 6_000_000, "about", "2023-01-01", "2023-12-31"))
    assert result.outcome == "disagrees"


def test_gdp_growth_prefers_the_first_series_and_says_it_is_an_estimate():
    result = check_with(claim("laos_real_gdp_growth_pct", 5, "exact", "2023-01-01", "2023-12-31"))
    assert result.outcome == "disagrees"
    assert result.data_value == 3.7
    assert result.sentence == "The claim is 1.3 points above the data (3.7 %)."
    assert result.data_label == "real GDP growth 2023: 3.7 % (CIA World Factbook, an estimate)"


VISA = pd.DataFrame(
    [
        dict(
            event_id="2016-visa-free-regime",
            date=pd.Timestamp("2016-12-02"),
            title="Visa-free 30-day regime in force",
            source_excerpt="enter each other's country for a period of up to 30 days without a visa",
            source_id="vt",
        )
    ]
)


def test_30_visa_free_days_agree_with_the_regime_in_the_timeline():
    result = check_with(
        claim("visa_free_stay_days", 30, "exact", "2023-09-12", "2023-09-12"), events=VISA
    )
    assert result.outcome == "agrees"
    assert result.data_value == 30
    assert result.data_source_id == "vt"


def test_visa_days_said_before_the_regime_began_are_unchecked():
    result = check_with(
        claim("visa_free_stay_days", 30, "exact", "2015-01-01", "2015-12-31"), events=VISA
    )
    assert result.outcome == "unchecked"


def test_90_visa_free_days_disagree():
    result = check_with(
        claim("visa_free_stay_days", 90, "exact", "2023-09-12", "2023-09-12"), events=VISA
    )
    assert result.outcome == "disagrees"


def education(value, excerpt):
    return pd.DataFrame(
        [
            dict(
                measure="lao_students_in_russia",
                period_start=pd.Timestamp("2025-07-31"),
                period_end=pd.Timestamp("2025-07-31"),
                value=value,
                qualifier="exact",
                unit="persons",
                source_id="edu",
                source_excerpt=excerpt,
            )
        ]
    )


def test_a_count_recorded_from_the_same_statement_cannot_confirm_itself():
    said = claim("lao_students_in_russia", 159, "exact", "2025-07-31", "2025-07-31")
    said["claim_text"] = "обучается 159 лаосских"
    result = check_with(said, education=education(159, "а обучается 159 лаосских юношей"))
    assert result.outcome == "unchecked"
    assert "cannot confirm itself" in result.sentence
    assert result.data_source_id == "edu"


def test_an_independent_count_for_the_same_day_is_compared():
    said = claim("lao_students_in_russia", 159, "exact", "2025-07-31", "2025-07-31")
    said["claim_text"] = "обучается 159 лаосских"
    result = check_with(said, education=education(300, "300 Lao students are in Russia"))
    assert result.outcome == "disagrees"
    assert result.data_value == 300


def test_student_counts_without_education_data_are_unchecked():
    result = check_with(claim("lao_students_in_russia", 159, "exact", "2025-07-31", "2025-07-31"))
    assert result.sentence == "Nothing published in this collection to check it against."


@pytest.mark.parametrize(
    "metric",
    [
        "russian_visitors_to_laos",
        "laos_population",
        "years_of_diplomatic_relations",
        "trade_turnover_growth_pct",
        "visa_free_stay_days",
    ],
)
def test_a_claim_without_a_period_is_unchecked_not_an_error(metric):
    assert check_with(claim(metric, 10, "exact", None, None), events=VISA).outcome == "unchecked"


@pytest.mark.parametrize(
    ("claim_row", "words"),
    [
        (claim("x", 1, "exact", "2022-01-01", "2022-12-31"), "2022"),
        (claim("x", 1, "exact", None, "2023-09-12"), "up to 12 September 2023"),
        (claim("x", 1, "exact", "2023-09-12", "2023-09-12"), "12 September 2023"),
        (claim("x", 1, "exact", None, None), "no period stated"),
    ],
)
def test_period_words(claim_row, words):
    assert claims.period_words(claim_row) == words


# Every claim shipped in data/claims.csv, with the verdict a reader should get, worked out by
# hand from the data files: 2022 turnover is 12.9 (published total), 2019 is 35.281 + 14.149;
# no turnover after 2022; WB population 2023 is 7,664,993; CIA growth 2023 is 3.7 (estimate);
# 23,453 Russian visitors in January–June 2023 alone; relations 1960, treaty 1994; visa-free
# stays of up to 30 days since December 2016; the education counts for 31 July 2025 are Putin's
# own words; nothing on bombs, deaths or demined area.
SHIPPED = {
    "cl-eef2023-06-1": "unchecked",
    "cl-eef2023-06-2": "unchecked",
    "cl-eef2023-09-1": "agrees",
    "cl-eef2023-11-1": "agrees",
    "cl-eef2023-18-1": "unchecked",
    "cl-eef2023-52-1": "disagrees",
    "cl-eef2023-53-1": "disagrees",
    "cl-eef2023-54-1": "disagrees",
    "cl-mf-a02-1": "agrees",
    "cl-mf-a40-1": "agrees",
    "cl-mf-a40-2": "agrees",
    "cl-mf-a44-1": "agrees",
    "cl-mf-a47-1": "agrees",
    "cl-mf-a50-1": "unchecked",
    "cl-mf-a50-2": "unchecked",
    "cl-mf-b-putin-2025-07-31-ru-1": "unchecked",
    "cl-mf-b-putin-2025-07-31-ru-2": "unchecked",
    "cl-mf-b-pivot-2024-10-usd500k-1": "unchecked",
    "cl-df-putin-2024-05-09-1": "unchecked",
    "cl-df-putin-2025-07-31-1": "unchecked",
    "cl-df-putin-2025-07-31-2": "unchecked",
    "cl-df-shoigu-2025-12-11-1": "unchecked",
    "cl-df-phetvorasack-2020-10-02-1": "agrees",
    "cl-df-lavrov-2020-10-07-anniversary-1": "agrees",
}


def test_every_shipped_claim_gets_the_verdict_worked_out_by_hand():
    from relations.data import load

    checked = claims.check_all(
        load.claims(),
        flows=load.trade(),
        tourism=load.tourism(),
        indicators=load.indicators(),
        events=load.timeline(),
        education=load.education(),
    )
    assert dict(zip(checked["claim_id"], checked["outcome"], strict=True)) == SHIPPED
    by_id = checked.set_index("claim_id")
    assert by_id.loc["cl-eef2023-53-1", "sentence"] == "The claim is 3.9 times the data value."
    assert by_id.loc["cl-eef2023-53-1", "data_value"] == 12.9
    assert "names no year" in by_id.loc["cl-mf-b-pivot-2024-10-usd500k-1", "sentence"]
    assert "cannot be checked" in by_id.loc["cl-df-putin-2025-07-31-1", "sentence"]
    assert "cannot confirm itself" in by_id.loc["cl-mf-a50-2", "sentence"]
    unchecked_without_data = ["cl-eef2023-06-1", "cl-eef2023-06-2", "cl-eef2023-18-1"]
    assert set(by_id.loc[unchecked_without_data, "sentence"]) == {
        "Nothing published in this collection to check it against."
    }


@pytest.mark.parametrize(
    ("kind", "ratio", "qualifier", "tolerance", "written"),
    [
        ("matches", 1.0, "exact", 0.0, "matches the data"),
        (
            "within_about",
            0.913,
            "about",
            0.10,
            "is 9% below the data value, within the 10% that “about” allows",
        ),
        (
            "within_rounding",
            1.004,
            "exact",
            0.005,
            "is 0% above the data value, within the 0.5% allowed for rounding",
        ),
        ("as_qualifier", 1.05, "over", 0.0, "is 5% above the data value, as “over” says"),
        ("times", 3.876, "about", 0.0, "is 3.9 times the data value"),
        (
            "well_below",
            0.25,
            "exact",
            0.0,
            "is well below the data value, which is 4.0 times as large",
        ),
        (
            "unfit_qualifier",
            0.8,
            "almost",
            0.0,
            "is 20% below the data value, which does not fit “almost”",
        ),
        ("off", 1.2, "exact", 0.0, "is 20% above the data value"),
    ],
)
def test_comparison_words_say_how_the_stated_number_sits(
    kind, ratio, qualifier, tolerance, written
):
    assert (
        claims_words.comparison(kind, ratio=ratio, qualifier=qualifier, tolerance=tolerance)
        == written
    )


def test_verdict_words_keep_their_old_forms():
    assert (
        claims_words.growth_derived(-52.04)
        == "The data give -52.0 % (derived by us from the two yearly figures)."
    )
    assert (
        claims_words.visitor_span(pd.Timestamp("2023-01-01"), pd.Timestamp("2023-06-30"))
        == "January – June 2023"
    )
    assert (
        claims_words.visitor_span(pd.Timestamp("2022-09-01"), pd.Timestamp("2023-08-31"))
        == "September 2022 – August 2023"
    )
    assert claims_words.years_or([2023, 2024]) == "2023 or 2024"
    assert claims_words.turnover("matches the data", published_qualifier="under") == (
        "The claim matches the data. The published figure is itself approximate (“under”)."
    )
