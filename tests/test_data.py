"""The data contract: shipped CSVs pass their schemas, and every bad input gets our error."""

import os
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from relations import __main__ as command
from relations.data import errors, load, schemas

SHIPPED = list(schemas.DATASETS)


@pytest.mark.parametrize("name", SHIPPED)
def test_shipped_file_passes_its_schema(name):
    frame = load.dataset(name)
    assert len(frame) > 0
    assert list(frame.columns) == list(schemas.columns_of(schemas.DATASETS[name].model))


CITING = [
    n
    for n in SHIPPED
    if n != "sources" and "source_id" in schemas.columns_of(schemas.DATASETS[n].model)
]


@pytest.mark.parametrize("name", CITING)
def test_every_source_id_resolves(name):
    known = set(load.sources()["source_id"])
    assert set(load.dataset(name)["source_id"]) <= known


def test_every_source_is_cited_somewhere():
    cited = set()
    for name in CITING:
        cited |= set(load.dataset(name)["source_id"])
    cited |= set(load.quotes()["english_source_id"].dropna())  # a published English version
    assert set(load.sources()["source_id"]) - cited == set()


def test_claims_quote_their_own_quote_verbatim():
    quotes = load.quotes().set_index("quote_id")["text"]
    claims = load.claims()
    assert claims["quote_id"].isin(quotes.index).all()
    for claim in claims.itertuples():
        assert claim.claim_text in quotes[claim.quote_id], claim.claim_id


def test_quote_sequences_run_without_gaps_within_each_source():
    quotes = load.quotes()
    for source_id, group in quotes.groupby("source_id"):
        assert sorted(group["sequence"]) == list(range(1, len(group) + 1)), source_id


def test_derived_turnover_is_the_sum_of_russia_reported_flows():
    trade = load.trade()
    full = trade[(trade["first_month"] == 1) & (trade["last_month"] == 12)]
    reported = full[(full["reporter"] == "Russia") & (full["status"] == "reported")]
    reported = reported[reported["source_id"] == "imf-dots-russia"]
    sums = reported.groupby("year")["value_usd_m"].sum().round(3)
    derived = full[full["status"] == "derived"].set_index("year")["value_usd_m"]
    assert len(derived) == 28
    pd.testing.assert_series_equal(
        sums.loc[derived.index], derived, check_names=False, atol=0.0011, rtol=0
    )


def _trade_value(year, exporter, reporter, status="reported"):
    trade = load.trade()
    rows = trade[
        (trade["year"] == year)
        & (trade["exporter"] == exporter)
        & (trade["reporter"] == reporter)
        & (trade["status"] == status)
        & (trade["first_month"] == 1)
        & (trade["last_month"] == 12)
    ]
    assert len(rows) == 1
    return rows["value_usd_m"].iloc[0]


def test_trade_values_equal_the_research():
    # data-facts §1.1 (IMF DOTS, Russia-reported) and §1.2 (Russia Briefing)
    assert _trade_value(2019, "Russia", "Russia") == 35.281
    assert _trade_value(2019, "Laos", "Russia") == 14.149
    assert _trade_value(2018, "Russia", "Russia") == 148.816
    assert _trade_value(1996, "Laos", "Russia") == 31.903
    assert _trade_value(1993, "Laos", "Laos") == 7.4
    assert _trade_value(2018, "Russia", "Laos", "imf_estimate") == 157.74
    assert _trade_value(2022, "Russia", "Russia") == 8.3


def test_lao_sheet_is_an_imf_estimate_from_1998_on():
    trade = load.trade()
    lao = trade[(trade["reporter"] == "Laos") & (trade["source_id"] == "imf-dots-laos")]
    assert set(lao.loc[lao["year"] >= 1998, "status"]) == {"imf_estimate"}
    assert set(lao.loc[lao["year"] <= 1997, "status"]) == {"reported"}
    assert lao.loc[lao["status"] == "imf_estimate", "source_cell"].str.endswith(" e").all()


