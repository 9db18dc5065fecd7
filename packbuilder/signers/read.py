"""Read an organiser's signer list (a CSV export) into Signers for mail merge."""

from __future__ import annotations

import csv
import re
import unicodedata
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from itertools import accumulate
from pathlib import Path

from packbuilder.errors import Problem, did_you_mean
from packbuilder.model import Origin, Signer
from packbuilder.signers import addresses, columns, encodings

# A signer list is a few thousand rows; anything this large is the wrong file.
MAX_FILE_BYTES = 20 * 1024 * 1024
# Longer than anything that fits on a signature or return-address line at letter size.
MAX_CELL_CHARS = 200

FIELDS = columns.FIELDS
SYNONYMS = columns.SYNONYMS

ENCODING_MESSAGE = (
    "cannot tell the file's text encoding for sure; open it in your spreadsheet and save it as "
    '"CSV UTF-8 (Comma delimited)" (Excel) or "Text CSV" with character set "Unicode (UTF-8)" '
    "(LibreOffice), or name the encoding with --signers-encoding"
)
NO_NAME_MESSAGE = (
    "no name column (looked for Name, First name/Last name, Full name, Surname and similar); "
    "map one with signer_columns in campaign.yaml"
)
NO_NAME_ROW = "row has no name, so no letter is printed for it (--strict makes this an error)"
LOST_CHARACTER = (
    "'{text}' has a '?' where a letter was probably lost: the file was saved as plain CSV, "
    'which cannot hold every letter; save it again as "CSV UTF-8"'
)

#: Values exporters and form-fillers put where a name should be. Eventbrite writes "Info
#: Requested" in every field it did not collect for an attendee.
PLACEHOLDERS = frozenset(
    (
        "info requested", "anonymous", "anon", "n/a", "n.a", "none", "unknown", "not provided",
        "not given", "test", "guest", "attendee", "first name", "last name", "name", "xxx",
        "tbd", "익명", "匿名", "anonyme", "anónimo", "anónima",
    )
)  # fmt: skip


def is_placeholder(text: str) -> bool:
    """True for a value that stands where a name or address part was not given ("N/A" but
    not the surname "Na"; "Info Requested"; a lone dash or question mark)."""
    norm = " ".join(text.casefold().split()).strip(" .")
    return norm in PLACEHOLDERS or not any(ch.isalnum() for ch in norm)


# Two-letter codes a US return address can carry: states, DC, territories and military posts.
_US_REGION_CODES = (
    "AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ "
    "NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC PR VI GU AS MP AA AE AP"
)
US_REGIONS = frozenset(_US_REGION_CODES.split())
_LINE_BREAK = re.compile(r"\r\n|\r|\n")
_PHYSICAL_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+\Z")
_DELIMITERS = {",": "comma", ";": "semicolon", "\t": "tab"}


@dataclass(frozen=True)
class ColumnReport:
    """What the reader made of the file: which column fed which field, what it left out."""

    file: str
    platform: str | None
    encoding: str
    #: (field label, headers that fed it)
    used: tuple[tuple[str, str], ...]
    #: Columns with data that no letter prints, each with why.
    ignored: tuple[str, ...]
    #: Headers of columns that are empty in every row.
    empty: tuple[str, ...]
    signers: int

    def lines(self) -> tuple[str, ...]:
        """The short block printed before a build: one line per field, then what was left."""
        kind = f"{self.platform}, " if self.platform else ""
        out = [f"Signer list {self.file} ({kind}{self.encoding}): {self.signers} signers"]
        width = max((len(label) for label, _ in self.used), default=0)
        out += [f"  {label.ljust(width)} <- {headers}" for label, headers in self.used]
        out += [f"  not used: {text}" for text in self.ignored]
        if self.empty:
            out.append(f"  empty: {', '.join(self.empty)}")
        return tuple(out)


@dataclass(frozen=True)
class SignerList:
    """The usable signers in file order, and what is wrong with the rest of the file."""

    signers: tuple[Signer, ...]
    #: Errors: rows that cannot be used, and problems with the file or its header.
    problems: tuple[Problem, ...]
    #: Things worth a look that do not stop a row being used (e.g. a blank row skipped).
    warnings: tuple[Problem, ...]
    #: The column report; None when the file could not be read that far.
    columns: ColumnReport | None = None


@dataclass(frozen=True)
class _Row:
    """One CSV record: the physical line it starts on, its cells, or why it could not be read."""

    line: int
    cells: tuple[str, ...]
    error: str | None = None
    error_line: int = 0


