"""Several people in one row, each of whom signs: a form's "Names of everyone signing (one per
line)" answered "Ann Lee" and "Bob Lee" on two lines of one cell; a list that numbers its
name columns ("Name 1" and "Name 2") or its household's people ("Individual 1 First Name" and
"Individual 2 First Name", person_names.yaml signing_together); a second signer's columns
beside the signer's own ("Second signer's name", "Co-signer First Name"). Each person gets a
letter, with the row's address, and the row's warning names them (joined, the letter would be
signed "Ann Lee Bob Lee"). A name written over two lines, one word each ("Jane" above
"Smith"), stays one person; people numbered under any other word ("Parent/Guardian 2",
"Guest 2") and a spouse's or partner's columns are somebody else's and sign nothing
(quals.py, others.py)."""

from __future__ import annotations

import dataclasses
import re

from packbuilder.signers import columns, name_columns, names, people, street, vocabulary, words
from packbuilder.signers.columns import Mapping_
from packbuilder.signers.report import Report, Tally
from packbuilder.signers.table import Row

_LINES = re.compile(r"\r\n|\r|\n|\u2028")


class People:
    """The people of each row: the signer, and those named beside them."""

    def __init__(self, header: Row, mapping: Mapping_, report: Report, tally: Tally) -> None:
        self.mapping = mapping
        self.report = report
        self.tally = tally
        self.col = mapping.found.get("name")
        self.same = name_columns.Same(mapping, header.cells)
        if "first_name" in mapping.found or "last_name" in mapping.found:
            self.col = None  # the parts' columns name one person: a cell is theirs, not a list
        #: The signer's name columns by part, then each further person: their label
        #: ("Individual 2") and their name columns by part.
        self.numbered = _numbered(header, mapping) or _cosigners(header, mapping)
        # Of the columns set aside, only a whole address beside its parts is read in a row
        # (rows.py): the others, counted with the first person's row, are not read again.
        formatted = {c for c, why in mapping.not_postal.items() if why == columns.FORMATTED}
        read = {*mapping.found.values(), *formatted, *mapping.unplaced}
        read |= {
            c for cols in (*mapping.alternates.values(), *mapping.joined.values()) for c in cols
        }
        #: Columns a rule reads but the further people's own: the others (a timestamp) are
        #: the first person's only, so the column report counts them once.
        self.others = {c for _, cols in self.numbered[1:] for c in cols.values()}
        self.read = read - self.others
        #: Further columns of the signer's name ("Name 2" beside "Name 1"): read where the
        #: first is empty by the row's reader.
        self.spares = {c for f in words.NAME_PARTS for c in mapping.alternates.get(f, ())}
        self.names = {c for f, c in mapping.found.items() if f in words.NAME_PARTS}
        self.names |= set(mapping.alternates.get("prefix", ()))

    def of(self, row: Row) -> tuple[Row, ...]:
        """The row once per person it names, or the row alone; a row split so is said with
        its line and the names."""
        if row.error is not None:
            return (row,)
        self.same.check(row, self.report)  # "Delivery Customer": the signer in every row?
        return self._lines(row) or self._numbered(row) or (row,)

    def _lines(self, row: Row) -> tuple[Row, ...]:
        col = self.col
        if col is None or col >= len(row.cells) or not _LINES.search(row.cells[col]):
            return ()
        names = [" ".join(line.split()) for line in _LINES.split(row.cells[col]) if line.strip()]
        if len(names) < 2 or not all(_whole(name) for name in names):
            return ()
        shown = ", ".join(f"'{name}'" for name in names)
        message = f"the name cell holds {len(names)} people, one a line ({shown}): each gets "
        self.report.warn(row.line, col + 1, f"row {row.line}", message + _EACH)
        return tuple(self._as(row, {col: name}, n) for n, name in enumerate(names))

    def _numbered(self, row: Row) -> tuple[Row, ...]:
        cells = row.cells
        if not self.numbered:
            return ()
        others = [
            (who, cols)
            for who, cols in self.numbered[1:]
            if any(_filled(cells, c) for c in cols.values())
        ]
        if not any(_filled(cells, c) for c in self.numbered[0][1].values()):
            # A row without the first person's name: "Name 2" stands in as a further column
            # of the name; a household's "Individual 2" signs the row's letter.
            if not others or self.spares & set(others[0][1].values()):
                return ()
            (who, cols), *others = others
            row = self._as(row, _theirs(self.numbered[0][1], cols, cells), 0)
            self._count(cols, cells)
            self.tally.say(f"the '{who}' columns sign where the first person's are empty", row.line)
            if not others:
                return (row,)
            cells = row.cells
        given = [
            cells[c]
            for _, cols in (self.numbered[0], *others)
            for c in cols.values()
            if c < len(cells) and cells[c].strip()
        ]
        if (
            not others
            or any(street.care_of(t) or people.firm(t) for t in given)
            or (any(people.body(t) for t in given) and any(people.is_person(t) for t in given))
        ):
            # None, or an attention line ("z. Hd. Anna Schmidt") or a firm's name: one letter,
            # signed by the person, the firm above the street (firms.py).
            return ()
        out = [self._as(row, {}, 0)]
        shown: list[str] = []
        for who, cols in others:
            theirs = _theirs(self.numbered[0][1], cols, cells)
            out.append(self._as(row, theirs, 1))
            self._count(cols, cells)
            as_signed = tuple(theirs.get(c, "") for c in range(max(theirs, default=-1) + 1))
            shown.append(f"'{_name(self.numbered[0][1], as_signed)}' in the columns of '{who}'")
            said = f"a letter of their own for the person the '{who}' columns name, with the "
            self.tally.say(said + "row's address", row.line)
        first = next(c for c in self.numbered[0][1].values() if _filled(cells, c))
        message = f"the row names {len(others) + 1} people ({', '.join(shown)} too): each gets "
        where = f"row {row.line} ({_name(self.numbered[0][1], cells)})"
        self.report.warn(row.line, first + 1, where, message + _EACH)
        return tuple(out)

    def _count(self, cols: dict[str, int], cells: tuple[str, ...]) -> None:
        """The further person's cells, read here rather than by the row's reader, counted as
        filled and printed."""
        for c in cols.values():
            self.tally.filled[c] += _filled(cells, c)
            self.tally.used[c] += _filled(cells, c)

    def _as(self, row: Row, names: dict[int, str], n: int) -> Row:
        """The row as its `n`th person's: their name in the signer's name columns."""
        cells = list(row.cells)
        if not n:  # the others' columns are theirs (a second salutation, e-mail)
            cells = [c if i not in self.others else "" for i, c in enumerate(cells)]
        if n:  # the signer's title or other name parts are not theirs
            cells = [
                c if i in self.read and i not in self.names else "" for i, c in enumerate(cells)
            ]
        for col, name in names.items():
            cells[col] = name
        return dataclasses.replace(row, cells=tuple(cells))


