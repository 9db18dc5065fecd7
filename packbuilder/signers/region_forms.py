"""A region written another way than by its name: with its country's code in brackets, as
Odoo exports a state ("Illinois (US)"), or told by the postcode alone (a US state by its ZIP
code, for a ballot petition's County with no State column)."""

from __future__ import annotations

import re

from packbuilder.signers import addresses, countries
from packbuilder.signers.inferred import region_code


def state_of(code: str | None, postal: str) -> str | None:
    """The one region of the country whose postcodes the postcode starts like (Google's data:
    Illinois' "6[0-2]"), by its key ("IL"); None where none or several do."""
    rules = countries.rules(code) if code and postal else {}
    keys, zips = rules.get("sub_keys", "").split("~"), rules.get("sub_zips", "").split("~")
    hits = [k for k, z in zip(keys, zips, strict=False) if z and re.match(z, postal.strip())]
    return hits[0] if len(hits) == 1 else None


_BRACKETED = re.compile(r"\s*(.+?)\s*\(\s*([^()]+?)\s*\)\s*")


def bracketed(region: str) -> tuple[str, str] | None:
    """(the region, its country's code) for a region written with its country in brackets, as
    Odoo exports a state ("Illinois (US)", "Québec (CA)"), when the brackets name a country and
    the name is one of that country's regions (where Google's data lists them); else None."""
    found = _BRACKETED.fullmatch(region) if region.endswith(")") else None
    code = countries.country_code(found[2]) if found else None
    if found is None or code is None:
        return None
    if addresses.regions(code) and region_code(code, found[1]) is None:
        return None
    return found[1], code
