"""A signer list's header read as words: one role (what the column holds) and the qualifiers
that say whose address it is, from the phrases in header_words.yaml; whole words only."""

from __future__ import annotations

import dataclasses
import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from packbuilder.language import scripts
from packbuilder.signers import plurals

WORDS_FILE = Path(__file__).with_name("header_words.yaml")

#: Roles that are part of a postal address (the others say a column is not one).
POSTAL = frozenset(
    {"address", "street", "street2", "street3", "house_number", "unit", "building", "po_box"}
    | {"street4", "street5", "street6", "care_of"}
    | {"house_number_ext", "street_prefix", "street_type", "street_suffix", "floor"}
    | {"city", "neighbourhood", "district", "region", "postal_code", "postal_code_ext", "country"}
    | {"locality_line"}
)
NAME_PARTS = frozenset(
    {"name", "prefix", "first_name", "middle_name", "middle_name2", "last_name", "last_name2"}
    | {"suffix"}
)
_PLURAL = NAME_PARTS - {"prefix"}  # "Prénoms", "Vornamen": a plural names the same part
#: Roles that never hold a name or an address: a column read as one is never printed.
NOT_POSTAL = frozenset({"email", "phone", "ip", "date", "website", "organisation", "reading"})
#: Qualifiers from the person's own address to somebody else's: the strongest one counts.
QUALIFIERS = ("home", "mailing", "billing", "work", "not_theirs")
#: Roles that are parts of one street line: named together ("Улица, дом, корпус", "House/Flat
#: No. & Building") they are that line.
STREET_LINE = frozenset(
    {"street", "house_number", "house_number_ext", "street_prefix", "street_type", "street_suffix"}
    | {"building", "floor", "unit"}
)
#: Address lines after the first, by their number.
LINES = {2: "street2", 3: "street3", 4: "street4", 5: "street5", 6: "street6"}
_LINE_OR_PLACE = frozenset({*LINES.values(), "district", "neighbourhood", "po_box"})
_LOCALITY = frozenset(
    {"city", "neighbourhood", "district", "region", "postal_code", "postal_code_ext"}
)
#: Korean, Chinese and Japanese letters: written without spaces between words.
_CJK = re.compile(scripts.char_class("hangul", "han", "kana"))
#: Roles a bracket after a header's words may narrow them to ("Address (City)").
_PARTS_OF = {
    "name": NAME_PARTS - {"name"},
    "address": POSTAL - {"address", "country"} | {"country"},
}
_BETWEEN = ("qualifier", "filler")
#: Roles of columns that hold neither a name nor an address nor say whose they are.
_NEVER_NAMED = NOT_POSTAL - {"organisation", "reading"}
_RANK = QUALIFIERS.index
#: Where a word starts inside another: MailingStreet, and after capitals (POAddressLine1).
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")
_DIGITS = re.compile(r"(?<=[^\W\d_])(?=\d)|(?<=\d)(?=[^\W\d_])")
#: Vowel signs and tone marks are part of their word (Thai ที่อยู่, Hindi पता, Hebrew points),
#: though they are not letters: a word runs over them.
_MARKS = "".join(chr(c) for c in range(0x300, 0x2000) if unicodedata.category(chr(c))[0] == "M")
_WORD = re.compile(rf"[^\W_](?:[^\W_]|[{_MARKS}])*")
_CUSTOM = re.compile(r"__(?:c|pc)\s*$")
#: Scripts written without spaces between words: their runs are split into known words.
_UNSPACED = re.compile(f"{scripts.char_class('hangul', 'han', 'kana')}|[\u0e00-\u0e7f]")


