"""Two columns of one address part under different words, side by side, are levels of the
part (sets.is_level: Russia's Корпус then Строение, Spain's Bloque then Escalera, Taiwan's
村里 then 鄰, China's 街道/乡镇 then 村/社区): printed together, in the list's order."""

from __future__ import annotations

from collections.abc import Sequence

from packbuilder.language import scripts
from packbuilder.signers import places, street
from packbuilder.signers.cells import Cell, clean
from packbuilder.signers.words import HeaderReading


def merged(
    first: Cell, more: Sequence[int], cells: Sequence[str], readings: Sequence[HeaderReading]
) -> Cell:
    """The part's cell with its further levels joined on, each bare number written with its
    header's word ("корп. 2, стр. 1"); Chinese, Japanese and Korean script without a space
    (學府里12鄰). Its lines are the levels one by one."""
    given = [(first.col, first.value)] if first.value else []
    # A town's or region's levels are each a place, printed once where the country's order
    # puts it (places.py: Peru's Provincia and Departamento both "Arequipa").
    place = first.col < len(readings) and readings[first.col].role in places.PARTS
    for c in more:
        text = clean(cells[c]) if c < len(cells) else ""
        # Bangladesh's Area and Thana both "Dhanmondi": printed once.
        if text and (place or text.casefold() not in (t.casefold() for _, t in given)):
            given.append((c, text))
    if not given or given == [(first.col, first.value)]:
        return first
    texts = [street.labelled(text, readings[c].label) for c, text in given]
    joiner = "" if scripts.has_east_asian("".join(texts)) else ", "
    value = joiner.join(texts)
    # Each level is a line of its own where it is a place (places.py: Comuna, then Ciudad).
    return Cell(value, value, texts, first.col, first.line, tuple(c for c, _ in given))
