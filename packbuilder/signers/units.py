"""What a country's post prints around a bare unit number a signer list gives ("3" in an
"Apartment" column is "Apt 3" on a US street line, "Flat 3" above a UK street), and which
countries' posts write a state as its code: from designators.yaml and address_words.yaml, never
a table in code."""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

from packbuilder.language import scripts
from packbuilder.signers import countries

WORDS_FILE = Path(__file__).with_name("address_words.yaml")
#: Every designator of a bare number: each header phrase's, each country's for each kind of unit.
DESIGNATORS_FILE = Path(__file__).with_name("designators.yaml")

#: A unit number with no word of its own: "3", "4B", "B", "12-3", "5/2", "12А".
_BARE = re.compile(r"[0-9]+[^\W\d_]?|[^\W\d_][0-9]*|[0-9]+[-/][0-9]+[^\W\d_]?")


@dataclass(frozen=True)
class Unit:
    """A unit as printed, and where it goes among the street lines (designators.yaml)."""

    text: str
    place: str = "below"
    join: str = " "
    #: What the column report says when a designator was put before a bare number.
    said: str = ""
    #: For a unit the post joins to the house number ("Gedimino pr. 9-12", "5/12 Smith St"):
    #: what prints on a line of its own below the street when the street line has no house
    #: number at that end to join it to; "" for any other unit.
    alone: str = ""


NO_UNIT = Unit("")


@cache
def _data(path: Path = WORDS_FILE) -> dict[str, Any]:
    from packbuilder.content.data import read_data

    data: dict[str, Any] = read_data(path)
    return data


def labels() -> dict[str, str]:
    """Header phrase -> how a bare number under it is written when its country has no
    designator of its own ("Квартира": "кв. {}"), for the header reader (words.py)."""
    return dict(_data(DESIGNATORS_FILE)["labels"])


@cache
def in_language(label: str, code: str | None) -> str:
    """`label` ("Zone {}") as the country `code` writes it: designators.yaml's `in_language`
    word for the first of the country's official languages (CLDR) that has one ("Zona {}" in
    Guatemala); else as it is."""
    from packbuilder.language import cldr

    if not code or not label:
        return label
    forms: dict[str, str] = (_data(DESIGNATORS_FILE).get("in_language") or {}).get(label) or {}
    for language in cldr.official_languages(code) if forms else ():
        if language in forms:
            return str(forms[language])
    return label


@cache
def _kinds() -> dict[str, str]:
    """Each header word that names a kind of unit, without case -> the kind."""
    kinds = _data(DESIGNATORS_FILE)["kinds"]
    return {w.casefold(): kind for kind, words in kinds.items() for w in words}


def is_bare(value: str) -> bool:
    """True for a number with no designator ("3", "4B"): the post needs the word before it."""
    # One Hangul syllable, Han character or kana after the number is a designator itself
    # ("1203호", "101동", "12号", "3階"), not a block letter: such a unit is not bare.
    value = value.strip()
    return _BARE.fullmatch(value) is not None and not scripts.has_east_asian(value)


def is_building(value: str) -> bool:
    """True for a building's number with its word ("101동", "A棟", "5号楼"; designators.yaml's
    buildings): the building of a block of flats, never a town or a neighbourhood ("역삼1동")."""
    return _building_number().fullmatch(value.strip()) is not None


@cache
def _building_number() -> re.Pattern[str]:
    words = "|".join(re.escape(w) for w in _data(DESIGNATORS_FILE)["buildings"])
    return re.compile(rf"(?:제\s?)?(?:[0-9]{{1,4}}|[A-Za-z])(?:-[0-9]{{1,3}})?\s?(?:{words})")


def _kind(header: str) -> tuple[str, str] | None:
    """The kind of unit a header names and its word for it as written ("Wohnung"), or None."""
    for word in re.findall(r"[^\W_]+", header):
        kind = _kinds().get(word.casefold())
        if kind is not None:
            return kind, word
    return None


def _entry(code: str | None, latin: bool) -> dict[str, str]:
    """The country's designators, with those for Latin letters over them when `latin`."""
    found: dict[str, Any] = _data(DESIGNATORS_FILE)["countries"].get(code or "", {})
    entry = {k: v for k, v in found.items() if isinstance(v, str)}
    if latin:
        entry.update(found.get("latin", {}))
    return entry


