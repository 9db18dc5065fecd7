"""Whose address a row's letter carries: an address set that gives its own person's name
("Billing First Name" beside "Billing Street", "Ship To Name" beside "Ship To Address 1") is
that person's address. On the row of somebody else (a ticket holder whose ticket a parent
bought, a client whose meals a son pays for) it is not the signer's, and never prints on
their letter: the row's own address prints, or none, and the row says so."""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping, Sequence

from packbuilder.language import scripts
from packbuilder.signers import columns, names, people
from packbuilder.signers.cells import Cell
from packbuilder.signers.delivered import goods_go
from packbuilder.signers.report import Report, Tally


def others(cells: Mapping[str, Cell], name: str) -> dict[str, str]:
    """Address sets whose own name in this row is somebody other than the signer `name`:
    prefix -> why the set's cells do not print on this letter."""
    out: dict[str, str] = {}
    for prefix in _sets(cells):
        theirs = _name_of(cells, prefix)
        if theirs and not same_person(theirs, name):
            label = columns.SETS[prefix]
            out[prefix] = f"the {label} address is {theirs}'s, not this signer's"
    return out


def settle(
    report: Report,
    tally: Tally,
    cells: Mapping[str, Cell],
    chosen: str | None,
    strangers: Mapping[str, str],
    where: str,
    address: tuple[str, ...],
) -> None:
    """Counts the cells of each set's own name: printed as the signer's (the set whose address
    the letter carries, of the same person), or left out with why; and says, once per row,
    that another person's address was not put on the letter."""
    for prefix in _sets(cells):
        given = [c for f in names.PARTS if (c := cells.get(prefix + f)) is not None and c.value]
        for cell in given:
            if prefix == chosen and prefix not in strangers:
                tally.used[cell.col] += 1
            else:
                why = strangers.get(prefix, "the name of an address set the letter does not use")
                tally.left_out(cell.col, cell.line, why)
        if given and prefix in strangers and not address:
            report.warn(
                given[0].line,
                given[0].col + 1,
                where,
                f"{strangers[prefix]}, so the letter prints no signer's address; {OWN_ADDRESS}",
            )


#: What to do about a letter left without a return address that was somebody else's.
OWN_ADDRESS = "give the signer's own address in the list if they have one"


def full_and_parts(
    report: Report,
    tally: Tally,
    cells: Mapping[str, Cell],
    where: str,
    headers: Sequence[str],
    chosen: bool,
) -> None:
    """The parts beside a full name that prints are left out, each not in it warned about;
    first and last names sharing no word with the full name are another person's name (a
    form's "Name" of somebody to notify beside the donor's own First and Last Name): a
    located question, never a letter signed by the wrong person."""
    full = cells["name"]
    given = [(f, c) for f in columns.NAME_FIELDS[1:] if (c := cells.get(f)) is not None and c.value]
    for field, part in given:
        tally.left_out(part.col, part.line, "the full name is used instead")
        if " ".join(_words(part.value)) not in " ".join(_words(full.value)) and not _apart(
            part.value, full.value
        ):
            report.warn(
                part.line,
                part.col + 1,
                where,
                f"{columns.LABELS[field]} '{part.value}' is not in the full name "
                f"'{full.value}', which is what prints; add it there if it belongs",
            )
    own = [(f, c) for f, c in given if f in ("first_name", "last_name")]
    parts = names.join({f: c.value for f, c in own})
    if len(own) == 2 and not chosen and not same_person(full.value, parts):
        shown = headers[full.col].strip()
        report.error(
            full.line,
            full.col + 1,
            where,
            f"the full name '{full.value}' ('{shown}') and the first and last name "
            f"'{parts}' ('{headers[own[0][1].col].strip()}', '{headers[own[1][1].col].strip()}')"
            " are not the same person; say which signs: in campaign.yaml, under "
            f"signer_columns, 'ignore: [{shown}]' to sign with the first and last name, or "
            f"'name: {shown}' to sign with the full name",
        )


