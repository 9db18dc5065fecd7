"""A signer list's text as rows: the separator, the records (a quoted cell may span lines),
each with the physical line it starts on, and the header row."""

from __future__ import annotations

import csv
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from itertools import chain, islice

from packbuilder.signers import values, words
from packbuilder.signers.report import Report

LINE_BREAK = re.compile(r"\r\n|\r|\n")
_PHYSICAL_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+\Z")
DELIMITERS = {",": "comma", ";": "semicolon", "\t": "tab", "|": "pipe"}


@dataclass(frozen=True)
class Row:
    """One CSV record: the physical line it starts on, its cells, or why it could not be read."""

    line: int
    cells: tuple[str, ...]
    error: str | None = None
    error_line: int = 0
    #: Columns whose cell came wrapped in Excel's text guard (`="02134"`), now taken off.
    guarded: tuple[int, ...] = ()
    #: Columns whose code came after the apostrophe that keeps it text (`'02139`), now taken off.
    marked: tuple[int, ...] = ()


def position(text: str, index: int) -> tuple[int, int]:
    """1-based line and column of `index`, counting CRLF, LF and CR as line ends."""
    before = text[:index]
    breaks = list(LINE_BREAK.finditer(before))
    start = breaks[-1].end() if breaks else 0
    return len(breaks) + 1, index - start + 1


#: Excel's first line naming the separator ("sep=;"), written by European Excel and read by it.
_SEP_LINE = re.compile(r'\ufeff?"?sep=([,;\t|])"?\s*')
#: Columns a signer list may have: exports have a few dozen; weighing a million header
#: cells took 40 s.
MAX_COLUMNS = 1_000
#: How many non-blank lines may come before the header (a title, a table name, "sep=", a
#: report's block of "key,value" lines: Benevity's has nine).
_LOOK_AHEAD = 20


def sniff_delimiter(text: str) -> str:
    """Comma, semicolon (European Excel), tab or "|" (voter files, bulk data): the one Excel's
    "sep=" line names, else the one that splits one of the first lines into the most known
    column names (a title or table name above the header does not count), else the one the
    first line uses most."""
    lines = [ln for ln in islice(_lines(text), _LOOK_AHEAD) if ln.strip()]
    if lines and (sep := _SEP_LINE.fullmatch(lines[0])) is not None:
        return sep[1] if sep[1] in DELIMITERS else ","
    best: tuple[int, int, str] = (0, 0, ",")
    for n, line in enumerate(lines):
        counts = _counts(line)
        for delimiter, count in counts.items():
            if count:
                hits = header_hits(_split(line, delimiter))
                best = max(best, (hits, -n, delimiter), key=lambda b: (b[0], b[1]))
    if best[0]:
        return best[2]
    counts = _counts(lines[0]) if lines else {}
    top = max(counts, key=lambda d: counts[d]) if counts else ","
    return top if counts.get(top) else ","


def _lines(text: str) -> Iterator[str]:
    return (found[0].rstrip("\r\n") for found in _PHYSICAL_LINE.finditer(text))


def _counts(line: str) -> dict[str, int]:
    counts = dict.fromkeys(DELIMITERS, 0)
    quoted = False
    for ch in line:
        if ch == '"':
            quoted = not quoted
        elif not quoted and ch in counts:
            counts[ch] += 1
    return counts


def _split(line: str, delimiter: str) -> list[str]:
    return next(csv.reader([line], delimiter=delimiter), [])


def header_hits(cells: Sequence[str]) -> int:
    """How many of `cells` read as a column name packbuilder knows (a name or address part):
    the first MAX_COLUMNS, each by its first 200 characters (no column name is longer)."""
    known = (words.read_header(cell.strip(' "')[:200]).role for cell in cells[:MAX_COLUMNS])
    return sum(1 for role in known if role is not None)


