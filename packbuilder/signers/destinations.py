"""A column named only by where goods go ("배송지", Naver's "통합배송지", "Ship To", "お届け先")
whose values are addresses: the whole address of that set. Under such a header alone a column
may as well hold the way goods go ("Standard", "Express"), so the values decide."""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from packbuilder.signers import columns, delivered, records, values

#: Share of a column's values that must be addresses (a street with its number).
SHARE = 0.8


class Settling(records.Placed, Protocol):
    """What by_values settles, with the columns read in place of another."""

    replaced: set[int]


def place(
    settling: Settling, sample: Callable[[int], values.Sample], countries: tuple[str, ...]
) -> None:
    """Reads such a column as its set's whole address where the set has no street."""
    cells, readings = settling.header.cells, settling.mapping.readings
    taken = {*settling.found.values(), *settling.not_postal}
    for col, reading in enumerate(readings):
        if col in taken or reading.role is not None or reading.roles or reading.qualifier is None:
            continue
        prefix = columns.SET_OF.get(reading.qualifier)
        if prefix is None or not delivered.goods_go(cells[col]):
            continue
        if any(prefix + f in settling.found for f in ("address", "street")):
            continue
        found = sample(col)
        if not found.looks or found.count("street") < SHARE * len(found.looks):
            continue
        settling.found[prefix + "address"] = col
        line, text = found.first("street")
        settling.evidence[col] = (
            f"by its values: {values.PLURAL['street']} ({found.count('street')} of "
            f"{len(found.looks)}, line {line}: '{text}') under a word for where goods go"
        )