def test_russia_reported_1995_is_a_gap_not_a_zero():
    trade = load.trade()
    assert trade[(trade["year"] == 1995) & (trade["reporter"] == "Russia")].empty


def test_tourism_values_equal_the_research():
    tourism = load.tourism().set_index("observation_id")
    assert tourism.loc["ru-la-2019", "visitors"] == 12054
    assert tourism.loc["ru-la-2019", "total_arrivals"] == 4791065
    assert tourism.loc["ru-la-2016", "visitors"] == 13033
    assert tourism.loc["ru-la-2016-aiti", "qualifier"] == "at_least"
    assert tourism.loc["ru-la-2023-h1", "visitors"] == 23453
    assert tourism.loc["ru-la-2023-h1", "period_end"] == pd.Timestamp("2023-06-30")


def test_diplomatic_relations_date_equals_the_research():
    timeline = load.timeline()
    first = timeline.sort_values("date").iloc[0]
    assert first["date"] == pd.Timestamp("1960-10-07")
    assert first["date_precision"] == "day"
    assert "diplomatic relations" in first["description"]


def test_quotes_hold_all_73_excerpts_of_the_supplement():
    quotes = load.quotes()
    assert quotes["quote_id"].str.fullmatch(r"mf-a\d\d").sum() == 73


def test_seed_article_claim_about_2022_trade_is_recorded():
    claims = load.claims()
    row = claims[claims["claim_text"].str.contains("US$50 million", regex=False)]
    assert len(row) == 1
    assert row["value"].iloc[0] == 50
    assert row["qualifier"].iloc[0] == "about"
    assert row["period_start"].iloc[0] == pd.Timestamp("2022-01-01")


# --- bad input: each case gives our error, naming file and column -------------------------


def _rewrite(folder: Path, name: str, edit) -> None:
    path = folder / schemas.DATASETS[name].file
    path.write_text(edit(path.read_text(encoding="utf-8")), encoding="utf-8")


def _first_data_line(name: str, folder: Path) -> list[str]:
    return (folder / schemas.DATASETS[name].file).read_text(encoding="utf-8").splitlines()


def _error(name: str) -> errors.DataError:
    with pytest.raises(errors.DataError) as caught:
        load.dataset(name)
    return caught.value


def test_missing_file_names_the_file(data_copy):
    (data_copy / "trade.csv").unlink()
    error = _error("trade")
    assert str(error).startswith("trade.csv: expected a file named trade.csv in the data folder")
    assert "there is none" in str(error)
    assert str(data_copy) not in str(error)  # no path of the server


def test_empty_file_lists_the_expected_columns(data_copy):
    (data_copy / "tourism.csv").write_text("", encoding="utf-8")
    message = str(_error("tourism"))
    assert "tourism.csv" in message and "empty" in message and "visitors" in message


def test_missing_column_is_named(data_copy):
    _rewrite(data_copy, "trade", lambda t: t.replace("valuation,", "", 1))
    message = str(_error("trade"))
    assert "column 'valuation'" in message and "missing" in message


def test_unknown_extra_column_is_named(data_copy):
    path = data_copy / "indicators.csv"
    lines = path.read_text(encoding="utf-8").splitlines()
    path.write_text("\n".join(line + ",x" for line in lines) + "\n", encoding="utf-8")
    message = str(_error("indicators"))
    assert "indicators.csv" in message and "column 'x'" in message and "unknown" in message


def test_wrong_type_names_column_row_and_value(data_copy):
    _rewrite(data_copy, "trade", lambda t: t.replace(",148.816,", ",lots,", 1))
    error = _error("trade")
    line = next(
        i for i, text in enumerate(_first_data_line("trade", data_copy)) if ",lots," in text
    )
    assert error.problems[0].column == "value_usd_m"
    assert error.problems[0].rows == (line,)
    assert "'lots'" in str(error) and "a number" in str(error)


def test_unparseable_date_is_named(data_copy):
    _rewrite(data_copy, "timeline", lambda t: t.replace("1960-10-07", "1960-13-45", 1))
    error = _error("timeline")
    assert error.problems[0].column == "date"
    assert error.problems[0].found == ("1960-13-45",)
    assert "timeline.csv, column 'date', row " in str(error) and "YYYY-MM-DD" in str(error)


