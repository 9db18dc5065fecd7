"""A town column whose values name a ward: TikTok Shop's Vietnamese "Commune" (a town's word
in French) holds "Phường Bến Nghé", a ward (phường), printed above the district "Quận 1". A
value opens with its level's word in Vietnam, Indonesia (Kelurahan), the Philippines
(Barangay): where most values of a town column open with a word the header vocabulary gives
to a neighbourhood, and no column holds one, the column is the neighbourhood."""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from packbuilder.signers import columns, unplaced, values, words

#: Place levels from the smallest, as a value's first word may name them.
LEVELS = ("neighbourhood", "district", "city")
#: The level a town column moves to.
_SMALL = "neighbourhood"
#: Share of values that must open with the smaller level's word.
SHARE = 0.8


class Settling(Protocol):
    """What by_values settles: columns placed, with the column report's evidence."""

    found: dict[str, int]
    evidence: dict[int, str]
    mapping: columns.Mapping_


def place(
    settling: Settling, sample: Callable[[int], values.Sample], countries: tuple[str, ...]
) -> None:
    """Each town column whose values open with a ward's word moved to the ward's level (the
    neighbourhood), with the column report's evidence; a district column beside it, the next
    level up, is then the town (Vietnam's Quận, on the town's line)."""
    found = settling.found
    for field, col in list(found.items()):
        part = unplaced.field_part(field)
        prefix = field[: -len(part)]
        if part != "city" or field in settling.mapping.mapped or prefix + _SMALL in found:
            continue
        texts = [text for _, text in sample(col).values]
        n = sum(1 for text in texts if _level(text) == _SMALL)
        if not texts or n < SHARE * len(texts):
            continue
        found[prefix + _SMALL] = found.pop(field)
        first = next(t for t in texts if _level(t) == _SMALL)
        settling.evidence[col] = (
            f"by its values: each opens with the word for a {columns.LABELS[_SMALL]} "
            f"({n} of {len(texts)}, line {sample(col).first()[0]}: '{first}')"
        )
        if prefix + "district" in found and prefix + "district" not in settling.mapping.mapped:
            district = found.pop(prefix + "district")
            found[field] = district
            settling.evidence[district] = "the level above the ward's: the town's line"


def _level(text: str) -> str | None:
    """The place level a value's first word (or first two: "Thị xã") names, or None."""
    parts = text.split()
    for n in (2, 1):
        if len(parts) > n:
            role = words.read_header(" ".join(parts[:n])).role
            if role in LEVELS:
                return role
    return None
