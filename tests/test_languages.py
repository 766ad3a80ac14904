"""The interface in Russian and Lao: complete catalogs, numbers and dates per locale, every page
in each language's script, no English left on a Russian page outside the data, and the data's
own texts translated with their numbers intact."""

from __future__ import annotations

import json
import re
import shutil
from collections import Counter
from pathlib import Path

import pandas as pd
import pytest
from babel.messages.extract import extract_from_dir
from babel.messages.frontend import parse_mapping_cfg
from babel.messages.pofile import read_po

from relations import i18n, words
from relations.data import read
from tests.pages import charts, open_page
from tests.test_reader_pages import _strings

ROOT = Path(__file__).resolve().parent.parent
LANGS = ("ru", "lo")
SCRIPT = {"ru": re.compile("[А-Яа-яЁё]"), "lo": re.compile("[\u0e80-\u0eff]")}
FORMS = {"ru": 3, "lo": 1}  # plural forms: Russian one/few/many, Lao none
FIELD = re.compile(r"\{(\w*)\}")
PAGES = ("overview", "trade", "tourism", "timeline", "quotes", "sources")
LINKS = [
    *((page, {}) for page in PAGES),
    ("trade", {"trade_reporter": "Laos"}),
    ("timeline", {"event": "2025-18th-intergovernmental-commission"}),
    ("quotes", {"quote": "eef2023-06"}),
    ("quotes", {"quote": "mf-b-putin-2025-07-31-ru"}),
]


def _code_messages() -> set:
    """The messages the code marks today, extracted as README's pybabel command does."""
    with (ROOT / "babel.cfg").open() as cfg:
        method_map, options_map = parse_mapping_cfg(cfg)
    found = extract_from_dir(
        str(ROOT), method_map, options_map, keywords=i18n.KEYWORDS, comment_tags=()
    )
    return {message for _file, _line, message, _comments, _context in found if message}


def _catalog(lang: str):
    with i18n.catalog_path(lang).open("rb") as po:
        return read_po(po, locale=lang)


@pytest.mark.parametrize("lang", LANGS)
def test_the_catalog_holds_exactly_the_messages_the_code_marks(lang):
    # A message added to a words module and not to the catalogs shows in English on a Russian
    # page; one left in a catalog after the code dropped it is dead weight for a translator.
    in_code = _code_messages()
    in_catalog = {message.id for message in _catalog(lang) if message.id}
    assert not in_code - in_catalog, "not in the catalog (run pybabel extract/update)"
    assert not in_catalog - in_code, "no longer in the code"
    assert len(in_code) > 500  # the words layer as a whole, not a handful


@pytest.mark.parametrize("lang", LANGS)
def test_every_message_is_translated_with_its_fields(lang):
    problems = []
    for message in _catalog(lang):
        if not message.id:
            continue
        ids = message.id if isinstance(message.id, tuple) else (message.id,)
        texts = message.string if isinstance(message.string, tuple) else (message.string,)
        if message.fuzzy:
            problems.append(("fuzzy", ids[0]))
        if isinstance(message.id, tuple) and len(texts) != FORMS[lang]:
            problems.append((f"{len(texts)} plural forms", ids[0]))
        for text in texts:
            if not text or (not text.strip() and ids[0].strip()):
                problems.append(("untranslated", ids[0]))
            elif set(FIELD.findall(text)) != set(FIELD.findall(ids[0])):
                problems.append(("fields differ", ids[0], text))
    assert not problems, problems[:20]


def test_russian_counts_take_three_forms_and_lao_one():
    forms = ("{n} quote", "{n} quotes")
    with i18n.using("ru"):
        russian = {n: i18n.plural(forms, n).format(n=n) for n in (1, 2, 5, 21, 22, 25)}
    with i18n.using("lo"):
        lao = {i18n.plural(forms, n).replace(str(n), "N") for n in (1, 2, 5)}
    assert russian[1] != russian[2] != russian[5] != russian[1]
    assert (russian[21], russian[22], russian[25]) == tuple(
        russian[n].replace(str(n), str(m)) for n, m in ((1, 21), (2, 22), (5, 25))
    )
    assert len(lao) == 1
    with i18n.using("en"):
        assert i18n.plural(forms, 1) == "{n} quote"
        assert i18n.plural(forms, 2) == "{n} quotes"


