"""What a person's name looks like, for a column whose header does not say it holds names:
two or more capitalised words with no digit, or two to four Han or Hangul letters starting
with a common family name; never an organisation or a place. The words are in
person_names.yaml."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

from packbuilder.language import scripts

NAMES_FILE = Path(__file__).with_name("person_names.yaml")
#: One word of a name in letters: O'Neil, Jean-Luc, J., Jr.
_NAME_WORD = re.compile(r"[^\W\d_]+(?:['’\-.][^\W\d_]+)*\.?")
#: Words in a name written with letters (Ann Lee, Ana de la Cruz, María José García López).
_MOST_WORDS = 6
#: Letters in a Han or Hangul name: a family name of one to three letters and a given name of
#: one to three (张伟, 欧阳娜娜, 佐々木太郎). A Korean name has three letters as a rule (김민준):
#: two are as often a town (서울, 인천).
_LETTERS = {"han": (2, 5), "hangul": (3, 5)}


@dataclass(frozen=True)
class _Words:
    han: frozenset[str]
    hangul: frozenset[str]
    particles: frozenset[str]
    organisations: frozenset[str]
    households: frozenset[str]
    joining: frozenset[str]
    streets: frozenset[str]
    place_endings: tuple[str, ...]
    place_starts: tuple[str, ...]
    honorifics: frozenset[str]
    given_too: frozenset[str]
    person_endings: tuple[str, ...]
    name_suffixes: tuple[str, ...]
    legal_forms: frozenset[str]
    together: frozenset[str]
    cosigners: tuple[tuple[str, ...], ...]
    contacts: tuple[str, ...] = ()
    employers: tuple[str, ...] = ()
    glued_forms: tuple[str, ...] = ()
    initials: frozenset[str] = frozenset()
    family_first: frozenset[str] = frozenset()
    family_first_letters: frozenset[str] = frozenset()
    premises: frozenset[str] = frozenset()
    hamlets: frozenset[str] = frozenset()


@cache
def _load() -> _Words:
    from packbuilder.signers.vocabulary import data_file

    data = data_file(NAMES_FILE)
    family = data["family_names"]
    return _Words(
        han=frozenset(map(str, family["han"] + family["japanese"])),
        hangul=frozenset(map(str, family["hangul"])),
        particles=frozenset(str(w).casefold() for w in data["particles"]),
        organisations=frozenset(
            str(w).casefold() for w in data["organisation_words"] + data["household_words"]
        ),
        households=frozenset(str(w).casefold() for w in data["household_words"]),
        joining=frozenset(str(w).casefold() for w in data["joining_words"]),
        streets=frozenset(str(w).casefold() for w in data["street_words"]),
        premises=frozenset(str(w).casefold() for w in data["premises_words"]),
        hamlets=frozenset(str(w).casefold() for w in data["hamlet_words"]),
        place_endings=tuple(map(str, data["place_endings"])),
        place_starts=tuple(map(str, data["place_starts"])),
        honorifics=frozenset(
            str(w).casefold() for words in data["honorifics"].values() for w in words
        ),
        given_too=frozenset(str(w).casefold() for w in data["also_given_names"]),
        person_endings=tuple(map(str, data["person_endings"])),
        name_suffixes=tuple(map(str, data["name_suffixes"])),
        legal_forms=frozenset(str(w).casefold() for w in data["legal_forms"]),
        together=frozenset(str(w).casefold() for w in data["signing_together"]),
        cosigners=tuple(folded(str(w)) for w in data["cosigners"]),
        contacts=tuple(str(w).casefold() for w in data["contact_persons"]),
        employers=tuple(str(w).casefold() for w in data["employer_headers"]),
        glued_forms=tuple(str(w) for w in data["legal_forms_glued"]),
        initials=frozenset(str(w).casefold() for w in data["initials_headers"]),
        family_first=frozenset(str(c).upper() for c in data["family_first_countries"]),
        family_first_letters=frozenset(str(data["family_first_letters"])),
    )


def folded(phrase: str) -> tuple[str, ...]:
    """A phrase's words as a header's are compared: without case or accents."""
    text = unicodedata.normalize("NFKD", phrase.casefold())
    return tuple("".join(ch for ch in text if not unicodedata.combining(ch)).split())


def swapped_family_name(first: str, last: str) -> bool:
    """True when a Hangul or Han name's parts stand in each other's columns: a known family
    name of one letter under the given name ('김') and under the family name a given name that
    is none ('민준'), as people fill a Western form's First/Last the way they write their name."""
    known = _load()
    kind = scripts.main_script(first + last)
    family = known.hangul if kind == "hangul" else known.han if kind == "han" else frozenset()
    return len(first) == 1 and first in family and len(last) >= 2 and last not in family


