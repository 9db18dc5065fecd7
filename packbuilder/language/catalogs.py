"""A campaign's language: its catalog of words (locale/<language>.po over the English), its
plural rule and dates from CLDR, quotation marks and sentence ends, with the organiser's
`labels.yaml` overrides checked and applied.

A language is a file: locale/ja.po makes `language: ja` print Japanese. Whatever a catalog
lacks, leaves untranslated or marks fuzzy, or translated from English that has since changed,
prints in English, and `check` says so (`catalog_problems`), at the line of the catalog.
"""

from __future__ import annotations

import dataclasses
import string
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from packbuilder.errors import Problem, Severity, closest
from packbuilder.language import cldr, po, scripts
from packbuilder.language.korean import korean_particles
from packbuilder.language.words import EN, Plural, Words

#: English dates as written outside the United States ("28 November 2026"): the pack goes to
#: posts and volunteers in many countries (CLDR's "world English", en_001).
ENGLISH_LOCALE = "en_001"
#: labels.yaml keys that set a date template or the month names instead of CLDR's.
DATE_KEYS = ("date_full", "date_month", "date_year", "months")
_DATE_WHICH = {"date_full": "full", "date_month": "month", "date_year": "year"}

#: Sentence ends already present: an added full stop would double them.
_ENDS = (".", "?", "!", "。", "？", "！")

Override = str | tuple[str, ...]


@cache
def catalog_files() -> dict[str, Path]:
    """Every language packbuilder has words in, by code (see po.files)."""
    return po.files()


def codes() -> tuple[str, ...]:
    """The language codes with a catalog, English first."""
    return tuple(catalog_files())


def catalog_code(tag: str) -> str | None:
    """The catalog for a BCP 47 language tag ('en-US' -> 'en', 'zh-TW' -> 'zh-Hant', 'ja-JP'
    -> 'ja'), or None when there is none."""
    parts = tag.replace("_", "-").split("-")
    primary = parts[0].lower()
    known = catalog_files()
    if primary == "zh":
        rest = {p.lower() for p in parts[1:]}
        code = "zh-Hant" if rest & {"hant", "tw", "hk", "mo"} else "zh-Hans"
        return code if code in known else None
    return primary if primary in known else None


def suggestion(tag: str) -> str | None:
    """The catalog a mistyped language tag probably meant: a country's code for its language
    ('kr' -> 'ko', 'jp' -> 'ja', 'cn' -> 'zh-Hans'), or a close spelling ('zh-Hnas')."""
    primary = tag.replace("_", "-").split("-")[0]
    if len(primary) == 2 and primary.isalpha():
        spoken = cldr.official_language(primary)
        if spoken and spoken.replace("_", "-") != primary.lower():
            code = catalog_code(spoken)
            if code:
                return code
    return closest(tag, codes()) or closest(tag.lower(), [c.lower() for c in codes()])


def mistyped(tag: str) -> str | None:
    """Why `tag` is probably a typing mistake ('kr', a country's code, for 'ko'), or None: a
    tag with no catalog that CLDR knows as a language ('fr') is a choice, not a mistake."""
    if catalog_code(tag) is not None or cldr.known(tag.replace("-", "_")):
        return None
    meant = suggestion(tag)
    hint = f"; did you mean '{meant}'?" if meant else f" (it has {', '.join(codes())})"
    return f"'{tag}' is not a language packbuilder or CLDR knows{hint}"


@dataclass(frozen=True)
class Catalog:
    """One language's words as printed, and what `check` says about its file."""

    code: str
    locale: str
    words: Words
    problems: tuple[Problem, ...]


