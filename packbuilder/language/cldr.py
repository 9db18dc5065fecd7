"""What the Unicode CLDR knows about a language, through Babel: plural categories, dates,
month names, and which language a country writes.

Locales are named as Babel names them (`ko`, `zh_Hans`, `en_001`).
"""

from __future__ import annotations

import datetime as dt
import re
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from babel import Locale

#: CLDR's plural categories in the order gettext numbers them (msgstr[0], msgstr[1], ...):
#: Babel's `to_gettext` orders a rule's categories so, and `other` always comes last.
_CATEGORY_ORDER = ("zero", "one", "two", "few", "many", "other")


@cache
def _locale(name: str) -> Locale:
    from babel import Locale

    return Locale.parse(name)


def known(name: str) -> bool:
    """Whether CLDR (as Babel ships it) has the locale `name` (its data file, not read)."""
    from babel import localedata

    return bool(name) and localedata.exists(name)


def language_names(code: str) -> frozenset[str]:
    """The names of the language `code` in English and in itself ("korean", "한국어"), folded,
    as a header writes them ("Korean Name"); empty when CLDR does not know it."""
    base = code.replace("-", "_").split("_")[0].casefold()
    if not known(base):
        return frozenset()
    names = {_locale("en").languages.get(base, ""), _locale(base).languages.get(base, "")}
    return frozenset(n.casefold() for n in names if n)


def display_name(name: str) -> str:
    """The locale's name in English ("Korean", "Chinese (Simplified)")."""
    return str(_locale(name).get_display_name("en"))


#: The numbers a pack counts (0 to 999) and a million, which French and Spanish put in a form
#: of its own ("1 000 000 de lettres"): the numbers a catalog's plural rule is checked on.
SAMPLES = (*range(1000), 10**6, 2 * 10**6)


@cache
def plural_categories(name: str) -> tuple[str, ...]:
    """The plural categories whole numbers take in the language, in gettext's msgstr order:
    ("one", "other") for English, ("other",) for Korean, Chinese and Japanese, ("one", "few",
    "many") for Polish (CLDR's "other" is for fractions there)."""
    used = set(sample_categories(name))
    return tuple(c for c in _CATEGORY_ORDER if c in used)


@cache
def sample_categories(name: str) -> tuple[str, ...]:
    """The category of each of SAMPLES in the language."""
    form = _locale(name).plural_form
    return tuple(str(form(n)) for n in SAMPLES)


def plural_category(name: str, n: int) -> str:
    """The category of the number `n` in the language ("one" for 1 in English, "few" for 3 in
    Polish)."""
    return str(_locale(name).plural_form(n))


def plural_forms_header(name: str) -> str:
    """The Plural-Forms header CLDR gives the language ("nplurals=1; plural=0;")."""
    from babel.messages.plurals import get_plural

    return str(get_plural(name))


def date(name: str, year: int, month: int = 0, day: int = 0) -> str:
    """A date known to the day, month or year, as the language writes it in running text
    (CLDR's long date: "28 November 2026", "2026년 11월 28일", "2026年11月28日")."""
    from babel.dates import format_date, format_skeleton

    when = dt.date(year, month or 1, day or 1)
    locale = _locale(name)
    if day:
        return str(format_date(when, "long", locale=locale))
    return str(format_skeleton("yMMMM" if month else "y", when, locale=locale))


def regional(name: str, country: str | None) -> str:
    """The locale `name` as written in `country` (ISO code), when CLDR has it: English posted
    in the United States writes "September 24, 2026" (en_US), in the United Kingdom "24
    September 2026" (en_GB); a locale CLDR has no regional form of stays as it is."""
    if not country or not country.isalpha():
        return name
    found = f"{name.split('_')[0] if name == 'en_001' else name}_{country.upper()}"
    return found if known(found) else name


def months(name: str) -> tuple[str, ...]:
    """The month names as a long date writes them (CLDR's format-wide names)."""
    names = _locale(name).months["format"]["wide"]
    return tuple(str(names[i]) for i in range(1, 13))


