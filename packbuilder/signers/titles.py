"""The honorifics printed before a signer's name: every value of a column that holds nothing
else ("Prefix", "Honorific"); from a column that may hold something else ("Title", "Salutation",
"Tratamiento": a job title, "Dear Ann") the values that are honorifics, known by their words
(person_names.yaml) or written short with a full stop as degrees and offices are ("Lic.",
"Engr.", "Eng.º"). A value such a column does not print, where the column's other values
print, is a located error: a title the file gave is never left off a letter without a word."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from packbuilder.signers import columns, names
from packbuilder.signers.cells import Cell
from packbuilder.signers.report import Report, Tally

#: An honorific written short: one word of one to six letters, capital first, then a full stop
#: and perhaps Portuguese and Spanish ordinal letters (Lic., Licda., Engr., Eng.º, Dr.ª).
_SHORT = re.compile(r"[^\W\d_]{1,6}\.[ºª°]?|[^\W\d_]{1,6}[ºª°]")
#: Why a value of a column that may hold something else is not printed.
NOT_ONE = "not an honorific (Mr, Mrs, Dr, ...), so not printed"


def looks_honorific(value: str) -> bool:
    """Whether `value` reads as an honorific: of the words person_names.yaml knows ("Daw",
    "Alhaji", "Mr & Mrs"), or one word written short with a full stop ("Lic.", "Engr.")."""
    text = value.strip()
    return names.is_honorific(text) or (_SHORT.fullmatch(text) is not None and text[:1].isupper())


class Titles:
    """Each row's prefix cells that print, and at the end the cells of an honorific column
    that did not."""

    def __init__(
        self, headers: Sequence[str], mapping: columns.Mapping_, report: Report, tally: Tally
    ) -> None:
        self.headers = headers
        self.mapping = mapping
        self.report = report
        self.tally = tally
        #: Cells not printed from a column that may hold something else: (cell, where).
        self._not_printed: list[tuple[Cell, str]] = []

    def of(self, cells: Mapping[str, Cell], further: Sequence[Cell], where: str) -> list[Cell]:
        """The row's name-prefix cells that print, in order. German Anrede and Titel ("Frau",
        "Dr."): every prefix column prints; a "Title" of "Director" or a "Salutation" of "Dear
        Ann" is not part of the name, nor a value that is no honorific in a column placed by
        its values (its other rows' honorifics)."""
        first = cells.get("prefix")
        if first is None and not further:
            return []  # most lists: no prefix column
        titles = [c for c in (first, *further) if c and c.value]
        out: list[Cell] = []
        for cell in titles:
            header = self.headers[cell.col].strip()
            if names.numbered(cell.value):
                message = names.not_a_title(cell.value, header)
                self.report.error(cell.line, cell.col + 1, where, message)
            elif self._may_hold_other(cell.col) and not looks_honorific(cell.value):
                self.tally.left_out(cell.col, cell.line, NOT_ONE)
                self._not_printed.append(
                    (Cell(cell.raw, cell.value, [], cell.col, cell.line), where)
                )
                cell.value = ""
            if cell.value and not any(names.holds_title(c.value, cell.value) for c in out):
                out.append(cell)  # "Mrs." under both Salutation and Title prints once
            elif cell.value:
                self.tally.used[cell.col] += 1
        return out

    def finish(self) -> None:
        """A located error for each value left out of a column whose other values printed: the
        column holds honorifics, and this one is not known."""
        for cell, where in self._not_printed:
            if not self.tally.used[cell.col]:
                continue  # a column of job titles: said once in the column report
            header = self.headers[cell.col].strip()
            self.report.error(
                cell.line,
                cell.col + 1,
                where,
                f"'{cell.value}' from column '{header}' is not printed before the name: the "
                "column's other values are honorifics, and this is not one packbuilder knows; "
                f"to print every value of the column, add to campaign.yaml, under signer_columns: "
                f"'prefix: {header}', or 'ignore: [{header}]' to print none",
            )

    def _may_hold_other(self, col: int) -> bool:
        """A "Title", "Salutation" or a column placed by its values; never one that
        signer_columns chose as the prefix."""
        if "prefix" in self.mapping.mapped and self.mapping.found.get("prefix") == col:
            return False
        header = self.headers[col]
        return (
            columns.key(header) in names.MAYBE_PREFIX
            or names.may_hold_other(header)
            or col in self.mapping.evidence
        )
