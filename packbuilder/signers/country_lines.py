"""The last line of a letter that crosses a border: the destination country's name, in
capitals, in a language the posts read, from data (Google's address data, CLDR) and not the
signer's own spelling (UPU; USPS Publication 28, A31)."""

from __future__ import annotations

import re
import unicodedata
from functools import cache, lru_cache

from packbuilder.language import cldr, scripts
from packbuilder.signers import units
from packbuilder.signers.countries import key as _key
from packbuilder.signers.countries import rules as _rules
from packbuilder.signers.countries import shortens


def english_names(code: str) -> tuple[str, ...]:
    """The country's English names in capitals: Google's and CLDR's."""
    found = [_rules(code).get("name", ""), scripts.upper(cldr.territory_name(code) or "")]
    return tuple(dict.fromkeys(scripts.upper(n) for n in found if n))


def abbreviates(name: str) -> bool:
    """Whether a country's name shortens a word ("Rep.", "U.S.") or writes "&" for "and"
    ("St. Vincent & Grenadines"): USPS Publication 28, A31, asks for the name in full."""
    return "." in name or "&" in name


@lru_cache(maxsize=4096)  # a list of thousands names a few countries, each many times
def country_line(code: str, written: str = "", posted_from: str | None = None) -> str:
    """The destination country as the last line of a letter from abroad, in capitals, in a
    language the posts read (UPU: the language of the country of origin, or one known
    internationally; USPS Publication 28, A31: the name in full, no abbreviation).

    The line is a name from data, not the signer's own spelling: Google's address data's
    English name (as the UPU names it: "RUSSIAN FEDERATION"), CLDR's English name, or CLDR's
    name in the language of the country the letter is posted from (`posted_from`: "Belgique"
    from France). `written` chooses among those: the one it spells, with or without accents
    ("Việt Nam" is CLDR's "Vietnam": VIETNAM); any other spelling ("DEUTSCHLAND", "加拿大",
    "대한민국", "DE", "Viet-Nam") prints the English name (GERMANY, CANADA, SOUTH KOREA),
    CLDR's where Google's abbreviates ("REP. OF SINGAPORE"). A name in English letters that
    is no other language's ("United States of America") prints as written."""
    languages = _post_languages(posted_from)
    names = _line_names(code, languages)
    shown = _spelled(written)
    if shown in names:
        return names[shown]
    if (
        (written.isascii() or len(languages) > 1)
        and scripts.is_latin(written)
        and len(_key(written)) > 3
        and _key(written) not in _foreign_names(code, languages)
        and not abbreviates(written)
        and not _shortened(written, english(code))
    ):  # a name the data spells otherwise, in English ("United States of America", as ISO
        # 3166 writes it) or in letters of the posting country's language ("République
        # démocratique du Congo" from Belgium)
        return scripts.upper(written.strip())
    loose = _key(written)
    found = [name for name in names.values() if _key(name) == loose]
    return found[0] if found else english(code)


def _spelled(text: str) -> str:
    """A name as spelled: case and spacing ignored, letters and accents not."""
    return " ".join(unicodedata.normalize("NFC", text).casefold().split())


@cache
def _line_names(code: str, languages: tuple[str, ...]) -> dict[str, str]:
    """The names a country line may print, in capitals, by their spelling (`_spelled`): the
    English ones and the posting country's languages', in Latin letters."""
    # CLDR's English first: a spelling with or without spaces ("Việt Nam") is its "Vietnam",
    # as USPS's list of countries writes it, before Google's "VIET NAM".
    found = [cldr.territory_name(code, lang) or "" for lang in languages]
    found += english_names(code)
    return {
        _spelled(n): scripts.upper(n)
        for n in found
        if n and not abbreviates(n) and scripts.is_latin(n)
    }


@cache
def english(code: str) -> str:
    """The country's English name in capitals: Google's (the UPU's), CLDR's where that one
    abbreviates ("REP. OF SINGAPORE" is SINGAPORE). A note in brackets that CLDR's name does
    not carry is left off ("SAINT VINCENT AND THE GRENADINES (ANTILLES)", "GRENADA (WEST
    INDIES)"); one it does carry tells the country apart and stays ("VIRGIN ISLANDS
    (BRITISH)": CLDR's "British Virgin Islands")."""
    name = scripts.upper(_rules(code).get("name", ""))
    other = scripts.upper(cldr.territory_name(code) or "")
    if not name or abbreviates(name):
        return other or name or code
    for note in re.findall(r"\s*\(([^()]*)\)", name):
        if not set(note.split()) <= set(re.findall(r"\w+", other)):
            name = name.replace(f"({note})", "").strip()
    return " ".join(name.split())


def _shortened(written: str, name: str) -> bool:
    """Whether `written` shortens a word of the country's `name` that it leaves out: "St
    Vincent and the Grenadines" for SAINT VINCENT AND THE GRENADINES (USPS Publication 28,
    A31: no abbreviation). A shortening keeps the word's first letter and its letters in
    order, in three letters at most ("St", "Is", "Rep"; "Czech" is a word of its own)."""
    words = set(re.findall(r"\w+", name.casefold()))
    return any(
        shortens(word, full)
        for word in re.findall(r"\b\w{2,3}\b", written.casefold())
        if word not in words
        for full in words
        if len(word) < len(full)
    )


@cache
def _post_languages(posted_from: str | None) -> tuple[str, ...]:
    """The languages a post writes country names in: English, and the posting country's
    official languages written in Latin letters (French for France; English and French for
    Canada, whose post is bilingual: "HAÏTI" is French)."""
    found = cldr.official_languages(posted_from) if posted_from else ()
    own = (
        lang
        for lang in found
        if scripts.is_latin(cldr.territory_name(posted_from or "", lang) or "?")
    )
    return tuple(dict.fromkeys(("en", *own)))


@cache
def _foreign_names(code: str, languages: tuple[str, ...]) -> frozenset[str]:
    """The country's names in the languages it speaks and those address_words.yaml lists
    (Deutschland, Allemagne, Stany Zjednoczone), but not in English or `languages`."""
    kept = {_key(n) for n in english_names(code)}
    kept |= {_key(cldr.territory_name(code, lang) or "") for lang in languages}
    spoken = {*cldr.official_languages(code), *units.country_name_languages()}
    names = {_key(n) for lang in sorted(spoken) if (n := cldr.territory_name(code, lang))}
    return frozenset(names - kept)
