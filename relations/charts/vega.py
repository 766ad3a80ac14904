"""An Altair chart as the Vega-Lite spec Streamlit draws, converted once instead of per rerun.

`st.altair_chart` rebuilds and validates the whole spec against the Vega-Lite JSON schema on
every rerun: 30 to 80 ms per chart here, most of a page's warm rerun (measured with
pyinstrument; see benchmarks/). Pages instead draw `spec(...)` with `st.vega_lite_chart`, and
`frame.chart` memoises it, so a chart is converted once per distinct input. The schema check
is not lost: the test suite validates every chart builder's output (`to_dict(validate=True)`)
and checks that `spec` equals Altair's own validated spec apart from where the data lives.

No Streamlit here: the data frames stay frames under `datasets`, and Streamlit sends each as
Arrow, exactly as `st.altair_chart` does.
"""

from __future__ import annotations

import hashlib
import threading

import altair as alt
import pandas as pd

_COMPOSED = ("layer", "hconcat", "vconcat", "concat")

# Altair's theme is global to the process; Streamlit switches it off around its own
# conversion under a lock, and so does this module, so sessions converting at the same time
# cannot see each other's theme.
_THEME_LOCK = threading.Lock()


def dataset_name(frame: pd.DataFrame) -> str:
    """A name that depends on the content only, so equal data is sent once per chart."""
    digest = hashlib.sha256()
    digest.update(repr([(str(c), str(t)) for c, t in frame.dtypes.items()]).encode())
    digest.update(pd.util.hash_pandas_object(frame, index=False).to_numpy().tobytes())
    return f"data-{digest.hexdigest()[:24]}"


def _name_data(chart: alt.TopLevelMixin, datasets: dict[str, pd.DataFrame]) -> None:
    """Replace every data frame in the chart (and its layers) by a reference to `datasets`."""
    data = getattr(chart, "data", alt.Undefined)
    if isinstance(data, pd.DataFrame):
        name = dataset_name(data)
        datasets[name] = data.reset_index(drop=True)
        chart.data = alt.NamedData(name=name)
    for attribute in _COMPOSED:
        parts = getattr(chart, attribute, None)
        for part in parts if isinstance(parts, list) else []:
            _name_data(part, datasets)
    inner = getattr(chart, "spec", alt.Undefined)
    if isinstance(inner, alt.SchemaBase):
        _name_data(inner, datasets)


def spec(chart: alt.TopLevelMixin) -> dict:
    """The Vega-Lite spec of `chart`, its data frames under `datasets`, without the schema check.

    Works on a copy: the chart passed in is left as it was.
    """
    chart = chart.copy(deep=True)
    datasets: dict[str, pd.DataFrame] = {}
    _name_data(chart, datasets)
    with _THEME_LOCK, alt.theme.enable("none"):
        result = chart.to_dict(validate=False)
    result["datasets"] = datasets
    return result
