"""Timeline domain and words: filters, eras, dates by precision, the chosen event, details,
quotes and the list by decade."""

import pandas as pd
import pytest

import ui
from relations import timeline, timeline_words
from relations.data import errors, load

T = pd.Timestamp


def events_frame(*rows: dict) -> pd.DataFrame:
    """Timeline rows with every column; each row gives only what its test is about."""
    defaults = {
        "end_date": pd.NaT,
        "end_precision": None,
        "date_precision": "day",
        "description": "A neutral sentence.",
        "category": "diplomacy",
        "asean": False,
        "milestone": False,
        "topics": None,
        "source_id": "src",
        "source_excerpt": "The words.",
        "date_note": None,
    }
    frame = pd.DataFrame([{**defaults, **row} for row in rows])
    frame["date"] = pd.to_datetime(frame["date"])
    frame["end_date"] = pd.to_datetime(frame["end_date"])
    return frame


EVENTS = events_frame(
    {"event_id": "1960-ties", "date": "1960-10-07", "title": "Ties established"},
    {
        "event_id": "1978-hospital",
        "date": "1978-01-01",
        "date_precision": "year",
        "title": "Hospital (Vientiane)",
        "category": "humanitarian",
    },
    {
        "event_id": "2008-debt",
        "date": "2008-12-01",
        "date_precision": "month",
        "title": "Debt agreement ratified",
        "category": "economy",
    },
    {
        "event_id": "2018-demining",
        "date": "2018-10-01",
        "date_precision": "month",
        "end_date": "2019-03-01",
        "end_precision": "month",
        "title": "Demining mission",
        "description": "Sappers trained in LAOS.",
        "category": "humanitarian",
    },
    {
        "event_id": "2018-asean",
        "date": "2018-11-01",
        "date_precision": "month",
        "title": "ASEAN partnership",
        "asean": True,
    },
)


def ids(frame: pd.DataFrame) -> list[str]:
    return frame["event_id"].tolist()


def dated(events: pd.DataFrame = EVENTS) -> pd.DataFrame:
    """The events as the page filters them: through the per-file derivation."""
    return timeline.dated(events, ERAS, QUOTES).events


def test_no_category_chosen_means_every_category():
    assert ids(timeline.filter_events(dated())) == ids(EVENTS)
    assert ids(timeline.filter_events(dated(), categories=["humanitarian"])) == [
        "1978-hospital",
        "2018-demining",
    ]


def test_year_range_keeps_an_event_that_overlaps_it():
    assert ids(timeline.filter_events(dated(), years=(2019, 2025))) == ["2018-demining"]
    assert ids(timeline.filter_events(dated(), years=(2020, 2025))) == []


def test_year_precision_event_counts_for_its_year_only():
    assert ids(timeline.filter_events(dated(), years=(1978, 1978))) == ["1978-hospital"]
    assert ids(timeline.filter_events(dated(), years=(1979, 1990))) == []


def test_search_is_case_insensitive_and_in_descriptions():
    assert ids(timeline.filter_events(dated(), search="laos")) == ["2018-demining"]
    assert ids(timeline.filter_events(dated(), search="  DEBT ")) == ["2008-debt"]


def test_search_is_literal_not_a_pattern():
    assert ids(timeline.filter_events(dated(), search="(vientiane)")) == ["1978-hospital"]
    assert ids(timeline.filter_events(dated(), search="D.bt")) == []


def test_asean_include_exclude_only():
    assert len(timeline.filter_events(dated(), asean="include")) == 5
    assert "2018-asean" not in ids(timeline.filter_events(dated(), asean="exclude"))
    assert ids(timeline.filter_events(dated(), asean="only")) == ["2018-asean"]


def test_count_label():
    shown = timeline.filter_events(dated(), asean="only")
    assert timeline_words.count(shown, EVENTS) == "**1 of 5 events**"


