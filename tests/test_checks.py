"""Checks: the mirror, published totals against the series, claims against the data."""

import pandas as pd

from relations import checks
from relations import checks_words as said

SOURCES = pd.DataFrame(
    {
        "source_id": ["ru", "la", "summit", "press", "quote-src"],
        "title": [
            "IMF DOTS, Russian Federation",
            "IMF DOTS, Laos",
            "Laos",
            "Russia and Laos: trade in 2022",
            "Interview",
        ],
        "publisher": ["IMF", "IMF", "Summit website", "Russia Briefing", "Sputnik"],
    }
)


def flow(year, exporter, reporter, value, status="reported", source="ru", **extra):
    return dict(
        year=year,
        first_month=extra.get("first", 1),
        last_month=extra.get("last", 12),
        measure=extra.get("measure", "exports"),
        exporter=exporter,
        importer={"Russia": "Laos", "Laos": "Russia"}.get(exporter),
        reporter=reporter,
        value_usd_m=value,
        qualifier=extra.get("qualifier", "exact"),
        valuation=extra.get("valuation"),
        status=status,
        source_id=source,
        source_cell=extra.get("cell"),
        note=extra.get("note"),
    )


def turnover(year, reporter, value, status, source, qualifier="exact", **extra):
    row = flow(year, None, reporter, value, status, source, measure="turnover", **extra)
    return {**row, "importer": None, "qualifier": qualifier}


MIRROR_FLOWS = pd.DataFrame(
    [
        flow(1996, "Laos", "Russia", 31.903, valuation="CIF"),
        flow(1996, "Russia", "Russia", 2.694, valuation="FOB"),
        flow(1996, "Laos", "Laos", 0.5, source="la", valuation="FOB"),
        flow(1996, "Russia", "Laos", 3.0, source="la", valuation="CIF"),
        flow(1995, "Laos", "Laos", 1.1, source="la"),  # Russia's 1995 is missing
        flow(1998, "Laos", "Russia", 0.032),
        flow(1998, "Laos", "Laos", 0.03, "imf_estimate", source="la"),  # not a mirror
    ]
)


def test_mirror_pairs_only_years_both_sides_reported():
    pairs = checks.mirror(MIRROR_FLOWS, SOURCES)
    assert pairs["year"].tolist() == [1996, 1996]
    laos_to_russia = pairs[pairs["direction"] == "Laos → Russia"].iloc[0]
    assert laos_to_russia["russia_reported_usd_m"] == 31.903
    assert laos_to_russia["laos_reported_usd_m"] == 0.5
    assert laos_to_russia["gap_usd_m"] == -31.403  # Laos − Russia
    assert (laos_to_russia["russia_valuation"], laos_to_russia["laos_valuation"]) == ("CIF", "FOB")


def test_mirror_keeps_one_row_per_year_and_flow_when_two_sources_give_a_side():
    second = pd.DataFrame([flow(1996, "Laos", "Russia", 31.9, source="press")])
    pairs = checks.mirror(pd.concat([MIRROR_FLOWS, second], ignore_index=True), SOURCES)
    assert pairs[["year", "direction"]].values.tolist() == [
        [1996, "Laos → Russia"],
        [1996, "Russia → Laos"],
    ]
    # the same row the year-by-year table keeps: equal status, so the first source id
    assert pairs["russia_reported_usd_m"].tolist()[0] == 31.9


def test_mirror_sentence_names_the_widest_gap_and_why_mirrors_differ():
    sentence = said.mirror_sentence(checks.mirror(MIRROR_FLOWS, SOURCES))
    assert "Laos → Russia in 1996, US$31.903 million in Russia's statistics" in sentence
    assert "US$0.5 million in Laos's" in sentence
    assert "CIF" in sentence and "FOB" in sentence
    assert "widen the year range" in said.mirror_sentence(
        checks.mirror(MIRROR_FLOWS, SOURCES).iloc[0:0]
    )


def test_published_agrees_at_the_published_precision():
    assert checks.published_agrees(16.5, 16.468, "exact")
    assert checks.published_agrees(0.8, 0.787, "exact")
    assert checks.published_agrees(40.9, 40.937, "exact")
    assert not checks.published_agrees(17.0, 16.468, "exact")
    assert not checks.published_agrees(16.4, 16.468, "exact")
    assert checks.published_agrees(9, 7.463, "under")
    assert not checks.published_agrees(7, 7.463, "under")


