"""Writes to the page: the Streamlit glue every page shares.

A data error shown in its place, a required choice bound to the URL, a chart drawn with its
Download & cite control, a quote's or event's Cite control, and text from the data written
exactly as it is (escaped here, once: pages and `relations/` pass plain
text and never escape). Besides `relations/data/load.py`, the only module that imports
Streamlit; pages call it instead of repeating these steps.
"""

from __future__ import annotations

import functools
import os
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import Any

import altair as alt
import pandas as pd
import streamlit as st
from streamlit.delta_generator import DeltaGenerator

from relations import app_words, broken_words, cite, cite_words, i18n
from relations import text as _text
from relations.charts import image, vega
from relations.data import load
from relations.data.errors import DataError
from relations.data.schemas import DATASETS
from relations.i18n import _


def show_data_error(
    error: DataError,
    *,
    where: DeltaGenerator | None = None,
    cost: Callable[[str], str] = broken_words.section,
) -> None:
    """The error of one file in its place: what it costs (`cost`, a sentence of
    broken_words naming the file), then every problem as written."""
    # Our words and our file names: nothing in them is markdown.
    (where or st).error(cost(error.file), icon=":material/error:")
    (where or st).code(str(error), language=None, wrap_lines=True)


@contextmanager
def data_or_stop() -> Iterator[None]:
    """Wrap the loads a page cannot show anything without: a DataError shows its message
    and stops this page only."""
    try:
        yield
    except DataError as error:
        show_data_error(error)
        st.stop()


def part(name: str, *, where: DeltaGenerator | None = None) -> Any:
    """The derivation `name` (load.DERIVED) for one section of a page, or None with the error
    of the file it needs shown in the section's place. The page draws the section only when
    it got a value, so the rest of the page does not depend on that file."""
    try:
        return load.derived(name)
    except DataError as error:
        show_data_error(error, where=where)
        return None


def dataset_or_empty(name: str, *, where: DeltaGenerator | None = None) -> pd.DataFrame:
    """A dataset a part of the page can do without: while it is broken, an empty frame with
    its columns, and its error shown here."""
    frame, error = load.dataset_or_empty(name)
    if error is not None:
        show_data_error(error, where=where, cost=broken_words.without)
    return frame


def part_errors(name: str, *, where: DeltaGenerator | None = None) -> None:
    """The errors of the files derivation `name` was built without (load.OPTIONAL), in the
    place of what they would have added."""
    for error in load.missing_inputs(name):
        show_data_error(error, where=where, cost=broken_words.without)


def load_each(names: Iterable[str]) -> dict[str, pd.DataFrame]:
    """Load several datasets; a broken one shows its error and is left out, the rest load (a
    file with only bad cells that can be left empty loads, and its error is shown)."""
    frames = {}
    for name in names:
        try:
            frames[name] = load.dataset(name)
        except DataError as error:
            show_data_error(error, cost=broken_words.file)
        else:
            if (error := load.problem(name)) is not None:
                show_data_error(error, cost=broken_words.kept)
    return frames


def _written_as(
    options: Sequence[Any], format_func: Callable[[Any], str], aliases: Mapping[str, str] | None
) -> dict[str, Any]:
    """Every way a URL may name an option: its label in each language, and `aliases` (a text's
    version in another language -> the option it is in this one)."""
    known: dict[str, Any] = {}
    for lang in i18n.LANGUAGES:
        with i18n.using(lang):
            known.update({format_func(option): option for option in options})
    for written, option in (aliases or {}).items():
        if option in options:
            known.setdefault(written, option)
    known.update({format_func(option): option for option in options})  # this language wins
    return known


def seed_from_url(
    key: str,
    options: Sequence[Any],
    *,
    format_func: Callable[[Any], str] = str,
    aliases: Mapping[str, str] | None = None,
    multi: bool = False,
) -> bool:
    """Give a URL-bound choice the option its URL names in any language; True when it did.

    Streamlit keeps a bound widget's label in the URL (`?trade_reporter=Laos`), and drops a
    value that is not one of this run's labels, so a link shared in English, or the page after
    the reader switches language, would lose the choice. Here a value that is an option's label
    in any language (or an alias) is put into the widget's state before it is drawn; Streamlit
    then writes its label in the reader's language into the URL."""
    asked = st.query_params.get_all(key)
    if not asked:
        return False
    labels = {format_func(option) for option in options}
    if all(value in labels for value in asked):
        return False  # already this language's labels: Streamlit seeds the widget itself
    known = _written_as(options, format_func, aliases)
    chosen = list(dict.fromkeys(known[value] for value in asked if value in known))
    if not chosen:
        return False
    st.session_state[key] = chosen if multi else chosen[0]
    return True


