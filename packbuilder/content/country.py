"""Country profiles: what a campaign posted from one country prints and says (paper, envelope,
labels, postage, conventions, the PRC's posts there), one data file per country in
packbuilder/countries/, and the words that contradict that country ("not here").

A profile is data, read through `content.data.read_data`: adding a country is adding one file.
A country with no file of its own gets `neutral.yaml`: neutral wording and example posts.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from packbuilder.content.contacts import Contact
from packbuilder.content.data import read_data
from packbuilder.content.loader import Mark
from packbuilder.content.rules import Paper, doc
from packbuilder.content.sources import Source
from packbuilder.errors import Problem, did_you_mean
from packbuilder.language.scripts import char_class

#: Where the profiles live: one <ISO code>.yaml per country, and neutral.yaml for the rest.
FOLDER = Path(__file__).resolve().parent.parent / "countries"
NEUTRAL = "neutral"


@dataclass(frozen=True)
class Wording:
    """The guide's and the cover's country-specific phrases. `new` swaps each phrase of the
    starting campaign's country for the same phrase of the new campaign's country, so every
    profile gives all of them (an empty phrase drops the sentence)."""

    supplies: str = doc("What to set aside per letter: envelope, stamp, and where the posts are.")
    window: str = doc("Which window envelope the folded letter goes in.")
    fax: str = doc("Why faxing is skipped, or what to know about it.")
    follow_up: str = doc("Whom to write to at home after the drive.")
    intro_posts: str = doc("Which posts the pack addresses, as the cover says it.")
    intro_fax: str = doc("What the cover says of fax numbers.")
    intro_sites: str = doc("Where to confirm the addresses, as the cover says it.")
    intro_closed: str | None = doc("A closed post the cover mentions; absent: none.", None)


@dataclass(frozen=True)
class PhoneForm:
    """How a country writes its own phone and fax numbers (ITU-T E.123 national notation)."""

    code: str = doc("The country calling code, digits only: 44.")
    national: str = doc(
        "A number of the country in national form, as a template of the groups its "
        "international form writes after the code ('+44 20 7946 0000': {0} is 20, {1} 7946, "
        "{2} 0000): '0{0} {1} {2}' writes 020 7946 0000."
    )
    example: str = doc("A number in international form, for the reader: +44 20 7946 0000.")

    def written(self, number: str) -> str:
        """`number` ('+44 20 7946 0000') in the country's national form when it is one of
        the country's numbers with as many groups as the form has; otherwise as given."""
        code, *groups = number.split()
        wanted = len(re.findall(r"\{\d+\}", self.national))
        if code != f"+{self.code}" or len(groups) != wanted:
            return number
        return self.national.format(*groups)


@dataclass(frozen=True)
class Profile:
    """One country's profile (packbuilder/countries/<code>.yaml)."""

    code: str = doc("ISO 3166 code of the country (GB), or 'neutral' for countries with none.")
    name: str = doc("The country's name as a sentence uses it: the United Kingdom.")
    paper: Paper = doc("letter or a4: the paper sold there.")
    envelope: str = doc("The window envelope used there, and the standard behind it.")
    label_stock: str = doc("The address-label sheet sold there (matching the paper).")
    postage: str = doc("What stamp a letter within the country needs.")
    postcode: str = doc("What the postal code is called there.")
    wording: Wording = doc("The phrases `new` puts into the guide and the cover.")
    not_here: tuple[str, ...] = doc(
        "Words and phrases that contradict this country; `check` warns where content prints one."
    )
    contacts: tuple[Contact, ...] = doc(
        "The PRC's embassy and consulates in the country; empty for the starter's own country "
        "(the default campaign's posts are the US ones).",
        (),
    )
    sources: tuple[Source, ...] = doc("The sources the posts cite.", ())
    examples: bool = doc("true when the posts are examples, to be replaced.", False)
    phone: PhoneForm | None = doc(
        "How phone and fax numbers of the country are written there (fax covers, the "
        "addressee table); absent: as contacts.yaml writes them. Dates come from CLDR "
        "(the campaign's language as written in the country: en_GB, en_US ...).",
        None,
    )


@dataclass(frozen=True)
class PostWords:
    """What the addressee table says of one of the profile's posts, in another language."""

    id: str = doc("Id of the post in the profile's contacts.")
    short_name: str = doc("Short name for tables and the tally sheet.")
    address_note: str | None = doc("The post's address_verified.note in this language.", None)
    note: str | None = doc("The post's note in this language.", None)


@dataclass(frozen=True)
class ProfileWords:
    """A profile's words in another language (packbuilder/countries/<code>.<language>.yaml):
    the phrases `new` puts into that language's edition of the guide and the cover, each
    replacing the same phrase of the starting campaign's country in that language."""

    name: str = doc("The country's name in this language.")
    wording: Wording = doc("The guide's and the cover's phrases, in this language.")
    not_here: tuple[str, ...] = doc(
        "Words in this language that contradict the country; `check` warns where content "
        "prints one.",
        (),
    )
    posts: tuple[PostWords, ...] = doc(
        "The profile's posts in this language (`new` writes them as contacts.<language>.yaml).",
        (),
    )


def codes() -> tuple[str, ...]:
    """The countries with a profile of their own, by ISO code."""
    found = (p.name.removesuffix(".yaml") for p in FOLDER.glob("*.yaml"))
    return tuple(sorted(c for c in found if c != NEUTRAL and "." not in c))


