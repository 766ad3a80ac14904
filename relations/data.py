"""CSV -> validated, typed DataFrame: the data contract. The only module that reads files or caches."""

from __future__ import annotations

import csv
import dataclasses
import functools
import hashlib
import io
import os
import re
import weakref
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

import pandas as pd
import pandera.pandas as pa
import pyarrow as pa_arrow
import pyarrow.csv as pa_csv
import streamlit as st
from pandera.typing import Series

F = TypeVar("F", bound=Callable[..., Any])
DATA_DIR_ENV = "RELATIONS_DATA_DIR"
PACKAGE_DATA_DIR = Path(__file__).resolve().parent.parent / "data"

SLUG = r"^[a-z0-9]+(-[a-z0-9]+)*$"
COUNTRIES = ["Russia", "Laos"]
SOURCE_KINDS = ["official_statistics", "government", "press", "analysis", "reference"]
PRECISIONS = ["day", "month", "year"]
CATEGORIES = [
    "diplomacy",
    "economy",
    "security",
    "education",
    "culture",
    "infrastructure",
    "humanitarian",
]
TOPICS = [
    "trade",
    "tourism",
    "history",
    "security",
    "education",
    "infrastructure",
    "finance",
    "asean",
    "demining",
    "energy",
    "health",
    "culture",
    "diplomacy",
    "debt",
    "logistics",
    "brics",
]
TRADE_STATUSES = ["reported", "imf_estimate", "derived", "published_total"]
TRADE_QUALIFIERS = ["exact", "about", "over", "almost", "under"]
VISITOR_QUALIFIERS = ["exact", "about", "at_least", "over"]
CLAIM_QUALIFIERS = ["exact", "about", "over", "almost", "under"]
EDUCATION_MEASURES = [
    "russian_government_scholarships",
    "rossotrudnichestvo_scholarships",
    "lao_students_departing_bachelor",
    "lao_students_departing_master",
    "lao_students_in_russia",
    "lao_students_at_tomsk_state_university",
    "lao_educated_in_russia_cumulative",
    "lao_students_to_soviet_universities_cumulative",
    "institutions_teaching_russian",
]
INDICATOR_UNITS = {
    "population": "persons",
    "gdp_current_usd": "usd",
    "real_gdp_growth_pct": "pct",
    "kip_per_usd": "lak_per_usd",
}
INDICATOR_SERIES = ["wb_wdi", "wb_eau_2007", "cia_wfb", "trading_economics", "imf_ifs"]
CLAIM_METRICS = {
    "trade_turnover_usd_m": "usd_m",
    "trade_turnover_growth_pct": "pct",
    "russian_visitors_to_laos": "persons",
    "laos_population": "persons",
    "laos_real_gdp_growth_pct": "pct",
    "lao_educated_in_russia_cumulative": "persons",
    "lao_students_in_russia": "persons",
    "demined_area_ha": "hectares",
    "years_of_diplomatic_relations": "years",
    "years_since_friendship_treaty": "years",
    "us_bombs_dropped_on_laos": "bombs",
    "lao_killed_in_bombing": "persons",
    "visa_free_stay_days": "days",
}


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a file. `rows` are 1-based data rows (file line = row + 1)."""

    column: str | None
    expected: str
    rows: tuple[int, ...] = ()
    found: tuple[str, ...] = ()

    def describe(self) -> str:
        where = [f"column '{self.column}'"] if self.column else []
        if self.rows:
            shown = ", ".join(str(r) for r in self.rows[:10])
            more = f" and {len(self.rows) - 10} more" if len(self.rows) > 10 else ""
            where.append(f"{'row' if len(self.rows) == 1 else 'rows'} {shown}{more}")
        text = "".join(f", {part}" for part in where) + f": expected {self.expected}"
        if self.found:
            values = ", ".join(repr(v) for v in self.found[:5])
            text += f"; found {values}"
        return text


class DataError(Exception):
    """A CSV in the data folder breaks its contract. The message names file, column, rows and expectation."""

    def __init__(self, file: str, problems: list[Problem]) -> None:
        self.file = file
        self.problems = problems
        lines = [f"{file}{p.describe()}" for p in problems[:20]]
        if len(problems) > 20:
            lines.append(f"{file}: … and {len(problems) - 20} more problems")
        super().__init__(
            "\n".join(lines) + "\n(Rows count from 1 after the header row, so row 1 is line 2.)"
        )


def _in_vocabulary(values: pd.Series, vocabulary: list[str]) -> pd.Series:
    """Each cell is a ';'-separated list whose items all belong to the vocabulary."""
    allowed = set(vocabulary)
    return values.map(lambda cell: all(item in allowed for item in str(cell).split(";")))


def _precision_matches(dates: pd.Series, precisions: pd.Series) -> pd.Series:
    """month -> day 1; year -> 1 January; a missing date or precision is checked elsewhere."""
    ok_month = (precisions != "month") | (dates.dt.day == 1)
    ok_year = (precisions != "year") | ((dates.dt.day == 1) & (dates.dt.month == 1))
    return (ok_month & ok_year) | dates.isna() | precisions.isna()


class Sources(pa.DataFrameModel):
    source_id: Series[str] = pa.Field(unique=True, str_matches=SLUG)
    title: Series[str]
    publisher: Series[str]
    author: Series[str] = pa.Field(nullable=True)
    url: Series[str] = pa.Field(nullable=True, str_matches=r"^https?://\S+$")
    published: Series[str] = pa.Field(nullable=True, str_matches=r"^\d{4}(-\d{2}(-\d{2})?)?$")
    kind: Series[str] = pa.Field(isin=SOURCE_KINDS)
    caution: Series[str] = pa.Field(nullable=True)

    class Config:
        strict = True
        coerce = True


class Trade(pa.DataFrameModel):
    year: Series[int] = pa.Field(ge=1950, le=2100)
    first_month: Series[int] = pa.Field(ge=1, le=12)
    last_month: Series[int] = pa.Field(ge=1, le=12)
    measure: Series[str] = pa.Field(isin=["exports", "turnover"])
    exporter: Series[str] = pa.Field(nullable=True, isin=COUNTRIES)
    importer: Series[str] = pa.Field(nullable=True, isin=COUNTRIES)
    reporter: Series[str] = pa.Field(nullable=True, isin=COUNTRIES)
    value_usd_m: Series[float] = pa.Field(ge=0)
    qualifier: Series[str] = pa.Field(isin=TRADE_QUALIFIERS)
    valuation: Series[str] = pa.Field(nullable=True, isin=["FOB", "CIF"])
    status: Series[str] = pa.Field(isin=TRADE_STATUSES)
    source_id: Series[str] = pa.Field(str_matches=SLUG)
    source_cell: Series[str] = pa.Field(nullable=True)
    note: Series[str] = pa.Field(nullable=True)

    @pa.dataframe_check(error="last_month: a month on or after first_month")
    def months_in_order(cls, df: pd.DataFrame) -> pd.Series:
        return df["last_month"] >= df["first_month"]

    @pa.dataframe_check(
        error="exporter: two different countries for measure 'exports', none for 'turnover'"
    )
    def partners_match_measure(cls, df: pd.DataFrame) -> pd.Series:
        exports = (
            df["exporter"].notna() & df["importer"].notna() & (df["exporter"] != df["importer"])
        )
        turnover = df["exporter"].isna() & df["importer"].isna()
        return (df["measure"] == "exports") & exports | (df["measure"] == "turnover") & turnover

    @pa.dataframe_check(error="year: one row per period, flow, reporter, status and source")
    def one_row_per_observation(cls, df: pd.DataFrame) -> pd.Series:
        key = [
            "year",
            "first_month",
            "last_month",
            "measure",
            "exporter",
            "importer",
            "reporter",
            "status",
            "source_id",
        ]
        return ~df.duplicated(subset=key, keep=False)

    class Config:
        strict = True
        coerce = True


class Tourism(pa.DataFrameModel):
    observation_id: Series[str] = pa.Field(unique=True, str_matches=SLUG)
    origin: Series[str] = pa.Field(isin=COUNTRIES)
    destination: Series[str] = pa.Field(isin=COUNTRIES)
    period_start: Series[pd.Timestamp] = pa.Field(
        ge=pd.Timestamp("1950-01-01"), le=pd.Timestamp("2100-12-31")
    )
    period_end: Series[pd.Timestamp] = pa.Field(
        ge=pd.Timestamp("1950-01-01"), le=pd.Timestamp("2100-12-31")
    )
    visitors: Series[int] = pa.Field(ge=0)
    qualifier: Series[str] = pa.Field(isin=VISITOR_QUALIFIERS)
    total_arrivals: Series[pd.Int64Dtype] = pa.Field(nullable=True, ge=0)
    total_arrivals_qualifier: Series[str] = pa.Field(nullable=True, isin=VISITOR_QUALIFIERS)
    origin_rank: Series[pd.Int64Dtype] = pa.Field(nullable=True, ge=1)
    source_id: Series[str] = pa.Field(str_matches=SLUG)
    source_excerpt: Series[str]
    note: Series[str] = pa.Field(nullable=True)

    @pa.dataframe_check(error="period_end: a date on or after period_start")
    def period_in_order(cls, df: pd.DataFrame) -> pd.Series:
        return df["period_end"] >= df["period_start"]

    @pa.dataframe_check(
        error="total_arrivals_qualifier: a qualifier exactly when total_arrivals is given"
    )
    def total_has_qualifier(cls, df: pd.DataFrame) -> pd.Series:
        return df["total_arrivals"].isna() == df["total_arrivals_qualifier"].isna()

    @pa.dataframe_check(error="visitors: no more than total_arrivals")
    def visitors_within_total(cls, df: pd.DataFrame) -> pd.Series:
        return (df["visitors"] <= df["total_arrivals"]).fillna(True).astype(bool)

    @pa.dataframe_check(error="destination: a country other than origin")
    def two_countries(cls, df: pd.DataFrame) -> pd.Series:
        return df["origin"] != df["destination"]

    class Config:
        strict = True
        coerce = True


class Education(pa.DataFrameModel):
    observation_id: Series[str] = pa.Field(unique=True, str_matches=SLUG)
    measure: Series[str] = pa.Field(isin=EDUCATION_MEASURES)
    period_start: Series[pd.Timestamp] = pa.Field(
        ge=pd.Timestamp("1950-01-01"), le=pd.Timestamp("2100-12-31")
    )
    period_end: Series[pd.Timestamp] = pa.Field(
        ge=pd.Timestamp("1950-01-01"), le=pd.Timestamp("2100-12-31")
    )
    value: Series[int] = pa.Field(ge=0)
    qualifier: Series[str] = pa.Field(isin=VISITOR_QUALIFIERS)
    unit: Series[str] = pa.Field(isin=["persons", "scholarships", "institutions"])
    source_id: Series[str] = pa.Field(str_matches=SLUG)
    source_excerpt: Series[str]
    note: Series[str] = pa.Field(nullable=True)

    @pa.dataframe_check(error="period_end: a date on or after period_start")
    def period_in_order(cls, df: pd.DataFrame) -> pd.Series:
        return df["period_end"] >= df["period_start"]

    class Config:
        strict = True
        coerce = True


class Products(pa.DataFrameModel):
    statement_id: Series[str] = pa.Field(unique=True, str_matches=SLUG)
    date: Series[pd.Timestamp] = pa.Field(
        ge=pd.Timestamp("1950-01-01"), le=pd.Timestamp("2100-12-31")
    )
    date_precision: Series[str] = pa.Field(isin=PRECISIONS)
    direction: Series[str] = pa.Field(isin=["russia_to_laos", "laos_to_russia"])
    status: Series[str] = pa.Field(isin=["current", "intent"])
    products: Series[str]
    excerpt: Series[str]
    language: Series[str] = pa.Field(isin=["en", "ru", "de", "ar"])
    source_id: Series[str] = pa.Field(str_matches=SLUG)
    note: Series[str] = pa.Field(nullable=True)

    @pa.dataframe_check(error="date: 1st of the month for 'month' precision, 1 January for 'year'")
    def date_matches_precision(cls, df: pd.DataFrame) -> pd.Series:
        return _precision_matches(df["date"], df["date_precision"])

    class Config:
        strict = True
        coerce = True


class Indicators(pa.DataFrameModel):
    indicator: Series[str] = pa.Field(isin=list(INDICATOR_UNITS))
    year: Series[int] = pa.Field(ge=1950, le=2100)
    value: Series[float]
    unit: Series[str] = pa.Field(isin=sorted(set(INDICATOR_UNITS.values())))
    series: Series[str] = pa.Field(isin=INDICATOR_SERIES)
    source_id: Series[str] = pa.Field(str_matches=SLUG)
    is_estimate: Series[bool]
    source_cell: Series[str]
    note: Series[str] = pa.Field(nullable=True)

    @pa.dataframe_check(error="unit: the unit of the indicator (population: persons, …)")
    def unit_matches_indicator(cls, df: pd.DataFrame) -> pd.Series:
        return df["indicator"].map(INDICATOR_UNITS) == df["unit"]

    @pa.dataframe_check(error="value: zero or more, except for real_gdp_growth_pct")
    def level_not_negative(cls, df: pd.DataFrame) -> pd.Series:
        return (df["value"] >= 0) | (df["indicator"] == "real_gdp_growth_pct")

    @pa.dataframe_check(error="year: one value per indicator, year and series")
    def one_value_per_series_year(cls, df: pd.DataFrame) -> pd.Series:
        return ~df.duplicated(subset=["indicator", "year", "series"], keep=False)

    class Config:
        strict = True
        coerce = True


class Timeline(pa.DataFrameModel):
    event_id: Series[str] = pa.Field(unique=True, str_matches=SLUG)
    date: Series[pd.Timestamp] = pa.Field(
        ge=pd.Timestamp("1950-01-01"), le=pd.Timestamp("2100-12-31")
    )
    date_precision: Series[str] = pa.Field(isin=PRECISIONS)
    end_date: Series[pd.Timestamp] = pa.Field(
        nullable=True, ge=pd.Timestamp("1950-01-01"), le=pd.Timestamp("2100-12-31")
    )
    end_precision: Series[str] = pa.Field(nullable=True, isin=PRECISIONS)
    title: Series[str]
    description: Series[str]
    category: Series[str] = pa.Field(isin=CATEGORIES)
    asean: Series[bool]
    milestone: Series[bool]
    topics: Series[str] = pa.Field(nullable=True)
    source_id: Series[str] = pa.Field(str_matches=SLUG)
    source_excerpt: Series[str]
    date_note: Series[str] = pa.Field(nullable=True)

    @pa.check("topics", error="topics: ';'-separated words from the topic vocabulary")
    def topics_known(cls, topics: pd.Series) -> pd.Series:
        return topics.isna() | _in_vocabulary(topics, TOPICS)

    @pa.dataframe_check(error="date: 1st of the month for 'month' precision, 1 January for 'year'")
    def date_matches_precision(cls, df: pd.DataFrame) -> pd.Series:
        return _precision_matches(df["date"], df["date_precision"])

    @pa.dataframe_check(
        error="end_date: 1st of the month for 'month' precision, 1 January for 'year'"
    )
    def end_matches_precision(cls, df: pd.DataFrame) -> pd.Series:
        return _precision_matches(df["end_date"], df["end_precision"])

    @pa.dataframe_check(error="end_precision: given exactly when end_date is given")
    def end_has_precision(cls, df: pd.DataFrame) -> pd.Series:
        return df["end_date"].isna() == df["end_precision"].isna()

    @pa.dataframe_check(error="end_date: a date after date")
    def end_after_start(cls, df: pd.DataFrame) -> pd.Series:
        return df["end_date"].isna() | (df["end_date"] > df["date"])

    class Config:
        strict = True
        coerce = True


class Quotes(pa.DataFrameModel):
    quote_id: Series[str] = pa.Field(unique=True, str_matches=SLUG)
    source_id: Series[str] = pa.Field(str_matches=SLUG)
    sequence: Series[int] = pa.Field(ge=1)
    date: Series[pd.Timestamp] = pa.Field(
        ge=pd.Timestamp("1950-01-01"), le=pd.Timestamp("2100-12-31")
    )
    date_precision: Series[str] = pa.Field(isin=[*PRECISIONS, "range"])
    date_latest: Series[pd.Timestamp] = pa.Field(
        nullable=True, ge=pd.Timestamp("1950-01-01"), le=pd.Timestamp("2100-12-31")
    )
    date_note: Series[str] = pa.Field(nullable=True)
    event: Series[str]
    speaker: Series[str]
    speaker_role: Series[str]
    speaker_country: Series[str] = pa.Field(nullable=True, isin=COUNTRIES)
    language: Series[str] = pa.Field(isin=["en", "ru", "de"])
    is_translation: Series[bool]
    language_note: Series[str] = pa.Field(nullable=True)
    text: Series[str]
    topics: Series[str]

    @pa.check("topics", error="topics: ';'-separated words from the topic vocabulary")
    def topics_known(cls, topics: pd.Series) -> pd.Series:
        return _in_vocabulary(topics, TOPICS)

    @pa.dataframe_check(error="date: 1st of the month for 'month' precision, 1 January for 'year'")
    def date_matches_precision(cls, df: pd.DataFrame) -> pd.Series:
        return _precision_matches(df["date"], df["date_precision"])

    @pa.dataframe_check(error="date_latest: a later date exactly when date_precision is 'range'")
    def range_has_latest(cls, df: pd.DataFrame) -> pd.Series:
        is_range = df["date_precision"] == "range"
        later = (df["date_latest"] > df["date"]).fillna(False).astype(bool)
        return (is_range & later) | (~is_range & df["date_latest"].isna())

    @pa.dataframe_check(error="sequence: one excerpt per position within a source")
    def sequence_unique_in_source(cls, df: pd.DataFrame) -> pd.Series:
        return ~df.duplicated(subset=["source_id", "sequence"], keep=False)

    class Config:
        strict = True
        coerce = True


class Claims(pa.DataFrameModel):
    claim_id: Series[str] = pa.Field(unique=True, str_matches=SLUG)
    quote_id: Series[str] = pa.Field(str_matches=SLUG)
    metric: Series[str] = pa.Field(isin=list(CLAIM_METRICS))
    value: Series[float] = pa.Field(ge=0)
    unit: Series[str] = pa.Field(isin=sorted(set(CLAIM_METRICS.values())))
    qualifier: Series[str] = pa.Field(isin=CLAIM_QUALIFIERS)
    period_start: Series[pd.Timestamp] = pa.Field(
        nullable=True, ge=pd.Timestamp("1950-01-01"), le=pd.Timestamp("2100-12-31")
    )
    period_end: Series[pd.Timestamp] = pa.Field(
        nullable=True, ge=pd.Timestamp("1950-01-01"), le=pd.Timestamp("2100-12-31")
    )
    claim_text: Series[str]
    note: Series[str] = pa.Field(nullable=True)

    @pa.dataframe_check(error="unit: the unit of the metric (trade_turnover_usd_m: usd_m, …)")
    def unit_matches_metric(cls, df: pd.DataFrame) -> pd.Series:
        return df["metric"].map(CLAIM_METRICS) == df["unit"]

    @pa.dataframe_check(
        error="period_end: a date on or after period_start (a start needs an end; a cumulative "
        "count may give only the end)"
    )
    def period_in_order(cls, df: pd.DataFrame) -> pd.Series:
        open_start = df["period_start"].isna()
        return open_start | (df["period_end"] >= df["period_start"]).fillna(False).astype(bool)

    class Config:
        strict = True
        coerce = True


class Eras(pa.DataFrameModel):
    era_id: Series[str] = pa.Field(unique=True, str_matches=SLUG)
    title: Series[str]
    start_event_id: Series[str] = pa.Field(unique=True, str_matches=SLUG)
    end_event_id: Series[str] = pa.Field(nullable=True, str_matches=SLUG)
    description: Series[str]
    source_id: Series[str] = pa.Field(str_matches=SLUG)

    class Config:
        strict = True
        coerce = True


@dataclass(frozen=True)
class Dataset:
    """A CSV file, its schema, and the columns that must resolve in another dataset."""

    file: str
    model: type[pa.DataFrameModel]
    references: tuple[tuple[str, str, str], ...] = (("source_id", "sources", "source_id"),)


DATASETS: dict[str, Dataset] = {
    "sources": Dataset("sources.csv", Sources, references=()),
    "trade": Dataset("trade.csv", Trade),
    "tourism": Dataset("tourism.csv", Tourism),
    "education": Dataset("education.csv", Education),
    "products": Dataset("products.csv", Products),
    "indicators": Dataset("indicators.csv", Indicators),
    "timeline": Dataset("timeline.csv", Timeline),
    "quotes": Dataset("quotes.csv", Quotes),
    "claims": Dataset("claims.csv", Claims, references=(("quote_id", "quotes", "quote_id"),)),
    "eras": Dataset(
        "eras.csv",
        Eras,
        references=(
            ("source_id", "sources", "source_id"),
            ("start_event_id", "timeline", "event_id"),
            ("end_event_id", "timeline", "event_id"),
        ),
    ),
}


def data_dir() -> Path:
    """The folder of CSVs: $RELATIONS_DATA_DIR if set, else the bundled data/."""
    override = os.environ.get(DATA_DIR_ENV, "").strip()
    return Path(override).expanduser().resolve() if override else PACKAGE_DATA_DIR


def columns_of(model: type[pa.DataFrameModel]) -> dict[str, str]:
    """Column name -> declared dtype name, in declaration order."""
    return {name: str(column.dtype) for name, column in model.to_schema().columns.items()}


def _decode(raw: bytes, file: str) -> str:
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        header = next(csv.reader([raw.split(b"\n", 1)[0].decode("utf-8", "replace")]), [])
        line_start = raw.rfind(b"\n", 0, error.start) + 1
        field = raw[line_start : error.start].decode("utf-8", "replace").count(",")
        column = header[field] if line > 1 and field < len(header) else None
        raise DataError(
            file,
            [
                Problem(
                    column,
                    f"UTF-8 text; byte {raw[error.start]:#04x} at byte offset {error.start} is not UTF-8 "
                    "(save the file as UTF-8)",
                    rows=(line - 1,) if line > 1 else (),
                )
            ],
        ) from None


def _parse_rows(text: str, file: str, header: list[str]) -> pd.DataFrame:
    try:
        table = pa_csv.read_csv(
            io.BytesIO(text.encode("utf-8")),
            convert_options=pa_csv.ConvertOptions(
                column_types={name: pa_arrow.string() for name in header},
                strings_can_be_null=True,
                null_values=[""],
            ),
        )
    except pa_arrow.ArrowInvalid as error:
        message = str(error).removeprefix("CSV parse error: ")
        bad = message.split(": ", 1)[-1]
        lines = text.splitlines()
        rows = tuple(i for i, line in enumerate(lines) if i > 0 and line == bad)[:1]
        raise DataError(
            file,
            [Problem(None, f"{len(header)} comma-separated fields per row ({message})", rows=rows)],
        ) from None
    return table.to_pandas()


def _coerce(frame: pd.DataFrame, file: str, model: type[pa.DataFrameModel]) -> pd.DataFrame:
    """Turn the text cells into declared types, reporting every cell that does not convert."""
    problems = []
    typed = {}
    for name, dtype in columns_of(model).items():
        text = frame[name]
        present = text.notna()
        if dtype in ("int64", "Int64"):
            numbers = pd.to_numeric(text, errors="coerce")
            bad = present & (numbers.isna() | (numbers % 1 != 0))
            expected = "a whole number"
            converted = numbers.astype("Int64" if dtype == "Int64" else "float64")
        elif dtype == "float64":
            converted = pd.to_numeric(text, errors="coerce")
            bad = present & converted.isna()
            expected = "a number (use . as the decimal point, no thousands separators)"
        elif dtype.startswith("datetime64"):
            converted = pd.to_datetime(text, format="%Y-%m-%d", errors="coerce")
            bad = present & converted.isna()
            expected = "a date written YYYY-MM-DD"
        elif dtype == "bool":
            lowered = text.str.lower()
            converted = lowered.map({"true": True, "false": False})
            bad = present & converted.isna()
            expected = "true or false"
        else:
            converted = text
            bad = pd.Series(False, index=text.index)
            expected = ""
        if bad.any():
            rows = tuple(int(i) + 1 for i in bad[bad].index)
            found = tuple(str(v) for v in text[bad].head(5))
            problems.append(Problem(name, expected, rows=rows, found=found))
        typed[name] = converted
    if problems:
        raise DataError(file, problems)
    return pd.DataFrame(typed, index=frame.index)


_ARROW_TYPES = {
    "int64": pa_arrow.int64(),
    "Int64": pa_arrow.int64(),
    "float64": pa_arrow.float64(),
    "bool": pa_arrow.bool_(),
}


def _parse_typed(
    raw: bytes, header: list[str], model: type[pa.DataFrameModel]
) -> pd.DataFrame | None:
    """The fast path: pyarrow parses every column straight into its declared type.

    Returns None when any cell does not convert (or a row is malformed), so the caller can
    take the slow path that reports each bad cell by column and row.
    """
    declared = columns_of(model)
    types = {}
    for name in header:
        dtype = declared[name]
        if dtype.startswith("datetime64"):
            types[name] = pa_arrow.timestamp("s")
        else:
            types[name] = _ARROW_TYPES.get(dtype, pa_arrow.string())
    try:
        table = pa_csv.read_csv(
            io.BytesIO(raw),
            convert_options=pa_csv.ConvertOptions(
                column_types=types,
                strings_can_be_null=True,
                null_values=[""],
                true_values=["true", "True", "TRUE"],
                false_values=["false", "False", "FALSE"],
                timestamp_parsers=["%Y-%m-%d"],
            ),
        )
    except pa_arrow.ArrowInvalid:
        return None
    frame = table.to_pandas()
    for name, dtype in declared.items():
        column = frame[name]
        if dtype == "Int64":
            frame[name] = column.astype("Int64")
        elif dtype.startswith("datetime64"):
            frame[name] = column.astype(dtype)
        elif dtype in ("int64", "bool") and column.isna().any():
            return None  # an empty cell in a required typed column: let the slow path name it
    return frame[list(declared)]


_CHECK_WORDS = [
    (re.compile(r"^isin\((.*)\)$"), lambda m: f"one of {m.group(1)}"),
    (
        re.compile(r"^greater_than_or_equal_to\((.*)\)$"),
        lambda m: f"a value of at least {m.group(1)}",
    ),
    (re.compile(r"^less_than_or_equal_to\((.*)\)$"), lambda m: f"a value of at most {m.group(1)}"),
    (re.compile(r"^str_matches\('(.*)'\)$"), lambda m: f"text matching the pattern {m.group(1)}"),
    (re.compile(r"^field_uniqueness$"), lambda m: "a unique value (this one is repeated)"),
    (re.compile(r"^not_nullable$"), lambda m: "a value (the cell is empty)"),
]


def _describe_check(check: str) -> tuple[str | None, str]:
    """Pandera's check name -> (column named in a custom check, readable expectation)."""
    for pattern, words in _CHECK_WORDS:
        match = pattern.match(check)
        if match:
            return None, words(match)
    column, _, expected = check.partition(": ")
    return (column, expected) if expected else (None, check)