def multi_choice(
    label: str,
    options: Sequence[Any],
    *,
    key: str,
    format_func: Callable[[Any], str] = str,
    aliases: Mapping[str, str] | None = None,
    where: DeltaGenerator | None = None,
    pills: bool = False,
    default: Sequence[Any] | None = None,
    **kwargs: Any,
) -> list[Any]:
    """A multiselect (or multi-choice pills) bound to the URL as `key`, whose choices survive
    a change of language (`seed_from_url`)."""
    seeded = seed_from_url(key, options, format_func=format_func, aliases=aliases, multi=True)
    common = {"format_func": format_func, "key": key, "bind": "query-params", **kwargs}
    if not pills:
        common.setdefault("placeholder", _(app_words.CHOOSE))
    if default is not None:
        # A default beside a value set through st.session_state makes Streamlit log a warning.
        common["default"] = None if seeded else list(default)
    if pills:
        return (where or st).pills(label, options, selection_mode="multi", **common) or []
    return (where or st).multiselect(label, options, **common)


def required_choice(
    label: str,
    options: Sequence[str],
    *,
    default: str,
    key: str,
    where: DeltaGenerator | None = None,
    **kwargs: Any,
) -> str:
    """A required st.segmented_control bound to the URL (parameter `key`) that never gives None.

    Streamlit 1.67 registers every button group as clearable, so an empty `?key=` seeds even a
    required control with None: nothing selected, and a page that cannot show anything. Then
    the page reruns once with the default put back into the widget's state, so the reader sees
    the default selected, as for any other invalid value in the URL. `where`: the column or
    container to draw in (default: the page).
    """
    seeded = seed_from_url(key, options, format_func=kwargs.get("format_func", str))
    restored = not seeded and st.session_state.get(key, default) is None
    if restored:
        st.session_state[key] = default
    value = (where or st).segmented_control(
        label,
        options,
        # A default beside a value set through st.session_state makes Streamlit log a warning.
        default=None if restored or seeded else default,
        required=True,
        key=key,
        bind="query-params",
        **kwargs,
    )
    if value is None and not restored:
        st.rerun()
    return default if value is None else value


def year_range(
    label: str,
    span: tuple[int, int],
    *,
    key: str,
    where: DeltaGenerator | None = None,
    **kwargs: Any,
) -> tuple[int, int]:
    """A range slider over `span` bound to the URL (parameter `key`) whose ends follow `span`
    when it changes (another reporter's years): a range left at the whole old span becomes the
    whole new one, any other is kept inside the new ends."""
    offered, memory = tuple(span), f"{key}_span"
    chosen = st.session_state.get(key)
    before = st.session_state.get(memory)
    moved = chosen is not None and before is not None and tuple(before) != offered
    if moved:
        low, high = (max(chosen[0], span[0]), min(chosen[1], span[1]))
        whole = tuple(chosen) == tuple(before) or low > high
        st.session_state[key] = offered if whole else (low, high)
    st.session_state[memory] = offered
    # A default beside a value set through st.session_state makes Streamlit log a warning.
    value = None if moved else span
    return (where or st).slider(label, *span, value=value, key=key, bind="query-params", **kwargs)