@pytest.mark.parametrize(
    ("lang", "money", "count", "day", "month", "period", "percent"),
    [
        (
            "en",
            "US$12.9 million",
            "12,054",
            "7 October 1960",
            "October 1960",
            "January–May 2025",
            "−3.7 %",
        ),
        (
            "ru",
            "12,9 млн долл. США",
            "12\xa0054",
            "7 октября 1960",
            "октябрь 1960",
            "январь–май 2025",
            "−3,7\xa0%",
        ),
        ("lo", "12,9 ລ້ານໂດລາສະຫະລັດ", "12.054", "7 ຕຸລາ 1960", "ຕຸລາ 1960", None, "−3,7%"),
    ],
)
def test_numbers_and_dates_follow_the_readers_language(
    lang, money, count, day, month, period, percent
):
    # Separators, month names and the percent sign are CLDR's (Babel), never written by hand.
    with i18n.using(lang):
        assert words.money(12.9) == money
        assert words.count(12054) == count
        assert words.day(pd.Timestamp("1960-10-07")) == day
        assert words.month(pd.Timestamp("1960-10-01")) == month
        written = words.period(pd.Timestamp("2025-01-01"), pd.Timestamp("2025-05-31"))
        if period:
            assert written == period
        assert written.endswith("2025") and "–" in written
        assert words.percent(-3.7, decimals=1) == percent


def test_an_unknown_language_is_english():
    assert [i18n.code(asked) for asked in ("ru", "lo", "en", "xx", "", None, "RU", "ru ")] == [
        "ru",
        "lo",
        "en",
        "en",
        "en",
        "en",
        "en",
        "en",
    ]


def test_catalogs_are_read_once_per_process():
    i18n.translations.cache_clear()
    for _ in range(3):
        with i18n.using("ru"):
            i18n._("Overview")
    assert i18n.translations.cache_info().misses == 1


def _table_headers(at) -> list[tuple[str, str]]:
    found = []
    for frame in at.dataframe:
        for config in json.loads(frame.proto.columns or "{}").values():
            if config.get("label"):
                found.append(("table header", config["label"]))
    return found


def _fields(spec: object) -> set[str]:
    """Every field a chart spec encodes (its marks, texts and tooltips draw only these)."""
    found = set()
    if isinstance(spec, dict):
        if isinstance(spec.get("field"), str):
            found.add(spec["field"])
        for value in spec.values():
            found |= _fields(value)
    elif isinstance(spec, list):
        for value in spec:
            found |= _fields(value)
    return found


def _shown(at) -> list[tuple[str, str]]:
    """What a reader sees: `_strings` with each table's shown columns only, and each chart's
    encoded fields only (a frame also carries the columns it is built from, in English codes,
    which nobody sees)."""
    hidden = ("table cell", "chart spec", "chart data")
    found = [(kind, text) for kind, text in _strings(at) if kind not in hidden]
    for frame in at.dataframe:
        table = frame.value
        for column in list(frame.proto.column_order) or list(table.columns):
            if pd.api.types.is_string_dtype(table[column]) or table[column].dtype == object:
                found += [("table cell", str(v)) for v in table[column].dropna()]
    for spec, frames in charts(at):
        found.append(("chart title", str(spec.get("title", ""))))
        drawn = _fields({key: value for key, value in spec.items() if key != "datasets"})
        for data in frames:
            for column in drawn & set(data.columns):
                if pd.api.types.is_string_dtype(data[column]) or data[column].dtype == object:
                    found += [("chart data", str(v)) for v in data[column].dropna()]
    return found + _table_headers(at)


def _headings(at) -> list[tuple[str, str]]:
    found = [("title", t.value) for t in at.title] + [("subheader", s.value) for s in at.subheader]
    found += _table_headers(at)
    for widget in (*at.selectbox, *at.multiselect, *at.text_input, *at.slider, *at.toggle):
        found.append(("label", str(widget.label)))
    for spec, _frames in charts(at):
        for layer in [spec, *spec.get("layer", [])]:
            for channel in ("x", "y", "color"):
                title = layer.get("encoding", {}).get(channel, {}).get("title")
                if isinstance(title, str) and title:
                    found.append(("chart title", title))
    return found


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize(("page", "params"), LINKS, ids=[f"{p}-{q}" for p, q in LINKS])
def test_each_page_reads_in_the_readers_script(lang, page, params):
    at = open_page(page, lang=lang, **params)
    assert not at.exception, at.exception
    headings = _headings(at)
    assert len(headings) >= 3
    # A year range or a slider of years has no words; every other heading is in the script.
    wordy = [(kind, text) for kind, text in headings if re.search(r"[A-Za-z]{3}", text)]
    foreign = [(kind, text) for kind, text in wordy if not SCRIPT[lang].search(text)]
    assert not foreign, foreign