def _validate(frame: pd.DataFrame, file: str, model: type[pa.DataFrameModel]) -> pd.DataFrame:
    try:
        return model.validate(frame, lazy=True)
    except pa.errors.SchemaErrors as errors:
        cases = errors.failure_cases
        merged: dict[tuple[str | None, str], tuple[set[int], list[str]]] = {}
        for (column, check), group in cases.groupby(["column", "check"], sort=False, dropna=False):
            named, expected = _describe_check(str(check))
            target = named or (column if column in frame.columns else None)
            rows, found = merged.setdefault((target, expected), (set(), []))
            rows.update(int(i) + 1 for i in group["index"].dropna())
            if not named and check != "not_nullable":
                found.extend(str(v) for v in group["failure_case"] if str(v) not in found)
        problems = [
            Problem(target, expected, rows=tuple(sorted(rows)), found=tuple(found[:5]))
            for (target, expected), (rows, found) in merged.items()
        ]
        raise DataError(file, problems) from None


_BLANK = re.compile(rb"(?:\xef\xbb\xbf)?\s*")


def read_dataset(path: Path, model: type[pa.DataFrameModel]) -> pd.DataFrame:
    """Read one CSV and check it against its schema (no cross-file checks, no cache)."""
    file = path.name
    if not path.is_file():
        raise DataError(file, [Problem(None, f"a file at {path}, but there is none")])
    raw = path.read_bytes()
    expected_columns = list(columns_of(model))
    if _BLANK.fullmatch(raw):  # (a scan, not a stripped copy of the whole file)
        raise DataError(
            file,
            [
                Problem(
                    None,
                    "a header row and data; the file is empty. Columns: "
                    + ", ".join(expected_columns),
                )
            ],
        )
    end = raw.find(b"\n")
    header = next(csv.reader([_decode(raw[: end if end >= 0 else len(raw)], file).rstrip("\r")]))
    problems = [
        Problem(name, "this column (it is missing from the header row)")
        for name in expected_columns
        if name not in header
    ]
    problems += [
        Problem(name, "only the documented columns (this one is unknown; see data/README.md)")
        for name in header
        if name not in expected_columns
    ]
    duplicated = sorted({name for name in header if header.count(name) > 1})
    problems += [Problem(name, "each column once in the header row") for name in duplicated]
    if problems:
        raise DataError(file, problems)
    typed = _parse_typed(raw, header, model)
    if typed is None:  # a cell does not convert or a byte is not UTF-8: the slow path names each
        text = _decode(raw, file)
        typed = _coerce(_parse_rows(text, file, header), file, model)
    return _validate(typed, file, model)