def chart(
    chart: alt.TopLevelMixin,
    *,
    key: str,
    alt: str,
    where: DeltaGenerator | None = None,
    on_select: Any = "ignore",
    selection_mode: Any = None,
    view: Mapping[str, object] | None = None,
    rows: pd.DataFrame | None = None,
) -> Any:
    """Draw an Altair chart, as `st.altair_chart(chart, key=, on_select=, ...)` would, with its
    "Download & cite" control below it (`cite_control`).

    The chart goes to the browser as its Vega-Lite spec without Altair's schema validation,
    which costs 30 to 80 ms a chart on every rerun (relations/charts/vega.py says more; the
    test suite validates every builder's spec instead). Nothing is cached. `alt`: the text
    alternative for screen readers (and an exported image's subtitle where cite_words has
    none). `view`: what the reader chose that the chart shows (name -> value, e.g. reporter
    and years), for its title, subtitle and file names; `rows`: the rows the CSV export holds (default: the chart's largest
    dataset, `cite.principal_rows`). Returns the selection state when `on_select` is set.
    """
    spec = vega.spec(chart)
    picked = (where or st).vega_lite_chart(
        spec,
        key=key,
        alt=alt,
        on_select=on_select,
        selection_mode=selection_mode,
    )
    cite_control(spec, key=key, alt=alt, view=view or {}, rows=rows, where=where)
    return picked


# Citing and sharing: the view's address, the data's version, the chart control, the Cite
# control of a quote or an event. Exports are built only when their button is clicked.

PAGE_PATH = "_relations_page_path"  # session state: the URL path of the page being run
PUBLIC_URL_ENV = "RELATIONS_PUBLIC_URL"
LOCAL_URL = "http://localhost:8501"


def language_choice() -> str:
    """The language picker in the sidebar, under the navigation, bound to `?lang=` (kept from
    page to page, and left out of the URL for English); returns the code chosen."""
    return st.radio(
        app_words.LANGUAGE_LABEL,
        list(i18n.LANGUAGES),
        captions=list(i18n.LANGUAGES.values()),
        key="lang",
        bind="query-params",
        horizontal=True,
        help=app_words.LANGUAGE_HELP,
    )


def remember_page(url_path: str) -> None:
    """app.py tells which page runs, for permalinks where the browser gives no address."""
    st.session_state[PAGE_PATH] = url_path


def page_address() -> str:
    """This page's address as the reader's browser has it (`st.context.url`); where there is
    no browser, $RELATIONS_PUBLIC_URL (or the local server's address) and the page's path."""
    base = os.environ.get(PUBLIC_URL_ENV, "").strip().rstrip("/") or LOCAL_URL
    fallback = f"{base}/{st.session_state.get(PAGE_PATH, '')}"
    return cite.page_address(st.context.url, fallback=fallback)


def view_link() -> str:
    """The permalink of the view on screen: this page with the URL's parameters."""
    params = {name: st.query_params.get_all(name) for name in st.query_params}
    return cite.permalink(page_address(), params)


def side_panel(label: str) -> DeltaGenerator:
    """Where a page's secondary controls go: the sidebar; embedded (`?embed=true`, where the
    page has no sidebar), a closed expander under `label` on the page."""
    return st.expander(label) if st.context.is_embedded else st.sidebar


def full_view_link(title: str) -> None:
    """Under an embedded page: where it comes from, linking to the same view in full."""
    link = _text.safe_url(view_link())
    if link is None:
        return
    st.caption(
        _(cite_words.EMBED_FROM).format(
            dashboard=_text.escape_markdown(_(cite_words.DASHBOARD)),
            title=_text.escape_markdown(title),
            link=link,
        )
    )


def _citation_blocks(citation: cite_words.Citation, *, link_label: str) -> None:
    # st.code shows text as written (no markdown) and has a copy button.
    st.caption(_(cite_words.PLAIN_LABEL))
    st.code(citation.plain, language=None, wrap_lines=True)
    st.caption(_(cite_words.BIBTEX_LABEL))
    st.code(citation.bibtex, language=None)
    st.caption(link_label)
    st.code(citation.link, language=None, wrap_lines=True)


def _picture(spec: dict, render: Callable[[dict], bytes], **drawn: Any) -> bytes:
    return render(image.export_spec(spec, **drawn))


