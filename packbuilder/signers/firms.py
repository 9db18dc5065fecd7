"""A firm's name where the signer's name goes: German, Austrian and Swiss exports write the
addressee over numbered name lines ("Name 1" = "Müller & Söhne GmbH", "Name 2" = "Anna
Schmidt" or "z. Hd. Frau Anna Schmidt"). The person signs; the firm is the first line of the
address, as the firm's post is addressed; so does a body named above a person to its
attention ("Bäckerei Klein" above "z. Hd. Frau Eva Klein"), and a "c/o" line under the person
who lives there. A row naming no person is signed with the firm's name, and the row says so."""

from __future__ import annotations

from collections.abc import Sequence

from packbuilder.signers import columns, people, street
from packbuilder.signers.cells import Cell, clean, is_placeholder
from packbuilder.signers.report import Report, Tally
from packbuilder.signers.table import Row

#: Where the firm's line prints (organisation.py: Japan's, Korea's and China's posts put it
#: below the street).
WHERE = "where the country's post puts a firm's name (above the street in most countries)"
#: What the column report says of a row whose firm prints with the address.
ABOVE = f"a firm's name in a name column: the person beside it signs, the firm prints {WHERE}"
#: ... and of a firm's column whose firm's address the letter prints.
FIRM_ADDRESS = f"a firm's name beside the person, where the address is the firm's: {WHERE}"
#: ... of a firm's column written before the person's name, beside the list's only address.
FIRM_FIRST = (
    "'{0}' stands before the person's name beside the only address, not said to be home: the "
    f"list is addressed to firms, the firm prints {WHERE} (if the addresses are the "
    "people's own, add 'ignore: [{0}]' under signer_columns)"
)
#: ... of a firm's name with a legal form beside the only address, not said to be home.
FIRM_FORMED = (
    "'{0}' names a firm by its legal form (GmbH, Inc., S.A.) beside the only address, not said "
    f"to be home: the address is taken as the firm's, the firm prints {WHERE} (if it "
    "is the person's own, add 'ignore: [{0}]' under signer_columns)"
)
#: Why such a column's organisation without a legal form prints nothing.
NO_FORM = (
    "an organisation with no legal form beside the person's address, taken as where they work "
    "or belong, not part of the address (to print it above the street, add 'care_of: {0}' "
    "under signer_columns)"
)
#: ... and of an attention line's words left off the name that signs.
ATTENTION = "an attention line's words ('z. Hd.', 'Attn') left off the name that signs"


class Firms:
    """The name column and its further columns ("Name 1", "Name 2"), read together per row."""

    def __init__(self, mapping: columns.Mapping_, header: Sequence[str]) -> None:
        first = mapping.found.get("name")
        more = mapping.alternates.get("name", ())
        self.cols = (first, *more) if first is not None and more else ()
        self.header = header
        self.firm, self.formed_only = firm_column(mapping, header)

    def firm_line(self, row: Row, tally: Tally) -> tuple[str, ...]:
        """The firm's name of a row whose address is the firm's ("Firma" beside
        "Ansprechpartner"; "Company" beside the business address), for above the street."""
        if self.firm is None or not _given(row.cells, self.firm):
            return ()
        text = clean(row.cells[self.firm])
        name = self.header[self.firm].strip()
        if self.formed_only is None:
            tally.say(FIRM_ADDRESS, row.line)
        elif not self.formed_only:
            tally.say(FIRM_FIRST.format(name), row.line)
        elif people.firm(text):
            tally.say(FIRM_FORMED.format(name), row.line)
        else:
            tally.left_out(self.firm, row.line, NO_FORM.format(name))
            return ()
        tally.used[self.firm] += 1
        return (text,)

    def settle(
        self, row: Row, cells: dict[str, Cell], report: Report, tally: Tally, where: str
    ) -> tuple[str, ...]:
        """The firms' lines to print above the row's address; `cells["name"]` becomes the
        person who signs. Nothing changes in a row whose name columns name no firm and hold no
        attention or c/o line."""
        full = cells.get("name")
        if not self.cols or full is None or not full.value:
            return ()
        given = [(c, clean(row.cells[c])) for c in self.cols if _given(row.cells, c)]
        # A body named after its owner ("Bäckerei Klein") is a firm beside a person's name
        # ("Eva Klein"), as a legal form makes one anywhere.
        person = any(people.is_person(t) for _, t in given)
        # Beside a column whose header names the firm's contact person ("Contactpersoon",
        # "Personne-ressource"), the other name columns hold the firm, whatever its words.
        contact = [c for c, _ in given if people.firms_contact(self.header[c])]
        firms = [
            (c, t)
            for c, t in given
            if people.firm(t) or (person and people.body(t)) or (contact and c not in contact)
        ]
        attention = [(c, text) for c, text in given if street.attention(text)]
        care_of = [(c, t) for c, t in given if street.care_of(t) and (c, t) not in attention]
        if not firms and not attention and not care_of:
            return ()
        plain = [(c, t) for c, t in given if (c, t) not in firms + attention + care_of]
        # Whom the post is for: a person to a body's attention ("z. Hd. Frau Anna Schmidt"
        # under "Bäckerei Klein"), else the person named plainly ("Hans Becker" above "c/o
        # Müller"); the body and the c/o line print above the street.
        signs: tuple[int, str] | None = None
        if attention and (shown := street.without_care_of(attention[0][1])):
            signs = (attention[0][0], shown)
            tally.say(ATTENTION, row.line)
        elif plain:
            signs = plain[0]
        if signs is None and not firms:
            return ()  # a c/o line alone: as written
        lines = [t for c, t in given if signs is None or c != signs[0]]
        if signs is None:
            col, text = firms[0]
            lines = [t for c, t in given if c != col]
            report.warn(
                row.line,
                col + 1,
                where,
                f"'{text}' ('{self.header[col].strip()}') is a firm's name, and the row names "
                "no person to sign: the letter is signed with it (give the person's name in "
                f"'{self._other(col)}' if one signs)",
            )
            signs = (col, text)
        elif firms or attention:
            tally.say(ABOVE, row.line)
        col, text = signs
        cells["name"] = Cell(row.cells[col], text, [text], col, full.line)
        for c, _ in given:
            if c != col:
                tally.used[c] += 1
        return tuple(lines)

    def _other(self, col: int) -> str:
        return next((self.header[c].strip() for c in self.cols if c != col), "")


