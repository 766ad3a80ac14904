"""Trade flows: pure pandas over the validated trade frame. No I/O, no Streamlit."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from relations import catalog, words

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


DIRECTIONS = {"Laos": "Laos → Russia", "Russia": "Russia → Laos"}  # keyed by exporter
STATUS_WORDS = {
    "reported": "reported",
    "imf_estimate": "IMF estimate",
    "derived": "derived",
    "published_total": "published total",
}
# Qualifier words with their trailing space, for sentences that put them before a figure.
QUALIFIER_WORDS = {name: f"{said} " if said else "" for name, said in words.QUALIFIERS.items()}


def number(value: float) -> str:
    """A figure with the decimals it has (up to three), no trailing zeros: 31.903, 0.8, 12."""
    return f"{value:,.3f}".rstrip("0").rstrip(".")


def usd(value: float, qualifier: str = "exact") -> str:
    return f"{QUALIFIER_WORDS[qualifier]}US${number(value)} million"


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
        one_per_flow(rows.assign(direction=rows["exporter"].map(DIRECTIONS)))
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
                STATUS_WORDS["imf_estimate"]
                if (s == "imf_estimate").any()
                else STATUS_WORDS["reported"]
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

    Blank, with growth_note saying why, after a missing year or where either figure is
    approximate ('over', 'about'). A rate across a change of basis (reported to IMF-estimated)
    is given, with a note saying so.
    """
    previous = table[["year", "turnover_usd_m", "turnover_qualifier", "turnover_basis"]]
    joined = table.merge(
        previous.assign(year=previous["year"] + 1), on="year", how="left", suffixes=("", "_before")
    )
    notes, usable = [], []
    for row in joined.itertuples(index=False):
        if pd.isna(row.turnover_usd_m):
            note, ok = "no turnover for this year", False
        elif pd.isna(row.turnover_usd_m_before):
            note, ok = f"no figure for {row.year - 1}", False
        elif row.turnover_qualifier != "exact" or row.turnover_qualifier_before != "exact":
            approximate = row.year if row.turnover_qualifier != "exact" else row.year - 1
            note, ok = f"the {approximate} figure is approximate: no rate", False
        elif row.turnover_basis != row.turnover_basis_before:
            note, ok = f"compares a {row.turnover_basis_before} with a {row.turnover_basis}", True
        else:
            note, ok = "", True
        notes.append(note)
        usable.append(ok)
    growth = (joined["turnover_usd_m"] / joined["turnover_usd_m_before"] - 1) * 100
    return table.assign(growth_pct=growth.where(usable).round(1).to_numpy(), growth_note=notes)


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
        ("laos_to_russia_usd_m", DIRECTIONS["Laos"]),
        ("russia_to_laos_usd_m", DIRECTIONS["Russia"]),
        ("turnover_usd_m", "Turnover (both ways)"),
    ]:
        is_turnover = column == "turnover_usd_m"
        rows = table[table[column].notna()]
        status = rows["turnover_basis"] if is_turnover else rows["flow_status"]
        qualifier = rows["turnover_qualifier"] if is_turnover else "exact"
        gap_starts = rows["year"].diff().fillna(1).ne(1).cumsum()
        estimated = status.str.contains("IMF")
        mark = status.where(status == "published total", "reported").mask(estimated, "IMF estimate")
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
                    "qualifier_words": pd.Series(qualifier, index=rows.index)
                    .map(QUALIFIER_WORDS)
                    .str.strip()
                    .replace("", "exact"),
                    "source": rows["turnover_source"] if is_turnover else rows["flow_source"],
                    "segment": series + gap_starts.astype(str),
                    "approximate": [
                        "" if q == "exact" else f"{QUALIFIER_WORDS[q]}{number(v)}"
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
                labels=["Laos sold more to Russia", "even", "Russia sold more to Laos"],
            ).astype(str),
            "figure": rows["flow_status"],
            "source": rows["flow_source"],
        }
    ).reset_index(drop=True)


