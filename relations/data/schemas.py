"""One pandera model per CSV, and the registry of datasets (file, model, cross-file references).

Every cell arrives as text; each model coerces it to its declared type (`Config.coerce`), and
the types below say how a CSV writes a date and a yes/no.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any, ClassVar

import numpy as np
import pandas as pd
import pandera.pandas as pa
from pandera import dtypes
from pandera.engines import pandas_engine
from pandera.typing import Series

from relations.data.vocab import (
    CATEGORIES,
    CLAIM_METRICS,
    CLAIM_QUALIFIERS,
    COUNTRIES,
    EDUCATION_MEASURES,
    ENGLISH_KINDS,
    INDICATOR_SERIES,
    INDICATOR_UNITS,
    NOT_ENGLISH_SCRIPT,
    PRECISIONS,
    QUOTE_LANGUAGES,
    SLUG,
    SOURCE_KINDS,
    TOPICS,
    TRADE_QUALIFIERS,
    TRADE_STATUSES,
    VISITOR_QUALIFIERS,
)


@pandas_engine.Engine.register_dtype
@dtypes.immutable(init=True)
class Day(pandas_engine.DateTime):
    """A calendar day written YYYY-MM-DD (pandas would otherwise guess at 07/10/1960), held in
    microseconds, as pandas 3 parses dates: pandera's nanoseconds cannot hold a year after 2262,
    so 9999-12-31 would fail to convert as a whole column, with no row named, instead of
    failing the column's range check as the value it is."""

    to_datetime_kwargs: dict[str, Any] = dataclasses.field(
        default_factory=lambda: {"format": "%Y-%m-%d"}, compare=False, repr=False
    )

    def __post_init__(self) -> None:
        object.__setattr__(self, "type", np.dtype("datetime64[us]"))

    def check(self, pandera_dtype: dtypes.DataType, data_container: Any = None) -> bool:
        # pandera names every naive datetime dtype DateTime[ns]: the column's own dtype decides.
        held = getattr(data_container, "dtype", getattr(pandera_dtype, "type", None))
        return held == self.type


@pandas_engine.Engine.register_dtype
@dtypes.immutable
class Flag(pandas_engine.DataType, dtypes.Bool):
    """true or false, in any letter case (a plain cast to bool would make "false" True)."""

    type = np.dtype("bool")
    _words: ClassVar[dict[str, bool]] = {"true": True, "false": False}

    def coerce(self, data_container: pd.Series) -> pd.Series:
        if pd.api.types.is_bool_dtype(data_container):
            return data_container
        flags = data_container.str.lower().map(self._words)
        if (flags.isna() & data_container.notna()).any():
            raise ValueError("a cell is neither true nor false")
        # An empty cell stays empty (and fails the column's not-null check, which names it).
        return flags.astype(bool) if flags.notna().all() else flags.astype("boolean")

    def coerce_value(self, value: Any) -> Any:
        if pd.isna(value) or isinstance(value, (bool, np.bool_)):
            return value
        return self._words[str(value).lower()]

    def check(self, pandera_dtype: dtypes.DataType, data_container: Any = None) -> bool:
        return getattr(pandera_dtype, "type", None) == self.type

    def __str__(self) -> str:
        return "bool"


def _about(column: str, expected: str) -> dict[str, Any]:
    """A check across columns: the column a reader should look at, and what it should hold."""
    return {"error": expected, "statistics": {"column": column}}


def _in_vocabulary(values: pd.Series, vocabulary: list[str]) -> pd.Series:
    """Each cell is a ';'-separated list whose items all belong to the vocabulary."""
    allowed = set(vocabulary)
    # (as booleans: the map of an empty column would be of objects)
    return values.map(lambda cell: all(item in allowed for item in str(cell).split(";"))).astype(
        bool
    )


def _precision_matches(dates: pd.Series, precisions: pd.Series) -> pd.Series:
    """month -> day 1; year -> 1 January; a missing date or precision is checked elsewhere."""
    ok_month = (precisions != "month") | (dates.dt.day == 1)
    ok_year = (precisions != "year") | ((dates.dt.day == 1) & (dates.dt.month == 1))
    return (ok_month & ok_year) | dates.isna() | precisions.isna()


