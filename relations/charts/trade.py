"""Trade page charts: tidy frame in, Altair chart out. No Streamlit, no I/O."""

from __future__ import annotations

import altair as alt
import pandas as pd

from relations.charts import _look

SERIES = ["Laos → Russia", "Russia → Laos", "Turnover (both ways)"]
SERIES_COLOURS = [_look.LAOS, _look.RUSSIA, _look.INK]
MARKS = {"reported": "circle", "IMF estimate": "triangle-up", "published total": "square"}
SIDES = {
    "Russia sold more to Laos": _look.RUSSIA,
    "Laos sold more to Russia": _look.LAOS,
    "even": _look.MUTED,
}
OUTCOMES = {
    "agrees": _look.AGREES,
    "disagrees": _look.DISAGREES,
    "nothing published to check against": _look.MUTED,
}


def _present(mapping: dict[str, str], values: pd.Series) -> alt.Scale:
    """A scale over only the values present (so the legend lists nothing absent), in a fixed
    order and with fixed colours or shapes, so a value looks the same on every view."""
    present = set(values.unique())  # once: iterating a column of strings is slow
    shown = [key for key in mapping if key in present]
    return alt.Scale(domain=shown, range=[mapping[key] for key in shown])


def _year_axis(years: pd.Series) -> dict:
    """Year labels at mid-year, under the points and bars (which sit at mid-year).

    Written as the Vega-Lite dict itself: an alt.Axis of alt.DateTime objects is the same spec,
    but Altair checks each object against the schema as it is made and copies it with every
    layer, which made this axis most of the page's chart-building time."""
    middles = [{"year": int(year), "month": 7, "date": 1} for year in sorted(years.unique())]
    return {"values": middles, "format": "%Y", "labelOverlap": True, "grid": False}


def _value_scale(log: bool) -> alt.Scale:
    return alt.Scale(type="log") if log else alt.Scale(type="linear", zero=True)


def flows_by_year(rows: pd.DataFrame, events: pd.DataFrame, *, log: bool = False) -> alt.LayerChart:
    """Exports each way and the turnover per year (points mid-year), events as dashed rules.

    `rows`: trade.chart_rows; `events`: trade.trade_events. Hollow triangles are IMF
    estimates, squares published totals; a figure that is not exact carries its words
    ('over 20') beside the mark. A missing year breaks the line. On a log scale a zero
    cannot be drawn, so it is left out (the shipped data hold none).
    """
    drawn = set(rows["series"].unique())
    colours = alt.Scale(
        domain=[s for s in SERIES if s in drawn],
        range=[c for s, c in zip(SERIES, SERIES_COLOURS, strict=True) if s in drawn],
    )
    # The rows are the data of the whole layer, so they are sent (and named) once; only the
    # event rules carry their own.
    base = alt.Chart().encode(
        alt.X("date:T").title(None).axis(_year_axis(rows["year"])),
        alt.Y("value_usd_m:Q")
        .title("US$ million" + (" (log scale)" if log else ""))
        .scale(_value_scale(log)),
        alt.Color("series:N").scale(colours).title(None).legend(**_look.LEGEND),
    )
    if log:
        base = base.transform_filter(alt.datum.value_usd_m > 0)
    tooltip = [
        alt.Tooltip("year:O", title="Year"),
        alt.Tooltip("series:N", title="Flow"),
        alt.Tooltip("value_usd_m:Q", title="US$ million", format=",.3~f"),
        alt.Tooltip("qualifier_words:N", title="Qualifier"),
        alt.Tooltip("figure:N", title="Figure"),
        alt.Tooltip("source:N", title="Source"),
    ]
    shape = (
        alt.Shape("mark:N").scale(_present(MARKS, rows["mark"])).title(None).legend(**_look.LEGEND)
    )
    line = base.mark_line(strokeWidth=1.5).encode(alt.Detail("segment:N"))
    solid = (
        base.transform_filter(~alt.datum.estimated)
        .mark_point(filled=True, size=60, opacity=1)
        .encode(shape, tooltip=tooltip)
    )
    hollow = (
        base.transform_filter(alt.datum.estimated)
        .mark_point(filled=False, size=60, strokeWidth=1.5, opacity=1)
        .encode(shape, tooltip=tooltip)
    )
    qualified = (
        base.transform_filter(alt.datum.approximate != "")
        .mark_text(align="left", dx=7, dy=-7, fontSize=11)
        .encode(alt.Text("approximate:N"), tooltip=tooltip)
    )
    return alt.layer(
        _look.event_rules(events), line, solid, hollow, qualified, data=rows, height=400
    )


