"""What a row's postcode and region say when the file does not: the country (a Canadian postal
code with its province, a Japanese one with its prefecture, a UK postcode; any country whose
postcodes and subdivisions Google's address data gives), and a leading zero a spreadsheet
dropped (a New England ZIP code, a Darwin postcode). Only where one answer fits; the column
report says each one made."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from packbuilder.language import cldr, scripts
from packbuilder.signers import addresses, countries, named_places

#: The first three digits of the ZIP codes of states whose ZIP codes start with 0 (USPS: 005
#: Holtsville NY, 006-009 PR and VI, 010-027 MA, 028-029 RI, 030-038 NH, 039-049 ME, 050-059
#: VT, 060-069 CT, 070-089 NJ, 090-099 Armed Forces Europe).
_US_ZERO = {
    "NY": range(5, 6), "PR": range(6, 10), "VI": range(8, 9), "MA": range(10, 28),
    "RI": range(28, 30), "NH": range(30, 39), "ME": range(39, 50), "VT": range(50, 60),
    "CT": range(60, 70), "NJ": range(70, 90), "AE": range(90, 100),
}  # fmt: skip
#: Australian postcodes that start with 0: the ACT's 02xx, the NT's 08xx, 09xx (Australia Post).
_AU_ZERO = {"ACT": range(200, 300), "NT": range(800, 1000)}


def region_code(code: str, region: str) -> str | None:
    """The region's key in the country's address data ("ON" for "Ontario"), or None."""
    wanted = region.strip().casefold()
    if not wanted:
        return None
    for key, name in addresses.regions(code):
        if wanted in (key.casefold(), name.casefold()):
            return key
    return countries.shortened_region(region, addresses.regions(code))


def town_is_region(code: str | None, town: str) -> bool:
    """True when the town is a region of its country by the region's own key in Google's data
    (Санкт-Петербург and Москва are cities and regions of Russia), so no region is missing;
    "Washington" is no state, since the US's key is WA."""
    found = region_code(code, town) if code and town else None
    return found is not None and found.casefold() == town.strip().casefold()


@dataclass(frozen=True)
class _Subdivision:
    """A state, province or prefecture in Google's address data."""

    country: str
    #: The pattern its postal codes start with (Tokyo's "1[0-9]"), or "" when not given.
    zip_prefix: str


@cache
def _subdivisions() -> dict[str, tuple[_Subdivision, ...]]:
    """Every country's subdivisions by each way the data writes them (`_of`), for finding
    which countries a region names: read only for a row that does not fit the campaign's."""
    found: dict[str, list[_Subdivision]] = {}
    for code, rules in countries.all_rules().items():
        if len(code) == 2 and code != "ZZ":
            for name, subs in _of(code, rules).items():
                found.setdefault(name, []).extend(subs)
    return {name: tuple(dict.fromkeys(subs)) for name, subs in found.items()}


def own_regions(code: str) -> frozenset[str]:
    """Every way Google's data writes the country's regions, folded (`countries.key`)."""
    return frozenset(_own(code))


@cache
def _own(code: str) -> dict[str, tuple[_Subdivision, ...]]:
    """One country's subdivisions, from its own rules (no other country's read)."""
    return _of(code, countries.rules(code))


def _of(code: str, rules: dict[str, str]) -> dict[str, tuple[_Subdivision, ...]]:
    """A country's subdivisions by each way the data writes them, folded as country names
    are: key, name and Latin name in any script ("東京都", "Tokyo"; "서울특별시", "서울",
    "Seoul"; "ON", "Ontario") and ISO 3166-2 code ("JP-13"; "QC" alone, a bare number not)."""
    found: dict[str, list[_Subdivision]] = {}
    if "zip" not in rules or "sub_keys" not in rules:
        return {}
    columns = {f: rules[f].split("~") for f in _NAMED_BY if rules.get(f)}
    zips = rules.get("sub_zips", "").split("~")
    isoids = rules.get("sub_isoids", "").split("~")
    for n in range(len(columns["sub_keys"])):
        sub = _Subdivision(code, zips[n] if n < len(zips) else "")
        names = {column[n] for column in columns.values() if n < len(column)}
        iso = isoids[n] if n < len(isoids) else ""
        if iso:  # "JP-13" names Tokyo; "13" alone is any number
            names.add(f"{code}-{iso}")
            names.update([iso] if not iso.isdigit() else [])
        for name in names:
            folded = countries.key(name)
            if folded:
                found.setdefault(folded, []).append(sub)
    return {name: tuple(subs) for name, subs in found.items()}


