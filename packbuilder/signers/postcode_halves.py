"""A postal code a list writes in two columns: Portugal's CP4 and CP3 ("1100" beside "053":
1100-053, CTT's own two fields), a Japanese 〒 in three and four digits, a ZIP code beside a
column of ZIP+4 add-ons whose header says nothing. The second column is the postal code's
second part when its values complete the first to the country's pattern (Google's address
data) and the first alone is none of the country's postcodes."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Protocol

from packbuilder.signers import addresses, columns, values


class Settling(Protocol):
    """What by_values settles: columns placed, with the column report's evidence."""

    found: dict[str, int]
    evidence: dict[int, str]
    not_postal: dict[int, str]
    replaced: set[int]
    mapping: columns.Mapping_


def place(
    settling: Settling, sample: Callable[[int], values.Sample], countries: tuple[str, ...]
) -> None:
    """by_values' settling of the columns, with the postal code's second part placed (and no
    longer another column's alternate, nor "not used"), in every address set that has one."""
    for field in [f for f in settling.found if f.endswith("postal_code")]:
        half = second_half(field, settling.found, sample, countries)
        if half is None:
            continue
        col, why = half
        settling.found[field + "_ext"] = col
        settling.evidence[col] = why
        settling.not_postal.pop(col, None)
        settling.replaced.add(col)
        for other, more in settling.mapping.alternates.items():
            settling.mapping.alternates[other] = tuple(c for c in more if c != col)


#: How the two parts of a postal code are joined, in the order tried: Japan's 100-0001,
#: Poland's 00-950, Brazil's 01310-100; the UK's SW1A 1AA; none where nothing separates them.
SEPARATORS = ("-", " ", "")


def joined(first: str, second: str, code: str | None) -> str:
    """A postal code written in two parts, joined as the country's pattern writes it."""
    if not (first and second):
        return first
    pattern = addresses.postal_pattern(code) if code else None
    for sep in SEPARATORS if pattern else ():
        if re.fullmatch(pattern or "", f"{first}{sep}{second}", re.IGNORECASE):
            return f"{first}{sep}{second}"
    return f"{first}-{second}"


def _part(text: str) -> bool:
    """A value that may be one part of a postal code: a few letters and digits."""
    return 0 < len(text) <= 5 and text.isalnum() and text.isascii()


def second_half(
    field: str,
    found: dict[str, int],
    sample: Callable[[int], values.Sample],
    countries: tuple[str, ...],
) -> tuple[int, str] | None:
    """The column right of the set's postal code that holds its second part, with what the
    column report says of it; None when there is none."""
    col = found[field]
    if field + "_ext" in found or col + 1 in found.values():
        return None
    seconds = dict(sample(col + 1).values)
    pairs = [(a, seconds[line], line) for line, a in sample(col).values if line in seconds]
    if not pairs or not all(_part(b) and _part(a.replace("-", "")) for a, b, _ in pairs):
        return None
    for code in countries:
        pattern = addresses.postal_pattern(code)
        if pattern is None or any(re.fullmatch(pattern, a, re.IGNORECASE) for a, _, _ in pairs):
            continue
        whole = [joined(a, b, code) for a, b, _ in pairs]
        if all(re.fullmatch(pattern, w, re.IGNORECASE) for w in whole):
            a, b, line = pairs[0]
            n = len(pairs)
            return col + 1, (
                f"by its values: the second part of the postal code, which alone is none of "
                f"{addresses.country_name(code).title()}'s ({n} of {n}, line {line}: "
                f"'{a}' and '{b}' make {whole[0]})"
            )
    return None
