"""Trade flows: pure pandas over the validated trade frame (no Streamlit, no I/O)."""

from __future__ import annotations

import pandas as pd

REPORTERS = ("Russia", "Laos")


def full_years(flows: pd.DataFrame) -> pd.DataFrame:
    """Rows that cover a whole calendar year (January to December)."""
    return flows[(flows["first_month"] == 1) & (flows["last_month"] == 12)]


def turnover(flows: pd.DataFrame, reporter: str) -> pd.DataFrame:
    """Yearly turnover (both directions) in one reporter's statistics, one row per year.

    Per year, the first that exists: the turnover row derived in the research from the two
    reported cells; a published total; our sum of the two directions (marked derived, with the
    basis saying whether the flows were reported or IMF-estimated). Years without data are
    absent, never zero. Columns: year, reporter, value_usd_m, qualifier, status, basis, source_id.
    """
    own = full_years(flows[flows["reporter"] == reporter])
    stated = own[own["measure"] == "turnover"]
    stated = stated.assign(
        rank=stated["status"].map({"derived": 0}).fillna(1),
        basis=stated["status"].map({"derived": "sum of reported flows"}).fillna("published total"),
    )
    flows_only = own[(own["measure"] == "exports") & (own["status"] != "published_total")]
    sums = flows_only.groupby("year").agg(
        value_usd_m=("value_usd_m", "sum"),
        directions=("exporter", "nunique"),
        estimated=("status", lambda status: bool((status == "imf_estimate").any())),
        source_id=("source_id", "first"),
    )
    sums = sums[sums["directions"] == 2].reset_index()
    computed = sums.assign(
        value_usd_m=sums["value_usd_m"].round(3),
        qualifier="exact",
        status="derived",
        basis=sums["estimated"].map(
            {True: "sum of IMF-estimated flows", False: "sum of reported flows"}
        ),
        rank=2,
    )
    columns = ["year", "value_usd_m", "qualifier", "status", "basis", "source_id", "rank"]
    combined = pd.concat([stated[columns], computed[columns]], ignore_index=True)
    best = combined.sort_values(["year", "rank"]).drop_duplicates("year")
    return (
        best.drop(columns="rank")
        .assign(reporter=reporter)
        .reset_index(drop=True)[
            ["year", "reporter", "value_usd_m", "qualifier", "status", "basis", "source_id"]
        ]
    )


def peak(series: pd.DataFrame) -> pd.Series:
    """The row with the highest value (the earliest year on a tie)."""
    return series.sort_values(["value_usd_m", "year"], ascending=[False, True]).iloc[0]


def latest(series: pd.DataFrame) -> pd.Series:
    return series.sort_values("year").iloc[-1]