#: A CLDR date pattern's fields, as packbuilder's date templates name them: {month} is the
#: month's name (from `months`), {month_number} the number a pattern like y年M月d日 writes.
_FIELDS = {"d": "{day}", "dd": "{day:02d}", "y": "{year}", "yyyy": "{year}"}
_FIELDS |= {m: "{month}" for m in ("MMM", "MMMM", "LLL", "LLLL")}
_FIELDS |= {m: "{month_number}" for m in ("M", "L")} | {
    m: "{month_number:02d}" for m in ("MM", "LL")
}


def date_template(name: str, which: str) -> str:
    """The language's date pattern as a template of {day}, {month}, {month_number} and
    {year}: which is "full" (CLDR's long date), "month" (month and year) or "year"."""
    locale = _locale(name)
    if which == "full":
        pattern = locale.date_formats["long"].pattern
    else:
        pattern = locale.datetime_skeletons["yMMMM" if which == "month" else "y"].pattern
    text = ""
    for match in re.finditer(r"'((?:[^']|'')*)'|(([A-Za-z])\3*)|([^'A-Za-z]+)", pattern):
        quoted, run, _, literal = match.groups()
        if run:
            text += _FIELDS.get(run, "")
        else:
            piece = quoted.replace("''", "'") if quoted is not None else literal
            text += piece.replace("{", "{{").replace("}", "}}")
    return text


def official_language(territory: str) -> str | None:
    """The main official language of a country by its ISO code ("KR" -> "ko", "JP" -> "ja"),
    or None when CLDR knows none."""
    from babel.languages import get_official_languages

    found = get_official_languages(territory.upper(), de_facto=True)
    return str(found[0]) if found else None


def spoken_languages(territory: str, share: float = 5.0) -> tuple[str, ...]:
    """The languages CLDR says at least `share` percent of a country's people speak, most
    spoken first ("US" -> en, es; "CH" -> de, gsw, en, fr, it)."""
    from babel.languages import get_territory_language_info

    try:
        info = get_territory_language_info(territory.upper())
    except (KeyError, ValueError):
        return ()
    percent = {lang: float(data.get("population_percent") or 0) for lang, data in info.items()}
    common = [lang for lang in percent if percent[lang] >= share]
    return tuple(sorted(common, key=lambda lang: -percent[lang]))


def territory_name(code: str, locale: str = "en") -> str | None:
    """A country's name in a language, from CLDR ("KR" -> "South Korea"), or None."""
    if not known(locale):
        return None
    found = _locale(locale).territories.get(code.upper())
    return str(found) if found else None


def official_languages(territory: str, regional: bool = False) -> tuple[str, ...]:
    """Every official language of a country by its ISO code ("CH" -> de, gsw, fr, it); with
    `regional`, those official in a part of it too ("ES" -> es, ca, gl, eu, ast, oc)."""
    from babel.languages import get_official_languages

    found = get_official_languages(territory.upper(), regional=regional, de_facto=True)
    return tuple(str(x) for x in found)


def language_script(language: str) -> str | None:
    """The script a language is written in most (ISO 15924, CLDR's likely subtags: "ru" ->
    "Cyrl", "uk" -> "Cyrl", "zh" -> "Hans"), or None."""
    from babel.core import get_global

    tag = str(get_global("likely_subtags").get(language.replace("-", "_"), ""))
    return next((part for part in tag.split("_") if len(part) == 4), None)


#: Languages whose own names for themselves and their scripts a header may use (한국어, 한글,
#: 中文, 日本語, עברית, Русский): those of the signers whose names are often kept twice.
_OWN_NAMES = ("ko", "zh", "ja", "he", "ar", "ru", "uk", "el", "th", "hi", "fa", "vi", "hy", "ka")


def names_a_language(word: str) -> bool:
    """Whether `word` is a language's or a script's name, in English or in that language
    ("Korean", "Inuktitut", "Hangul", 한글, 中文, 日本語): a header's "Korean Name" is the
    name written in that language, not another person's."""
    return word.casefold() in _language_words()


@cache
def _language_words() -> frozenset[str]:
    english = _locale("en")
    found = {*english.languages.values(), *english.scripts.values()}
    for code in _OWN_NAMES:
        own = _locale(code)
        found.add(own.languages.get(code, ""))
        found.update(own.scripts.get(s, "") for s in ("Hang", "Hani", "Hans", "Hant", "Kana"))
    return frozenset(w.casefold() for w in found if w and " " not in w)