def floor(code: str | None, header: str) -> str:
    """How a bare floor number on a line of its own is written where its header has none of
    designators.yaml's words: with the country's word for a floor ("Étage 3": NF Z10-011's
    line 2), else the header's own ("Étage 4" in a Swiss list), else as it is."""
    found = _kind(header)
    own = f"{found[1]} {{}}" if found is not None else ""
    return _entry(code, latin=True).get("floor", own)


def unit(value: str, header: str, code: str | None, latin: bool, label: str = "") -> Unit:
    """A unit cell as the country's post prints it: a bare number gets the designator for the
    kind of unit its column's header names, in the country's words (for an address in Latin
    letters, their Latin form; never a designator in another script than the address's), where
    that post puts it; else the designator its header's words give (`label`, "кв. {}" for
    Квартира, designators.yaml's labels) or the header's own word ("Wohnung 5"), on a line of its
    own. Anything but a bare number prints as written on a line of its own, above the street
    where the country's post puts a unit there."""
    if not is_bare(value):
        # "Flat 3" written out: above the street where the post puts a unit there (Royal Mail);
        # where the country's entry says so, where a bare one goes (Singapore's "#12-01").
        entry = _entry(code, latin)
        if entry.get("written") == "as_bare":
            return Unit(value, entry.get("place", "below"), entry.get("join", " "))
        return Unit(value, "above") if entry.get("place") == "above" else Unit(value)
    found = _kind(header)
    kind, word = found if found is not None else ("unit", "")
    entry = _entry(code, latin)
    template = entry.get(kind)
    own = Unit(value)  # no designator in the country's data: the header's words, if any
    if label and (_fits(label, latin) or not word):
        own = Unit(label.replace("{}", value.strip()))
    elif word:
        own = Unit(f"{word} {value}")
    made = own
    if template is not None and _fits(template, latin):
        text = template.format(value)
        beside = bool(_data(DESIGNATORS_FILE)["countries"].get(code or "", {}).get("beside_number"))
        alone = (own.text if own.text != value else f"{word or kind} {value}") if beside else ""
        made = Unit(text, entry.get("place", "below"), entry.get("join", " "), alone=alone)
    if made.text == value and not made.alone:
        return made
    return dataclasses.replace(made, said=_said(made, value))


def _fits(template: str, latin: bool) -> bool:
    """Whether a designator is in the address's script ("Apt" on a Latin address only)."""
    letters = template.replace("{}", "")
    return not any(ch.isalpha() for ch in letters) or scripts.is_latin(letters) == latin


_WHERE = {
    "after": "on the street line, after the street",
    "last": "after the last street line",
    "before": "on the street line, before the street",
    "above": "on a line above the street",
    "below": "on a line below the street",
}


def _said(found: Unit, value: str) -> str:
    """What the column report says of a designator put before a bare number, the same words
    for every number: "a bare number prints as 'Apt N', on the street line, after the street"."""
    if found.alone:
        side = "after" if found.place == "after" else "before"
        return f"a bare number prints {side} the house number, joined by '{found.join}'"
    shown = found.text.replace(value, "N", 1)
    return f"a bare number prints as '{shown}', {_WHERE[found.place]}"


#: A street line's house number at its end ("Gedimino pr. 9", "Narva mnt 7a") or its start.
_NUMBER_LAST = re.compile(r"(?<!\w)\d+[^\W\d_]?$")
_NUMBER_FIRST = re.compile(r"^\d+[^\W\d_]?(?!\w)")


def place(street: list[str], found: Unit, at: int = 0) -> list[str]:
    """The street lines with the unit where the country puts it; `at` is the delivery line
    (the number and street), below a house name."""
    if not street:
        return [found.alone or found.text]
    line = street[at]
    if found.alone:
        # Joined to the house number: after it ("9-12", Lithuanian Post), before it ("5/12",
        # Australia Post); with no number at that end of the line, on a line of its own.
        after = found.place == "after"
        if not (_NUMBER_LAST if after else _NUMBER_FIRST).search(line):
            return [*street, found.alone]
        joined = f"{line}{found.join}{found.text}" if after else f"{found.text}{found.join}{line}"
        return [*street[:at], joined, *street[at + 1 :]]
    if found.place == "after":
        return [*street[:at], f"{line}{found.join}{found.text}", *street[at + 1 :]]
    if found.place == "last":
        return [*street[:-1], f"{street[-1]}{found.join}{found.text}"]
    if found.place == "before":
        return [*street[:at], f"{found.text}{found.join}{line}", *street[at + 1 :]]
    if found.place == "above":
        return [found.text, *street]
    return [*street, found.text]


