"""Places people name, and the countries they are in, from data: CLDR's towns (the exemplar
cities of the world's time zones, town_names.txt) and ISO 3166-2's subdivisions (cantons,
departments, parishes, quarters: subdivision_names.txt, where Google's address data lists
subdivisions for a few dozen countries only). Each file is read only for a row that needs it."""

from __future__ import annotations

from functools import cache
from importlib import resources

from packbuilder.signers import addresses, countries


@cache
def towns() -> dict[str, str]:
    """Folded town name -> the country it is in: CLDR's exemplar cities in every locale
    (town_names.txt, written by tools/town_names.py)."""
    found: dict[str, str] = {}
    for code, names in _lines("town_names.txt"):
        found.update(dict.fromkeys(names.split(), code))
    return found


def town_country(town: str) -> str | None:
    """The country of which the town is one of CLDR's towns ("Praha": CZ), or None."""
    return towns().get(countries.key(town)) if town else None


@cache
def _subdivisions() -> dict[str, dict[str, str]]:
    """Folded name -> {country: the kind ISO 3166-2 gives it} (subdivision_names.txt, written
    by tools/subdivision_names.py): "geneve" -> {"CH": "canton"}."""
    found: dict[str, dict[str, str]] = {}
    for code, rest in _lines("subdivision_names.txt"):
        _, kind, names = rest.split("\t")
        for name in names.split():
            found.setdefault(name, {}).setdefault(code, kind)
    return found


def subdivision_of(place: str) -> dict[str, str]:
    """The countries one of whose subdivisions the place names, each with the kind ISO 3166-2
    gives it ("Gros Islet": {"LC": "district"}); empty for none."""
    return _subdivisions().get(countries.key(place), {}) if place else {}


def is_top_subdivision(code: str, place: str) -> bool:
    """Whether the place names one of the country's top-level subdivisions in ISO 3166-2: its
    states, provinces or departments (Guatemala's "Guatemala", "Sacatepéquez"), not the
    districts below them."""
    return countries.key(place) in _top().get(code, frozenset()) if place else False


@cache
def _top() -> dict[str, frozenset[str]]:
    found: dict[str, set[str]] = {}
    for code, rest in _lines("subdivision_names.txt"):
        if rest.startswith("1\t"):
            found.setdefault(code, set()).update(rest.split("\t")[2].split())
    return {code: frozenset(names) for code, names in found.items()}


def by_subdivision(postal: str, places: tuple[str, ...], home: str | None) -> str | None:
    """The country of a row with no country whose town or region names a subdivision of one
    country only, not the campaign's (`home`), whose postcode fits that country's as written
    and not the campaign's ("1204 Genève" in a French list: Geneva's canton and a Swiss
    postcode, not a French 01204 whose zero a spreadsheet dropped); else None."""
    if not postal or home is None or addresses.postal_code_problem(home, postal) is None:
        return None
    named = [subdivision_of(p) for p in places if p]
    if any(home in found for found in named) or any(town_country(p) == home for p in places):
        return None
    fits = {c for found in named for c in found if c != home}
    fits = {c for c in fits if addresses.postal_code_problem(c, postal) is None}
    return fits.pop() if len(fits) == 1 else None


def _lines(name: str) -> list[tuple[str, str]]:
    """A data file's lines but comments: (ISO code, the rest)."""
    text = resources.files(__package__).joinpath(name).read_text("utf-8")
    return [
        (line.split("\t", 1)[0], line.split("\t", 1)[1])
        for line in text.splitlines()
        if line and not line.startswith("#")
    ]