class Sources(pa.DataFrameModel):
    source_id: Series[str] = pa.Field(unique=True, str_matches=SLUG)
    title: Series[str]
    title_english: Series[str] = pa.Field(nullable=True)
    publisher: Series[str]
    author: Series[str] = pa.Field(nullable=True)
    url: Series[str] = pa.Field(nullable=True, str_matches=r"^https?://\S+$")
    published: Series[str] = pa.Field(nullable=True, str_matches=r"^\d{4}(-\d{2}(-\d{2})?)?$")
    kind: Series[str] = pa.Field(isin=SOURCE_KINDS)
    caution: Series[str] = pa.Field(nullable=True)

    @pa.dataframe_check(
        **_about("title_english", "an English gloss of a title in Cyrillic, Arabic, Thai or Lao")
    )
    def foreign_title_glossed(cls, df: pd.DataFrame) -> pd.Series:
        foreign = df["title"].str.contains(NOT_ENGLISH_SCRIPT, regex=True).fillna(False)
        return ~foreign.astype(bool) | df["title_english"].notna()

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

    @pa.dataframe_check(**_about("last_month", "a month on or after first_month"))
    def months_in_order(cls, df: pd.DataFrame) -> pd.Series:
        return df["last_month"] >= df["first_month"]

    @pa.dataframe_check(
        **_about("exporter", "two different countries for measure 'exports', none for 'turnover'")
    )
    def partners_match_measure(cls, df: pd.DataFrame) -> pd.Series:
        exports = (
            df["exporter"].notna() & df["importer"].notna() & (df["exporter"] != df["importer"])
        )
        turnover = df["exporter"].isna() & df["importer"].isna()
        return (df["measure"] == "exports") & exports | (df["measure"] == "turnover") & turnover

    @pa.dataframe_check(**_about("year", "one row per period, flow, reporter, status and source"))
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
    period_start: Series[Day] = pa.Field(
        ge=pd.Timestamp("1950-01-01"), le=pd.Timestamp("2100-12-31")
    )
    period_end: Series[Day] = pa.Field(ge=pd.Timestamp("1950-01-01"), le=pd.Timestamp("2100-12-31"))
    visitors: Series[int] = pa.Field(ge=0)
    qualifier: Series[str] = pa.Field(isin=VISITOR_QUALIFIERS)
    total_arrivals: Series[pd.Int64Dtype] = pa.Field(nullable=True, ge=0)
    total_arrivals_qualifier: Series[str] = pa.Field(nullable=True, isin=VISITOR_QUALIFIERS)
    origin_rank: Series[pd.Int64Dtype] = pa.Field(nullable=True, ge=1)
    source_id: Series[str] = pa.Field(str_matches=SLUG)
    source_excerpt: Series[str]
    note: Series[str] = pa.Field(nullable=True)

    @pa.dataframe_check(**_about("period_end", "a date on or after period_start"))
    def period_in_order(cls, df: pd.DataFrame) -> pd.Series:
        return df["period_end"] >= df["period_start"]

    @pa.dataframe_check(
        **_about("total_arrivals_qualifier", "a qualifier exactly when total_arrivals is given")
    )
    def total_has_qualifier(cls, df: pd.DataFrame) -> pd.Series:
        return df["total_arrivals"].isna() == df["total_arrivals_qualifier"].isna()

    @pa.dataframe_check(**_about("visitors", "no more than total_arrivals"))
    def visitors_within_total(cls, df: pd.DataFrame) -> pd.Series:
        return (df["visitors"] <= df["total_arrivals"]).fillna(True).astype(bool)

    @pa.dataframe_check(**_about("destination", "a country other than origin"))
    def two_countries(cls, df: pd.DataFrame) -> pd.Series:
        return df["origin"] != df["destination"]

    class Config:
        strict = True
        coerce = True


class Education(pa.DataFrameModel):
    observation_id: Series[str] = pa.Field(unique=True, str_matches=SLUG)
    measure: Series[str] = pa.Field(isin=EDUCATION_MEASURES)
    period_start: Series[Day] = pa.Field(
        ge=pd.Timestamp("1950-01-01"), le=pd.Timestamp("2100-12-31")
    )
    period_end: Series[Day] = pa.Field(ge=pd.Timestamp("1950-01-01"), le=pd.Timestamp("2100-12-31"))
    value: Series[int] = pa.Field(ge=0)
    qualifier: Series[str] = pa.Field(isin=VISITOR_QUALIFIERS)
    unit: Series[str] = pa.Field(isin=["persons", "scholarships", "institutions"])
    source_id: Series[str] = pa.Field(str_matches=SLUG)
    source_excerpt: Series[str]
    note: Series[str] = pa.Field(nullable=True)

    @pa.dataframe_check(**_about("period_end", "a date on or after period_start"))
    def period_in_order(cls, df: pd.DataFrame) -> pd.Series:
        return df["period_end"] >= df["period_start"]

    class Config:
        strict = True
        coerce = True