def balance_by_year(rows: pd.DataFrame) -> alt.Chart:
    """Russia → Laos minus Laos → Russia per year: up means Russia sold more. Paler bars are
    IMF estimates. `rows`: trade.balance_rows."""
    return (
        alt.Chart(rows)
        .mark_bar()
        .encode(
            alt.X("start:T").title(None).axis(_year_axis(rows["year"])),
            alt.X2("end:T"),
            alt.Y("balance_usd_m:Q").title("Balance, US$ million"),
            alt.Y2(datum=0),
            alt.Color("side:N")
            .scale(_present(SIDES, rows["side"]))
            .title(None)
            .legend(**_look.LEGEND),
            alt.Opacity("figure:N")
            .scale(domain=["reported", "IMF estimate"], range=[1.0, 0.45])
            .legend(None),
            tooltip=[
                alt.Tooltip("year:O", title="Year"),
                alt.Tooltip("balance_usd_m:Q", title="Balance, US$ million", format="+,.3~f"),
                alt.Tooltip("side:N", title="Who sold more"),
                alt.Tooltip("figure:N", title="Figure"),
                alt.Tooltip("source:N", title="Source"),
            ],
        )
        .properties(height=220)
    )


def claims_against_turnover(
    series: pd.DataFrame,
    levels: pd.DataFrame,
    growth: pd.DataFrame,
    *,
    years: tuple[int, int],
    log: bool = False,
) -> alt.LayerChart:
    """Russia-reported turnover per year with the claimed values set on it (colour: the
    verdict), and claimed growth rates written at the top of their year (no value to plot).

    `series`: checks.turnover_rows; `levels`: checks.level_claims; `growth`:
    checks.growth_claims; `years`: every year in the span gets a column, data or not.
    """
    x = alt.X("year:O").title(None).scale(domain=list(range(years[0], years[1] + 1)))
    x = x.axis(labelAngle=0)
    y = (
        alt.Y("value_usd_m:Q")
        .title("Turnover, US$ million" + (" (log scale)" if log else ""))
        .scale(_value_scale(log))
    )
    colour = alt.Color("verdict:N").scale(
        alt.Scale(domain=list(OUTCOMES), range=list(OUTCOMES.values()))
    )
    line = (
        alt.Chart()
        .mark_line(color=_look.INK, strokeWidth=1.5, point=alt.OverlayMarkDef(color=_look.INK))
        .encode(
            x,
            y,
            alt.Detail("segment:N"),
            tooltip=[
                alt.Tooltip("year:O", title="Year"),
                alt.Tooltip("value_usd_m:Q", title="Russia-reported, US$ million", format=",.3~f"),
                alt.Tooltip("qualifier_words:N", title="Qualifier"),
                alt.Tooltip("figure:N", title="Figure"),
                alt.Tooltip("source:N", title="Source"),
            ],
        )
    )
    qualified = (
        alt.Chart()
        .transform_filter(alt.datum.approximate != "")
        .mark_text(align="left", dx=7, dy=-7, fontSize=11, color=_look.INK)
        .encode(x, y, alt.Text("approximate:N"))
    )
    claimed = (
        alt.Chart(levels)
        .mark_point(shape="diamond", size=220, filled=True, opacity=0.9)
        .encode(
            x,
            y,
            colour.title("Claim").legend(**_look.LEGEND),
            tooltip=[
                alt.Tooltip("speaker:N", title="Who"),
                alt.Tooltip("said:N", title="Said"),
                alt.Tooltip("claim_text:N", title="Words"),
                alt.Tooltip("stated:N", title="Claimed"),
                alt.Tooltip("verdict:N", title="Verdict"),
                alt.Tooltip("how:N", title="How far"),
                alt.Tooltip("data:N", title="Data"),
                alt.Tooltip("claim_source:N", title="Claim source"),
                alt.Tooltip("data_source:N", title="Data source"),
            ],
        )
    )
    rates = (
        alt.Chart(growth)
        .mark_text(baseline="top", lineBreak="\n", fontSize=12, fontWeight="bold")
        .encode(
            x,
            alt.Text("label:N"),
            colour,
            y=alt.value(6),
            tooltip=[
                alt.Tooltip("periods:N", title="Period"),
                alt.Tooltip("stated:N", title="Growth claimed"),
                alt.Tooltip("speakers:N", title="Who"),
                alt.Tooltip("quotes:Q", title="Quotes"),
                alt.Tooltip("verdict:N", title="Verdict"),
            ],
        )
    )
    return alt.layer(line, qualified, claimed, rates, data=series, height=320)  # series once
