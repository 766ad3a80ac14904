"""Writes to the page: the Streamlit glue every page shares.

A data error shown in its place, a required choice bound to the URL, a chart drawn, and text
from the data written exactly as it is (escaped here, once: pages and `relations/` pass plain
text and never escape). Besides `relations/data/load.py`, the only module that imports
Streamlit; pages call it instead of repeating these steps.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any

import altair as alt
import pandas as pd
import streamlit as st
from streamlit.delta_generator import DeltaGenerator

from relations import text as _text
from relations.charts import vega
from relations.data import load
from relations.data.errors import DataError


def show_data_error(error: DataError, *, where: DeltaGenerator | None = None) -> None:
    (where or st).error(
        f"The file {error.file} could not be read, so this part cannot be shown. "
        "The other pages keep working. What is wrong:",
        icon=":material/error:",
    )
    (where or st).code(str(error), language=None, wrap_lines=True)


@contextmanager
def data_or_stop() -> Iterator[None]:
    """Wrap a page's loads: a DataError shows its message and stops this page only."""
    try:
        yield
    except DataError as error:
        show_data_error(error)
        st.stop()


def load_each(names: Iterable[str]) -> dict[str, pd.DataFrame]:
    """Load several datasets; a broken one shows its error and is left out, the rest load."""
    frames = {}
    for name in names:
        try:
            frames[name] = load.dataset(name)
        except DataError as error:
            show_data_error(error)
    return frames


def required_choice(
    label: str,
    options: Sequence[str],
    *,
    default: str,
    key: str,
    where: DeltaGenerator | None = None,
    **kwargs: Any,
) -> str:
    """A required st.segmented_control bound to the URL (parameter `key`) that never gives None.

    Streamlit 1.67 registers every button group as clearable, so an empty `?key=` seeds even a
    required control with None: nothing selected, and a page that cannot show anything. Then
    the page reruns once with the default put back into the widget's state, so the reader sees
    the default selected, as for any other invalid value in the URL. `where`: the column or
    container to draw in (default: the page).
    """
    restored = st.session_state.get(key, default) is None
    if restored:
        st.session_state[key] = default
    value = (where or st).segmented_control(
        label,
        options,
        # A default beside a value set through st.session_state makes Streamlit log a warning.
        default=None if restored else default,
        required=True,
        key=key,
        bind="query-params",
        **kwargs,
    )
    if value is None and not restored:
        st.rerun()
    return default if value is None else value


def chart(
    chart: alt.TopLevelMixin,
    *,
    key: str,
    alt: str,
    where: DeltaGenerator | None = None,
    on_select: Any = "ignore",
    selection_mode: Any = None,
) -> Any:
    """Draw an Altair chart, as `st.altair_chart(chart, key=, on_select=, ...)` would.

    The chart goes to the browser as its Vega-Lite spec without Altair's schema validation,
    which costs 30 to 80 ms a chart on every rerun (relations/charts/vega.py says more; the
    test suite validates every builder's spec instead). Nothing is cached. `alt`: the text
    alternative for screen readers. Returns the selection state when `on_select` is set.
    """
    return (where or st).vega_lite_chart(
        vega.spec(chart),
        key=key,
        alt=alt,
        on_select=on_select,
        selection_mode=selection_mode,
    )


def text(value: object, *, where: DeltaGenerator | None = None) -> None:
    """Text (ours or from the data) as a paragraph, shown exactly as written."""
    (where or st).markdown(_text.escape_markdown(value))


def caption(value: object, *, where: DeltaGenerator | None = None) -> None:
    """Small text under a chart or table, shown exactly as written."""
    (where or st).caption(_text.escape_markdown(value))


def bullets(items: Iterable[object], *, where: DeltaGenerator | None = None) -> None:
    """A bulleted list; each item shown exactly as written."""
    for item in items:
        (where or st).markdown("- " + _text.escape_markdown(item))


def metric(
    label: str,
    value: object,
    delta: object = None,
    *,
    help: str | None = None,
    where: DeltaGenerator | None = None,
) -> None:
    """A bordered key figure; its help text (a tooltip rendered as markdown) shown as written."""
    (where or st).metric(
        label,
        value,
        delta,
        border=True,
        help=_text.escape_markdown(help) if help else None,
    )


def markup(value: str, *, where: DeltaGenerator | None = None) -> None:
    """Markdown built in `relations/` whose data text is already escaped (a quote card with
    its search highlights). Never pass raw data text here: use `text`."""
    (where or st).markdown(value)


def table(
    frame: pd.DataFrame,
    columns: dict[str, str],
    *,
    key: str | None = None,
    where: DeltaGenerator | None = None,
) -> None:
    """A table of these columns, in this order, under these labels; no index."""
    (where or st).dataframe(
        frame, hide_index=True, column_config=columns, column_order=list(columns), key=key
    )


# Tourism page: a CSV download whose file is built only when the reader clicks.


def download_csv(
    label: str,
    frame: pd.DataFrame,
    *,
    file_name: str,
    key: str,
    where: DeltaGenerator | None = None,
) -> None:
    """A download button for `frame` as a spreadsheet-safe CSV (formulas neutralised), built
    on click, not on every rerun; the page does not rerun on click."""
    (where or st).download_button(
        label,
        data=functools.partial(_text.formula_safe_csv, frame),
        file_name=_text.safe_file_name(file_name),
        mime="text/csv",
        key=key,
        on_click="ignore",
        icon=":material/download:",
    )