def _data_texts() -> list[str]:
    """Text the data keep as published (quotes, source titles, excerpts, names): English in it
    is the source's, not the interface's."""
    kept = {
        "sources": ("title", "title_english", "publisher", "author"),
        "quotes": ("text", "english", "dashboard_translation", "speaker"),
        "claims": ("claim_text", "claim_text_english"),
        "conflicts": ("first_says", "second_says"),
    }
    texts = []
    for name, columns in kept.items():
        frame = pd.read_csv(ROOT / "data" / f"{name}.csv", dtype=str, keep_default_na=False)
        for column in columns:
            texts += [t for t in frame[column] if t]
    return texts


def _english_fragments() -> set[str]:
    """Each catalog message's literal parts of three words or more: English interface text
    (less any that a published text in the data happens to contain)."""
    fragments = set()
    for message in _catalog("ru"):
        for text in message.id if isinstance(message.id, tuple) else (message.id,):
            for part in FIELD.split(text)[::2]:
                part = re.sub(r"[*_\[\]()]", " ", part).strip(" .,;:·\n")
                if len(re.findall(r"[A-Za-z]{2,}", part)) >= 3:
                    fragments.add(part)
    published = "\n".join(_data_texts())
    return {fragment for fragment in fragments if fragment not in published}


@pytest.mark.parametrize(("page", "params"), LINKS, ids=[f"{p}-{q}" for p, q in LINKS])
def test_a_russian_page_has_no_english_interface_text(page, params):
    # Data text (quotes, source titles and excerpts, names) stays as published, and the data
    # dictionary and known gaps are data/README.md itself (Sources & data says so), so what is
    # looked for is the interface's own English: any three-word stretch of a catalog message.
    at = open_page(page, lang="ru", **params)
    assert not at.exception, at.exception
    fragments = _english_fragments()
    readme = (ROOT / "data" / "README.md").read_text(encoding="utf-8")
    seen = [(kind, text) for kind, text in _shown(at) if text.strip()[:60] not in readme]
    left = sorted(
        {
            (kind, fragment, text[:120])
            for kind, text in seen
            for fragment in fragments
            if fragment in text
        }
    )
    assert not left, "\n".join(f"{k}: {f!r} in {t!r}" for k, f, t in left[:30])


def _numbers(text: str) -> Counter:
    """The numbers a text writes, separators dropped: '20 000', '20,000' and '12,9' / '12.9'."""
    joined = re.sub(r"(?<=\d)[\s\u00a0\u202f.,](?=\d)", "", text)
    return Counter(re.findall(r"\d+", joined))


def test_every_data_translation_keeps_the_numbers_of_its_english():
    table = pd.read_csv(ROOT / "data" / "translations.csv", dtype=str, keep_default_na=False)
    wrong = [
        (row.file, row.column, lang, row.english[:60])
        for row in table.itertuples()
        for lang in LANGS
        if _numbers(getattr(row, lang)) != _numbers(row.english)
    ]
    assert not wrong, wrong[:20]


def test_every_data_translation_is_in_its_script():
    table = pd.read_csv(ROOT / "data" / "translations.csv", dtype=str, keep_default_na=False)
    wrong = [
        (lang, row.english[:60])
        for row in table.itertuples()
        for lang in LANGS
        if re.search(r"[A-Za-z]{3}", row.english) and not SCRIPT[lang].search(getattr(row, lang))
    ]
    assert not wrong, wrong[:20]


def test_check_reports_an_edited_english_and_an_untranslated_text(tmp_path):
    folder = tmp_path / "data"
    shutil.copytree(ROOT / "data", folder)
    timeline = pd.read_csv(folder / "timeline.csv", dtype=str, keep_default_na=False)
    timeline.loc[0, "title"] = "A title nobody translated"
    timeline.to_csv(folder / "timeline.csv", index=False)
    failures = [f for f in read.check_folder(folder) if f.file == "translations.csv"]
    assert len(failures) == 1
    said = str(failures[0])
    assert "a text of timeline.csv, column title" in said  # the old English is stale
    assert "A title nobody translated" in said  # and the new one has no row


def test_the_shipped_data_has_every_translation():
    assert read.check_folder(ROOT / "data") == []


@pytest.mark.parametrize("lang", LANGS)
def test_a_quote_card_links_in_the_readers_language(lang):
    at = open_page("quotes", lang=lang, quote="eef2023-06")
    assert not at.exception
    cards = " ".join(m.value for m in at.markdown)
    assert f"?quote=eef2023-06&lang={lang}" in cards
    assert "?quote=eef2023-06)" not in cards


def test_a_russian_event_shows_its_own_text_in_russian_and_the_source_as_published():
    at = open_page("timeline", lang="ru", event="1960-diplomatic-relations")
    assert not at.exception
    shown = " ".join(m.value for m in (*at.markdown, *at.caption))
    assert "Советский Союз и Лаос установили дипломатические отношения" in shown
    assert "The Soviet Union and Laos established diplomatic relations." not in shown
