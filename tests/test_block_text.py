"""Block syntax in data text stays text: what a reader sees of escaped text, through a
CommonMark + GFM-table parser (markdown-it-py), as Streamlit's markdown would draw it.

Indentation (four spaces, a tab, after a blank line), fences, quotes, headings, lists, tables,
rules and math: none may become a block, and no escape backslash may show.
"""

from __future__ import annotations

import html
import re

import pytest
from markdown_it import MarkdownIt

from relations import quote_cards, text

PARSER = MarkdownIt("commonmark").enable("table").enable("strikethrough")
BLOCKS = re.compile(r"<(pre|code|blockquote|h[1-6]|ol|ul|li|table|hr)\b")
CASES = {
    "blank line then four spaces": "It was said:\n\n    a code block?",
    "starts with four spaces": "    starts indented",
    "starts with a tab": "\tstarts with a tab",
    "a tab after a blank line": "first\n\n\tthen a tab",
    "a line of spaces then indented": "line\n   \n    indented",
    "backtick fence": "```\nfenced\n```",
    "tilde fence": "~~~python\nfenced\n~~~",
    "quote": "> quoted",
    "heading": "# heading",
    "setext heading": "title\n===",
    "numbered list": "1. one\n2. two",
    "numbered with a parenthesis": "1) one",
    "dash list": "- item",
    "star list": "* item",
    "plus list": "+ item",
    "table": "| a | b |\n|---|---|\n| 1 | 2 |",
    "rule": "---",
    "math": "$$x^2$$ and $y$",
    "windows line ends": "first\r\n\r\n    second",
    "html block": "<div>\n\n    x\n</div>",
}


def seen(markdown: str) -> str:
    """The text a reader sees of rendered markdown: tags dropped, whitespace as a browser
    collapses it (a line break as a space), the empty :gray[] spans (text.escape_markdown) dropped as Streamlit does."""
    rendered = PARSER.render(markdown).replace(":gray[]", "")
    lines = re.sub(r"<br />|</p>", " ", rendered)
    return " ".join(html.unescape(re.sub(r"<[^>]+>", "", lines)).split())


def _plain(value: str) -> str:
    return " ".join(value.split())


@pytest.mark.parametrize("value", CASES.values(), ids=CASES.keys())
def test_block_syntax_in_data_text_stays_one_paragraph_of_text(value):
    rendered = PARSER.render(text.escape_markdown(value))
    assert not BLOCKS.search(rendered), rendered
    assert seen(text.escape_markdown(value)) == _plain(value)
    assert "\\" not in seen(text.escape_markdown(value))


@pytest.mark.parametrize("value", CASES.values(), ids=CASES.keys())
def test_a_highlighted_quote_with_block_syntax_stays_text(value):
    word = (re.findall(r"[a-z]+", value) or value.split())[0]
    marked = quote_cards.highlight(value, word)
    rendered = PARSER.render(marked)
    assert not BLOCKS.search(rendered), rendered
    assert "<strong>" in rendered  # the match is highlighted
    shown = seen(quote_cards.highlight(value, word).replace(":orange[", "").replace("**]", "**"))
    assert shown == _plain(value)


def test_the_parser_would_make_blocks_of_the_raw_text():
    # Without escaping, these cases are blocks: the test above can fail.
    for value in (CASES["blank line then four spaces"], CASES["backtick fence"], CASES["table"]):
        assert BLOCKS.search(PARSER.render(value))
