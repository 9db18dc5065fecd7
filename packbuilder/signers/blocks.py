"""A block beside a building: where a list gives a building column and, under another header, a
block column of the same address (Bahrain's and Kuwait's numbered blocks: "Flat 21, Building
2045, Road 1234, Block 338, Manama"), the block is the area the building stands in, not a second
building: the neighbourhood, printed with its word ("Block 338") above the town, or a level of
the neighbourhood the list gives too (Bahrain's "Area")."""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from packbuilder.signers import records, unplaced, values, vocabulary


class Settling(records.Placed, Protocol):
    """What by_values settles, with the columns read in place of another."""

    replaced: set[int]


def place(
    settling: Settling, sample: Callable[[int], values.Sample], countries: tuple[str, ...]
) -> None:
    """Reads a further building column under the word "block" as the neighbourhood."""
    cells, mapping = settling.header.cells, settling.mapping
    for field, more in list(mapping.alternates.items()):
        first = settling.found.get(field)
        if unplaced.field_part(field) != "building" or first is None or _block(cells[first]):
            continue
        col = next((c for c in more if c < len(cells) and _block(cells[c])), None)
        if col is None or not sample(col).looks:
            continue
        mapping.alternates[field] = tuple(c for c in more if c != col)
        settling.replaced.add(col)
        prefix = field[: -len("building")]
        area = next((prefix + p for p in _AREAS if prefix + p not in settling.found), None)
        if area is None:
            mapping.joined[prefix + _AREAS[0]] = (*mapping.joined.get(prefix + _AREAS[0], ()), col)
        else:
            settling.found[area] = col
        settling.evidence[col] = (
            f"a block beside the building column '{cells[first].strip()}': the area it stands in"
        )


#: Where the block goes: the neighbourhood, or beside the list's own (Bahrain's "Area") the
#: district, so that an area named as its town ("Riffa", "Riffa") still prints once.
_AREAS = ("neighbourhood", "district")


def _block(header: str) -> bool:
    return "block" in vocabulary.words(header)
