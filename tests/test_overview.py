"""Overview domain and words: completed years, visitors per full year, growth phrases, the
glance built from tiny frames and what the page writes from it."""

import pandas as pd

from relations import overview, overview_words
from relations import tourism as visits


def test_completed_years_counts_the_anniversary_day():
    since = pd.Timestamp("1960-10-07")
    assert overview.completed_years(since, pd.Timestamp("2025-10-06")) == 64
    assert overview.completed_years(since, pd.Timestamp("2025-10-07")) == 65


def test_full_year_visitors_prefers_the_exact_count_and_ignores_partial_periods():
    tourism = pd.DataFrame(
        [
            dict(
                observation_id="a",
                origin="Russia",
                destination="Laos",
                period_start=pd.Timestamp("2016-01-01"),
                period_end=pd.Timestamp("2016-12-31"),
                visitors=13000,
                qualifier="at_least",
            ),
            dict(
                observation_id="b",
                origin="Russia",
                destination="Laos",
                period_start=pd.Timestamp("2016-01-01"),
                period_end=pd.Timestamp("2016-12-31"),
                visitors=13033,
                qualifier="exact",
            ),
            dict(
                observation_id="c",
                origin="Russia",
                destination="Laos",
                period_start=pd.Timestamp("2023-01-01"),
                period_end=pd.Timestamp("2023-03-31"),
                visitors=11573,
                qualifier="exact",
            ),
        ]
    )
    result = visits.full_year_visitors(tourism)
    assert result["visitors"].tolist() == [13033]


def test_growth_rates_give_one_phrase_per_period_with_the_range_said():
    growth = pd.DataFrame(
        {
            "period_start": pd.to_datetime(["2024-01-01", "2024-01-01", "2025-01-01"]),
            "period_end": pd.to_datetime(["2024-12-31", "2024-12-31", "2025-05-31"]),
            "value": [66.0, 65.0, 20.0],
            "qualifier": ["exact", "exact", "almost"],
        }
    )
    assert (
        overview_words.growth_rates(overview.growth_ranges(growth))
        == "+65 to +66 % for 2024, about +20 % for January–May 2025"
    )


def test_chart_series_breaks_the_line_at_missing_years():
    flows = pd.DataFrame(
        [
            dict(
                year=y,
                first_month=1,
                last_month=12,
                measure="turnover",
                exporter=None,
                importer=None,
                reporter="Russia",
                value_usd_m=1.0,
                qualifier="exact",
                status="derived",
                source_id="s",
            )
            for y in [1993, 1994, 1996]
        ]
    )
    sources = pd.DataFrame({"source_id": ["s"], "title": ["T"]})
    series = overview.chart_series(flows, sources)
    assert series["segment"].nunique() == 2
    assert series["source"].unique().tolist() == ["T"]


def test_growth_ranges_give_the_lowest_and_highest_rate_per_period_in_period_order():
    growth = pd.DataFrame(
        {
            "period_start": pd.to_datetime(["2025-01-01", "2024-01-01", "2024-01-01"]),
            "period_end": pd.to_datetime(["2025-05-31", "2024-12-31", "2024-12-31"]),
            "value": [20.0, 66.0, 65.0],
            "qualifier": ["almost", "exact", "exact"],
        }
    )
    ranges = overview.growth_ranges(growth)
    assert ranges["period_start"].dt.year.tolist() == [2024, 2025]
    assert ranges["low"].tolist() == [65.0, 20.0]
    assert ranges["high"].tolist() == [66.0, 20.0]
    assert ranges["approximate"].tolist() == [False, True]


def flow(year, value, *, status="derived", reporter="Russia"):
    return dict(
        year=year,
        first_month=1,
        last_month=12,
        measure="turnover",
        exporter=None,
        importer=None,
        reporter=reporter,
        value_usd_m=value,
        qualifier="exact",
        status=status,
        source_id="dots" if status == "derived" else "rbc",
    )