def test_loosen_hint_names_the_filter_that_would_show_events():
    counts = timeline.loosened(dated(), categories=["economy"], search="demining")
    assert counts == {"categories": 1, "search": 1}
    hint = timeline_words.loosen_hint(counts, search="demining")
    assert hint == (
        "No event matches these filters. To see some, clear the categories (1 event), "
        "or clear the search “demining” (1 event)."
    )


def test_loosen_hint_when_one_filter_is_not_enough():
    counts = timeline.loosened(dated(), categories=["economy"], years=(1960, 1970), asean="only")
    assert counts == {"categories": 0, "years": 0, "asean": 0}
    assert "reset several" in timeline_words.loosen_hint(counts)


def test_loosen_hint_with_no_filter_in_use_says_the_timeline_is_empty():
    assert timeline.loosened(dated(), years=(1960, 2019)) == {}
    assert timeline_words.loosen_hint({}) == "The timeline holds no events."


def test_year_span_counts_end_dates():
    spanning = events_frame(
        {
            "event_id": "a",
            "date": "2021-11-01",
            "date_precision": "month",
            "end_date": "2023-03-01",
            "end_precision": "month",
            "title": "A",
        }
    )
    assert timeline.year_span(spanning) == (2021, 2023)


def test_dates_are_written_by_precision_never_as_iso():
    when = dated().set_index("event_id")["when"]
    assert when["1960-ties"] == "7 October 1960"
    assert when["1978-hospital"] == "1978"
    assert when["2008-debt"] == "December 2008"
    assert when["2018-demining"] == "October 2018 – March 2019"
    assert not when.str.contains(r"\d{4}-\d{2}-\d{2}").any()


ERAS = pd.DataFrame(
    {
        "era_id": ["late", "early"],
        "title": ["Later era", "Early era"],
        "start_event_id": ["2008-debt", "1960-ties"],
        "end_event_id": [None, "2008-debt"],
        "description": ["d", "d"],
        "source_id": ["src", "src"],
    }
)


def test_era_dates_come_from_their_boundary_events():
    spans = timeline.era_spans(ERAS, EVENTS)
    assert spans["title"].tolist() == ["Early era", "Later era"]
    assert spans["start"].tolist() == [T("1960-10-07"), T("2008-12-01")]
    assert spans["end"].iloc[0] == T("2008-12-01") and pd.isna(spans["end"].iloc[1])
    assert spans["period"].tolist() == ["1960–2008", "2008 onward"]


def test_an_era_boundary_event_belongs_to_the_era_it_opens():
    spans = timeline.era_spans(ERAS, EVENTS)
    assert timeline.era_of(T("2008-11-30"), spans) == "Early era"
    assert timeline.era_of(T("2008-12-01"), spans) == "Later era"
    assert timeline.era_of(T("2030-01-01"), spans) == "Later era"
    assert timeline.era_of(T("1950-01-01"), spans) is None


def test_era_bands_are_cut_to_the_window_and_the_open_era_runs_to_its_end():
    bands = timeline.era_bands(timeline.era_spans(ERAS, EVENTS), years=(2000, 2019))
    assert bands["title"].tolist() == ["Early era", "Later era"]
    assert bands["start"].tolist() == [T("2000-01-01"), T("2008-12-01")]
    assert bands["end"].tolist() == [T("2008-12-01"), T("2020-01-01")]
    only_late = timeline.era_bands(timeline.era_spans(ERAS, EVENTS), years=(2010, 2012))
    assert only_late["title"].tolist() == ["Later era"]


def test_month_and_year_events_span_their_month_and_year_on_the_chart():
    marks = timeline.chart_events(dated()).set_index("event_id")
    assert (marks.loc["2008-debt", "start"], marks.loc["2008-debt", "end"]) == (
        T("2008-12-01"),
        T("2009-01-01"),
    )
    assert marks.loc["2008-debt", "anchor"] == T("2008-12-16 12:00")
    assert marks.loc["1978-hospital", "end"] == T("1979-01-01")
    assert marks.loc["2018-demining", "end"] == T("2019-04-01")
    assert marks.loc["1960-ties", "anchor"] == T("1960-10-07")
    assert marks["spans"].to_dict() == {
        "1960-ties": False,
        "1978-hospital": True,
        "2008-debt": True,
        "2018-demining": True,
        "2018-asean": True,
    }
    assert marks.loc["1978-hospital", "precision"] == "the year"