@dataclass(frozen=True)
class Vocabulary:
    """The phrases of header_words.yaml as word tuples, each with what it names."""

    #: Role -> its phrases as the data file writes them (for "did you mean" advice).
    examples: dict[str, tuple[str, ...]]
    #: words -> ("role" | "qualifier" | "filler", name)
    phrases: dict[tuple[str, ...], tuple[str, str]]
    #: Role phrases a line number may follow.
    numbered: frozenset[tuple[str, ...]]
    #: Role phrases that name their role only in a header of no other unknown word.
    alone: frozenset[tuple[str, ...]]
    #: Single Korean, Chinese and Japanese words, for splitting runs written without spaces.
    cjk_words: frozenset[str]
    longest: int
    cjk_longest: int
    #: Role phrases -> how a bare number under them is written ("кв. {}" for Квартира 10).
    labels: dict[tuple[str, ...], str] = dataclasses.field(default_factory=dict)
    #: Of the phrases in `alone`, those that name their role after a word not known too:
    #: "Customer City", "Booking State" (never before one: "State Tax" is not the state).
    after: frozenset[tuple[str, ...]] = frozenset()
    #: Name-part headers of languages that write the family name first (Họ, Vezetéknév).
    family_first: frozenset[tuple[str, ...]] = frozenset()
    #: What the column of a numbered address set naming its kind is called ("Label", "Type").
    set_labels: frozenset[tuple[str, ...]] = frozenset()
    #: Single words of the phrases in letters that put spaces between words, for splitting a
    #: header written in capitals with no break ("PERSONMAILINGSTREET").
    spaced_words: frozenset[str] = frozenset()
    #: Number words a line number may be written as ("Address Two") -> the number.
    numbers: dict[str, str] = dataclasses.field(default_factory=dict)


@dataclass(frozen=True)
class HeaderReading:
    """What a header says: its role (None when it names none, or several that do not go
    together), the qualifier that says whose address it is, and the words not understood."""

    role: str | None
    qualifier: str | None = None
    #: Every role the words named, in order, when they were more than one.
    roles: tuple[str, ...] = ()
    unknown: tuple[str, ...] = ()
    #: How a bare number in the column is written, "{}" standing for it: a house number of 5
    #: under "Дом" is "д. 5", a flat of 10 under "Квартира" "кв. 10"; "" when the words give
    #: no label.
    label: str = ""
    #: The one word before the role that says whose it is without saying how that person
    #: stands to the signer: a word not known ("Payer" in "Payer City") or one for the
    #: signer's family ("Parent"). Such columns are the signer's own where the list has no
    #: other column of theirs for the part (columns.py), and the column report says so.
    owner: str = ""

    @property
    def postal(self) -> bool:
        return self.role in POSTAL

    @property
    def addressy(self) -> bool:
        """True when some word of the header names part of a postal address."""
        return self.postal or any(r in POSTAL for r in self.roles)


def _fold(word: str) -> str:
    """A word compared without case or accents (Korean, Chinese and Japanese letters as they
    are: their decomposition is not an accent)."""
    return "".join(
        "".join(c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c))
        if scripts.script(ch) is None
        else ch
        # Turkish dotless ı is the i of ADI and SOYADI written in capitals.
        for ch in word.casefold().replace("ı", "i")
    )


def _runs(text: str) -> list[str]:
    text = unicodedata.normalize("NFKC", text)
    text = _DIGITS.sub(" ", _CAMEL.sub(" ", text))
    return [_fold(run) for run in _WORD.findall(text)]


def words(text: str, vocabulary: Vocabulary | None = None) -> tuple[str, ...]:
    """The header's words: split at spaces, punctuation, case changes (MailingStreet) and
    digits (Address1); runs of Korean, Chinese or Japanese split into the longest known words,
    and so is a run of capitals with no break that is no word itself (Salesforce Data Loader's
    "BILLINGPOSTALCODE"); a number word is its number ("Address Two" = "Address 2")."""
    known = vocabulary or load()
    out: list[str] = []
    capitals = {_fold(w) for w in _CAPITALS.findall(unicodedata.normalize("NFKC", text))}
    for run in _runs(text):
        if _UNSPACED.search(run):
            out.extend(_segment(run, known))
        elif run in capitals and run not in known.spaced_words:
            out.extend(_split_capitals(run, known.spaced_words) or [run])
        else:
            out.append(known.numbers.get(run, run))
    return tuple(out)


#: A word in capitals long enough to be several run together ("MAILINGSTREET").
_CAPITALS = re.compile(r"(?<![A-Za-z])[A-Z]{8,}(?![a-z])")


def _split_capitals(run: str, known: frozenset[str]) -> list[str]:
    """`run` as known words of three letters or more only, the fewest of them, or [] when it
    is not (a name, an acronym): "personmailingstreet" -> person, mailing, street."""
    best: dict[int, list[str]] = {0: []}
    for end in range(1, len(run) + 1):
        splits = [
            best[start] + [run[start:end]]
            for start in range(max(0, end - 20), end)
            if start in best and run[start:end] in known and end - start > 2
        ]
        if splits:
            best[end] = min(splits, key=len)
    return best.get(len(run), [])