def rows(text: str, delimiter: str) -> Iterator[Row]:
    """Every record with the physical line it starts on; a quoted cell may span lines."""
    # Physical lines with their CR, LF or CRLF as written, so reader.line_num counts them (as
    # io.StringIO(newline="") would, without its copy of the whole file at 4 bytes a character).
    lines = (found[0] for found in _PHYSICAL_LINE.finditer(text))
    reader = csv.reader(lines, delimiter=delimiter, strict=True, skipinitialspace=True)
    done = 0
    while True:
        start = done + 1
        try:
            cells = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            done = reader.line_num
            # An unclosed quote runs to the end of the file; point at the row that opened it.
            at = start if "unexpected end of data" in str(exc) else done
            yield Row(start, (), _csv_error(str(exc)), at)
            continue
        done = reader.line_num
        guarded: tuple[int, ...] = ()
        if "=" in "".join(cells):  # most rows have none: no cell to look at
            guarded = tuple(col for col, cell in enumerate(cells) if _EXCEL_TEXT.fullmatch(cell))
        if guarded:
            cells = [unguarded(cell) for cell in cells]
        marked: tuple[int, ...] = ()
        if "'" in "".join(cells):  # most rows have none
            marked = tuple(col for col, cell in enumerate(cells) if _TEXT_MARK.fullmatch(cell))
        if marked:
            cells = [unmarked(cell) for cell in cells]
        yield Row(start, tuple(cells), guarded=guarded, marked=marked)


#: Excel's text guard: reports and CRMs write a code with a leading zero as the formula
#: `="02134"` (a quoted CSV cell holds it as `"=""02134"""`) so Excel keeps the zero; the
#: value is what is inside the quotes, with any quote in it written twice.
_EXCEL_TEXT = re.compile(r'\s*=\s*"((?:[^"]|"")*)"\s*', re.DOTALL)


def unguarded(cell: str) -> str:
    """The value inside Excel's `="..."` text guard, or the cell as it is."""
    found = _EXCEL_TEXT.fullmatch(cell)
    return found[1].replace('""', '"') if found else cell


#: The apostrophe Excel and Shopify's exports put before a code so a spreadsheet keeps it text
#: (`'02139`, `'S3 8SD`, `'+41 22 123 45 67`): not part of the value. Only before a code: every
#: word has a digit or is at most two capitals (`'1012 AB`), so `'s-Hertogenbosch`, `'t Zand 5`
#: and Hawaiian `'Iolani` keep theirs.
_CODE_WORD = r"(?:[\dA-Z]*\d[\dA-Z]*|[A-Z]{1,2})"
_TEXT_MARK = re.compile(rf"\s*'(?=[^']*\d)\s*([+(]?{_CODE_WORD}(?:[ ().\-/]+{_CODE_WORD})*\)?)\s*")


MARK_TAKEN_OFF = "the leading ' that keeps a code as text ('02139 for 02139) taken off"


def unmarked(cell: str) -> str:
    """The code after the apostrophe that keeps it text, or the cell as it is."""
    found = _TEXT_MARK.fullmatch(cell)
    return found[1] if found else cell


def _csv_error(message: str) -> str:
    if "unexpected end of data" in message:
        return 'a quoted cell starting in this row is never closed (a " is missing)'
    if "field larger than field limit" in message:
        return "a cell is far too large to be a signer's detail (a \" left unclosed?)"
    return (
        f'cannot read this row ({message}); a cell containing " must be in double quotes, '
        'with each " inside it written twice'
    )


def is_blank(cells: tuple[str, ...]) -> bool:
    return not any(cell.strip() for cell in cells)


@dataclass(frozen=True)
class Header:
    """The header row, the rows after it, and the lines skipped above it (said in the column
    report): Excel's "sep=" line, an Apple Numbers table name, a title."""

    row: Row
    rest: Iterator[Row]
    skipped: tuple[tuple[int, str], ...] = ()
    #: The cells of the line right above the header, when one was skipped (a group row).
    above: tuple[str, ...] = ()