def trade_events(events: pd.DataFrame, years: tuple[int, int]) -> pd.DataFrame:
    """Economy events and events about trade, inside the year range, with a readable date."""
    topical = events["topics"].fillna("").str.split(";").map(lambda topics: "trade" in topics)
    chosen = events[(events["category"] == "economy") | topical]
    chosen = chosen[chosen["date"].dt.year.between(*years)]
    return chosen.assign(
        date_label=[
            words.date(d, p) for d, p in zip(chosen["date"], chosen["date_precision"], strict=True)
        ]
    ).reset_index(drop=True)[["event_id", "date", "date_label", "title", "description", "category"]]


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
            "direction": ordered["direction"].map(
                {"russia_to_laos": DIRECTIONS["Russia"], "laos_to_russia": DIRECTIONS["Laos"]}
            ),
            "status": ordered["status"].map(
                {"current": "said to be traded", "intent": "proposed or wanted"}
            ),
            "products": ordered["products"],
            "excerpt": ordered["excerpt"],
            "language": ordered["language"],
            "source": ordered["source_id"].map(titles).fillna(ordered["source_id"]),
        }
    ).reset_index(drop=True)


def missing_years(table: pd.DataFrame, years: tuple[int, int]) -> list[int]:
    """Years in the range with no turnover figure (gaps, not zeros)."""
    present = set(table.loc[table["turnover_usd_m"].notna(), "year"])
    return [year for year in range(years[0], years[1] + 1) if year not in present]


def flows_sentence(table: pd.DataFrame, reporter: str, years: tuple[int, int]) -> str:
    """The flows chart in one sentence, from the rows shown."""
    span = f"{years[0]}–{years[1]}" if years[0] != years[1] else str(years[0])
    whose = f"{reporter}'s statistics" if reporter == "Russia" else "the Lao sheet"
    if table["turnover_usd_m"].notna().sum() == 0:
        return f"No figure in {whose} for {span}."
    totals = table[table["turnover_usd_m"].notna()]
    top = totals.sort_values(["turnover_usd_m", "year"], ascending=[False, True]).iloc[0]
    last = totals.sort_values("year").iloc[-1]
    sentence = (
        f"In {whose}, {span}: turnover was highest in {top['year']} "
        f"({usd(top['turnover_usd_m'], top['turnover_qualifier'])})"
    )
    if last["year"] != top["year"]:
        sentence += (
            f" and {usd(last['turnover_usd_m'], last['turnover_qualifier'])} in {last['year']}"
        )
    sentence += "."
    estimated = table.loc[table["flow_status"] == STATUS_WORDS["imf_estimate"], "year"]
    if not estimated.empty:
        sentence += (
            f" {words.year_runs(estimated.tolist())}: IMF estimates built from partner data, not a Lao "
            "report (hollow marks)."
        )
    by_source = table.dropna(subset=["flow_source"]).groupby("flow_source")["year"].apply(list)
    if len(by_source) > 1:
        main = by_source.map(len).idxmax()
        for source, source_years in by_source.drop(main).items():
            sentence += f" {words.year_runs(source_years)}: as published in {source}."
    gaps = missing_years(table, years)
    if gaps:
        sentence += f" No figure for {words.year_runs(gaps)} (a gap, not a zero)."
    return sentence


def balance_sentence(table: pd.DataFrame) -> str:
    rows = table[table["balance_usd_m"].notna()]
    if rows.empty:
        return "No year in the range has both directions, so there is no balance to show."
    russia = rows.loc[rows["balance_usd_m"] > 0, "year"].tolist()
    laos = rows.loc[rows["balance_usd_m"] < 0, "year"].tolist()
    even = rows.loc[rows["balance_usd_m"] == 0, "year"].tolist()
    sentence = (
        "Balance is Russia → Laos exports minus Laos → Russia exports: above zero, Russia sold "
        f"Laos more than it bought. Of {len(rows)} years with both directions, Russia sold more "
        f"in {len(russia)}"
    )
    if laos:
        sentence += f"; Laos sold more in {words.year_runs(laos)}"
    if even:
        sentence += f"; the two were equal in {words.year_runs(even)}"
    return sentence + "."


def growth_sentence(table: pd.DataFrame) -> str:
    rows = table[table["growth_pct"].notna()]
    if rows.empty:
        return "No two consecutive exact years in the range, so no growth rate can be derived."
    up = rows.loc[rows["growth_pct"].idxmax()]
    down = rows.loc[rows["growth_pct"].idxmin()]
    return (
        f"Derived from consecutive years' turnover: the largest rise was {up['growth_pct']:+.1f} % "
        f"in {up['year']}, the largest fall {down['growth_pct']:+.1f} % in {down['year']}. "
        f"{len(table) - len(rows)} of {len(table)} years give no rate (a gap before them, or an "
        "approximate figure)."
    )


