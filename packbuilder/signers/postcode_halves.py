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
    longer another column's alternate, nor "not used")."""
    half = second_half(settling.found, sample, countries)
    if half is None:
        return
    col, why = half
    settling.found["postal_code_ext"] = col
    settling.evidence[col] = why
    settling.not_postal.pop(col, None)
    settling.replaced.add(col)
    for field, more in settling.mapping.alternates.items():
        settling.mapping.alternates[field] = tuple(c for c in more if c != col)


def second_half(
    found: dict[str, int], sample: Callable[[int], values.Sample], countries: tuple[str, ...]
) -> tuple[int, str] | None:
    """The column right of the postal code that holds its second part, with what the column
    report says of it; None when there is none."""
    col = found.get("postal_code")
    if col is None or "postal_code_ext" in found or col + 1 in found.values():
        return None
    seconds = dict(sample(col + 1).values)
    pairs = [(a, seconds[line], line) for line, a in sample(col).values if line in seconds]
    if not pairs or not all(b.isdigit() and a.replace("-", "").isdigit() for a, b, _ in pairs):
        return None
    for code in countries:
        pattern = addresses.postal_pattern(code)
        if pattern is None or any(re.fullmatch(pattern, a, re.IGNORECASE) for a, _, _ in pairs):
            continue
        if all(re.fullmatch(pattern, f"{a}-{b}", re.IGNORECASE) for a, b, _ in pairs):
            a, b, line = pairs[0]
            n = len(pairs)
            return col + 1, (
                f"by its values: the second part of the postal code, which alone is none of "
                f"{addresses.country_name(code).title()}'s ({n} of {n}, line {line}: "
                f"'{a}' and '{b}' make {a}-{b})"
            )
    return None