def find_header(
    records: Iterator[Row],
    report: Report,
    delimiter: str = ",",
    countries: tuple[str, ...] = (),
) -> Header | None:
    """The header: the first row, among the first non-blank records, that reads as column
    names rather than as a signer (values: postal codes, phone numbers, e-mails, streets) and
    is not a line above the table (a title, a table name, "sep="). See `_choose`."""
    ahead: list[Row] = []  # every record read ahead, blank ones too (they are reported later)
    filled: list[int] = []  # indexes in `ahead` of the non-blank ones
    for row in records:
        if row.error is not None and not filled:
            report.error(row.error_line, 1, "(header)", row.error)
            return None
        if len(row.cells) > MAX_COLUMNS:  # read no further: each header cell is weighed
            message = (
                f"{len(row.cells):,} columns; a signer list has a few dozen at most"
                f" ({MAX_COLUMNS:,} are read): is this the right file?"
            )
            report.error(row.line, MAX_COLUMNS + 1, "(header)", message)
            return None
        if row.error is None and is_blank(row.cells):
            if filled:
                ahead.append(row)
            continue
        filled.append(len(ahead))
        ahead.append(row)
        if row.error is not None or len(filled) == _LOOK_AHEAD:
            break
    if not filled:
        report.error(1, 1, "(file)", "file is empty; it needs a header row and a row per signer")
        return None
    rows = [ahead[i] for i in filled]
    at = _choose([_Weighed.of(r, countries) for r in rows])
    if at is None:
        _no_header(rows[0], report, countries)
        return None
    skipped = tuple(
        (r.line, delimiter.join(r.cells) if _is_sep(r) else shown(r.cells)) for r in rows[:at]
    )
    last = rows[at - 1] if at else None
    above = last.cells if last is not None and last.line == rows[at].line - 1 else ()
    return Header(rows[at], chain(ahead[filled[at] + 1 :], records), skipped, above)


#: Looks no column name has: a cell with one is a signer's value (a header is never an
#: e-mail, a phone number, a date or a postal code).
_VALUE_LOOKS = frozenset({"email", "url", "ip", "timestamp", "date", "phone", "postcode", "number"})
#: Roles of headers that may themselves read like a street ("Street 2", "Address line 1").
_LINE_ROLES = frozenset(
    {"address", "street", "street2", "street3", "house_number", "unit", "building", "po_box"}
    | {"street4", "street5", "street6", "care_of"}
)


@dataclass(frozen=True)
class _Weighed:
    """One record above or at the header, weighed: how many of its cells read as column names,
    how many as a signer's values, how many are filled."""

    named: int
    values: int
    filled: int
    #: The first value-like cell and what it looks like, for the message when no row is a header.
    first_value: tuple[int, str, str] | None
    sep: bool
    error: bool

    @classmethod
    def of(cls, row: Row, countries: tuple[str, ...]) -> _Weighed:
        named = value_count = filled = 0
        first: tuple[int, str, str] | None = None
        for col, cell in enumerate(row.cells[:MAX_COLUMNS]):
            text = cell.strip(' "')[:200]
            if not text:
                continue
            filled += 1
            role = words.read_header(text).role
            look = _value_look(text, role, countries)
            if look is not None:
                value_count += 1
                first = first or (col, text, look)
            elif role is not None:
                named += 1
        return cls(named, value_count, filled, first, _is_sep(row), row.error is not None)

    @property
    def like_data(self) -> bool:
        """More of the row's cells are values than column names: a signer's row."""
        return self.values > self.named


def _value_look(text: str, role: str | None, countries: tuple[str, ...]) -> str | None:
    """What makes `text` a signer's value rather than a column name, or None: a look no header
    has, or a country, region or street under a reading that is not its own name ("中国" is
    China, not the header "country"; "Street 2" names a column, "12 Oak Street" is one)."""
    found = values.looks(text, countries)
    for look in values.LOOKS:
        if look not in found:
            continue
        if look in _VALUE_LOOKS:
            return look
        if look in ("country", "region") and (role is None or role in words.POSTAL):
            return look
        if look == "street" and role not in _LINE_ROLES:
            return look
    return None


