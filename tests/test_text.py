"""Text stays text: escaping and formula-safe CSV."""

import pandas as pd

from relations import text


def test_escape_markdown_neutralises_every_syntax_character():
    hostile = (
        "*b* _i_ [x](javascript:alert(1)) ![](http://127.0.0.1:9/x.png) :red[hi] $$x$$ <img src=x>"
    )
    escaped = text.escape_markdown(hostile).replace(":gray[]", "")
    for token in ["*", "_", "[", "]", "(", ")", "!", ":", "$", "<", ">"]:
        assert token not in escaped.replace("\\" + token, "")


def test_formula_cells_are_prefixed_and_others_untouched():
    assert text.neutralise_formula("=1+1") == "'=1+1"
    assert text.neutralise_formula("@SUM(A1)") == "'@SUM(A1)"
    assert text.neutralise_formula("-3") == "'-3"
    assert text.neutralise_formula("Laos") == "Laos"


def test_formula_safe_csv_text_leaves_a_safe_file_byte_identical():
    original = 'a,b\n1,"x, y"\n2,"say ""hi"""\n'
    assert text.formula_safe_csv_text(original) == original
    assert text.formula_safe_csv_text("a\n=cmd\n") == "a\n'=cmd\n"


def test_formula_safe_csv_of_a_frame_writes_dates_as_iso():
    frame = pd.DataFrame({"when": pd.to_datetime(["2023-01-01"]), "what": ["+cmd"]})
    assert text.formula_safe_csv(frame).decode() == "when,what\n2023-01-01,'+cmd\n"


def test_safe_file_name():
    assert text.safe_file_name("../../etc/passwd") == "etc-passwd"
    assert text.safe_file_name("trade 2019.csv") == "trade-2019.csv"


def test_escape_markdown_breaks_links_and_shortcodes_made_after_parsing():
    escaped = text.escape_markdown("http://x.org www.y.org a@b.co :smile:")
    assert "http\\:" not in escaped and "www\\." not in escaped and "a@" not in escaped
    assert escaped.replace(":gray[]", "") == r"http\://x\.org www\.y\.org a@b\.co \:smile\:"