def _apart(one: str, other: str) -> bool:
    """Whether two names share no alphabet: 'Minjun' beside 김민준, the same person spelt in
    another script (the letter's language chose which signs), never a word left out."""
    mine = {scripts.alphabet(ch) for ch in one if ch.isalpha()} - {None}
    theirs = {scripts.alphabet(ch) for ch in other if ch.isalpha()} - {None}
    return bool(mine) and bool(theirs) and not mine & theirs


def household(report: Report, cells: Mapping[str, Cell], name: str, where: str) -> None:
    """A warning where the name that signs is a household's or two people's ("Lee Household",
    "Mr & Mrs Anderson", "Ann and Bo Lee"): the letter is signed so, and says so."""
    first = cells.get("first_name")
    if not people.two_people(name) or people.firm(name):  # "Müller & Söhne GmbH"
        return
    if first is not None and people.title_as_given(first.value):
        return  # "Mr & Mrs" where the given name goes: said as a title (rows.py)
    cell = next(c for f in names.PARTS if (c := cells.get(f)) is not None and c.value)
    report.warn(
        cell.line,
        cell.col + 1,
        where,
        f"'{name}' names a household or two people, not one signer; the letter is signed so "
        "(give each person a row of their own if each signs)",
    )


def same_person(one: str, other: str) -> bool:
    """True when the words of one name are all in the other ("Ann Lee", "Lee, Ann M."), or one
    is in the other written without spaces (张伟 and 张 伟)."""
    a, b = (set(_words(n)) for n in (one, other))
    if not a or not b:
        return False
    joined = ["".join(sorted(w)) for w in (a, b)]
    compact = ["".join(_words(n)) for n in (one, other)]
    return (
        a <= b
        or b <= a
        or joined[0] == joined[1]
        or compact[0] in compact[1]
        or (compact[1] in compact[0])
    )


def _sets(cells: Mapping[str, Cell]) -> list[str]:
    """The address sets whose own name the row's columns give, in their order."""
    held = {f[:2] for f in cells if f in _SET_NAMES}
    return [p for p in names.SETS if p in held] if held else []


_SET_NAMES = frozenset(p + f for p in names.SETS for f in names.PARTS)


def _name_of(cells: Mapping[str, Cell], prefix: str) -> str:
    full = cells.get(prefix + "name")
    if full is not None and full.value:
        return full.value
    parts = {f: c.value for f in names.PARTS if (c := cells.get(prefix + f)) is not None}
    return names.join(parts)


def _words(name: str) -> list[str]:
    """A name's words without case, accents or apostrophes: a typed signature "Tomas Ruiz"
    is Tomás Ruiz, "ONeil" O'Neil."""
    text = name.casefold().translate(_APART).translate(_APOSTROPHES)
    if not text.isascii():
        text = unicodedata.normalize("NFKD", text)
        text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return text.split()


_APART = str.maketrans(".,", "  ")
_APOSTROPHES = str.maketrans("", "", "'’‘ʼ`´")
#: Why a full name that is the first and last name typed without their accents does not print.
PLAINER = (
    "the first and last name again, typed without their accents: the first and last name print"
)


def typed_plainer(cells: Mapping[str, Cell]) -> bool:
    """Whether the row's full name is its first and last name with fewer accents ("Tomas Ruiz"
    typed as a form's signature beside "Tomás" and "Ruiz"): the parts keep what the full name
    lost, so they sign."""
    full = cells.get("name")
    parts = {f: c.value for f in ("first_name", "middle_name", "last_name") if (c := cells.get(f))}
    if full is None or not parts.get("first_name") or not parts.get("last_name"):
        return False
    joined = names.join(parts)
    marked = [sum(not ch.isascii() for ch in text) for text in (full.value, joined)]
    return marked[1] > marked[0] and _words(full.value) == _words(joined)


#: Why a middle part that is another person's whole name does not print.
OTHERS_NAME = (
    "a whole name ending with the signer's family name: another person's (a father's, a "
    "husband's, as Indian forms ask for one), not part of the signer's name"
)