@dataclass
class _Report:
    shown: str
    problems: list[Problem]
    warnings: list[Problem]

    def error(self, line: int, col: int, field: str, message: str) -> None:
        self.problems.append(Problem(self.shown, line, col, field, message))

    def warn(self, line: int, col: int, field: str, message: str) -> None:
        self.warnings.append(Problem(self.shown, line, col, field, message, "warning"))


@dataclass(frozen=True)
class Reading:
    """How to read the list: the campaign's country and language, and a forced encoding."""

    #: ISO code of the country the letters are posted in; None when not known.
    country: str | None = None
    language: str = "en"
    encoding: str | None = None


def read_signers(
    path: Path, columns: Mapping[str, str] | None = None, reading: Reading | None = None
) -> SignerList:
    """Read every signer in the CSV at `path`; `columns` maps our field names to odd headers."""
    how = reading or Reading()
    report = _Report(str(path), [], [])
    decoded = _read_text(path, report, how)
    if decoded is None:
        return _result((), report)
    text, encoding = decoded
    delimiter = _sniff_delimiter(text)
    rows = _rows(text, delimiter)
    header = _header(rows, report)
    if header is None:
        return _result((), report)
    mapping = _match_columns(header, columns or {}, report)
    if mapping is None:
        return _result((), report)
    reader = _RowReader(header, mapping, report, delimiter, how)
    signers = reader.read(rows)
    shown = encodings.NAMES.get(encoding, encoding)
    sep = "" if delimiter == "," else f", {_DELIMITERS[delimiter]}-separated"
    return _result(signers, report, reader.column_report(f"{shown}{sep}", len(signers)))


def _result(
    signers: tuple[Signer, ...], report: _Report, columns: ColumnReport | None = None
) -> SignerList:
    return SignerList(signers, tuple(report.problems), tuple(report.warnings), columns)


# --- bytes to text ---------------------------------------------------------------------------


def _read_text(path: Path, report: _Report, how: Reading) -> tuple[str, str] | None:
    """The file's text and its encoding, or None after reporting why it cannot be read."""
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            limit = MAX_FILE_BYTES // (1024 * 1024)
            report.error(1, 1, "(file)", f"file is larger than {limit} MB")
            return None
        data = path.read_bytes()
    except FileNotFoundError:
        report.error(1, 1, "(file)", "signer list not found")
        return None
    except OSError as exc:
        report.error(1, 1, "(file)", f"cannot read the signer list ({exc.strerror or exc})")
        return None
    # .xlsx/.ods are zip archives and .xls is an OLE2 file; people attach these by mistake.
    if data.startswith((b"PK\x03\x04", b"\xd0\xcf\x11\xe0")):
        report.error(
            1, 1, "(file)", "this is a spreadsheet workbook, not a CSV file; save it as CSV UTF-8"
        )
        return None
    if how.encoding:
        try:
            decoded: tuple[str, str] | None = (data.decode(how.encoding), how.encoding)
        except LookupError:
            report.error(1, 1, "(file)", f"--signers-encoding: no encoding '{how.encoding}'")
            return None
        except UnicodeDecodeError as exc:
            prefix = data[: exc.start].decode(how.encoding, "replace")
            line, col = _position(prefix, len(prefix))
            report.error(
                line, col, "(file)", f"this byte is not {how.encoding} text; {ENCODING_MESSAGE}"
            )
            return None
    else:
        decoded = encodings.decode(data, how.language)
    if decoded is None:
        report.error(1, 1, "(file)", ENCODING_MESSAGE)
        return None
    text, encoding = decoded
    nul = text.find("\x00")
    if nul >= 0:
        line, col = _position(text, nul)
        report.error(
            line,
            col,
            "(file)",
            "contains a NUL character, so it is not plain CSV text (a workbook, or UTF-16 "
            "without a byte-order mark?); save it as CSV UTF-8",
        )
        return None
    if not text.strip():
        report.error(1, 1, "(file)", "file is empty; it needs a header row and a row per signer")
        return None
    return text, encoding


def _position(text: str, index: int) -> tuple[int, int]:
    """1-based line and column of `index`, counting CRLF, LF and CR as line ends."""
    before = text[:index]
    breaks = list(_LINE_BREAK.finditer(before))
    start = breaks[-1].end() if breaks else 0
    return len(breaks) + 1, index - start + 1


# --- text to rows ----------------------------------------------------------------------------


def _sniff_delimiter(text: str) -> str:
    """Comma, semicolon (European Excel) or tab, whichever the header line uses most."""
    header = next((ln for ln in _LINE_BREAK.split(text) if ln.strip()), "")
    counts = dict.fromkeys(_DELIMITERS, 0)
    quoted = False
    for ch in header:
        if ch == '"':
            quoted = not quoted
        elif not quoted and ch in counts:
            counts[ch] += 1
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


