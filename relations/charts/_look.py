"""One look for every chart: the palette, the type sizes and the shared event-rule layer."""

from __future__ import annotations

import altair as alt
import pandas as pd

from relations.i18n import _

# The app's theme colours (.streamlit/config.toml) and the few more the charts need.
RUSSIA = "#b3262d"  # also the theme's primary colour
LAOS = "#1f5fa8"
ESTIMATE = "#7589a8"  # an IMF estimate drawn in a reporter's place: greyed Laos blue, dashed
INK = "#4a4a4a"  # a series drawn in neutral: the turnover, a claim line, labels beside marks
MUTED = "#6e6862"  # rules, "even", what is out of the filter or unchecked (also as text)
FAINT = "#c9c4bd"
AGREES = "#2e7d32"
DISAGREES = "#a65a00"
CONFLICTS = "#7b4fa0"
PART_OF_YEAR = "#a65a00"
LABEL = "#5a5248"
SHADE = "#d9d4ce"
ERA_SHADES = ("#f1ede6", "#e3ddd2")
ERA_RULE = "#a39a8c"
# One colour per timeline category, in the order of vocab.CATEGORIES (a test holds them together).
CATEGORY_COLOURS = ("#1f5fa8", "#b3262d", "#4d4d4d", "#7b4fa0", "#c26a00", "#2a7f62", "#b0487c")

LABEL_SIZE = 11
TITLE_SIZE = 12

# Legends under the chart, one entry a line, so on a phone they take no width from the plot
# and no entry runs off the edge; labels long enough for "Turnover (both ways)".
LEGEND = {"orient": "bottom", "direction": "vertical", "labelLimit": 320}

# Text on every chart in the theme's text colour: Streamlit's chart theme draws axis and legend
# text in #808495, 3.7:1 on white, under WCAG AA's 4.5:1 (tests/test_look.py measures these).
TEXT = "#3d3d3d"
# Vega fits a chart to its box to the pixel: the y-axis title and the top labels lost 2-3 px
# of their glyphs to the box's edge (the "ade turnover" a phone showed). An object, not a
# number: Streamlit's chart code sets `padding.bottom` on it.
PADDING = {"left": 6, "top": 6, "right": 6, "bottom": 6}
CONFIG = {
    "axis": {"labelColor": TEXT, "titleColor": TEXT},
    "legend": {"labelColor": TEXT, "titleColor": TEXT, "orient": "bottom", "direction": "vertical"},
    "title": {"color": TEXT, "subtitleColor": TEXT},
    "header": {"labelColor": TEXT, "titleColor": TEXT},
}

REPORTERS = alt.Scale(domain=["Russia", "Laos"], range=[RUSSIA, LAOS])


# Layers and tooltips are written as Vega-Lite dicts passed to alt.Chart's constructor, not as
# chained methods and schema objects: Altair 6 copies and rebuilds every schema object of a
# chart several times while layering and converting it (a property setter such as `.title()`
# costs about 2 ms), and charts are rebuilt on every rerun.


def layer(data: pd.DataFrame | None, mark: str, encoding: dict, **look: object) -> alt.Chart:
    """One layer: `mark` ("rule", "text" ...) with its look, drawing `data` (None: the data
    of the chart it is layered in) through `encoding` (channel name -> channel)."""
    return alt.Chart(
        alt.Undefined if data is None else data,
        mark={"type": mark, **look},
        encoding=alt.FacetedEncoding(**encoding),
    )


def tooltips(titles: dict[str, str], *, numbers: dict[str, str] | None = None) -> list[dict]:
    """Tooltips of these fields under these titles; `numbers`: quantitative field -> format.
    As Vega-Lite field definitions, which Altair copies far faster than `alt.Tooltip`s."""
    numbers = numbers or {}
    return [
        {"field": field, "type": "quantitative", "title": _(title), "format": numbers[field]}
        if field in numbers
        else {"field": field, "type": "nominal", "title": _(title)}
        for field, title in titles.items()
    ]


def event_rules(events: pd.DataFrame, *, detail: str = "description") -> alt.Chart:
    """Dashed vertical rules at the events' dates, with title, date and one detail on hover.

    `events` has `date`, `title`, `date_label` and the `detail` column ("description" or
    "category").
    """
    titles = {"description": "What happened", "category": "Category"}
    tips = tooltips({"title": "Event", "date_label": "Date", detail: titles.get(detail, detail)})
    return layer(
        events,
        "rule",
        {"x": {"field": "date", "type": "temporal"}, "tooltip": tips},
        color=MUTED,
        strokeDash=[3, 3],
    )


# Tourism: the words inside a shaded gap ("no count 2012–2015"), dark enough on SHADE (4.5:1).
GAP_INK = "#4f4a45"


def named_labels(names: dict[str, str], *, field: str = "datum.label") -> str:
    """A Vega expression writing each code of an axis (`field`) as its name in `names` (the
    data keep the code, which a click selects), any other value as it is."""
    written = field
    for code, name in reversed(names.items()):
        quoted = name.replace("\\", "\\\\").replace("'", "\\'")
        written = f"({field} === '{code}' ? '{quoted}' : {written})"
    return written
