"""Dates by precision: never '1991-01-01' for a year."""

import pandas as pd

from relations import dates


def test_format_date_by_precision():
    assert dates.format_date(pd.Timestamp("1960-10-07"), "day") == "7 October 1960"
    assert dates.format_date(pd.Timestamp("2008-12-01"), "month") == "December 2008"
    assert dates.format_date(pd.Timestamp("1991-01-01"), "year") == "1991"


def test_format_date_of_a_range():
    text = dates.format_date(pd.Timestamp("2016-12-02"), "range", latest=pd.Timestamp("2019-12-02"))
    assert text == "between 2 December 2016 and 2 December 2019"


def test_format_span():
    assert dates.format_span(
        pd.Timestamp("2019-12-10"), "day", pd.Timestamp("2019-12-19"), "day"
    ) == ("10–19 December 2019")
    assert dates.format_span(
        pd.Timestamp("2018-10-01"), "month", pd.Timestamp("2019-03-01"), "month"
    ) == ("October 2018 – March 2019")
    assert dates.format_span(pd.Timestamp("1991-01-01"), "year") == "1991"
    assert (
        dates.format_span(pd.Timestamp("2021-08-01"), "month", pd.Timestamp("2021-08-19"), "day")
        == "August 2021, until 19 August"
    )


def test_period_label():
    assert dates.period_label(pd.Timestamp("2023-01-01"), pd.Timestamp("2023-12-31")) == "2023"
    assert dates.period_label(pd.Timestamp("2025-01-01"), pd.Timestamp("2025-05-31")) == (
        "January–May 2025"
    )
    assert (
        dates.period_label(pd.Timestamp("2023-01-01"), pd.Timestamp("2023-01-31")) == "January 2023"
    )