#: The fields of Google's address data that name a country's subdivisions.
_NAMED_BY = ("sub_keys", "sub_names", "sub_lnames")


def _fits(code: str, postal: str, places: tuple[str, ...]) -> bool:
    """The postcode is one of the country's, and the region or town is one of its subdivisions
    whose postcodes it starts like; a UK postcode alone, as its letters tell it (Google's data
    gives the UK no subdivisions)."""
    if addresses.postal_code_problem(code, postal) is not None:
        return False
    if code == "GB":
        return True
    own = _own(code)
    return any(_in(sub, postal) for p in places if p for sub in own.get(countries.key(p), ()))


def region_postcode_problem(code: str | None, region: str, postal: str) -> str | None:
    """Why a postcode is none the row's region has, where Google's data gives the region's
    postcodes' first digits ("6000" in Queensland, whose postcodes start with 4 or 9)."""
    subs = _own(code).get(countries.key(region), ()) if code and region else ()
    mine = [sub for sub in subs if sub.country == code and sub.zip_prefix]
    if not mine or len(subs) != len(mine) or any(_in(sub, postal) for sub in mine):
        return None
    return (
        f"'{postal}' is no postcode of {region}: one of the two is wrong (the post sorts by "
        "the postcode); check them"
    )


def is_region_of(code: str | None, home: str | None) -> str | None:
    """The region key of `home` that another country is in Google's address data (its key the
    country's code, its name the country's name), or None: Guam, Puerto Rico, the US Virgin
    Islands, American Samoa and the Northern Mariana Islands are states to the US Postal
    Service (GU, PR, VI, AS, MP); California's CA is no Canada. A row of the campaign's own
    country (most rows) costs nothing."""
    if code is None or home is None or code == home:
        return None
    for key, name in addresses.regions(home):
        if key == code and code in (countries.country_code(name), *countries.ambiguous(name)):
            return key  # the US's "Virgin Islands" (VI) is a name the British ones share
    return None


def named_in(place: str) -> tuple[_Subdivision, ...]:
    """The subdivisions of every country that the place names in Google's data."""
    return _subdivisions().get(countries.key(place), ()) if place else ()


def _in(sub: _Subdivision, postal: str) -> bool:
    return not sub.zip_prefix or re.match(sub.zip_prefix, postal.strip(), re.IGNORECASE) is not None


def country(postal: str, region: str, home: str | None, city: str = "") -> str | None:
    """The country a row with no country is in, when its postcode and its region (or town, for
    a city that is its own province, as Seoul and Tokyo are) fit exactly one country other
    than the campaign's own (`home`), and do not fit the campaign's own; else None (also when
    the campaign's country is not known)."""
    if not postal or home is None:  # posted from nowhere known: no country line to add
        return None
    places = (region, city)
    if _fits(home, postal, places):
        return None
    if addresses.postal_code_problem(home, postal) is None:
        # One of the campaign country's postcodes beside one of its towns stays at home; in
        # a country whose regions the data does not list (Germany), a bare code ('BE', the
        # Land as WooCommerce writes it) is too little to send it abroad (Indonesia's
        # Bengkulu is 'BE' too): only a place's name can. (Where the data lists the home
        # country's regions, 'IL' beside a Korean-shaped postcode is none of them: Illinois.)
        if any(named_places.towns().get(countries.key(p)) == home for p in places if p):
            return None
        if region and countries.key(region) in _own(home):
            return None  # 'CT' with a Delaware ZIP: a typo at home (warned), not Cần Thơ
        if not _own(home):
            places = ("" if is_code(region) else region, "" if is_code(city) else city)
    named = {sub.country for p in places for sub in named_in(p)} | _uk_alone(postal)
    found = sorted(c for c in named if c != home and _fits(c, postal, places))
    town = named_places.towns().get(countries.key(city)) if city else None
    if town is not None and found and town not in found:
        return None  # 'Berlin' beside 'BE': the town says Germany, the code Bengkulu
    return found[0] if len(found) == 1 else None


@cache
def _uk_alone(postal: str) -> set[str]:
    """{"GB"} for a postcode of the UK's shape no other post writes, which says the UK with no
    region or town beside it; else nothing. The Isle of Man's, Jersey's and Guernsey's
    postcodes ('IM2 1AA') have the UK's shape too, and are their own posts."""
    if addresses.postal_code_problem("GB", postal) is not None:
        return set()
    others = (c for c in countries.all_rules() if len(c) == 2 and c not in ("GB", "ZZ"))
    fits = (addresses.has_postal_codes(c) and addresses.postal_code_problem(c, postal) is None
            for c in others)  # fmt: skip
    return set() if any(fits) else {"GB"}


