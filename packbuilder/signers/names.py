"""A signer's name put together from the parts a list gives in separate columns, in the order
the name's owner writes it."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import cache

from packbuilder.language import scripts
from packbuilder.signers import people, words

#: The parts of a name, the full name first.
PARTS = (
    *("name", "prefix", "first_name", "middle_name", "middle_name2", "last_name"),
    *("last_name2", "suffix"),
)


def join(parts: Mapping[str, str], family_first: bool = False, given_order: bool = False) -> str:
    """The printed name from its parts (prefix, first_name, middle_name, middle_name2,
    last_name, last_name2, suffix); `family_first` when the list's headers are in a language
    that writes the family name first (Vietnamese Họ, Hungarian Vezetéknév); `given_order`
    when the middle name is a further given name written after the first (Hungarian "Nagy
    Anna Mária"), not a Vietnamese tên đệm written before it ("Nguyễn Văn An")."""
    first = parts.get("first_name", "")
    # Two family names (Spanish "Apellido paterno" and "Apellido materno", Congolese Nom and
    # Postnom) print both.
    last = " ".join(p for p in (parts.get("last_name", ""), parts.get("last_name2", "")) if p)
    # A father's and a grandfather's name follow the given name (Ali Hassan Kadhim Al-Tamimi).
    middle = " ".join(p for p in (parts.get("middle_name", ""), parts.get("middle_name2", "")) if p)
    given = " ".join(p for p in (first, middle) if p)
    if first and last and scripts.family_name_first(first + last):
        # Korean, Chinese and Japanese names are written family name first, no space; a
        # one-letter family name typed under the given name ("김" | "민준") still leads.
        swapped = not middle and people.swapped_family_name(first, last)
        core = first + last if swapped else last + given.replace(" ", "")
    elif family_first:
        order = (last, first, middle) if given_order else (last, middle, first)
        core = " ".join(p for p in order if p)  # Nguyễn Văn An; Nagy Anna Mária
    else:
        # A name in Latin letters keeps the order the signer wrote it in, whatever the
        # campaign's language: at a Korean-American church, "Mary Ann O'Connor" and a
        # romanised "Minjun Kim" both sign their names given name first.
        core = " ".join(p for p in (given, last) if p)
        if not middle and _holds_family_name(first, last):
            core = first  # "Nombre" of 'Sr. Antonio Ruiz' beside "Apellidos" of 'Ruiz'
    if not core:
        return ""
    return " ".join(p for p in (parts.get("prefix", ""), core, parts.get("suffix", "")) if p)


#: Why a name column of somebody beside the signer (a spouse, an emergency contact, a name
#: given at birth) is not used: header_words.yaml's not_theirs words say whose it is.
NOT_THEIRS = (
    "a name that is not the signer's (a spouse's or partner's, an emergency contact's, a "
    "referrer's, a name given at birth, ...): left out on purpose, and no letter is signed for "
    "it (give the person a row of their own if they sign)"
)
#: ... and a column of such a person's whose header names no part ("Spouse", "Emergency
#: Contact", "Referred By").
NOT_THEIRS_ANY = (
    "somebody else's, not the signer's (a spouse or partner, an emergency contact, a referrer, "
    "...): left out on purpose, and no letter is signed for them"
)

#: Name fields that say a list gives the signer's own name.
_OWN = ("name", "first_name", "last_name")
#: A person's name parts that are no title: a set that gives one has no whole name alone.
_WHOLE_BESIDE = ("first_name", "middle_name", "last_name")
#: Address sets whose columns may carry their person's name, in the order one is taken for
#: the signer's where the list has no other name: mailing, billing or shipping, work.
SETS = ("m_", "b_", "w_")


def _holds_family_name(given: str, last: str) -> bool:
    """True where a given-name cell is the whole name, written with a title or a household's
    word before it and ending in the whole family name ('Familia García López' beside 'García
    López', 'Sr. Antonio Ruiz' beside 'Ruiz'): printed once, never 'Antonio Ruiz Ruiz'. A
    given name that only ends like the family name is a person's own ('Ahmed Mohamed' beside
    'Mohamed' is Ahmed Mohamed Mohamed; 'María de la Cruz' beside 'Cruz'): both print."""
    words, family = given.casefold().split(), last.casefold().split()
    if not family or len(words) <= len(family) or words[-len(family) :] != family:
        return False
    return people.honorific(words[0]) or people.household_word(words[0])


def own_or_set(found: dict[str, int], alternates: dict[str, tuple[int, ...]]) -> None:
    """A name qualified by an address set ("Billing First Name", "Ship To Name") is the name of
    whoever that address is. With no other name column in the list, that person is the signer
    and the name is theirs; beside the signer's own name it stays the set's (whose.py)."""
    if "first_name" in found and not {"name", "last_name"} & found.keys():
        # "First Name" beside "Billing Surname" only: the set's family name is the signer's,
        # never a letter signed with the given name alone.
        prefix = next((p for p in SETS if p + "last_name" in found), None)
        if prefix is not None and prefix + "first_name" not in found:
            found["last_name"] = found.pop(prefix + "last_name")
            return
    whole = [
        p
        for p in SETS
        if p + "name" in found
        and all(f[2:] in PARTS for f in found if f[:2] == p)
        and not {p + f for f in _WHOLE_BESIDE} & found.keys()
    ]
    if whole and "name" not in found and not {"first_name", "last_name"} <= found.keys():
        # PowerChurch's "Mailing Name" ('Mr. & Mrs. Robert Johnson') beside "Family Name"
        # alone: a set's whole name, with no other name and no address part of that set (the
        # name the list posts to), where the list has no whole name of its own, is the
        # signer's; the part beside it is left out (whose.full_and_parts).
        found["name"] = found.pop(whole[0] + "name")
        if whole[0] + "name" in alternates:
            alternates["name"] = alternates.pop(whole[0] + "name")
        return
    if any(f in found for f in _OWN):
        _fill_from_name_only_set(found, alternates)
        return
    for prefix in SETS:
        mine = [f for f in found if f[:2] == prefix and f[2:] in PARTS]
        for field in mine:
            found[field[2:]] = found.pop(field)
            if field in alternates:
                alternates[field[2:]] = alternates.pop(field)
        if mine:
            return


def _fill_from_name_only_set(found: dict[str, int], alternates: dict[str, tuple[int, ...]]) -> None:
    """A set that gives only a name part the signer's own columns lack ("Nombre de envío"
    beside "Apellidos", and no street or town of the shipping set) names no other address and
    so no other person: that part is the signer's. A set with any address part of its own, or
    a part the signer's columns give too, or a whole name ("Recipient", a committee), or beside
    the signer's whole name, stays the set's (whose.py)."""
    if "name" in found:
        return
    for prefix in SETS:
        mine = [f for f in found if f[:2] == prefix]
        if mine and all(f[2:] in PARTS[1:] and f[2:] not in found for f in mine):
            for field in mine:
                found[field[2:]] = found.pop(field)
                if field in alternates:
                    alternates[field[2:]] = alternates.pop(field)
            return


def set_of_a_repeat(
    fields: Sequence[str | None], first: int, index: int, part: str, parts: frozenset[str]
) -> str:
    """The address set a repeated address column belongs to: pretix writes the attendee's
    "Address", "City", ... and, after "Invoice address name", the invoice's under the same
    headers. An address part (of `parts`) repeated after a set's own name column, with no
    name column of the signer's between the two, is that set's part ("b_city"); "" if not."""
    if part not in parts:
        return ""
    between = [f for f in fields[first + 1 : index] if f]
    named = [f for f in between if f[:2] in SETS and f[2:] in PARTS]
    if not named or any(f in PARTS for f in between):
        return ""
    return named[-1][:2] + part


def instead(
    field: str, found: dict[str, int], alternates: dict[str, tuple[int, ...]]
) -> int | None:
    """The column of an address set's name of the same part ("Billing Name") taken for the
    signer's in place of the name column of `field`, whose values are no name (Shopify's
    order "Name", #1001); None, and nothing changed, when there is none."""
    if field not in _OWN or not any(p + field in found for p in SETS):
        return None
    col = found.pop(field)
    own_or_set(found, alternates)
    if field in found:
        return found[field]
    found[field] = col
    return None


def family_word(header: str) -> bool:
    """French "Nom", Romanian "Nume": a one-word header for the name that, beside another
    name part, is the family name (an English or German "Name" may be either)."""
    return words.core(header) in ("nom", "nume")


#: Japanese words for the family name that are also read as a whole name alone (Chinese 名字 is
#: one's name): beside 名前 (here the given name) they are the family name, as Rakuten's order
#: list writes 注文者名字 and 注文者名前.
_FAMILY_BESIDE_GIVEN = (("名字", "名前"), ("苗字", "名前"))


def family_and_given(
    found: dict[str, int], field: str, cols: tuple[int, int], cells: Sequence[str]
) -> bool:
    """Where two columns of one set both read as the full name `field` and their words are
    名字 (the family name) and 名前 (the given name), `found` takes them as the last and
    first name; True when it did."""
    prefix = field[: -len("name")]
    if (
        field[len(prefix) :] != "name"
        or {prefix + "first_name", prefix + "last_name"} & found.keys()
    ):
        return False
    words_of = ["".join(words.core_words(cells[c])) for c in cols]
    for family, given in _FAMILY_BESIDE_GIVEN:
        if sorted(words_of) == sorted((family, given)):
            found.pop(field, None)
            found[prefix + "last_name"] = cols[words_of.index(family)]
            found[prefix + "first_name"] = cols[words_of.index(given)]
            return True
    return False


def initials_beside_first(
    found: dict[str, int], field: str, cols: tuple[int, int], cells: Sequence[str]
) -> bool:
    """An "Initials" or "Initial" column beside another first-name column holds the middle
    initials (a UK electoral register's Forename and Initials, a US form's First Name and
    Initial): `found` takes it as the middle name; True when it did."""
    prefix = field[: -len("first_name")]
    if field[len(prefix) :] != "first_name" or prefix + "middle_name" in found:
        return False
    kinds = [_initials(words.words(cells[c])) for c in cols]
    if kinds.count(True) != 1:
        return False
    found[field] = cols[kinds.index(False)]
    found[prefix + "middle_name"] = cols[kinds.index(True)]
    return True


def _initials(toks: tuple[str, ...]) -> bool:
    """A header ending in "Initials" or "Initial" that is no first initial ("Elector Initials";
    not "First Initial", nor PMPro's "initial payment")."""
    return toks[-1:] in (("initial",), ("initials",)) and toks[-2:-1] != ("first",)


#: Words for "name" that, beside a family-name column, are the given name: Korean 이름,
#: Italian and Portuguese Nome, Tagalog Pangalan (beside Apelyido), Indonesian and Malay Nama,
#: Turkish İsim (beside Soyisim), Catalan Nom (beside Cognoms).
_GIVEN = ("이름", "nome", "nom", "pangalan", "nama", "isim", "preferredname")


#: Words for the given name that are also the word for a whole name: alone, with no other name
#: column, such a column holds the whole name (Spanish "Nombre": "García López, Lucía").
_EITHER = ("nombre", "имя", "imie", "ονομα", "jmeno", "meno", "ime")
_OTHER_PARTS = ("name", "middle_name", "middle_name2", "last_name", "last_name2")


def _either(header: tuple[str, ...]) -> bool:
    return "".join(header) in _EITHER


#: Why a name the signer goes by does not sign beside their first and last name.
GOES_BY = "the name the signer goes by; the first and last name beside it print"


def in_context(
    found: dict[str, int], headers: Sequence[tuple[str, ...]], mapped: set[str]
) -> dict[int, str]:
    """German "Name", French "Nom" and Romanian "Nume" beside a first-name column are the
    family name; Korean "이름", Italian "Nome" and Portuguese "Nome" beside a family-name column
    (성, Cognome, Sobrenome) are the given name. `headers`: each header's words but those
    saying whose ("Nom adhérent": nom); a word the name's header shares with the other part's
    says whose too (HelloAsso's "Nom payeur" beside "Prénom payeur": nom). Spanish "Nombre"
    alone is the whole name. A "Preferred Name" beside a first and a last name is not used
    (returned: column -> why), as a nickname is not: the letter is not signed "Bron"."""
    first = found.get("first_name")
    alone = first is not None and not any(f in found for f in _OTHER_PARTS)
    if alone and first is not None and "first_name" not in mapped and _either(headers[first]):
        found["name"] = found.pop("first_name")
    name = found.get("name")
    if name is None or "name" in mapped:
        return {}
    if "".join(headers[name]) == "preferredname" and {"first_name", "last_name"} <= found.keys():
        return {found.pop("name"): GOES_BY}
    other = found.get("first_name", found.get("last_name"))
    own = _without_organisation(headers[name])  # "Nom / Raison sociale": the name
    if other is not None:
        own = tuple(w for w in own if w not in headers[other]) or own
    key = "".join(own)
    family = ("name", "nom", "nume")
    if key in family and "first_name" in found and "last_name" not in found:
        found["last_name"] = found.pop("name")
    elif key in _GIVEN and "last_name" in found and "first_name" not in found:
        found["first_name"] = found.pop("name")
    return {}


def _without_organisation(toks: tuple[str, ...]) -> tuple[str, ...]:
    """A header's words without those naming an organisation ("Nom / Raison sociale", a name
    column that holds a company's name where the row is one): what is left says which part."""
    known = words.load()
    out: list[str] = []
    i = 0
    while i < len(toks):
        size, hit = known.phrase_at(toks, i)
        if hit == ("role", "organisation"):
            i += size
            continue
        out.append(toks[i])
        i += 1
    return tuple(out) or toks


GIVEN_SAID = "a one-word full name beside a last name it lacks is the given name: both print"


def given(full: str, last: str) -> bool:
    """Whether a row's "full name" is only the given name: one word beside a last name it does
    not hold, in a list with no first-name column (MailerLite's `name` field beside its
    `last_name`: "Ann" and "Lee" print "Ann Lee")."""
    return len(full.split()) == 1 and bool(last) and last.casefold() not in full.casefold()


#: Prefix headers that may hold something other than an honorific (a job title, "Dear Ann"):
#: a value from these prints before the name only when it is an honorific. Japanese 敬称 and
#: Korean 호칭 hold the honorific one writes after another person's name (様, 殿, 님): never
#: on the signer's own letter.
MAYBE_PREFIX = frozenset(
    {"title", "salutation", "anrede", "civilite", "civilité", "tratamiento", "titulo", "título"}
    | {"敬称", "호칭"}
)


@cache
def may_hold_other(header: str) -> bool:
    """Whether a prefix header is one of MAYBE_PREFIX with words of whose beside it ("Primary
    Salutation", Raiser's Edge's "Formal Salutation": "Dear Mr. Whitley" is no honorific)."""
    return any(w in MAYBE_PREFIX for w in words.core_words(header))


def holds_title(full: str, title: str) -> bool:
    """Whether a full name already starts with the honorific `title` ("Dr. Ann Lee", "Dr")."""
    fold = [w.casefold().strip(".") for w in full.split()]
    want = [w.casefold().strip(".") for w in title.split()]
    return fold[: len(want)] == want


def numbered(text: str) -> bool:
    """Whether a name-prefix value holds a number: an honorific never does, so the column is
    something else (Azerbaijani "Ünvan", the address, reads as Turkish "Unvan", a title)."""
    return any(ch.isdigit() for ch in text)


def not_a_title(value: str, header: str) -> str:
    """The message for a name-prefix value that holds a number."""
    return (
        f"'{value}' from column '{header}' is not a name prefix (an honorific has no number), "
        "so nothing is printed until it is settled; if it is the address, add to "
        f"campaign.yaml, under signer_columns: 'street: {header}', or 'ignore: [{header}]'"
    )


def is_honorific(text: str) -> bool:
    """Whether `text` is an honorific ("Dr.", "Mrs", "Pani"): the words by language are in
    person_names.yaml."""
    return people.honorific(text)


def given_order(family_first: bool, middle_header: str | None) -> bool:
    """Whether a list whose names print family name first (`family_first`) writes its middle
    name after the given name: its middle-name header is not one of the words of a language
    that writes it before (Vietnamese Tên đệm; header_words.yaml family_first), as Hungarian
    Középső név is."""
    return family_first and middle_header is not None and not words.family_first(middle_header)
