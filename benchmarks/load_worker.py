"""One fresh process: time loading and validating one dataset from a folder; print JSON.

Usage: python benchmarks/load_worker.py FOLDER KIND      (KIND: trade, quotes, ...)

This is the only place the benchmark calls into the app's package, and it does so through
its public "load one dataset from a folder" function, whichever of two layouts is installed
(see `dataset_loader`). A fresh process per measurement, because that function caches what
it read: a second call in the same process would time a cache hit. Before timing, the same
dataset is loaded once from the shipped data/ folder, so one-off costs (imports, building
the schema) are not counted; the timed load then reads the given folder, a different cache
key. The time includes what the app pays for a new file version: reading, coercing and
validating the file, and checking its references (e.g. loading sources.csv).
"""

from __future__ import annotations

import argparse
import importlib
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

# File names of the datasets, hard-coded on purpose (not read from the package, whose layout
# is being changed): the file for the plain pyarrow read that the load is compared with.
FILES = {
    "sources": "sources.csv",
    "trade": "trade.csv",
    "tourism": "tourism.csv",
    "education": "education.csv",
    "products": "products.csv",
    "indicators": "indicators.csv",
    "timeline": "timeline.csv",
    "quotes": "quotes.csv",
    "claims": "claims.csv",
    "eras": "eras.csv",
}


def dataset_loader() -> tuple[str, Callable[..., pd.DataFrame]]:
    """(name of the API used, function(name, folder=...) -> validated frame).

    New layout first: the package `relations/data/` with `load.dataset(name, folder=...)`.
    Then the old one: the module `relations/data.py` with `load(name, folder=...)`. Both read
    one dataset from a folder, validate it and check its references, through a cache.
    (`from relations.data import load` would not tell them apart: the old module has a
    function named `load`. Importing the submodule does: it only exists in the new layout.)
    """
    try:
        load = importlib.import_module("relations.data.load")
    except ModuleNotFoundError as error:
        if error.name != "relations.data.load":
            raise  # the new layout is there but something it imports is missing: a real error
        from relations import data  # old layout: relations/data.py

        return "relations.data.load", data.load
    return "relations.data.load.dataset", load.dataset


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("folder", type=Path)
    parser.add_argument("kind", choices=sorted(FILES))
    args = parser.parse_args()
    api, load = dataset_loader()
    shipped, folder, file = ROOT / "data", args.folder.resolve(), FILES[args.kind]
    load(args.kind, folder=shipped)  # warm-up on another folder (another cache key)
    # An untimed read of the scaled file first: a process's first large pyarrow read is about
    # 2x slower (fresh memory pool; measured at 1M rows), which would flatter the load's ratio.
    pd.read_csv(folder / file, engine="pyarrow")
    tick = time.perf_counter()
    pd.read_csv(folder / file, engine="pyarrow")
    plain = time.perf_counter() - tick
    tick = time.perf_counter()
    frame = load(args.kind, folder=folder)
    validated = time.perf_counter() - tick
    print(
        json.dumps(
            {"api": api, "rows": len(frame), "pyarrow_read_s": plain, "load_validate_s": validated}
        )
    )


if __name__ == "__main__":
    main()
