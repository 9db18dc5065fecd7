"""Two columns under different words for one line after the street ("Entre calles" and
"Referencias" in a Mexican shop's export, "Landmark" and "Directions", Indonesia's "RT" and
"RW"): each is a piece of the address, the second printed on the next free line, never read
only where the first is empty."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from packbuilder.signers.sets import set_words

#: The lines after the street, in the order they print: a landmark, a reference or
#: directions are the third (header_words.yaml, street3).
_LINES = ("street2", "street3", "street4", "street5", "street6")


def next_free(
    keys: Sequence[str],
    index: int,
    first: int,
    field: tuple[str, str],
    found: Mapping[str, int],
    headers: Sequence[str] = (),
) -> str | None:
    """The field of column `index`, read as the same line after the street as column `first`
    under other words: the next line of the set no column holds; None for a line of the same
    number ("Address 3" beside "Address Line 3" is one line written twice), for a line of
    another set ("Lieferadresse Zusatz" beside "Rechnungsadresse Zusatz": each set's own) or
    any other part. `field`: the column's (set prefix, part); `keys`: the headers as compared,
    `headers` as written."""
    prefix, part = field
    if part not in _LINES or keys[index] == keys[first]:
        return None
    if headers and _other_set(headers[index], headers[first]):
        return None
    numbers = ["".join(ch for ch in keys[c] if ch.isdigit()) for c in (index, first)]
    if numbers[0] and numbers[0] == numbers[1]:
        return None  # "Address 3" beside "Address Line 3"; "Entre calle 1" and "2" both print
    after = _LINES[_LINES.index(part) + 1 :]
    free = [prefix + f for f in after if prefix + f not in found]
    return free[0] if free else None


def _other_set(one: str, other: str) -> bool:
    """Whether two headers name different address sets: both name one, in other words."""
    mine, theirs = set_words(one), set_words(other)
    return bool(mine) and bool(theirs) and mine != theirs