def _rows(text: str, delimiter: str) -> Iterator[_Row]:
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
            yield _Row(start, (), _csv_error(str(exc)), at)
            continue
        done = reader.line_num
        yield _Row(start, tuple(cells))


def _csv_error(message: str) -> str:
    if "unexpected end of data" in message:
        return 'a quoted cell starting in this row is never closed (a " is missing)'
    if "field larger than field limit" in message:
        return "a cell is far too large to be a signer's detail (a \" left unclosed?)"
    return (
        f'cannot read this row ({message}); a cell containing " must be in double quotes, '
        'with each " inside it written twice'
    )


def _is_blank(cells: tuple[str, ...]) -> bool:
    return not any(cell.strip() for cell in cells)


def _header(rows: Iterator[_Row], report: _Report) -> _Row | None:
    """The first non-blank record, which names the columns."""
    for row in rows:
        if row.error is not None:
            report.error(row.error_line, 1, "(header)", row.error)
            return None
        if not _is_blank(row.cells):
            return row
    report.error(1, 1, "(file)", "file is empty; it needs a header row and a row per signer")
    return None


def _match_columns(
    header: _Row, columns_map: Mapping[str, str], report: _Report
) -> columns.Mapping_ | None:
    """Which column holds each field; None when there is no way to name a signer."""
    mapping = columns.map_columns(header.cells, columns_map)
    for index, message in mapping.errors:
        report.error(header.line, index + 1, "(header)", message)
    for index, message in mapping.notes:
        report.warn(header.line, index + 1, "(header)", message)
    names = {"name", "first_name", "last_name"}
    if not names & mapping.found.keys():
        if not names & columns_map.keys():
            _report_no_name(header, report, mapping.not_postal)
        return None
    return mapping


def _report_no_name(header: _Row, report: _Report, not_used: Mapping[int, str]) -> None:
    choices = [text for field in ("name", "first_name", "last_name") for text in SYNONYMS[field]]
    for index, cell in enumerate(header.cells):
        if index in not_used:  # a name column left out on purpose: say why, not "did you mean"
            message = (
                f"{NO_NAME_MESSAGE}; column {index + 1} '{cell.strip()}' is not the signer's "
                f"name: it is {not_used[index]}"
            )
            if columns.DETECT.get(columns.key(cell)) in ("name", "first_name", "last_name"):
                report.error(header.line, index + 1, "(header)", message)
                return
            continue
        hint = did_you_mean(cell.strip(), choices) if cell.strip() else ""
        if hint:
            message = f"{NO_NAME_MESSAGE}; column {index + 1} is '{cell.strip()}'{hint}"
            report.error(header.line, index + 1, "(header)", message)
            return
    report.error(header.line, 1, "(header)", NO_NAME_MESSAGE)


# --- rows to signers -------------------------------------------------------------------------

_OPTIONAL = frozenset(
    {"prefix", "middle_name", "suffix", "street2", "street3", "unit", "house_number"}
    | {f"m_{f}" for f in ("street2", "street3", "unit", "house_number")}
)
#: Countries whose addresses put the house number before the street name.
_NUMBER_FIRST = frozenset({"US", "CA", "GB", "IE", "AU", "NZ", "FR", "LU", "BE"})
_MAILCHIMP_PARTS = "street, city, state, ZIP, country"
_CJK = re.compile(r"[\u1100-\u11ff\u3130-\u318f\uac00-\ud7a3\u3400-\u9fff\uf900-\ufaff]")


@dataclass
class _Cell:
    raw: str
    value: str
    lines: list[str]
    col: int
    line: int


@dataclass(frozen=True)
class _Gathered:
    """One of a row's address sets (home or mailing), gathered but not yet chosen."""

    prefix: str
    parts: addresses.AddressParts
    code: str | None
    free_form: bool
    whole: bool
    cols: tuple[int, ...]
    warnings: tuple[tuple[int, int, str, str], ...]
    #: Required parts the set lacks, and how many of street/town/region/postcode it has.
    missing: tuple[str, ...]
    count: int
    lines: tuple[str, ...]


class _Seen:
    """The first signer of each name and address, found by the hash of the folded text: a
    number per signer while the list is read, not a second copy of every name and address."""

    def __init__(self) -> None:
        self.by_hash: dict[int, Signer] = {}
        #: Signers whose folded text shares a hash with an earlier, different signer's.
        self.others: dict[tuple[str, ...], Signer] = {}

    def first(self, signer: Signer) -> Signer:
        """The first signer read with `signer`'s name and address (`signer` itself if none)."""
        key = _fold(signer)
        first = self.by_hash.setdefault(hash(key), signer)
        if first is signer or _fold(first) == key:
            return first
        return self.others.setdefault(key, signer)