def test_out_of_range_value_is_named(data_copy):
    _rewrite(data_copy, "tourism", lambda t: t.replace(",12054,", ",-12054,", 1))
    error = _error("tourism")
    assert [p.column for p in error.problems] == ["visitors"]
    assert "at least 0" in str(error)


def test_year_out_of_range_is_named(data_copy):
    _rewrite(
        data_copy, "indicators", lambda t: t.replace("population,1960,", "population,1860,", 1)
    )
    error = _error("indicators")
    assert error.problems[0].column == "year"
    assert "1950" in str(error)


def test_unknown_category_is_named(data_copy):
    _rewrite(data_copy, "timeline", lambda t: t.replace(",diplomacy,", ",gossip,", 1))
    error = _error("timeline")
    assert error.problems[0].column == "category"
    assert "'gossip'" in str(error)


def test_duplicate_id_is_named(data_copy):
    path = data_copy / "quotes.csv"
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    header, first = lines[0], lines[1]
    quote_id = first.split(",", 1)[0]
    path.write_text(header + first + "".join(lines[1:]), encoding="utf-8")
    error = _error("quotes")
    columns = {p.column for p in error.problems}
    assert "quote_id" in columns
    assert quote_id in str(error)


def test_unresolved_source_id_is_named(data_copy):
    _rewrite(data_copy, "tourism", lambda t: t.replace("laotiantimes-2022-02-24", "nowhere-1", 1))
    error = _error("tourism")
    assert error.problems[0].column == "source_id"
    assert "sources.csv" in str(error) and "'nowhere-1'" in str(error)


def test_unresolved_quote_id_in_claims_is_named(data_copy):
    path = data_copy / "claims.csv"
    lines = path.read_text(encoding="utf-8").splitlines()
    first = lines[1].split(",")
    first[1] = "no-such-quote"
    path.write_text("\n".join([lines[0], ",".join(first), *lines[2:]]) + "\n", encoding="utf-8")
    error = _error("claims")
    assert error.problems[0].column == "quote_id"
    assert "quotes.csv" in str(error)


def test_non_utf8_bytes_are_located(data_copy):
    path = data_copy / "trade.csv"
    raw = path.read_bytes()
    path.write_bytes(raw.replace(b"148.816023", b"148.81\xff", 1))
    error = _error("trade")
    assert "UTF-8" in str(error)
    assert error.problems[0].column == "source_cell"
    assert len(error.problems[0].rows) == 1


def test_wrong_field_count_is_located(data_copy):
    _rewrite(data_copy, "trade", lambda t: t.replace(",148.816,", ",148.816,extra,", 1))
    error = _error("trade")
    line = next(
        i for i, text in enumerate(_first_data_line("trade", data_copy)) if ",extra," in text
    )
    assert error.problems[0].rows == (line,)
    assert f"trade.csv, row {line}: expected 14 comma-separated fields per row, not 15" in str(
        error
    )


def test_an_empty_required_cell_is_named_as_empty(data_copy):
    _rewrite(data_copy, "indicators", lambda t: t.replace(",false,", ",,", 1))
    error = _error("indicators")
    assert [(p.column, p.expected) for p in error.problems] == [
        ("is_estimate", "a value (the cell is empty)")
    ]


def test_a_yes_no_cell_must_say_true_or_false(data_copy):
    _rewrite(data_copy, "indicators", lambda t: t.replace(",false,", ",yes,", 1))
    error = _error("indicators")
    assert [(p.column, p.expected, p.found) for p in error.problems] == [
        ("is_estimate", "true or false", ("yes",))
    ]


def test_a_cell_that_does_not_convert_is_named_alone(data_copy):
    # total_arrivals left as text must not also fail the check that pairs it with its qualifier
    _rewrite(data_copy, "tourism", lambda t: t.replace(",4791065,", ",many,", 1))
    error = _error("tourism")
    assert [(p.column, p.expected, p.found) for p in error.problems] == [
        ("total_arrivals", "a whole number", ("many",))
    ]


