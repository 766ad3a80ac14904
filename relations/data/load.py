"""Loading: where the CSVs are, and the only cache of the app, keyed by each file's version.

The one module of `relations` that imports Streamlit. A file's version is its mtime and size:
an edited CSV gets a new key and is read again on the next rerun, without a restart.
"""

from __future__ import annotations

import dataclasses
import functools
import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pandas as pd
import streamlit as st

# Domain modules are imported under other names where a loader below has theirs (`trade`).
from relations import catalog, checks, cite, i18n, overview, quote_cards, text, tourism_words
from relations import quotes as quote_explorer
from relations import timeline as timeline_events
from relations import tourism as visits
from relations import trade as trade_flows
from relations.data.errors import DataError
from relations.data.read import (
    check_references,
    decode,
    degraded,
    dependencies,
    empty_frame,
    read_dataset,
    refuse_unreadable,
)
from relations.data.schemas import DATASETS, TRANSLATED, text_columns
from relations.data.vocab import CLAIM_EVIDENCE

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


@dataclass(frozen=True)
class Loaded:
    """One version of a file as read: its frame, or None when it cannot be used, and its
    problem, or None. A file with only degradable problems (schemas.Dataset.degradable) has
    both: the frame with those cells left empty, and the error still to report."""

    frame: pd.DataFrame | None
    error: DataError | None


@st.cache_resource(show_spinner=False, max_entries=64)
def _load_cached(name: str, folder: str, stamps: tuple[tuple[int, int], ...]) -> Loaded:
    # `stamps` is only the cache key. One result per file version, shared by every session
    # (cache_resource: no copy per hit; `dataset` hands out copy-on-write views, so a caller
    # can never change the shared one). A failure is a result too: a broken file is read and
    # validated once per version, not on every rerun.
    spec, root = DATASETS[name], Path(folder)
    path = root / spec.file
    try:
        frame, problem = read_dataset(path, spec.model, folder=root), None
    except DataError as error:
        frame, problem = degraded(path, spec, error, folder=root), error
        if frame is None:
            return Loaded(None, error)
    try:
        targets = {target: dataset(target, folder=root) for _, target, _ in spec.references}
        check_references(frame, spec, targets)
    except DataError as error:
        return Loaded(None, error)
    return Loaded(frame, problem)


@st.cache_resource(show_spinner=False, max_entries=64)
def _translated_cached(name: str, folder: str, stamps: tuple, lang: str) -> Loaded:
    # `stamps` (the file's and translations.csv's versions) is only the cache key. The file as
    # read, with each TRANSLATED column's texts in `lang` where translations.csv has them; a
    # text it lacks stays English (`python -m relations check` reports it), and while
    # translations.csv cannot be read every text stays English.
    loaded = _load_cached(name, folder, version(name, folder=Path(folder)))
    table = _load_cached("translations", folder, version("translations", folder=Path(folder)))
    if loaded.frame is None or table.frame is None:
        return loaded
    rows = table.frame[table.frame["file"] == DATASETS[name].file]
    frame = loaded.frame.copy(deep=False)
    for column in TRANSLATED[name]:
        mine = rows[rows["column"] == column]
        written = frame[column].map(dict(zip(mine["english"], mine[lang], strict=True)))
        frame[column] = written.where(written.notna(), frame[column])
    return Loaded(frame, loaded.error)


def _loaded(name: str, folder: Path | None = None) -> Loaded:
    """A dataset as read, its own texts in the reader's language (relations.i18n)."""
    folder = folder or data_dir()
    lang = i18n.language()
    if lang == i18n.SOURCE or name not in TRANSLATED:
        return _load_cached(name, str(folder), version(name, folder=folder))
    stamps = (version(name, folder=folder), version("translations", folder=folder))
    return _translated_cached(name, str(folder), stamps, lang)


def versions(name: str) -> dict[str, str]:
    """Each translated text of a dataset in every language -> the same text in the reader's
    language (for a URL that names a text as another language writes it); {} while
    translations.csv cannot be read. Built once per version of translations.csv a language."""
    folder = data_dir()
    stamps = version("translations", folder=folder)
    return dict(_versions_cached(name, str(folder), stamps, i18n.language()))


@st.cache_resource(show_spinner=False, max_entries=32)
def _versions_cached(name: str, folder: str, stamps: tuple, lang: str) -> dict[str, str]:
    # `stamps` is only the cache key. A dict shared by every session: callers get a copy.
    table = _load_cached("translations", folder, stamps)
    if table.frame is None:
        return {}
    rows = table.frame[table.frame["file"] == DATASETS[name].file]
    shown = rows["english"] if lang == i18n.SOURCE else rows[lang]
    return {
        written: now
        for lang in i18n.LANGUAGES
        for written, now in zip(
            rows["english" if lang == i18n.SOURCE else lang], shown, strict=True
        )
    }


def dataset(name: str, *, folder: Path | None = None) -> pd.DataFrame:
    """The validated frame of one dataset; raises DataError naming file, column and rows."""
    loaded = _loaded(name, folder)
    if loaded.frame is None:
        raise loaded.error
    # A shallow copy under pandas' copy-on-write: no data copied, and writing to it copies
    # only what is written, so the cached frame stays as read from the file.
    return loaded.frame.copy(deep=False)


