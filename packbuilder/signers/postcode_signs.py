"""The country a sign before a postcode names ("F-74100", "CH-1204", "D-10115"), as Europe's
posts once wrote them and lists still do: the country's code or its old sign
(postcode_signs.txt), a hyphen, and one of that country's postcodes."""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

from packbuilder.signers import addresses, inferred

#: A sign of one to three capitals, a hyphen, the postcode ("CH-1204"; "F - 74100" too).
_SIGNED = re.compile(r"([A-Za-z]{1,3})\s?-\s?(\S.*)")


@cache
def _signs() -> dict[str, str]:
    """The old signs that differ from the countries' ISO codes ("D": DE)."""
    text = resources.files(__package__).joinpath("postcode_signs.txt").read_text("utf-8")
    rows = (line.split("\t") for line in text.splitlines() if line and not line.startswith("#"))
    return {sign.strip(): code for code, sign in rows}


def signed(postal: str, iso: bool = True) -> tuple[str, str] | None:
    """(the country's ISO code, the postcode without its sign) when `postal` is one of that
    country's postcodes after its sign ("F-74100": FR, 74100), else None. A sign written in
    small letters or one that names no country is no sign. `iso`: whether the country's ISO
    code counts as its sign ("CH-1204"; those print as written, `inferred.unprefixed`), else
    only the old signs that differ from it, and not one the country's own format prints
    (Luxembourg's "L-%Z")."""
    found = _SIGNED.fullmatch(postal.strip())
    if found is None or not found[1].isupper():
        return None
    sign, bare = found[1], found[2].strip()
    old = _signs().get(sign)
    if old is not None and not iso and inferred.format_prefix(old) == sign:
        old = None
    codes = [c for c in (old, sign if iso and len(sign) == 2 else None) if c]
    for code in dict.fromkeys(codes):
        if addresses.postal_pattern(code) and addresses.postal_code_problem(code, bare) is None:
            return code, bare
    return None


#: A town line that starts with a postcode: the postcode (signed or not) and the town.
_POSTCODE_FIRST = re.compile(r"((?:[A-Z]{1,3}\s?-\s?)?\d[\d ]*\d)\s+(\D.*)")


def postcode_and_town(text: str, home: str | None) -> tuple[str, str] | None:
    """(postcode as written, town) of a town line written postcode first ("CH-1204 Genève",
    "F-74100 Annemasse", "1260 Nyon" in a Swiss list), when the postcode is one of the country
    its sign names or, unsigned, of the campaign's country (`home`); else None, and the line
    prints as written."""
    found = _POSTCODE_FIRST.fullmatch(text.strip())
    if found is None:
        return None
    postal, town = found[1].strip(), found[2].strip()
    if signed(postal) is not None:
        return postal, town
    if home and addresses.postal_pattern(home):
        return (postal, town) if addresses.postal_code_problem(home, postal) is None else None
    return None
