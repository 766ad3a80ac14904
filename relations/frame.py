"""The few Streamlit calls every page shares: loading data with a visible, contained error.

The one module of the package that writes to the page, kept tiny so pages stay thin and a
broken file shows the same clear message everywhere.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import pandas as pd
import streamlit as st

from relations import data


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
