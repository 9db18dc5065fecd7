"""A header of words that say whose address and nothing else, whose last word begins a phrase
for a part ("Postal", "Post", "Home Postal": the postal code with its last word left off, as
Kindful and union rosters write it): that part where the values fit it, in the set its other
words name ("Home Postal" is the home postcode, never a mailing address of one postcode)."""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from packbuilder.signers import columns, records, values, words


def place(
    settling: records.Placed, sample: Callable[[int], values.Sample], countries: tuple[str, ...]
) -> None:
    """Places each such column whose values fit the part and none contradicts it; said in
    the column report with a value."""
    taken = set(settling.found.values()) | set(settling.not_postal)
    for col, reading in enumerate(settling.mapping.readings):
        if col in taken or reading.role is not None or not reading.qualifier or reading.unknown:
            continue
        header = settling.header.cells[col]
        for full in completed(header):
            part = str(full.role)
            # A number alone is no evidence: "Postal" of 1 and 0 is a consent to post.
            fits = values.RULES.get(part, (frozenset(), frozenset()))[0] - {"number"}
            field = columns.SET_OF.get(full.qualifier, "") + part
            found = sample(col)
            if not fits or field in settling.found or field in settling.mapping.mapped:
                continue
            looks = zip(found.values, found.looks, strict=True)
            fitting = [(line, t) for (line, t), f in looks if f & fits]
            if not fitting or any(values.contradicts(part, f) for f in found.looks):
                continue
            line, text = fitting[0]
            settling.found[field] = col
            settling.evidence[col] = (
                f"by its words and values: '{header.strip()}' is the {columns.LABELS[part]} "
                f"with its last word left off, and its values are {values.PLURAL[min(fits)]}"
                f" ({len(fitting)} of {len(found.looks)}, line {line}: '{text}')"
            )
            break


@cache
def completed(header: str) -> tuple[words.HeaderReading, ...]:
    """The header read with the rest of each phrase for a part that its last words begin
    ("Postal" as "Postal code", "Home Post" as "Home Post code"), where that names a part."""
    known = words.load()
    toks = words.words(header, known)
    out = []
    for phrase, (kind, role) in known.phrases.items():
        if kind != "role" or role not in words.POSTAL or len(phrase) < 2:
            continue
        for k in range(1, len(phrase)):
            if toks[-k:] == phrase[:k] and len(toks) >= k:
                reading = words.read_words(toks + phrase[k:])
                if reading.role == role and not reading.unknown:
                    out.append(reading)
    return tuple(sorted(set(out), key=lambda r: str(r.role)))
