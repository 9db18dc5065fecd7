"""An address written again in another system or language (the qualifier "again": Korea's
lot-number 지번주소 beside the road-name 도로명주소, an English engAddr): beside the address it
writes again it is not printed; alone it is the address."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from packbuilder.signers import words
from packbuilder.signers.values import NOT_POSTAL as NOT_SHOWN


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


#: Why a column is not printed (column report), by what its header says.
AGAIN = "the same address written again (another address system or language)"
SIGNATURE = "a signature: it says the person signed; the name prints from the name columns"


def set_aside(
    reading: words.HeaderReading,
    field: str | None,
    fields: Sequence[str | None],
    readings: Sequence[words.HeaderReading],
    split: Callable[[str], tuple[str, str]],
) -> str | None:
    """Why a column is never printed whatever its values: a signature, or an address written
    again beside its set's own (지번주소 beside 도로명주소); None for any other column.
    `split`: a field as (its address set's prefix, the part)."""
    if reading.role == "signature":
        return SIGNATURE
    if reading.qualifier != "again" or field is None:
        return None
    sets = written([split(f) if f else None for f in fields], readings)
    return AGAIN if beside(split(field), sets) else None


def never_printed(what: str | None, reading: words.HeaderReading | None) -> bool:
    """Whether a column whose values look like `what` is never part of a name or address:
    e-mails, phones, dates, numbers under no address word, and a part's key (Shopware's
    countryId: UUIDs under a word for the part and one for an identifier)."""
    key = what == "record" and reading is not None and "other_data" in reading.roles
    if not (what in NOT_SHOWN or what == "number" or key):
        return False
    return key or not (reading is not None and reading.addressy)
