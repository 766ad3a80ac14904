"""`python -m relations check [FOLDER]`: the data contract as a command, without Streamlit.

Checks every CSV of FOLDER (default: the bundled data/) with exactly the app's rules, each
file's schema and the ids it cites in other files, and prints every problem on its own line:
file, column, rows, what was expected, what was found. Exit status: 0 when every file passes,
1 when any problem is found, 2 when FOLDER is not a folder.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from relations.data import read, schemas

BUNDLED = Path(__file__).resolve().parent.parent / "data"
ROWS_NOTE = "(Rows count from 1 after the header row, so row 1 is line 2.)"


def check(folder: Path) -> int:
    if not folder.is_dir():
        print(f"No folder at {folder}: give the folder that holds the CSV files.", file=sys.stderr)
        return 2
    files = [dataset.file for dataset in schemas.DATASETS.values()]
    failures = read.check_folder(folder)
    if not failures:
        print(f"All {len(files)} files in {folder} pass: {', '.join(files)}.")
        return 0
    for failure in failures:
        print("\n".join(failure.lines()))
    broken = sorted({failure.file for failure in failures})
    problems = sum(len(failure.problems) for failure in failures)
    print(
        f"{problems} {'problem' if problems == 1 else 'problems'} in {len(broken)} of "
        f"{len(files)} files ({', '.join(broken)}). {ROWS_NOTE}"
    )
    return 1


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m relations", description=__doc__.split("\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    checking = commands.add_parser(
        "check",
        help="check a folder of CSVs against the data contract",
        description="Exit status 0: every file passes; 1: problems found; 2: no such folder.",
    )
    checking.add_argument(
        "folder",
        nargs="?",
        type=Path,
        default=BUNDLED,
        help="the folder of CSV files (default: the bundled data/)",
    )
    arguments = parser.parse_args(argv)
    return check(arguments.folder.expanduser().resolve())


if __name__ == "__main__":
    sys.exit(main())
