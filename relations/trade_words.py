"""The Trade page's words: titles, labels, column names, sentences and headline figures.

Every reader-facing string of the trade domain, written from templates with named fields and
`relations.words` for every number, money, percent, qualifier and date (so a second interface
language can hook in here). Reads frames; imports no other domain module.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from relations import text, words
from relations.i18n import N_, T_, _

TITLE = N_("Trade")
INTRO = N_(
    "Goods each way, year by year, in one side's statistics at a time: whose figures they are, "
    "whether reported or IMF-estimated, and where each comes from."
)
REPORTER_LABEL = N_("Whose statistics")
REPORTER_HELP = N_("Laos reported 1993–1997; after that its sheet holds IMF estimates.")
SCALE_LABEL = N_("Scale")
YEARS_LABEL = N_("Years")
FLOWS_HEADING = N_("Exports each way and the turnover")
FLOWS_ALT = N_(
    "Line chart of Laos–Russia exports each way and turnover per year, {reporter}'s statistics."
)
BALANCE_ALT = N_(
    "Bar chart of the trade balance per year: above zero, Russia sold Laos more than it bought."
)
YEARLY_HEADING = N_("Year by year: growth and share of Laos's GDP")
DOWNLOAD_LABEL = N_("Download these rows (CSV)")
DOWNLOAD_NAME = N_("laos-russia-trade-{reporter}-{first}-{last}.csv")
PRODUCTS_HEADING = N_("What is traded")
PRODUCTS_CAPTION = N_(
    "No values are published for the goods traded between Laos and Russia, so there is no "
    "breakdown by product to draw. These are the goods the sources name, in their words."
)

# Labels that travel in the frames (table cells, chart legends and tooltips).
DIRECTIONS = {"Laos": N_("Laos → Russia"), "Russia": N_("Russia → Laos")}  # keyed by exporter
TURNOVER_SERIES = N_("Turnover (both ways)")
STATUS_WORDS = {
    "reported": N_("reported"),
    "imf_estimate": N_("IMF estimate"),
    "derived": N_("derived"),
    "published_total": N_("published total"),
}
EXACT = N_("exact")
BASIS_RESEARCH_SUM = N_("sum of reported flows")
BASIS_PUBLISHED = N_("published total")
BASIS_SUM = {
    True: N_("sum of IMF-estimated flows"),
    False: N_("sum of reported flows"),
}  # estimated?
SIDES = (
    N_("Laos sold more to Russia"),
    N_("even"),
    N_("Russia sold more to Laos"),
)  # balance < 0, 0, > 0
PRODUCT_DIRECTIONS = {"russia_to_laos": DIRECTIONS["Russia"], "laos_to_russia": DIRECTIONS["Laos"]}
SCALES = {"linear": N_("linear"), "log": N_("log")}
PRODUCT_STATUS = {"current": N_("said to be traded"), "intent": N_("proposed or wanted")}

NO_TURNOVER = N_("no turnover for this year")
NO_FIGURE_BEFORE = N_("no figure for {year}")
APPROXIMATE = N_("the {year} figure is approximate: no rate")
BASIS_CHANGE = N_("not computed: it would compare a {before} with a {after}")
BASIS_WITH_PUBLISHED = N_("{basis}; the source's own total: {published}")


def approximate_label(value: float, qualifier: str) -> str:
    """'over 20' beside a mark whose figure is not exact; '' for an exact one."""
    return "" if qualifier == "exact" else words.qualified(words.number(value), qualifier)


def qualifier_label(qualifier: str) -> str:
    return words.qualifier(qualifier) or _(EXACT)


def download_name(reporter: str, years: tuple[int, int]) -> str:
    return text.safe_file_name(
        _(DOWNLOAD_NAME).format(reporter=reporter, first=years[0], last=years[1])
    )


def flows_alt(reporter: str) -> str:
    return _(FLOWS_ALT).format(reporter=words.country(reporter))


def _span(years: tuple[int, int]) -> str:
    return f"{years[0]}–{years[1]}" if years[0] != years[1] else str(years[0])


def _change(value: float) -> str:
    """A signed rate with an ASCII '-': st.metric reads a leading '-' to draw a fall in red."""
    return ("-" if value < 0 else "+") + words.percent(abs(value), decimals=1)


EMPTY = N_(
    "No {reporter}-reported figure for {first}–{last}. Widen the year range, or switch whose "
    "statistics are shown."
)
NO_FIGURE = N_("No figure in {whose} for {span}.")
ESTIMATED_YEARS = N_(
    "{years}: IMF estimates built from partner data, not a Lao report (hollow marks)."
)
OTHER_SOURCE = N_("{years}: as published in {source}.")
GAP_YEARS = N_("No figure for {years} (a gap, not a zero).")
LAOS_SOLD_MORE = N_("; Laos sold more in {years}")
EVEN_YEARS = N_("; the two were equal in {years}")
BALANCE_HELP = N_("{side}. Balance = Russia → Laos minus Laos → Russia exports.")


# The key to every mark, label and rule of the flows chart, in the order they are drawn.
KEY_RULES = N_("Dashed vertical lines: events of the relationship (hover one for what happened).")
KEY_MARKS = {
    "reported": N_("filled circles: reported figures"),
    "IMF estimate": N_("hollow triangles: IMF estimates built from partner data"),
    "published total": N_("squares: totals as published elsewhere"),
}
KEY_MARKS_SENTENCE = N_("{marks}.")
KEY_LABELS = N_(
    "Words beside a mark ({example}) are how the source gives that figure: not exact, but a "
    "bound or an approximation."
)
KEY_BALANCE = N_("Paler bars: years of IMF estimates.")


def flows_key(points: pd.DataFrame, events: pd.DataFrame) -> str:
    """What each rule, mark and label on the flows chart means, for those it draws.
    `points`: trade.points (mark, approximate); `events`: the rules drawn."""
    present = set(points["mark"].unique())
    marks = [words for mark, words in KEY_MARKS.items() if mark in present]
    parts = [_(KEY_RULES)] if len(events) else []
    if marks:
        sentence = _(KEY_MARKS_SENTENCE).format(marks="; ".join(marks))
        parts.append(sentence[:1].upper() + sentence[1:])
    labelled = points.loc[points["approximate"] != "", "approximate"]
    if len(labelled):
        parts.append(_(KEY_LABELS).format(example=f"“{labelled.iloc[0]}”"))
    return " ".join(parts)


def balance_caption(table: pd.DataFrame) -> str:
    """Under the balance chart: what it shows, and the key to its paler bars if it has any."""
    if (table["flow_status"] == _(STATUS_WORDS["imf_estimate"])).any():
        return f"{balance_sentence(table)} {_(KEY_BALANCE)}"
    return balance_sentence(table)


def empty_message(reporter: str, years: tuple[int, int]) -> str:
    return _(EMPTY).format(reporter=words.country(reporter), first=years[0], last=years[1])


def flows_sentence(table: pd.DataFrame, reporter: str, years: tuple[int, int]) -> str:
    """The flows chart in one sentence, from the rows shown."""
    whose = T_("Russia's statistics") if reporter == "Russia" else T_("the Lao sheet")
    totals = table[table["turnover_usd_m"].notna()]
    if totals.empty:
        return _(NO_FIGURE).format(whose=whose, span=_span(years))
    top = totals.sort_values(["turnover_usd_m", "year"], ascending=[False, True]).iloc[0]
    last = totals.sort_values("year").iloc[-1]
    sentences = [
        T_("In {whose}, {span}: turnover was highest in {peak_year} ({peak})").format(
            whose=whose,
            span=_span(years),
            peak_year=top["year"],
            peak=words.money(top["turnover_usd_m"], top["turnover_qualifier"]),
        )
        + (
            ""
            if last["year"] == top["year"]
            else T_(" and {latest} in {latest_year}").format(
                latest=words.money(last["turnover_usd_m"], last["turnover_qualifier"]),
                latest_year=last["year"],
            )
        )
        + "."
    ]
    estimated = table.loc[table["flow_status"] == _(STATUS_WORDS["imf_estimate"]), "year"]
    if not estimated.empty:
        sentences.append(_(ESTIMATED_YEARS).format(years=words.year_runs(estimated.tolist())))
    sourced = table.dropna(subset=["flow_source"])
    counts = sourced["flow_source"].value_counts(sort=False)
    if len(counts) > 1:
        main = counts.sort_index().idxmax()  # the most years; on a tie, the first by name
        sentences += [
            _(OTHER_SOURCE).format(years=words.year_runs(source_years), source=source)
            for source, source_years in sourced.groupby("flow_source")["year"]
            if source != main
        ]
    present = set(totals["year"])
    gaps = [year for year in range(years[0], years[1] + 1) if year not in present]
    if gaps:
        sentences.append(_(GAP_YEARS).format(years=words.year_runs(gaps)))
    return " ".join(sentences)


def balance_sentence(table: pd.DataFrame) -> str:
    rows = table[table["balance_usd_m"].notna()]
    if rows.empty:
        return T_("No year in the range has both directions, so there is no balance to show.")
    laos = rows.loc[rows["balance_usd_m"] < 0, "year"].tolist()
    even = rows.loc[rows["balance_usd_m"] == 0, "year"].tolist()
    sentence = (
        T_(
            "Balance is Russia → Laos exports minus Laos → Russia exports: above zero, Russia sold "
            "Laos more than it bought. Of {years} years with both directions, Russia sold more in "
            "{russia}"
        )
    ).format(years=len(rows), russia=int((rows["balance_usd_m"] > 0).sum()))
    if laos:
        sentence += _(LAOS_SOLD_MORE).format(years=words.year_runs(laos))
    if even:
        sentence += _(EVEN_YEARS).format(years=words.year_runs(even))
    return sentence + "."


def growth_sentence(table: pd.DataFrame) -> str:
    rows = table[table["growth_pct"].notna()]
    if rows.empty:
        return T_("No two consecutive exact years in the range, so no growth rate can be derived.")
    up = rows.loc[rows["growth_pct"].idxmax()]
    down = rows.loc[rows["growth_pct"].idxmin()]
    return (
        T_(
            "Derived from consecutive years' turnover: the largest rise was {rise} in {rise_year}, "
            "the largest fall {fall} in {fall_year}. {without} of {years} years give no rate (a gap "
            "before them, or an approximate figure)."
        )
    ).format(
        rise=_change(up["growth_pct"]),
        rise_year=up["year"],
        fall=_change(down["growth_pct"]),
        fall_year=down["year"],
        without=len(table) - len(rows),
        years=len(table),
    )


def share_sentence(table: pd.DataFrame) -> str:
    rows = table[table["share_of_gdp_pct"].notna()]
    if rows.empty:
        return T_("No year in the range has both turnover and World Bank GDP.")
    top = rows.loc[rows["share_of_gdp_pct"].idxmax()]
    return (
        T_(
            "Derived: turnover as a share of Laos's GDP (World Bank, current US$) was at most "
            "{share} ({year})."
        )
    ).format(
        share=words.qualified(
            words.percent(top["share_of_gdp_pct"], significant=4), top["turnover_qualifier"]
        ),
        year=top["year"],
    )


def yearly_sentence(table: pd.DataFrame) -> str:
    """Under the year-by-year table: the growth rates, then the share of GDP."""
    return f"{growth_sentence(table)} {share_sentence(table)}"


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
            T_("Turnover {year}, US$ million").format(year=last["year"]),
            words.qualified(words.number(last["turnover_usd_m"]), last["turnover_qualifier"]),
            None
            if pd.isna(growth)
            else T_("{growth} on {year} (derived)").format(
                growth=_change(growth), year=last["year"] - 1
            ),
            T_("{basis}; {source}").format(
                basis=last["turnover_basis"], source=last["turnover_source"]
            ),
        )
    ]
    exact = first["turnover_qualifier"] == "exact" and last["turnover_qualifier"] == "exact"
    if last["year"] != first["year"] and exact:
        figures.append(
            Headline(
                T_("Turnover {last} against {first}").format(
                    last=last["year"], first=first["year"]
                ),
                T_("{ratio} times").format(
                    ratio=words.number(last["turnover_usd_m"] / first["turnover_usd_m"], decimals=1)
                ),
                None,
                T_("Derived: {last} / {first}").format(
                    last=words.money(last["turnover_usd_m"]),
                    first=words.money(first["turnover_usd_m"]),
                ),
            )
        )
    figures.append(
        Headline(
            T_("Highest turnover, year"),
            str(top["year"]),
            None,
            T_("{peak}, {basis}").format(
                peak=words.money(top["turnover_usd_m"], top["turnover_qualifier"]),
                basis=top["turnover_basis"],
            ),
        )
    )
    balances = table[table["balance_usd_m"].notna()].sort_values("year")
    if not balances.empty:
        row = balances.iloc[-1]
        balance = row["balance_usd_m"]
        sign = "+" if balance > 0 else "−" if balance < 0 else ""
        side = (
            T_("Russia sold more")
            if balance > 0
            else T_("Laos sold more")
            if balance < 0
            else T_("Even")
        )
        figures.append(
            Headline(
                T_("Balance {year}, US$ million").format(year=row["year"]),
                sign + words.number(abs(balance)),
                None,
                _(BALANCE_HELP).format(side=side),
            )
        )
    return figures


# Column labels for the page's tables (st.dataframe takes a plain label per column), the one
# number format of each number column (the exact figures are in the download), and the word
# an empty cell shows.
YEARLY_COLUMNS = {
    "year": N_("Year"),
    "turnover_usd_m": N_("Turnover, US$ m"),
    "turnover_qualifier": N_("Turnover figure is"),
    "growth_pct": N_("Growth on the year before, % (derived)"),
    "share_of_gdp_pct": N_("Turnover, % of Laos's GDP (derived)"),
    "laos_to_russia_usd_m": N_("Laos → Russia, US$ m"),
    "russia_to_laos_usd_m": N_("Russia → Laos, US$ m"),
    "balance_usd_m": N_("Balance, US$ m"),
    "flow_status": N_("Flows are"),
    "turnover_basis": N_("Turnover is"),
    "growth_note": N_("About the growth rate"),
    "gdp_usd_bn": N_("Laos GDP, US$ bn (World Bank)"),
    "flow_source": N_("Source of the flows"),
    "turnover_source": N_("Source of the turnover"),
}
MILLIONS = "%.3f"  # US$ million to the thousand dollars, as the IMF sheets give them
YEARLY_FORMATS = {
    "turnover_usd_m": MILLIONS,
    "growth_pct": N_("%+.1f"),
    "share_of_gdp_pct": "%.2f",
    "laos_to_russia_usd_m": MILLIONS,
    "russia_to_laos_usd_m": MILLIONS,
    "balance_usd_m": N_("%+.3f"),
    "gdp_usd_bn": "%.3f",
}
NO_FIGURE_CELL = N_("no figure")
YEARLY_TABLE = words.Table(YEARLY_COLUMNS, YEARLY_FORMATS, missing=NO_FIGURE_CELL)
PRODUCT_COLUMNS = {
    "date": N_("Date"),
    "direction": N_("Goods going"),
    "status": N_("Status"),
    "products": N_("Goods named"),
    "excerpt": N_("In the source's words"),
    "excerpt_english": N_("In English (translated by this dashboard)"),
    "language": N_("Language"),
    "source": N_("Source"),
}


# The charts' axis, legend and tooltip titles (relations/charts/trade.py).
VALUE_AXIS = {False: N_("US$ million"), True: N_("US$ million (log scale)")}  # by log scale
BALANCE_AXIS = N_("Balance, US$ million")
FLOW_TIPS = {
    "year": N_("Year"),
    "series": N_("Flow"),
    "value_usd_m": N_("US$ million"),
    "qualifier_words": N_("Qualifier"),
    "figure": N_("Figure"),
    "source": N_("Source"),
}
BALANCE_TIPS = {
    "year": N_("Year"),
    "balance_usd_m": N_("Balance, US$ million"),
    "side": N_("Who sold more"),
    "figure": N_("Figure"),
    "source": N_("Source"),
}


def scale_name(scale: str) -> str:
    """The y-scale choice as the reader's language names it ("linear", "log")."""
    return _(SCALES[scale])
