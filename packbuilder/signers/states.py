"""A state or region a row gives that is none of its country's ("XX", "Bayern" or "Wonderland"
in a US row, New Zealand's "Waikato" in an Australian one): warned at its cell, since the post
may not deliver the letter's return address as written."""

from __future__ import annotations

from functools import cache

from packbuilder.language import cldr, scripts
from packbuilder.signers import addresses, inferred
from packbuilder.signers.cells import Cell
from packbuilder.signers.report import Report


def warn(
    report: Report,
    cells: dict[str, Cell],
    prefix: str,
    parts: addresses.AddressParts,
    code: str | None,
    where: str,
    line: int,
) -> None:
    """A located warning at the region's cell when the region the row's chosen address gives
    is none of its country's (`problem`). Asked after the address is read, in a row with no
    error yet: a region a row without a country gives, which may be abroad, is an error there
    already (whence.undecided)."""
    if parts.region and (found := problem(code, parts.region)) is not None:
        cell = cells.get(prefix + "region")
        report.warn(cell.line if cell else line, cell.col + 1 if cell else 1, where, found)


@cache
def problem(code: str | None, region: str) -> str | None:
    """Why the region cannot be the country's: where its post requires one and Google's
    address data lists them by code (the US's IL, Australia's NSW, Brazil's SP), a region in
    Latin letters that is none of them by code, name or a shortening ("Wonderland", "Bayern"
    in a US row). Not where the data lists names, not codes (臺北市 is 台北市), nor where a
    region's name has forms in several languages the data does not hold: Canada's French
    ones, Spain's Basque, Catalan and Galician ("Gipuzkoa" is Guipúzcoa), told by CLDR's
    languages official there (more than the national one and two regional ones, as the US's
    Spanish and Hawaiian). Asked of every row: a list's few states are looked up once each."""
    regions = addresses.regions(code) if code else ()
    if not code or not regions or "region" not in addresses.required_parts(code):
        return None
    if not all(k.isascii() and k.isupper() and len(k) <= 3 for k, _ in regions):
        return None
    if len(cldr.official_languages(code, regional=True)) > 3 or not scripts.is_latin(region):
        return None
    if inferred.region_code(code, region) is not None:
        return None
    if region.strip().casefold() in {n.casefold() for n in addresses.region_names(code)}:
        return None
    named = cldr.territory_name(code) or code
    keys = ", ".join(key for key, _ in regions[:3])
    return (
        f"state/region '{region.strip()}' is not a region of {named} in the post's data "
        f"({keys}, ...); check it, or give the row's country if the address is abroad"
    )
