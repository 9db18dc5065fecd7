"""A column whose header names two places as alternatives ("City/District", "Ciudad/
Comuna") is read as the larger of the two (place_words.one_of); beside a column of the same
address naming the larger alone ("City"), it holds the other: the list asks the town in a
column of its own, so "Mailing City/District" beside "Mailing City" is the district, printed
above the town line, never a second town."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Protocol

from packbuilder.signers import records, unplaced, values, words

#: What splits a header's alternatives: "/" or a word for "or" (header_words.yaml).
_SLASH = re.compile(r"\s*/\s*")
#: Places from the smallest to the largest (as place_words.py orders them).
_PLACES = ("neighbourhood", "district", "city", "region")


class Settling(records.Placed, Protocol):
    """What by_values settles, with the columns read in place of another."""

    replaced: set[int]


def place(
    settling: Settling, sample: Callable[[int], values.Sample], countries: tuple[str, ...]
) -> None:
    """Reads a further level of a place whose header names it or a smaller place as that
    smaller place, where another column names the place alone."""
    cells, joined = settling.header.cells, settling.mapping.joined
    for field, more in list(joined.items()):
        part = unplaced.field_part(field)
        first = settling.found.get(field)
        if part not in _PLACES or first is None:
            continue
        levels = (first, *more)
        plain = [c for c in levels if not _smaller(cells[c], part)]
        for col in (c for c in levels if c not in plain and plain):
            smaller = _smaller(cells[col], part)
            # A district the header offers instead of the town is a part of the town: above it
            # wherever its column stands (a district column after the town's is larger).
            smaller = "neighbourhood" if (smaller, part) == ("district", "city") else smaller
            target = field[: -len(part)] + str(smaller)
            if target in settling.found:
                continue
            rest = tuple(c for c in levels if c != col)
            settling.found[field], joined[field] = rest[0], rest[1:]
            settling.found[target] = col
            settling.evidence[col] = (
                f"names the {part} or a smaller place, beside '{cells[plain[0]].strip()}', "
                f"which names the {part}: the smaller"
            )


def _smaller(header: str, part: str) -> str | None:
    """The smaller place a header names as the alternative to `part` ("City/District": the
    district), or None where it names one place."""
    pieces = [p for p in _SLASH.split(header) if p.strip()]
    if len(pieces) < 2:
        return None
    roles = [words.read_header(p).role for p in pieces]
    # "Mailing City/District": the set's word stands before the first place only.
    if part not in roles:
        return None
    below = [r for r in roles if r in _PLACES and _PLACES.index(r) < _PLACES.index(part)]
    return below[0] if len(below) == 1 else None
