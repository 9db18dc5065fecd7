"""The countries a signer list's first lines name: in full ("Italia", "Hungary"), whose
languages are likelier for the list's words, and by a postcode only one country writes so
("31-019": Poland's), whose languages are likelier for the words of that row (encodings: Polish
"Floriańska" on the line of a Polish postcode, not Spanish "Floriañska", though Spanish is
spoken in Germany too). A country's name is no evidence for its own row: it is written in the
writer's language (Catalan "Txèquia"), not the country's."""

from __future__ import annotations

import re
from functools import cache

from packbuilder.language.cldr import spoken_languages
from packbuilder.signers import codepages, countries, whence

#: How much of a list is looked through for the countries its cells name.
SPAN = 20_000
_CELLS = re.compile(r"[,;\t\"|]+")
_POSTCODE = re.compile(r"\d{2,5}[- ]\d{2,4}")
_WORDS = re.compile(r"[^\s,;\t\"|]+")

#: (line number, the languages one in twenty or more people speak in the countries it names).
Named = list[tuple[int, frozenset[str]]]


def languages_named(text: str) -> frozenset[str]:
    """The languages of the countries the list's cells name in full, in its first lines.
    Codes ("FI", a province of Florence) name none."""
    cells = {c.strip() for c in re.split(r"[,;\t\r\n\"|]+", text[:SPAN])}
    codes = {countries.country_code(c) for c in cells if len(c) > 3 and not c.isdigit()}
    return frozenset(lang for code in codes if code for lang in spoken_languages(code))


def by_postcode(text: str) -> Named:
    """Each of the first lines with a postcode only one country writes so, with that
    country's languages (CLDR)."""
    found: Named = []
    for n, line in enumerate(text[:SPAN].splitlines()):
        codes = {_shaped(c.strip()) for c in _CELLS.split(line) if _POSTCODE.fullmatch(c.strip())}
        spoken = frozenset(lang for code in codes if code for lang in spoken_languages(code))
        if spoken:
            found.append((n, spoken))
    return found


def in_their_languages(text: str, codec: str, lines: Named) -> int:
    """How many words beyond ASCII on the lines that name a country are, as `codec` reads
    them (`text`), in a language of that country."""
    rows = text[:SPAN].splitlines()
    count = 0
    for n, spoken in lines:
        words = [w for w in _WORDS.findall(rows[n]) if not w.isascii()] if n < len(rows) else []
        count += sum(1 for fit in codepages.judge(words, codec).fits if fit & spoken)
    return count


@cache
def _shaped(postal: str) -> str | None:
    """The one country whose postcodes have this shape ("31-019": Poland), or None."""
    fits = whence.fitting(postal, "")
    return fits[0] if len(fits) == 1 else None