def cite_control(
    spec: dict,
    *,
    key: str,
    alt: str,
    view: Mapping[str, object],
    rows: pd.DataFrame | None = None,
    where: DeltaGenerator | None = None,
) -> None:
    """A "Download & cite" popover (keyed `<key>_cite`) for the chart drawn from `spec`: the
    chart as SVG and PNG with its title, subtitle, sources, data version and permalink
    drawn in; the rows drawn as CSV; a citation of the view; its link and an embed code.

    Its content is written only while it is open (opening it reruns the page): a closed
    control costs a rerun one button, and the files are built only when their button is
    clicked."""
    box = (where or st).popover(
        _(cite_words.CONTROL),
        icon=":material/ios_share:",
        help=_(cite_words.CONTROL_HELP),
        key=f"{key}_cite",
        on_change="rerun",
    )
    if not box.open:
        return
    version, link = load.data_version(), view_link()
    title = cite_words.figure_title(key, view)
    drawn = rows if rows is not None else cite.principal_rows(spec.get("datasets", {}))
    parts = [key.removesuffix("_chart"), *view.values()]
    named = functools.partial(cite.file_name, _(cite_words.FILE_PREFIX), parts, version)
    look = {
        "title": title,
        "subtitle": cite_words.figure_subtitle(key, view, alt=alt),
        "footer": cite_words.footer(drawn, version=version, link=link),
    }
    citation = cite_words.view_citation(
        title, key=parts, link=link, version=version, accessed=pd.Timestamp.today()
    )
    with box:
        files = st.columns(3)
        for place, (label, render, ext, mime) in enumerate(
            [
                (_(cite_words.SVG_LABEL), image.svg, "svg", "image/svg+xml"),
                (_(cite_words.PNG_LABEL), image.png, "png", "image/png"),
            ]
        ):
            files[place].download_button(
                label,
                data=functools.partial(_picture, spec, render, **look),
                file_name=named(ext=ext),
                mime=mime,
                key=f"{key}_{ext}",
                on_click="ignore",
                icon=":material/image:",
            )
        files[2].download_button(
            _(cite_words.CSV_LABEL).format(rows=len(drawn)),
            data=functools.partial(_text.formula_safe_csv, drawn),
            file_name=named(ext="csv"),
            mime="text/csv",
            key=f"{key}_csv",
            on_click="ignore",
            icon=":material/download:",
            disabled=drawn.empty,
        )
        st.markdown(f"**{_text.escape_markdown(_(cite_words.CITE_HEADING))}**")
        _citation_blocks(citation, link_label=_(cite_words.LINK_LABEL))
        st.caption(_(cite_words.EMBED_LABEL))
        st.code(cite_words.embed_snippet(link, title), language=None, wrap_lines=True)


CITED = {"quote": "cite_quotes", "event": "cite_events"}  # kind -> its load.derived bundle


def cite_item(kind: str, item_id: str, *, where: DeltaGenerator | None = None) -> None:
    """A "Cite" popover (keyed `cite_<kind>_<id>`) for a quote or an event (`kind` "quote" or
    "event"): the original source in plain text and BibTeX, and the dashboard's permalink
    (`?quote=<id>`, `?event=<id>`). Written only while open, like `cite_control`; an id the
    data does not hold gets no citation."""
    box = (where or st).popover(
        _(cite_words.CITE),
        icon=":material/format_quote:",
        key=f"cite_{kind}_{item_id}",
        on_change="rerun",
    )
    if not box.open:
        return
    try:
        items = load.derived(CITED[kind])
    except DataError:
        return  # the page shows the error where the data is needed
    if item_id not in items.index:
        return
    row = items.loc[item_id].to_dict()
    build = cite_words.quote_citation if kind == "quote" else cite_words.event_citation
    citation = build(
        row,
        cite.source_of(row),
        link=cite.permalink(page_address(), {kind: [item_id], **i18n.params()}),
        version=load.data_version(),
        accessed=pd.Timestamp.today(),
    )
    heading = (
        _(cite_words.CITE_QUOTE_HEADING) if kind == "quote" else _(cite_words.CITE_EVENT_HEADING)
    )
    with box:
        st.markdown(f"**{_text.escape_markdown(heading)}**")
        st.caption(_(cite_words.ORIGINAL_NOTE))
        _citation_blocks(citation, link_label=_(cite_words.ITEM_LINK_LABEL))


def caption(value: object, *, where: DeltaGenerator | None = None) -> None:
    """Small text under a chart or table, shown exactly as written."""
    (where or st).caption(_text.escape_markdown(value))


def bullets(items: Iterable[object], *, where: DeltaGenerator | None = None) -> None:
    """A bulleted list; each item shown exactly as written."""
    for item in items:
        (where or st).markdown("- " + _text.escape_markdown(item))


