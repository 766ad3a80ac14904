"""An Altair chart as the Vega-Lite spec Streamlit draws, converted without schema validation.

`st.altair_chart` validates the whole spec against the Vega-Lite JSON schema on every rerun:
30 to 80 ms per chart here (measured with pyinstrument; see benchmarks/). `ui.chart` instead
draws `spec(chart)` with `st.vega_lite_chart`. Nothing is cached: the chart is a value the page
builds on every rerun. The schema check is not lost: the test suite validates every chart
each page draws (`to_dict(validate=True)`) and checks that `spec` equals Altair's own
validated spec apart from where the data lives.

No Streamlit here: the data frames stay frames under `datasets`, and Streamlit sends each as
Arrow, exactly as `st.altair_chart` does (it names the data with a data transformer too).
"""

from __future__ import annotations

import functools
import hashlib
import threading

import altair as alt
import pandas as pd
from altair.utils import schemapi
from babel import Locale

from relations import i18n
from relations.charts import _look

# Altair's theme, data transformer and debug mode are global to the process; Streamlit
# switches them around its own conversion under a lock, and so does this module, so sessions
# converting at the same time cannot see each other's settings.
_LOCK = threading.Lock()
_TRANSFORMER = "relations-named"
THEME = "relations"


@alt.theme.register(THEME, enable=False)
def _theme() -> alt.theme.ThemeConfig:
    """The app's one chart look (`_look.CONFIG`: text colours, legends below, and a margin so
    the glyphs at a chart's edge are not cut); a chart's own config is laid over it."""
    return alt.theme.ThemeConfig(config=_look.CONFIG, padding=_look.PADDING)


@functools.cache
def locale(lang: str) -> dict:
    """Vega's number and time locale for a language, from Babel's CLDR data: axis labels and
    tooltips write 12,9 and "январь" in Russian, as the sentences around them do."""
    data = Locale.parse(lang)
    symbols = data.number_symbols["latn"]
    months, days = data.months, data.days
    return {
        "number": {
            "decimal": symbols["decimal"],
            "thousands": symbols["group"],
            "grouping": [3],
            "currency": ["US$", ""],
            "minus": "−",
        },
        "time": {
            "dateTime": "%x, %X",
            "date": "%d.%m.%Y",
            "time": "%H:%M:%S",
            "periods": ["AM", "PM"],
            "days": [days["format"]["wide"][(d + 6) % 7] for d in range(7)],
            "shortDays": [days["format"]["abbreviated"][(d + 6) % 7] for d in range(7)],
            "months": [months["stand-alone"]["wide"][m] for m in range(1, 13)],
            "shortMonths": [months["stand-alone"]["abbreviated"][m] for m in range(1, 13)],
        },
    }


def dataset_name(frame: pd.DataFrame) -> str:
    """A name that depends on the content only, so equal data is sent once per chart."""
    digest = hashlib.sha256()
    digest.update(repr([(str(c), str(t)) for c, t in frame.dtypes.items()]).encode())
    # categorize=False: hashing each value beats factorising first on frames this small (3x).
    hashed = pd.util.hash_pandas_object(frame, index=False, categorize=False)
    digest.update(hashed.to_numpy().tobytes())
    return f"data-{digest.hexdigest()[:24]}"


def spec(chart: alt.TopLevelMixin) -> dict:
    """The Vega-Lite spec of `chart`, its data frames under `datasets`, without the schema check.

    The chart passed in is left as it was (Altair converts a copy).
    """
    datasets: dict[str, pd.DataFrame] = {}
    names: dict[int, str] = {}  # a frame shared by several layers is hashed once

    def named(data: pd.DataFrame) -> dict[str, str]:
        if id(data) not in names:
            names[id(data)] = dataset_name(data)
            datasets.setdefault(names[id(data)], data.reset_index(drop=True))
        return {"name": names[id(data)]}

    with _LOCK:
        alt.data_transformers.register(_TRANSFORMER, named)
        with (
            alt.theme.enable(THEME),
            alt.data_transformers.enable(_TRANSFORMER),
            schemapi.debug_mode(False),
        ):
            result = chart.to_dict(validate=False)
    result["datasets"] = datasets
    if i18n.language() != i18n.SOURCE:
        result.setdefault("config", {})["locale"] = locale(i18n.language())
    return result
