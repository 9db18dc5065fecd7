"""Which country a row's address is in: the country its cell names, a region written with its
country's code ("Illinois (US)"), a state of the campaign's country that the data also lists as
a country (Guam), or, for a row with no country, what its postcode, region and town say
(`inferred`); and when none of them can say, whether the row may be abroad."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from packbuilder.language import cldr, scripts
from packbuilder.signers import (
    addresses,
    columns,
    countries,
    inferred,
    named_places,
    postcode_signs,
    region_forms,
    units,
)
from packbuilder.signers.printed import fold


@dataclass(slots=True)  # not frozen: made for every row, where frozen costs three times
class Whence:
    """A row's country as decided, and what the row's cells become by it."""

    #: The country cell as it prints ("" for none), and its ISO code (the campaign's when the
    #: row gives none and nothing says another).
    country: str
    code: str | None
    region: str
    postal: str
    #: (postcode as written, as printed) when a spreadsheet's dropped zero is put back.
    restored: tuple[str, str] | tuple[()] = ()
    #: The country inferred for a row with no country, and what told it ("the postcode and
    #: region"); "" when none was.
    guessed: str = ""
    by: str = ""
    #: What the column report says of the decision.
    said: tuple[str, ...] = ()
    #: Words of the postcode as written -> the word printed in their place ("F-74100": the
    #: sign's "f" is the postcode printed without it).
    renamed: tuple[tuple[str, str], ...] = ()


def decide(
    country: str, region: str, postal: str, city: str, street: list[str], home: str | None
) -> Whence:
    """The row's country from its cells (`country` as written, "" for no cell) and the
    campaign's country (`home`)."""
    said: list[str] = []
    bracketed = region_and_country(region, country)
    if bracketed is not None:
        # Odoo writes a state as "Illinois (US)": the region, with its country's code.
        named, its = bracketed
        place = addresses.country_name(its).title()
        said.append(f"{columns.LABELS['region']}: '{region}' is {named}, a region of {place}")
        region, country = named, country or addresses.country_name(its)
    if not country and (shown := country_as_region(region, postal, home)):
        said.append(f"country: {addresses.country_name(shown).title()}, from the region")
        country, region = region, ""  # "香港特别行政区", a survey's province
    explicit = countries.country_code(country) if country else None
    if explicit and postal and (told := by_postcode(country, explicit, postal)):
        said.append(told[1])  # "country: 'Guyane' is French Guiana, by its postcode"
        country, explicit = _fuller(country, told[0], home), told[0]
    if country and explicit is None and (told := among(country, postal, city)):
        said.append(told[1])  # "country: 'Congo' is Congo - Kinshasa, by its town"
        country, explicit = addresses.country_name(told[0]), told[0]
    state = inferred.is_region_of(explicit, home)
    if state is not None and home is not None:
        # Guam, Puerto Rico: a state of the campaign's country in its post's own data.
        name = addresses.country_name(home).title()
        said.append(f"country: {country}, a state of {name} to its post")
        region, country, explicit = region or state, "", None
    fixed = postal and inferred.restored_zero(explicit, postal, region, home, city, (*street,))
    restored: tuple[str, str] | tuple[()] = (postal, fixed) if fixed else ()
    postal = fixed or postal
    sign = postcode_signs.signed(postal, iso=False) if postal and not restored else None
    renamed: tuple[tuple[str, str], ...] = ()
    if sign is not None and explicit in (None, sign[0]):
        # "F-74100" in a Swiss list: France's postcode after its sign, printed without it.
        said.append(f"{columns.LABELS['postal_code']}: '{postal}' printed as {sign[1]}")
        shown = fold(sign[1]).split()[0]
        renamed = tuple((w, shown) for w in fold(postal).split())
        postal = sign[1]
    guessed, by = ("", "") if country else inferred.guess(postal, region, city, street, home)
    if sign is not None and not country and sign[0] != home and guessed in ("", sign[0]):
        guessed, by = sign[0], "the sign before its postcode"
    if not country and not guessed:
        guessed, by = by_shape(postal, region, city, home)
    if not country and not guessed and not postal:
        guessed = by_region(region, city, home) or ""
        by = "the region, which is that country's alone" if guessed else ""
    country = country or guessed
    code = explicit or (countries.country_code(country) if country else home)
    # "JP-13" prints as Tokyo; the column report says so ("state/region: ... printed as").
    region = iso_region(code, region, (*street, city)) or region
    postal = inferred.unprefixed(code, postal, home)  # "HT6110": Haiti's format prints the HT
    return Whence(country, code, region, postal, restored, guessed, by, tuple(said), renamed)


