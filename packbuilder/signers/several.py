"""Several people in one row, each of whom signs: a form's "Names of everyone signing (one per
line)" answered "Ann Lee" and "Bob Lee" on two lines of one cell, or a list that numbers its
name columns ("Name 1" and "Name 2"). Each person gets a letter, with the row's address, and
the row's warning says so (joined, the letter would be signed "Ann Lee Bob Lee"; "Name 2" was
read only where "Name 1" is empty). A name written over two lines, one word each ("Jane" above
"Smith"), stays one person; numbered people under a word ("Parent/Guardian 2", "Individual 2",
"Guest 2") are somebody else's, as before (quals.py)."""

from __future__ import annotations

import dataclasses
import re

from packbuilder.signers import people, street, words
from packbuilder.signers.columns import Mapping_
from packbuilder.signers.report import Report, Tally
from packbuilder.signers.table import Row

_LINES = re.compile(r"\r\n|\r|\n|\u2028")


class People:
    """The people of each row: the signer, and those named beside them."""

    def __init__(self, header: Row, mapping: Mapping_, report: Report, tally: Tally) -> None:
        self.mapping = mapping
        self.report = report
        self.tally = tally
        self.col = mapping.found.get("name")
        if "first_name" in mapping.found or "last_name" in mapping.found:
            self.col = None  # the parts' columns name one person: a cell is theirs, not a list
        #: Each further numbered person: their label ("Individual 2") and, for each of the
        #: signer's name columns, theirs.
        self.numbered = _numbered(header, mapping)
        read = {*mapping.found.values(), *mapping.not_postal, *mapping.unplaced}
        read |= {
            c for cols in (*mapping.alternates.values(), *mapping.joined.values()) for c in cols
        }
        #: Columns a rule reads but the further people's own: the others (a timestamp) are
        #: the first person's only, so the column report counts them once.
        self.read = read - {c for _, cols in self.numbered[1:] for c in cols.values()}

    def of(self, row: Row) -> tuple[Row, ...]:
        """The row once per person it names, or the row alone; a row split so is said with
        its line and the names."""
        if row.error is not None:
            return (row,)
        return self._lines(row) or self._numbered(row) or (row,)

    def _lines(self, row: Row) -> tuple[Row, ...]:
        col = self.col
        if col is None or col >= len(row.cells) or not _LINES.search(row.cells[col]):
            return ()
        names = [" ".join(line.split()) for line in _LINES.split(row.cells[col]) if line.strip()]
        if len(names) < 2 or not all(_whole(name) for name in names):
            return ()
        shown = ", ".join(f"'{name}'" for name in names)
        message = f"the name cell holds {len(names)} people, one a line ({shown}): each gets "
        self.report.warn(row.line, col + 1, f"row {row.line}", message + _EACH)
        return tuple(self._as(row, {col: name}, n) for n, name in enumerate(names))

    def _numbered(self, row: Row) -> tuple[Row, ...]:
        cells = row.cells
        if not self.numbered or not any(_filled(cells, c) for c in self.numbered[0][1]):
            return ()  # a row without the first person's name: the other columns stand in
        others = [
            (who, cols)
            for who, cols in self.numbered[1:]
            if any(_filled(cells, c) for c in cols.values())
        ]
        if not others or any(
            street.care_of(cells[c]) or people.firm(cells[c])
            for _, cols in (self.numbered[0], *others)
            for c in cols.values()
            if c < len(cells)
        ):
            # None, or an attention line ("z. Hd. Anna Schmidt") or a firm's name: one letter,
            # signed by the person, the firm above the street (firms.py).
            return ()
        out = [self._as(row, {}, 0)]
        for _, cols in others:
            theirs = {own: cells[c] if c < len(cells) else "" for own, c in cols.items()}
            out.append(self._as(row, theirs, 1))
            for c in cols.values():
                self.tally.used[c] += _filled(cells, c)
        first = next(c for c in self.numbered[0][1] if _filled(cells, c))
        named = ", ".join(f"'{who}'" for who, _ in others)
        message = f"the row names {len(others) + 1} people (the columns of {named} too): "
        message += "each gets "
        self.report.warn(row.line, first + 1, f"row {row.line}", message + _EACH)
        return tuple(out)

    def _as(self, row: Row, names: dict[int, str], n: int) -> Row:
        """The row as its `n`th person's: their name in the signer's name columns."""
        cells = list(row.cells)
        if n:
            cells = [c if i in self.read else "" for i, c in enumerate(cells)]
        for col, name in names.items():
            cells[col] = name
        return dataclasses.replace(row, cells=tuple(cells))


_EACH = "a letter of their own, with the row's address"


def further(header: Row, mapping: Mapping_) -> frozenset[int]:
    """The columns of the further numbered people ("Name 2" beside "Name 1"): each signs a
    letter of their own, so the header's note that such a column is read only where the first
    is empty does not apply to them."""
    return frozenset(c for _, cols in _numbered(header, mapping)[1:] for c in cols.values())


def _numbered(header: Row, mapping: Mapping_) -> tuple[tuple[str, dict[int, int]], ...]:
    """The signer's name columns when the header numbers them 1 ("Individual 1 First Name",
    "Name 1"), first, with (their own columns); then each further person of the same word and
    another number, with their label and, per signer's column, theirs."""
    readings = mapping.readings
    numbers = {
        c: _number(readings[c])
        for f, c in mapping.found.items()
        if f in words.NAME_PARTS and c < len(readings) and readings[c].role == f
    }
    # Only bare numbered names ("Name 1", "First Name 2"): a directory's "Parent/Guardian 2" or
    # "Individual 2" is kept for the question of whether a household's second adult signs.
    own = {c: kind for c, (kind, number) in numbers.items() if number == 1 and not kind}
    people: dict[str, dict[int, int]] = {}
    for col, reading in enumerate(readings):
        kind, number = _number(reading)
        if number < 2 or col in own:
            continue
        for mine, their_kind in own.items():
            if their_kind == kind and readings[mine].role == reading.role:
                label = f"{kind} {number}".strip().title() if kind else header.cells[col].strip()
                people.setdefault(label, {})[mine] = col
    if not people:
        return ()
    return (("", {c: c for c in own}), *people.items())


def _number(reading: words.HeaderReading) -> tuple[str, int]:
    """A name column's person and number: "individual 1" -> ("individual", 1); "Name 2" ->
    ("", 2); (.., 0) when unnumbered."""
    said = reading.owner.split() if reading.owner else list(reading.unknown)
    if not said or not said[-1].isdigit():
        return "", 0
    return " ".join(said[:-1]), int(said[-1])


def _filled(cells: tuple[str, ...], col: int) -> bool:
    return col < len(cells) and bool(cells[col].strip())


def _whole(name: str) -> bool:
    """A line holding a whole name: two words or more with letters, not a note in brackets."""
    parts = [w for w in name.split() if any(ch.isalpha() for ch in w)]
    return len(parts) >= 2 and not name.startswith(("(", "["))
