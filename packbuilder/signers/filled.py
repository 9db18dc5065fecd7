"""A part held by a column empty in every row, beside a column its header may name that part
and whose values are that part: Thunderbird's French export writes "Pays/État" (the state,
read as the country) empty in every row and the country under "Pays/Région (domicile)". The
filled column holds the part; the empty one is listed as empty, as before."""

from __future__ import annotations

from collections.abc import Callable

from packbuilder.signers import columns, records, unplaced, values

#: Share of the filled column's values that must look like the part.
SHARE = 0.8


def place(
    settling: records.Placed, sample: Callable[[int], values.Sample], countries: tuple[str, ...]
) -> None:
    """Each part whose column is empty in every sampled row handed to a filled column of the
    same set whose header names the part among what it may be and whose values show it."""
    found, readings = settling.found, settling.mapping.readings
    taken = set(found.values()) | set(settling.not_postal)
    taken |= {c for more in settling.mapping.alternates.values() for c in more}
    for field, col in list(found.items()):
        part = unplaced.field_part(field)
        prefix = field[: -len(part)]
        if sample(col).values or field in settling.mapping.mapped or part not in values.RULES:
            continue
        for other, reading in enumerate(readings):
            if other in taken or reading.role is not None or part not in reading.roles:
                continue
            if columns.SET_OF.get(reading.qualifier, "") != prefix:
                continue
            theirs = sample(other)
            fits = values.RULES[part][0]
            n = sum(1 for f in theirs.looks if f & fits)
            if not theirs.looks or n < SHARE * len(theirs.looks):
                continue
            found[field] = other
            taken.add(other)
            line, text = theirs.first()
            settling.evidence[other] = (
                f"by its values ({n} of {len(theirs.looks)}, line {line}: '{text}'); "
                f"'{settling.header.cells[col].strip()}' is empty in every row"
            )
            break