def metric(
    label: str,
    value: object,
    delta: object = None,
    *,
    help: str | None = None,
    where: DeltaGenerator | None = None,
) -> None:
    """A bordered key figure; its help text (a tooltip rendered as markdown) shown as written."""
    (where or st).metric(
        label,
        value,
        delta,
        border=True,
        help=_text.escape_markdown(help) if help else None,
    )


def markup(value: str, *, where: DeltaGenerator | None = None) -> None:
    """Markdown built in `relations/` whose data text is already escaped (a quote card with
    its search highlights). Never pass raw data text here: use `text`."""
    (where or st).markdown(value)


def table(
    frame: pd.DataFrame,
    columns: dict[str, str] | Any,
    *,
    key: str | None = None,
    where: DeltaGenerator | None = None,
) -> None:
    """A table of these columns, in this order, under these labels; no index. `columns`: the
    labels (name -> label), or a `relations.words.Table` that also gives each number
    column's one format and the word an empty cell shows (instead of "None")."""
    look = columns if hasattr(columns, "columns") else None
    labels = i18n.each(look.columns if look else columns)
    formats = look.formats if look else {}
    if look and look.blank_is_missing:
        frame = frame.replace("", None)
    (where or st).dataframe(
        frame,
        hide_index=True,
        column_config={
            column: st.column_config.NumberColumn(label, format=formats[column])
            if column in formats
            else label
            for column, label in labels.items()
        },
        column_order=list(labels),
        key=key,
        placeholder=_(look.missing) if look and look.missing else None,
    )


# Timeline page: a chart whose click picks one item that the URL keeps as a permalink, a
# bordered card for the picked item, a note, headed sections of markdown, a CSV download.


def note(value: object, *, icon: str | None = None, where: DeltaGenerator | None = None) -> None:
    """An info box of text shown exactly as written."""
    (where or st).info(_text.escape_markdown(value), icon=icon)


def clicked_value(selection: Mapping[str, object], *, param: str, field: str) -> str | None:
    """The `field` of the item a chart click selected (Streamlit's selection state), or None."""
    picked = selection.get(param) or []
    if isinstance(picked, Sequence) and picked and isinstance(picked[0], Mapping):
        value = picked[0].get(field)
        return value if isinstance(value, str) else None
    return None


def chosen_item(
    known: Collection[str],
    *,
    clicked: str | None,
    clicked_before: str | None,
    linked: str | None,
) -> str | None:
    """The item whose details are shown.

    A click on the chart wins. Clicking away from a clicked item (clicked is None now,
    clicked_before was not) closes the details. Otherwise the permalink counts, if it names a
    known item; an unknown id is ignored.
    """
    if clicked in known:
        return clicked
    if clicked is None and clicked_before is not None:
        return None
    return linked if linked in known else None


def preselected_item(
    linked: str | None, *, shown: Collection[str], clicked_before: str | None
) -> str | None:
    """The item the chart draws as selected when it appears: the permalink's, until a click.

    Once the reader has clicked, the chart keeps its own selection: changing the spec again
    would redraw it and lose the reader's zoom. An item not on the chart (not in `shown`) is
    not preselected (the chart would dim every mark).
    """
    if clicked_before is not None or linked not in shown:
        return None
    return linked


def permalinked_pick(
    draw: Callable[..., alt.TopLevelMixin],
    known: Iterable[str],
    shown: Iterable[str],
    *,
    key: str,
    alt: str,
    param: str = "event",
    field: str = "event_id",
    view: Mapping[str, object] | None = None,
    rows: pd.DataFrame | None = None,
) -> str | None:
    """Draw `draw(chosen=...)`, a chart whose click on a mark picks one item (its `field`, in
    the point selection `param`), and return the id of the item to show, or None.

    The URL parameter named like the selection (?event=) is its permalink: the chart draws that
    item selected until the reader clicks, a click replaces it, and clicking away removes it.
    `known`: every item's id (an unknown one in the URL is ignored); `shown`: the ids on the
    chart.
    """
    linked = st.query_params.get(param)
    memory = f"{key}_clicked"
    before = st.session_state.get(memory)
    on_chart = set(shown)
    picked = chart(
        draw(chosen=preselected_item(linked, shown=on_chart, clicked_before=before)),
        key=key,
        alt=alt,
        on_select="rerun",
        selection_mode=param,
        view=view,
        rows=rows,
    )
    clicked = clicked_value(picked["selection"], param=param, field=field)
    st.session_state[memory] = clicked
    chosen = chosen_item(set(known), clicked=clicked, clicked_before=before, linked=linked)
    if chosen:
        st.query_params[param] = chosen
    else:
        st.query_params.pop(param, None)
    return chosen