def visit(observation_id, start, end, visitors):
    return dict(
        observation_id=observation_id,
        origin="Russia",
        destination="Laos",
        period_start=pd.Timestamp(start),
        period_end=pd.Timestamp(end),
        visitors=visitors,
        qualifier="exact",
        source_id="lnat",
    )


def claim_row(claim_id, metric, value, qualifier, start, end, text="said"):
    return dict(
        claim_id=claim_id,
        quote_id="q1",
        metric=metric,
        value=value,
        qualifier=qualifier,
        period_start=pd.Timestamp(start),
        period_end=pd.Timestamp(end),
        claim_text=text,
    )


FLOWS = pd.DataFrame(
    [flow(2018, 164.1), flow(2019, 49.4), flow(2022, 12.9, status="published_total")]
)
TOURISM = pd.DataFrame(
    [
        visit("v2019", "2019-01-01", "2019-12-31", 12054),
        visit("v2023a", "2023-01-01", "2023-03-31", 11573),
        visit("v2023b", "2023-01-01", "2023-06-30", 23453),
    ]
)
EVENTS = pd.DataFrame(
    {
        "event_id": ["1960-diplomatic-relations", "2016-visa-free-regime"],
        "date": pd.to_datetime(["1960-10-07", "2016-12-02"]),
        "date_precision": ["day", "month"],
        "title": ["Relations", "Visa-free"],
        "category": ["diplomacy", "people"],
        "milestone": [True, False],
        "source_id": ["mfa", "vt"],
    }
)
QUOTES = pd.DataFrame({"quote_id": ["q1", "q2"], "speaker": ["Ana", "Ana"]})
CLAIMS = pd.DataFrame(
    [
        claim_row("c1", "trade_turnover_usd_m", 50.0, "about", "2022-01-01", "2022-12-31", "50m"),
        claim_row("c2", "trade_turnover_usd_m", 49.4, "exact", "2019-01-01", "2019-12-31"),
        claim_row("c3", "trade_turnover_growth_pct", 12.0, "exact", "2023-01-01", "2023-12-31"),
        claim_row("c4", "trade_turnover_growth_pct", 20.0, "about", "2019-01-01", "2019-12-31"),
    ]
)
INDICATORS = pd.DataFrame(columns=["indicator", "year", "series", "value", "unit", "source_id"])
SOURCES = pd.DataFrame(
    {"source_id": ["dots", "rbc", "lnat", "mfa"], "title": ["DOTS", "RBC", "LNAT", "MFA"]}
)


def built() -> overview.Glance:
    return overview.glance(FLOWS, TOURISM, EVENTS, QUOTES, CLAIMS, INDICATORS, SOURCES)


def test_glance_picks_the_facts_the_overview_cites():
    glance = built()
    assert glance.founding[["date", "source"]].values.tolist() == [
        [pd.Timestamp("1960-10-07"), "MFA"]
    ]
    assert glance.latest[["year", "value_usd_m", "basis", "source"]].values.tolist() == [
        [2022, 12.9, "published total", "RBC"]
    ]
    assert glance.peak["year"].tolist() == [2018]
    assert glance.runner_up["year"].tolist() == [2019]
    assert glance.visitors[["year", "visitors"]].values.tolist() == [[2019, 12054]]
    assert glance.later_visitors["visitors"].tolist() == [23453]
    assert glance.collection.iloc[0].tolist() == [2, 1960, 2016, 2, 1]
    assert glance.disputed.values.tolist() == [["Ana", "50m", 50.0, 12.9, 2022]]
    assert glance.growth_after[["low", "high"]].values.tolist() == [[12.0, 12.0]]
    assert glance.milestones.empty  # the one milestone, 1960, is before the first trade year
    assert set(glance.series["reporter"]) == {"Russia"}


