"""A region written as a code (a shop's "LA", "AUK", "D"), printed by its name or left off
where the town says it, and two region columns naming one region (Shopify's Province and
Province Code) printed once."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources

from packbuilder.language import scripts
from packbuilder.signers import addresses, countries, inferred, units
from packbuilder.signers.printed import fold

LABEL = "state/region"


#: A region written as its ISO 3166-2 code, in capitals as shops write it (Shopify's "LA",
#: "AUK", "D").
_CODE = re.compile(r"[A-Z]{1,3}")


def from_code(code: str | None, region: str, city: str, latin: bool) -> str | None:
    """The region a code names, as the country's format prints it: Google's key for the ISO
    code ("LA" -> Lagos, "D" -> Co. Dublin, "RM" -> Región Metropolitana; its Latin name in a
    Latin address: "DU" -> Dubai), else, where it would print on a line of its own, ISO
    3166-2's English name (subdivision_codes.txt: "NTL" -> Northland); "" where the format
    has no region and the town already says it ("AUK" beside Auckland, "WGN" beside
    Wellington). None where the region is no such code,
    is a key Google prints as it is (Italy's "CO"), names the town on the town's line, or the
    country's post writes codes."""
    text = region.strip()
    if code is None or not _CODE.fullmatch(text) or code in units.regions_as_codes():
        return None
    rules = countries.rules(code)
    keys = rules.get("sub_keys", "").split("~")
    if text in keys:
        return None
    isoids = rules.get("sub_isoids", "").split("~")
    names = rules.get("sub_lnames", "").split("~") if latin else []
    fmt = rules.get("fmt", "%S")
    beside = any("%C" in x and "%S" in x for x in fmt.split("%n"))
    if text in isoids:
        at = isoids.index(text)
        latin_name = names[at] if at < len(names) else ""
        name = latin_name if latin_name and not scripts.is_latin(keys[at]) else keys[at]
    elif beside or (name := _iso_names().get((code, text), "")) == "":
        # Papua New Guinea's "Boroko 111 NCD": a code on the town's line, where Google's data
        # names no region, is as the post writes it.
        return None
    town = countries.key(city)
    if not town or town not in _word_runs(name):
        return name
    if "%S" not in fmt:
        return ""
    # Colombia's "Bogotá, DC, 110221": beside the town it names, on the town's line, the code
    # reads as the post writes it; the name would print the town twice.
    return None if beside else name


def _word_runs(name: str) -> set[str]:
    """The folded runs of whole words of a name ("Greater Wellington": greater, wellington,
    greaterwellington)."""
    parts = [countries.key(w) for w in re.split(r"[\s\-]+", name) if w]
    return {"".join(parts[i:j]) for i in range(len(parts)) for j in range(i + 1, len(parts) + 1)}


@cache
def _iso_names() -> dict[tuple[str, str], str]:
    text = resources.files(__package__).joinpath("subdivision_codes.txt").read_text("utf-8")
    rows = (line.split("\t") for line in text.splitlines() if line and line[0] != "#")
    return {(country, code): name for country, code, name in rows}


@dataclass(frozen=True)
class Region:
    """A row's region as its letter prints it, with what the column report says about it."""

    #: As printed ("" where the town says it); `written` as the reader took it, before the
    #: post's own form ("Massachusetts" printed as MA is said after), where it chose it ("").
    region: str
    written: str
    said: tuple[str, ...] = ()
    #: Words as written -> a word printed in their place ("la" -> "lagos").
    renamed: tuple[tuple[str, str], ...] = ()
    #: Whether the region's columns (Shopify's Province and Province Code) name one region.
    once: bool = False
    #: A code printed after the town, on its line (units.region_code_after_town).
    after_town: str = ""


def settle(code: str | None, region: str, levels: Sequence[str], city: str, latin: bool) -> Region:
    """The region of a row (`levels`: its columns' values where the list gives two), printed
    once where its columns name one region ("Massachusetts" and "MA"), by its name where it
    is written as a code (`from_code`)."""
    said: list[str] = []
    renamed: dict[str, str] = {}
    others: list[str] = []
    # (Levels written alike, Peru's Provincia and Región both "Cusco", are places.py's.)
    once = len({countries.key(x) for x in levels}) > 1 and code is not None and _one(code, levels)
    if once:  # the name, as Google's data writes it where a code gives it (CO: Co. Cork)
        region = max((from_code(code, x, "", True) or x for x in levels), key=len)
        others = [x for x in levels if x != region]
        quoted = " and ".join(f"'{x}'" for x in levels)
        said.append(f"{LABEL}: {quoted} name one region, printed once")
    written = region if once else ""
    region = addresses.postal_region(code, region)
    after = ""
    if (named := from_code(code, region, city, latin)) is not None:
        if named and code in units.region_code_after_town():
            after, named = region, ""  # "6900 Lugano TI": on the town's line, as written
        else:
            said.append(f"{LABEL}: '{region}' is {named or city}")
            others.append(region)
        region = written = named
    shown = fold(region or city).split()
    for other in others if shown else ():
        renamed.update((w, shown[0]) for w in fold(other).split() if w not in shown)
    return Region(region, written, tuple(said), tuple(renamed.items()), once, after)


def _one(code: str, levels: Sequence[str]) -> bool:
    """Whether each of the texts names the same region of the country: by its key in Google's
    data, or its name for a code ("LA" and "Lagos"; "Cork" and "CO", Co. Cork)."""
    names = []
    for text in levels:
        name = from_code(code, text, "", True) or text
        names.append(inferred.region_code(code, name) or name)
    first = names[0]
    return all(
        countries.key(n) in _word_runs(first) or countries.key(first) in _word_runs(n)
        for n in names[1:]
    )