def _check_references(
    frame: pd.DataFrame, dataset: Dataset, targets: dict[str, pd.DataFrame]
) -> None:
    problems = []
    for column, target_name, target_column in dataset.references:
        known = set(targets[target_name][target_column])
        # An empty cell of a nullable column (an open-ended era) refers to nothing.
        missing = frame[column].notna() & ~frame[column].isin(known)
        if missing.any():
            problems.append(
                Problem(
                    column,
                    f"an id listed in {DATASETS[target_name].file} (column {target_column})",
                    rows=tuple(int(i) + 1 for i in missing[missing].index),
                    found=tuple(dict.fromkeys(frame.loc[missing, column].astype(str)))[:5],
                )
            )
    if problems:
        raise DataError(dataset.file, problems)


def _stamp(path: Path) -> tuple[int, int]:
    try:
        stat = path.stat()
    except OSError:
        return (0, -1)
    return (stat.st_mtime_ns, stat.st_size)


@st.cache_resource(show_spinner=False, max_entries=64)
def _load_cached(name: str, folder: str, stamps: tuple[tuple[int, int], ...]) -> pd.DataFrame:
    # `stamps` (mtime and size of the file and the files it references) is only a cache key:
    # an edited CSV gets a new key and is read again on the next rerun, without a restart.
    # One frame per file version, shared by every session (cache_resource: no copy per hit;
    # `load` hands out copy-on-write views, so a caller can never change the shared one).
    dataset = DATASETS[name]
    frame = read_dataset(Path(folder) / dataset.file, dataset.model)
    targets = {target: load(target, folder=Path(folder)) for _, target, _ in dataset.references}
    _check_references(frame, dataset, targets)
    return frame