def card(
    heading: object,
    body: str,
    *,
    key: str,
    more: tuple[object, str] | None = None,
    cited: tuple[str, str] | None = None,
    where: DeltaGenerator | None = None,
) -> None:
    """A bordered card: a heading shown as written, `body` (markdown built in relations/, data
    text already escaped) and, with `more` = (label, markdown), an expander under that label
    (shown as written) holding that markdown (built like `body`); with `cited` = (kind, id),
    that item's Cite control (`cite_item`)."""
    with (where or st).container(border=True, key=key):
        st.subheader(_text.escape_markdown(heading))
        st.markdown(body)
        if more is not None:
            label, hidden = more
            with st.expander(_text.escape_markdown(label)):
                st.markdown(hidden)
        if cited is not None:
            cite_item(*cited)


def sections(items: Iterable[tuple[object, str]], *, where: DeltaGenerator | None = None) -> None:
    """Headed sections: each heading (level 4, shown as written) over its markdown body built
    in relations/ (data text already escaped), one block each."""
    for heading, body in items:
        (where or st).markdown(f"#### {_text.escape_markdown(heading)}\n\n{body}")


# Quotes page: the count charts with their sentences, the pager, and the quote cards.


def count_charts(charts: Sequence[Any]) -> None:
    """Clickable count charts side by side (relations.charts.quotes.CountChart: a chart drawn
    only when there is something to count), each with its sentence below, shown as written."""
    for where, item in zip(st.columns(len(charts)), charts, strict=True):
        if item.drawn:
            chart(item.chart, key=item.key, alt=item.alt, where=where, on_select=item.on_select)
        caption(item.sentence, where=where)


def csv_download(
    label: str,
    data: pd.DataFrame | Callable[[], bytes],
    *,
    file_name: str,
    key: str,
    where: DeltaGenerator | None = None,
    disabled: bool | None = None,
) -> None:
    """A CSV download button whose bytes are built only when clicked, without a rerun: a frame
    (written as formula-safe CSV) or a function returning the bytes. Disabled when told, or
    when the frame is empty."""
    if isinstance(data, pd.DataFrame):
        disabled = data.empty if disabled is None else disabled
        data = functools.partial(_text.formula_safe_csv, data)
    (where or st).download_button(
        label,
        data=data,
        file_name=cite.dated(file_name, load.data_version()),
        mime="text/csv",
        key=key,
        on_click="ignore",
        icon=":material/download:",
        disabled=bool(disabled),
    )


def pager(label: str, pages: int, *, key: str, where: DeltaGenerator | None = None) -> int:
    """A page number from 1 to `pages`. A page left open beyond the results (fewer of them
    since) falls back to the last. A number, not a list of every page: 100,000 results would
    make a 4,000-option dropdown."""
    if st.session_state.get(key, 1) > pages:
        st.session_state[key] = pages
    return (where or st).number_input(label, min_value=1, max_value=pages, step=1, key=key)


def pager_below(label: str, pages: int, *, key: str, where: DeltaGenerator | None = None) -> None:
    """A second pager, under a list, that turns the same page as `pager(key=key)` above it
    (its own widget, keyed `<key>_below`, kept in step both ways)."""
    below = f"{key}_below"
    st.session_state[below] = min(st.session_state.get(key, 1), pages)

    def follow() -> None:
        st.session_state[key] = st.session_state[below]

    (where or st).number_input(
        label, min_value=1, max_value=pages, step=1, key=below, on_change=follow
    )


def warning(value: object, *, where: DeltaGenerator | None = None) -> None:
    """A warning (ours or with data text in it), shown exactly as written."""
    (where or st).warning(_text.escape_markdown(value))