def dataset_or_empty(name: str) -> tuple[pd.DataFrame, DataError | None]:
    """The dataset, or while it cannot be used an empty frame with its columns, and its error
    (for a part of a page that can do without it)."""
    loaded = _loaded(name)
    if loaded.frame is None:
        return _empty_cached(name).copy(deep=False), loaded.error
    return loaded.frame.copy(deep=False), None


def problem(name: str) -> DataError | None:
    """What is wrong with a dataset's file or the ids it cites, or None: also for a file the
    pages still use with its bad cells left empty (schemas.Dataset.degradable)."""
    return _loaded(name).error


def unusable(names: Iterable[str]) -> list[DataError]:
    """The errors of the datasets among `names` that cannot be used at all, one a file."""
    errors = [_loaded(name) for name in dict.fromkeys(names)]
    found = {e.error.file: e.error for e in errors if e.frame is None and e.error is not None}
    return list(found.values())


@st.cache_resource(show_spinner=False, max_entries=32)
def _empty_cached(name: str) -> pd.DataFrame:
    return empty_frame(DATASETS[name])


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
    "overview_chart": (overview.chart_data, ("trade", "sources", "timeline")),
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


# Inputs a derivation can do without: while one of them is broken, the builder gets it as an
# empty frame with the file's columns and the page shows the file's error where the missing
# data would be (ui.part_errors). A builder of TELLS_ABSENT also gets `absent`, the names of
# those files, to say in its own words what they cost (a claim that cannot be checked).
OPTIONAL: dict[str, tuple[str, ...]] = {
    # Every input but the quotes themselves.
    "quotes_checked": tuple(n for n in DERIVED["quotes_checked"][1] if n != "quotes"),
    "timeline_dated": ("eras", "quotes"),
    "overview_chart": ("timeline",),
    "trade_events": ("timeline",),
    "trade_yearly": ("indicators",),
    "tourism_events": ("timeline",),
}
TELLS_ABSENT = {"quotes_checked"}


def _not_evidence(metrics: Iterable[str]) -> tuple[str, ...]:
    """The claim inputs that claims on these metrics are not checked against."""
    used = {CLAIM_EVIDENCE.get(metric) for metric in metrics}
    return tuple(name for name in _CLAIM_INPUTS if name in EVIDENCE and name not in used)


EVIDENCE = {name for name in CLAIM_EVIDENCE.values() if name}
# Inputs a derivation is handed but never reads (the evidence of claims it does not check):
# while one is broken it gets an empty frame, and nothing is said, since nothing is missing.
NOT_READ: dict[str, tuple[str, ...]] = {
    "trade_claims": _not_evidence(checks.TRADE_CLAIM_METRICS),
    "tourism_claims": _not_evidence(visits.CLAIM_METRICS),
}
OPTIONAL["tourism_claims"] = ("claims", "quotes", "conflicts")


@dataclass(frozen=True)
class _Derivation:
    value: Any
    error: DataError | None


@st.cache_resource(show_spinner=False, max_entries=192)
def _derived_cached(name: str, folder: str, stamps: tuple, lang: str) -> _Derivation:
    # Built in the reader's language `lang`: a derivation writes words (verdicts, cells).
    with i18n.using(lang):
        return _derive(name, folder)


def _derive(name: str, folder: str) -> _Derivation:
    build, inputs = DERIVED[name]
    optional = {*OPTIONAL.get(name, ()), *NOT_READ.get(name, ())}
    frames, absent = [], set()
    try:
        for source in inputs:
            loaded = _loaded(source, Path(folder))
            if loaded.frame is not None:
                frames.append(loaded.frame.copy(deep=False))
            elif source in optional:
                frames.append(_empty_cached(source).copy(deep=False))
                absent.add(source)
            else:
                raise loaded.error
    except DataError as error:
        return _Derivation(None, error)  # cached too: a rerun does not rebuild a failure
    extra = {"absent": frozenset(absent)} if name in TELLS_ABSENT else {}
    return _Derivation(build(*frames, **extra), None)


def derived(name: str) -> Any:
    """The per-file derivation `name` of DERIVED, built once per version of its files; raises
    the DataError of a broken input it cannot do without (OPTIONAL names those it can)."""
    folder = data_dir()
    stamps = tuple(version(source, folder=folder) for source in (*DERIVED[name][1], "translations"))
    result = _derived_cached(name, str(folder), stamps, i18n.language())
    if result.error is not None:
        raise result.error
    return _handed_out(result.value)


def missing_inputs(name: str) -> list[DataError]:
    """The errors of the optional inputs of derivation `name` that are broken (it was built
    without them)."""
    return unusable(OPTIONAL.get(name, ()))


@st.cache_data(show_spinner=False, max_entries=32)
def _text_cached(path: str, stamp: tuple[int, int]) -> str:
    return Path(path).read_bytes().decode("utf-8-sig")


def raw_text(name: str) -> str:
    """The file of one dataset as stored (a BOM dropped), for a download equal to the file."""
    folder = data_dir()
    file = DATASETS[name].file
    path = folder / file
    refuse_unreadable(path, folder, file)  # as the reader would: missing, or outside
    try:
        return _text_cached(str(path), _stamp(path))
    except UnicodeDecodeError:
        decode(path.read_bytes(), file)
        raise


def download(name: str) -> Callable[[], str]:
    """What the download of one dataset gives, built only when called: the file as stored,
    with the formula-like cells of its text columns neutralised, so numbers stay numbers and
    the file still passes its schema."""
    model = DATASETS[name].model
    return functools.partial(
        text.formula_safe_csv_text, raw_text(name), text_columns=text_columns(model)
    )


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
