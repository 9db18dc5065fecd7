"""The last check on a signer: which cells of the row must be on what the letter and label
print (the name, the chosen address set, a further column of a part read only where the first
is empty, a column no rule placed whose values look like a part), and a located error for each
one that is not: printed.py says what a letter prints."""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping, Sequence
from functools import lru_cache
from itertools import accumulate

from packbuilder.language import scripts
from packbuilder.signers import columns, countries, people, printed, values, words
from packbuilder.signers.cells import Cell, clean, is_placeholder
from packbuilder.signers.gather import Gathered
from packbuilder.signers.report import Report
from packbuilder.signers.table import LINE_BREAK, Row
from packbuilder.signers.unplaced import field_part


def all_printed(
    report: Report,
    header: tuple[str, ...],
    cells: Mapping[str, Cell],
    name: str,
    address: tuple[str, ...],
    chosen: Gathered | None,
    restored: Mapping[str, str],
    where: str,
) -> bool:
    """The last check: every cell of the name and of the chosen address is printed."""
    full = cells.get("name")
    if full is not None and full.value:
        used = [("name", full)]
    else:
        used = [(f, cells[f]) for f in columns.NAME_FIELDS[1:] if f in cells]
    if chosen is not None:
        used += [(f, c) for f, c in cells.items() if c.col in chosen.cols]
    country = chosen.parts.country if chosen is not None else ""
    named = _country_words(country) if country else frozenset()
    return printed.check(
        report, where, printed.Printed(name, address), used, header, restored, named
    )


@lru_cache(maxsize=256)  # a list's countries repeat
def _country_words(country: str) -> frozenset[str]:
    """The words of a known country's name, which prints as its country line or not at all;
    none for a country not known, which is printed as written: it is checked."""
    if countries.country_code(country) is None:
        return frozenset()
    return frozenset(printed.fold(country).split())


class Check:
    """Checks each signer against the unplaced columns, and reports each column once: at the
    first signer whose letter would lack its value, with how many more."""

    def __init__(self, header: Row, mapping: columns.Mapping_, report: Report) -> None:
        self.header = header
        self.unplaced = mapping.unplaced
        self.found = mapping.found
        #: Further columns of a part of an address, each with the field: read where the first
        #: is empty, and checked where it is not. Columns under words not understood that give
        #: two parts or more are another address set of the person's ("Vacation Street",
        #: "Vacation Zip"), listed in the column report; a lone one is a further column of
        #: the part ("Additional address information"), checked.
        self.spares = {
            c: f
            for f, more in mapping.alternates.items()
            for c in more
            if c < len(mapping.readings)
            and field_part(f) in _PARTS
            and c not in mapping.fallbacks
            and c not in mapping.rivals.of  # another set's, chosen whole per row (sets.py)
            and not _another_set(mapping, c)
        }
        #: Columns whose header names a name, that no rule reads ("Name in Inuktitut" beside
        #: First and Last Name) or that one set aside as somebody else's for a word it does
        #: not know ("Chinese Name", "Hebrew name"): checked where they write a name in an
        #: alphabet the printed name does not use, the signer's name written another way.
        taken = {*mapping.found.values(), *mapping.not_postal, *self.unplaced}
        taken |= {c for more in mapping.alternates.values() for c in more}
        self.written_apart = {
            c
            for c, reading in enumerate(mapping.readings)
            if (c not in taken and reading.role is None and reading.roles)
            or (_owned_by_a_word(reading) and mapping.not_postal.get(c, "").startswith(_OTHERS))
            if set(reading.roles or (reading.role,)) <= words.NAME_PARTS
        }
        self.report = report
        #: Column -> why its value would not print, said once (the first signer's row).
        self.why: dict[int, str] = {}
        #: Column -> (line, who, value) of the first signer it bites, and the lines of all.
        self.first: dict[int, tuple[int, str, str]] = {}
        self.lines: dict[int, list[int]] = {}

    def row(
        self,
        row: Row,
        cells: Mapping[str, Cell],
        prefix: str | None,
        name: str,
        address: Sequence[str],
        restored: Mapping[str, str],
        where: str,
        code: str | None = None,
    ) -> None:
        """Notes each unplaced or further column whose value this signer's letter would not
        print (`code`: the country the address is in, for what its values may be)."""
        if not self.unplaced and not self.spares and not self.written_apart:
            return
        shown = printed.Printed(name, address)
        starts = list(accumulate((len(LINE_BREAK.findall(c)) for c in row.cells), initial=row.line))

        def value(col: int) -> str:
            text = clean(row.cells[col]) if col < len(row.cells) else ""
            return "" if is_placeholder(text) else text

        for col, how in self.unplaced.items():
            if how.when == "said" or not (text := value(col)):
                continue
            if how.when == "name" and (len(name.split()) > 1 or not name):
                continue
            if how.when == "lacks" and prefix is not None and _filled(cells, prefix, how.field):
                continue
            self._note(Cell(text, text, [text], col, starts[col]), shown, restored, where)
        for col in self.written_apart:
            if (text := value(col)) and _apart(text, name):
                self._note(Cell(text, text, [text], col, starts[col]), shown, restored, where)
                self.why.setdefault(
                    col,
                    f"its header names a name, and it writes one in another alphabet than the "
                    f"name that signs ('{name}'); say which signs in campaign.yaml, under "
                    f"signer_columns: 'name: {self._header(col)}', or 'ignore: "
                    f"[{self._header(col)}]' to leave it out",
                )
        for col, field in self.spares.items():
            first = self.found.get(field)
            if first is None or not _printed_by(field, prefix):
                continue
            if not value(first) or not (text := value(col)) or not _fits(field, text, code):
                continue
            self._note(Cell(text, text, [text], col, starts[col]), shown, restored, where)
            # Two columns of an address part: the next free line prints both (the Juso API's
            # addrDetail '3층' and roadAddrPart2 '(태평로1가)', Bahrain's Building and Block).
            free = [f for f in words.LINES.values() if f not in self.found]
            also = f"'{free[0]}: {self._header(col)}' to print both, " if free else ""
            self.why.setdefault(
                col,
                f"column '{self._header(first)}' gives the {columns.LABELS[field]} in this row "
                f"('{value(first)}'), and this column is read only where that is empty; say "
                f"which to use in campaign.yaml, under signer_columns: {also}'{field}: "
                f"{self._header(col)}', or 'ignore: [{self._header(col)}]' to leave it out",
            )

    def _note(
        self, cell: Cell, shown: printed.Printed, restored: Mapping[str, str], where: str
    ) -> None:
        country = cell.col in self.unplaced and self.unplaced[cell.col].field == "country"
        if printed.missing_words(cell, shown, restored, country):
            self.first.setdefault(cell.col, (cell.line, where, cell.value))
            self.lines.setdefault(cell.col, []).append(cell.line)

    def _header(self, col: int) -> str:
        return self.header.cells[col].strip() or f"column {col + 1}"

    def finish(self) -> None:
        """One located error per column that some letter would lack."""
        for col, (line, where, text) in self.first.items():
            header = self._header(col)
            more = self.lines[col][1:]
            others = ""
            if more:
                shown = ", ".join(map(str, more[:5])) + (", ..." if len(more) > 5 else "")
                others = f", nor on {len(more)} more (line{'s' if len(more) > 1 else ''} {shown})"
            how = self.unplaced.get(col)
            why = self.why.get(col, "")
            if how is not None:
                also = f" and '{how.also}'" if how.also else ""
                why = (
                    f"no rule places the column, and its values look like {how.why}; if it is "
                    f"the {columns.LABELS[how.field]}, add to campaign.yaml, under "
                    f"signer_columns: '{how.field}: {header}'{also}, or 'ignore: [{header}]' "
                    "to leave it out on purpose"
                )
            self.report.error(
                line,
                col + 1,
                where,
                f"'{text}' from column '{header}' would not be on this signer's letter or "
                f"label{others}: {why}",
            )