def is_code(place: str) -> bool:
    """A region written as its short code ('BE', 'NSW', 'ZH'), not its name."""
    return len(place.strip()) <= 3 and place.strip().isascii() and place.strip().isalpha()


#: ISO 15924 code of each alphabet `scripts.alphabet` tells apart (Latin names no country).
_SCRIPT = {
    "greek": "Grek", "cyrillic": "Cyrl", "armenian": "Armn", "hebrew": "Hebr",
    "arabic": "Arab", "thai": "Thai", "hangul": "Kore", "kana": "Jpan", "han": "Hani",
}  # fmt: skip
#: How the column report names each script ("the address written in Greek").
SCRIPT_NAMES = {
    "Grek": "Greek", "Cyrl": "Cyrillic", "Armn": "Armenian", "Hebr": "Hebrew", "Arab": "Arabic",
    "Thai": "Thai", "Kore": "Hangul", "Jpan": "kana", "Hani": "Chinese characters",
}  # fmt: skip


def script_of(texts: tuple[str, ...]) -> str | None:
    """The one script other than Latin the address is written in (ISO 15924), or None: Hangul
    with or without Chinese characters is Korean, kana with them Japanese."""
    letters = {ch for text in texts for ch in text if ch > "\u024f" and ch.isalpha()}
    found = {scripts.alphabet(ch) for ch in letters} - {None, "latin"}  # below U+0250: Latin
    if "hangul" in found:
        found -= {"han"}
    if "kana" in found:
        found -= {"han"}
    if len(found) != 1:
        return None
    return _SCRIPT.get(str(next(iter(found))))


def by_script(postal: str, texts: tuple[str, ...], home: str | None) -> tuple[str, str] | None:
    """(country, script) for a row with no country whose address is written in a script only
    some countries write (Greek, Hangul, Thai...) and whose postcode fits exactly one of them
    other than the campaign's own, which it must not fit; else None. Latin letters say
    nothing: most of the world writes them."""
    if not postal or home is None:
        return None
    script = script_of(texts)
    if script is None:
        return None
    fits = {
        c for c in countries.written_in(script) if addresses.postal_code_problem(c, postal) is None
    }
    fits = {c for c in fits if addresses.has_postal_codes(c)}
    if home in fits or len(fits) != 1 or _names_a_place(home, texts):
        return None  # 東京都 with a short postcode in a Japanese list is no Taiwanese address
    (found,) = fits
    if addresses.postal_code_problem(home, postal) is None and not _names_a_place(found, texts):
        # The postcode is one of home's too (Korea's and the US's both have five digits): the
        # address must name one of the country's regions, as a Korean one starts 서울특별시,
        # or one of its towns CLDR names (Αθήνα).
        return None
    return found, SCRIPT_NAMES[script]


def unmarked_script(
    texts: tuple[str, ...], home: str, postal: str, cjk: bool
) -> tuple[str, str] | None:
    """For an address with no country (`texts`: its lines, town and region) written in a
    script the campaign's country does not write, and that nothing told the country of: the
    country it prints for ("KR" for Hangul, "" for one that cannot be told) and the row
    warning that asks for a Country column, naming the countries that write the script whose
    postcodes the row's fits; else None. `cjk`: written in Hangul, Han or kana."""
    name = addresses.country_name(home).title()
    then = (
        f"but has no country, and the letters are posted in {name}: it is probably abroad, "
        "and prints with no country line; add a Country column (for example "
    )
    where = ", ".join(t for t in texts[:-2] if t)
    if cjk:
        hangul = scripts.has_hangul(" ".join(texts))
        script = "Korean (Hangul)" if hangul else "Chinese characters"
        example = "'South Korea'" if hangul else "'Japan', 'China' or 'Taiwan'"
        said = f"address '{where}' is written in {script} {then}{example}) so the post can "
        return ("KR" if hangul else ""), said + "return the letter"
    found = script_of(texts)
    if found is None or found == "Hani" or home in countries.written_in(found):
        return None
    if found in _spoken_scripts(home):
        return None  # Moldova's Russian and Ukrainian speakers write Cyrillic at home
    writers = sorted(countries.written_in(found))
    fits = [c for c in writers if postal and addresses.postal_code_problem(c, postal) is None]
    names = [f"'{cldr.territory_name(c) or c}'" for c in (fits or writers)[:6]]
    example = " or ".join((", ".join(names[:-1]), names[-1])) if len(names) > 1 else names[0]
    if fits:
        example += f", whose postcodes '{postal}' fits"
    said = f"address '{where}' is written in {SCRIPT_NAMES[found]} letters {then}{example}) so "
    return "", said + "the post can return the letter"