_BOXES = {
    "agrees": "success",
    "disagrees": "warning",
    "conflicts": "warning",
    "forecast": "info",
    "unchecked": "info",
}


def quote_cards(cards: Iterable[Any], *, linked_slot: DeltaGenerator, context_label: str) -> None:
    """Each card (relations.quote_cards.Card: markdown whose data text is already escaped) in
    a bordered box keyed quotes_card_<id>: the quote as published and each English text under
    the label saying who wrote it, which texts hold the search words, its details, each
    claim's verdict in the colour of its outcome, the context in an expander (open on the
    linked quote), the link. The linked quote goes in `linked_slot`."""
    for card in cards:
        box = (linked_slot if card.linked else st).container(
            border=True, key=f"quotes_card_{card.quote_id}"
        )
        if card.original:  # a quote not in English: the original, then each English
            box.caption(card.original)
        box.markdown(card.text)
        for english in card.english:
            box.caption(english.label)
            box.markdown(english.text)
            if english.source or english.note:
                # As body text, not a caption: a link in a caption is drawn at 60 % opacity,
                # 3:1 on white, under WCAG AA's 4.5:1.
                box.markdown("  \n".join(line for line in (english.source, english.note) if line))
        if card.matched:
            box.caption(card.matched)
        # Details and link as body text too, for the same reason.
        box.markdown(card.meta)
        for check in card.claims:
            getattr(box, _BOXES[check.outcome])(check.markdown, icon=check.icon)
        box.expander(context_label, expanded=card.linked).markdown(card.context)
        box.markdown(card.permalink)
        cite_item("quote", card.quote_id, where=box)


# Sources & data page: a table with a link column, the dataset downloads, and the data
# dictionary as documents and expanders.


def linked_table(
    frame: pd.DataFrame,
    columns: dict[str, str],
    *,
    links: dict[str, str],
    key: str | None = None,
    where: DeltaGenerator | None = None,
) -> None:
    """`table`, where each column named in `links` holds URLs shown as links reading its text."""
    columns = i18n.each(columns)
    config: dict[str, Any] = dict(columns)
    for column, text in links.items():
        config[column] = st.column_config.LinkColumn(columns[column], display_text=text)
    (where or st).dataframe(
        frame, hide_index=True, column_config=config, column_order=list(columns), key=key
    )


def downloads(labels: dict[str, str], *, key: str, columns: int = 3) -> None:
    """A download button for each dataset of `labels` (name -> button label), `columns` a row:
    the file as stored, with formula cells neutralised when the button is clicked. Keys are
    `<key>_<name>`."""
    cells, version = st.columns(columns), load.data_version()
    for place, (name, label) in enumerate(labels.items()):
        cells[place % columns].download_button(
            label,
            data=load.download(name),
            file_name=cite.dated(DATASETS[name].file, version),
            mime="text/csv",
            key=f"{key}_{name}",
            on_click="ignore",
            icon=":material/download:",
        )


def document(markdown: str, *, where: DeltaGenerator | None = None) -> None:
    """Markdown we wrote (data/README.md), shown as markdown with $ kept literal."""
    (where or st).markdown(_text.escape_dollars(markdown))


def expanders(sections: dict[str, str]) -> None:
    """One closed expander a section (title -> markdown we wrote)."""
    for title, body in sections.items():
        with st.expander(title):
            document(body)


# Overview page


def key_figures(figures: Sequence[Any], *, per_row: int = 3) -> None:
    """Bordered key figures in rows of `per_row`, each with its detail in small text below.

    A figure has `label`, `value`, `detail` and `help` (its tooltip, or None), all shown as
    written.
    """
    for first in range(0, len(figures), per_row):
        row = figures[first : first + per_row]
        for column, figure in zip(st.columns(per_row), row, strict=False):
            metric(figure.label, figure.value, help=figure.help, where=column)
            caption(figure.detail, where=column)


# Trade page: a row of headline figures.


def metric_row(figures: Sequence[Any], *, columns: int = 4) -> None:
    """Key figures side by side, one column each; each has label, value, delta and help."""
    for where, figure in zip(st.columns(columns), figures, strict=False):
        metric(figure.label, figure.value, figure.delta, help=figure.help, where=where)