# id(frame) -> (weak reference, shape and columns when registered, key). The exact objects
# `load` and `memo` returned are keyed by where they came from (a file version, or a memoised
# function and its arguments' keys) instead of by hashing their content on every rerun; any
# other frame by its content, computed once per object.
_VERSIONS: dict[int, tuple[weakref.ref, tuple, bytes]] = {}


def _layout(frame: pd.DataFrame) -> tuple:
    return (frame.shape, tuple(map(str, frame.columns)))


def _remember(frame: pd.DataFrame, key: bytes) -> bytes:
    ident = id(frame)

    def forget(_: weakref.ref) -> None:
        if ident in _VERSIONS and _VERSIONS[ident][0]() is None:
            del _VERSIONS[ident]

    _VERSIONS[ident] = (weakref.ref(frame, forget), _layout(frame), key)
    return key


def _remember_version(frame: pd.DataFrame, version: tuple) -> pd.DataFrame:
    # A short digest, not the nested key: Streamlit hashes bytes as they are, in one step.
    _remember(frame, b"version:" + hashlib.sha256(repr(version).encode()).digest())
    return frame


def frame_key(frame: pd.DataFrame) -> bytes:
    """What `memo` hashes for a frame argument.

    A frame exactly as `load` or `memo` returned it is keyed by where it came from: its file
    version (name, folder, mtime and size of it and its references), or the memoised function
    and its arguments' keys. That is constant time, and exact, where Streamlit's own hash of a
    frame over 50,000 rows looks at a sample of rows only. The code never writes to such a
    frame; a column added or rows dropped in place would still be noticed (shape and columns
    are compared), and the frame then keyed by content. Any other frame (a derived one) is
    keyed by its whole content (columns, dtypes, index and every value), once per object.
    """
    entry = _VERSIONS.get(id(frame))
    if entry is not None and entry[0]() is frame and entry[1] == _layout(frame):
        return entry[2]
    described = repr((list(map(str, frame.columns)), list(map(str, frame.dtypes))))
    digest = hashlib.sha256(described.encode())
    digest.update(pd.util.hash_pandas_object(frame, index=True).to_numpy().tobytes())
    # Kept for this object, so a frame handed to several memoised functions is hashed once.
    return _remember(frame, b"content:" + digest.digest())