def _segment(run: str, known: Vocabulary) -> list[str]:
    out: list[str] = []
    unknown = ""
    i = 0
    while i < len(run):
        size = next(
            (
                n
                for n in range(min(known.cjk_longest, len(run) - i), 0, -1)
                if run[i : i + n] in known.cjk_words
            ),
            0,
        )
        if size:
            if unknown:
                out.append(unknown)
                unknown = ""
            out.append(run[i : i + size])
            i += size
        else:
            unknown += run[i]
            i += 1
    if unknown:
        out.append(unknown)
    return out


def read_header(text: str, vocabulary: Vocabulary | None = None) -> HeaderReading:
    """The role and qualifier a header names, read as whole words (never parts of words)."""
    known = vocabulary or load()
    text = unicodedata.normalize("NFKC", text)  # Japanese forms' full-width brackets: （）
    # Salesforce writes its custom fields' API names with "__c" ("Attendee_Mailing_City__c")
    # and a person account's with "__pc": the suffix says how the field was made, not what
    # it holds.
    text = _CUSTOM.sub("", text)
    toks = words(text, known)
    # A note in brackets ("Zip (optional)", "Address (street, city, postcode)") counts only when
    # the words before it name nothing.
    bare = re.sub(r"\([^)]*\)|\[[^]]*\]", " ", text)
    if bare != text and bare.strip():
        first = _read(words(bare, known), known)
        if first.role is not None:
            # Formstack's "Name (First)", "Address (City)": a bracket naming one part of what
            # the words before it name is that part.
            inner = re.findall(r"\(([^)]*)\)", text)
            parts = [_read(words(note, known), known) for note in inner]
            if any("reading" in (p.role, *p.roles) for p in parts):
                return HeaderReading("reading")  # "お名前(フリガナ)": how the name is read
            part = parts[0] if len(parts) == 1 else None
            if part is not None and part.role is None and part.qualifier and not part.unknown:
                # Outlook's "Rue (bureau)", "Ville (domicile)": the bracket says whose address.
                stronger = max((first.qualifier or part.qualifier, part.qualifier), key=_RANK)
                return dataclasses.replace(first, qualifier=stronger)
            if part is not None and part.role in _PARTS_OF.get(first.role, ()) and not part.roles:
                qualifier = first.qualifier or part.qualifier
                return HeaderReading(part.role, qualifier, label=part.label)
            return first
    return _read(toks, known)


def read_words(toks: tuple[str, ...]) -> HeaderReading:
    """What a header's words say, given as words (a header with one of its numbers left out)."""
    return _read(toks, load())


def _read(toks: tuple[str, ...], known: Vocabulary) -> HeaderReading:
    roles: list[str] = []
    #: Roles that give way to any other: "Address" in "Address - City", "Address 1" in
    #: Google Contacts' "Address 1 - Street" (the first address set, not its first line).
    weak: set[str] = set()
    qualifiers: list[str] = []
    unknown: list[str] = []
    alone_only = True
    #: Whether every such phrase may follow a word not known ("Customer City"), and whether
    #: a word not known came after a role ("State Tax" is not the state).
    after_a_word = True
    unknown_after = False
    labels: dict[str, str] = {}
    #: Words before the first role naming whose it is without saying how they stand to the
    #: signer ("Payer", "Parent"), and whether a word not known came anywhere else.
    owners: list[str] = []
    stray = False
    #: Roles named by a phrase as common as "by" (Danish for the town) or "last".
    common: list[str] = []
    i = 0
    while i < len(toks):
        size, hit = next(
            (
                (n, found)
                for n in range(min(known.longest, len(toks) - i), 0, -1)
                if (found := known.phrases.get(toks[i : i + n])) is not None
            ),
            (0, None),
        )
        if hit is None and (plural := plurals.singular(toks[i], known.phrases, _PLURAL)):
            size, hit = 1, plural
        if hit is None:
            unknown_after = unknown_after or bool(roles)
            unknown.append(toks[i])
            if toks[i].isdigit() and owners and not roles:
                owners[-1] += f" {toks[i]}"  # "Guest 2 First Name": another guest
            elif not toks[i].isdigit():
                stray = stray or bool(roles)
                owners += [] if roles else [toks[i]]
            i += 1
            continue
        phrase = toks[i : i + size]
        i += size
        kind, name = hit
        if kind == "role":
            if phrase in known.alone:
                common.append(name)
            alone_only = alone_only and phrase in known.alone
            after_a_word = after_a_word and (phrase not in known.alone or phrase in known.after)
            # The line number may follow a qualifier: Outlook's "Straße privat 2", "Rue
            # (domicile) 2"; Toastmasters' "Addr L1".
            at = i
            while at < len(toks) and known.phrases.get(toks[at : at + 1], ("",))[0] in _BETWEEN:
                at += 1
            if phrase in known.numbered and at < len(toks) and toks[at].isdigit():
                between = (known.phrases[(t,)] for t in toks[i:at])
                qualifiers += [q for kind_of, q in between if kind_of == "qualifier"]
                number = int(toks[at])
                i = at + 1
                name = LINES.get(number, "street6") if number > 1 else "street"
                if phrase == ("address",):
                    weak.add(name)
            elif name == "address":
                weak.add(name)
            roles.append(name)
            if phrase in known.labels:
                labels.setdefault(name, known.labels[phrase])
        elif kind == "qualifier" and name == "kin":
            owners.append(" ".join(phrase))
        elif kind == "qualifier":
            qualifiers.append(name)
    words_unknown = any(not u.isdigit() for u in unknown)
    if words_unknown and roles and alone_only and not (after_a_word and not unknown_after):
        # "Last" names the last name only alone: "LAST_CHANGED" is not a name.
        # Such a word beside words not known is no evidence of an address part ("RSVPed No"
        # is not a house number); a word for what is never one still counts ("status").
        named = tuple(r for r in roles if r not in POSTAL)
        return HeaderReading(None, None, named, tuple(unknown))
    if common and any(r in _NEVER_NAMED for r in roles):
        # "Created By", "Date Last": such a word beside one for what is never an address or
        # a name says nothing more.
        roles = [r for r in roles if r not in common]
    reading = _resolve(roles, weak, qualifiers, unknown)
    label = labels.get(reading.role or "", "")
    alone = len(owners) == 1 and not stray and not reading.qualifier
    owner = owners[0] if alone and reading.role is not None else ""
    return dataclasses.replace(reading, label=label, owner=owner)