#: An ISO 3166-2 subdivision code: the country's, a hyphen, one to three letters or digits.
_ISO_REGION = re.compile(r"([A-Z]{2})-([A-Z0-9]{1,3})")


def iso_region(code: str | None, region: str, lines: tuple[str, ...]) -> str:
    """The region an ISO 3166-2 code of the row's country names ("JP-13", as Shopify's
    "Province Code" writes Tokyo), as its post writes it in Google's data: its Latin name for
    an address in Latin letters ("Tokyo"), else its key ("東京都"; "QC" for "CA-QC", "RM" for
    "IT-RM"); "" for anything else."""
    found = _ISO_REGION.fullmatch(region.strip().upper()) if "-" in region else None
    if found is None or code is None or found[1] != code:
        return ""
    rules = countries.rules(code)
    isoids = rules.get("sub_isoids", "").split("~")
    if found[2] not in isoids:
        return ""
    at = isoids.index(found[2])
    latin = rules.get("sub_lnames", "").split("~")
    if at < len(latin) and latin[at] and scripts.is_latin(" ".join(lines)):
        return latin[at]
    keys = rules.get("sub_keys", "").split("~")
    return keys[at] if at < len(keys) else ""


def by_region(region: str, city: str, home: str | None) -> str | None:
    """The country of a row with no country and no postcode whose region, written as a name,
    is a subdivision of exactly one country other than the campaign's in Google's data ("Co.
    Cork" in a UK list: Ireland), when it is none of the campaign country's regions and the
    town is none of its towns CLDR names; else None. A code ('WA') says too little."""
    if not region or home is None or inferred.is_code(region):
        return None
    if named_places.town_country(city) == home or inferred.region_code(home, region) is not None:
        return None
    if countries.key(region) in inferred.own_regions(home):
        return None
    found = {sub.country for sub in inferred.named_in(region)} - {home}
    return found.pop() if len(found) == 1 else None


def country_as_region(region: str, postal: str, home: str | None) -> str | None:
    """The country a row with no country names in its region cell ("香港特别行政区" from a
    Chinese survey's province, "Singapore" under a US list's State), or None: a country other
    than the campaign's, none of whose regions it is, whose postcode it has (or, when the row
    has none, whose post uses none), and not with a postcode of the campaign's country (a
    Belgian province "Luxembourg" with 6700 Arlon's postcode stays in Belgium); a name, never
    a code."""
    # A code says too little: "MA" is Massachusetts as well as Morocco.
    written = len(region.strip()) > 3 or not region.isascii()
    named = countries.country_code(region) if written else None
    if named is None or named == home or (home and inferred.region_code(home, region)):
        return None

    def fits(code: str) -> bool:
        if not postal:
            return not addresses.has_postal_codes(code)
        return addresses.postal_code_problem(code, postal) is None

    return named if fits(named) and not (home and postal and fits(home)) else None


#: A region with something in brackets after it: "Illinois (US)", "New South Wales (AU)".
def region_and_country(region: str, country: str) -> tuple[str, str] | None:
    """(the region, its country's code) for a region written with its country in brackets, as
    Odoo exports a state ("Illinois (US)", "Ontario (CA)": `inferred.bracketed`), when the
    row's country cell is empty or names the same country; else None."""
    found = region_forms.bracketed(region)
    if found is None or (country and countries.country_code(country) != found[1]):
        return None
    return found


def fitting(postal: str, home: str) -> list[str]:
    """The countries other than `home` whose postcodes `postal` has the shape of."""
    return sorted(
        code
        for code in countries.all_rules()
        if len(code) == 2
        and code not in (home, "ZZ")
        and addresses.has_postal_codes(code)
        and addresses.postal_code_problem(code, postal) is None
    )