class Products(pa.DataFrameModel):
    statement_id: Series[str] = pa.Field(unique=True, str_matches=SLUG)
    date: Series[Day] = pa.Field(ge=pd.Timestamp("1950-01-01"), le=pd.Timestamp("2100-12-31"))
    date_precision: Series[str] = pa.Field(isin=PRECISIONS)
    direction: Series[str] = pa.Field(isin=["russia_to_laos", "laos_to_russia"])
    status: Series[str] = pa.Field(isin=["current", "intent"])
    products: Series[str]
    excerpt: Series[str]
    excerpt_english: Series[str] = pa.Field(nullable=True)
    language: Series[str] = pa.Field(isin=["en", "ru", "de", "ar"])
    source_id: Series[str] = pa.Field(str_matches=SLUG)
    note: Series[str] = pa.Field(nullable=True)

    @pa.dataframe_check(
        **_about("date", "1st of the month for 'month' precision, 1 January for 'year'")
    )
    def date_matches_precision(cls, df: pd.DataFrame) -> pd.Series:
        return _precision_matches(df["date"], df["date_precision"])

    @pa.dataframe_check(
        **_about("excerpt_english", "an English translation exactly when the excerpt is not in en")
    )
    def english_when_not_english(cls, df: pd.DataFrame) -> pd.Series:
        return (df["language"] != "en") == df["excerpt_english"].notna()

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
    is_estimate: Series[Flag]
    source_cell: Series[str]
    note: Series[str] = pa.Field(nullable=True)

    @pa.dataframe_check(**_about("unit", "the unit of the indicator (population: persons, …)"))
    def unit_matches_indicator(cls, df: pd.DataFrame) -> pd.Series:
        return df["indicator"].map(INDICATOR_UNITS) == df["unit"]

    @pa.dataframe_check(**_about("value", "zero or more, except for real_gdp_growth_pct"))
    def level_not_negative(cls, df: pd.DataFrame) -> pd.Series:
        return (df["value"] >= 0) | (df["indicator"] == "real_gdp_growth_pct")

    @pa.dataframe_check(**_about("year", "one value per indicator, year and series"))
    def one_value_per_series_year(cls, df: pd.DataFrame) -> pd.Series:
        return ~df.duplicated(subset=["indicator", "year", "series"], keep=False)

    class Config:
        strict = True
        coerce = True


class Timeline(pa.DataFrameModel):
    event_id: Series[str] = pa.Field(unique=True, str_matches=SLUG)
    date: Series[Day] = pa.Field(ge=pd.Timestamp("1950-01-01"), le=pd.Timestamp("2100-12-31"))
    date_precision: Series[str] = pa.Field(isin=PRECISIONS)
    end_date: Series[Day] = pa.Field(
        nullable=True, ge=pd.Timestamp("1950-01-01"), le=pd.Timestamp("2100-12-31")
    )
    end_precision: Series[str] = pa.Field(nullable=True, isin=PRECISIONS)
    title: Series[str]
    description: Series[str]
    category: Series[str] = pa.Field(isin=CATEGORIES)
    asean: Series[Flag]
    milestone: Series[Flag]
    topics: Series[str] = pa.Field(nullable=True)
    source_id: Series[str] = pa.Field(str_matches=SLUG)
    source_excerpt: Series[str]
    date_note: Series[str] = pa.Field(nullable=True)

    @pa.check("topics", error="';'-separated words from the topic vocabulary")
    def topics_known(cls, topics: pd.Series) -> pd.Series:
        return topics.isna() | _in_vocabulary(topics, TOPICS)

    @pa.dataframe_check(
        **_about("date", "1st of the month for 'month' precision, 1 January for 'year'")
    )
    def date_matches_precision(cls, df: pd.DataFrame) -> pd.Series:
        return _precision_matches(df["date"], df["date_precision"])

    @pa.dataframe_check(
        **_about("end_date", "1st of the month for 'month' precision, 1 January for 'year'")
    )
    def end_matches_precision(cls, df: pd.DataFrame) -> pd.Series:
        return _precision_matches(df["end_date"], df["end_precision"])

    @pa.dataframe_check(**_about("end_precision", "given exactly when end_date is given"))
    def end_has_precision(cls, df: pd.DataFrame) -> pd.Series:
        return df["end_date"].isna() == df["end_precision"].isna()

    @pa.dataframe_check(**_about("end_date", "a date after date"))
    def end_after_start(cls, df: pd.DataFrame) -> pd.Series:
        return df["end_date"].isna() | (df["end_date"] > df["date"])

    class Config:
        strict = True
        coerce = True