def _resolve(
    roles: list[str], weak: set[str], qualifiers: list[str], unknown: list[str]
) -> HeaderReading:
    distinct = list(dict.fromkeys(roles))
    if "reading" in distinct:
        distinct = ["reading"]  # "氏名 フリガナ", "Last name (phonetic)": never the printed name
    if "ip" in distinct:
        distinct = ["ip"]  # "IP State/Region": where an IP address seems to be, never posted to
    if "organisation" in distinct and "prefix" in distinct:
        # "Organization Title" (Google Contacts' job title), "Company Title": a title held at
        # work, never an honorific ("Last/Organization Name" stays the last name).
        distinct = ["organisation"]
    if "organisation" in distinct and len(distinct) > 1:
        # "Company address", "Employer city", "Workplace Address 1": the company says whose
        # address, not what it is.
        distinct.remove("organisation")
        qualifiers.append("work")
    strong = [r for r in distinct if r not in weak]
    if strong and len(strong) < len(distinct):
        if weak & _LINE_OR_PLACE:
            qualifiers.append("work")  # "Address 2 - City": a second address set
        distinct = strong
    elif len(distinct) > 1 and "address" in distinct:
        distinct.remove("address")  # "Default Address Address1": the numbered line counts
    if "name" in distinct and len(distinct) > 1 and set(distinct) <= NAME_PARTS:
        distinct = [r for r in distinct if r != "name"] if len(distinct) == 2 else ["name"]
    qualifier = max(qualifiers, key=QUALIFIERS.index) if qualifiers else None
    role: str | None
    if len(distinct) == 1:
        role = distinct[0]
    elif set(distinct) == {"unit", "floor"}:
        role = "unit"  # the Philippines' "Unit/Floor" ("Unit 1203", "12/F"), beside the street
    elif set(distinct) == {"city", "neighbourhood"}:
        role = "city"  # "Town/Suburb", "Locality/Town": two words for the town, as "Suburb/Town"
    elif len(distinct) > 1 and set(distinct) <= _LOCALITY:
        role = "locality_line"  # "City, State ZIP" in one cell
    elif len(distinct) > 1 and set(distinct) <= NAME_PARTS:
        role = "name"  # "First and last name"
    elif set(LINES.values()) & set(distinct) and set(distinct) <= _LINE_OR_PLACE:
        # PayPal's "Address Line 2/District/Neighborhood", France's "Lieu-dit / BP" (line 5 of
        # NF Z10-011): the line, whatever it holds.
        role = max(set(LINES.values()) & set(distinct))
    elif len(distinct) > 1 and set(distinct) <= STREET_LINE:
        role = "street"  # "Улица, дом, корпус, строение": the street line written whole
    else:
        role = None
    shown = tuple(distinct) if len(distinct) > 1 else ()
    return HeaderReading(role, qualifier, shown, tuple(unknown))