def word_files(code: str) -> dict[str, Path]:
    """The languages `code`'s profile has words in (its own profile's, or the neutral one's),
    by the language tag in the file name: {"ko": .../GB.ko.yaml, "zh-Hans": ...}."""
    stem = path_for(code).name.removesuffix(".yaml")
    return {
        p.name.removesuffix(".yaml").split(".", 1)[1]: p
        for p in sorted(FOLDER.glob(f"{stem}.*.yaml"))
    }


@cache
def words_in(code: str, language: str) -> ProfileWords | None:
    """`code`'s profile words in `language` (a tag such as ko, zh or zh-Hans: matched by the
    catalog it uses), or None when the profile has none in that language."""
    from packbuilder.language.catalogs import catalog_code

    want = catalog_code(language) or language
    for tag, path in word_files(code).items():
        if tag.casefold() == language.casefold() or catalog_code(tag) == want:
            return read_data(path, ProfileWords)
    return None


def path_for(code: str) -> Path:
    """The profile file for `code`: its own, or the neutral one."""
    own = FOLDER / f"{code.upper()}.yaml"
    return own if own.is_file() else FOLDER / f"{NEUTRAL}.yaml"


@cache
def profile(code: str) -> Profile:
    """The profile for the country `code` (ISO): its own, or the neutral one."""
    return read_data(path_for(code), Profile)


def block(path: Path, key: str) -> str:
    """The text of the top-level list `key:` in a profile file, as written (comments kept),
    for `new` to copy into a content file."""
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    out: list[str] = []
    inside = False
    for line in lines:
        if re.match(rf"{key}:\s*$", line):
            inside = True
            continue
        if inside and line[:1] not in ("", " ", "\n", "#"):
            break
        if inside:
            out.append(line)
    return "".join(out).strip("\n") + "\n"


def phrase_pattern(phrase: str) -> re.Pattern[str]:
    """`phrase` as it may be written in a YAML file: any run of spaces and line breaks (with
    their indentation) between words, and whole words only (in Latin letters)."""
    words = [re.escape(w) for w in phrase.split()]
    # Korean particles and Chinese text follow a word with no space ("국무부에", "从10号"): a
    # phrase's edge in Latin letters or digits must not touch another Latin letter or digit,
    # and an edge in Hangul or Han needs no boundary.
    before = rf"(?:(?<!\w)|(?<={_EAST_ASIAN}))(?<!#)" if _bounded(phrase[:1]) else ""
    after = rf"(?:(?!\w)|(?={_EAST_ASIAN}))" if _bounded(phrase[-1:]) else ""
    return re.compile(before + r"\s+".join(words) + after, re.IGNORECASE)


#: Hangul, Han, kana and CJK punctuation: written with no space before a particle or a word.
_EAST_ASIAN = char_class("hangul", "han", "kana", "cjk-punctuation")


def _bounded(char: str) -> bool:
    """Whether a phrase edge `char` is a letter or digit of a script written with spaces."""
    return char.isalnum() and re.fullmatch(_EAST_ASIAN, char) is None


def contradictions(found: Iterable[tuple[Mark, str, str]], code: str) -> Iterator[Problem]:
    """A located warning wherever printed text says something the campaign's country
    contradicts (its profile's `not_here` list): "#10" or "ZIP" in a campaign posted from the
    United Kingdom."""
    chosen = profile(code)
    words = list(chosen.not_here)
    for tag in word_files(code):
        translated = words_in(code, tag)
        words += translated.not_here if translated else ()
    patterns = [(word, phrase_pattern(word)) for word in dict.fromkeys(words)]
    for mark, field, text in found:
        if mark.file.endswith("sources.yaml") or not _printed(field):
            continue
        for word, pattern in patterns:
            if pattern.search(text) is None:
                continue
            hit = pattern.search(mark.raw)
            at = mark.find(hit[0]) if hit else mark
            message = (
                f"'{word}' does not fit a campaign posted in {chosen.name} (campaign.yaml "
                "country); say what holds there"
            )
            yield Problem(at.file, at.line, at.col, field, message, "warning")


def _printed(field: str) -> bool:
    """Whether a field's text is printed (ids, sources and switches are not words to check)."""
    last = field.rsplit(".", 1)[-1].split("[", 1)[0]
    return last not in {"id", "source", "status", "url", "file", "posts", "slug", "language"}


def country_code(country: str | None) -> str | None:
    """The ISO code of campaign.yaml's `country` (a code or a name), or None."""
    from packbuilder.signers.countries import country_code as code_of

    return (code_of(country) or None) if country else None


def country_problem(code: str) -> str | None:
    """What is wrong with `code` as a country for `new --country`, or None: an ISO 3166 code,
    in any case (a mistyped one gets a did-you-mean among the countries with a profile)."""
    from packbuilder.signers.countries import country_code

    if len(code) == 2 and code.isalpha() and country_code(code) == code.upper():
        return None
    known = codes()
    hint = did_you_mean(code.upper(), known)
    named = country_code(code)
    if named and not hint:
        hint = f" (did you mean '{named}'?)"
    return f"'{code}' is not a country code (write two letters: {', '.join(known)} ...){hint}"