def _abroad(postal: str, region: str, home: str | None, city: str = "") -> bool:
    """True for a row whose postcode, in its post's form, is none of the campaign country's:
    where the country's post requires a region (the US, Canada, Australia), when the region
    is none of its regions; elsewhere (Germany, France), when neither the region nor the town
    is one of the country's (CLDR's towns, Google's regions: 'Berlin' beside a mistyped
    postcode stays at home, warned). It is no address at home the post can deliver, so it
    may be one abroad."""
    if not postal or home is None:
        return False
    if inferred.postcode_problem(home, units.spaced_postcode(home, postal)) is None:
        return False
    if "region" in addresses.required_parts(home):
        return not region or inferred.region_code(home, region) is None
    if (region and inferred.region_code(home, region) is not None) or _cut_short(postal, home):
        return False
    return not any(named_places.town_country(_DISTRICT.sub("", p)) == home for p in (city, region))


def _cut_short(postal: str, home: str) -> bool:
    """The postcode is the start of one of the country's as its examples are written in
    Google's data: Portugal's '4000' (of '2725-079', an old four-digit code), an incomplete
    postcode at home (warned), not an address abroad."""
    shape = _shape(postal.strip())
    examples = countries.rules(home).get("zipex", "").split(",")
    return any(len(e) > len(shape) and _shape(e.strip()).startswith(shape) for e in examples)


def _shape(text: str) -> str:
    """A postcode's shape: each digit 9, each letter A ("2725-079": "9999-999")."""
    return re.sub(r"[^\W\d_]", "A", re.sub(r"\d", "9", text))


#: A district's number after a town's name ("Praha 2", "Wien 3", "Lyon 3e").
_DISTRICT = re.compile(r"\s*\d+\.?\s*(?:e|er|ème)?\s*$", re.IGNORECASE)


def by_shape(postal: str, region: str, city: str, home: str | None) -> tuple[str, str]:
    """(country, what told it) for a row with no country that may be abroad (`_abroad`), when
    its postcode starts with one country's letters ("DK-2200", "L-1611", "BB11000": `lettered`),
    or has the shape of exactly one country's (Poland's "90-926"), or of a few of which its
    town is one of CLDR's towns of just one ("120 00 Praha 2": Czechia, though Slovakia,
    Greece and Sweden write "120 00" too); ("", "") otherwise."""
    if home is None or not _abroad(postal, region, home, city):
        return "", ""
    marked = lettered(postal, home)
    if marked:
        return marked, "the letters its postcode starts with, which are that country's"
    fits = fitting(postal, home)
    if len(fits) == 1:
        return fits[0], "the postcode's shape, which is that country's alone"
    towns = {named_places.town_country(_DISTRICT.sub("", place)) for place in (city, region)}
    found = [code for code in fits if code in towns]
    return (found[0], "the postcode and town") if len(found) == 1 else ("", "")


#: A postcode written with letters before it: "DK-2200", "L-1611", "BB11000", "VC0100".
_LETTERED = re.compile(r"([A-Z]{1,3})[- ]?(.+)")


def lettered(postal: str, home: str | None) -> str | None:
    """The one country other than `home` whose ISO code or whose post's own prefix (Google's
    address data: Luxembourg's "L-", Switzerland's "CH-") the postcode starts with, and the
    rest, or the whole, is one of that country's postcodes ("DK-2200": Denmark, the prefix
    Europe's posts wrote before a neighbour's postcode; "BB11000": Barbados, whose postcodes
    start with its code, as Saint Vincent's "VC0100" and the British Virgin Islands'
    "VG1110" do); else None. A UK "L1 8JQ" is no Luxembourg postcode: its rest is none."""
    found = _LETTERED.fullmatch(postal.strip().upper())
    if found is None:
        return None
    letters, rest = found[1], found[2]
    named = {
        code
        for code in (letters, *_prefixed().get(letters, ()))
        if code != home and len(code) == 2 and code in countries.all_rules()
    }
    fits = [
        code
        for code in named
        if addresses.has_postal_codes(code)
        and any(addresses.postal_code_problem(code, p) is None for p in (rest, postal.strip()))
    ]
    return fits[0] if len(fits) == 1 else None