@cache
def _spoken_scripts(code: str) -> frozenset[str]:
    """The scripts of the languages one in twenty of the country's people speak (CLDR)."""
    return frozenset(
        found for lang in cldr.spoken_languages(code) if (found := cldr.language_script(lang))
    )


def _names_a_place(code: str, texts: tuple[str, ...]) -> bool:
    words = [w for text in texts for w in re.split(r"[\s,]+", text) if w]
    towns = named_places.towns()
    return any(sub.country == code for w in words for sub in named_in(w)) or any(
        towns.get(countries.key(text)) == code for text in texts if text
    )


def by_town(postal: str, places: tuple[str, ...], home: str | None) -> str | None:
    """The country of a row with no country whose town (or region) is one of CLDR's towns of
    exactly one country other than the campaign's (Минск: Belarus, Алматы: Kazakhstan), when
    its postcode fits that country's and is none of the campaign's own (so a US row's
    "Paris" with a ZIP code stays in Texas); else None."""
    if not postal or home is None:
        return None
    if addresses.postal_code_problem(home, postal) is None:
        # A postcode of the campaign's country stays at home unless the row's region is
        # none of the country's regions ('Nürnberg, Bayern 90478' in a US list: 90478 is a
        # ZIP's shape, Bayern no state of the US).
        own, region = _own(home), (places[1] if len(places) > 1 else "")
        if not own or not region or countries.key(region) in own:
            return None
    named = {named_places.towns().get(countries.key(p)) for p in places if p} - {None, home}
    found = {c for c in named if c and addresses.postal_code_problem(c, postal) is None}
    return found.pop() if len(found) == 1 else None


def guess(
    postal: str, region: str, city: str, street: list[str], home: str | None
) -> tuple[str, str]:
    """(country, what told it: "the postcode and region", "the postcode and town") for a row
    with no country: by its postcode with its region, then with the script it is written in,
    then with its town; ("", "") when none tells one country."""
    found = country(postal, region, home, city)
    if found:
        return found, "the postcode and region"
    script = by_script(postal, (*street, city, region), home)
    if script:
        return script[0], f"the postcode and the address written in {script[1]}"
    town = by_town(postal, (city, region), home) or named_places.by_subdivision(
        postal, (city, region), home
    )
    return (town, "the postcode and town") if town else ("", "")


def restored_zero(
    code: str | None,
    postal: str,
    region: str,
    home: str | None = None,
    city: str = "",
    street: tuple[str, ...] = (),
) -> str | None:
    """The postcode with the leading zero a spreadsheet dropped put back, when the state says
    which ("2134" in Massachusetts is 02134; "800" in the Northern Territory is 0800), or the
    country's postcodes are never so short (`_padded`, `_at_home`). `code` is the country the
    row's country cell names (None without one), `home` the campaign's."""
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
    target = code or home
    if target is None or target in ("US", "AU"):
        return None
    found = _padded(target, postal, (region, city), explicit=code is not None)
    if found is None and code is None:
        found = _at_home(target, postal, region, city, street)
    return found


def _at_home(code: str, postal: str, region: str, city: str, street: tuple[str, ...]) -> str | None:
    """A postcode of the campaign's own country shortened by a spreadsheet ("83" in a South
    African list: 0083, whose postcodes all have four digits; "1304-001" in a Brazilian one:
    01304-001), in a row whose town, region and script name no other country ("1010 Wien" in
    a German list is Vienna's own), and whose region, where the country's data gives its
    postcodes' first digits, is the one the whole postcode starts like."""
    whole = _zeros_put_back(code, postal)
    if whole is None or guess(postal, region, city, list(street), code) != ("", ""):
        return None
    own = _own(code)
    subs = {sub for subs in own.values() for sub in subs if sub.zip_prefix}
    if not subs:
        return whole
    named = [sub for sub in own.get(countries.key(region), ()) if sub.zip_prefix] if region else []
    return whole if any(_in(sub, whole) for sub in named or subs) else None


