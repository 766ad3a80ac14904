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
        # Exact: half a unit of the last stated digit either side, never a share of the figure.
        (49.4, 49.43, "exact", True),
        (49.4, 49.46, "exact", False),
        (65, 65.4, "exact", True),
        (65, 65.6, "exact", False),
        (7_000_000, 7_499_000, "exact", True),
        (7_000_000, 7_664_993, "exact", False),
        (350_000, 354_000, "exact", True),
        (350_000, 356_000, "exact", False),
        # About: 10 % of the figure, or its rounding if that is wider.
        (50, 55, "about", True),
        (50, 56, "about", False),
        (0.5, 0.54, "about", True),
        # Almost: up to 10 % below, nothing above the figure's own rounding.
        (20, 18.1, "almost", True),
        (20, 17.9, "almost", False),
        (20, 20.4, "almost", True),
        (20, 20.6, "almost", False),
        # Over and under: anything beyond the figure on their side, nothing at the figure.
        (17_000, 17_000, "over", False),
        (9, 9, "under", False),
    ],
)
def test_agrees_reads_the_qualifier(stated, actual, qualifier, expected):
    assert claims.agrees(stated, actual, qualifier) is expected


@pytest.mark.parametrize(
    ("value", "unit"),
    [
        (49.4, 0.1),
        (1.274, 0.001),
        (0.5, 0.1),
        (65, 1),
        (20, 1),
        (999, 1),
        (17_000, 1_000),
        (350_000, 10_000),
        (7_000_000, 1_000_000),
        (7_664_993, 1),
        (200_000_000, 100_000_000),
    ],
)
def test_a_figure_is_stated_to_the_unit_of_its_last_digit(value, unit):
    assert claims.stated_unit(value) == pytest.approx(unit)


def test_a_published_total_is_checked_by_the_same_rule():
    from relations import checks

    assert checks.published_agrees(16.5, 16.468, "exact")  # 16.45 to 16.55
    assert not checks.published_agrees(16.5, 16.44, "exact")
    assert checks.published_agrees(49.4, 49.43, "exact")


def test_an_undated_figure_below_every_year_on_record_disagrees_and_names_the_range():
    result = check(claim("trade_turnover_usd_m", 0.5, "about", None, None))
    assert result.outcome == "disagrees"
    assert result.sentence == (
        "The quote names no year, and the figure fits no year on record: the lowest yearly "
        "Russia-reported turnover, 2019–2022, is US$12.9 million (2022), the highest "
        "US$49.43 million (2019)."
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
        "The claim is 9% below the data value, within what “about” allows (6,300,000 to 7,700,000)."
    )


def test_7_million_people_without_a_qualifier_covers_only_6_5_to_7_5_million():
    result = check_with(claim("laos_population", 7_000_000, "exact", "2023-01-01", "2023-12-31"))
    assert result.outcome == "disagrees"
    assert result.sentence == (
        "The claim is 9% below the data value, outside its own rounding (6,500,000 to 7,500,000)."
    )


def test_a_forecast_is_set_beside_its_outcome_not_judged():
    forecast = claim("laos_real_gdp_growth_pct", 5, "exact", "2023-01-01", "2023-12-31")
    forecast["forecast"] = True
    result = check_with(forecast)
    assert result.outcome == "forecast"
    assert result.sentence == (
        "A forecast, so it is set beside the outcome rather than judged: "
        "real GDP growth 2023: 3.7 % (CIA World Factbook, an estimate)."
    )
    assert result.data_value == 3.7