@cache
def load() -> Vocabulary:
    """The phrases of header_words.yaml, with how a bare number under each is written
    (designators.yaml's labels), read once through the content loader."""
    from packbuilder.signers import units

    return vocabulary({**data_file(WORDS_FILE), "labels": units.labels()})


def data_file(path: Path) -> Any:
    """One of the package's data files as plain dicts, lists and strings, read through the
    content loader (the safe loader); ValueError when it cannot be read."""
    from packbuilder.content.loader import load_file

    node, problems = load_file(path)
    if node is None or problems:
        raise ValueError(f"{path}: {problems}")
    return plain(node)


def vocabulary(data: dict[str, Any]) -> Vocabulary:
    """A Vocabulary from the data file's plain structure; ValueError for a phrase given two
    meanings."""
    entries: list[tuple[str, str, str]] = []
    for role, texts in data["roles"].items():
        entries += [("role", role, p) for p in texts]
    for qualifier, texts in data["qualifiers"].items():
        entries += [("qualifier", qualifier, p) for p in texts]
    entries += [("filler", "", p) for p in data["filler"]]
    cjk = frozenset(run for _, _, p in entries for run in _runs(str(p)) if _UNSPACED.search(run))
    examples = {
        role: tuple(str(t)[:1].upper() + str(t)[1:] for t in texts)
        for role, texts in data["roles"].items()
    }
    longest_cjk = max((len(w) for w in cjk), default=1)
    bare = Vocabulary(examples, {}, frozenset(), frozenset(), cjk, 1, longest_cjk)
    phrases: dict[tuple[str, ...], tuple[str, str]] = {}
    for kind, name, phrase in entries:
        key = words(str(phrase), bare)
        if not key:
            continue
        if key in phrases and phrases[key] != (kind, name):
            raise ValueError(f"{WORDS_FILE}: '{phrase}' is both {phrases[key]} and {name}")
        phrases[key] = (kind, name)
    numbered = frozenset(words(str(p), bare) for p in data["numbered"])
    alone = frozenset(words(str(p), bare) for p in data["alone"])
    labels = {words(str(p), bare): str(t) for p, t in data["labels"].items()}
    if unlabelled := [p for p in labels if p not in phrases]:
        raise ValueError(f"designators.yaml: labels for phrases no role has: {unlabelled}")
    longest = max(len(k) for k in phrases)
    family_first = frozenset(words(str(p), bare) for p in data["family_first"])
    after = frozenset(words(str(p), bare) for p in data["after_a_word"])
    set_labels = frozenset(words(str(p), bare) for p in data["set_label"])
    # Words of roles and qualifiers only, of three letters or more: "DONATION" is no "do" and
    # "nation".
    spaced = frozenset(
        w
        for key, (kind, _) in phrases.items()
        for w in key
        if kind != "filler" and len(w) > 2 and not _UNSPACED.search(w)
    )
    numbers = {str(k): str(v) for k, v in data["number_words"].items()}
    return Vocabulary(
        examples,
        phrases,
        numbered,
        alone,
        cjk,
        longest,
        longest_cjk,
        labels,
        after,
        family_first,
        set_labels,
        spaced,
        numbers,
    )


def core(header: str) -> str:
    """A header's words without those saying whose it is or nothing at all, run together:
    "Nom adhérent" -> "nom", "Preferred Name" -> "preferredname" ("preferred" is filler, but
    kept here: it says which name)."""
    known = load()
    toks = words(unicodedata.normalize("NFKC", header), known)
    kept = [t for t in toks if known.phrases.get((t,), ("",))[0] != "qualifier"]
    return "".join(kept)


def family_first(header: str) -> bool:
    """Whether a name-part header is in a language that writes the family name first."""
    known = load()
    return words(unicodedata.normalize("NFKC", header), known) in known.family_first


def plain(node: Any) -> Any:
    """A data file's node as plain dicts, lists and strings."""
    from packbuilder.content import loader

    if isinstance(node, loader.Mapping):
        return {key.text: plain(value) for key, value in node.items}
    if isinstance(node, loader.Sequence):
        return [plain(item) for item in node.items]
    return node.text
