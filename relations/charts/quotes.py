"""Quote overview charts: small count frames in, clickable Altair bar charts out. No Streamlit."""

from __future__ import annotations

import hashlib

import altair as alt
import pandas as pd

from relations.quotes import PICK

IN_FILTER = "#b3262d"
OUT_OF_FILTER = "#c9c4bd"


def excerpt_counts(counts: pd.DataFrame, category: str) -> alt.Chart:
    """Horizontal bars of excerpts per `category` (speaker or topic), the ones in the filter in
    colour. A click selects a bar.

    The selection's name carries what is in the filter. Streamlit keeps a keyed chart's
    selection across reruns, so after the filter changed elsewhere a click on the bar clicked
    before would change nothing; a new name gives the chart a fresh selection instead.
    """
    chosen = ";".join(sorted(counts.loc[counts["in_filter"].astype(bool), category]))
    name = f"{PICK}_{hashlib.sha1(chosen.encode()).hexdigest()[:10]}"
    pick = alt.selection_point(name=name, fields=[category], on="click")
    return (
        alt.Chart(counts)
        .mark_bar(cursor="pointer")
        .encode(
            alt.Y(f"{category}:N")
            .sort("-x")
            .title(None)
            .axis(labelLimit=220, labelFontSize=11, labelOverlap=False),
            alt.X("quotes:Q").title(f"Excerpts per {category}").axis(tickMinStep=1, format="d"),
            color=alt.condition(
                alt.datum.in_filter, alt.value(IN_FILTER), alt.value(OUT_OF_FILTER)
            ),
            tooltip=[
                alt.Tooltip(f"{category}:N", title=category.capitalize()),
                alt.Tooltip("quotes:Q", title="Excerpts"),
            ],
        )
        .add_params(pick)
        .properties(height=alt.Step(18))
    )
