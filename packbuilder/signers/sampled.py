"""The first rows of a signer list, column by column: the values that settle what the header
leaves open (by_values), read before any signer is."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import accumulate

from packbuilder.signers.cells import clean, is_placeholder
from packbuilder.signers.table import LINE_BREAK, Row


def samples(header: Row, rows: Sequence[Row]) -> dict[int, list[tuple[int, str]]]:
    """Each column's non-empty values in `rows` (placeholders left out), with the line each
    starts on: what the first rows hold, for the values to settle what the header leaves open."""
    width = len(header.cells)
    out: dict[int, list[tuple[int, str]]] = {col: [] for col in range(width)}
    for row in rows:
        if row.error is not None:
            continue
        starts = list(accumulate((len(LINE_BREAK.findall(c)) for c in row.cells), initial=row.line))
        for col, cell in enumerate(row.cells[:width]):
            text = clean(cell)
            if text and not is_placeholder(text):
                out[col].append((starts[col], text))
    return out