#: The parts of an address a further column is checked for.
_PARTS = frozenset((*columns.ADDRESS_FIELDS, "address"))


def _printed_by(field: str, prefix: str | None) -> bool:
    """Whether the letter prints `field` for a row whose chosen address set is `prefix`: a
    part of that set's address. A billing column beside a shipping one is somebody else's
    address as often (a gift); signer_columns names the fields of the signer's own address,
    so its line settles those."""
    own = field[: len(field) - len(field_part(field))]
    return prefix is not None and own == prefix and own != "b_"


def _fits(field: str, text: str, code: str | None) -> bool:
    """Whether `text` may be the part `field` stands for, judged by the country's data: a
    sales "Territory" of 'West' beside a state is no US state, "No" is no street."""
    part = field_part(field)
    countries = (code.upper(),) if code else ()
    looks = values.looks(text, countries)
    # A second street column's 'Hinterhaus', 'c/o Jane Smith': no street, but a line after it
    # (Zusatz, a flat, a c/o), which a letter must not lose either.
    return values.may_be(part, text, looks, countries) or (
        part == "street" and values.may_be("street2", text, looks, countries)
    )


#: How quals.py sets a name column aside for the word before it (not an ignore: line).
_OTHERS = "somebody else's name ("


def _owned_by_a_word(reading: words.HeaderReading) -> bool:
    """A name header set aside as somebody else's for a word the reader does not know (not a
    thing's name, not a word for another person such as "spouse")."""
    owner = reading.owner
    return bool(owner) and reading.qualifier != "not_theirs" and not people.thing_word(owner)


def _alphabets(text: str) -> set[str]:
    """The alphabets of `text`'s letters (one Unicode names but scripts.py does not, such as
    Canadian syllabics, by the first word of the letters' names)."""
    return {
        scripts.alphabet(ch) or unicodedata.name(ch, "?").split()[0] for ch in text if ch.isalpha()
    }


def _apart(text: str, name: str) -> bool:
    """Whether `text` is two letters or more, none in an alphabet of `name`: not a mark ("O")."""
    letters, own = _alphabets(text), _alphabets(name)
    return sum(ch.isalpha() for ch in text) > 1 and bool(letters and own) and not letters & own


def _another_set(mapping: columns.Mapping_, col: int) -> bool:
    """Whether a further column's header holds words not understood that two columns or more
    of different parts share: another address set of the person's, not a second column of
    one part."""
    unknown = mapping.readings[col].unknown
    if not unknown:
        return False
    fields = {c: f for f, c in mapping.found.items()}
    fields.update({c: f for f, more in mapping.alternates.items() for c in more})
    parts = {
        field_part(f)
        for c, f in fields.items()
        if c < len(mapping.readings) and mapping.readings[c].unknown == unknown
    }
    return len(parts & _PARTS) > 1


def _filled(cells: Mapping[str, Cell], prefix: str, field: str) -> bool:
    """Whether the chosen address set gives the part `field` in its own column (a whole
    address in one cell is checked by what prints instead)."""
    if (whole := cells.get(f"{prefix}address")) is not None and whole.value:
        return False
    cell = cells.get(f"{prefix}{field}")
    return cell is not None and bool(cell.value)