@cache
def load(code: str) -> Catalog:
    """The catalog for `code` (one of `codes()`), English wherever it has no usable text."""
    if code == "en":
        return Catalog("en", ENGLISH_LOCALE, EN, ())
    path = catalog_files()[code]
    read = po.read(path)
    found: list[_Found] = [(line, key, text, "error") for line, key, text in read.problems]
    locale = _locale(read, code, found)
    rule_ok = _rule_function(read.plural_rule) is not None
    english = _english_entries()
    values: dict[str, object] = {}
    for key, entry in read.entries.items():
        source = english.get(key)
        if source is None:
            near = closest(key, english)
            hint = f" (did you mean '{near}'?)" if near else ""
            found.append((entry.line, key, f"is not a key packbuilder has{hint}", "warning"))
            continue
        problem = _entry_problem(entry, source, read.plural_count if rule_ok else None)
        if problem:
            found.append((entry.line, key, *problem))
        elif source.plural:
            values[key] = Plural(entry.text, read.plural_rule or "0")
        else:
            values[key] = entry.text[0]
    end = len(path.read_text("utf-8").splitlines()) or 1
    for key, source in english.items():
        if key not in read.entries:
            found.append(
                (end, key, f"is missing ('{source.english[0]}'): prints in English", "warning")
            )
    shown = _shown(path)
    problems = tuple(
        Problem(shown, line, 1, key, text, severity) for line, key, text, severity in found
    )
    words = dataclasses.replace(EN, **values)  # type: ignore[arg-type]
    return Catalog(code, locale, words, problems)


#: A problem found in a catalog file: line, key, message, severity.
_Found = tuple[int, str, str, Severity]


def _locale(read: po.PoFile, code: str, found: list[_Found]) -> str:
    """The catalog's Babel locale, from its Language header."""
    locale = read.language or ""
    if not read.language:
        found.append(
            (1, "Language", 'the header has no Language line ("Language: ja\\n")', "error")
        )
    elif not cldr.known(read.language):
        found.append((1, "Language", f"'{read.language}' is not a language CLDR knows", "error"))
    if not cldr.known(locale):
        locale = code.replace("-", "_") if cldr.known(code.replace("-", "_")) else ENGLISH_LOCALE
    return locale


def _rule_function(rule: str | None) -> Callable[[int], int] | None:
    try:
        return po.plural_function(rule) if rule else None
    except ValueError:
        return None


@cache
def _plural_problems(code: str) -> tuple[Problem, ...]:
    """The catalog's Plural-Forms checked against CLDR's rule for its language (for `check`:
    a build uses the rule as written)."""
    path = catalog_files()[code]
    read = po.read(path)
    locale = load(code).locale
    wrong = _rule_problem(locale, read.plural_count, read.plural_rule)
    if not wrong:
        return ()
    suggested = cldr.plural_forms_header(locale)
    count, rule = po.plural_forms(suggested)
    if count is not None and rule is not None and not _rule_problem(locale, count, rule):
        wrong += f': write "Plural-Forms: {suggested}\\n"'
    return (Problem(_shown(path), 1, 1, "Plural-Forms", wrong),)


def _rule_problem(locale: str, count: int | None, rule: str | None) -> str | None:
    """What is wrong with a catalog's Plural-Forms for its language, or None: it must give
    each whole number the form CLDR's rule gives it (one form per category)."""
    categories = cldr.plural_categories(locale)
    name = cldr.display_name(locale)
    if count is None or rule is None:
        return f"no Plural-Forms line; {name} has {_forms(categories)}"
    if count != len(categories):
        return f"nplurals={count}, but {name} has {_forms(categories)}"
    try:
        function = po.plural_function(rule)
    except ValueError:
        return f"'{rule}' is not a plural expression gettext reads"
    form_of: dict[str, tuple[int, int]] = {}
    category_of: dict[int, tuple[str, int]] = {}
    for n, category in zip(cldr.SAMPLES, cldr.sample_categories(locale), strict=True):
        index = function(n)
        if not 0 <= index < count:
            return f"gives {n} msgstr[{index}], but there are {count} forms"
        first_index, m = form_of.setdefault(category, (index, n))
        if first_index != index:
            return f"puts {m} and {n} in different forms, but both are '{category}' in {name}"
        first_category, m = category_of.setdefault(index, (category, n))
        if first_category != category:
            return (
                f"puts {m} and {n} in one form (msgstr[{index}]), but {name} says "
                f"'{first_category}' for {m} and '{category}' for {n}"
            )
    return None


