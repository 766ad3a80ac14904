"""Trade page charts: tidy frame in, Altair chart out. No Streamlit, no I/O."""

from __future__ import annotations

import altair as alt
import pandas as pd

from relations import checks_words, trade_words
from relations.charts import _look
from relations.i18n import N_, _

# Keyed by the English words the data carry (trade_words, checks_words), translated where drawn.
SERIES = [N_("Laos → Russia"), N_("Russia → Laos"), N_("Turnover (both ways)")]
SERIES_COLOURS = [_look.LAOS, _look.RUSSIA, _look.INK]
MARKS = {
    N_("reported"): "circle",
    N_("IMF estimate"): "triangle-up",
    N_("published total"): "square",
}
SIDES = {
    N_("Russia sold more to Laos"): _look.RUSSIA,
    N_("Laos sold more to Russia"): _look.LAOS,
    N_("even"): _look.MUTED,
}
OUTCOMES = {
    N_("agrees"): _look.AGREES,
    N_("disagrees"): _look.DISAGREES,
    N_("conflicts with another source"): _look.CONFLICTS,
    N_("nothing published to check against"): _look.MUTED,
}


def _present(mapping: dict[str, str], values: pd.Series) -> alt.Scale:
    """A scale over only the values present (so the legend lists nothing absent), in a fixed
    order and with fixed colours or shapes, so a value looks the same on every view."""
    present = set(values.unique())  # once: iterating a column of strings is slow
    written = {_(key): look for key, look in mapping.items()}  # as the rows name them
    shown = [key for key in written if key in present]
    return alt.Scale(domain=shown, range=[written[key] for key in shown])


def _year_axis(years: pd.Series) -> dict:
    """Year labels at mid-year, under the points and bars (which sit at mid-year).

    Written as the Vega-Lite dict itself: an alt.Axis of alt.DateTime objects is the same spec,
    but Altair checks each object against the schema as it is made and copies it with every
    layer, which made this axis most of the page's chart-building time."""
    middles = [{"year": int(year), "month": 7, "date": 1} for year in sorted(years.unique())]
    # labelFlush: the first and last labels end at the axis's ends instead of running past them.
    return {
        "values": middles,
        "format": "%Y",
        "labelOverlap": True,
        "labelFlush": True,
        "grid": False,
    }


def _value_scale(log: bool) -> dict:
    return {"type": "log"} if log else {"type": "linear", "zero": True}


def _tooltip(
    titles: dict[str, str],
    *,
    ordinal: tuple[str, ...] = ("year",),
    numbers: dict[str, str] | None = None,
) -> list[dict]:
    """Tooltips as Vega-Lite field definitions: field -> title; `ordinal` fields are years,
    `numbers` quantitative fields with their format ("" for none); the rest nominal."""
    numbers = numbers or {}

    def kind(field: str) -> str:
        if field in numbers:
            return "quantitative"
        return "ordinal" if field in ordinal else "nominal"

    return [
        {"field": field, "type": kind(field), "title": title}
        | ({"format": numbers[field]} if numbers.get(field) else {})
        for field, title in titles.items()
    ]


def flows_by_year(rows: pd.DataFrame, events: pd.DataFrame, *, log: bool = False) -> alt.LayerChart:
    """Exports each way and the turnover per year (points mid-year), events as dashed rules.

    `rows`: trade.points; `events`: trade.events_between. Hollow triangles are IMF
    estimates, squares published totals; a figure that is not exact carries its words
    ('over 20') beside the mark. A missing year breaks the line. On a log scale a zero
    cannot be drawn, so it is left out (the shipped data hold none). Built in the style of
    charts/_look.py (constructor arguments, Vega-Lite dicts): it is rebuilt on every rerun.
    """
    drawn = set(rows["series"].unique())
    colours = {
        "domain": [_(s) for s in SERIES if _(s) in drawn],
        "range": [c for s, c in zip(SERIES, SERIES_COLOURS, strict=True) if _(s) in drawn],
    }
    x = {"field": "date", "type": "temporal", "title": None, "axis": _year_axis(rows["year"])}
    y = {
        "field": "value_usd_m",
        "type": "quantitative",
        "title": _(trade_words.VALUE_AXIS[log]),
        "scale": _value_scale(log),
    }
    colour = {
        "field": "series",
        "type": "nominal",
        "scale": colours,
        "title": None,
        "legend": _look.LEGEND,
    }
    present = _present(MARKS, rows["mark"])
    shape = {
        "field": "mark",
        "type": "nominal",
        "scale": {"domain": present.domain, "range": present.range},
        "title": None,
        "legend": _look.LEGEND,
    }
    tooltip = _tooltip(trade_words.FLOW_TIPS, numbers={"value_usd_m": ",.3~f"})
    base = {"x": x, "y": y, "color": colour}
    positive = [{"filter": "(datum.value_usd_m > 0)"}] if log else []

    def layer(mark: dict, encoding: dict, *filters: str) -> alt.Chart:
        return alt.Chart(
            mark=mark,
            encoding=alt.FacetedEncoding(**base, **encoding),
            transform=positive + [{"filter": f} for f in filters] or alt.Undefined,
        )

    line = layer(
        {"type": "line", "strokeWidth": 1.5}, {"detail": {"field": "segment", "type": "nominal"}}
    )
    solid = layer(
        {"type": "point", "filled": True, "size": 60, "opacity": 1},
        {"shape": shape, "tooltip": tooltip},
        "(!datum.estimated)",
    )
    hollow = layer(
        {"type": "point", "filled": False, "size": 60, "strokeWidth": 1.5, "opacity": 1},
        {"shape": shape, "tooltip": tooltip},
        "datum.estimated",
    )
    qualified = layer(
        {"type": "text", "align": "left", "dx": 7, "dy": -7, "fontSize": _look.LABEL_SIZE},
        {"text": {"field": "approximate", "type": "nominal"}, "tooltip": tooltip},
        "(datum.approximate !== '')",
    )
    # A layer with nothing to draw is left out: Vega renders an empty mark container as an
    # image with no text alternative (axe-core's svg-img-alt).
    layers = [_look.event_rules(events), line, solid]
    layers += [hollow] if rows["estimated"].any() else []
    layers += [qualified] if (rows["approximate"] != "").any() else []
    return alt.layer(*layers, data=rows, height=400)


