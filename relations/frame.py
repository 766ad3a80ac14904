"""The few Streamlit calls every page shares: loading data with a visible, contained error, a
required choice bound to the URL that an empty parameter cannot leave blank, and a chart
converted to Vega-Lite once per distinct input.

The one module of the package that writes to the page, kept tiny so pages stay thin and a
broken file shows the same clear message everywhere.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any

import pandas as pd
import streamlit as st
from streamlit.delta_generator import DeltaGenerator

from relations import data, vega


def show_data_error(error: data.DataError) -> None:
    st.error(
        f"The file {error.file} could not be read, so this part cannot be shown. "
        "The other pages keep working. What is wrong:",
        icon=":material/error:",
    )
    st.code(str(error), language=None, wrap_lines=True)


@contextmanager
def data_or_stop() -> Iterator[None]:
    """Wrap a page's loads: a DataError shows its message and stops this page only."""
    try:
        yield
    except data.DataError as error:
        show_data_error(error)
        st.stop()


def load_each(names: list[str]) -> dict[str, pd.DataFrame]:
    """Load several datasets; a broken one shows its error and is left out, the rest load."""
    frames = {}
    for name in names:
        try:
            frames[name] = data.load(name)
        except data.DataError as error:
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


@data.memo
def _spec(_build: Callable[..., Any], name: str, code: bytes, args: tuple, kwargs: dict) -> dict:
    # Streamlit cannot hash a function: the builder is keyed by its name and bytecode instead.
    return vega.spec(_build(*args, **kwargs))


def chart(
    build: Callable[..., Any],
    *args: Any,
    key: str,
    alt: str,
    where: DeltaGenerator | None = None,
    on_select: Any = "ignore",
    selection_mode: Any = None,
    **kwargs: Any,
) -> Any:
    """Draw the Altair chart `build(*args, **kwargs)` (a pure builder from relations/).

    The same as `st.altair_chart(build(...), key=, alt=, on_select=, selection_mode=)`, but the
    chart is built and converted to Vega-Lite once per distinct input, not on every rerun
    (relations/vega.py says why). Returns what st.altair_chart returns: the selection state
    when `on_select` is set. `where`: the column or container to draw in (default: the page).
    """
    return (where or st).vega_lite_chart(
        _spec(
            build, f"{build.__module__}.{build.__qualname__}", build.__code__.co_code, args, kwargs
        ),
        key=key,
        alt=alt,
        on_select=on_select,
        selection_mode=selection_mode,
    )
