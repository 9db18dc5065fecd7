"""A signer list's header read as words: one role (what the column holds) and the qualifiers
that say whose address it is, from the phrases in header_words.yaml; whole words only."""

from __future__ import annotations

import dataclasses
import re
import unicodedata
from dataclasses import dataclass

from packbuilder.language import scripts
from packbuilder.signers import additions, people, place_words, plurals
from packbuilder.signers.vocabulary import Vocabulary as Vocabulary
from packbuilder.signers.vocabulary import load as load
from packbuilder.signers.vocabulary import set_number_left_out as vocabulary_set_number_left_out
from packbuilder.signers.vocabulary import words as words

#: Roles that are part of a postal address (the others say a column is not one).
POSTAL = frozenset(
    {"address", "street", "street2", "street3", "house_number", "unit", "building", "po_box"}
    | {"street4", "street5", "street6", "care_of", "house_number_kind", "house_number_letter"}
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
NOT_POSTAL = frozenset(
    {"email", "phone", "ip", "date", "website", "organisation", "reading", "signature"}
)
#: Qualifiers from the person's own address to somebody else's: the strongest one counts.
QUALIFIERS = ("again", "home", "mailing", "billing", "work", "not_theirs")
#: Roles that are parts of one street line: named together ("Улица, дом, корпус", "House/Flat
#: No. & Building") they are that line.
STREET_LINE = frozenset(
    {"street", "house_number", "house_number_ext", "street_prefix", "street_type", "street_suffix"}
    | {"building", "floor", "unit"}
)
#: Address lines after the first, by their number.
LINES = {2: "street2", 3: "street3", 4: "street4", 5: "street5", 6: "street6"}
_LINES = frozenset(LINES.values())
_LINE_OR_PLACE = frozenset({*LINES.values(), "district", "neighbourhood", "po_box"})
#: What a line after the street may hold beside a landmark or a further line.
_PREMISES = frozenset({"building", "floor", "unit"})
_LOCALITY = frozenset(
    {"city", "neighbourhood", "district", "region", "postal_code", "postal_code_ext"}
)
#: Korean, Chinese and Japanese letters: written without spaces between words.
_CJK = re.compile(scripts.char_class("hangul", "han", "kana"))
#: Salesforce's custom fields' suffix ("Attendee_Mailing_City__c", a person account's "__pc").
_CUSTOM = re.compile(r"__(?:c|pc)\s*$")
#: Roles a bracket after a header's words may narrow them to ("Address (City)").
_PARTS_OF = {
    "name": NAME_PARTS - {"name"},
    "address": POSTAL - {"address", "country"} | {"country"},
}
_BETWEEN = ("qualifier", "filler")
#: Roles of columns that hold neither a name nor an address nor say whose they are.
_NEVER_NAMED = NOT_POSTAL - {"organisation", "reading"}
_RANK = QUALIFIERS.index
_AFFIXES = frozenset({"prefix", "suffix"})
#: Places a number may name, with a word that only says "number" after them ("Ward No.").
_NUMBERED = frozenset({"district", "neighbourhood", "unit", "floor", "building"})


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


def read_header(text: str, vocabulary: Vocabulary | None = None) -> HeaderReading:
    """The role and qualifier a header names, read as whole words (never parts of words)."""
    reading = _read_header(text, vocabulary)
    if reading.role == "name" and people.given_apart(text):
        # STORES' "注文者 姓" / "注文者 名": the word for a given name standing apart after
        # the person's word is that person's given name, not their whole name ("注文者名").
        return dataclasses.replace(reading, role="first_name")
    return reading


def _read_header(text: str, vocabulary: Vocabulary | None) -> HeaderReading:
    known = vocabulary or load()
    text = unicodedata.normalize("NFKC", text)  # Japanese forms' full-width brackets: （）
    text = place_words.spelled_out(text)  # Czech "Č.p." is no Spanish "C.P."
    # Salesforce writes its custom fields' API names with "__c" ("Attendee_Mailing_City__c")
    # and a person account's with "__pc": the suffix says how the field was made, not what
    # it holds.
    text = _CUSTOM.sub("", text)
    toks = vocabulary_set_number_left_out(words(text, known), known)
    # A note in brackets ("Zip (optional)", "Address (street, city, postcode)") counts only when
    # the words before it name nothing.
    bare = re.sub(r"\([^)]*\)|\[[^]]*\]", " ", text)
    if bare != text and bare.strip():
        first = _read(words(bare, known), known)
        if first.role in ("address", "street") and _numbers_line(text, known):
            # PrestaShop's "Adresse (2)", "Address (cont.)": the bracket numbers the line.
            return _read(toks, known)
        if first.role is not None:
            # Formstack's "Name (First)", "Address (City)", LimeSurvey's sub-questions
            # "Adresse [PLZ]", "Your address [ZIP code]": a bracket naming one part of what the
            # words before it name is that part.
            inner = [a or b for a, b in re.findall(r"\(([^)]*)\)|\[([^]]*)\]", text)]
            # Each note read as a header of its own: Zoho Forms' "Address (City/District)" is
            # the town, as "City/District" alone is.
            notes = [(note, words(note, known)) for note in inner]
            parts = [place_words.one_of(_read(t, known), n, t, known) for n, t in notes]
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
    if (part := _sub_label(text, known)) is not None:
        return part
    return place_words.one_of(_read(toks, known), text, toks, known)


#: Jotform's "Question - Sub-label" ("Nombre - Apellido"): a dash with spaces around it.
_SUB_LABEL = re.compile(r"\s[-\u2013\u2014]\s")


def _sub_label(text: str, known: Vocabulary) -> HeaderReading | None:
    """The part a name question's sub-label names, when the question is one word for the
    name: Jotform's Spanish "Nombre - Apellido" is the surname, though "nombre" is also the
    first name ("First Name - Last Name", two phrases, stays one column of both)."""
    pieces = _SUB_LABEL.split(text, maxsplit=1)
    if len(pieces) != 2:
        return None
    question, label = pieces
    asked = words(question, known)
    if len(asked) != 1 or known.phrases.get(asked, ("", ""))[1] not in ("name", "first_name"):
        return None
    part = _read(words(label, known), known)
    if part.role not in NAME_PARTS or part.roles:
        return None
    return part


def _numbers_line(text: str, known: Vocabulary) -> bool:
    """Whether the header's brackets hold only a line's number, a word for a line, or one
    for "continued"."""
    notes = re.findall(r"\(([^)]*)\)|\[([^]]*)\]", text)
    said = [w for a, b in notes for w in words(a or b, known)]
    lines = known.line_words | known.continued
    return bool(said) and all(w.isdigit() or w in lines for w in said)


def geo_ip(header: str) -> bool:
    """ "IP City", "IP State/Region": a place an IP address names, never an address."""
    rest = read_words(tuple(w for w in words(header) if w != "ip"))
    return rest.postal and rest.role != "address"


def read_words(toks: tuple[str, ...]) -> HeaderReading:
    """What a header's words say, given as words (a header with one of its numbers left out)."""
    return _read(toks, load())


def _read(toks: tuple[str, ...], known: Vocabulary) -> HeaderReading:
    add = additions.added(toks, known)  # "Zusatz Adresse 1": the line after the street
    base = _read(add[0], known) if add else HeaderReading(None)
    if add and base.role in ("address", "street") and not base.unknown and not base.roles:
        return HeaderReading(add[1], base.qualifier, label=base.label)
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
    #: The phrases that named a house number ("No." in "Invoice No."), and where name words
    #: stand (start, end).
    numbers: list[tuple[str, ...]] = []
    name_at: list[tuple[int, int]] = []
    #: Whether a number after a role phrase was read as its line ("Address Line 1").
    lined = False
    #: Whether a prefix or suffix is a number's ("Elector Number Prefix": a polling
    #: district's letters), never the name's.
    affix_of_number = False
    role_end = 0
    #: Where the last word not known stands, and whether an identifier followed it.
    word_at = -1
    identifier = False
    numbers_of = known.bare_numbers
    i = 0
    while i < len(toks):
        size, hit = known.phrase_at(toks, i)
        if hit is None and (plural := plurals.singular(toks[i], known.phrases, _PLURAL)):
            size, hit = 1, plural
        if size < len(toks) - i:
            # "Family names", "Noms de famille": a phrase for a name part with a word of it in
            # the plural names the same part.
            more = plurals.phrase_at(toks, i, known.phrases, _PLURAL, known.longest)
            size, hit = more if more[0] > size else (size, hit)
        if hit is None and (below := place_words.sub_level(toks, i, known)) is not None:
            size, hit = below  # Kenya's "Sub-County", ODK's "subcounty": the level below
        given = hit == ("role", "first_name") and size == 1  # Japanese 名 alone: the given name
        if (hit is None or given) and (
            noun := people.owner_of_name(toks[i], toks[i - 1] if i else "")
        ):
            # Korean 수취인명, 구매자 명, Japanese 受取人名, 購入者名: a noun for a person and 명 or
            # 名 (a name) is that person's name.
            if noun != toks[i] and not roles:
                unknown.append(noun)
                owners.append(noun)
            size, hit = 1, ("role", "name")
        if hit is None:
            unknown_after = unknown_after or bool(roles)
            unknown.append(toks[i])
            if toks[i].isdigit() and owners and not roles:
                owners[-1] += f" {toks[i]}"  # "Guest 2 First Name": another guest
            elif not toks[i].isdigit():
                stray = stray or bool(roles)
                owners += [] if roles else [toks[i]]
                word_at = i
            i += 1
            continue
        phrase = toks[i : i + size]
        i += size
        kind, name = hit
        if kind == "role" and name == "house_number":
            numbers.append(phrase)
        if kind == "role" and name in NAME_PARTS and size == 1:
            name_at.append((i - size, i))  # "Name", "Nom": not "Member Name", a person's
        if kind == "role" and name in _AFFIXES and toks[i - size - 1 : i - size] in numbers_of:
            affix_of_number = True
        if kind == "role" and name == "other_data" and roles and word_at == i - size - 1:
            # L2's "Voters_StateVoterID": the ID of a thing the file names ("voter"), the
            # role before that word only saying which ("State"): an identifier.
            identifier = True
        if kind == "role":
            role_end = i
            if phrase in known.alone:
                common.append(name)
            alone_only = alone_only and phrase in known.alone
            after_a_word = after_a_word and (phrase not in known.alone or phrase in known.after)
            # The line number may follow a qualifier: Outlook's "Straße privat 2", "Rue
            # (domicile) 2"; Toastmasters' "Addr L1".
            # So may a word for "line" ("Indirizzo riga 2", "Cím 2. sor"): any word for the
            # address or its street, numbered, is that line; "(cont.)" is the next one.
            at = i
            while at < len(toks) and (
                known.phrases.get(toks[at : at + 1], ("",))[0] in _BETWEEN
                or toks[at] in known.line_words
            ):
                at += 1
            numbered = phrase in known.numbered or name in ("address", "street")
            if numbered and at < len(toks) and (toks[at].isdigit() or toks[at] in known.continued):
                between = (known.phrases.get((t,), ("", "")) for t in toks[i:at])
                qualifiers += [q for kind_of, q in between if kind_of == "qualifier"]
                number = int(toks[at]) if toks[at].isdigit() else 2
                lined = True
                i = at + 1
                if i < len(toks) and toks[i] in known.line_words and toks[at].isdigit():
                    i += 1  # the ordinal's word for line: "Cím 2. sor"
                if phrase not in known.numbered and roles[-1:] in (["street"], ["address"]):
                    roles.pop()  # "Calle del domicilio 2": the street's line, one role
                name = LINES.get(number, "street6") if number > 1 else "street"
                if phrase == ("address",):
                    weak.add(name)
            elif name == "street2" and _counted(phrase, toks, at):
                # CiviCRM's "Adresszusatz 1/2", "Complément d'adresse 1/2": the number counts
                # the lines after the first, so the second such line is the address's third.
                between = (known.phrases[(t,)] for t in toks[i:at])
                qualifiers += [q for kind_of, q in between if kind_of == "qualifier"]
                lined = True
                i = at + 1
                name = LINES.get(int(toks[at]) + 1, "street6")
            elif name == "address":
                weak.add(name)
            roles.append(name)
            if phrase in known.labels:
                labels.setdefault(name, known.labels[phrase])
        elif kind == "qualifier" and name == "kin":
            owners.append(" ".join(phrase))
        elif kind == "qualifier":
            qualifiers.append(name)
    if _further_given(toks, roles, known):
        return HeaderReading("middle_name")  # "Additional Name", "Weitere Vornamen"
    if (roles and known.keys.intersection(toks[role_end:])) or (
        identifier and roles[-1] == "other_data"
    ):
        return HeaderReading("other_data", None, (), tuple(unknown))  # "Salutation Key"
    if not roles and toks and known.signers.issuperset(toks):
        # a hand-made list's "Signer", "Signatory"; a shop's 수령인 (the recipient: the delivery
        # set's own name, as "Recipient Name" is)
        return HeaderReading("name", max(qualifiers, key=_RANK) if qualifiers else None)
    if not roles and not qualifiers and known.things.intersection(unknown):
        return HeaderReading("other_data", None, (), tuple(unknown))  # "Lineitem sku"
    if (
        not lined
        and "street" in roles
        and {*roles} <= {"street", "address"}
        and toks[-1:] == tuple(unknown[-1:])
        and toks[-1].isdigit()
    ):
        # "Calle del domicilio 2", "Straat 2 (privé)": the header's last number is the line's,
        # whatever words stand between it and the street's.
        number = int(toks[-1])
        # ("Road Address Part 1", the Juso API's roadAddrPart1: the first line is the street)
        roles, unknown = [LINES.get(number, "street6") if number > 1 else "street"], unknown[:-1]
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
    own = [r for r in roles if r != "address"]  # Pipedrive's "Postal address - Suite no"
    if (
        len(own) == 2
        and own[0] in _NUMBERED
        and own[1] == "house_number"
        and numbers[-1:] == [toks[-1:]]
        and toks[-1:] in known.bare_numbers
        and not unknown
    ):
        roles = roles[:-1]  # "Ward No.", "Zone No.", "Apt No.": that place's own number
    reading = _resolve(roles, weak, qualifiers, unknown)
    if all(n in known.bare_numbers for n in numbers) and (  # "Número de identificación" too
        {*reading.roles} == {"house_number", "other_data"}
        or (reading.role == "house_number" and known.records.intersection(toks))
    ):
        return HeaderReading("other_data", None, (), tuple(unknown))
    if reading.role in _AFFIXES and affix_of_number:
        return HeaderReading("other_data", None, (), tuple(unknown))
    if reading.role in NAME_PARTS and any(_thing_beside(toks, at, known) for at in name_at):
        return HeaderReading("other_data", None, (), tuple(unknown))  # "Lineitem name"
    label = labels.get(reading.role or "", "")
    alone = len(owners) == 1 and not stray and not reading.qualifier
    owner = owners[0] if alone and reading.role is not None else ""
    return dataclasses.replace(reading, label=label, owner=owner)


def _further_given(toks: tuple[str, ...], roles: list[str], known: Vocabulary) -> bool:
    """Whether the header is a word for "further" and one for the name or the given name, and
    nothing else: Google Contacts' "Additional Name", Outlook's "Weitere Vornamen"."""
    if len(toks) < 2 or toks[0] not in known.further_given:
        return False
    if roles not in (["name"], ["first_name"]):
        return False
    size, hit = known.phrase_at(toks, 1)
    if hit is None and (plural := plurals.singular(toks[1], known.phrases, _PLURAL)):
        size, hit = 1, plural
    # One word, or the given name's words: "Additional Attendee Name" is another person's.
    one = size == 1 or (hit is not None and hit[1] == "first_name")
    return hit is not None and hit[0] == "role" and size == len(toks) - 1 and one


def _counted(phrase: tuple[str, ...], toks: tuple[str, ...], at: int) -> bool:
    """Whether a phrase naming a line after the first ("Adresszusatz") is followed by its own
    count ("Adresszusatz 2"), not a phrase that holds the line's number ("Address 2")."""
    return (
        at < len(toks)
        and toks[at].isdigit()
        and 0 < int(toks[at]) < 5
        and not any(w.isdigit() for w in phrase)
    )


def _thing_beside(toks: tuple[str, ...], at: tuple[int, int], known: Vocabulary) -> bool:
    """Whether the word next to a name phrase, filler aside, is a thing's ("Lineitem name",
    "Nom du produit"): the name is the thing's ("Group leader name" stays a person's)."""
    start, end = at
    before = [t for t in toks[:start] if known.phrases.get((t,), ("",))[0] != "filler"]
    after = [t for t in toks[end:] if known.phrases.get((t,), ("",))[0] != "filler"]
    return any(w in known.things for w in (before[-1:] + after[:1]))


def _resolve(
    roles: list[str], weak: set[str], qualifiers: list[str], unknown: list[str]
) -> HeaderReading:
    distinct = list(dict.fromkeys(roles))
    if "reading" in distinct:
        distinct = ["reading"]  # "氏名 フリガナ", "Last name (phonetic)": never the printed name
    if "signature" in distinct:
        # Cognito's "ElectronicSignature_FullNameSignature": the name typed as a signature is
        # a check that the person signed; the name that prints is the name columns'.
        distinct = ["signature"]
    if "ip" in distinct:
        distinct = ["ip"]  # "IP State/Region": where an IP address seems to be, never posted to
    if "organisation" in distinct and "prefix" in distinct:
        # "Organization Title" (Google Contacts' job title), "Company Title": a title held at
        # work, never an honorific ("Last/Organization Name" stays the last name).
        distinct = ["organisation"]
    firm = "organisation" in distinct  # "Nom / Raison sociale": a name or a firm's
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
    if distinct == ["name"] and set(qualifiers) == {"work"} and not firm:
        distinct = ["organisation"]  # "Business Name": the firm's, as "Company Name" is
    qualifier = max(qualifiers, key=QUALIFIERS.index) if qualifiers else None
    role: str | None
    if len(distinct) == 1:
        role = distinct[0]
    elif set(distinct) == {"unit", "floor"}:
        role = "unit"  # the Philippines' "Unit/Floor" ("Unit 1203", "12/F"), beside the street
    elif len(distinct) == 2 and "street" in distinct and set(distinct) - {"street"} <= _LINES:
        role = max(distinct)  # the Juso API's "roadAddrPart2": the road address's second line
    elif set(distinct) == {"city", "neighbourhood"}:
        role = "city"  # "Town/Suburb", "Locality/Town": two words for the town, as "Suburb/Town"
    elif set(distinct) == {"city", "street"}:
        role = "street"  # freee's "市区町村・番地": the town and the block, Japan's street line
    elif set(distinct) == {"street", "neighbourhood"}:
        role = "street"  # Nepal's "Tole/Street": the tole where a street has no name
    elif len(distinct) > 1 and set(distinct) <= _LOCALITY:
        role = "locality_line"  # "City, State ZIP" in one cell
    elif len(distinct) > 1 and set(distinct) <= NAME_PARTS:
        role = "name"  # "First and last name"
    elif set(LINES.values()) & set(distinct) and set(distinct) <= _LINE_OR_PLACE | _PREMISES:
        # PayPal's "Address Line 2/District/Neighborhood", France's "Lieu-dit / BP" (line 5 of
        # NF Z10-011), a Kenyan shop's "Building/Landmark": the line, whatever it holds (a
        # building or a flat alone prints after the street too).
        role = max(set(LINES.values()) & set(distinct))
    elif len(distinct) > 1 and set(distinct) <= STREET_LINE:
        role = "street"  # "Улица, дом, корпус, строение": the street line written whole
    else:
        role = None
    shown = tuple(distinct) if len(distinct) > 1 else ()
    return HeaderReading(role, qualifier, shown, tuple(unknown))


def core(header: str) -> str:
    """A header's words without those saying whose it is or nothing at all, run together:
    "Nom adhérent" -> "nom", "Preferred Name" -> "preferredname" ("preferred" is filler, but
    kept here: it says which name)."""
    return "".join(core_words(header))


def core_words(header: str) -> tuple[str, ...]:
    """A header's words without those saying whose it is (core, word by word)."""
    known = load()
    toks = words(unicodedata.normalize("NFKC", header), known)
    return tuple(t for t in toks if known.phrases.get((t,), ("",))[0] != "qualifier")


def family_first(header: str) -> bool:
    """Whether a name-part header is in a language that writes the family name first."""
    known = load()
    return words(unicodedata.normalize("NFKC", header), known) in known.family_first
