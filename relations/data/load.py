"""Loading: where the CSVs are, and the only cache of the app, keyed by each file's version.

The one module of `relations` that imports Streamlit. A file's version is its mtime and size:
an edited CSV gets a new key and is read again on the next rerun, without a restart.
"""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pandas as pd
import streamlit as st

# Domain modules are imported under other names where a loader below has theirs (`trade`).
from relations import catalog, checks, cite, overview, quote_cards, tourism_words
from relations import quotes as quote_explorer
from relations import timeline as timeline_events
from relations import trade as trade_flows
from relations.data.errors import DataError, Problem
from relations.data.read import check_references, decode, dependencies, read_dataset
from relations.data.schemas import DATASETS

DATA_DIR_ENV = "RELATIONS_DATA_DIR"
PACKAGE_DATA_DIR = Path(__file__).resolve().parent.parent.parent / "data"


def data_dir() -> Path:
    """The folder of CSVs: $RELATIONS_DATA_DIR if set, else the bundled data/."""
    override = os.environ.get(DATA_DIR_ENV, "").strip()
    return Path(override).expanduser().resolve() if override else PACKAGE_DATA_DIR


def _stamp(path: Path) -> tuple[int, int]:
    try:
        stat = path.stat()
    except OSError:
        return (0, -1)
    return (stat.st_mtime_ns, stat.st_size)


def version(name: str, *, folder: Path | None = None) -> tuple:
    """The version of a dataset: mtime and size of its file and of every file it references."""
    folder = folder or data_dir()
    return tuple(_stamp(folder / DATASETS[dep].file) for dep in dependencies(name))


@st.cache_resource(show_spinner=False, max_entries=64)
def _load_cached(name: str, folder: str, stamps: tuple[tuple[int, int], ...]) -> pd.DataFrame:
    # `stamps` is only the cache key. One frame per file version, shared by every session
    # (cache_resource: no copy per hit; `dataset` hands out copy-on-write views, so a caller
    # can never change the shared one).
    spec = DATASETS[name]
    frame = read_dataset(Path(folder) / spec.file, spec.model)
    targets = {target: dataset(target, folder=Path(folder)) for _, target, _ in spec.references}
    check_references(frame, spec, targets)
    return frame


def dataset(name: str, *, folder: Path | None = None) -> pd.DataFrame:
    """The validated frame of one dataset; raises DataError naming file, column and rows."""
    folder = folder or data_dir()
    shared = _load_cached(name, str(folder), version(name, folder=folder))
    # A shallow copy under pandas' copy-on-write: no data copied, and writing to it copies
    # only what is written, so the cached frame stays as read from the file.
    return shared.copy(deep=False)


def sources() -> pd.DataFrame:
    return dataset("sources")


def trade() -> pd.DataFrame:
    return dataset("trade")


def tourism() -> pd.DataFrame:
    return dataset("tourism")


def education() -> pd.DataFrame:
    return dataset("education")


def products() -> pd.DataFrame:
    return dataset("products")


def indicators() -> pd.DataFrame:
    return dataset("indicators")


def timeline() -> pd.DataFrame:
    return dataset("timeline")


def quotes() -> pd.DataFrame:
    return dataset("quotes")


def claims() -> pd.DataFrame:
    return dataset("claims")


def eras() -> pd.DataFrame:
    return dataset("eras")


def conflicts() -> pd.DataFrame:
    return dataset("conflicts")