def _forms(categories: tuple[str, ...]) -> str:
    s = "" if len(categories) == 1 else "s"
    return f"{len(categories)} plural form{s} ({', '.join(categories)})"


def _entry_problem(
    entry: po.Entry, source: po.Entry, plural_count: int | None
) -> tuple[str, Severity] | None:
    """Why a translated entry cannot print, or None when it can."""
    if entry.english != source.english:
        was, now = " / ".join(entry.english), " / ".join(source.english)
        return (
            f"was translated from English that has changed (was '{was}', now '{now}'): prints "
            "in English until it is brought up to date",
            "warning",
        )
    if entry.fuzzy:
        return "is marked fuzzy: prints in English until it is reviewed", "warning"
    if not any(entry.text):
        return "is not translated: prints in English", "warning"
    if source.plural and plural_count is None:
        return "prints in English until the catalog's Plural-Forms is right", "warning"
    if source.plural and len(entry.text) != plural_count:
        return f"has {len(entry.text)} plural forms; Plural-Forms says {plural_count}", "error"
    if not all(entry.text):
        return "has an empty plural form: prints in English", "warning"
    wrong = _placeholder_problem(source.english, entry.text)
    return (wrong, "error") if wrong else None


@cache
def _english_entries() -> dict[str, po.Entry]:
    return po.read(po.TEMPLATE).entries


def _shown(path: Path) -> str:
    """A catalog's path as messages show it: relative to the current folder when inside it."""
    try:
        return str(path.relative_to(Path.cwd()))
    except ValueError:
        return str(path)


def placeholders(template: str) -> set[str]:
    """The `{name}` placeholders in a template; ValueError if its braces are malformed."""
    return {name for _, name, _, _ in string.Formatter().parse(template) if name is not None}


def _placeholder_problem(english: tuple[str, ...], text: tuple[str, ...]) -> str | None:
    allowed = set().union(*(placeholders(e) for e in english))
    for form in text:
        try:
            used = placeholders(form)
        except ValueError:
            return "has a '{' or '}' without its pair; write {{ or }} for a brace itself"
        unknown = sorted(used - allowed)
        if unknown:
            return f"uses {{{unknown[0]}}}, which the English does not fill in"
        lost = sorted(allowed - used)
        if lost:
            return f"leaves out {{{lost[0]}}}, which the English prints"
    return None


def forget() -> None:
    """Read the catalog files again when next asked (after a catalog was edited or added)."""
    for cached in (catalog_files, load, _plural_problems, _english_entries):
        cached.cache_clear()


def catalog_problems(tag: str) -> tuple[Problem, ...]:
    """What is wrong with the catalog a campaign in `tag` prints from (none for English)."""
    code = catalog_code(tag)
    if code is None or code == "en":
        return ()
    return _plural_problems(code) + load(code).problems


# --- labels.yaml ---------------------------------------------------------------------------


def catalog_keys() -> tuple[str, ...]:
    """Every key labels.yaml accepts, in catalog order: a plural message once per form English
    has (`letters_count_one`, `letters_count_other`)."""
    keys: list[str] = []
    for field in dataclasses.fields(Words):
        if isinstance(getattr(EN, field.name), Plural):
            keys += [f"{field.name}_{c}" for c in cldr.plural_categories(ENGLISH_LOCALE)]
        else:
            keys.append(field.name)
    return tuple(keys)


def _plural_key(key: str) -> tuple[str, str] | None:
    """A labels.yaml key of a plural message as (message, category): letters_count_one."""
    name, _, category = key.rpartition("_")
    return (name, category) if name and isinstance(getattr(EN, name, None), Plural) else None


def _sample(locale: str, category: str) -> int | None:
    """A whole number in `category` in the language (1 for English 'one'), or None."""
    found = zip(cldr.SAMPLES, cldr.sample_categories(locale), strict=True)
    return next((n for n, c in found if c == category), None)