class Quotes(pa.DataFrameModel):
    quote_id: Series[str] = pa.Field(unique=True, str_matches=SLUG)
    source_id: Series[str] = pa.Field(str_matches=SLUG)
    sequence: Series[int] = pa.Field(ge=1)
    date: Series[Day] = pa.Field(ge=pd.Timestamp("1950-01-01"), le=pd.Timestamp("2100-12-31"))
    date_precision: Series[str] = pa.Field(isin=[*PRECISIONS, "range"])
    date_latest: Series[Day] = pa.Field(
        nullable=True, ge=pd.Timestamp("1950-01-01"), le=pd.Timestamp("2100-12-31")
    )
    date_note: Series[str] = pa.Field(nullable=True)
    event: Series[str]
    speaker: Series[str]
    speaker_role: Series[str]
    speaker_country: Series[str] = pa.Field(nullable=True, isin=COUNTRIES)
    language: Series[str] = pa.Field(isin=QUOTE_LANGUAGES)
    is_translation: Series[Flag]
    language_note: Series[str] = pa.Field(nullable=True)
    text: Series[str]
    english: Series[str] = pa.Field(nullable=True)
    english_kind: Series[str] = pa.Field(nullable=True, isin=ENGLISH_KINDS)
    english_source_id: Series[str] = pa.Field(nullable=True, str_matches=SLUG)
    english_part: Series[str] = pa.Field(nullable=True)
    english_note: Series[str] = pa.Field(nullable=True)
    dashboard_translation: Series[str] = pa.Field(nullable=True)
    topics: Series[str]

    @pa.dataframe_check(
        **_about(
            "dashboard_translation",
            "an English text (english or dashboard_translation) "
            "for a quote not in en, and neither for a quote in en",
        )
    )
    def english_when_not_english(cls, df: pd.DataFrame) -> pd.Series:
        has_english = df["english"].notna() | df["dashboard_translation"].notna()
        return (df["language"] != "en") == has_english

    @pa.dataframe_check(
        **_about("english_kind", "english_kind and english_source_id exactly when english is given")
    )
    def published_english_sourced(cls, df: pd.DataFrame) -> pd.Series:
        given = df["english"].notna()
        return (df["english_kind"].notna() == given) & (df["english_source_id"].notna() == given)

    @pa.dataframe_check(
        **_about(
            "english_part",
            "only with english, and then a dashboard_translation of the whole quote",
        )
    )
    def part_has_whole_translation(cls, df: pd.DataFrame) -> pd.Series:
        part = df["english_part"].notna()
        return ~part | (df["english"].notna() & df["dashboard_translation"].notna())

    @pa.dataframe_check(**_about("english_note", "only with english"))
    def note_has_english(cls, df: pd.DataFrame) -> pd.Series:
        return df["english_note"].isna() | df["english"].notna()

    @pa.check("topics", error="';'-separated words from the topic vocabulary")
    def topics_known(cls, topics: pd.Series) -> pd.Series:
        return _in_vocabulary(topics, TOPICS)

    @pa.dataframe_check(
        **_about("date", "1st of the month for 'month' precision, 1 January for 'year'")
    )
    def date_matches_precision(cls, df: pd.DataFrame) -> pd.Series:
        return _precision_matches(df["date"], df["date_precision"])

    @pa.dataframe_check(
        **_about("date_latest", "a later date exactly when date_precision is 'range'")
    )
    def range_has_latest(cls, df: pd.DataFrame) -> pd.Series:
        is_range = df["date_precision"] == "range"
        later = (df["date_latest"] > df["date"]).fillna(False).astype(bool)
        return (is_range & later) | (~is_range & df["date_latest"].isna())

    @pa.dataframe_check(**_about("sequence", "one excerpt per position within a source"))
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
    period_start: Series[Day] = pa.Field(
        nullable=True, ge=pd.Timestamp("1950-01-01"), le=pd.Timestamp("2100-12-31")
    )
    period_end: Series[Day] = pa.Field(
        nullable=True, ge=pd.Timestamp("1950-01-01"), le=pd.Timestamp("2100-12-31")
    )
    claim_text: Series[str]
    claim_text_english: Series[str] = pa.Field(nullable=True)
    forecast: Series[Flag]
    note: Series[str] = pa.Field(nullable=True)

    @pa.dataframe_check(**_about("unit", "the unit of the metric (trade_turnover_usd_m: usd_m, …)"))
    def unit_matches_metric(cls, df: pd.DataFrame) -> pd.Series:
        return df["metric"].map(CLAIM_METRICS) == df["unit"]

    @pa.dataframe_check(
        **_about(
            "period_end",
            "a date on or after period_start (a start needs an end; a cumulative "
            "count may give only the end)",
        )
    )
    def period_in_order(cls, df: pd.DataFrame) -> pd.Series:
        open_start = df["period_start"].isna()
        return open_start | (df["period_end"] >= df["period_start"]).fillna(False).astype(bool)

    class Config:
        strict = True
        coerce = True