def is_person(text: str) -> bool:
    """True when `text` reads as one person's name."""
    text = " ".join(unicodedata.normalize("NFKC", text).split())
    if not text or any(ch.isdigit() for ch in text):
        return False
    known = _load()
    joined = text.replace(" ", "")
    kind = scripts.main_script(joined)
    if kind in ("hangul", "han") and all(scripts.script(ch) == kind or ch == "々" for ch in joined):
        family = known.hangul if kind == "hangul" else known.han
        low, high = _LETTERS[kind]
        return (
            low <= len(joined) <= high
            and not joined.endswith(known.place_endings)
            and any(joined[:n] in family and len(joined) > n for n in (1, 2, 3))
        )
    words = text.split()
    # A couple signing together ("Ann and Bo Lee", "Mr & Mrs Lee", NPSP's Formal Greeting):
    # one joining word between two names reads as the names around it.
    joins = [n for n, w in enumerate(words) if w.casefold() in known.joining]
    if len(joins) == 1 and 0 < joins[0] < len(words) - 1:
        del words[joins[0]]
    if not 2 <= len(words) <= _MOST_WORDS or not all(_NAME_WORD.fullmatch(w) for w in words):
        return False
    folded = [w.casefold().strip(".") for w in words]
    if any(w in known.organisations for w in folded) or folded[-1] in known.streets:
        return False
    if folded[0] in known.premises | known.hamlets:
        return False  # "Résidence Les Tilleuls", "Lugar de Cima": a place's name
    capitalised = [w for w in words if w[0].isupper()]
    particles = [w for w, f in zip(words, folded, strict=True) if f in known.particles]
    return len(capitalised) >= 2 and len(capitalised) + len(particles) >= len(words)


#: Marks an honorific is compared without: full stops, and the ordinal letters of Portuguese
#: and Spanish abbreviations (Eng.º, Dr.ª; some keyboards give a degree sign).
_MARKS = str.maketrans("", "", ".ºª°")


def honorific(text: str) -> bool:
    """True when every word of `text` is an honorific of a language person_names.yaml lists,
    compared without case and full stops ("Dr.", "Sig.ra", "Pani", "Bapak", "Mr & Mrs")."""
    words = [w.translate(_MARKS) for w in text.casefold().replace("&", " ").split()]
    known = _load().honorifics
    return bool(words) and all(w in known for w in words)


def initials(text: str, header: str) -> bool:
    """True for a value of initials ("M.", "J.P.") under a header for them (Dutch `Voorletters`,
    `Initials`; person_names.yaml initials_headers): the Dutch 'M.' is Maria's initial there,
    no French Monsieur."""
    if not re.fullmatch(r"(?:[^\W\d_]\.\s?)+", text.strip()):
        return False
    return " ".join(re.findall(r"\w+", header.casefold())) in _load().initials


@lru_cache(maxsize=1024)  # asked of each row's first name: given names repeat
def title_as_given(text: str) -> bool:
    """True for a first-name value that is a title, not a given name ("Mr", "Mr & Mrs",
    "Dr."): an honorific that is also a given name alone ("Don", "Tuan") is the given name."""
    return honorific(text) and text.strip().casefold() not in _load().given_too


def thing_word(word: str) -> bool:
    """True for a word of Han, kana or Hangul letters that is no noun for a person (ギフト,
    店, 코스): before a word for "name" it names a thing's name (ギフト名), where 購入者名 and
    수취인명 name a person's (person_endings in person_names.yaml)."""
    if not word or scripts.main_script(word) not in ("han", "hangul", "kana"):
        return False
    return not word.endswith(_load().person_endings)


def owner_of_name(word: str, before: str) -> str:
    """Whose name a Korean header word names: "수취인명" (a noun for a person and 명, a name) is
    the 수취인's (the recipient's); "명" after "구매자" the 구매자's; "" for any other word (설명,
    a description, and 병원명, a hospital's name, are no person's)."""
    known = _load()
    for suffix in known.name_suffixes:
        if word == suffix and before.endswith(known.person_endings):
            return before
        stem = word[: -len(suffix)]
        if word.endswith(suffix) and stem.endswith(known.person_endings):
            return stem
    return ""


def given_apart(text: str) -> bool:
    """True when the header's last word, after a space, is a name suffix that alone is the
    given name (Japanese 名 in "注文者 名"; Korean 명 alone is a whole name, not this)."""
    head, _, last = text.strip().rpartition(" ")
    last = last.strip()
    return bool(head.strip()) and last in _load().name_suffixes and last in _given_words()


@cache
def _given_words() -> frozenset[str]:
    from packbuilder.signers import vocabulary

    known = vocabulary.load()
    return frozenset(
        w for (w, *rest), hit in known.phrases.items() if not rest and hit == ("role", "first_name")
    )


def firm(text: str) -> bool:
    """True when `text` is a firm's name by the legal form it ends with ("Müller & Söhne
    GmbH", "Weber Bau AG", "Acme Inc.", "Förderverein e.V."; person_names.yaml's
    legal_forms): two words or more, the last a legal form. A form of two letters counts only
    in capitals or with full stops, in a cell not all in capitals ("Nguyen Thi Sa" is a person).
    In scripts without spaces the form is glued before or after the name (株式会社トヨタ)."""
    glued = text.strip()
    if any(
        len(glued) > len(f) and (glued.startswith(f) or glued.endswith(f))
        for f in _load().glued_forms
    ):
        return True  # 株式会社トヨタ, トヨタ株式会社, ㈜한빛
    words = text.replace("&", " ").replace(",", " ").split()
    if len(words) < 2:
        return False
    last = words[-1].strip("()")
    folded = last.casefold().replace(".", "")
    if folded not in _load().legal_forms:
        return False
    if len(folded) > 2:
        return True
    return (last.isupper() or "." in last) and not text.isupper()


