"""Sources & data: every source with its citations, every file to download, the dictionary."""

import streamlit as st

import ui
from relations import catalog, cite_words, disputes
from relations import sources_words as words
from relations.data import load, schemas

st.title(words.TITLE)
st.caption(words.INTRO)

frames = ui.load_each(list(schemas.DATASETS))
gaps, dictionary = catalog.documentation(load.documentation())

if "sources" in frames:
    cited = catalog.citations(frames["sources"], frames)
    st.subheader(words.sources_heading(len(cited)))
    ui.linked_table(cited, words.SOURCE_COLUMNS, links={"url": words.LINK}, key="sources_table")

if "conflicts" in frames and "sources" in frames:
    st.subheader(words.CONFLICTS)
    st.caption(words.CONFLICTS_NOTE)
    ui.bullets(words.conflict_lines(disputes.table(frames["conflicts"], frames["sources"])))

st.subheader(words.DOWNLOADS)
st.caption(words.DOWNLOADS_NOTE)
ui.downloads(words.download_labels(frames), key="sources_download")

st.subheader(cite_words.VERSION_HEADING)
version = cite_words.version_sentence(load.data_version(), files=len(schemas.DATASETS))
ui.bullets([version, cite_words.terms()])

st.subheader(words.GAPS)
ui.document(gaps)

st.subheader(words.DICTIONARY)
ui.expanders(dictionary)
