"""Trade page through app.py: the reporter, scale and year filters change what is shown."""

import json

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from relations.data import load, schemas
from tests.pages import charts, open_page, table


def run_trade(**params) -> AppTest:
    at = open_page("trade", **params)
    assert not at.exception
    return at


def metrics(at: AppTest) -> dict[str, str]:
    return {m.label: m.value for m in at.metric}


def flows_chart(at: AppTest) -> tuple[dict, pd.DataFrame]:
    """The first chart: the frame with a `series` column is its rows."""
    spec, frames = charts(at)[0]
    return spec, next(frame for frame in frames if "series" in frame.columns)


def csv(name: str) -> pd.DataFrame:
    return pd.read_csv(load.data_dir() / schemas.DATASETS[name].file)


def test_default_view_is_russia_reported_over_every_year():
    at = run_trade()
    assert at.title[0].value == "Trade"
    trade = csv("trade")
    last = trade[
        (trade["reporter"] == "Russia")
        & (trade["measure"] == "turnover")
        & (trade["year"] == 2022)
        & (trade["last_month"] == 12)
    ]
    assert metrics(at)["Turnover 2022, US$ million"] == f"{last['value_usd_m'].iloc[0]:g}"
    _, rows = flows_chart(at)
    assert 1995 not in set(rows["year"])  # the missing year is a gap, not a zero
    assert rows["year"].min() == 1992 and rows["year"].max() == 2022
    assert not rows["estimated"].any()
    assert 2023 not in set(rows["year"])  # January 2023 is never a year


def test_switching_to_the_lao_side_shows_imf_estimates_after_1997():
    at = run_trade()
    at.segmented_control(key="trade_reporter").set_value("Laos").run()
    assert not at.exception
    _, rows = flows_chart(at)
    estimated_years = set(rows.loc[rows["estimated"], "year"])
    assert min(estimated_years) == 1998
    assert not rows.loc[rows["year"] <= 1997, "estimated"].any()
    assert "Turnover 2020, US$ million" in metrics(at)
    captions = " ".join(c.value for c in at.caption)
    assert "IMF estimates built from partner data" in captions


def test_log_scale_changes_the_value_axis():
    at = run_trade()
    at.segmented_control(key="trade_scale").set_value("log").run()
    spec, _ = flows_chart(at)
    y_scales = [
        layer["encoding"]["y"].get("scale", {}).get("type")
        for layer in spec["layer"]
        if "y" in layer.get("encoding", {})
    ]
    assert set(y_scales) == {"log"}


def test_year_range_narrows_the_chart_the_table_and_the_metrics():
    at = run_trade()
    at.slider(key="trade_years").set_value((2000, 2010)).run()
    _, rows = flows_chart(at)
    assert set(rows["year"]) == set(range(2000, 2011))
    assert "Turnover 2010, US$ million" in metrics(at)
    yearly = table(at, "share_of_gdp_pct")
    assert yearly["year"].tolist() == list(range(2000, 2011))
    mirror = table(at, "gap_usd_m")
    assert mirror.empty  # both sides reported only in 1993–1997
    assert any("widen the year range" in c.value for c in at.caption)


def test_a_deep_link_reproduces_the_view():
    at = run_trade(trade_reporter="Laos", trade_scale="log", trade_years=["1993", "1997"])
    assert at.segmented_control(key="trade_reporter").value == "Laos"
    assert at.slider(key="trade_years").value == (1993, 1997)
    spec, rows = flows_chart(at)
    assert set(rows["year"]) == set(range(1993, 1998))
    assert any(
        layer["encoding"]["y"].get("scale", {}).get("type") == "log"
        for layer in spec["layer"]
        if "y" in layer.get("encoding", {})
    )


def test_an_invalid_parameter_is_ignored():
    at = run_trade(trade_reporter="Mars", trade_scale="cubic")
    assert at.segmented_control(key="trade_reporter").value == "Russia"
    assert at.segmented_control(key="trade_scale").value == "linear"


def test_a_range_with_no_figure_says_which_filter_to_loosen():
    at = run_trade(trade_years=["1995", "1995"])  # Russia's one missing year
    assert len(at.info) == 1
    assert "Widen the year range, or switch whose statistics are shown" in at.info[0].value
    assert not at.metric


def test_mirror_puts_both_sides_side_by_side_for_1993_to_1997():
    at = run_trade()
    mirror = table(at, "gap_usd_m")
    assert sorted(set(mirror["year"])) == [1993, 1994, 1996, 1997]
    trade = csv("trade")
    lao_1996 = trade[
        (trade["year"] == 1996) & (trade["reporter"] == "Laos") & (trade["exporter"] == "Laos")
    ]
    row = mirror[(mirror["year"] == 1996) & (mirror["direction"] == "Laos → Russia")]
    assert row["laos_reported_usd_m"].iloc[0] == lao_1996["value_usd_m"].iloc[0]


@pytest.mark.parametrize(
    ("claim_text", "verdict"),
    [
        ("about US$50 million in 2022", "disagrees"),
        ("last year's trade totaled $49.4 million", "agrees"),
        ("with a 12 percent increase", "nothing published to check against"),
    ],
)
def test_claims_sit_beside_the_data_with_a_verdict(claim_text, verdict):
    at = run_trade()
    claims = table(at, "claim_text").set_index("claim_text")
    assert claims.loc[claim_text, "verdict"] == verdict
    assert claims.loc[claim_text, "claim_source"]


def test_what_is_traded_says_no_values_are_published():
    at = run_trade()
    assert any("No values are published" in c.value for c in at.caption)
    products = table(at, "products")
    assert len(products) == len(csv("products"))


def test_the_year_slider_follows_the_chosen_reporters_years():
    at = run_trade()
    years = at.slider(key="trade_years")
    assert (years.min, years.max, years.value) == (1992, 2022, (1992, 2022))
    at.button_group(key="trade_reporter").set_value("Laos").run()
    years = at.slider(key="trade_years")
    assert (years.min, years.max, years.value) == (1993, 2020, (1993, 2020))  # the Lao sheet
    years.set_value((1995, 2000)).run()
    at.button_group(key="trade_reporter").set_value("Russia").run()
    years = at.slider(key="trade_years")
    assert (years.min, years.max, years.value) == (1992, 2022, (1995, 2000))  # a choice is kept
    assert not at.exception


def shown_columns(at: AppTest, column: str) -> tuple[list[str], dict, str]:
    """The order, config and empty-cell word of the one table that has this column."""
    (found,) = [frame.proto for frame in at.dataframe if column in frame.value.columns]
    return list(found.column_order), json.loads(found.columns), found.placeholder


def test_the_yearly_table_writes_each_number_column_one_way_and_names_a_missing_figure():
    at = run_trade()
    order, config, missing = shown_columns(at, "growth_pct")
    assert missing == "no figure"  # 1992 has no year before it: no raw "None"
    assert config["turnover_usd_m"]["type_config"]["format"] == "%.3f"
    assert config["growth_pct"]["type_config"]["format"] == "%+.1f"
    assert config["share_of_gdp_pct"]["type_config"]["format"] == "%.2f"
    assert order[:3] == ["year", "turnover_usd_m", "turnover_qualifier"]


def test_the_claims_table_puts_who_when_and_the_verdict_first():
    at = run_trade()
    order, config, missing = shown_columns(at, "claim_text")
    assert order[:5] == ["speaker", "said", "period", "stated", "verdict"]
    assert [config[column]["label"] for column in order[:5]] == [
        "Who",
        "Said",
        "Period",
        "Claimed",
        "Verdict",
    ]
    assert missing == "none"
