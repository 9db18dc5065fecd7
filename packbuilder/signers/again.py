"""An address written again in another system or language (the qualifier "again": Korea's
lot-number 지번주소 beside the road-name 도로명주소, an English engAddr): beside the address it
writes again it is not printed; alone it is the address."""

from __future__ import annotations

from collections.abc import Sequence

from packbuilder.signers import words


def written(
    fields: Sequence[tuple[str, str] | None], readings: Sequence[words.HeaderReading]
) -> set[str]:
    """The address sets (by field prefix) with a street or whole address of their own, not
    written again."""
    return {
        field[0]
        for field, reading in zip(fields, readings, strict=True)
        if field and field[1] in ("street", "address") and reading.qualifier != "again"
    }


def beside(field: tuple[str, str], sets: set[str]) -> bool:
    """Whether an address part written again (prefix, part) stands beside its set's own
    address ("English Name" is a name, never an address written again)."""
    prefix, part = field
    return part in words.POSTAL and prefix in sets
