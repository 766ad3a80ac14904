"""Sources & data: every source with its citations, every file to download, the dictionary."""

import streamlit as st

import ui
from relations import catalog, cite_words, disputes
from relations import sources_words as words
from relations.data import load, schemas
from relations.i18n import _

st.title(_(words.TITLE))
st.caption(_(words.INTRO))

frames = ui.load_each(list(schemas.DATASETS))
gaps, dictionary = catalog.documentation(load.documentation())

if "sources" in frames:
    cited = catalog.citations(frames["sources"], frames)
    st.subheader(words.sources_heading(len(cited)))
    ui.linked_table(cited, words.SOURCE_COLUMNS, links={"url": _(words.LINK)}, key="sources_table")

if "conflicts" in frames and "sources" in frames:
    st.subheader(_(words.CONFLICTS))
    st.caption(_(words.CONFLICTS_NOTE))
    ui.bullets(words.conflict_lines(disputes.table(frames["conflicts"], frames["sources"])))

st.subheader(_(words.DOWNLOADS))
st.caption(_(words.DOWNLOADS_NOTE))
ui.downloads(words.download_labels(frames), key="sources_download")

st.subheader(_(cite_words.VERSION_HEADING))
version = cite_words.version_sentence(load.data_version(), files=len(schemas.DATASETS))
ui.bullets([version, cite_words.terms()])

st.subheader(_(words.LANGUAGES))
ui.bullets([_(words.LANGUAGES_NOTE), _(words.CORRECTIONS)])

st.subheader(_(words.GAPS))
st.caption(_(words.IN_ENGLISH))
ui.document(gaps)

st.subheader(_(words.DICTIONARY))
ui.expanders(dictionary)
