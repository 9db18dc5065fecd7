"""What a row's postcode and region say when the file does not: the country (a Canadian postal
code with its province, an Australian postcode with its state, a UK postcode), and a leading
zero a spreadsheet dropped (a New England ZIP code, a Darwin postcode). Only where one answer
fits; the column report says each one made."""

from __future__ import annotations

import re

from packbuilder.signers import addresses

#: Countries a row without one may be inferred to be in, from postcode and region.
INFERABLE = ("CA", "AU", "GB", "US")

#: The first three digits of the ZIP codes of states whose ZIP codes start with a zero (USPS
#: ZIP code prefixes: 005 Holtsville NY, 006-009 Puerto Rico and the Virgin Islands, 010-027
#: Massachusetts, 028-029 Rhode Island, 030-038 New Hampshire, 039-049 Maine, 050-059 Vermont,
#: 060-069 Connecticut, 070-089 New Jersey, 090-099 Armed Forces Europe).
_US_ZERO = {
    "NY": range(5, 6), "PR": range(6, 10), "VI": range(8, 9), "MA": range(10, 28),
    "RI": range(28, 30), "NH": range(30, 39), "ME": range(39, 50), "VT": range(50, 60),
    "CT": range(60, 70), "NJ": range(70, 90), "AE": range(90, 100),
}  # fmt: skip
#: Australian postcodes that start with a zero: the ACT's 02xx and the Northern Territory's
#: 08xx and 09xx (Australia Post's postcode ranges).
_AU_ZERO = {"ACT": range(200, 300), "NT": range(800, 1000)}


def region_code(code: str, region: str) -> str | None:
    """The region's key in the country's address data ("ON" for "Ontario"), or None."""
    wanted = region.strip().casefold()
    if not wanted:
        return None
    for key, name in addresses.regions(code):
        if wanted in (key.casefold(), name.casefold()):
            return key
    return None


def _fits(code: str, postal: str, region: str) -> bool:
    if addresses.postal_code_problem(code, postal) is not None:
        return False
    if not region:
        return code == "GB"  # a UK postcode is told by its letters; others need the region
    return code == "GB" or region_code(code, region) is not None


def country(postal: str, region: str, home: str | None) -> str | None:
    """The country a row with no country is in, when its postcode and region fit exactly one
    country other than the campaign's own (`home`), and do not fit the campaign's own; else
    None (also when the campaign's country is not known)."""
    if not postal or home is None:  # posted from nowhere known: no country line to add
        return None
    if _fits(home, postal, region):
        return None
    found = [c for c in INFERABLE if _fits(c, postal, region)]
    return found[0] if len(found) == 1 and found[0] != home else None


def restored_zero(code: str | None, postal: str, region: str) -> str | None:
    """The postcode with the leading zero a spreadsheet dropped put back, when the state says
    which ("2134" in Massachusetts is 02134; "800" in the Northern Territory is 0800)."""
    us = re.fullmatch(r"(\d{3,4})(-\d{4})?", postal)
    if us is not None and code in (None, "US"):
        state = region_code("US", region)
        padded = us[1].zfill(5)
        if state in _US_ZERO and int(padded[:3]) in _US_ZERO[state]:
            return padded + (us[2] or "")
    au = re.fullmatch(r"\d{3}", postal)
    if au is not None and code in (None, "AU"):
        state = region_code("AU", region)
        if state in _AU_ZERO and int(postal) in _AU_ZERO[state]:
            return postal.zfill(4)
    return None
