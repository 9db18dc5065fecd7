"""A campaign's language: its catalog of words, plural rule, dates, quotation marks and
sentence ends, with the organiser's `labels.yaml` overrides checked and applied.
"""

from __future__ import annotations

import dataclasses
import string
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Literal

from packbuilder.language import scripts
from packbuilder.language.ko import KO
from packbuilder.language.korean import korean_particles
from packbuilder.language.words import EN, Words
from packbuilder.language.zh import ZH_HANS, ZH_HANT

PluralForm = Literal["one", "other"]

#: Catalogs by language code, with the CLDR plural categories each language uses.
CATALOGS: dict[str, Words] = {"en": EN, "ko": KO, "zh-Hans": ZH_HANS, "zh-Hant": ZH_HANT}
#: CLDR: English has "one" and "other"; Korean and Chinese have no plural forms ("other").
PLURAL_FORMS: dict[str, tuple[PluralForm, ...]] = {
    "en": ("one", "other"),
    "ko": ("other",),
    "zh-Hans": ("other",),
    "zh-Hant": ("other",),
}

#: Sentence ends already present: an added full stop would double them.
_ENDS = (".", "?", "!", "。", "？", "！")


def catalog_code(tag: str) -> str | None:
    """The catalog for a BCP 47 language tag ('en-US' -> 'en', 'zh-TW' -> 'zh-Hant'), or None."""
    parts = tag.replace("_", "-").split("-")
    primary = parts[0].lower()
    if primary == "zh":
        rest = {p.lower() for p in parts[1:]}
        code = "zh-Hant" if rest & {"hant", "tw", "hk", "mo"} else "zh-Hans"
        return code if code in CATALOGS else None
    return primary if primary in CATALOGS else None


def placeholders(template: str) -> set[str]:
    """The `{name}` placeholders in a template; ValueError if its braces are malformed."""
    return {name for _, name, _, _ in string.Formatter().parse(template) if name is not None}


def override_problem(key: str, value: str | tuple[str, ...]) -> str | None:
    """What is wrong with `value` as the labels.yaml override of `key`, or None."""
    english = getattr(EN, key)
    if isinstance(english, tuple):
        if not isinstance(value, tuple) or len(value) != len(english):
            return f"expected a list of {len(english)} names"
        return None
    if not isinstance(value, str):
        return "expected text"
    try:
        used = placeholders(value)
    except ValueError:
        return "a '{' or '}' without its pair; write {{ or }} for a brace itself"
    allowed = placeholders(english)
    unknown = sorted(used - allowed)
    if unknown:
        can = ", ".join("{" + n + "}" for n in sorted(allowed)) or "no placeholders"
        return f"'{{{unknown[0]}}}' is not filled in here; this label can use {can}"
    return None


@dataclass(frozen=True)
class Language:
    """The words and the rules of one language, as the pack prints them."""

    #: The campaign's language tag, as written (for the PDF's /Lang).
    tag: str
    #: The catalog used ('en', 'ko', 'zh-Hans', ...).
    code: str
    words: Words

    def plural(self, one: str, other: str, n: int) -> str:
        """`one` or `other` by the language's plural rule, with {n} filled in."""
        forms = PLURAL_FORMS.get(self.code, ("other",))
        form = one if "one" in forms and n == 1 else other
        return form.format(n=n)

    def date(self, year: int, month: int = 0, day: int = 0) -> str:
        """A date known to the day, month or year, as this language writes it."""
        w = self.words
        if not month:
            return w.date_year.format(year=year)
        name = w.months[month - 1]
        if not day:
            return w.date_month.format(month=name, year=year)
        return w.date_full.format(day=day, month=name, year=year)

    def fill(self, template: str, **values: object) -> str:
        """`template` with its placeholders filled in and its Korean particles chosen for the
        words now before them (see `korean_particles`)."""
        return korean_particles(template.format(**values))

    def quote(self, text: str) -> str:
        """`text` in this language's quotation marks."""
        return f"{self.words.quote_open}{text}{self.words.quote_close}"

    def sentence(self, text: str) -> str:
        """Text as a sentence: a capital first letter where the script has case, and one full
        stop in the script of its last character (a Chinese note ends in '。')."""
        text = " ".join(text.split())
        return self.sentence_end(text[:1].upper() + text[1:])

    def sentence_end(self, text: str) -> str:
        """`text` ending in one full stop, unless it already ends a sentence ('D.C.', '?')."""
        if not text or text.rstrip("”’)」』").endswith(_ENDS):
            return text
        return text + ("。" if scripts.is_han_or_kana(text[-1]) else ".")


def language_for(
    tag: str, overrides: Mapping[str, str | tuple[str, ...]] | None = None
) -> Language:
    """The language of a campaign: its catalog (English if there is none for `tag`) with the
    organiser's `labels.yaml` overrides applied."""
    code = catalog_code(tag) or "en"
    words = CATALOGS[code]
    if overrides:
        words = dataclasses.replace(words, **dict(overrides))  # type: ignore[arg-type]
    return Language(tag, code, words)


ENGLISH = language_for("en")


def catalog_keys() -> tuple[str, ...]:
    """Every catalog key, in catalog order (the keys labels.yaml accepts)."""
    return tuple(f.name for f in dataclasses.fields(Words))
