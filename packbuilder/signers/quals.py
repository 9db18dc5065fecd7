"""Whose columns they are when the header's word for it says nothing packbuilder knows: "Payer
City", "Guest Zip", "Parent First Name". Such a word names a person without saying how they
stand to the signer; where the list has no other column of the signer's for the part, that
person is the signer, and the column report says so. Beside the signer's own columns, or beside
another such person's taken first, they are somebody else's and are not used."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from packbuilder.language import cldr
from packbuilder.signers import people, words

#: Address parts whose columns say a list has the signer's own address (not the country alone).
_CORE = frozenset(words.POSTAL - {"country"})
#: Name columns that say a list has the signer's own name: a title alone does not, nor a
#: family name alone (a school directory's household "Family Name" beside the parents' names).
_NAMES = frozenset({"name", "first_name"})


@dataclass(frozen=True)
class Owners:
    """What the words before the roles decided."""

    #: Column index -> why it is not used (another person's columns).
    not_theirs: dict[int, str]
    #: Header warnings: (column index, message), where two such people compete.
    notes: tuple[tuple[int, str], ...]
    #: Lines for the column report: whose columns were taken for the signer's own.
    said: tuple[str, ...]
    #: Column index -> the name part it gives: a full-name column of a word not known beside
    #: the signer's given names and no family name (Raiser's Edge's "Key Name") is that name.
    parts: dict[int, str] = dataclasses.field(default_factory=dict)


def owners(
    cells: Sequence[str],
    readings: Sequence[words.HeaderReading],
    fields: Sequence[str | None],
    claimed: Mapping[str, int],
) -> Owners:
    """Decide, for each person named by a word before the roles, whether their columns are
    the signer's: their name columns when the list has no other name column, their address
    columns when no other column gives the same address part (a lone country column does not
    count against a street and town). The first such person in the file is taken first;
    columns `signer_columns` chose (`claimed`) are the signer's whatever their word, and a
    person's name before a thing's (ギフト名 before 購入者名 is the gift's)."""
    groups: dict[str, list[int]] = {}
    plain: set[str] = set()
    chosen = set(claimed.values())
    inside = _inside(cells, readings, fields, chosen)
    for i, field in enumerate(fields):
        if field is None or field[:2] in ("m_", "b_", "w_") or field == "email" or i in inside:
            continue
        if field[:1].isdigit():  # a numbered set ("Address 2 - City"): sets.py chooses
            continue
        if readings[i].qualifier == "not_theirs":
            continue  # an emergency contact's, a spouse's, a previous address: never used
        if readings[i].owner and i not in chosen:
            groups.setdefault(readings[i].owner, []).append(i)
        else:
            plain.add(field)
    plain |= {f for f, i in claimed.items() if not readings[i].owner}
    not_theirs: dict[int, str] = dict(inside)
    notes: list[tuple[int, str]] = []
    said: list[str] = []
    family: dict[int, str] = {}
    taken: dict[str, str] = {}  # field -> the owner whose column gives it
    # A noun for a thing before a name word (ギフト名, 店名 before 購入者名) gives way to a
    # person's, whatever their order in the file: the shop's name never signs a letter.
    for owner, cols in sorted(groups.items(), key=lambda group: people.thing_word(group[0])):
        shown = _shown(cells[cols[0]], owner)
        kinds: list[str] = []
        for kind, parts in (("name", words.NAME_PARTS), ("address", _CORE | {"country"})):
            mine = [i for i in cols if fields[i] in parts]
            if not mine:
                continue
            have = {fields[i] for i in mine}
            if kind == "name" and people.thing_word(owner) and _other_name(readings, fields):
                why = f"a thing's name ('{shown}'), not a person's: another column gives a name"
                not_theirs.update({i: why for i in mine})
                continue
            if kind == "name" and _other_script(owner, mine, fields, readings):
                # A Korean church's "Korean Name" (김민준) beside "English Name": the signer's
                # own name written another way, not somebody else's.
                not_theirs.update({i: SAME_PERSON.format(shown=shown) for i in mine})
                continue
            if kind == "name" and _household_label(owner, mine, fields, readings, groups):
                # A church directory's "Household Name" beside "Head First Name", "Last Name":
                # the household's label; the person's own name parts sign.
                not_theirs.update({i: HOUSEHOLD_LABEL for i in mine})
                continue
            if kind == "name":
                rival = next((f for f in plain | set(taken) if f in _NAMES), None)
                # A part no other column gives ("Individual Prefix" beside "First Name"):
                # the signer's, as a gap the person's own columns leave.
                gaps = [i for i in mine if fields[i] not in _NAMES | plain | set(taken)]
                if _family_name(mine, fields, readings, owner, plain | set(taken)):
                    family[mine[0]], taken["last_name"] = "last_name", owner
                    kinds.append("family name")
                    continue
                if rival is not None and gaps and len(gaps) == len(mine):
                    taken.update({f: owner for i in gaps if (f := fields[i]) is not None})
                    kinds.append("name part")
                    continue
            else:
                rival = next((f for f in have & (plain | set(taken)) if f in _CORE), None)
            if rival is None:
                taken.update({f: owner for f in have if f is not None})
                kinds.append(kind)
                continue
            other = taken.get(rival)
            named = any(fields[i] in words.NAME_PARTS for i in cols)
            theirs = other is not None and any(fields[i] in words.NAME_PARTS for i in groups[other])
            if kind == "address" and not named and not theirs:
                # An address set with no name of its own beside the signer's ("registered_city"
                # beside "primary_city"; IdrottOnline's "Folkbokföring - Gatuadress" beside
                # "Kontaktadress - Gatuadress"): another address of the signer's, chosen whole in
                # each row where it gives more than the first (rival_sets.Rivals), and said.
                continue
            whose = f"the '{_shown_of(other, cells, readings)}' columns" if other else "others"
            why = f"somebody else's {kind} ('{shown}'): {whose} give the signer's own"
            if kind == "name":
                why = _not_signing(owner, shown, whose)
            not_theirs.update({i: why for i in mine})
            if other is not None and _word(other) != _word(owner):
                notes.append(
                    (
                        mine[0],
                        f"the columns of '{_shown_of(other, cells, readings)}' and of "
                        f"'{shown}' both give {'a name' if kind == 'name' else 'an address'}: "
                        f"the first are taken for the signer's, and '{cells[mine[0]].strip()}' "
                        "and the rest of its set are not used (choose with signer_columns)",
                    )
                )
        if kinds and _numbered_together(owner, groups):
            said.append(f"'{shown}' columns are the first signer's own; {_TOGETHER}")
        elif kinds:
            said.append(
                f"'{shown}' columns are the signer's own: the list has no other "
                f"{' or '.join(kinds)} columns"
            )
    return Owners(not_theirs, tuple(notes), tuple(said), family)


#: Why a household's label or salutation column is not used beside a person's own name parts.
HOUSEHOLD_LABEL = (
    "a household's label or salutation, not one person's name: the person's own name "
    "columns give the signer's, so it is left out on purpose"
)


#: Why a name column under a language's name beside the signer's own name is not printed.
SAME_PERSON = (
    "the signer's own name written in another language or script ('{shown}'): the same "
    "person, who signs with the other name columns' name"
)


def _other_script(
    owner: str,
    mine: list[int],
    fields: Sequence[str | None],
    readings: Sequence[words.HeaderReading],
) -> bool:
    """Whether a name column under a language's or a script's name ("Korean Name", 한글 이름,
    "Chinese Name") stands beside another column of the signer's given or full name."""
    return cldr.names_a_language(_word(owner)) and bool(_others(mine, fields, readings))


def _others(
    mine: list[int], fields: Sequence[str | None], readings: Sequence[words.HeaderReading]
) -> list[int]:
    """The given- or full-name columns beside `mine` that are not somebody else's."""
    return [
        i
        for i, f in enumerate(fields)
        if f in _NAMES
        and i not in mine
        and readings[i].qualifier != "not_theirs"
        and not people.household_word((_word(readings[i].owner) or "-").split()[0])
        and not cldr.names_a_language(_word(readings[i].owner) or "-")
    ]


def _household_label(
    owner: str,
    mine: list[int],
    fields: Sequence[str | None],
    readings: Sequence[words.HeaderReading],
    groups: Mapping[str, list[int]],
) -> bool:
    """Whether a household's name columns ("Household Name", "Family Salutation") stand beside
    another person's given or full name (the list's own, or under another word, "Head First
    Name"): the household's label, never the signer's."""
    if not people.household_word(_word(owner).split()[0]):
        return False
    return bool(_others(mine, fields, readings))


def _family_name(
    mine: list[int],
    fields: Sequence[str | None],
    readings: Sequence[words.HeaderReading],
    owner: str,
    given: set[str],
) -> bool:
    """Whether the person's one column is a full name by a word packbuilder does not know,
    beside the signer's given name and no family or full name: Raiser's Edge's "Key Name" (the
    family name it sorts by) beside "First Name" and "Middle Name"."""
    unknown = owner.split()[0] in readings[mine[0]].unknown
    alone = len(mine) == 1 and fields[mine[0]] == "name"
    return unknown and alone and "first_name" in given and not {"name", "last_name"} & given


def in_company(
    readings: tuple[words.HeaderReading, ...], cells: Sequence[str] = ()
) -> tuple[words.HeaderReading, ...]:
    """A header of a word not known and a word too common to name a part beside it ("Elector
    Title", "Elector Initials"), where that word says whose other columns are ("Elector
    Forename", "Elector Surname"): the part of that person's name. And a part whose phrase
    begins with a qualifier word that names a set of the header (Namibian forms' "Postal Town",
    "Postal Code" beside "Postal Address Line 1" and "Physical Address Line 1"): that set's."""
    readings = tuple(_in_a_language(r) for r in _phrase_qualified(readings, cells))
    owners = {r.owner for r in readings if r.owner}
    return tuple(
        dataclasses.replace(r, role=r.roles[0], roles=(), owner=r.unknown[0])
        if r.role is None
        and len(r.roles) == 1
        and r.roles[0] in words.NAME_PARTS
        and len(r.unknown) == 1
        and r.unknown[0] in owners
        else r
        for r in readings
    )


#: The name parts a language's name may follow ("Name in Korean"; never "Title in French").
_NAMES_TOO = frozenset({"name", "first_name", "last_name", "middle_name"})


def _in_a_language(r: words.HeaderReading) -> words.HeaderReading:
    """A name header that names a language after the role ("Name in Inuktitut", "Nom en
    inuktitut", "Name auf Deutsch"; CLDR's language names) reads as "Inuktitut Name" does: the
    name written in that language, whose owner word is the language's."""
    part = r.role if r.role in _NAMES_TOO else r.roles[0] if len(r.roles) == 1 else None
    if part not in _NAMES_TOO or r.owner:
        return r
    spoken = [w for w in r.unknown if cldr.names_a_language(w)]
    # Only short joining words beside it ("in", "en", "auf", "på"): not "Name of Korean school"
    if len(spoken) != 1 or any(len(w) > 3 for w in r.unknown if w not in spoken):
        return r
    return dataclasses.replace(r, role=part, roles=(), owner=spoken[0])


def _other_name(readings: Sequence[words.HeaderReading], fields: Sequence[str | None]) -> bool:
    """Whether a column gives a person's name part, the signer's or an address set's
    (お届け先名, a parcel's recipient, beside ギフト名): not a thing's, nor somebody else's."""
    return any(
        f is not None
        and (f in words.NAME_PARTS or (f[2:] in words.NAME_PARTS and f[1] == "_"))
        and r.qualifier != "not_theirs"
        and not people.thing_word(r.owner)
        for r, f in zip(readings, fields, strict=True)
    )


def _inside(
    cells: Sequence[str],
    readings: Sequence[words.HeaderReading],
    fields: Sequence[str | None],
    chosen: set[int],
) -> dict[int, str]:
    """A name column that says nothing of whose it is, amid somebody else's columns: a
    donation form's "Name" of the person to notify, between "Tribute/Honoree Last Name" and
    "Tribute/Honoree Address", is theirs, not the donor's (columns naming no part between
    them, such as a question, do not count)."""
    marked = [i for i, f in enumerate(fields) if f is not None]
    out: dict[int, str] = {}
    for at, i in enumerate(marked[1:-1], start=1):
        reading = readings[i]
        if fields[i] not in words.NAME_PARTS or reading.qualifier or reading.owner or i in chosen:
            continue
        left, right = marked[at - 1], marked[at + 1]
        if readings[left].qualifier == readings[right].qualifier == "not_theirs":
            out[i] = (
                f"somebody else's name: it stands among their columns, between "
                f"'{cells[left].strip()}' and '{cells[right].strip()}'"
            )
    return out


#: Said of a household's first person ("Individual 1") beside further ones.
_TOGETHER = "each further number's columns name another signer, with a letter of their own"


def _numbered_together(owner: str, groups: Mapping[str, list[int]]) -> bool:
    """Whether `owner` is a household's first person ("individual 1") beside a further one
    ("individual 2") of a word whose people each sign (person_names.yaml signing_together)."""
    word = _word(owner)
    return (
        owner.split()[-1:] == ["1"]
        and people.signs_together(word)
        and any(o != owner and _word(o) == word for o in groups)
    )


def _not_signing(owner: str, shown: str, whose: str) -> str:
    """Why a person's name columns beside the signer's are not used: another signer of a
    household (where the row does not name the first), or somebody who signs nothing."""
    if owner.split()[-1:] != ["1"] and people.signs_together(_word(owner)):
        return f"another signer's name ('{shown}'), used where {whose} name somebody too"
    return (
        f"somebody else's name ('{shown}'), not a signer: no letter is signed for them, and "
        f"{whose} give the signer's own"
    )


def _word(owner: str) -> str:
    """The owner without its number: "guest 2" is another guest."""
    return " ".join(w for w in owner.split() if not w.isdigit())


def _shown(header: str, owner: str) -> str:
    """The owner's word as the header writes it ("Payer" for "payer")."""
    first = owner.split()[0]
    at = header.casefold().find(first)
    return header[at : at + len(owner)].strip() if at >= 0 else owner


def _shown_of(owner: str, cells: Sequence[str], readings: Sequence[words.HeaderReading]) -> str:
    index = next(i for i, r in enumerate(readings) if r.owner == owner)
    return _shown(cells[index], owner)


def continued(
    fields: Sequence[str | None], first: int, index: int, part: str, parts: frozenset[str]
) -> str:
    """The address set a repeated plain address column continues: Thunderbird writes the home
    address's "Ville", "Pays/État" and "Code postal" after "Adresse privée", then the same
    headers again after "Adresse professionnelle 2". A part (of `parts`) repeated after a
    qualified set's columns, with only such repeats between them and it (none of the plain
    set's first columns), is that set's part ("w_city"); "" if not."""
    if part not in parts:
        return ""
    for at in range(index - 1, first, -1):
        field = fields[at]
        if not field or (field not in parts and field[2:] not in parts):
            continue
        if field[:2] in ("m_", "b_", "w_"):
            return field[:2] + part
        if field not in fields[:at]:
            return ""  # a plain set's own column: the repeat is the plain set's
    return ""


def _phrase_qualified(
    readings: tuple[words.HeaderReading, ...], cells: Sequence[str]
) -> tuple[words.HeaderReading, ...]:
    """Columns of no qualifier whose phrase begins with a word that qualifies other columns
    ("Postal Code", "Postal Town": 'postal' says mailing in "Postal Address Line 1"), where
    a rival set of another qualifier names the same part in the same words after its own
    qualifier word ("Physical Town", "Physical Code"): read with the set the word names, so
    each set stays whole. Without such a twin "Postal Code" is the plain part word (a
    postcode of no set), which the set that prints reads (gather.py)."""
    known = words.load()
    split = [words.words(c, known) for c in cells]
    first = [w[:1] for w in split]
    twins = {
        (w[0], w[1:])
        for w in split
        if len(w) > 1 and known.phrases.get(w[:1], ("",))[0] == "qualifier"
    }
    named: dict[tuple[str, ...], set[str]] = {}  # qualifier word -> the parts its set names
    parts: dict[str | None, set[str]] = {}  # qualifier -> parts
    for r, w in zip(readings, first, strict=False):
        if r.postal and r.qualifier:
            parts.setdefault(r.qualifier, set()).add(str(r.role))
            if known.phrases.get(w, ("",))[0] == "qualifier":
                named.setdefault(w, set()).add(str(r.qualifier))
    out = list(readings)
    for i, (r, w) in enumerate(zip(readings, first, strict=False)):
        qualifier = next(iter(named.get(w, ())), None) if len(named.get(w, ())) == 1 else None
        if not r.postal or r.qualifier or qualifier is None:
            continue
        own = parts.get(qualifier, set())
        word, rest = split[i][0], split[i][1:]
        if not any(other != word and after == rest for other, after in twins):
            continue  # no "Physical Code" beside "Postal Code": a plain postcode
        if any(q != qualifier and own & theirs for q, theirs in parts.items()):
            out[i] = dataclasses.replace(r, qualifier=qualifier)
    return tuple(out)