def test_a_check_across_columns_names_its_column_and_value(data_copy):
    _rewrite(data_copy, "tourism", lambda t: t.replace("2019-12-31", "2018-12-31", 1))
    error = _error("tourism")
    assert [(p.column, p.expected, p.found) for p in error.problems] == [
        ("period_end", "a date on or after period_start", ("2018-12-31",))
    ]


def test_utf8_bom_is_accepted(data_copy):
    path = data_copy / "tourism.csv"
    path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes())
    assert load.tourism()["visitors"].max() == 23453


def test_date_precision_must_match_the_date(data_copy):
    frame = load.timeline()
    year_row = frame[frame["date_precision"] == "year"].iloc[0]
    iso = year_row["date"].strftime("%Y-%m-%d")
    _rewrite(
        data_copy,
        "timeline",
        lambda t: t.replace(f"{iso},year", f"{iso[:4]}-06-15,year", 1),
    )
    error = _error("timeline")
    assert error.problems[0].column == "date"
    assert "precision" in str(error)


def test_data_dir_env_points_every_loader_elsewhere(data_copy):
    assert load.data_dir() == data_copy.resolve()
    _rewrite(data_copy, "tourism", lambda t: t.replace(",12054,", ",12055,", 1))
    assert 12055 in set(load.tourism()["visitors"])


def test_an_edited_file_is_read_again_without_a_restart(data_copy):
    assert 12054 in set(load.tourism()["visitors"])
    path = data_copy / "tourism.csv"
    _rewrite(data_copy, "tourism", lambda t: t.replace(",12054,", ",12056,", 1))
    stat = path.stat()
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000))
    assert 12056 in set(load.tourism()["visitors"])


def test_writing_to_a_loaded_frame_never_changes_the_next_load():
    first = load.tourism()
    first.loc[first.index[0], "visitors"] = -1
    first["extra"] = 1
    again = load.tourism()
    assert -1 not in set(again["visitors"]) and "extra" not in again.columns


# --- `python -m relations check [FOLDER]`: the same rules as a command ----------------------

ROOT = Path(__file__).resolve().parent.parent


def _check(*arguments: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "relations", "check", *arguments],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_check_passes_the_shipped_data():
    result = _check()
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.startswith("All 12 files in ")
    assert "trade.csv" in result.stdout and "eras.csv" in result.stdout


def test_check_prints_every_problem_of_a_broken_copy_on_its_own_line(data_copy):
    _rewrite(data_copy, "trade", lambda t: t.replace(",148.816,", ",lots,", 1))
    _rewrite(data_copy, "tourism", lambda t: t.replace("laotiantimes-2022-02-24", "nowhere-1", 1))
    line = next(
        i for i, text in enumerate(_first_data_line("trade", data_copy)) if ",lots," in text
    )
    result = _check(str(data_copy))
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    assert (
        f"trade.csv, column 'value_usd_m', row {line}: expected a number (use . as the decimal "
        "point, no thousands separators); found 'lots'"
    ) in lines
    assert any(
        text.startswith("tourism.csv, column 'source_id', row ")
        and "sources.csv" in text
        and "'nowhere-1'" in text
        for text in lines
    )
    assert lines[-1].startswith("2 problems in 2 of 12 files (tourism.csv, trade.csv).")


def test_check_checks_references_only_against_files_that_pass(data_copy, capsys):
    (data_copy / "timeline.csv").write_text("", encoding="utf-8")
    assert command.main(["check", str(data_copy)]) == 1
    out = capsys.readouterr().out
    assert out.startswith("timeline.csv: expected a header row and data; the file is empty.")
    assert "eras.csv" not in out  # eras cites timeline: its references wait, eras is not blamed


def test_check_of_a_missing_folder_says_so_and_exits_2(tmp_path, capsys):
    assert command.main(["check", str(tmp_path / "nowhere")]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert f"No folder at {tmp_path / 'nowhere'}" in captured.err