@cache
def regions_as_codes() -> frozenset[str]:
    """The countries whose posts write a state or province as its code (address_words.yaml)."""
    return frozenset(_data()["regions_as_codes"])


@cache
def region_code_after_town() -> frozenset[str]:
    """The countries whose region code goes after the town ("6900 Lugano TI")."""
    return frozenset(_data().get("region_code_after_town", ()))


@cache
def country_name_languages() -> tuple[str, ...]:
    """Languages whose names for a country are not what a post abroad reads (besides the
    country's own): a country written so prints under its English name."""
    return tuple(_data()["country_name_languages"])


@cache
def postcode_addition(code: str) -> str | None:
    """The pattern of a number the country's post writes after the postcode, joined by a
    hyphen (Saudi Arabia's additional number: "12271-5678"), or None (address_words.yaml)."""
    found = _data().get("postcode_additions", {}).get(code)
    return str(found) if found else None


@cache
def postcode_marks() -> dict[str, str]:
    """Each mark a post prints before its postcode -> the country it names ("〒": JP)."""
    return {str(k): str(v) for k, v in _data().get("postcode_marks", {}).items()}


@cache
def districts_in_town() -> frozenset[str]:
    """The countries whose post writes a district above the town line, wherever a list's
    district column stands (address_words.yaml)."""
    return frozenset(_data().get("districts_in_town", ()))


@cache
def villages_in_district() -> frozenset[str]:
    """The countries whose town line is the district and a town column beside district and
    region columns a village within it (address_words.yaml)."""
    return frozenset(_data().get("villages_in_district", ()))


@cache
def military_post_offices() -> frozenset[str]:
    """The "towns" of US military mail (APO, FPO, DPO), written without a comma."""
    return frozenset(_data()["us_military_post_offices"])


@lru_cache(maxsize=1024)  # a list's postcodes repeat (a town's few, thousands of times)
def spaced_postcode(code: str | None, postal: str) -> str:
    """A postcode in its post's own form when it is written another way (Google's address
    data: the pattern and the examples of each country's postcodes): in capitals ("1017gc" in
    the Netherlands is 1017 GC), with the space or hyphen the examples put at the same place
    ("k1m1m4": K1M 1M4, "31019" in Poland: 31-019, "627041234": 62704-1234, "d02x285":
    D02 X285), when exactly one such form is one of the country's postcodes; else as written."""
    form = _form(code) if code else None
    written = postal.strip()
    if form is None or not written:
        return postal
    pattern, seps, places = form
    size = len(written) - written.count(" ") - written.count("-")
    if pattern.fullmatch(written) and (
        any(s in written for s in seps) or all(h + t != size for _, h, t in places)
    ):
        return postal  # most rows: written as the post writes it, or no example so long
    compact = re.sub(r"[ -]", "", written.upper())
    foreign = any(s in written and s not in seps for s in " -")
    if not compact.isalnum() or (foreign and not pattern.fullmatch(written.upper())):
        # A separator the country never writes where it does not fit is no typing slip:
        # '31-019' in a German or Czech list is Polish, never 31019 or 310 19.
        return postal
    found = {written.upper()} if not seps else set()
    for sep, head, tail in places:
        found.update(
            compact[:at] + sep + compact[at:]
            for at in (head, len(compact) - tail)
            if 0 < at < len(compact)
        )
    fits = sorted(f for f in found if pattern.fullmatch(f))
    return fits[0] if len(fits) == 1 else postal


#: A country's postcode pattern, its examples' separators, and where each example has one.
_Form = tuple[re.Pattern[str], frozenset[str], frozenset[tuple[str, int, int]]]


@cache
def _form(code: str) -> _Form | None:
    """The country's postcode pattern (matched as written: capitals), the separators its
    examples write, and where: (separator, characters before it, characters after it)."""
    rules = countries.rules(code)
    if not rules.get("zip"):
        return None
    places = set()
    for example in rules.get("zipex", "").split(","):
        parts = re.split(r"([ -])", example.strip())
        if len(parts) == 3:
            places.add((parts[1], len(parts[0]), len(parts[2])))
    return re.compile(rules["zip"]), frozenset(p[0] for p in places), frozenset(places)
