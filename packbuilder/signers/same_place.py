"""Two address sets of a row that write the same address: a shop's order export fills its
shipping and its billing set with the same street, number, postcode and town (bol.com's
"straat_verzending" and "straat_facturatie"), one of them with a part the other has no column
for ("huisnummer_toevoeging_verzending": 'bis'). They are one address: whichever set prints,
it prints whole, with every part either set gave."""

from __future__ import annotations

from packbuilder.signers import columns
from packbuilder.signers.cells import Cell, set_prefix
from packbuilder.signers.rival_sets import alike

_PARTS = frozenset(("address", *columns.ADDRESS_FIELDS))


def one_address(cells: dict[str, Cell]) -> tuple[str, ...]:
    """Fill each set's empty parts from another set of the row that gives the same address
    (every part both give written alike, at least two of them, one a street line or a
    postcode); the fields filled so, in order."""
    given: dict[str, dict[str, Cell]] = {}
    for field, cell in cells.items():
        prefix = set_prefix(field)
        part = field[len(prefix) :]
        if cell.value and part in _PARTS:
            given.setdefault(prefix, {})[part] = cell
    if len(given) < 2:  # most rows: one address set
        return ()
    filled: list[str] = []
    for prefix, mine in given.items():
        for other, theirs in given.items():
            if other == prefix or not _alike(mine, theirs):
                continue
            for part, cell in theirs.items():
                if part not in mine:
                    cells[prefix + part] = cell
                    filled.append(prefix + part)
    return tuple(filled)


def _alike(mine: dict[str, Cell], theirs: dict[str, Cell]) -> bool:
    return alike({p: c.value for p, c in mine.items()}, {p: c.value for p, c in theirs.items()})