_EACH = "a letter of their own, with the row's address"


def further(header: Row, mapping: Mapping_) -> frozenset[int]:
    """The columns of the further people who sign ("Name 2" beside "Name 1", "Individual 2
    First Name", "Co-signer Name"): each signs a letter of their own, so the header's note that
    such a column is read only where the first is empty does not apply to them."""
    people_ = _numbered(header, mapping) or _cosigners(header, mapping)
    return frozenset(c for _, cols in people_[1:] for c in cols.values())


_People = tuple[tuple[str, dict[str, int]], ...]


def _numbered(header: Row, mapping: Mapping_) -> _People:
    """The signer's name columns when the header numbers them 1 ("Name 1", "Individual 1
    First Name"), by part, first; then each further person of the same word and another
    number, with their label and their name columns by part: the column whose header is the
    signer's with the other number ("Individual 2 Title" beside "Individual 1 Title")."""
    readings = mapping.readings
    heads = [vocabulary.words(cell) for cell in header.cells]
    own: dict[tuple[str, ...], tuple[str, int]] = {}
    for field, col in mapping.found.items():
        kind, number = _number(readings[col]) if col < len(readings) else ("", 0)
        # Bare numbered names ("Name 1") and a household's people ("Individual 1"): a
        # directory's "Parent/Guardian 2" or an event's "Guest 2" signs nothing.
        if field in _THEIRS and number == 1 and (not kind or people.signs_together(kind)):
            own[_unnumbered(heads[col])] = (field, col)
    if not {f for f, _ in own.values()} & words.NAME_PARTS:
        return ()
    found: dict[tuple[str, int], dict[str, int]] = {}
    for col, reading in enumerate(readings):
        kind, number = _number(reading)
        mine = own.get(_unnumbered(heads[col]))
        if number < 2 or mine is None:
            continue
        found.setdefault((kind, number), {})[mine[0]] = col
    further = [
        (_label(kind, number, [header.cells[c] for c in cols.values()]), cols)
        for (kind, number), cols in found.items()
        if cols.keys() & words.NAME_PARTS
    ]
    if not further:
        return ()
    return (("", dict(own.values())), *further)


#: What each further person has of their own: their name's parts and their e-mail.
_THEIRS = words.NAME_PARTS | {"email"}


