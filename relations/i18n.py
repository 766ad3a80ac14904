"""The reader's language: which one this run speaks, and its message catalogs (gettext, Babel).

English is the source language: every reader-facing string in the words modules is an English
message id, marked where it is written with `N_` and translated where it is used with `_` (or
`ngettext` for a count), in the language of the current run. The Russian and Lao catalogs are
the `.po` files under `relations/locale/`, extracted from the words layer with `pybabel` (see
README, "Interface languages") and read once per process. The language of a run is held in a
context variable that `app.py` sets at the top of every run, so two readers in two languages
never share it; code that never sets it (tests, `python -m relations check`) speaks English.
"""

from __future__ import annotations

import gettext
import io
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import cache
from pathlib import Path

from babel.messages import mofile, pofile

SOURCE = "en"
# The languages a reader can choose, by the code `?lang=` takes, each named in itself.
LANGUAGES = {"en": "English", "ru": "Русский", "lo": "ລາວ"}
LOCALE_DIR = Path(__file__).resolve().parent / "locale"
DOMAIN = "messages"

_current: ContextVar[str] = ContextVar("language", default=SOURCE)


def code(asked: object) -> str:
    """The language a `?lang=` value asks for; anything unknown (or missing) is English."""
    return asked if isinstance(asked, str) and asked in LANGUAGES else SOURCE


def language() -> str:
    """The language of this run: "en", "ru" or "lo"."""
    return _current.get()


def activate(asked: object) -> str:
    """Make this run speak the language `asked` names (unknown: English); returns its code."""
    chosen = code(asked)
    _current.set(chosen)
    return chosen


@contextmanager
def using(asked: str) -> Iterator[None]:
    """Speak `asked` inside the block (tests, exports), then the language before it again."""
    token = _current.set(code(asked))
    try:
        yield
    finally:
        _current.reset(token)


def catalog_path(lang: str) -> Path:
    return LOCALE_DIR / lang / "LC_MESSAGES" / f"{DOMAIN}.po"


@cache
def translations(lang: str) -> gettext.NullTranslations:
    """A language's catalog, read from its `.po` file once per process (English: none)."""
    if lang == SOURCE:
        return gettext.NullTranslations()
    with catalog_path(lang).open("rb") as po:
        catalog = pofile.read_po(po, locale=lang)
    compiled = io.BytesIO()
    mofile.write_mo(compiled, catalog, use_fuzzy=False)
    compiled.seek(0)
    return gettext.GNUTranslations(compiled)


def N_(message: str) -> str:
    """Mark an English message where it is written; `_` translates it where it is used."""
    return message


def _(message: str) -> str:
    """`message` in the reader's language (itself where the catalog has no translation)."""
    if not message:
        return message
    return translations(language()).gettext(message)


def ngettext(singular: str, plural: str, count: int) -> str:
    """The form of a message for `count` things (Russian has three, Lao one)."""
    return translations(language()).ngettext(singular, plural, count)


def each(mapping: dict) -> dict:
    """A mapping of English messages with every value in the reader's language."""
    return {key: _(value) if isinstance(value, str) else value for key, value in mapping.items()}


def Nn_(singular: str, plural: str) -> tuple[str, str]:
    """Mark a message with a plural where it is written; `plural` picks the form for a count."""
    return (singular, plural)


def plural(forms: tuple[str, str], count: int) -> str:
    """The form of a marked plural message (`Nn_`) for `count` things, in the reader's language."""
    return ngettext(forms[0], forms[1], count)


def params() -> dict[str, list[str]]:
    """The URL parameter that keeps this run's language in a link ({} for English)."""
    chosen = language()
    return {} if chosen == SOURCE else {"lang": [chosen]}


def link_suffix() -> str:
    """ "&lang=ru" to end a link that already has a parameter ("" for English)."""
    chosen = language()
    return "" if chosen == SOURCE else f"&lang={chosen}"


def T_(message: str) -> str:
    """`_` for an English message written where it is used (extracted by pybabel as `T_`;
    `_` itself is not extracted, since it also translates names: `_(TITLE)`)."""
    return _(message)


# The markers pybabel extracts messages from (README: `pybabel extract -k N_ -k Nn_:1,2 ...`).
KEYWORDS = {"N_": None, "Nn_": (1, 2), "T_": None, "ngettext": (1, 2)}
