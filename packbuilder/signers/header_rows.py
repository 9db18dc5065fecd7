"""Header rows beyond the first: SurveyMonkey's second row naming the parts of a question
("Your contact details" over "Name", "Address", "City/Town", ...) and the row of import ids
Qualtrics writes under its question text; read with the header, never as signers."""

from __future__ import annotations

import re
from collections.abc import Sequence

from packbuilder.signers import words
from packbuilder.signers.table import Row

#: What SurveyMonkey writes in the second row over an answer that has no parts.
_GENERIC = frozenset({"response", "open-ended response", "other (please specify)"})
_IMPORT_ID = re.compile(r'\s*\{\s*"ImportId"\s*:')


def merge(header: Row, ahead: Sequence[Row]) -> tuple[Row, Sequence[Row], tuple[str, ...]]:
    """The header with a second header row read into it, the rows left, and what was said."""
    said: list[str] = []
    if ahead and _import_ids(ahead[0]):
        said.append(f"line {ahead[0].line} skipped: Qualtrics import ids, not a signer")
        ahead = ahead[1:]
    if ahead and _second_header(header, ahead[0]):
        second = ahead[0]
        cells = tuple(
            below if below.strip() and below.strip().casefold() not in _GENERIC else above
            for above, below in zip(
                header.cells, (*second.cells, *[""] * len(header.cells)), strict=False
            )
        )
        said.append(
            f"header: lines {header.line} and {second.line} (the second names the parts of "
            "a question)"
        )
        header = Row(header.line, cells)
        ahead = ahead[1:]
    return header, ahead, tuple(said)


def _import_ids(row: Row) -> bool:
    filled = [c for c in row.cells if c.strip()]
    return row.error is None and bool(filled) and all(_IMPORT_ID.match(c) for c in filled)


def _second_header(header: Row, row: Row) -> bool:
    """True when `row` names the parts of the questions above it: each of its cells reads as a
    column name (or is SurveyMonkey's "Response"), and some stand under a blank header cell."""
    if row.error is not None or len(row.cells) > len(header.cells):
        return False
    filled = [(i, c.strip()) for i, c in enumerate(row.cells) if c.strip()]
    if not filled:
        return False
    under_blank = any(not header.cells[i].strip() for i, _ in filled)
    named = all(
        c.casefold() in _GENERIC or words.read_header(c[:200]).role is not None for _, c in filled
    )
    return under_blank and named
