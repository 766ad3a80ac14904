"""One look for every chart: the palette, the type sizes and the shared event-rule layer."""

from __future__ import annotations

import altair as alt
import pandas as pd

# The app's theme colours (.streamlit/config.toml) and the few more the charts need.
RUSSIA = "#b3262d"  # also the theme's primary colour
LAOS = "#1f5fa8"
INK = "#4a4a4a"  # a series drawn in neutral: the turnover, a claim line, labels beside marks
MUTED = "#8a8580"  # rules, "even", what is out of the filter or unchecked
FAINT = "#c9c4bd"
AGREES = "#2e7d32"
DISAGREES = "#e07b00"
PART_OF_YEAR = "#e07b00"
LABEL = "#5a5248"
SHADE = "#d9d4ce"
ERA_SHADES = ("#f1ede6", "#e3ddd2")
ERA_RULE = "#a39a8c"
# One colour per timeline category, in the order of vocab.CATEGORIES (a test holds them together).
CATEGORY_COLOURS = ("#1f5fa8", "#b3262d", "#4d4d4d", "#7b4fa0", "#c26a00", "#2a7f62", "#b0487c")

LABEL_SIZE = 11
TITLE_SIZE = 12

# Legends above the chart, labels long enough for "Turnover (both ways)".
LEGEND = {"orient": "top", "labelLimit": 320}

REPORTERS = alt.Scale(domain=["Russia", "Laos"], range=[RUSSIA, LAOS])


def event_rules(events: pd.DataFrame, *, detail: str = "description") -> alt.Chart:
    """Dashed vertical rules at the events' dates, with title, date and one detail on hover.

    `events` has `date`, `title`, `date_label` and the `detail` column ("description" or
    "category").
    """
    titles = {"description": "What happened", "category": "Category"}
    return (
        alt.Chart(events)
        .mark_rule(color=MUTED, strokeDash=[3, 3])
        .encode(
            alt.X("date:T"),
            tooltip=[
                alt.Tooltip("title:N", title="Event"),
                alt.Tooltip("date_label:N", title="Date"),
                alt.Tooltip(f"{detail}:N", title=titles.get(detail, detail)),
            ],
        )
    )


# Tourism: the words inside a shaded gap ("no count 2012–2015"), a shade darker than LABEL.
GAP_INK = "#6b6560"
