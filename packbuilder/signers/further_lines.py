"""Two columns under different words for one line after the street ("Entre calles" and
"Referencias" in a Mexican shop's export, "Landmark" and "Directions", Indonesia's "RT" and
"RW"): each is a piece of the address, the second printed on the next free line, never read
only where the first is empty."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

#: The lines after the street, in the order they print: a landmark, a reference or
#: directions are the third (header_words.yaml, street3).
_LINES = ("street2", "street3", "street4", "street5", "street6")


def next_free(
    keys: Sequence[str], index: int, first: int, field: tuple[str, str], found: Mapping[str, int]
) -> str | None:
    """The field of column `index`, read as the same line after the street as column `first`
    under other words: the next line of the set no column holds; None for a line of the same
    number ("Address 3" beside "Address Line 3" is one line written twice) or any other part.
    `field`: the column's (set prefix, part); `keys`: the headers as compared."""
    prefix, part = field
    if part not in _LINES or keys[index] == keys[first]:
        return None
    numbers = ["".join(ch for ch in keys[c] if ch.isdigit()) for c in (index, first)]
    if numbers[0] and numbers[0] == numbers[1]:
        return None  # "Address 3" beside "Address Line 3"; "Entre calle 1" and "2" both print
    after = _LINES[_LINES.index(part) + 1 :]
    free = [prefix + f for f in after if prefix + f not in found]
    return free[0] if free else None
