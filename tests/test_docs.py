"""Docs stay honest: data/README.md documents every declared column, the README's commands exist."""

import re
from pathlib import Path

import pytest

from relations.data import schemas, vocab

ROOT = Path(__file__).resolve().parent.parent


def _documented_columns(file: str) -> list[str]:
    text = (ROOT / "data" / "README.md").read_text(encoding="utf-8")
    section = re.search(rf"^## {re.escape(file)}\n(.*?)(?=^## |\Z)", text, re.S | re.M)
    assert section, f"data/README.md has no section '## {file}'"
    return re.findall(r"^\| `([a-z_0-9]+)` \|", section.group(1), re.M)


@pytest.mark.parametrize("name", list(schemas.DATASETS))
def test_data_readme_documents_every_declared_column(name):
    dataset = schemas.DATASETS[name]
    assert _documented_columns(dataset.file) == list(schemas.columns_of(dataset.model))


@pytest.mark.parametrize("vocabulary", [vocab.CATEGORIES, vocab.TOPICS, vocab.TRADE_STATUSES])
def test_data_readme_lists_every_allowed_value(vocabulary):
    text = (ROOT / "data" / "README.md").read_text(encoding="utf-8")
    assert [word for word in vocabulary if f"`{word}`" not in text] == []


def test_readme_shows_the_two_commands():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "pip install -r requirements.txt && streamlit run app.py" in readme
    assert "pip install -r requirements-dev.txt && pytest" in readme


def test_ci_runs_the_readme_test_command_with_browsers_installed():
    script = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "requirements-dev.txt" in script and "pytest" in script and "chromium" in script


# README.md and .ci/run belong to the lead: these pass once the merge adds the lines.
def test_readme_asks_contributors_to_run_the_data_check():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "python -m relations check" in readme


def test_ci_runs_the_data_check():
    script = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "python -m relations check" in script


def test_citation_file_is_cff_1_2_0_with_the_code_licence():
    cff = (ROOT / "CITATION.cff").read_text(encoding="utf-8")
    # The keys CFF 1.2.0 requires, each at the start of a line (top level).
    for key in ("cff-version: 1.2.0", "message:", "title:", "authors:"):
        assert re.search(rf"^{re.escape(key)}", cff, re.M), key
    assert re.search(r"^authors:\n  - name: \S", cff, re.M)
    assert (ROOT / "LICENSE").read_text(encoding="utf-8").startswith("MIT License")
    assert re.search(r"^license: MIT$", cff, re.M)


def test_readme_states_the_terms_and_an_embed_snippet():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    terms = readme.split("## Terms of reuse", 1)[1].split("\n## ", 1)[0]
    assert "MIT" in terms and "CC BY 4.0" in terms and "remain" in terms
    assert re.search(r'<iframe src="https://[^"]+\?[^"]*embed=true"', readme)
