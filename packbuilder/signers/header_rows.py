"""Header rows beyond the first: SurveyMonkey's second row naming the parts of a question
("Your contact details" over "Name", "Address", "City/Town", ...), Qualtrics' question text
under its question ids and its row of import ids, a header pasted twice; read with the
header, never as signers; a row of group names above the header (merged cells "Home
address", "Work address" over the same Street, City, ZIP) read as the qualifier of the
columns under each."""

from __future__ import annotations

import re
from collections.abc import Sequence

from packbuilder.signers import values, words
from packbuilder.signers.table import Row

#: What SurveyMonkey writes in the second row over an answer that has no parts.
_GENERIC = frozenset({"response", "open-ended response", "other (please specify)"})
_IMPORT_ID = re.compile(r'\s*\{\s*"ImportId"\s*:')
#: Cells of a row of column names that must read as one (a signer's row has a few at most:
#: nobody is called "City").
_NAMED_SHARE = 0.6
_NAMED_LEAST = 3
#: Looks a column name may have ("First Name" reads like a person's name).
_COLUMN_NAME_LOOKS = frozenset({"words", "person", "place", "region", "country"})


def merge(header: Row, ahead: Sequence[Row]) -> tuple[Row, Sequence[Row], tuple[str, ...]]:
    """The header with the header rows under it read into it, the rows left, and what was
    said about them for the column report."""
    said: list[str] = []
    for _ in range(2):
        if not ahead:
            break
        row = ahead[0]
        if _import_ids(row):
            said.append(f"line {row.line} skipped: Qualtrics import ids, not a signer")
        elif _second_header(header, row) or (len(ahead) > 1 and _import_ids(ahead[1])):
            # Above Qualtrics' import ids is its question text, whatever the export tags above
            # it say ("first_name" over "First name"): a header row, never a signer.
            said.append(f"header: lines {header.line} and {row.line} (read together)")
            header = Row(header.line, _together(header, row))
        else:
            break
        ahead = ahead[1:]
    return header, ahead, tuple(said)


def _named(cell: str) -> bool:
    return words.read_header(cell.strip()[:200]).role is not None


def _together(header: Row, row: Row) -> tuple[str, ...]:
    """Each column's name from the row that names it: the second row's, unless it is blank,
    SurveyMonkey's "Response", or names nothing where the first row names something."""
    below = (*row.cells, *[""] * len(header.cells))
    out = []
    for above, under in zip(header.cells, below, strict=False):
        use = under.strip() and under.strip().casefold() not in _GENERIC
        if use and not _named(under) and _named(above):
            use = False
        out.append(under if use else above)
    return tuple(out)


def _import_ids(row: Row) -> bool:
    filled = [c for c in row.cells if c.strip()]
    return row.error is None and bool(filled) and all(_IMPORT_ID.match(c) for c in filled)


def _second_header(header: Row, row: Row) -> bool:
    """True when `row` names columns rather than giving a signer: every cell reads as a column
    name (or is SurveyMonkey's "Response") with some under a blank header cell, or most of
    its cells, and at least three, read as column names (Qualtrics' question text, a header
    pasted twice)."""
    if row.error is not None or len(row.cells) > len(header.cells):
        return False
    filled = [(i, c.strip()) for i, c in enumerate(row.cells) if c.strip()]
    if not filled or any(
        values.looks(c, ()) - {"words", "person", "region", "country"} for _, c in filled
    ):
        return False  # a number, a date, an e-mail, a street: a signer's row
    if [c.strip().casefold() for c in row.cells] == [c.strip().casefold() for c in header.cells]:
        return True  # the header pasted twice
    named = [i for i, c in filled if _named(c)]
    generic = [i for i, c in filled if c.casefold() in _GENERIC]
    under_blank = any(not header.cells[i].strip() for i, _ in filled)
    if under_blank and len(named) + len(generic) == len(filled):
        return True
    # Names for columns the header does not name (Qualtrics' question text under QID7, QID8):
    # a Chinese signer's "广州市" reads as a town, but under a header that already says so.
    new = [i for i in named if not _named(header.cells[i])]
    return len(new) >= _NAMED_LEAST and len(named) >= _NAMED_SHARE * len(filled)


def grouped(header: Row, above: Sequence[str]) -> tuple[Row, tuple[str, ...]]:
    """The header with the group row `above` it read in: each group name ("Home address",
    "Work", written once over its merged cells) goes before the names of the columns under it,
    up to the next group, where the header names the same part under two groups; with what
    the column report says. The header as it is otherwise."""
    cells = header.cells
    starts = [(i, c.strip()) for i, c in enumerate(above[: len(cells)]) if c.strip()]
    if len(above) > len(cells):
        return header, ()
    spans = [(at, starts[n + 1][0] if n + 1 < len(starts) else len(cells), name)
             for n, (at, name) in enumerate(starts)]  # fmt: skip
    # Groups naming whose address ("Home address", "Billing"); others ("Order") name none.
    spans = [s for s in spans if _group(s[2])]
    keys = [" ".join(words.words(c)) for c in cells]
    under = [{keys[i] for i in range(a, b) if keys[i]} for a, b, _ in spans]
    if not any(one & other for n, one in enumerate(under) for other in under[n + 1 :]):
        return header, ()  # no part under two groups: each header names its own already
    out = list(cells)
    for a, b, name in spans:
        for i in range(a, b):
            if cells[i].strip():
                out[i] = f"{name} {cells[i].strip()}"
    groups = ", ".join(f"'{name}'" for _, _, name in spans)
    said = f"header: the groups {groups} of the line above are read with the columns under them"
    return Row(header.line, tuple(out)), (said,)


def _group(name: str) -> bool:
    """Whether a cell above the header names whose address the columns under it are."""
    reading = words.read_header(name)
    return reading.qualifier is not None and reading.role in (None, "address", "formatted")


#: A header that starts with a dash ("           - City" in MYOB's card file) continues the
#: words of a header before it that has words before its dash ("Addr 1 - Line 1").
_CONTINUES = re.compile(r"\s*[-–—]\s*(\S.*)")
_LEADS = re.compile(r"\s*(\S.*?)\s+[-–—]\s+\S.*")


def continued(header: Row) -> tuple[Row, tuple[str, ...]]:
    """The header with each address column whose name starts with a dash read with the words
    before the dash of the last column before it that has some: MYOB's "Addr 1 - Line 1",
    "- Line 2", "- City", then "Addr 2 - Line 1", "- City" name two address sets, each part in
    its own; with what the column report says. The header as it is where no column starts
    so."""
    out, lead, leads = list(header.cells), "", []
    for i, cell in enumerate(header.cells):
        if (rest := _CONTINUES.fullmatch(cell)) is not None:
            # An address part only: "- Phone # 1" is the card's, not the address's.
            if lead and words.read_header(rest[1]).addressy:
                out[i] = f"{lead} - {rest[1].strip()}"
        elif (found := _LEADS.fullmatch(cell)) is not None:
            lead = found[1]
            leads.append(lead)
        else:
            lead = ""
    if out == list(header.cells):
        return header, ()
    shown = ", ".join(f"'{x}'" for x in dict.fromkeys(leads))
    said = f"header: columns named from a dash on are read with the words before it ({shown})"
    return Row(header.line, tuple(out)), (said,)