class _Unkeyable(Exception):
    """An argument `memo` cannot key exactly: its result is then keyed by content downstream."""


_PLAIN = (str, int, float, bool, bytes, type(None), pd.Timestamp)


def _argument_key(value: object) -> object:
    """A key equal for two arguments only when they are equal (frames by `frame_key`)."""
    if isinstance(value, pd.DataFrame):
        return frame_key(value)
    if isinstance(value, _PLAIN):
        return (type(value).__name__, value)
    if isinstance(value, (tuple, list)):
        return (type(value).__name__, tuple(_argument_key(v) for v in value))
    if isinstance(value, (set, frozenset)):
        return ("set", tuple(sorted(map(repr, map(_argument_key, value)))))
    if isinstance(value, dict):
        return ("dict", tuple((_argument_key(k), _argument_key(v)) for k, v in value.items()))
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        fields = tuple(
            (field.name, _argument_key(getattr(value, field.name)))
            for field in dataclasses.fields(value)
        )
        return (type(value).__qualname__, fields)
    raise _Unkeyable(type(value).__name__)


def dependencies(name: str) -> list[str]:
    """The dataset and every dataset it references, directly or not."""
    names = [name]
    for _, target, _ in DATASETS[name].references:
        names += dependencies(target)
    return names


def load(name: str, *, folder: Path | None = None) -> pd.DataFrame:
    """The validated frame of one dataset; raises DataError naming file, column and rows."""
    folder = folder or data_dir()
    stamps = tuple(_stamp(folder / DATASETS[dep].file) for dep in dependencies(name))
    shared = _load_cached(name, str(folder), stamps)
    # A shallow copy under pandas' copy-on-write: no data copied, and writing to it copies
    # only what is written, so the cached frame stays as read from the file.
    return _remember_version(shared.copy(deep=False), (name, str(folder), stamps))


