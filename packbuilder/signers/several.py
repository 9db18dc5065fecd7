"""Several people in one row: a form's "Names of everyone signing (one per line)" answered
"Ann Lee" and "Bob Lee" on two lines of one cell. Each whole name on a line of its own is a
person who signs: each gets a letter, with the row's address, and the row's warning says so
(joined, the letter would be signed "Ann Lee Bob Lee"). A name written over two lines, one
word each ("Jane" above "Smith"), stays one person."""

from __future__ import annotations

import dataclasses
import re

from packbuilder.signers.columns import Mapping_
from packbuilder.signers.report import Report
from packbuilder.signers.table import Row

_LINES = re.compile(r"\r\n|\r|\n|\u2028")


def people(row: Row, mapping: Mapping_, report: Report) -> tuple[Row, ...]:
    """The row once per person its full-name cell names on lines of their own, or the row
    alone; a row split so is said with its line and the names. The cells no rule reads (a
    timestamp) are the first person's only, so the column report counts them once."""
    found = mapping.found
    col = found.get("name")
    if col is None or col >= len(row.cells) or row.error is not None:
        return (row,)
    cell = row.cells[col]
    if "\n" not in cell and "\r" not in cell and "\u2028" not in cell:
        return (row,)
    names = [" ".join(line.split()) for line in _LINES.split(cell) if line.strip()]
    if len(names) < 2 or not all(_whole(name) for name in names):
        return (row,)
    if "first_name" in found or "last_name" in found:
        return (row,)  # the parts' columns name one person: the cell is theirs, not a list
    shown = ", ".join(f"'{name}'" for name in names)
    report.warn(
        row.line,
        col + 1,
        f"row {row.line}",
        f"the name cell holds {len(names)} people, one a line ({shown}): each gets a letter "
        "of their own, with the row's address",
    )
    read = {*found.values(), *mapping.not_postal, *mapping.unplaced}
    read |= {c for cols in (*mapping.alternates.values(), *mapping.joined.values()) for c in cols}
    rest = tuple(cell if c in read else "" for c, cell in enumerate(row.cells))
    return tuple(
        dataclasses.replace(
            row, cells=(*(row.cells if n == 0 else rest)[:col], name, *row.cells[col + 1 :])
        )
        for n, name in enumerate(names)
    )


def _whole(name: str) -> bool:
    """A line holding a whole name: two words or more with letters, not a note in brackets."""
    words = [w for w in name.split() if any(ch.isalpha() for ch in w)]
    return len(words) >= 2 and not name.startswith(("(", "["))
