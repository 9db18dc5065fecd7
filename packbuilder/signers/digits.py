"""A header that may name a part of the name (Korean `Unit/Ho` and `Dong/Ho`: the flat, or
the Vietnamese family-name word Họ) whose every value has a digit ('1203-ho', '102-dong
803-ho'): no name has digits, so it is the address part the header names besides, or, where
it names none and stands after the street's line, the address's next line."""

from __future__ import annotations

from collections.abc import Callable

from packbuilder.signers import columns, records, unplaced, values, words

#: Parts of an address on or beside the street's line: a column of numbered words right after
#: one continues it.
_STREET_LINE = frozenset(
    {"address", "street", "street2", "street3", "unit", "building", "floor", "house_number"}
)


def place(
    settling: records.Placed, sample: Callable[[int], values.Sample], countries: tuple[str, ...]
) -> None:
    """Each column whose header names a name part, and perhaps one address part, placed as
    that address part (or the next line after the street) where all its values have a digit
    and the part is free."""
    del countries  # the same step signature as the others (steps.py)
    found, readings = settling.found, settling.mapping.readings
    taken = set(found.values()) | set(settling.not_postal)
    taken |= {c for more in settling.mapping.alternates.values() for c in more}
    for col, reading in enumerate(readings):
        if col in taken or reading.role is not None:
            continue
        parts = [r for r in reading.roles if r not in words.NAME_PARTS]
        if len(parts) > 1 or len(parts) == len(reading.roles):
            continue
        own = sample(col)
        texts = [text for _, text in own.values if text.strip()]
        if not texts or not all(any(ch.isdigit() for ch in text) for text in texts):
            continue
        prefix = columns.SET_OF.get(reading.qualifier, "")
        line, text = own.first()
        n = len(texts)
        why = f"by its values: each has a digit ({n} of {n}, line {line}: '{text}')"
        why += ", which no name has"
        if parts:
            field = prefix + parts[0]
            if parts[0] in columns.ADDRESS_FIELDS and field not in found:
                found[field] = col
                settling.evidence[col] = why
            continue
        before = next((f for f, c in found.items() if c == col - 1), None)
        if before is None or not before.startswith(prefix):
            continue
        if unplaced.field_part(before) not in _STREET_LINE:
            continue
        free = [f for f in (prefix + "street2", prefix + "street3") if f not in found]
        if free:
            found[free[0]] = col
            settling.evidence[col] = f"{why}; after the street's line, the next line"