def others_names(cells: Mapping[str, Cell]) -> list[Cell]:
    """The middle-name cells that hold another person's whole name: two or more words ending
    with the row's family name ("Suresh Kumar" as Ramesh Kumar's "Father's Name"). A father's
    name that is part of the signer's own (an Iraqi's "Hassan", an Ethiopian's "Bikila") is one
    given name and prints."""
    last = cells.get("last_name")
    if last is None or ("middle_name" not in cells and "middle_name2" not in cells):
        return []
    family = last.value.casefold().split()
    out = []
    for field in ("middle_name", "middle_name2"):
        cell = cells.get(field)
        own = cell.value.casefold().split() if cell is not None else []
        if cell is not None and family and len(own) > len(family) and own[-len(family) :] == family:
            out.append(cell)
    return out


class Owned:
    """The plain address set's columns all under one word the reader does not know, beside name
    columns under that same word that do not sign ("Adresse payeur" beside "Nom payeur" in
    HelloAsso's list of participants): the set is that person's address. On the row of a
    signer who is somebody else (a participant the payer paid for), it is not theirs."""

    def __init__(self, mapping: columns.Mapping_, header: Sequence[str] = ()) -> None:
        readings = mapping.readings
        plain = [c for f, c in mapping.found.items() if f in _ADDRESS]
        words = {readings[c].unknown for c in plain if c < len(readings)}
        signing = {c for f, c in mapping.found.items() if f in columns.NAME_FIELDS}
        (owner,) = words if len(words) == 1 and len(plain) > 1 else ((),)
        #: The set's person's name columns, by name part; none when the set is nobody else's.
        self.names = {
            c: reading.role
            for c, reading in enumerate(readings)
            if owner and reading.unknown == owner and reading.role in names.PARTS
            if c not in signing
        }
        self.word = " ".join(owner)
        #: The prefix of the set whose own name the plain address is, where that set has no
        #: address of its own (Buyer, Recipient, Street): "" for the HelloAsso kind above.
        self.prefix = ""
        if not self.names and signing and words == {()}:
            self.prefix, self.names = _recipient(mapping.found, header)
            self.word = " ".join(header[c].strip() for c in self.names)
        self.columns = tuple(plain) if self.names else ()

    def theirs(self, row: Sequence[str], name: str) -> str:
        """Their name in this row, when it is not the signer `name`; "" otherwise."""
        if not self.names:
            return ""
        parts: dict[str, str] = {}
        for col, role in self.names.items():
            if col < len(row) and row[col].strip() and role is not None:
                parts.setdefault(role, " ".join(row[col].split()))
        if "first_name" in parts and "name" in parts and "last_name" not in parts:
            parts["last_name"] = parts.pop("name")  # "Nom payeur" beside "Prénom payeur"
        theirs = parts.get("name") or names.join(parts)
        return theirs if theirs and not same_person(theirs, name) else ""


_ADDRESS = frozenset((*columns.ADDRESS_FIELDS, "address"))


def _recipient(found: Mapping[str, int], header: Sequence[str]) -> tuple[str, dict[int, str]]:
    """The one address set named only by its person's name columns, under words for where
    goods go ("Recipient", "Empfänger", "수취인", "Destinatario"), beside the signer's name and
    one plain address: (its prefix, its name columns by part), or ("", {})."""
    named = {f[:2] for f in found if f[:2] in names.SETS and f[2:] in names.PARTS}
    if len(named) != 1 or any(f[:2] in names.SETS and f[2:] in _ADDRESS for f in found):
        return "", {}
    (prefix,) = named
    cols = {found[prefix + p]: p for p in names.PARTS if prefix + p in found}
    if not all(c < len(header) and goods_go(header[c]) for c in cols):
        return "", {}
    return prefix, cols


def set_aside(tally: Tally, cells: Mapping[str, Cell], owned: Owned, theirs: str, line: int) -> str:
    """Empties the row's cells of `owned`'s address set, somebody else's (`theirs`), each left
    out with why; what the row's warning says."""
    why = f"the address of the '{owned.word}' columns, whose own name is not the signer's"
    for cell in cells.values():
        if cell.col in owned.columns and cell.value:
            tally.left_out(cell.col, line, why)
            cell.raw, cell.value, cell.lines = "", "", []
    return f"the address of the '{owned.word}' columns is {theirs}'s, not this signer's"
