"""Trade flows: pure pandas over the validated trade frame. No I/O, no Streamlit, no sentences
(those are in trade_words)."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from relations import catalog, i18n, words
from relations import trade_words as said
from relations.i18n import _

REPORTERS = ("Russia", "Laos")
SCALES = ("linear", "log")  # option values, bound to the URL as `trade_scale`


def full_years(flows: pd.DataFrame) -> pd.DataFrame:
    """Rows that cover a whole calendar year (January to December)."""
    return flows[(flows["first_month"] == 1) & (flows["last_month"] == 12)]


def turnover(flows: pd.DataFrame, reporter: str) -> pd.DataFrame:
    """Yearly turnover (both directions) in one reporter's statistics, one row per year.

    Per year, the first that exists: the sum of the two directions as shown beside it (status
    derived, the basis saying whether the flows were reported or IMF-estimated, and naming the
    source's own total where that source also states one); a derived turnover row of the file;
    a published total. So a turnover shown beside its two flows always equals their sum.
    Years without data are absent, never zero.
    Columns: year, reporter, value_usd_m, qualifier, status, basis, source_id.
    """
    own = full_years(flows[flows["reporter"] == reporter])
    stated = own[own["measure"] == "turnover"]
    stated = stated.assign(
        rank=stated["status"].map({"derived": 1}).fillna(2),
        basis=stated["status"]
        .map({"derived": _(said.BASIS_RESEARCH_SUM)})
        .fillna(_(said.BASIS_PUBLISHED)),
    )
    flows_only = one_per_flow(
        own[(own["measure"] == "exports") & (own["status"] != "published_total")]
    )
    sums = flows_only.groupby("year").agg(
        value_usd_m=("value_usd_m", "sum"),
        directions=("exporter", "nunique"),
        estimated=("status", lambda status: bool((status == "imf_estimate").any())),
        source_id=("source_id", "first"),
    )
    sums = sums[sums["directions"] == 2].reset_index()
    published = stated[stated["status"] == "published_total"].set_index(["year", "source_id"])
    bases = []
    for row in sums.itertuples(index=False):
        basis = _(said.BASIS_SUM[bool(row.estimated)])
        if (row.year, row.source_id) in published.index:
            total = published.loc[(row.year, row.source_id)]
            total = total.iloc[0] if isinstance(total, pd.DataFrame) else total
            if total["qualifier"] != "exact" or abs(total["value_usd_m"] - row.value_usd_m) > 1e-9:
                written = words.money(total["value_usd_m"], total["qualifier"])
                basis = _(said.BASIS_WITH_PUBLISHED).format(basis=basis, published=written)
        bases.append(basis)
    computed = sums.assign(
        value_usd_m=sums["value_usd_m"].round(3),
        qualifier="exact",
        status="derived",
        basis=bases,
        rank=0,
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


# The old names of the labels and writers, for callers in other domains: use trade_words and
# relations.words instead.
DIRECTIONS = said.DIRECTIONS
STATUS_WORDS = said.STATUS_WORDS
number = words.number
usd = words.money


def year_span(flows: pd.DataFrame) -> tuple[int, int]:
    """First and last full year with any figure."""
    years = full_years(flows)["year"]
    return int(years.min()), int(years.max())


def between(frame: pd.DataFrame, years: tuple[int, int]) -> pd.DataFrame:
    """Rows whose `year` lies in the range, both ends included."""
    return frame[frame["year"].between(*years)]


STATUS_PREFERENCE = {"reported": 0, "imf_estimate": 1, "derived": 2, "published_total": 3}


def one_per_flow(rows: pd.DataFrame) -> pd.DataFrame:
    """One row per year, period, reporter and direction when several sources give the same flow.

    The statistical series wins (reported, then IMF estimate), then the first source id, so a
    second source for a flow never doubles it in a sum or breaks a year-by-year table.
    """
    key = ["year", "first_month", "last_month", "reporter", "measure", "exporter", "importer"]
    ranked = rows.assign(_rank=rows["status"].map(STATUS_PREFERENCE))
    return (
        ranked.sort_values([*key, "_rank", "source_id"], na_position="last")
        .drop_duplicates(key)
        .drop(columns="_rank")
    )


def by_direction(flows: pd.DataFrame, reporter: str) -> pd.DataFrame:
    """Full-year exports each way in one reporter's statistics, one row per year and direction.

    Published totals are left out here: they cross-check the series (see `cross_checks`).
    """
    rows = full_years(flows)
    rows = rows[
        (rows["reporter"] == reporter)
        & (rows["measure"] == "exports")
        & (rows["status"] != "published_total")
    ]
    return (
        one_per_flow(rows.assign(direction=rows["exporter"].map(i18n.each(said.DIRECTIONS))))
        .sort_values(["year", "direction"])
        .reset_index(drop=True)[
            [
                "year",
                "reporter",
                "direction",
                "exporter",
                "value_usd_m",
                "qualifier",
                "status",
                "source_id",
            ]
        ]
    )


def yearly(flows: pd.DataFrame, reporter: str, sources: pd.DataFrame) -> pd.DataFrame:
    """One row per year with a figure in this reporter's statistics.

    balance_usd_m = Russia→Laos exports minus Laos→Russia exports: positive means Russia sold
    Laos more than it bought from Laos, negative the reverse; blank unless both directions exist.
    Years with no figure are absent (a gap), never zero.
    """
    directions = by_direction(flows, reporter)
    wide = directions.pivot(index="year", columns="exporter", values="value_usd_m")
    wide = wide.reindex(columns=["Laos", "Russia"]).rename(
        columns={"Laos": "laos_to_russia_usd_m", "Russia": "russia_to_laos_usd_m"}
    )
    flow_status = directions.groupby("year").agg(
        flow_status=(
            "status",
            lambda s: (
                _(said.STATUS_WORDS["imf_estimate"])
                if (s == "imf_estimate").any()
                else _(said.STATUS_WORDS["reported"])
            ),
        ),
        flow_source_id=("source_id", "first"),
    )
    total = turnover(flows, reporter).set_index("year")
    total = total.rename(
        columns={
            "value_usd_m": "turnover_usd_m",
            "qualifier": "turnover_qualifier",
            "basis": "turnover_basis",
            "source_id": "turnover_source_id",
        }
    )[["turnover_usd_m", "turnover_qualifier", "turnover_basis", "turnover_source_id"]]
    table = wide.join(flow_status, how="outer").join(total, how="outer").reset_index()
    titles = catalog.source_names(sources)
    table = table.assign(
        reporter=reporter,
        balance_usd_m=(table["russia_to_laos_usd_m"] - table["laos_to_russia_usd_m"]).round(3),
        flow_source=table["flow_source_id"].map(titles).fillna(table["flow_source_id"]),
        turnover_source=table["turnover_source_id"].map(titles).fillna(table["turnover_source_id"]),
    )
    return table.sort_values("year").reset_index(drop=True)[
        [
            "year",
            "reporter",
            "laos_to_russia_usd_m",
            "russia_to_laos_usd_m",
            "flow_status",
            "balance_usd_m",
            "turnover_usd_m",
            "turnover_qualifier",
            "turnover_basis",
            "flow_source",
            "turnover_source",
        ]
    ]


def with_growth(table: pd.DataFrame) -> pd.DataFrame:
    """Adds growth_pct: turnover on the previous year, in %, rounded to 0.1 (derived).

    Blank, with growth_note saying why, after a missing year, where either figure is
    approximate ('over', 'about'), or across a change of what the figure is (a sum of reported
    flows against a sum of IMF-estimated ones, or a published total): such a rate would measure
    the change of source as much as the change of trade.
    """
    previous = table[["year", "turnover_usd_m", "turnover_qualifier", "turnover_basis"]]
    joined = table.merge(
        previous.assign(year=previous["year"] + 1), on="year", how="left", suffixes=("", "_before")
    )
    notes, usable = [], []
    for row in joined.itertuples(index=False):
        if pd.isna(row.turnover_usd_m):
            note, ok = _(said.NO_TURNOVER), False
        elif pd.isna(row.turnover_usd_m_before):
            note, ok = _(said.NO_FIGURE_BEFORE).format(year=row.year - 1), False
        elif row.turnover_qualifier != "exact" or row.turnover_qualifier_before != "exact":
            approximate = row.year if row.turnover_qualifier != "exact" else row.year - 1
            note, ok = _(said.APPROXIMATE).format(year=approximate), False
        elif _kind(row.turnover_basis) != _kind(row.turnover_basis_before):
            before, after = _kind(row.turnover_basis_before), _kind(row.turnover_basis)
            note, ok = _(said.BASIS_CHANGE).format(before=before, after=after), False
        else:
            note, ok = "", True
        notes.append(note)
        usable.append(ok)
    growth = (joined["turnover_usd_m"] / joined["turnover_usd_m_before"] - 1) * 100
    return table.assign(growth_pct=growth.where(usable).round(1).to_numpy(), growth_note=notes)


def _kind(basis: str) -> str:
    """What a turnover is, without the source's own total: 'sum of reported flows'."""
    return basis.split(";")[0]


def with_share_of_gdp(table: pd.DataFrame, indicators: pd.DataFrame) -> pd.DataFrame:
    """Adds gdp_usd_bn (World Bank WDI, current US$) and share_of_gdp_pct, derived:
    turnover (US$ million × 1e6) / GDP × 100. Blank where either is missing."""
    gdp = indicators[
        (indicators["indicator"] == "gdp_current_usd") & (indicators["series"] == "wb_wdi")
    ].set_index("year")["value"]
    gdp_usd = table["year"].map(gdp)
    return table.assign(
        gdp_usd_bn=(gdp_usd / 1e9).round(3),
        share_of_gdp_pct=(table["turnover_usd_m"] * 1e6 / gdp_usd * 100).round(4),
    )


def chart_rows(table: pd.DataFrame) -> pd.DataFrame:
    """The yearly table in long form for the flows chart: both directions and the turnover.

    `figure` says what the number is (reported, IMF estimate, our sum of reported flows, a
    published total); `mark` groups it for the legend (reported, IMF estimate, published total)
    and `estimated` flags IMF estimates and sums of them. `approximate` labels a figure that is
    not exact ('over 20'). `segment` breaks a line at a missing year so a gap is drawn as a gap.
    """
    parts = []
    for column, series in [
        ("laos_to_russia_usd_m", _(said.DIRECTIONS["Laos"])),
        ("russia_to_laos_usd_m", _(said.DIRECTIONS["Russia"])),
        ("turnover_usd_m", _(said.TURNOVER_SERIES)),
    ]:
        is_turnover = column == "turnover_usd_m"
        rows = table[table[column].notna()]
        status = rows["turnover_basis"] if is_turnover else rows["flow_status"]
        qualifier = rows["turnover_qualifier"] if is_turnover else "exact"
        gap_starts = rows["year"].diff().fillna(1).ne(1).cumsum()
        estimated = status.str.contains("IMF")
        mark = status.where(
            status == _(said.STATUS_WORDS["published_total"]), _(said.STATUS_WORDS["reported"])
        ).mask(estimated, _(said.STATUS_WORDS["imf_estimate"]))
        parts.append(
            pd.DataFrame(
                {
                    "year": rows["year"],
                    "date": pd.to_datetime(rows["year"].astype(str) + "-07-01"),
                    "series": series,
                    "value_usd_m": rows[column],
                    "figure": status,
                    "estimated": estimated,
                    "mark": mark,
                    "qualifier_words": pd.Series(qualifier, index=rows.index).map(
                        said.qualifier_label
                    ),
                    "source": rows["turnover_source"] if is_turnover else rows["flow_source"],
                    "segment": series + gap_starts.astype(str),
                    "approximate": [
                        said.approximate_label(v, q)
                        for q, v in zip(
                            pd.Series(qualifier, index=rows.index), rows[column], strict=True
                        )
                    ],
                }
            )
        )
    return pd.concat(parts, ignore_index=True)


def balance_rows(table: pd.DataFrame) -> pd.DataFrame:
    """Years with both directions: the balance and which side sold more (for the bar chart).

    Each bar runs from February to November (start, end) so it sits centred on mid-year, where
    the flows chart puts its points, with a gap between years."""
    rows = table[table["balance_usd_m"].notna()]
    return pd.DataFrame(
        {
            "year": rows["year"],
            "start": pd.to_datetime(rows["year"].astype(str) + "-02-01"),
            "end": pd.to_datetime(rows["year"].astype(str) + "-12-01"),
            "balance_usd_m": rows["balance_usd_m"],
            "side": pd.cut(
                rows["balance_usd_m"],
                [-float("inf"), -1e-9, 1e-9, float("inf")],
                labels=[_(side) for side in said.SIDES],
            ).astype(str),
            "figure": rows["flow_status"],
            "source": rows["flow_source"],
        }
    ).reset_index(drop=True)


def economy_events(events: pd.DataFrame) -> pd.DataFrame:
    """Economy events and events about trade, with a readable date (the flows chart's rules)."""
    topical = events["topics"].fillna("").str.split(";").map(lambda topics: "trade" in topics)
    chosen = events[(events["category"] == "economy") | topical]
    return chosen.assign(
        date_label=[
            words.date(d, p) for d, p in zip(chosen["date"], chosen["date_precision"], strict=True)
        ]
    ).reset_index(drop=True)[["event_id", "date", "date_label", "title", "description", "category"]]


def events_between(events: pd.DataFrame, years: tuple[int, int]) -> pd.DataFrame:
    """Events whose date falls in the year range, both ends included."""
    return events[events["date"].dt.year.between(*years)].reset_index(drop=True)


def trade_events(events: pd.DataFrame, years: tuple[int, int]) -> pd.DataFrame:
    """Economy events and events about trade, inside the year range, with a readable date."""
    return events_between(economy_events(events), years)


def products_traded(products: pd.DataFrame, sources: pd.DataFrame) -> pd.DataFrame:
    """What is said to be traded (or wanted), by direction, newest first, with the source."""
    titles = catalog.source_names(sources)
    ordered = products.sort_values("date", ascending=False)
    return pd.DataFrame(
        {
            "date": [
                words.date(d, p)
                for d, p in zip(ordered["date"], ordered["date_precision"], strict=True)
            ],
            "direction": ordered["direction"].map(i18n.each(said.PRODUCT_DIRECTIONS)),
            "status": ordered["status"].map(i18n.each(said.PRODUCT_STATUS)),
            "products": ordered["products"],
            "excerpt": ordered["excerpt"],
            "excerpt_english": ordered["excerpt_english"].fillna(""),  # blank for English
            "language": ordered["language"],
            "source": ordered["source_id"].map(titles).fillna(ordered["source_id"]),
        }
    ).reset_index(drop=True)


def missing_years(table: pd.DataFrame, years: tuple[int, int]) -> list[int]:
    """Years in the range with no turnover figure (gaps, not zeros)."""
    present = set(table.loc[table["turnover_usd_m"].notna(), "year"])
    return [year for year in range(years[0], years[1] + 1) if year not in present]


@dataclass(frozen=True)
class YearlyTables:
    """Each reporter's year-by-year table (with growth and share of GDP), the same in the flows
    chart's long form (points) and as balance bars, built once per version of the files
    (load.derived("trade_yearly")); `span`: the first and last full year, for the slider."""

    russia: pd.DataFrame
    laos: pd.DataFrame
    russia_points: pd.DataFrame
    laos_points: pd.DataFrame
    russia_bars: pd.DataFrame
    laos_bars: pd.DataFrame
    span: tuple[int, int]

    def of(self, reporter: str) -> pd.DataFrame:
        return self.russia if reporter == "Russia" else self.laos

    def span_of(self, reporter: str) -> tuple[int, int]:
        """The first and last year with a figure in this reporter's statistics (the slider's
        ends when that reporter is shown); the whole span when it has none."""
        years = self.of(reporter)["year"]
        return (int(years.min()), int(years.max())) if len(years) else self.span


def yearly_tables(
    flows: pd.DataFrame, sources: pd.DataFrame, indicators: pd.DataFrame
) -> YearlyTables:
    russia, laos = (
        with_share_of_gdp(with_growth(yearly(flows, reporter, sources)), indicators)
        for reporter in REPORTERS
    )
    return YearlyTables(
        russia,
        laos,
        chart_rows(russia),
        chart_rows(laos),
        balance_rows(russia),
        balance_rows(laos),
        year_span(flows),
    )


def shown(tables: YearlyTables, reporter: str, years: tuple[int, int]) -> pd.DataFrame:
    """One reporter's year-by-year rows inside the year range (the table, metrics, sentences)."""
    return between(tables.of(reporter), years)


def points(tables: YearlyTables, reporter: str, years: tuple[int, int]) -> pd.DataFrame:
    """The flows chart's rows (`chart_rows`) of one reporter inside the year range. A line
    still breaks at a missing year: its segments were numbered over every year."""
    return between(tables.russia_points if reporter == "Russia" else tables.laos_points, years)


def bars(tables: YearlyTables, reporter: str, years: tuple[int, int]) -> pd.DataFrame:
    """The balance chart's rows (`balance_rows`) of one reporter inside the year range."""
    return between(tables.russia_bars if reporter == "Russia" else tables.laos_bars, years)
