"""Sources & data: every source with its citations, every file to download, the dictionary."""

import functools

import streamlit as st

import ui
from relations import catalog, text
from relations.data import load, schemas

st.title("Sources & data")
st.caption("Where every number comes from, the files themselves, and what is missing.")

frames = ui.load_each(list(schemas.DATASETS))
docs = catalog.sections(load.documentation())

if "sources" in frames:
    cited = catalog.citations(
        frames["sources"], {n: f for n, f in frames.items() if n != "sources"}
    )
    st.subheader(f"{len(cited)} sources")
    st.dataframe(
        cited,
        hide_index=True,
        column_config={
            "url": st.column_config.LinkColumn("Link", display_text="open"),
            "rows_total": st.column_config.NumberColumn("Rows citing it"),
        },
        column_order=[
            "rows_total",
            "title",
            "publisher",
            "kind",
            "published",
            "url",
            "caution",
            "source_id",
        ],
        key="sources_table",
    )

st.subheader("Download the data")
st.caption(
    "CSV, UTF-8. A cell that starts with = + - or @ is prefixed with ' so a spreadsheet shows it as text."
)
for column, (name, title) in zip(
    st.columns(3) * len(catalog.DATASET_TITLES), catalog.DATASET_TITLES.items(), strict=False
):
    if name in frames:
        column.download_button(
            f"{title} ({len(frames[name]):,} rows)",
            data=functools.partial(text.formula_safe_csv_text, load.raw_text(name)),
            file_name=schemas.DATASETS[name].file,
            mime="text/csv",
            key=f"sources_download_{name}",
            on_click="ignore",
            icon=":material/download:",
        )

st.subheader("Known gaps")
st.markdown(text.escape_dollars(docs.get("Known gaps", "")))

st.subheader("Data dictionary")
for section, body in docs.items():
    if section != "Known gaps":
        with st.expander(section):
            st.markdown(text.escape_dollars(body))