def balance_by_year(rows: pd.DataFrame) -> alt.Chart:
    """Russia → Laos minus Laos → Russia per year: up means Russia sold more. Paler bars are
    IMF estimates. `rows`: trade.bars."""
    sides = _present(SIDES, rows["side"])
    encoding = {
        "x": {
            "field": "start",
            "type": "temporal",
            "title": None,
            # Room at the ends for the first and last year's label, centred on its bar.
            "scale": {"padding": 14},
            "axis": _year_axis(rows["year"]),
        },
        "x2": {"field": "end"},
        "y": {
            "field": "balance_usd_m",
            "type": "quantitative",
            "title": _(trade_words.BALANCE_AXIS),
        },
        "y2": {"datum": 0},
        "color": {
            "field": "side",
            "type": "nominal",
            "scale": {"domain": sides.domain, "range": sides.range},
            "title": None,
            "legend": _look.LEGEND,
        },
        "opacity": {
            "field": "figure",
            "type": "nominal",
            "scale": {"domain": ["reported", "IMF estimate"], "range": [1.0, 0.45]},
            "legend": None,
        },
        "tooltip": _tooltip(trade_words.BALANCE_TIPS, numbers={"balance_usd_m": "+,.3~f"}),
    }
    return alt.Chart(
        rows, mark={"type": "bar"}, encoding=alt.FacetedEncoding(**encoding), height=260
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

    `series`: the claims bundle's Russia-reported turnover rows; `levels`: its claimed values;
    `growth`: its claimed growth rates; `years`: every year in the span gets a column, data or
    not.
    """
    x = {
        "field": "year",
        "type": "ordinal",
        "title": None,
        "scale": {"domain": list(range(years[0], years[1] + 1))},
        "axis": {"labelAngle": 0},
    }
    y = {
        "field": "value_usd_m",
        "type": "quantitative",
        "title": _(checks_words.TURNOVER_AXIS[log]),
        "scale": _value_scale(log),
    }
    colour = {
        "field": "verdict",
        "type": "nominal",
        "scale": {"domain": [_(o) for o in OUTCOMES], "range": list(OUTCOMES.values())},
    }
    line = _look.layer(
        None,
        "line",
        {
            "x": x,
            "y": y,
            "detail": {"field": "segment", "type": "nominal"},
            "tooltip": _tooltip(checks_words.SERIES_TIPS, numbers={"value_usd_m": ",.3~f"}),
        },
        color=_look.INK,
        strokeWidth=1.5,
        point={"color": _look.INK},
    )
    qualified = alt.Chart(
        mark={
            "type": "text",
            "align": "left",
            "dx": 7,
            "dy": -7,
            "fontSize": _look.LABEL_SIZE,
            "color": _look.INK,
        },
        encoding=alt.FacetedEncoding(x=x, y=y, text={"field": "approximate", "type": "nominal"}),
        transform=[{"filter": "(datum.approximate !== '')"}],
    )
    claimed = _look.layer(
        levels,
        "point",
        {
            "x": x,
            "y": y,
            "color": colour | {"title": _(checks_words.CLAIM_LEGEND), "legend": _look.LEGEND},
            "tooltip": _tooltip(checks_words.CLAIM_TIPS),
        },
        shape="diamond",
        size=220,
        filled=True,
        opacity=0.9,
    )
    rates = _look.layer(
        growth,
        "text",
        {
            "x": x,
            "text": {"field": "label", "type": "nominal"},
            "color": colour,
            "y": {"value": 6},
            "tooltip": _tooltip(checks_words.RATE_TIPS, numbers={"quotes": ""}),
        },
        baseline="top",
        lineBreak="\n",
        fontSize=_look.TITLE_SIZE,
        fontWeight="bold",
    )
    return alt.layer(line, qualified, claimed, rates, data=series, height=320)  # series once
