"""Dates by precision: never '1991-01-01' for a year."""

import pandas as pd

from relations import words


def test_format_date_by_precision():
    assert words.date(pd.Timestamp("1960-10-07"), "day") == "7 October 1960"
    assert words.date(pd.Timestamp("2008-12-01"), "month") == "December 2008"
    assert words.date(pd.Timestamp("1991-01-01"), "year") == "1991"


def test_format_date_of_a_range():
    text = words.date(pd.Timestamp("2016-12-02"), "range", latest=pd.Timestamp("2019-12-02"))
    assert text == "between 2 December 2016 and 2 December 2019"


def test_format_span():
    assert words.span(pd.Timestamp("2019-12-10"), "day", pd.Timestamp("2019-12-19"), "day") == (
        "10–19 December 2019"
    )
    assert words.span(pd.Timestamp("2018-10-01"), "month", pd.Timestamp("2019-03-01"), "month") == (
        "October 2018 – March 2019"
    )
    assert words.span(pd.Timestamp("1991-01-01"), "year") == "1991"
    assert (
        words.span(pd.Timestamp("2021-08-01"), "month", pd.Timestamp("2021-08-19"), "day")
        == "August 2021, until 19 August"
    )


def test_period_label():
    assert words.period(pd.Timestamp("2023-01-01"), pd.Timestamp("2023-12-31")) == "2023"
    assert words.period(pd.Timestamp("2025-01-01"), pd.Timestamp("2025-05-31")) == (
        "January–May 2025"
    )
    assert words.period(pd.Timestamp("2023-01-01"), pd.Timestamp("2023-01-31")) == "January 2023"
