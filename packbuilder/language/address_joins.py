"""The ways an address's street lines may share a line, for a label too short for them all.

Street lines are joined as Google's address library joins them into one line
(libaddressinput, address_formatter.cc, GetStreetAddressLinesAsSingleLine, read 2026-12-07):
", " in Latin script, a space in Korean and Thai, nothing between Chinese or Japanese lines,
"، " in Arabic script. Only street lines join: the name, a c/o line, the town, region and
postcode lines keep their own, and the country line stays last and alone, as every post's
address format in Google's data has them.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Iterator

from packbuilder.language import scripts

#: A line for someone else's care ("c/o", "℅", German "z. Hd.", Dutch "p/a"): it stays on a
#: line of its own, as the name it follows does.
_CARE_OF = re.compile(r"(c/o|℅|care of|attn\b|z\.\s*hd\b|p/a\b)", re.IGNORECASE)


def separator(text: str) -> str:
    """What stands between two street lines joined into one, by the lines' script."""
    written = scripts.main_script(text)
    if written in ("han", "kana"):
        return ""
    names = [unicodedata.name(c, "") for c in text if c.isalpha()]
    if written == "hangul" or any(n.startswith("THAI") for n in names):
        return " "
    if any(n.startswith("ARABIC") for n in names):
        return "\u060c "
    return ", "


def joined(lines: tuple[str, ...], street: tuple[int, int]) -> Iterator[tuple[str, ...]]:
    """`lines` with street lines (those from `street[0]` up to `street[1]`) joined: one pair
    first, then two, ..., the earliest pairs first, so the fewest and highest joins win."""
    start, end = street
    end = min(end, len(lines))
    pairs = [
        i
        for i in range(start, end - 1)
        if not (_CARE_OF.match(lines[i]) or _CARE_OF.match(lines[i + 1]))
    ]
    between = separator(" ".join(lines[start:end]))
    for count in range(1, len(pairs) + 1):
        for chosen in itertools.combinations(pairs, count):
            out = list(lines)
            for i in reversed(chosen):
                out[i : i + 2] = [out[i] + between + out[i + 1]]
            yield tuple(out)