def _given(cells: Sequence[str], col: int) -> bool:
    return col < len(cells) and bool(cells[col].strip()) and not is_placeholder(cells[col])


def firm_column(mapping: columns.Mapping_, header: Sequence[str]) -> tuple[int | None, bool | None]:
    """The organisation column that is part of the address that prints: the set's own
    ("Billing Company" beside the billing address, "Business Name" beside the business
    address), or a firm's column of no set where the address that prints is the work address
    or the name that signs is the firm's contact person ("Firma;Ansprechpartner"). A person's
    employer beside their home address ("Company" in a CRM, "Donor Company Name") is not: it
    is no part of their address, and is listed as not used.

    A plain firm's column ("Company", "Firma", not "Employer") beside a list's only address,
    whose headers do not say it is the person's home, is the firm's address where the column
    stands before the person's name (a business list, written in the envelope's order: the
    second of the pair is False), else in the rows whose value has a legal form ("Weber GmbH",
    "Acme Inc."; the second is True). The second is None for the other rules."""
    found = mapping.found
    sets = [p for p in columns.SETS if any(f"{p}{part}" in found for part in _PLACED)]
    if not sets:
        return None, None
    prints = sets[0]
    names = [c for f in ("name", "first_name", "last_name") if (c := found.get(f)) is not None]
    contact = any(people.firms_contact(header[c]) for c in names if c < len(header))
    # "Home Street", or "Donor First Name" (Benevity: the giver's own address beside the
    # employer's "Company"), says the address is the person's own.
    # A billing set that is the list's only address (lexoffice's "Rechnungsadresse" beside
    # "Firmenname") is the customer's, a firm's where the row names one.
    only = sets in ([""], ["b_"]) and not any(
        f in found and mapping.readings[found[f]].qualifier == "home"
        for f in ("address", *columns.ADDRESS_FIELDS, "name", "first_name", "last_name")
    )
    for col, reading in enumerate(mapping.readings):
        if reading.role != "organisation" or col in found.values() or col in mapping.not_postal:
            continue  # a column the organiser left out (signer_columns: ignore) too
        qualifier = reading.qualifier
        if qualifier in ("mailing", "billing", "work"):
            if columns.SET_OF[qualifier] == prints:
                return col, None
        elif qualifier is None and (prints == "w_" or contact):
            return col, None
        elif qualifier is None and only and not people.employer_header(header[col]):
            return col, not names or col > min(names)
    return None, None


#: Parts that say an address set prints.
_PLACED = ("street", "address", "city", "postal_code")