def share_sentence(table: pd.DataFrame) -> str:
    rows = table[table["share_of_gdp_pct"].notna()]
    if rows.empty:
        return "No year in the range has both turnover and World Bank GDP."
    top = rows.loc[rows["share_of_gdp_pct"].idxmax()]
    qualifier = QUALIFIER_WORDS[top["turnover_qualifier"]]
    return (
        f"Derived: turnover as a share of Laos's GDP (World Bank, current US$) was at most "
        f"{qualifier}{top['share_of_gdp_pct']:.4g} % ({top['year']})."
    )


@dataclass(frozen=True)
class Headline:
    label: str
    value: str
    delta: str | None = None
    help: str | None = None


def headlines(table: pd.DataFrame) -> list[Headline]:
    """Latest turnover with its growth, the change over the range, the peak, the latest balance."""
    totals = table[table["turnover_usd_m"].notna()].sort_values("year")
    if totals.empty:
        return []
    first, last = totals.iloc[0], totals.iloc[-1]
    top = totals.sort_values(["turnover_usd_m", "year"], ascending=[False, True]).iloc[0]
    growth = last.get("growth_pct")
    figures = [
        Headline(
            f"Turnover {last['year']}, US$ million",
            QUALIFIER_WORDS[last["turnover_qualifier"]] + number(last["turnover_usd_m"]),
            None if pd.isna(growth) else f"{growth:+.1f} % on {last['year'] - 1} (derived)",
            f"{last['turnover_basis']}; {last['turnover_source']}",
        )
    ]
    exact = first["turnover_qualifier"] == "exact" and last["turnover_qualifier"] == "exact"
    if last["year"] != first["year"] and exact:
        ratio = last["turnover_usd_m"] / first["turnover_usd_m"]
        figures.append(
            Headline(
                f"Turnover {last['year']} against {first['year']}",
                f"{ratio:.1f} times",
                None,
                f"Derived: {usd(last['turnover_usd_m'])} / {usd(first['turnover_usd_m'])}",
            )
        )
    figures.append(
        Headline(
            "Highest turnover, year",
            str(top["year"]),
            None,
            f"{usd(top['turnover_usd_m'], top['turnover_qualifier'])}, {top['turnover_basis']}",
        )
    )
    balances = table[table["balance_usd_m"].notna()].sort_values("year")
    if not balances.empty:
        row = balances.iloc[-1]
        sign = "+" if row["balance_usd_m"] > 0 else "−" if row["balance_usd_m"] < 0 else ""
        side = {"+": "Russia sold more", "−": "Laos sold more", "": "Even"}[sign]
        figures.append(
            Headline(
                f"Balance {row['year']}, US$ million",
                sign + number(abs(row["balance_usd_m"])),
                None,
                f"{side}. Balance = Russia → Laos minus Laos → Russia exports.",
            )
        )
    return figures


# Column labels for the page's tables (st.dataframe takes a plain label per column).
YEARLY_COLUMNS = {
    "year": "Year",
    "turnover_usd_m": "Turnover, US$ m",
    "turnover_qualifier": "Qualifier",
    "growth_pct": "Growth on the year before, % (derived)",
    "share_of_gdp_pct": "Turnover, % of Laos's GDP (derived)",
    "laos_to_russia_usd_m": "Laos → Russia, US$ m",
    "russia_to_laos_usd_m": "Russia → Laos, US$ m",
    "balance_usd_m": "Balance, US$ m",
    "flow_status": "Flows are",
    "turnover_basis": "Turnover is",
    "growth_note": "About the growth rate",
    "gdp_usd_bn": "Laos GDP, US$ bn (World Bank)",
    "flow_source": "Source of the flows",
    "turnover_source": "Source of the turnover",
}


def empty_message(reporter: str, years: tuple[int, int]) -> str:
    return (
        f"No {reporter}-reported figure for {years[0]}–{years[1]}. Widen the year range, or "
        "switch whose statistics are shown."
    )


PRODUCT_COLUMNS = {
    "date": "Date",
    "direction": "Goods going",
    "status": "Status",
    "products": "Goods named",
    "excerpt": "In the source's words",
    "language": "Language",
    "source": "Source",
}