def _fold(signer: Signer) -> tuple[str, ...]:
    """Name and address as compared for duplicates: case, full stops and spacing ignored."""
    fold = (signer.name, *signer.address)
    return tuple(" ".join(part.casefold().replace(".", "").split()) for part in fold)


class _RowReader:
    """Turns rows into Signers, keeping count of which cells reached a letter."""

    def __init__(
        self,
        header: _Row,
        mapping: columns.Mapping_,
        report: _Report,
        delimiter: str,
        how: Reading,
    ) -> None:
        self.header = header
        self.mapping = mapping
        self.found = mapping.found
        self.report = report
        self.delimiter = delimiter
        self.how = how
        width = len(header.cells)
        self.filled = [0] * width
        self.used = [0] * width
        self.unused_why: dict[int, str] = {}
        #: Lines of the cells a rule left out, by column, so the report can point at them.
        self.unused_lines: dict[int, list[int]] = {}
        self.mailchimp = False
        #: One copy of each town, region and country line: a list of thousands of signers
        #: from one town holds its "Springfield, MA 01103" once, not once per signer.
        self.shared: dict[str, str] = {}
        self.has_address = any(
            f in self.found for f in ("address", "street", "city", "postal_code", "m_street")
        )

    def read(self, rows: Iterator[_Row]) -> tuple[Signer, ...]:
        signers: list[Signer] = []
        blank_lines: list[int] = []
        if not self.has_address:
            self.report.warn(
                self.header.line,
                1,
                "(header)",
                "the list has no address columns (street, town, postal code), so letters and "
                "labels print no return address",
            )
        index = 0
        seen = _Seen()
        for row in rows:
            if row.error is None and _is_blank(row.cells):
                blank_lines.append(row.line)
                continue
            # A blank row between signers may be a deleted entry worth a look; trailing ones
            # are just how spreadsheets end, so only interior blanks are mentioned.
            for line in blank_lines:
                self.report.warn(line, 1, "(row)", "blank row skipped")
            blank_lines.clear()
            signer = self._signer(row, index)
            if signer is not None:
                self._duplicate(signer, seen)
                signers.append(signer)
            index += 1
        self._unknown_address_columns()
        return tuple(signers)

    def _duplicate(self, signer: Signer, seen: _Seen) -> None:
        """Warn when a row repeats an earlier signer's name and address (a form sent twice,
        two lists pasted together). Both rows stay: two people of one name at one address
        (father and son) is rare but real, so the organiser decides which row to delete."""
        first = seen.first(signer)
        if first is signer or first.origin is None or signer.origin is None:
            return
        line, shown = signer.origin.line, ", ".join((signer.name, *signer.address))
        self.report.warn(
            line,
            1,
            signer.origin.field,
            f"same name and address as line {first.origin.line} ('{shown}'), so two letters "
            f"print for one signer; delete one of lines {first.origin.line} and {line} "
            "unless they are two people",
        )

    def _unknown_address_columns(self) -> None:
        """Warn about a column that reads like part of an address but that no rule places,
        so its data would otherwise be left off every letter without a word."""
        placed = set(self.found.values()) | set(self.mapping.not_postal)
        placed |= {col for col, _ in self.mapping.notes}  # already warned: a second column
        for col, cell in enumerate(self.header.cells):
            if col in placed or not self.filled[col]:
                continue
            header_key = columns.key(cell)
            if columns.looks_like_address(header_key):
                field = columns.suggest_field(header_key)
                if field is not None and field in self.found:
                    taken = self.header.cells[self.found[field]].strip()
                    advice = (
                        f"if it is the {columns.LABELS[field]}, column '{taken}' already gives "
                        f"that: delete one, or choose with signer_columns ({field}: ...)"
                    )
                elif field is not None:
                    advice = f"name it in signer_columns ({field}: {cell.strip()})"
                else:
                    advice = "name it in signer_columns (see docs/signers.md for the fields)"
                self.report.warn(
                    self.header.line,
                    col + 1,
                    "(header)",
                    f"column '{cell.strip()}' looks like part of an address, but packbuilder "
                    f"does not know which part, so it is not printed; {advice}, or delete the "
                    "column",
                )

    # -- one row ----------------------------------------------------------------------------

    def _cells(self, row: _Row, where: str) -> dict[str, _Cell] | None:
        """The row's cell for each mapped field, or None after reporting why it is unusable."""
        report = self.report
        before = len(report.problems)
        cells = row.cells
        width = len(self.header.cells)
        extra = cells[width:]
        if width and any(cell.strip() for cell in extra):
            report.error(
                row.line,
                width + 1,
                where,
                f"row has {len(cells)} cells but the header has {width}; a cell containing a "
                f"{_DELIMITERS[self.delimiter]} must be in double quotes",
            )
        for col, cell in enumerate(cells[:width]):
            if cell.strip():
                self.filled[col] += 1
        out: dict[str, _Cell] = {}
        # The physical line each cell starts on: a quoted cell before it may span lines.
        starts = list(accumulate((len(_LINE_BREAK.findall(c)) for c in cells), initial=row.line))
        for field, col in self.found.items():
            raw = cells[col] if col < len(cells) else ""
            line = starts[min(col, len(cells))]
            control = _CONTROL.search(raw)
            if control is not None:
                bad = control[0]
                report.error(
                    line,
                    col + 1,
                    f"{where}.{field}",
                    f"contains an invisible control character (U+{ord(bad):04X}); retype this cell",
                )
            value = _clean(raw)
            if len(value) > MAX_CELL_CHARS:
                report.error(
                    line,
                    col + 1,
                    f"{where}.{field}",
                    f"too long to print ({len(value)} characters); keep it to {MAX_CELL_CHARS}",
                )
            # A multi-line cell (Google Forms "paragraph" answers, Airtable long text) keeps
            # its lines.
            lines = [text for part in _LINE_BREAK.split(raw) if (text := _clean(part))]
            out[field] = _Cell(raw, value, lines, col, line)
        return None if len(report.problems) > before else out

    def _signer(self, row: _Row, index: int) -> Signer | None:
        """The row as a Signer, or None after reporting every reason it cannot be used."""
        where = f"signers[{index}]"
        if row.error is not None:
            self.report.error(row.error_line, 1, where, row.error)
            return None
        cells = self._cells(row, where)
        if cells is None:
            return None
        # "Test" beside a real surname is still a test row: a name placeholder skips the row.
        placeholder = self._drop_placeholders(cells)
        name = "" if placeholder else self._name(cells, where)
        if not name:  # a skipped row is a warning; --strict makes it fatal
            col = next(cells[f].col for f in ("name", "first_name", "last_name") if f in cells)
            if placeholder:
                message = (
                    f"'{placeholder}' is a placeholder, not a name (Eventbrite writes \"Info "
                    'Requested" for details it did not collect), so no letter is printed for '
                    "this row (--strict makes this an error)"
                )
            else:
                message = NO_NAME_ROW
            self.report.warn(row.line, col + 1, f"{where}.name", message)
            return None
        before = len(self.report.problems)
        self._lost_characters(cells, where, ("name", "first_name", "middle_name", "last_name"))
        address = self._address(row, cells, where)
        if len(self.report.problems) > before:
            return None
        email = cells["email"].value if "email" in cells else ""
        if email:
            self.used[cells["email"].col] += 1
        origin = Origin(self.report.shown, row.line, 1, where)
        return Signer(name, address, email or None, origin)

    def _left_out(self, cell: _Cell, why: str) -> None:
        self.unused_why.setdefault(cell.col, why)
        self.unused_lines.setdefault(cell.col, []).append(cell.line)

    def _drop_placeholders(self, cells: dict[str, _Cell]) -> str:
        """Empty every cell that holds a placeholder; the first one standing for a name."""
        seen = ""
        for field, cell in cells.items():
            if cell.value and is_placeholder(cell.value):
                if field in ("name", "first_name", "last_name") and not seen:
                    seen = cell.value
                cell.value, cell.lines = "", []
                self._left_out(cell, "placeholder text such as 'Info Requested'")
        return seen

    def _name(self, cells: dict[str, _Cell], where: str) -> str:
        full = cells.get("name")
        if full is not None and full.value:
            self.used[full.col] += 1
            for field in columns.NAME_FIELDS[1:]:
                part = cells.get(field)
                if part is None or not part.value:
                    continue
                self._left_out(part, "the full name is used instead")
                if part.value.casefold() not in full.value.casefold():
                    self.report.warn(
                        part.line,
                        part.col + 1,
                        f"{where}.{field}",
                        f"{columns.LABELS[field]} '{part.value}' is not in the full name "
                        f"'{full.value}', which is what prints; add it there if it belongs",
                    )
            return full.value
        prefix = cells.get("prefix")
        if (
            prefix is not None
            and prefix.value
            and columns.key(self.header.cells[prefix.col]) in columns.MAYBE_PREFIX
            and not columns.is_honorific(prefix.value)
        ):
            # A "Title" of "Director" or a "Salutation" of "Dear Ann" is not part of the name.
            self._left_out(prefix, "not an honorific (Mr, Mrs, Dr, ...), so not printed")
            prefix.value = ""
        parts = {f: cells[f].value for f in columns.NAME_FIELDS[1:] if f in cells}
        for field, value in parts.items():
            if value:
                self.used[cells[field].col] += 1
        first, last = parts.get("first_name", ""), parts.get("last_name", "")
        given = " ".join(p for p in (first, parts.get("middle_name", "")) if p)
        if first and last and _CJK.search(first + last):
            # Korean and Chinese names are written family name first, without a space.
            core = last + given.replace(" ", "")
        else:
            # A name in Latin letters keeps the order the signer wrote it in, whatever the
            # campaign's language: at a Korean-American church, "Mary Ann O'Connor" and a
            # romanised "Minjun Kim" both sign their names given name first.
            core = " ".join(p for p in (given, last) if p)
        if not core:
            return ""
        return " ".join(p for p in (parts.get("prefix", ""), core, parts.get("suffix", "")) if p)

    def _lost_characters(
        self, cells: dict[str, _Cell], where: str, fields: tuple[str, ...]
    ) -> None:
        for field in fields:
            cell = cells.get(field)
            if cell is None:
                continue
            if "?" in cell.value:
                self.report.warn(
                    cell.line,
                    cell.col + 1,
                    f"{where}.{field}",
                    LOST_CHARACTER.format(text=cell.value),
                )
            meant = encodings.unmangled(cell.value)
            if meant is not None:
                self.report.error(
                    cell.line,
                    cell.col + 1,
                    f"{where}.{field}",
                    f"'{cell.value}' is garbled: it is '{meant}' read in the wrong encoding "
                    "somewhere before this file was saved; correct the cell, or export the "
                    'list again and save it as "CSV UTF-8"',
                )

    def _address(self, row: _Row, cells: dict[str, _Cell], where: str) -> tuple[str, ...]:
        home = self._gather(row, cells, where, "")
        chosen, other = home, None
        if any(cells[f].value for f in cells if f.startswith("m_")):
            mailing = self._gather(row, cells, where, "m_")
            # The mailing address is the one to use, unless it is incomplete ("PO Box 9" and
            # nothing else) and the home address is not: then the complete one prints. With
            # neither complete, the one with more parts prints, and its gaps are warned about.
            if mailing.missing and (not home.missing or home.count > mailing.count):
                chosen, other = home, mailing
            else:
                chosen, other = mailing, home
        for col in chosen.cols:
            self.used[col] += 1
        for args in chosen.warnings:
            self.report.warn(*args)
        if other is not None:
            why = f"the row's {'home' if chosen.prefix == '' else 'mailing'} address is used"
            for cell in cells.values():
                if cell.value and cell.col in other.cols:
                    self._left_out(cell, why)
            if other.count and chosen.prefix == "":
                names = ", ".join(columns.LABELS[f] for f in other.missing)
                shown = ", ".join(other.lines)
                self.report.warn(
                    row.line,
                    other.cols[0] + 1 if other.cols else 1,
                    f"{where}.m_street",
                    f"mailing address '{shown}' has no {names}, so the complete home address "
                    "prints instead; fill in the mailing address if it is the one to use",
                )
        parts, prefix = chosen.parts, chosen.prefix
        self._lost_characters(cells, where, tuple(prefix + f for f in columns.ADDRESS_FIELDS))
        if chosen.whole:
            self._lost_characters(cells, where, ("address",))
        posted_from = self.how.country
        abroad = self._foreign_script(row, cells, where, parts, prefix)
        if abroad is not None:
            # No country, written in Hangul or Han in a campaign posted from a Latin-script
            # country: probably abroad. Print it in its own script's order, never checked as
            # (say) a US ZIP code; the warning asks for the country.
            posted_from = abroad or None
        elif self.has_address:
            self._check_address(row, cells, where, parts, chosen.code, chosen.free_form, prefix)
        lines = addresses.format_address(parts, posted_from)
        # Street lines are each signer's own; sharing them would only fill the table.
        return tuple(x if x in parts.street else self.shared.setdefault(x, x) for x in lines)

    def _foreign_script(
        self,
        row: _Row,
        cells: dict[str, _Cell],
        where: str,
        parts: addresses.AddressParts,
        prefix: str,
    ) -> str | None:
        """For an address with no country, written in Korean or Chinese script while the
        campaign posts from a country that writes in Latin letters: "KR" for Hangul, "" for
        Han (China, Taiwan, Hong Kong or Japan cannot be told), after a row warning; else None.
        """
        home = self.how.country
        text = " ".join((*parts.street, parts.city, parts.region))
        if parts.country or home is None or home in addresses.LARGEST_FIRST:
            return None
        if not _CJK.search(text):
            return None
        hangul = re.search(r"[\u1100-\u11ff\u3130-\u318f\uac00-\ud7a3]", text) is not None
        script = "Korean (Hangul)" if hangul else "Chinese characters"
        cell = cells.get(prefix + "street") or cells.get("address")
        self.report.warn(
            row.line,
            cell.col + 1 if cell is not None else 1,
            f"{where}.{prefix}country",
            f"address '{', '.join(parts.street)}' is written in {script} but has no country, "
            f"and the letters are posted in {addresses.country_name(home).title()}: it is "
            "probably abroad, and prints with no country line; add a Country column (for "
            "example 'South Korea') so the post can return the letter",
        )
        return "KR" if hangul else ""

    def _gather(self, row: _Row, cells: dict[str, _Cell], where: str, prefix: str) -> _Gathered:
        """One address set of the row (home: prefix "", mailing: "m_") as parts, with the
        columns it would use and the warnings it would give, before either is chosen."""
        cols: list[int] = []
        warnings: list[tuple[int, int, str, str]] = []

        def get(field: str) -> _Cell | None:
            return cells.get(prefix + field)

        def value(field: str) -> str:
            cell = get(field)
            if cell is None or not cell.value:
                return ""
            cols.append(cell.col)
            return cell.value

        street: list[str] = []
        first = get("street")
        if first is not None and first.lines:
            cols.append(first.col)
            street = list(first.lines)
        city, region = value("city"), value("region")
        postal, ext = value("postal_code"), value("postal_code_ext")
        country = value("country")
        whole = cells.get("address") if not prefix else None
        free_form = used_whole = False
        if whole is not None and whole.value and not street:
            cols.append(whole.col)
            used_whole = True
            parsed = _mailchimp(whole.raw) if len(whole.lines) == 1 else None
            if parsed is not None:
                self.mailchimp = True
                street, city, region, postal, country = (
                    parsed[0],
                    city or parsed[1],
                    region or parsed[2],
                    postal or parsed[3],
                    country or parsed[4],
                )
            else:
                street, free_form = list(whole.lines), True
                gaps = [_clean(p) for p in re.split(r" {2,}", whole.raw.strip()) if _clean(p)]
                from_mailchimp = (self.mapping.platform or "").startswith("Mailchimp")
                if from_mailchimp and len(street) == 1 and len(gaps) > 1:
                    # Parts two spaces apart, but not the five Mailchimp writes: one per line,
                    # as written, and said, since which is the town cannot be known.
                    street = gaps
                    warnings.append(
                        (
                            row.line,
                            whole.col + 1,
                            f"{where}.address",
                            f"'{whole.value}' has {len(gaps)} parts two spaces apart, not "
                            "Mailchimp's street, city, state, ZIP and country; each prints on "
                            "its own line as written, so check the order",
                        )
                    )
                # A last line naming a country is the country line, printed only abroad.
                if len(street) > 1 and not country and addresses.country_code(street[-1]):
                    country = street.pop()
        code = addresses.country_code(country) if country else self.how.country
        number = value("house_number")
        if number and street:
            number_first = code in _NUMBER_FIRST
            street[0] = f"{number} {street[0]}" if number_first else f"{street[0]} {number}"
        elif number:
            street = [number]
        street += [v for f in ("street2", "street3", "unit") if (v := value(f))]
        if postal and ext:
            postal = f"{postal}-{ext}"
        parts = addresses.AddressParts(tuple(street), city, region, postal, country)
        required = addresses.required_parts(code)
        if free_form:  # the town and postcode are somewhere in the lines as written
            required = required & {"street"}
        present = {
            "street": bool(street),
            "city": bool(city),
            "region": bool(region),
            "postal_code": bool(postal),
        }
        order = ("street", "city", "region", "postal_code")
        missing = tuple(f for f in order if f in required and not present[f])
        lines = [*street, city, region, postal]
        return _Gathered(
            prefix,
            parts,
            code,
            free_form,
            used_whole,
            tuple(cols),
            tuple(warnings),
            missing,
            sum(present.values()),
            tuple(x for x in lines if x),
        )

    def _check_address(
        self,
        row: _Row,
        cells: dict[str, _Cell],
        where: str,
        parts: addresses.AddressParts,
        code: str | None,
        free_form: bool,
        prefix: str,
    ) -> None:
        """Warn about a return address the post cannot deliver to as written."""

        def col(field: str) -> int:
            cell = cells.get(prefix + field) or cells.get("address")
            return cell.col + 1 if cell is not None else 1

        if parts.country and code is None:
            self.report.warn(
                row.line,
                col("country"),
                f"{where}.country",
                f"country '{parts.country}' is not one packbuilder knows, so the address "
                "prints in the order written with the country last; check it",
            )
        required = addresses.required_parts(code)
        if free_form:  # the town and postcode are somewhere in the lines as written
            required = required & {"street"}
        present = {
            "street": bool(parts.street),
            "city": bool(parts.city),
            "region": bool(parts.region),
            "postal_code": bool(parts.postal_code),
        }
        missing = [f for f in ("street", "city", "region", "postal_code") if f in required]
        missing = [f for f in missing if not present[f]]
        if missing:
            names = ", ".join(columns.LABELS[f] for f in missing)
            self.report.warn(
                row.line,
                col(missing[0]),
                f"{where}.{prefix}{missing[0]}",
                f"return address has no {names}; the letter and label print without "
                f"{'it' if len(missing) == 1 else 'them'} (fill it in, or --strict to stop)",
            )
        if parts.postal_code and not self._lost_zero(row, cells, where, parts, code, prefix):
            problem = addresses.postal_code_problem(code, parts.postal_code)
            if problem is not None:
                self.report.warn(
                    row.line, col("postal_code"), f"{where}.{prefix}postal_code", problem
                )

    def _lost_zero(
        self,
        row: _Row,
        cells: dict[str, _Cell],
        where: str,
        parts: addresses.AddressParts,
        code: str | None,
        prefix: str,
    ) -> bool:
        """Warn about a US ZIP code a spreadsheet has turned into a number, losing its zeros."""
        match = re.fullmatch(r"(\d{3,4})(-\d{4})?", parts.postal_code)
        if match is None or parts.region.upper() not in US_REGIONS or code not in (None, "US"):
            return False
        padded = match[1].zfill(5) + (match[2] or "")
        cell = cells.get(prefix + "postal_code") or cells.get("address")
        self.report.warn(
            row.line,
            cell.col + 1 if cell else 1,
            f"{where}.{prefix}postal_code",
            f"ZIP code '{parts.postal_code}' has only {len(match[1])} digits; a spreadsheet "
            f"may have dropped a leading zero (should it be '{padded}'?)",
        )
        return True

    # -- the column report ------------------------------------------------------------------

    def column_report(self, encoding: str, signers: int) -> ColumnReport:
        cells = [c.strip() or f"column {i + 1}" for i, c in enumerate(self.header.cells)]
        used: list[tuple[str, str]] = []
        for field in FIELDS:
            col = self.found.get(field)
            if col is None or not self.used[col]:
                continue
            shown = cells[col]
            if field == "address" and self.mailchimp:
                shown += f" (parts two spaces apart: {_MAILCHIMP_PARTS})"
            elif field == "address":
                shown += " (lines as written)"
            used.append((columns.LABELS[field], shown))
        ignored: dict[str, list[str]] = {}
        for col, header in enumerate(cells):
            unused = self.filled[col] - self.used[col]
            if unused <= 0:
                continue
            if col in self.mapping.not_postal:
                why = self.mapping.not_postal[col]
            elif col in self.unused_why:
                why = self.unused_why[col]
            elif col in self.found.values():
                why = "not printed"
            else:
                why = "not a name or address column packbuilder knows"
            count = f"{unused} value{'s' if unused != 1 else ''}"
            lines = self.unused_lines.get(col, [])
            if lines:
                shown = ", ".join(str(n) for n in lines[:5]) + (", ..." if len(lines) > 5 else "")
                count += f", line{'s' if len(lines) > 1 else ''} {shown}"
            ignored.setdefault(why, []).append(f"{header} ({count})")
        empty = tuple(h for col, h in enumerate(cells) if not self.filled[col])
        return ColumnReport(
            file=self.report.shown,
            platform=self.mapping.platform,
            encoding=encoding,
            used=tuple(used),
            ignored=tuple(f"{', '.join(h)}: {why}" for why, h in ignored.items()),
            empty=empty,
            signers=signers,
        )


def _mailchimp(text: str) -> tuple[list[str], str, str, str, str] | None:
    """Mailchimp's address field exported as one cell: street line(s), city, state, ZIP and
    country, separated by two spaces (an empty second street line is left out)."""
    parts = [p.strip() for p in re.split(r" {2,}", text) if p.strip()]
    if len(parts) < 5 or "  " not in text:
        return None
    return parts[:-4], parts[-4], parts[-3], parts[-2], parts[-1]


def _clean(raw: str) -> str:
    """NFC text with surrounding whitespace stripped and inner runs collapsed to one space."""
    return " ".join(unicodedata.normalize("NFC", raw).split())


#: Unicode's control characters (category Cc: U+0000-001F and U+007F-009F) but tab and line
#: breaks, which are whitespace a spreadsheet cell may hold; other controls print as nothing or
#: as boxes, and usually mean text was pasted from somewhere odd.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