def _label(kind: str, number: int, heads: list[str]) -> str:
    """How a further person's columns are named in messages: "Individual 2"; a bare number's
    header ("Name 2"), or what its headers share ("Contact2" of "Contact2 First Name" and
    "Contact2 Last Name")."""
    if kind:
        return f"{kind} {number}".title()
    first, *rest = [h.strip() for h in heads]
    size = len(first)
    for other in rest:
        size = next((i for i, (a, b) in enumerate(zip(first, other, strict=False)) if a != b), size)
        size = min(size, len(other))
    shared = first[:size].rstrip(" -_:/")
    return shared if str(number) in shared else heads[0].strip()


def _name(cols: dict[str, int], cells: tuple[str, ...]) -> str:
    """A person's name as their columns in the row give it, for a message: a title column's
    value that is no honorific (Blackbaud's Salutation 'Marcus and Tanya') is not part of it,
    as it is not of the letter's name."""
    given = {f: " ".join(cells[c].split()) for f, c in cols.items() if c < len(cells)}
    if not names.is_honorific(given.get("prefix", "")):
        given.pop("prefix", None)
    return given.get("name") or names.join(given)


def _unnumbered(toks: tuple[str, ...]) -> tuple[str, ...]:
    """A header's words with its number taken out: "individual 2 title" -> "individual title"."""
    return tuple(w for w in toks if not w.isdigit())


def _cosigners(header: Row, mapping: Mapping_) -> _People:
    """The signer's name columns by part, then the second signer's ("Second signer's name",
    "Co-signer First Name": person_names.yaml cosigners), where the header names one."""
    theirs: dict[str, dict[str, int]] = {}
    for col, reading in enumerate(mapping.readings):
        if reading.qualifier != "not_theirs" or col in mapping.found.values():
            continue
        toks = vocabulary.words(header.cells[col])
        if {"child", "children", "kids"} & set(toks):
            continue  # Donarius' "Spouse and/or Children": who signs is not said
        phrase = people.cosigner(toks)
        part = reading.role or "name"  # "Joint signer": their whole name
        if phrase and part in words.NAME_PARTS:
            theirs.setdefault(phrase, {"": col}).setdefault(part, col)
    own = {f: c for f, c in mapping.found.items() if f in words.NAME_PARTS}
    if not theirs or not own:
        return ()
    # Each labelled with the header of their first column ("Second signer's name").
    labelled = {header.cells[cols.pop("")].strip(): cols for cols in theirs.values()}
    return (("", own), *labelled.items())


def _theirs(own: dict[str, int], cols: dict[str, int], cells: tuple[str, ...]) -> dict[int, str]:
    """A further person's name in the signer's name columns: part for part where the signer's
    columns have each of theirs, else their whole name in the first of them; the signer's
    other name columns empty."""
    given = {f: " ".join(cells[c].split()) for f, c in cols.items() if c < len(cells)}
    given = {f: text for f, text in given.items() if text}
    if "name" in given and "first_name" in given and "last_name" not in given:
        given["last_name"] = given.pop("name")  # "Nom du conjoint" beside "Prénom du conjoint"
    out = dict.fromkeys(own.values(), "")
    family = " ".join(cells[own["last_name"]].split()) if "last_name" in own else ""
    if not {"name", "last_name"} & given.keys() and family:
        given["last_name"] = family  # a spouse's given name alone: the row's family name
    if given.keys() <= own.keys() and ("name" not in given or "name" in own):
        for field, text in given.items():
            out[own[field]] = text
        return out
    whole = given.get("name") or names.join(given)
    if "name" in given and len(whole.split()) == 1 and family:
        whole = f"{whole} {family}"  # "Spouse/Partner": Joan, beside Gordon MacKay
    first = own.get("name", own.get("first_name", own.get("last_name", min(own.values()))))
    out[first] = whole
    if "email" in given and "email" in own:
        out[own["email"]] = given["email"]
    return out


def _number(reading: words.HeaderReading) -> tuple[str, int]:
    """A name column's person and number: "individual 1" -> ("individual", 1); "Name 2" ->
    ("", 2); (.., 0) when unnumbered."""
    said = reading.owner.split() if reading.owner else list(reading.unknown)
    if not said or not said[-1].isdigit():
        return "", 0
    return " ".join(said[:-1]), int(said[-1])


def _filled(cells: tuple[str, ...], col: int) -> bool:
    return col < len(cells) and bool(cells[col].strip())


def _whole(name: str) -> bool:
    """A line holding a whole name: two words or more with letters, not a note in brackets."""
    parts = [w for w in name.split() if any(ch.isalpha() for ch in w)]
    return len(parts) >= 2 and not name.startswith(("(", "["))
