"""Two columns under different words for the line that finds the door, after the street
("Entre calles" and "Referencias" in a Mexican shop's export, "Landmark" and "Directions"):
each is a piece of the address, the second printed on the next free line, never read only
where the first is empty."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

#: The line a landmark, a reference or directions are read as (header_words.yaml, street3).
_NOTE = "street3"
#: The lines after it, in the order they print.
_AFTER = ("street4", "street5", "street6")


def next_free(
    keys: Sequence[str], index: int, first: int, field: tuple[str, str], found: Mapping[str, int]
) -> str | None:
    """The field of column `index`, read as the same landmark line as column `first` under
    other words: the next line of the set no column holds; None for a numbered line ("Address
    3" beside "Address Line 3" is one line written twice) or any other part. `field`: the
    column's (set prefix, part); `keys`: the headers as compared."""
    prefix, part = field
    if part != _NOTE or keys[index] == keys[first]:
        return None
    if any(ch.isdigit() for ch in keys[index] + keys[first]):
        return None
    free = [prefix + f for f in _AFTER if prefix + f not in found]
    return free[0] if free else None