@cache
def _prefixed() -> dict[str, tuple[str, ...]]:
    """The letters each country's post prefixes its postcodes with in Google's address data
    ("L" for Luxembourg, "FL" for Liechtenstein), to the countries."""
    found: dict[str, list[str]] = {}
    for code, rules in countries.all_rules().items():
        prefix = str(rules.get("postprefix", "")).strip(" -")
        if len(code) == 2 and prefix.isalpha():
            found.setdefault(prefix.upper(), []).append(code)
    return {letters: tuple(codes) for letters, codes in found.items()}


def undecided(postal: str, region: str, home: str | None, city: str = "") -> tuple[str, str] | None:
    """For a row with no country that may be abroad: (the field at fault, why it cannot be
    posted as written) when its postcode is none of the campaign country's but fits other
    countries' (none of which its letters or town tell), or, where the post requires a
    region, its region is none of the country's regions ("Gipuzkoa" beside "20003" in a US
    list: a Basque address with a postcode a ZIP code can look like); else None."""
    if home is None:
        return None
    name = addresses.country_name(home).title()
    ask = "add a Country column"
    required = "region" in addresses.required_parts(home)
    if required and _strange(region, home):
        return "region", (
            f"'{region}' is none of the regions of {name}, and the row gives no country: "
            f"if the address is abroad, {ask}; if not, correct the region"
        )
    town = named_places.town_country(city) if required and not region else None
    if town and town != home and not _regions_written(town, postal):
        return "city", (
            f"'{city}' is a town of {countries_named([town])[0]}, where '{postal}' is a "
            f"postcode, and the row gives no country and no region of {name}, which its "
            f"addresses always name: if the address is abroad, {ask}; if not, add the region"
        )
    fits = fitting(postal, home) if _abroad(postal, region, home, city) else []
    if not fits:
        return None
    some = ", ".join(countries_named(fits[:5])) + (" and others" if len(fits) > 5 else "")
    gives = f"no country and no region of {name}" if required else "no country"
    return "postal_code", (
        f"'{postal}' is no postal code of {name}, and the row gives {gives}: it is probably "
        f"an address abroad ({some} write postcodes so), which would be posted as if it were "
        f"at home; {ask} (or correct the postcode)"
    )


#: "St. Andrew", "Ste-Anne": a saint's name as lists shorten it.
_SAINT = re.compile(r"^(St|Ste)\.?[\s-]+", re.IGNORECASE)


def region_elsewhere(region: str, home: str | None) -> str | None:
    """Why a row with no country and no postcode cannot be posted at home: its region is none
    of the campaign country's, where its post writes each region as a code (`_strange`), and
    is a region of other countries by ISO 3166-2 (a Jamaican parish "St. Andrew" in a US
    list, also Barbados', Grenada's...): a located refusal, never a domestic letter. None
    otherwise."""
    if not region or home is None or not _strange(region, home):
        return None
    full = _SAINT.sub(lambda m: "Saint " if len(m[1]) == 2 else "Sainte ", region.strip())
    found = sorted(
        set(named_places.subdivision_of(region)) | set(named_places.subdivision_of(full))
    )
    found = [c for c in found if c != home]
    if not found:
        return None
    name = addresses.country_name(home).title()
    some = ", ".join(countries_named(found[:5])) + (" and others" if len(found) > 5 else "")
    return (
        f"'{region.strip()}' is none of the regions of {name} but a region of {some}, and the "
        "row gives no country: add a Country column (or correct the region)"
    )


def _regions_written(code: str, postal: str) -> bool:
    """Whether the country's addresses must name a region too, or the postcode is none of its:
    a row naming its town but no region is then no more that country's than home's."""
    need = "region" in addresses.required_parts(code)
    return need or addresses.postal_code_problem(code, postal) is not None


def _strange(region: str, home: str) -> bool:
    """True for a region that is none of the country's in Google's data, where the country's
    post writes each region as its code (the US, Canada, Australia: address_words.yaml), so
    one it has no code for cannot be printed right. Elsewhere a region may be written in a
    language the data does not give (Basque "Gipuzkoa" in Spain)."""
    if not region or home not in units.regions_as_codes() or inferred.region_code(home, region):
        return False
    return countries.key(region) not in inferred.own_regions(home)


