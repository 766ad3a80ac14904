"""Our one exception for a file that breaks its contract, and the problems it names."""

from __future__ import annotations

from dataclasses import dataclass

SHOWN_CHARACTERS = 80


def _clipped(value: str) -> str:
    """A cell or column name as written, cut short: a 1 MB cell must not fill a message."""
    if len(value) <= SHOWN_CHARACTERS:
        return value
    return f"{value[:SHOWN_CHARACTERS]}… ({len(value):,} characters)"


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a file. `rows` are 1-based data rows (file line = row + 1)."""

    column: str | None
    expected: str
    rows: tuple[int, ...] = ()
    found: tuple[str, ...] = ()

    def describe(self) -> str:
        where = [f"column '{_clipped(self.column)}'"] if self.column else []
        if self.rows:
            shown = ", ".join(str(r) for r in self.rows[:10])
            more = f" and {len(self.rows) - 10} more" if len(self.rows) > 10 else ""
            where.append(f"{'row' if len(self.rows) == 1 else 'rows'} {shown}{more}")
        text = "".join(f", {part}" for part in where) + f": expected {self.expected}"
        if self.found:
            values = ", ".join(repr(_clipped(v)) for v in self.found[:5])
            text += f"; found {values}"
        return text


class DataError(Exception):
    """A CSV in the data folder breaks its contract. The message names file, column, rows and expectation."""

    def __init__(self, file: str, problems: list[Problem]) -> None:
        self.file = file
        self.problems = problems
        lines = self.lines()[:20]
        if len(problems) > 20:
            lines.append(f"{file}: … and {len(problems) - 20} more problems")
        super().__init__(
            "\n".join(lines) + "\n(Rows count from 1 after the header row, so row 1 is line 2.)"
        )

    def lines(self) -> list[str]:
        """Every problem, one line each: file, column, rows, what was expected, what was found."""
        return [f"{self.file}{p.describe()}" for p in self.problems]