def test_chart_events_of_nothing_is_an_empty_frame_with_the_columns():
    marks = timeline.chart_events(dated().iloc[0:0])
    assert marks.empty and {"label", "anchor", "spans"} <= set(marks.columns)


def test_summary_counts_events_names_the_biggest_category_and_the_eras():
    bands = timeline.era_bands(timeline.era_spans(ERAS, EVENTS), years=(1960, 2019))
    assert timeline_words.summary(dated(), bands) == (
        "5 events from 1960 to 2019 in 3 categories; diplomacy and humanitarian have the most "
        "(2 each). Shaded bands, the eras: Early era (1960–2008); Later era (2008 onward)."
    )
    assert (
        timeline_words.summary(dated().iloc[0:0], bands.iloc[0:0])
        == "No event matches the filters."
    )
    one = timeline.era_bands(timeline.era_spans(ERAS, EVENTS), years=(2010, 2012))
    assert timeline_words.summary(dated().iloc[2:3], one) == (
        "1 event from 2008 to 2008 in 1 category. Shaded band, the eras: Later era (2008 onward)."
    )


def test_a_click_wins_then_clicking_away_closes_then_the_permalink_counts():
    known = {"a", "b"}
    assert ui.chosen_item(known, clicked="b", clicked_before=None, linked="a") == "b"
    assert ui.chosen_item(known, clicked=None, clicked_before="b", linked="b") is None
    assert ui.chosen_item(known, clicked=None, clicked_before=None, linked="a") == "a"


def test_an_unknown_permalink_is_ignored():
    assert ui.chosen_item({"a"}, clicked=None, clicked_before=None, linked="x") is None
    assert ui.chosen_item({"a"}, clicked=None, clicked_before=None, linked=None) is None


def test_clicked_event_reads_streamlits_selection_state():
    def clicked(selection):
        return ui.clicked_value(selection, param="event", field="event_id")

    assert clicked({"event": [{"event_id": "a"}]}) == "a"
    assert clicked({"event": []}) is None
    assert clicked({}) is None
    assert clicked({"event": [{"event_id": 3}]}) is None


def test_the_permalinked_event_is_preselected_until_a_click_and_only_if_shown():
    shown = set(ids(EVENTS.iloc[:2]))
    assert ui.preselected_item("1960-ties", shown=shown, clicked_before=None) == "1960-ties"
    assert ui.preselected_item("1960-ties", shown=shown, clicked_before="x") is None
    assert ui.preselected_item("2008-debt", shown=shown, clicked_before=None) is None


QUOTES = pd.DataFrame(
    {
        "quote_id": ["same-day", "other-day", "month-only", "in-span", "after-span"],
        "source_id": ["q"] * 5,
        "sequence": [1, 2, 3, 4, 5],
        "date": pd.to_datetime(
            ["1960-10-07", "1960-10-08", "1960-10-01", "2019-03-31", "2019-04-01"]
        ),
        "date_precision": ["day", "day", "month", "day", "day"],
        "date_latest": pd.NaT,
        "speaker": ["S"] * 5,
        "speaker_role": ["Minister"] * 5,
        "is_translation": [False, False, False, True, False],
        "text": ["*Friends* [forever] <b> $5 :red[x]", "b", "c", "d", "e"],
    }
)


def test_related_quotes_are_the_same_day_or_within_the_span():
    built = timeline.dated(EVENTS, ERAS, QUOTES)
    assert timeline.related_quotes(built, "1960-ties")["quote_id"].tolist() == ["same-day"]
    assert timeline.related_quotes(built, "2018-demining")["quote_id"].tolist() == ["in-span"]
    assert timeline.related_quotes(built, "2008-debt").empty
    assert built.links["event_id"].tolist() == ["1960-ties", "2018-demining"]


