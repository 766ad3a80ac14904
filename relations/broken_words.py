"""What a reader is told about a file that cannot be read: the section it costs, a claim it
leaves unchecked, a source cell left empty. Templates with named fields; no Streamlit."""

from __future__ import annotations

from relations.i18n import N_, _

SECTION = N_(
    "This part needs {file}, which could not be read, so it cannot be shown. "
    "The rest of the page does not need it. What is wrong:"
)
KEPT = N_(
    "Some cells of {file} could not be read; each is shown as a gap (the data dictionary "
    "below says what each costs) and everything else is shown. What is wrong:"
)
WITHOUT = N_(
    "What this part takes from {file} is left out while the file cannot be read; the rest "
    "is shown. What is wrong:"
)
FILE = N_("The file {file} could not be read. What is wrong:")
CANNOT_CHECK = N_("It cannot be checked while {file} cannot be read.")


def section(file: str) -> str:
    """The message in place of a part of a page that needs a broken file."""
    return _(SECTION).format(file=file)


def kept(file: str) -> str:
    """The message for a file shown with its bad cells left empty."""
    return _(KEPT).format(file=file)


def cannot_check(file: str) -> str:
    """A claim's sentence while the file it is checked against is broken."""
    return _(CANNOT_CHECK).format(file=file)


def without(file: str) -> str:
    """The message where a part is shown without what a broken file would add."""
    return _(WITHOUT).format(file=file)


def file(file: str) -> str:
    """The message for a broken file where files are listed (Sources & data)."""
    return _(FILE).format(file=file)
