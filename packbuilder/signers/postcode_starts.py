"""How a country's postcodes start, where Google's pattern admits a neighbour's too
(postcode_starts.txt: Czechia's 1xx-7xx and Slovakia's 0xx, 8xx, 9xx share one pattern)."""

from __future__ import annotations

import re
from functools import cache
from importlib import resources


@cache
def _starts() -> dict[str, tuple[re.Pattern[str], str]]:
    text = resources.files(__package__).joinpath("postcode_starts.txt").read_text("utf-8")
    found: dict[str, tuple[re.Pattern[str], str]] = {}
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            code, start, said = line.split("\t")
            found[code] = (re.compile(start), said)
    return found


def wrong_start(code: str, postal: str) -> str | None:
    """How the country's postcodes start, when `postal` (of its pattern) starts otherwise;
    else None."""
    known = _starts().get(code)
    if known is None or known[0].match(postal.strip()):
        return None
    return known[1]