def label_default(key: str) -> Override:
    """The English a labels.yaml key replaces (a date template as CLDR's English has it)."""
    if key in _DATE_WHICH:
        return cldr.date_template(ENGLISH_LOCALE, _DATE_WHICH[key])
    if key == "months":
        return cldr.months(ENGLISH_LOCALE)
    plural = _plural_key(key)
    if plural:
        name, category = plural
        message = getattr(EN, name)
        sample = _sample(ENGLISH_LOCALE, category)
        assert isinstance(message, Plural) and sample is not None
        return message.text(sample)
    value = getattr(EN, key)
    assert isinstance(value, str)
    return value


def override_problem(key: str, value: Override) -> str | None:
    """What is wrong with `value` as the labels.yaml override of `key`, or None."""
    english = label_default(key)
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


# --- the language as printed ---------------------------------------------------------------


@dataclass(frozen=True)
class Language:
    """The words and the rules of one language, as the pack prints them."""

    #: The campaign's language tag, as written (for the PDF's /Lang).
    tag: str
    #: The catalog used ('en', 'ko', 'zh-Hans', ...).
    code: str
    words: Words
    #: Babel's locale for plural rules and dates ('en_001', 'ko', 'zh_Hans', ...).
    locale: str = ENGLISH_LOCALE

    def plural(self, message: Plural, n: int) -> str:
        """`message` in the form the language's plural rule takes for `n`, {n} filled in."""
        return message.text(n).format(n=n)

    def date(self, year: int, month: int = 0, day: int = 0) -> str:
        """A date known to the day, month or year, as this language writes it (CLDR), or by
        the templates labels.yaml gave."""
        w = self.words
        if w.date_full is None and w.date_month is None and w.date_year is None and not w.months:
            return cldr.date(self.locale, year, month, day)
        which = "full" if day else "month" if month else "year"
        template = {"full": w.date_full, "month": w.date_month, "year": w.date_year}[which]
        template = template or cldr.date_template(self.locale, which)
        name = (w.months or cldr.months(self.locale))[month - 1] if month else ""
        return template.format(day=day, month=name, month_number=month, year=year)

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

    def sentences(self, texts: list[str]) -> str:
        """Sentences run together: after a space, except after Chinese or Japanese, which put
        none between sentences ("。请双面打印")."""
        out = ""
        for text in texts:
            if not text:
                continue
            gap = "" if not out or scripts.written_without_spaces(out[-1]) else " "
            out += gap + text
        return out

    def sentence_end(self, text: str) -> str:
        """`text` ending in one full stop, unless it already ends a sentence ('D.C.', '?')."""
        if not text or text.rstrip("”’)」』").endswith(_ENDS):
            return text
        return text + ("。" if scripts.is_han_or_kana(text[-1]) else ".")


def language_for(
    tag: str, overrides: Mapping[str, Override] | None = None, country: str | None = None
) -> Language:
    """The language of a campaign: its catalog (English if there is none for `tag`) with the
    organiser's `labels.yaml` overrides applied; its dates as written in `country` (ISO code)
    when CLDR has the language's form there (en_US, en_GB ...)."""
    catalog = load(catalog_code(tag) or "en")
    words = catalog.words
    if overrides:
        values: dict[str, object] = {}
        for key, value in overrides.items():
            plural = _plural_key(key)
            if plural:
                name, category = plural
                message = values.get(name) or getattr(words, name)
                sample = _sample(catalog.locale, category)
                assert isinstance(message, Plural) and isinstance(value, str)
                if sample is not None:  # Korean has no "one": letters_count_one is not used
                    index = po.plural_function(message.rule)(sample)
                    values[name] = message.replaced(index, value)
            else:
                values[key] = value
        words = dataclasses.replace(words, **values)  # type: ignore[arg-type]
    return Language(tag, catalog.code, words, cldr.regional(catalog.locale, country))


ENGLISH = language_for("en")