def _padded(code: str, postal: str, places: tuple[str, str], explicit: bool) -> str | None:
    """A postcode of digits that a country's post never writes so short ("1069" in Germany,
    whose postcodes have five digits), made whole with the zeros a spreadsheet dropped, when
    that is the one way it fits, and the country is what the row's country cell says, or the
    region names a subdivision whose postcodes start so (Rome's "00": "186" is 00186), or the
    town is one of the country's that CLDR names ("150" in Oslo is 0150; "1010 Wien" in a
    German campaign is Vienna's own)."""
    whole = _zeros_put_back(code, postal)
    if whole is not None and (
        explicit
        or any(
            sub.country == code and sub.zip_prefix and _in(sub, whole)
            for place in places
            for sub in named_in(place)
        )
        or any(_is_town_of(code, place) for place in places)
    ):
        return whole
    return None


def _is_town_of(code: str, place: str) -> bool:
    """The place is one of CLDR's towns of the country (Oslo, Helsinki, Colombo), or the
    country itself (Singapore)."""
    folded = countries.key(place) if place else ""
    return bool(folded) and (
        named_places.towns().get(folded) == code or countries.country_code(place) == code
    )


def _zeros_put_back(code: str | None, postal: str) -> str | None:
    """The one way a postcode of digits too short for the country fits its pattern with zeros
    in front ("1069" in Germany: 01069), or None."""
    pattern = addresses.postal_pattern(code) if code else None
    shape = re.fullmatch(r"(\d+)([ -]\d+)?", postal)
    if shape is None or pattern is None or re.fullmatch(pattern, postal, re.IGNORECASE):
        return None
    # Only the first group lost its zeros (Brazil's "1304-001" is 01304-001); "01310" lost none.
    first, rest = shape[1], shape[2] or ""
    if first.startswith("0"):
        return None
    fits = [
        padded
        for n in range(len(first) + 1, 10)
        if re.fullmatch(pattern, padded := first.zfill(n) + rest, re.IGNORECASE)
    ]
    return fits[0] if len(fits) == 1 else None


@cache
def format_prefix(code: str) -> str:
    """The letters the country's format prints before the postcode ("LT" in Google's "LT-%Z",
    "HT" in Haiti's "HT%Z", "FO" in the Faroes' "FO%Z")."""
    found = re.search(r"(?:^|%n|\s)([A-Z]{1,3})[- ]?%Z", countries.rules(code).get("fmt", ""))
    return found[1] if found else ""


def unprefixed(code: str | None, postal: str, home: str | None = None) -> str:
    """The postcode without the letters its country's format prints before it, when the row
    writes them ("HT6110", "FO-100", "LT-01103"), so they print once; else as written. Posted
    at home (`home`), where the format leaves a hyphened prefix off ("LT-01103" in Lithuania:
    01103), the row's own way is kept."""
    prefix = format_prefix(code) if code else ""
    found = re.fullmatch(rf"{prefix}[- ]?(.+)", postal.strip(), re.IGNORECASE) if prefix else None
    if found is None or addresses.postal_code_problem(code, found[1]) is not None:
        return postal
    if code == home and f"{prefix}-%Z" in countries.rules(str(code)).get("fmt", ""):
        return postal
    return found[1]


def postcode_problem(code: str | None, postal: str) -> str | None:
    """Why the postcode cannot be the country's (`addresses.postal_code_problem`), with the
    postcode its zeros would make when a spreadsheet may have dropped them but nothing in the
    row says the country for sure ("1069 Dresden" in a German campaign: 01069, or Vienna's).
    A postcode written with the prefix the country's format prints ("LT-01103") or with the
    country's code ("DK-2200") is one."""
    if not code:
        return None
    bare = unprefixed(code, postal)
    if addresses.postal_code_problem(code, bare) is None:
        return None
    coded = re.fullmatch(rf"{code}[- ]?(.+)", postal.strip(), re.IGNORECASE)
    if coded and addresses.postal_code_problem(code, coded[1]) is None:
        return None  # "DK-2200": the country's code before it, as Europe's posts wrote it
    problem = addresses.postal_code_problem(code, postal)
    # The US and Australia put zeros back by the state (`restored_zero`): a ZIP left short
    # there is one its state never starts with ('6270' in Illinois is no 06270).
    whole = None if code in ("US", "AU") else _zeros_put_back(code, bare)
    subs = [sub for subs in _own(code).values() for sub in subs if sub.zip_prefix]
    if problem and whole and (not subs or any(_in(sub, whole) for sub in subs)):
        # Only a postcode one of the country's regions starts like: Japan's "100" is no
        # 0000100, as none of its prefectures' postcodes start 000.
        problem += f"; if a spreadsheet dropped its leading zeros, write it as {whole}"
    return problem