class Conflicts(pa.DataFrameModel):
    conflict_id: Series[str] = pa.Field(unique=True, str_matches=SLUG)
    subject: Series[str]
    first_source_id: Series[str] = pa.Field(str_matches=SLUG)
    first_says: Series[str]
    first_claim_id: Series[str] = pa.Field(nullable=True, str_matches=SLUG)
    second_source_id: Series[str] = pa.Field(str_matches=SLUG)
    second_says: Series[str]
    second_claim_id: Series[str] = pa.Field(nullable=True, str_matches=SLUG)
    note: Series[str] = pa.Field(nullable=True)

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


# The dashboard's own reader text, by dataset: the columns whose every value has a Russian and
# a Lao version in translations.csv. Quotes, source titles and source excerpts are not here:
# they stay as published.
TRANSLATED: dict[str, tuple[str, ...]] = {
    "timeline": ("title", "description", "date_note"),
    "eras": ("title", "description"),
    "claims": ("note",),
    "conflicts": ("subject", "note"),
    "education": ("note",),
    "indicators": ("note",),
    "products": ("products", "note"),
    "quotes": ("date_note", "event", "speaker_role", "language_note"),
    "sources": ("caution",),
    "tourism": ("note",),
    "trade": ("note",),
}
TRANSLATED_FILES = [f"{name}.csv" for name in TRANSLATED]


class Translations(pa.DataFrameModel):
    """One English text of the dashboard's own (a file's column, TRANSLATED) in Russian and Lao."""

    file: Series[str] = pa.Field(isin=TRANSLATED_FILES)
    column: Series[str]
    english: Series[str]
    ru: Series[str]
    lo: Series[str]

    class Config:
        strict = True
        coerce = True
        unique: ClassVar[list[str]] = ["file", "column", "english"]


@dataclass(frozen=True)
class Dataset:
    """A CSV file, its schema, and the columns that must resolve in another dataset."""

    file: str
    model: type[pa.DataFrameModel]
    references: tuple[tuple[str, str, str], ...] = (("source_id", "sources", "source_id"),)
    # Columns whose bad cell is left empty instead of breaking the file (the error is still
    # reported): what the cell costs is said in data/README.md.
    degradable: tuple[str, ...] = ()


DATASETS: dict[str, Dataset] = {
    "sources": Dataset(
        "sources.csv",
        Sources,
        references=(),
        degradable=("author", "url", "published", "kind", "caution"),
    ),
    "trade": Dataset("trade.csv", Trade),
    "tourism": Dataset("tourism.csv", Tourism),
    "education": Dataset("education.csv", Education),
    "products": Dataset("products.csv", Products),
    "indicators": Dataset("indicators.csv", Indicators),
    "timeline": Dataset("timeline.csv", Timeline),
    "quotes": Dataset(
        "quotes.csv",
        Quotes,
        references=(
            ("source_id", "sources", "source_id"),
            ("english_source_id", "sources", "source_id"),
        ),
    ),
    "claims": Dataset("claims.csv", Claims, references=(("quote_id", "quotes", "quote_id"),)),
    "conflicts": Dataset(
        "conflicts.csv",
        Conflicts,
        references=(
            ("first_source_id", "sources", "source_id"),
            ("second_source_id", "sources", "source_id"),
            ("first_claim_id", "claims", "claim_id"),
            ("second_claim_id", "claims", "claim_id"),
        ),
    ),
    "eras": Dataset(
        "eras.csv",
        Eras,
        references=(
            ("source_id", "sources", "source_id"),
            ("start_event_id", "timeline", "event_id"),
            ("end_event_id", "timeline", "event_id"),
        ),
    ),
    # Checked against the texts it translates by read.translation_problems, not by ids.
    "translations": Dataset("translations.csv", Translations, references=()),
}


def columns_of(model: type[pa.DataFrameModel]) -> dict[str, str]:
    """Column name -> declared dtype name, in declaration order."""
    return {name: str(column.dtype) for name, column in model.to_schema().columns.items()}


def text_columns(model: type[pa.DataFrameModel]) -> frozenset[str]:
    """The columns that hold text (not numbers, dates or flags): the only cells a download
    neutralises against formulas."""
    return frozenset(
        name
        for name, column in model.to_schema().columns.items()
        if not (
            dtypes.is_numeric(column.dtype)
            or dtypes.is_datetime(column.dtype)
            or dtypes.is_bool(column.dtype)
        )
    )
