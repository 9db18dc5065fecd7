"""Address lines that start at the second: TikTok Shop's "Detail Address" (a word for the line
after the street, as Korean 상세주소 is) and "Additional address information", with no column
for the street. The first of them is the street, the next its second line; read as two
second lines, the other was printed only where the first is empty and dropped elsewhere."""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from packbuilder.signers import columns, unplaced, values

#: Parts that give a set its first line: with any of them, a second line is a second line.
_FIRST = ("street", "address", "po_box", "locality_line", "house_number")


class Settling(Protocol):
    """What by_values settles: columns placed, with the column report's evidence."""

    found: dict[str, int]
    evidence: dict[int, str]
    replaced: set[int]
    mapping: columns.Mapping_


def place(
    settling: Settling, sample: Callable[[int], values.Sample], countries: tuple[str, ...]
) -> None:
    """Each set's second-line column with no street beside it read as the street, and the
    next column of its second line as that line."""
    found, alternates = settling.found, settling.mapping.alternates
    for field, col in list(found.items()):
        part = unplaced.field_part(field)
        prefix = field[: -len(part)]
        if part != "street2" or field in settling.mapping.mapped:
            continue
        if any(prefix + f in found for f in _FIRST):
            continue
        more = alternates.get(field, ())
        found[prefix + "street"] = col
        settling.evidence[col] = "the first of its address lines: no column gives the street"
        del found[field]
        if more:
            found[field] = more[0]
            alternates[field] = more[1:]
            settling.replaced.add(more[0])