def test_quotes_are_shown_verbatim_escaped_with_speaker_and_date():
    shown = timeline_words.quotes(QUOTES.iloc[[0, 3]])
    assert r"“\*Friends\* \[forever\] \<b\> \$5 :gray[]\::gray[]red\[x\]”" in shown
    assert "**S** (Minister, 7 October 1960)" in shown
    assert "(Minister, 31 March 2019, translated)" in shown


def test_detail_escapes_data_text_and_links_the_source():
    event = events_frame(
        {
            "event_id": "2019-x",
            "date": "2019-12-10",
            "end_date": "2019-12-19",
            "end_precision": "day",
            "title": "X",
            "description": "A *bold* [claim](http://evil) <i>",
            "source_id": "s1",
            "source_excerpt": "Words: $1 _x_",
            "date_note": "from the title",
            "asean": True,
        }
    )
    event = timeline.dated(pd.concat([EVENTS, event]), ERAS, QUOTES).events.iloc[-1]
    sources = pd.DataFrame(
        {
            "source_id": ["s1"],
            "title": ["Title [1]"],
            "publisher": ["TASS"],
            "url": ["https://t.co/a_(b)"],
        }
    )
    text = timeline_words.detail(event, sources=sources)
    assert (
        "**10–19 December 2019** · diplomacy · era:gray[]\\::gray[] Later era · ASEAN\\-level event"
        in text
    )
    assert r"A \*bold\* \[claim\]\(http:gray[]\::gray[]//evil\) \<i\>" in text
    assert "[Title \\[1\\]](https://t.co/a_%28b%29), TASS" in text
    assert "> Words:gray[]\\::gray[] \\$1 \\_x\\_" in text
    assert "How the date is known:gray[]\\::gray[] from the title" in text
    assert "(?event=2019-x)" in text


def test_detail_says_when_the_event_opens_an_era_or_is_hidden_by_filters():
    sources = pd.DataFrame({"source_id": [], "title": [], "publisher": [], "url": []})
    event = dated().iloc[2]
    text = timeline_words.detail(event, sources=sources, shown=dated().iloc[:1])
    assert "opens the era “Later era”" in text
    assert text.startswith("*The current filters hide this event on the chart.*")


def test_by_decade_groups_in_order_and_says_which_decades_are_empty():
    sources = pd.DataFrame(
        {
            "source_id": ["src"],
            "title": ["Ministry of Foreign Affairs *page*"],
            "publisher": ["MFA"],
            "url": ["https://mfa.example/"],
        }
    )
    sections = timeline_words.decades(dated().iloc[[0, 2]], events=dated(), sources=sources)
    assert [decade for decade, _ in sections] == [
        "1960s",
        "1970s",
        "1980s",
        "1990s",
        "2000s",
    ]
    body = dict(sections)
    assert body["1960s"].startswith("- **7 October 1960**, diplomacy: Ties established.")
    assert "**December 2008**" in body["2000s"]
    assert "Source: Ministry of Foreign Affairs \\*page\\*." in body["1960s"]
    assert body["1970s"] == "No event in the 1970s matches the filters."
    assert body["1980s"] == "No event recorded in the 1980s."
    assert timeline_words.decades(dated().iloc[0:0], events=dated(), sources=sources) == []


def test_shipped_eras_follow_one_another_through_dated_events():
    events = load.timeline()
    spans = timeline.era_spans(load.eras(), events)
    assert spans["end_event_id"].iloc[:-1].tolist() == spans["start_event_id"].iloc[1:].tolist()
    assert pd.isna(spans["end_event_id"].iloc[-1])
    assert spans["start"].is_monotonic_increasing
    assert spans["period"].tolist() == ["1960–1975", "1975–1991", "1991–2011", "2011 onward"]