# What is expensive to derive from a file and does not depend on a reader's choices (folded
# search text, sort orders, yearly tables, checked claims) is computed once per version of the
# files it reads: name -> (pure builder in relations/, the datasets it is built from, in
# argument order). A builder returns a frame or a frozen dataclass of frames; callers get
# shallow copy-on-write copies, as for a loaded file, so nobody can change what another
# session sees.
_CLAIM_INPUTS = (
    "claims",
    "quotes",
    "sources",
    "trade",
    "tourism",
    "indicators",
    "timeline",
    "conflicts",
)
DERIVED: dict[str, tuple[Callable[..., Any], tuple[str, ...]]] = {
    # Overview: key figures, findings, chart series and milestones (no widget changes them).
    "overview_glance": (
        overview.glance,
        ("trade", "tourism", "timeline", "quotes", "claims", "indicators", "sources"),
    ),
    # Trade: each reporter's yearly table, the events on the flows chart, the check tables,
    # the products named; the trade claims with what the claims chart draws.
    "trade_yearly": (trade_flows.yearly_tables, ("trade", "sources", "indicators")),
    "trade_events": (trade_flows.economy_events, ("timeline",)),
    "trade_checks": (checks.trade_checks, ("trade", "sources")),
    "trade_products": (trade_flows.products_traded, ("products", "sources")),
    "trade_claims": (checks.trade_claims, _CLAIM_INPUTS),
    # Tourism: the counts, tourism events, visitor claims and education figures, cells written.
    "tourism_counts": (tourism_words.counts, ("tourism", "sources")),
    "tourism_events": (tourism_words.events, ("timeline",)),
    "tourism_claims": (tourism_words.claims, _CLAIM_INPUTS),
    "tourism_education": (tourism_words.studies, ("education", "sources")),
    # Timeline: every event dated, placed in its era and linked to its quotes.
    "timeline_dated": (timeline_events.dated, ("timeline", "eras", "quotes")),
    # Quotes: the sorted, folded, indexed collection; every claim's verdict and source line.
    "quotes_index": (quote_explorer.index, ("quotes",)),
    "quotes_checked": (
        quote_cards.checked,
        (
            "claims",
            "sources",
            "trade",
            "tourism",
            "indicators",
            "timeline",
            "education",
            "conflicts",
            "quotes",
        ),
    ),
    # Citing: each quote and each event with the source it rests on, by id.
    "cite_quotes": (cite.sourced_quotes, ("quotes", "sources")),
    "cite_events": (cite.sourced_events, ("timeline", "sources")),
}


def _handed_out(value: Any) -> Any:
    if isinstance(value, pd.DataFrame):
        return value.copy(deep=False)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        frames = {
            field.name: getattr(value, field.name).copy(deep=False)
            for field in dataclasses.fields(value)
            if isinstance(getattr(value, field.name), pd.DataFrame)
        }
        return dataclasses.replace(value, **frames)
    return value


@st.cache_resource(show_spinner=False, max_entries=64)
def _derived_cached(name: str, folder: str, stamps: tuple) -> Any:
    build, inputs = DERIVED[name]
    return build(*(dataset(source, folder=Path(folder)) for source in inputs))


def derived(name: str) -> Any:
    """The per-file derivation `name` of DERIVED, built once per version of its files."""
    folder = data_dir()
    stamps = tuple(version(source, folder=folder) for source in DERIVED[name][1])
    return _handed_out(_derived_cached(name, str(folder), stamps))


@st.cache_data(show_spinner=False, max_entries=32)
def _text_cached(path: str, stamp: tuple[int, int]) -> str:
    return Path(path).read_bytes().decode("utf-8-sig")


def raw_text(name: str) -> str:
    """The file of one dataset as stored (a BOM dropped), for a download equal to the file."""
    path = data_dir() / DATASETS[name].file
    if not path.is_file():
        raise DataError(path.name, [Problem(None, f"a file at {path}, but there is none")])
    try:
        return _text_cached(str(path), _stamp(path))
    except UnicodeDecodeError:
        decode(path.read_bytes(), path.name)
        raise


def documentation() -> str:
    """data/README.md as shipped with the app: the data dictionary and the known gaps."""
    path = PACKAGE_DATA_DIR / "README.md"
    return _text_cached(str(path), _stamp(path))


@st.cache_resource(show_spinner=False, max_entries=16)
def _version_cached(folder: str, stamps: tuple) -> cite.DataVersion:
    # `stamps` is only the cache key: the hash is taken once per version of the files.
    files = []
    for spec in DATASETS.values():
        try:
            files.append((spec.file, (Path(folder) / spec.file).read_bytes()))
        except OSError:
            continue  # a missing file is shown as an error where it is needed
    try:
        as_of = catalog.latest_date(
            dataset("timeline", folder=Path(folder))["date"],
            dataset("quotes", folder=Path(folder))["date"],
        )
    except DataError:
        as_of = None
    return cite.DataVersion(as_of=as_of, digest=cite.content_digest(files))


def data_version() -> cite.DataVersion:
    """The data's version: how far the collection runs (the latest event or quote, None when
    those files cannot be read) and a short hash of every data file's bytes. Taken once per
    version of the files."""
    folder = data_dir()
    stamps = tuple(_stamp(folder / spec.file) for spec in DATASETS.values())
    return _version_cached(str(folder), stamps)
