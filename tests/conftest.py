"""Shared fixtures: a clean Streamlit cache per test, and a scratch copy of the shipped data."""

import shutil
from pathlib import Path

import pytest
import streamlit as st

from relations.data import load


@pytest.fixture(autouse=True)
def fresh_cache():
    # Streamlit's caches outlive AppTest instances and tests in one process: start each clean.
    st.cache_data.clear()
    st.cache_resource.clear()
    yield
    st.cache_data.clear()
    st.cache_resource.clear()


@pytest.fixture
def data_copy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A writable copy of data/ that every loader reads through RELATIONS_DATA_DIR."""
    folder = tmp_path / "data"
    shutil.copytree(load.PACKAGE_DATA_DIR, folder)
    monkeypatch.setenv(load.DATA_DIR_ENV, str(folder))
    return folder