def test_an_era_naming_an_unknown_event_is_reported_with_file_column_and_row(data_copy):
    path = data_copy / "eras.csv"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace(",1975-lao-pdr-proclaimed,1991", ",1975-no-such-event,1991"))
    with pytest.raises(errors.DataError) as error:
        load.eras()
    message = str(error.value)
    assert "eras.csv, column 'start_event_id', row 2" in message
    assert "1975-no-such-event" in message


def test_source_links_are_http_only_and_cannot_end_early():
    assert (
        timeline_words._link("VOA", "https://voanews.com/a(1)")
        == "[VOA](https://voanews.com/a%281%29)"
    )
    assert timeline_words._link("x", "javascript:alert(1)") == "x"
    assert timeline_words._link("No link", None) == "No link"


def test_dated_places_each_event_in_its_era_and_its_decade():
    events = dated().set_index("event_id")
    assert events["era"].fillna("none").to_dict() == {
        "1960-ties": "Early era",
        "1978-hospital": "Early era",
        "2008-debt": "Later era",
        "2018-demining": "Later era",
        "2018-asean": "Later era",
    }
    assert events["opens_era"].fillna("none").to_dict() == {
        "1960-ties": "Early era",
        "1978-hospital": "none",
        "2008-debt": "Later era",
        "2018-demining": "none",
        "2018-asean": "none",
    }
    assert events["decade"].tolist() == [1960, 1970, 2000, 2010, 2010]
    assert events["last_year"].tolist() == [1960, 1978, 2008, 2019, 2018]
    assert events.loc["2018-demining", "last"] == T("2019-04-01")
    assert events.loc["1960-ties", "label"] == "Ties established, 7 October 1960, diplomacy"
    assert events.loc["2018-asean", "asean_shown"] == "yes"


def test_dated_sorts_by_date_and_the_download_keeps_only_the_files_columns():
    shuffled = EVENTS.iloc[[3, 0, 4, 2, 1]]
    built = timeline.dated(shuffled, ERAS, QUOTES)
    assert ids(built.events) == ids(EVENTS)
    assert timeline.as_read(built.events).columns.tolist() == EVENTS.columns.tolist()


def test_an_event_before_the_first_era_says_so_on_the_chart():
    early = events_frame({"event_id": "1955-x", "date": "1955-05-05", "title": "Early"})
    built = timeline.dated(pd.concat([EVENTS, early]), ERAS, QUOTES)
    marks = timeline.chart_events(built.events).set_index("event_id")
    assert marks.loc["1955-x", "era"] == "before the first era"
    assert ids(built.events)[0] == "1955-x"


def test_the_timeline_derivation_is_registered_with_the_files_it_reads():
    build, inputs = load.DERIVED["timeline_dated"]
    assert build is timeline.dated and inputs == ("timeline", "eras", "quotes")
    assert len(load.derived("timeline_dated").events) == len(load.timeline())


def test_quotes_heading_says_why_a_list_is_empty_or_what_it_holds():
    by_id = dated().set_index("event_id", drop=False)
    none = QUOTES.iloc[0:0]
    assert (
        timeline_words.quotes_heading(by_id.loc["2008-debt"], none)
        == "Quotes are matched by day; this event is known only to its month or year."
    )
    assert (
        timeline_words.quotes_heading(by_id.loc["1960-ties"], none)
        == "No quote in the collection is dated on the same day."
    )
    assert (
        timeline_words.quotes_heading(by_id.loc["1960-ties"], QUOTES.iloc[:2])
        == "2 quotes dated on the same day"
    )
    assert (
        timeline_words.quotes_heading(by_id.loc["2018-demining"], QUOTES.iloc[:1])
        == "1 quote dated during the event"
    )
    assert timeline_words.quotes(none) == "None."


def test_download_label_counts_the_events():
    assert timeline_words.download(dated()) == "Download these 5 events (CSV)"
    assert timeline_words.download(dated().iloc[:1]) == "Download this 1 event (CSV)"