def load_sources() -> pd.DataFrame:
    return load("sources")


def load_trade() -> pd.DataFrame:
    return load("trade")


def load_tourism() -> pd.DataFrame:
    return load("tourism")


def load_education() -> pd.DataFrame:
    return load("education")


def load_products() -> pd.DataFrame:
    return load("products")


def load_indicators() -> pd.DataFrame:
    return load("indicators")


def load_timeline() -> pd.DataFrame:
    return load("timeline")


def load_quotes() -> pd.DataFrame:
    return load("quotes")


def load_claims() -> pd.DataFrame:
    return load("claims")


def load_eras() -> pd.DataFrame:
    return load("eras")


def memo(function: F) -> F:
    """Cache a pure, measured-to-be-slow derivation (pandas on small frames costs milliseconds).

    The cache key is the function and its arguments; a frame counts by `frame_key` (a loaded
    frame by its file version, a frame a memoised function returned by that function and its
    arguments, any other by its content), so an edited CSV gives a fresh result, and neither
    a million-row frame nor a chain of memoised steps costs a hash per rerun. Use it only
    where a profile shows the cost; cheap transforms stay uncached.
    """
    cached = st.cache_data(
        show_spinner=False, max_entries=256, hash_funcs={pd.DataFrame: frame_key}
    )(function)
    # The code is part of the key, as it is of Streamlit's: an edited function (the server
    # reloads it) never passes its old results off as new.
    name = (function.__module__, function.__qualname__, hash(function.__code__.co_code))

    @functools.wraps(function)
    def remembered(*args: Any, **kwargs: Any) -> Any:
        result = cached(*args, **kwargs)
        if isinstance(result, pd.DataFrame):
            try:
                key = (_argument_key(args), _argument_key(kwargs))
            except _Unkeyable:
                return result
            _remember_version(result, ("memo", name, key))
        return result

    remembered.clear = cached.clear  # type: ignore[attr-defined]
    return remembered  # type: ignore[return-value]


def shared(function: F) -> F:
    """Like `memo`, but every caller gets the one cached object, not a copy of it.

    For a large derivation of a loaded frame that callers only read (folded quote texts, an
    index of neighbours), where unpickling a copy on every rerun would cost what the cache
    saves. The result must never be written to.
    """
    return st.cache_resource(
        show_spinner=False, max_entries=64, hash_funcs={pd.DataFrame: frame_key}
    )(function)


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
        _decode(path.read_bytes(), path.name)
        raise


def documentation() -> str:
    """data/README.md as shipped with the app: the data dictionary and the known gaps."""
    path = PACKAGE_DATA_DIR / "README.md"
    return _text_cached(str(path), _stamp(path))