def test_cross_checks_set_each_published_total_against_russias_series():
    flows = pd.DataFrame(
        [
            flow(2015, "Laos", "Russia", 0.787),
            flow(2015, "Russia", "Russia", 15.681),
            flow(2015, "Russia", "Russia", 15.7, "published_total", "summit"),
            turnover(2015, "Russia", 16.5, "published_total", "summit"),
            turnover(2016, "Russia", 41.2, "published_total", "press"),
            flow(2016, "Laos", "Russia", 27.827),
            flow(2016, "Russia", "Russia", 13.110),
            flow(2021, "Laos", "Russia", 10.6, source="press"),
            flow(2021, "Russia", "Russia", 9.6, source="press"),
            turnover(2021, "Russia", 20, "published_total", "press", "over"),  # checks itself
        ]
    )
    checked = checks.cross_checks(flows, SOURCES)
    assert checked[["year", "figure"]].values.tolist() == [
        [2015, "exports Russia → Laos"],
        [2015, "turnover"],
        [2016, "turnover"],
    ]
    assert checked["agrees"].tolist() == [True, True, False]  # 40.937 does not round to 41.2
    assert checked["series"].tolist()[1] == "US$16.468 million"
    assert checked["published_source"].tolist()[0] == "Summit website: Laos"
    assert said.cross_checks_sentence(checked) == (
        "2 of 3 totals published elsewhere agree with Russia's reported series at the precision "
        "they were published; 2016 do not."
    )


def test_partial_periods_are_listed_with_their_months_never_as_a_year():
    flows = pd.DataFrame(
        [
            turnover(2011, "Russia", 40, "published_total", "press", "almost", last=7),
            {**flow(2023, "Laos", None, 0.194, "published_total", "press", last=1)},
            flow(2011, "Laos", "Russia", 2.02),
        ]
    )
    listed = checks.partial_periods(flows, SOURCES)
    assert listed["period"].tolist() == ["January–July 2011", "January 2023"]
    assert listed["value"].tolist() == ["almost US$40 million", "US$0.194 million"]
    assert listed["reporter"].tolist() == ["Russia", "not stated"]


CLAIMS = pd.DataFrame(
    {
        "claim_id": [
            "level-2019",
            "level-2022",
            "growth-2023",
            "growth-2024a",
            "growth-2024b",
            "no-period",
        ],
        "quote_id": ["q1", "q2", "q3", "q3", "q3", "q2"],
        "metric": ["trade_turnover_usd_m"] * 2
        + ["trade_turnover_growth_pct"] * 3
        + ["trade_turnover_usd_m"],
        "value": [49.4, 50, 12, 65, 66, 0.5],
        "unit": ["usd_m", "usd_m", "pct", "pct", "pct", "usd_m"],
        "qualifier": ["exact", "about", "exact", "exact", "exact", "about"],
        "period_start": pd.to_datetime(
            ["2019-01-01", "2022-01-01", "2023-01-01", "2024-01-01", "2024-01-01", None]
        ),
        "period_end": pd.to_datetime(
            ["2019-12-31", "2022-12-31", "2023-12-31", "2024-12-31", "2024-12-31", None]
        ),
        "claim_text": [
            "$49.4 million",
            "about US$50 million in 2022",
            "12 percent",
            "65%",
            "66%",
            "about US$500,000",
        ],
        "note": [None] * 6,
    }
)
QUOTES = pd.DataFrame(
    {
        "quote_id": ["q1", "q2", "q3"],
        "speaker": ["Ambassador", "Analyst", "President"],
        "date": pd.to_datetime(["2020-10-02", "2023-09-01", "2025-07-31"]),
        "date_precision": ["day", "month", "day"],
        "date_latest": pd.to_datetime([None, None, None]),
        "source_id": ["quote-src", "press", "quote-src"],
    }
)
SERIES = pd.DataFrame(
    [
        turnover(2019, "Russia", 49.43, "derived", "ru"),
        turnover(2022, "Russia", 12.9, "published_total", "press"),
    ]
)
EMPTY = pd.DataFrame()


def check_all():
    return checks.checked_claims(
        CLAIMS, QUOTES, SOURCES, flows=SERIES, tourism=EMPTY, indicators=EMPTY, events=EMPTY
    ).set_index("claim_id")