def _choose(rows: Sequence[_Weighed]) -> int | None:
    """The index of the header among the first records, or None when every one is a signer.

    The header is the first record that is neither a line above the table nor a signer's row.
    A line above the table is Excel's "sep=", or a record whose cells fill no more than half
    as many columns as the widest record, one cell or mostly cells that name no column (a
    title, a table name, "Date: 2026-03-01", "Drive, March"). A signer's row has more cells
    that are values (postal codes, phone numbers, e-mails, streets, dates) than column
    names. A record after a signer's row must name a column to be the header: rows of names
    and towns alone below rows of values are signers too. When every record is a signer's
    row, the one naming the most columns is the header (a header may name dates: attendance
    columns), unless it names none."""
    widest = max((r.filled for r in rows if not r.sep and not r.error), default=0)
    # The most columns a record names from each one on: a narrow record is a line above the
    # table when one below it names more columns than it fills ("Charity Name,OAK STREET
    # LETTERS INC" above Benevity's header of Donor First Name, Address, City, ...).
    below = [0] * (len(rows) + 1)
    for n in range(len(rows) - 1, -1, -1):
        named = 0 if rows[n].error or rows[n].like_data else rows[n].named
        below[n] = max(below[n + 1], named)
    seen_data = False
    for n, row in enumerate(rows):
        if row.error:
            break
        narrow = row.filled * 2 <= widest and row.filled < widest
        title = row.filled == 1 or row.named * 2 < row.filled or below[n + 1] > row.filled
        if row.sep or (narrow and title):
            continue
        if row.like_data:
            seen_data = True
            continue
        if seen_data and not row.named:
            continue
        return n
    usable = [n for n, row in enumerate(rows) if not row.error and not row.sep]
    best = max(usable, key=lambda n: (rows[n].named, -n), default=None)
    return best if best is not None and rows[best].named else None


def _no_header(first: Row, report: Report, countries: tuple[str, ...]) -> None:
    """The error for a list whose first rows are all signers: no header row to read."""
    weighed = _Weighed.of(first, countries)
    shown = ""
    if weighed.first_value is not None:
        col, text, look = weighed.first_value
        shown = f" (column {col + 1} '{text}' looks like {values.SINGULAR[look]})"
    report.error(
        first.line,
        1,
        "(header)",
        f"line {first.line} holds a signer's details, not column names{shown}, and so do the "
        "lines after it: the list needs a header row naming its columns (Name, Street, City, "
        "...) above the first signer; add one in the spreadsheet and export it again",
    )


def _is_sep(row: Row) -> bool:
    """Excel's "sep=;" line, as the CSV reader splits it."""
    cells = [c for c in row.cells if c.strip()]
    return len(cells) == 1 and cells[0].strip().lstrip("\ufeff").startswith("sep=")


def shown(cells: tuple[str, ...]) -> str:
    text = ", ".join(c.strip() for c in cells if c.strip())
    return text if len(text) <= 60 else text[:57] + "..."


#: Characters that print as nothing and join nothing, pasted from web pages: the zero-width
#: space, the word joiner, a byte-order mark inside the text and the soft hyphen. A ZIP
#: "62704<ZWSP>" is then 62704, and "Lee<ZWSP>" prints as Lee. The zero-width joiner and
#: non-joiner stay: Persian, Indic scripts and emoji are shaped by them.
INVISIBLE = "\u200b\u2060\ufeff\u00ad"
_INVISIBLE = re.compile(f"[{INVISIBLE}]")


def without_invisible(text: str) -> str:
    """`text` without the characters that print as nothing (INVISIBLE)."""
    if any(ch in text for ch in INVISIBLE):
        return _INVISIBLE.sub("", text)
    return text
