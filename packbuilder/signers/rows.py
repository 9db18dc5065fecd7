"""Rows of a signer list to Signers: one per row with a name, its return address from the
address reader, and a located problem for every row that cannot be used."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from packbuilder.model import Origin, Signer
from packbuilder.signers import (
    addresses,
    columns,
    continued,
    countries,
    excel_dates,
    firms,
    footers,
    lastcheck,
    levels,
    names,
    people,
    printed,
    rival_sets,
    several,
    states,
    unplaced,
    values,
    wholes,
    whose,
    words,
)
from packbuilder.signers.alike import Seen, warn_duplicate
from packbuilder.signers.cells import (
    CONTROL,
    MAX_CELL_CHARS,
    PLACEHOLDER,
    TOTAL,
    Cell,
    cell_lines,
    cell_starts,
    clean,
    drop_placeholders,
    is_aside,
    is_placeholder,
    is_slot,
    lost_characters,
    set_parts,
    set_prefix,
    split_region,
    summary_line,
    turned_round,
)
from packbuilder.signers.postal import AddressReader
from packbuilder.signers.report import Reading, Report, Tally
from packbuilder.signers.table import DELIMITERS, MARK_TAKEN_OFF, Row, is_blank
from packbuilder.signers.titles import Titles

_GIVEN_FIRST = ("first_name", "middle_name", "last_name")
#: Header roles that never hold a part of the address (an e-mail, a phone, a name part).
_NEVER_AN_ADDRESS = words.NOT_POSTAL | words.NAME_PARTS | {"other_data"}
NO_NAME_ROW = "row has no name, so no letter is printed for it (--strict makes this an error)"


class RowReader:
    """Turns rows into Signers, keeping count of which cells reached a letter."""

    def __init__(
        self,
        header: Row,
        mapping: columns.Mapping_,
        report: Report,
        delimiter: str,
        how: Reading,
    ) -> None:
        self.header = header
        self.mapping = mapping
        self.found = mapping.found
        self.report = report
        self.delimiter = delimiter
        self.tally = Tally(len(header.cells))
        self.addresses = AddressReader(report, how, mapping, self.tally, header.cells)
        self.has_address = self.addresses.has_address
        self.lastcheck = lastcheck.Check(header, mapping, report)
        self.titles = Titles(header.cells, mapping, report, self.tally)
        self.people = several.People(header, mapping, report, self.tally)
        self.firms = firms.Firms(mapping, header.cells)  # "Name 1": a GmbH, "Name 2": who signs
        middle = mapping.found.get("middle_name", len(header.cells))
        heads = header.cells  # Hungarian "Nagy Anna Mária", Vietnamese "Nguyễn Văn An"
        self._given_order = names.given_order(mapping.family_first, (*heads, None)[middle])
        self.owned = whose.Owned(mapping, heads)  # HelloAsso's payer's, a recipient's address
        #: Cells no rule uses in rows whose address has gaps, asked about at the end unless
        #: their column is also filled beside a whole address; those columns.
        self._gap_fillers: list[tuple[int, int, str, str]] = []
        self._beside_whole: set[int] = set()
        #: The placeholder the last row's full-name cell held ("Anonymous"), or "".
        self._full_name_held = ""
        #: The row's further prefix cells (German Titel beside Anrede): printed after the first.
        self._titles: list[Cell] = []
        self._sets: rival_sets.RowSets | None = None  # the row's sets (rival_sets.Rivals.row)
        #: Whole-address cells set aside as the same address as the parts beside them, with
        #: their set's prefix: read in a row whose parts of that set are all empty.
        formatted = {
            col: set_prefix(field)
            for col, why in mapping.not_postal.items()
            if why == columns.FORMATTED and (field := columns.field_of(mapping.readings[col]))
        }
        self._wholes = {
            col: prefix
            for col, prefix in formatted.items()
            if set_parts(prefix) & mapping.found.keys()  # Google's numbered sets: not here
        }

    def read(self, rows: Iterator[Row]) -> tuple[Signer, ...]:
        signers: list[Signer] = []
        blank_lines: list[int] = []
        if not self.has_address:
            self.report.warn(
                self.header.line,
                1,
                "(header)",
                "the list has no address columns (street, town, postal code), so letters and "
                "labels print no signer's address",
            )
        seen = Seen()
        continuing = continued.Continuing(self.found, self.mapping.alternates)
        footer = footers.Footer(self.found, self.mapping.alternates)
        #: Rows after a blank row that may be a report's footer, each with the blank lines
        #: before it: read as rows if a signer's row follows, said as the footer if none does.
        held: list[tuple[list[int], Row]] = []
        for row in rows:
            if row.error is None and is_blank(row.cells):
                blank_lines.append(row.line)
                continue
            if (blank_lines or held or footers.opens(row)) and footer.may_be(row, bool(held)):
                held.append((list(blank_lines), row))
                blank_lines.clear()
                continue
            for before, kept in (*held, (list(blank_lines), row)):
                # A blank row between signers may be a deleted entry worth a look; trailing
                # ones are just how spreadsheets end, so only interior blanks are mentioned.
                for line in before:
                    self.report.warn(line, 1, "(row)", "blank row skipped")
                if kept is not row and footers.count_line(kept.cells):
                    # A group's subtotal ("Summe 2") or a page line between the signers.
                    col = next(c for c, cell in enumerate(kept.cells) if cell.strip())
                    message = f"'{_shown(kept)}' is {TOTAL} (or a page's: a count where a name "
                    message += "would be), so no letter is printed for this row"
                    self.report.warn(kept.line, col + 1, f"row {kept.line}", message)
                    continue
                if signers and continuing.continues(kept, signers[-1]):
                    continued.say(kept, signers[-1], self.tally, self.report)  # Magento's
                    continue
                for person in self.people.of(kept):
                    signer = self._signer(person)
                    if signer is not None:
                        warn_duplicate(self.report, signer, seen)
                        signers.append(signer)
            held.clear()
            blank_lines.clear()
        for _, row in held:
            self.tally.say(
                f"a report's footer below the last signer, not a signer: '{_shown(row)}'",
                row.line,
            )
        for line, col, where, message in self._gap_fillers:
            # A column also filled in rows whose address is whole is not their missing part
            # (a currency, a ticket type, a note): only the others are asked about.
            if col not in self._beside_whole:
                self.report.error(line, col + 1, where, message)
        unplaced.unknown_address_columns(self.header, self.mapping, self.tally, self.report)
        self.lastcheck.finish()
        self.titles.finish()
        return tuple(signers)

    # -- one row ----------------------------------------------------------------------------

    def _cells(self, row: Row, where: str) -> dict[str, Cell] | None:
        """The row's cell for each mapped field, or None after reporting why it is unusable."""
        report = self.report
        before = len(report.problems)
        cells = row.cells
        width = len(self.header.cells)
        if row.guarded:
            self.tally.say('Excel\'s ="..." text guard taken off the values inside it', row.line)
        if row.marked:
            self.tally.say(MARK_TAKEN_OFF, row.line)
        extra = cells[width:]
        if width and any(cell.strip() for cell in extra):
            report.error(
                row.line,
                width + 1,
                where,
                f"row has {len(cells)} cells but the header has {width}; a cell containing a "
                f"{DELIMITERS[self.delimiter]} must be in double quotes",
            )
        filled, sample = self.tally.filled, self.tally.sample
        for col, cell in enumerate(cells[:width]):
            if cell.strip():
                filled[col] += 1
                if col not in sample:
                    sample[col] = (row.line, clean(cell))
        out: dict[str, Cell] = {}
        # The physical line each cell starts on: a quoted cell before it may span lines.
        starts = cell_starts(cells, row.line)
        # Looked for in the whole row once: most rows have no control character in any cell.
        controls = CONTROL.search("".join(cells)) is not None
        self._sets = rival = self.mapping.rivals.row(cells, row.line, self.tally.left_out)
        alternates = self.mapping.alternates
        for field, col in self.found.items():
            spare = alternates.get(field, ())
            if rival and (ours := rival.columns(field, (col, *spare))) is not None:
                if not ours:  # the row's set has no column of the field
                    out[field] = Cell("", "", [], col, row.line)
                    continue
                col, spare = ours[0], ours[1:]
            raw = cells[col] if col < len(cells) else ""
            if spare and (not raw.strip() or is_placeholder(raw)):
                # The chosen column is empty in this row, or holds a placeholder (a form's
                # account name "anonymous" beside the question's answer): a further column of
                # the same field with data prints instead (each person's own address wins).
                first, taken = col, set(self.found.values()) | set(self.mapping.not_postal)
                col = next(
                    (c for c in spare if c not in taken and _given(cells, c)),
                    col,
                )
                if col != first and raw.strip():
                    self.tally.left_out(first, row.line, PLACEHOLDER)
                raw = cells[col] if col < len(cells) else ""
            line = starts[min(col, len(cells))]
            control = CONTROL.search(raw) if controls else None
            if control is not None:
                bad = control[0]
                report.error(
                    line,
                    col + 1,
                    where,
                    f"contains an invisible control character (U+{ord(bad):04X}); retype this cell",
                )
            value = clean(raw)
            if len(value) > MAX_CELL_CHARS:
                report.error(
                    line,
                    col + 1,
                    where,
                    f"too long to print ({len(value)} characters); keep it to {MAX_CELL_CHARS}",
                )
            # A multi-line cell (Google Forms "paragraph" answers, Airtable long text) keeps
            # its lines.
            out[field] = Cell(raw, value, cell_lines(raw, value), col, line)
        more = (c for c in self.mapping.alternates.get("prefix", ()) if _filled(cells, c))
        chosen = out["prefix"].col if "prefix" in out else -1
        self._titles = [
            Cell(cells[c], clean(cells[c]), [], c, row.line) for c in more if c != chosen
        ]
        for field, further in self.mapping.joined.items():
            if field in out:  # "Корпус" and "Строение": one building, both printed
                out[field] = levels.merged(out[field], further, cells, self.mapping.readings)
                for col in (c for c in further if _filled(cells, c)):
                    self.tally.used[col] += 1
        split_region(out)  # 问卷星's "广东省-广州市-天河区"
        for col, prefix in self._wholes.items():
            if _filled(cells, col):
                at, heads = (col, starts[col]), self.header.cells
                wholes.settle(out, cells[col], at, prefix, heads, self.tally, report, where)
        return None if len(report.problems) > before else out

    def _signer(self, row: Row) -> Signer | None:
        """The row as a Signer, or None after reporting every reason it cannot be used."""
        where = f"row {row.line}{self._who(row)}"
        if row.error is not None:
            self.report.error(row.error_line, 1, where, row.error)
            return None
        cells = self._cells(row, where)
        if cells is None:
            return None
        # "Test" beside a real surname is still a test row: a name placeholder skips the row.
        placeholder = self._drop_placeholders(cells)
        parts = [c.value for f, c in cells.items() if f in ("first_name", "last_name")]
        if placeholder and self._full_name_held == placeholder and any(parts):
            # Donorbox's "Anonymous" in Name beside the donor's own first and last name: the
            # parts print (a letter is signed; only public lists keep the donor unnamed).
            self.tally.say(
                f"name: '{placeholder}' in the full name, the name parts print", row.line
            )
            placeholder = ""
        above = self.firms.settle(row, cells, self.report, self.tally, where)
        above = (*self.firms.firm_line(row, self.tally), *above)
        name = "" if placeholder else self._name(cells, where)
        if not name:  # a skipped row is a warning; --strict makes it fatal
            col = next(cells[f].col for f in ("name", "first_name", "last_name") if f in cells)
            if summary_line(placeholder):
                message = f"'{placeholder}' is {TOTAL}, so no letter is printed for this row"
            elif placeholder:
                seen = (
                    "a form's test entry or a mail-merge field"
                    if is_slot(placeholder)
                    else "a platform's note in brackets where it shows no name, such as a "
                    "withdrawn or deleted account"
                    if is_aside(placeholder)
                    else 'Eventbrite writes "Info Requested" for details it did not collect'
                )
                message = (
                    f"'{placeholder}' is a placeholder, not a name ({seen}), so no letter is "
                    "printed for this row (--strict makes this an error)"
                )
            else:
                message = NO_NAME_ROW
            self.report.warn(row.line, col + 1, where, message)
            # The column report says why the row's other cells print nowhere (not a bare
            # "not printed", which reads as a fault in the column).
            for cell in cells.values():
                if cell.value:
                    self._left_out(cell, "the row has no name, so no letter is printed for it")
            return None
        where = f"row {row.line} ({name})"  # every message about the row names the signer
        for col, message in self._sets.said(name, printed.fold) if self._sets else ():
            self.report.warn(row.line, col, where, message)
        whose.household(self.report, cells, name, where)
        before = len(self.report.problems)
        names = ("name", "first_name", "middle_name", "last_name")
        lost_characters(self.report, cells, where, names)
        how = self.addresses.how
        excel_dates.check(self.report, cells, where, how.language, how.country or "")
        strangers = whose.others(cells, name)  # a purchaser's address on a holder's row
        if theirs := self.owned.theirs(row.cells, name):
            why = whose.set_aside(self.tally, cells, self.owned, theirs, row.line)
        address = self.addresses.with_firm(above, row, cells, where, strangers)
        if theirs and not address and self.owned.prefix not in strangers:
            col = self.owned.columns[0] + 1
            message = f"{why}, so the letter prints no signer's address; {whose.OWN_ADDRESS}"
            self.report.warn(row.line, col, where, message)
        chosen = self.addresses.chosen
        if chosen is not None and len(self.report.problems) == before:
            given, code = chosen.parts, chosen.code
            states.warn(self.report, cells, chosen.prefix, given, code, where, row.line)
        prefix = chosen.prefix if chosen is not None else None
        own = prefix or self.owned.prefix or None  # the recipient is the signer's set
        whose.settle(self.report, self.tally, cells, own, strangers, where, address)
        code = (chosen.code if chosen is not None else None) or self.addresses.how.country
        self.lastcheck.row(row, cells, prefix, name, address, self.addresses.restored, where, code)
        self._unused_beside_gaps(row, cells, where)
        if len(self.report.problems) > before:
            return None
        restored = self.addresses.restored
        heads = self.header.cells
        if not lastcheck.all_printed(
            self.report, heads, cells, name, address, chosen, restored, where
        ):
            return None
        email = cells["email"].value if "email" in cells else ""
        if email:
            self.tally.used[cells["email"].col] += 1
        # The row, not the name: a message made later names the signer from the Signer itself
        # (a copy of every name here would cost 20 bytes a signer).
        origin = Origin(self.report.shown, row.line, 1, f"row {row.line}")
        if len(address) < 4 or chosen is None:  # short enough for any label as it is
            return Signer(name, address, email or None, origin)
        street = addresses.street_span(chosen.parts, address, chosen.code)
        return Signer(name, address, email or None, origin, street)

    def _unused_beside_gaps(self, row: Row, cells: dict[str, Cell], where: str) -> None:
        """A located error for each non-empty cell no rule uses, in a row whose address lacks
        a part its country's format requires (a US town, state or ZIP): the cell may be that
        part under a header not understood, so it is never dropped without a word."""
        missing, chosen = self.addresses.missing, self.addresses.chosen
        if not missing:
            width = len(self.header.cells)
            if chosen is not None and chosen.count and len(self._beside_whole) < width:
                self._beside_whole.update(c for c, t in enumerate(row.cells[:width]) if t.strip())
            return
        if chosen is None or not chosen.cols:
            return  # no address at all in the row: nothing to complete
        code = chosen.code or self.addresses.how.country
        countries = (code.upper(),) if code else ()
        used = {c.col for c in cells.values()}
        placed = used | set(self.found.values()) | set(self.mapping.not_postal)
        placed |= set(self._sets.left) if self._sets else set()  # a rival set's: not a gap's
        # Checked by what their values look like (a column only said in the report is not).
        placed |= {c for c, how in self.mapping.unplaced.items() if how.when != "said"}
        for col, text in enumerate(row.cells[: len(self.header.cells)]):
            reading = self.mapping.readings[col]
            if col in placed or not text.strip() or reading.role in _NEVER_AN_ADDRESS:
                continue
            if reading.role is None and reading.roles and not reading.addressy:
                continue  # "can2_subscription_status": a header naming something else
            if (part := values.may_fill(clean(text), missing, countries)) is None:
                continue
            header = self.header.cells[col].strip() or f"column {col + 1}"
            field = columns.suggest_field(reading) or part
            gaps = ", ".join(columns.LABELS[f] for f in missing)
            self._gap_fillers.append(
                (
                    row.line,
                    col,
                    where,
                    f"the address has no {gaps}, and column '{header}' ('{clean(text)}') is not "
                    f"used: if it is the {columns.LABELS[field]}, add to campaign.yaml, under "
                    f"signer_columns: '{field}: {header}', or 'ignore: [{header}]' if it is not "
                    "part of the address",
                )
            )

    def _who(self, row: Row) -> str:
        """ " (Ann Lee)" from the row's name cells as written, for messages about the row before
        its name is read; "" when it has none."""
        found, cells = self.found, row.cells
        fields = ("name",) if found.get("name", len(cells)) < len(cells) else _GIVEN_FIRST
        parts = [cells[found[f]] for f in fields if found.get(f, len(cells)) < len(cells)]
        parts = [p for p in parts if p.strip() and not is_placeholder(p)]
        name = " ".join(CONTROL.sub("", " ".join(parts)).split())
        return f" ({name})" if name else ""

    def _left_out(self, cell: Cell, why: str) -> None:
        self.tally.left_out(cell.col, cell.line, why)

    def _drop_placeholders(self, cells: dict[str, Cell]) -> str:
        """Empty every placeholder cell (cells.drop_placeholders); the first one standing for a
        name."""
        seen, self._full_name_held = drop_placeholders(cells, self._left_out)
        return seen

    def _family_first(self, cells: dict[str, Cell]) -> bool:
        """Whether a signer on a list headed family name first (Vezetéknév, Họ) writes theirs
        so: by the signer's country (the row's, else the campaign's) or the name's letters
        ("Nguyễn"), never the header's language alone ("Schmidt Anna" of Berlin)."""
        country = cells.get("country")
        code = countries.country_code(country.value) if country and country.value else None
        given = " ".join(c.value for f in ("last_name", "first_name") if (c := cells.get(f)))
        return people.family_first_country(code or self.addresses.how.country, given)

    def _name(self, cells: dict[str, Cell], where: str) -> str:
        full = cells.get("name")
        last = cells.get("last_name")
        if full and last and "first_name" not in cells and names.given(full.value, last.value):
            self.tally.say(names.GIVEN_SAID, full.line)
            cells = {"first_name" if f == "name" else f: c for f, c in cells.items()}
        elif full is not None and full.value and whose.typed_plainer(cells):
            self._left_out(full, whose.PLAINER)  # Cognito's typed signature: "Tomas Ruiz"
            full.value = ""
        elif full is not None and full.value:
            self.tally.used[full.col] += 1
            # An honorific beside a full name prints before it ("Bapak" and "Budi Santoso"),
            # once: not again where the full name starts with it.
            titles = self.titles.of(cells, self._titles, where)
            said = [c for c in titles if not names.holds_title(full.value, c.value)]
            for cell in titles:
                self.tally.used[cell.col] += 1
            if "prefix" in cells and cells["prefix"] in titles:
                cells = {f: c for f, c in cells.items() if f != "prefix"}
            mapped = "name" in self.mapping.mapped  # signer_columns chose the full name
            whose.full_and_parts(self.report, self.tally, cells, where, self.header.cells, mapped)
            name = full.value
            if (turned := turned_round(full.value)) is not None:
                self.tally.say("name written 'Family, Given': printed given name first", full.line)
                name = turned
            return " ".join([*(c.value for c in said), name])
        titles = self.titles.of(cells, self._titles, where)
        for cell in whose.others_names(cells):
            self._left_out(cell, whose.OTHERS_NAME)  # an Indian list's "Father's Name"
            cell.value = ""
        parts = {f: cells[f].value for f in columns.NAME_FIELDS[1:] if f in cells}
        parts["prefix"] = " ".join(c.value for c in titles if c.value)
        for cell in [cells[f] for f in parts if f in cells and f != "prefix"] + titles:
            if cell.value:
                self.tally.used[cell.col] += 1
        family_first = self.mapping.family_first and self._family_first(cells)
        joined = names.join(parts, family_first, self._given_order)
        first = cells.get("first_name")
        if (
            first is not None
            and people.title_as_given(first.value)
            and not people.initials(first.value, self.header.cells[first.col])
        ):
            # "Mr & Mrs" where the given name goes: the letter is signed as written.
            self.report.warn(
                first.line,
                first.col + 1,
                where,
                f"the first name is '{first.value}', a title, not a given name: the letter is "
                f"signed '{joined}'; write the signer's given name there if it should be",
            )
        return joined


def _filled(cells: Sequence[str], col: int) -> bool:
    return col < len(cells) and bool(cells[col].strip())


def _given(cells: Sequence[str], col: int) -> bool:
    """The cell is filled with a value, not a placeholder."""
    return _filled(cells, col) and not is_placeholder(cells[col])


def _shown(row: Row) -> str:
    """A row's filled cells, as the column report quotes a line that is no signer's."""
    return " ".join(clean(cell) for cell in row.cells if cell.strip())