def body(text: str) -> bool:
    """True when `text` names a firm or a body, not a person: a legal form ("Weber GmbH"), or a
    first word that names a body or a trade's shop ("Bäckerei Klein", "Parish of St Mary";
    person_names.yaml organisation_words, households aside). Only the first word counts:
    Hall, Temple and Church are people's family names too."""
    if firm(text):
        return True
    words = text.split()
    known = _load()
    first = words[0].casefold().strip(".,") if len(words) > 1 else ""
    return first in known.organisations and first not in known.households and len(first) > 3


def signs_together(kind: str) -> bool:
    """True when the word numbering a row's people ("individual" of "Individual 2") says each
    of them signs (person_names.yaml signing_together); not "parent guardian", "guest"."""
    return kind.casefold() in _load().together


def cosigner(header_words: tuple[str, ...]) -> str:
    """The phrase of a header's words that names a second person who signs beside the row's
    signer ("second signer" of "Second signer's name"; person_names.yaml cosigners), or ""."""
    for phrase in _load().cosigners:
        size = len(phrase)
        for at in range(len(header_words) - size + 1):
            if header_words[at : at + size] == phrase:
                return " ".join(phrase)
    return ""


def household(text: str) -> bool:
    """True when `text` names a household, never a person: "Lee Household", "The Ortiz
    Family"."""
    return _households()[0].search(text) is not None


def firms_contact(header: str) -> bool:
    """True when a name column's header says the person is a firm's contact ("Ansprechpartner",
    "Contact Person", 担当者名): the list's addresses are the firms'."""
    text = " ".join(re.findall(r"\w+", header.casefold()))
    return any(re.search(rf"(?<!\w){re.escape(w)}", text) for w in _load().contacts)


def employer_header(header: str) -> bool:
    """True when a firm's column's header says it is the person's employer ("Employer",
    "Place of work"; person_names.yaml employer_headers), not where they take post."""
    return " ".join(re.findall(r"\w+", header.casefold())) in _load().employers


def family_first_country(code: str | None, name: str = "") -> bool:
    """True where the people of the country `code` write the family name first in Latin
    letters too (Hungary, Vietnam); True when no country is known (the header's language
    decides), or the `name` has a letter only such a language writes (family_first_letters)."""
    return code is None or code.upper() in _load().family_first or family_first_letters(name)


def family_first_letters(name: str) -> bool:
    """True where a name has a letter only a language that writes the family name first
    writes (Vietnamese "Nguyễn", Hungarian "Szőke"; person_names.yaml)."""
    letters = _load().family_first_letters
    return any(ch in letters for ch in unicodedata.normalize("NFC", name.casefold()))


def household_word(word: str) -> bool:
    """True for a word naming a household (person_names.yaml household_words): "Household
    Name" and "Family Label" are a household's, never one person's."""
    return word.casefold() in _load().households


def two_people(text: str) -> bool:
    """True when `text` names a household or two people: "Lee Household", "Mr & Mrs Anderson",
    "Ann and Bo Lee" (a couple may sign one letter together, and is warned about)."""
    return _households()[1].search(text) is not None


@cache
def _households() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A household word anywhere; or that, or a joining word between two others."""
    known = _load()
    words = "|".join(map(re.escape, sorted(known.households)))
    joining = "|".join(map(re.escape, sorted(known.joining)))
    household = rf"(?<!\w)(?:{words})(?!\w)"
    return re.compile(household, re.I), re.compile(rf"{household}|\S\s+(?:{joining})\s+\S", re.I)


def name_word(word: str) -> bool:
    """True for one word written as a word of a name is (O'Neil, Jean-Luc, J., Jr.; no digit,
    no sign)."""
    return _NAME_WORD.fullmatch(word) is not None


def is_place(text: str) -> bool:
    """True when `text` is a place name by its form: Han or Hangul letters ending as a place
    does (大安區, 강남구, 臺北市), or Thai starting as one does (เขตวัฒนา); no digit."""
    text = " ".join(unicodedata.normalize("NFKC", text).split())
    if not text or any(ch.isdigit() for ch in text):
        return False
    known = _load()
    if text.startswith(known.place_starts) or text.split()[0].casefold() in known.hamlets:
        return True
    joined = text.replace(" ", "")
    kind = scripts.main_script(joined)
    return (
        kind in ("han", "hangul", "kana")
        and len(joined) >= 2
        and joined.endswith(known.place_endings)
    )


def premises(text: str) -> bool:
    """True when `text` names a building or an estate of flats by its first word
    ("Résidence Les Tilleuls", "Edificio Torre Sol"; person_names.yaml premises_words)."""
    first = text.split()[:1]
    return bool(first) and first[0].casefold() in _load().premises
