"""Sources & data in words, and the catalog's pure helpers behind the page."""

import pandas as pd

from relations import catalog, sources_words


def test_sources_heading_counts_with_a_thousands_separator():
    assert sources_words.sources_heading(146) == "146 sources"
    assert sources_words.sources_heading(1200) == "1,200 sources"


def test_download_labels_follow_the_titles_order_and_skip_what_did_not_load():
    frames = {
        "sources": pd.DataFrame({"source_id": ["a"]}),
        "trade": pd.DataFrame({"year": range(1234)}),
    }
    assert sources_words.download_labels(frames) == {
        "trade": "Trade flows (1,234 rows)",
        "sources": "Sources (1 rows)",
    }


def test_citations_count_rows_citing_each_source_and_not_the_sources_file_itself():
    sources = pd.DataFrame({"source_id": ["a", "b", "c"], "title": ["A", "B", "C"]})
    trade = pd.DataFrame({"source_id": ["b", "b", "a"]})
    quotes = pd.DataFrame({"source_id": ["b"]})
    cited = catalog.citations(sources, {"sources": sources, "trade": trade, "quotes": quotes})
    assert list(cited["source_id"]) == ["b", "a", "c"]
    assert list(cited["rows_total"]) == [3, 1, 0]
    assert list(cited["rows_trade"]) == [2, 1, 0]
    assert "rows_sources" not in cited.columns


def test_documentation_splits_off_the_known_gaps():
    markdown = "# Data\n\nintro\n\n## trade.csv\n\ncolumns\n\n## Known gaps\n\n- no 1995\n"
    gaps, dictionary = catalog.documentation(markdown)
    assert gaps == "- no 1995"
    assert dictionary == {"trade.csv": "columns"}
    assert catalog.documentation("# nothing\n") == ("", {})