def checked(
    parts: addresses.AddressParts, code: str | None, posted: bool
) -> list[tuple[str, str, bool]]:
    """(field, what is wrong, whether it stops the build) for a row's postcode and region in
    its country (`code`; the campaign's for a row with no country, unless `posted`: the row
    names its country, or writes its address as lines): a row that may be abroad (`undecided`)
    is refused; a postcode none of the country's, or one its region's never start like
    ("6000" is Western Australia's, not Queensland's), is warned about."""
    return list(_checked(parts.postal_code, parts.region, parts.city, code, posted))


@lru_cache(maxsize=1024)  # a list's postcodes, regions and towns repeat
def _checked(
    postal: str, region: str, city: str, code: str | None, posted: bool
) -> tuple[tuple[str, str, bool], ...]:
    if not postal:
        elsewhere = None if posted else region_elsewhere(region, code)
        return (("region", elsewhere, True),) if elsewhere else ()
    abroad = None if posted else undecided(postal, region, code, city)
    if abroad is not None:
        return ((*abroad, True),)
    problem = inferred.postcode_problem(code, postal)
    if problem is not None:
        return (("postal_code", problem, False),)
    elsewhere = inferred.region_postcode_problem(code, region, postal)
    return (("postal_code", elsewhere, False),) if elsewhere else ()


def countries_named(codes: list[str]) -> list[str]:
    """The countries' English names as CLDR gives them ("Czechia", "Guernsey"; Google's data
    calls Guernsey and Jersey both "Channel Islands")."""
    return [cldr.territory_name(code) or addresses.country_name(code).title() for code in codes]


def among(written: str, postal: str, city: str) -> tuple[str, str] | None:
    """(country, what the column report says) for a name two countries go by ("Congo",
    "Virgin Islands") when the row's postcode fits one of them only, or its town is a town of
    one of them only (CLDR: Kinshasa is Congo - Kinshasa's); else None."""
    shared = countries.ambiguous(written)
    fits = [c for c in shared if postal and addresses.postal_code_problem(c, postal) is None]
    by = ""
    if postal and len(fits) == 1 and all(addresses.has_postal_codes(c) for c in shared):
        found, by = fits, "its postcode"
    else:
        town = named_places.town_country(city)
        found, by = [c for c in shared if c == town], "its town"
    if len(found) != 1:
        return None
    return found[0], f"country: '{written}' is {addresses.country_name(found[0]).title()}, by {by}"


def by_postcode(written: str, named: str, postal: str) -> tuple[str, str] | None:
    """(country, what the column report says) for a country cell naming a country whose post
    writes no postcodes, beside a postcode, when exactly one country with a longer name that
    starts with the cell's words has that postcode ("Guyane", 97300: French Guiana, "Guyane
    française", not Guyana, Kirundi's "Guyane"); else None."""
    if addresses.has_postal_codes(named):
        return None
    fits = [
        code
        for code in sorted(countries.named_longer(written) - {named})
        if addresses.has_postal_codes(code) and addresses.postal_code_problem(code, postal) is None
    ]
    if len(fits) != 1:
        return None
    name = addresses.country_name(fits[0]).title()
    return fits[0], f"country: '{written}' is {name}, by its postcode"


def _fuller(written: str, code: str, home: str | None) -> str:
    """The country's name in a language of the campaign's country that starts with what the
    cell wrote ("Guyane française" for "Guyane" in France), else its name as the country line
    prints it: either is read as that country, where the cell alone would not be."""
    start = countries.key(written)
    for lang in cldr.official_languages(home) if home else ():
        name = cldr.territory_name(code, lang) or ""
        if countries.key(name).startswith(start):
            return name
    return addresses.country_name(code)


def unknown_country(written: str) -> str:
    """Why a country cell gives no country: a name two countries go by, or none."""
    shared = countries.ambiguous(written)
    then = "so the address prints in the order written with the country last"
    if shared:
        names = " or ".join(f"{addresses.country_name(c).title()} ({c})" for c in shared)
        return f"country '{written}' names more than one country, {then}: write {names}"
    return f"country '{written}' is not one packbuilder knows, {then}; check it"
