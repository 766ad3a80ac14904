"""Quote overview charts: small count frames in, clickable Altair bar charts out. No Streamlit.

Channels are built from keyword arguments: Altair's chained setters (`.sort().title()`) and
`alt.condition` re-infer the schema on every call, about 40 ms a chart on every rerun; the
spec is the same.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Collection, Mapping, MutableMapping, Sequence
from dataclasses import dataclass

import altair as alt
import pandas as pd

from relations import quotes as explorer
from relations import quotes_words as said
from relations import words as relations_words
from relations.charts import _look
from relations.i18n import _
from relations.quotes import PICK

IN_FILTER = _look.RUSSIA
OUT_OF_FILTER = _look.FAINT


def excerpt_counts(counts: pd.DataFrame, category: str) -> alt.Chart:
    """Horizontal bars of excerpts per `category` (speaker or topic), the ones in the filter in
    colour. A click selects a bar.

    The selection's name carries what is in the filter. Streamlit keeps a keyed chart's
    selection across reruns, so after the filter changed elsewhere a click on the bar clicked
    before would change nothing; a new name gives the chart a fresh selection instead.
    """
    words = said.FACETS[category]
    chosen = ";".join(sorted(counts.loc[counts["in_filter"].astype(bool), category]))
    name = f"{PICK}_{hashlib.sha1(chosen.encode()).hexdigest()[:10]}"
    pick = alt.selection_point(name=name, fields=[category], on="click")
    # Topics are codes ("trade"), written in the reader's language on the axis and in the
    # tooltip; speakers are names, shown as they are.
    topics = {topic: relations_words.topic(topic) for topic in counts[category]}
    names = {"labelExpr": _look.named_labels(topics)} if category == "topic" else {}

    return (
        alt.Chart(counts)
        .mark_bar(cursor="pointer")
        .encode(
            y=alt.Y(
                field=category,
                type="nominal",
                sort="-x",
                title=None,
                axis={
                    "labelLimit": 220,
                    "labelFontSize": _look.LABEL_SIZE,
                    "labelOverlap": False,
                    **names,
                },
            ),
            x=alt.X(
                field="quotes",
                type="quantitative",
                title=_(words.axis),
                axis={"tickMinStep": 1, "format": "d"},
            ),
            color=alt.ColorValue(
                OUT_OF_FILTER, condition={"test": "datum.in_filter", "value": IN_FILTER}
            ),
            tooltip=[
                alt.Tooltip(
                    field="topic_name" if "topic_name" in counts.columns else category,
                    type="nominal",
                    title=_(words.tooltip),
                ),
                alt.Tooltip(field="quotes", type="quantitative", title=_(said.EXCERPTS_TOOLTIP)),
            ],
        )
        .add_params(pick)
        .properties(height={"step": 18})
    )


@dataclass(frozen=True)
class CountChart:
    """One count chart as the page draws it: the chart (drawn only when there is something to
    count), the sentence under it, its widget key, its text alternative, its click handler."""

    chart: alt.Chart
    drawn: bool
    sentence: str
    key: str
    alt: str
    on_select: Callable[[], None]


def count_charts(
    found: explorer.QuoteIndex,
    chosen: explorer.Filters,
    *,
    claimed: Collection[str],
    state: MutableMapping,
    choices: Mapping[str, Sequence[str]],
) -> list[CountChart]:
    """The speaker and the topic count charts under the filters, side by side on the page;
    a click on a bar sets that filter (`state`: the session state the filter widgets read)."""
    made = []
    for category in ("speaker", "topic"):
        counts = explorer.facet_counts(found, chosen, category, claimed=claimed)
        made.append(
            CountChart(
                chart=excerpt_counts(counts, category),
                drawn=not counts.empty,
                sentence=said.facet_sentence(counts, category),
                key=f"quotes_{category}_chart",
                alt=_(said.FACETS[category].alt),
                on_select=explorer.picker(state, category, choices[f"{category}s"]),
            )
        )
    return made