def test_checked_claims_give_each_verdict_with_speaker_and_both_sources():
    checked = check_all()
    assert checked.loc["level-2019", "verdict"] == "agrees"
    assert checked.loc["level-2022", "verdict"] == "disagrees"
    assert checked.loc["growth-2023", "verdict"] == "nothing published to check against"
    assert checked.loc["level-2019", "speaker"] == "Ambassador"
    assert checked.loc["level-2019", "said"] == "2 October 2020"
    assert (
        checked.loc["level-2019", "claim_source"] == "Sputnik: Interview"
    )  # a short title gets its publisher
    assert checked.loc["level-2019", "data_source"] == "IMF DOTS, Russian Federation"
    assert checked.loc["level-2022", "data_source"] == "Russia and Laos: trade in 2022"
    assert checked.loc["level-2022", "stated"] == "about US$50 million"
    assert checked.loc["no-period", "period"] == "no period stated"


def test_claims_sentence_counts_the_verdicts():
    assert said.claims_sentence(check_all().reset_index()) == (
        "Of 6 claims, 1 agrees with the data, 2 disagree, and 3 have nothing published to "
        "check against."
    )


def test_level_and_growth_claims_for_the_chart():
    checked = check_all().reset_index()
    levels = checks.level_claims(checked)
    assert levels[["year", "value_usd_m"]].values.tolist() == [[2019, 49.4], [2022, 50.0]]
    growth = checks.growth_claims(checked).set_index("year")
    assert growth.loc[2023, "label"] == "claimed\n+12 %"
    assert growth.loc[2024, "label"] == "claimed\n+65 to +66 %"
    assert growth.loc[2024, "quotes"] == 2
    # Two verdicts in one year: the label is drawn in the colour of the strongest.
    mixed = checked.assign(
        outcome=checked["outcome"].where(checked["claim_id"] != "growth-2024a", "conflicts"),
        verdict=checked["verdict"].where(
            checked["claim_id"] != "growth-2024a", "conflicts with another source"
        ),
    )
    assert checks.growth_claims(mixed).set_index("year").loc[2024, "verdict"] == (
        "conflicts with another source"
    )
    assert checks.claim_years(checked) == (2019 - checks.CONTEXT_YEARS, 2024)


def test_a_growth_claim_for_part_of_a_year_says_so():
    claims = CLAIMS.iloc[[2]].assign(
        period_end=pd.Timestamp("2023-05-31"), qualifier="almost", value=20.0
    )
    checked = checks.checked_claims(
        claims, QUOTES, SOURCES, flows=SERIES, tourism=EMPTY, indicators=EMPTY, events=EMPTY
    )
    assert checks.growth_claims(checked)["label"].tolist() == [
        "claimed\nabout +20 %\n(part of the year)"
    ]


def test_claims_sentence_says_one_in_the_singular():
    one = pd.DataFrame({"outcome": ["agrees"]})
    assert said.claims_sentence(one) == (
        "Of 1 claim, 1 agrees with the data, 0 disagree, and 0 have nothing published to check "
        "against."
    )


def test_stated_writes_each_unit_with_its_qualifier():
    assert said.stated(50, "usd_m", "about") == "about US$50 million"
    assert said.stated(12.5, "pct", "exact") == "+12.5 %"
    assert said.stated(65, "pct", "over") == "over +65 %"
    assert said.stated(40000, "visitors", "at_least") == "at least 40,000 visitors"
    assert said.growth_label(65, 66, approximate=True, whole=True) == "claimed\n+65 to +66 %"


def test_trade_checks_bundle_the_three_tables():
    bundle = checks.trade_checks(MIRROR_FLOWS, SOURCES)
    assert bundle.mirror["year"].tolist() == [1996, 1996]
    assert bundle.cross.empty  # no published total in these flows
    assert bundle.partial.empty  # every figure covers a whole year


def test_trade_claims_bundle_what_the_claims_chart_draws():
    bundle = checks.trade_claims(CLAIMS, QUOTES, SOURCES, SERIES, EMPTY, EMPTY, EMPTY)
    assert bundle.years == (2015, 2024)
    assert bundle.series["year"].tolist() == [2019, 2022]
    assert bundle.levels["year"].tolist() == [2019, 2022]
    assert bundle.rates["year"].tolist() == [2023, 2024]
    assert len(bundle.checked) == 6