def test_a_claim_the_data_cannot_check_but_another_source_contradicts_conflicts():
    conflicts = pd.DataFrame(
        {
            "conflict_id": ["killed"],
            "subject": ["Killed"],
            "first_source_id": ["seed"],
            "first_says": ["350,000 killed"],
            "first_claim_id": ["c-killed"],
            "second_source_id": ["tass"],
            "second_says": ["Tens of thousands killed."],
            "second_claim_id": [None],
            "note": [None],
        }
    )
    sources = pd.DataFrame(
        {"source_id": ["tass"], "title": ["TASS report, 3 October 2018"], "publisher": ["TASS"]}
    )
    killed = claim("lao_killed_in_bombing", 350_000, "exact", None, None)
    rows = pd.DataFrame([killed.to_dict() | {"claim_id": "c-killed", "quote_id": "q"}])
    checked = claims.check_all(
        rows,
        flows=FLOWS,
        tourism=TOURISM,
        indicators=INDICATORS,
        events=EVENTS,
        conflicts=conflicts,
        sources=sources,
    )
    assert checked["outcome"].tolist() == ["conflicts"]
    assert checked["sentence"].tolist() == [
        "Another source gives a different figure: “Tens of thousands killed” "
        "(TASS report, 3 October 2018)."
    ]
    assert checked["data_source_id"].tolist() == ["tass"]
    alone = claims.check_all(
        rows, flows=FLOWS, tourism=TOURISM, indicators=INDICATORS, events=EVENTS
    )
    assert alone["outcome"].tolist() == ["unchecked"]


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
# hand from the data files: 2022 turnover is 12.9 (4.6 + 8.3), 2019 is 35.281 + 14.149 = 49.43,
# within 49.4's rounding (49.35 to 49.45); no turnover after 2022, and the lowest on record is
# 1.274 (1994), far above "about US$500,000"; WB population 2023 is 7,664,993, outside the 6.5 to
# 7.5 million that "7 million" covers; CIA growth 2023 is 3.7 (estimate), beside a forecast of
# 5; 23,453 Russian visitors in January–June 2023 alone; relations 1960, treaty 1994; visa-free
# stays of up to 30 days since December 2016; the education counts for 31 July 2025 are Putin's
# own words. conflicts.csv sets deaths in the bombing, land demined, Lao graduates and Putin's
# 65 % against 66 % against another source's figure.
SHIPPED = {
    "cl-eef2023-06-1": "unchecked",
    "cl-eef2023-06-2": "conflicts",
    "cl-eef2023-09-1": "agrees",
    "cl-eef2023-11-1": "disagrees",
    "cl-eef2023-18-1": "conflicts",
    "cl-eef2023-52-1": "forecast",
    "cl-eef2023-53-1": "disagrees",
    "cl-eef2023-54-1": "disagrees",
    "cl-mf-a02-1": "agrees",
    "cl-mf-a40-1": "agrees",
    "cl-mf-a40-2": "agrees",
    "cl-mf-a44-1": "agrees",
    "cl-mf-a47-1": "agrees",
    "cl-mf-a50-1": "conflicts",
    "cl-mf-a50-2": "unchecked",
    "cl-mf-b-putin-2025-07-31-ru-1": "conflicts",
    "cl-mf-b-putin-2025-07-31-ru-2": "unchecked",
    "cl-mf-b-pivot-2024-10-usd500k-1": "disagrees",
    "cl-df-putin-2024-05-09-1": "unchecked",
    "cl-df-putin-2025-07-31-1": "conflicts",
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
        conflicts=load.conflicts(),
        sources=load.sources(),
    )
    assert dict(zip(checked["claim_id"], checked["outcome"], strict=True)) == SHIPPED
    by_id = checked.set_index("claim_id")
    assert by_id.loc["cl-eef2023-53-1", "sentence"] == "The claim is 3.9 times the data value."
    assert by_id.loc["cl-eef2023-53-1", "data_value"] == 12.9
    assert by_id.loc["cl-mf-b-pivot-2024-10-usd500k-1", "sentence"] == (
        "The quote names no year, and the figure fits no year on record: the lowest yearly "
        "Russia-reported turnover, 1992–2022, is US$1.274 million (1994), the highest "
        "US$164.109 million (2018)."
    )
    assert "cannot be checked" in by_id.loc["cl-df-putin-2025-07-31-2", "sentence"]
    assert "cannot confirm itself" in by_id.loc["cl-mf-a50-2", "sentence"]
    assert by_id.loc["cl-eef2023-06-1", "sentence"] == (
        "Nothing published in this collection to check it against."
    )
    # Each side of a conflict names the other source and its words.
    assert (
        "“Tens of thousands of people are believed to have been killed by bombs since 1964"
        in (by_id.loc["cl-eef2023-06-2", "sentence"])
    )
    assert "almost 470 acres" in by_id.loc["cl-eef2023-18-1", "sentence"]
    assert "Over 17,000 Lao specialists" in by_id.loc["cl-mf-a50-1", "sentence"]
    assert "66%" in by_id.loc["cl-mf-b-putin-2025-07-31-ru-1", "sentence"]
    assert "увеличился на 65%" in by_id.loc["cl-df-putin-2025-07-31-1", "sentence"]
    assert by_id.loc["cl-eef2023-52-1", "sentence"].startswith("A forecast")
    assert "3.7 %" in by_id.loc["cl-eef2023-52-1", "sentence"]


def test_one_figure_said_twice_for_one_period_is_one_period():
    """Putin's "порядка 20%" (press statement) and "almost 20%" for January–May (talks), both
    31 July 2025: read for the same months, so the Overview gives one range, not two claims."""
    from relations.data import load

    rows = load.claims().set_index("claim_id")
    press, talks = rows.loc["cl-mf-b-putin-2025-07-31-ru-2"], rows.loc["cl-df-putin-2025-07-31-2"]
    assert (press["period_start"], press["period_end"]) == (
        talks["period_start"],
        talks["period_end"],
    )
    assert "January–May" in press["note"]


@pytest.mark.parametrize(
    ("kind", "ratio", "qualifier", "band", "unit", "written"),
    [
        ("matches", 1.0, "exact", (0, 0), "usd_m", "matches the data"),
        (
            "as_qualifier",
            0.913,
            "about",
            (6_300_000, 7_700_000),
            "persons",
            "is 9% below the data value, within what “about” allows (6,300,000 to 7,700,000)",
        ),
        (
            "within_rounding",
            0.9994,
            "exact",
            (49.35, 49.45),
            "usd_m",
            "is 0% below the data value, within its own rounding "
            "(US$49.35 million to US$49.45 million)",
        ),
        (
            "as_qualifier",
            1.05,
            "over",
            (20, float("inf")),
            "pct",
            "is 5% above the data value, within what “over” allows (more than 20 %)",
        ),
        ("times", 3.876, "about", (45, 55), "usd_m", "is 3.9 times the data value"),
        (
            "well_below",
            0.25,
            "exact",
            (0, 0),
            "usd_m",
            "is well below the data value, which is 4.0 times as large",
        ),
        (
            "unfit_qualifier",
            0.8,
            "almost",
            (18, 20.5),
            "pct",
            "is 20% below the data value, outside what “almost” allows (18.0 % to 20.5 %)",
        ),
        (
            "off",
            1.2,
            "exact",
            (64.5, 65.5),
            "pct",
            "is 20% above the data value, outside its own rounding (64.5 % to 65.5 %)",
        ),
    ],
)
def test_comparison_words_say_how_the_stated_number_sits(
    kind, ratio, qualifier, band, unit, written
):
    low, high = band
    assert (
        claims_words.comparison(
            kind, ratio=ratio, qualifier=qualifier, low=low, high=high, unit=unit
        )
        == written
    )


def test_verdict_words_keep_their_old_forms():
    assert (
        claims_words.growth_derived(-52.04)
        == "The data give -52.0 %, derived from the two yearly figures."
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
