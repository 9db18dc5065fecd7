"""A part a list writes twice: a country spelled out beside its code ("Full country name"
beside "Country": United States and US, United Kingdom and GB, as Patreon's members export
has them). Where they name the same country in every row read, the second is the same data
and is listed as such; where they differ, the column stays open (and is asked about)."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from packbuilder.signers import columns, unplaced, values
from packbuilder.signers.countries import country_code
from packbuilder.signers.table import Row


def same_country(
    header: Row,
    mapping: columns.Mapping_,
    found: Mapping[str, int],
    taken: set[int],
    sample: Callable[[int], values.Sample],
) -> dict[int, str]:
    """Columns no rule placed whose header or values say country and whose values name the
    same country as the set's country column on every line both fill: column -> why unused."""
    out: dict[int, str] = {}
    for field, col in found.items():
        if unplaced.field_part(field) != "country":
            continue
        theirs = dict(sample(col).values)
        codes = {line: country_code(text) for line, text in theirs.items()}
        if not codes or None in codes.values():
            continue
        for other, reading in enumerate(mapping.readings):
            if other in taken or other == col or "country" not in (reading.role, *reading.roles):
                continue
            mine = dict(sample(other).values)
            both = [line for line in mine if line in codes]
            if both and all(country_code(mine[line]) == codes[line] for line in both):
                name = header.cells[col].strip()
                out[other] = f"the same country as '{name}' on every line, written another way"
    return out