def test_glance_without_trade_or_visitors_has_empty_facts_and_no_findings_about_them():
    glance = overview.glance(
        FLOWS.iloc[0:0], TOURISM.iloc[0:0], EVENTS, QUOTES, CLAIMS, INDICATORS, SOURCES
    )
    assert glance.latest.empty and glance.peak.empty and glance.runner_up.empty
    assert glance.visitors.empty and glance.later_visitors.empty and glance.growth_after.empty
    assert glance.disputed.empty
    assert glance.milestones["title"].tolist() == ["Relations"]  # no trade: every milestone
    assert overview_words.findings(glance) == []
    labels = [f.label for f in overview_words.key_figures(glance, today=pd.Timestamp("2025-01-01"))]
    assert labels == ["Years of diplomatic relations", "Events in the timeline", "Quotes collected"]


def test_key_figures_are_written_from_the_glance():
    figures = overview_words.key_figures(built(), today=pd.Timestamp("2025-10-07"))
    assert [(f.label, f.value, f.detail, f.help) for f in figures] == [
        ("Years of diplomatic relations", "65", "since 7 October 1960", "Source: MFA"),
        ("Latest Russia-reported turnover, US$ m", "12.9", "2022, published total", "Source: RBC"),
        (
            "Peak year of reported trade",
            "2018",
            "US$164.1 million, sum of reported flows",
            "Source: DOTS",
        ),
        (
            "Russian visitors, latest full year",
            "12,054",
            "2019; no full-year count published since",
            "Source: LNAT",
        ),
        ("Events in the timeline", "2", "1960–2016", None),
        ("Quotes collected", "2", "1 speakers", None),
    ]


def test_findings_are_written_from_the_glance():
    assert overview_words.findings(built()) == [
        "Russia-reported trade peaked in 2018 at US$164.1 million, 3.3 times the next-highest "
        "year (2019: US$49.4 million).",
        "Ana's “50m” is 3.9 times the US$12.9 million in Russia's figures for 2022.",
        "The latest full-year count of Russian visitors to Laos is 12,054 (2019); "
        "January–June 2023 alone counted 23,453.",
        "No absolute trade value is published after 2022; leaders cite growth rates instead "
        "(+12 % for 2023).",
    ]


def test_chart_labels_say_whose_figures_and_the_value_in_words_and_the_date_as_known():
    glance = built()
    series = overview_words.series_labels(
        glance.series.assign(qualifier=["exact", "about", "over"])
    )
    assert series["value_words"].str.startswith(("US$", "about US$", "over US$")).all()
    assert series["value_words"].str.endswith(" million").all()
    assert set(series["line"]) <= set(overview_words.LINES.values())
    events = overview_words.milestone_labels(EVENTS.assign(number=[1, 2]))
    assert events["date_label"].tolist() == ["7 October 1960", "December 2016"]
    assert events["label"].tolist() == ["1", "2"]


def test_chart_series_marks_imf_estimates_and_starts_a_segment_there():
    def row(year, status):
        return dict(
            year=year,
            first_month=1,
            last_month=12,
            measure="exports",
            reporter="Laos",
            value_usd_m=1.0,
            qualifier="exact",
            status=status,
            source_id="s",
        )

    flows = pd.DataFrame(
        [
            row(1997, "reported") | {"exporter": "Laos", "importer": "Russia"},
            row(1997, "reported") | {"exporter": "Russia", "importer": "Laos"},
            row(1998, "imf_estimate") | {"exporter": "Laos", "importer": "Russia"},
            row(1998, "imf_estimate") | {"exporter": "Russia", "importer": "Laos"},
        ]
    )
    sources = pd.DataFrame({"source_id": ["s"], "title": ["T"]})
    series = overview.chart_series(flows, sources)
    assert series["estimated"].tolist() == [False, True]
    assert series["segment"].nunique() == 2
    lines = overview.chart_lines(series)
    estimate = lines[lines["estimated"]]
    assert sorted(estimate["date"].dt.year) == [1997, 1998]  # joined to the reported year
    assert estimate["segment"].nunique() == 1


def test_the_sidebar_says_the_date_the_collection_runs_to_without_a_leading_zero():
    from relations import app_words

    assert (
        app_words.runs_to(pd.Timestamp("2025-12-13")) == "The collection runs to 13 December 2025."
    )
    assert app_words.runs_to(pd.Timestamp("2025-03-05")) == "The collection runs to 5 March 2025."
