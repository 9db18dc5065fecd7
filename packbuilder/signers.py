"""Read an organiser's signer list (a CSV export) into Signers for mail merge."""

from __future__ import annotations

import codecs
import csv
import io
import re
import unicodedata
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

from .errors import Problem, did_you_mean
from .model import Origin, Signer

# A signer list is a few thousand rows; anything this large is the wrong file.
MAX_FILE_BYTES = 20 * 1024 * 1024
# Longer than anything that fits on a signature or return-address line at letter size.
MAX_CELL_CHARS = 200

FIELDS = (
    "name",
    "first_name",
    "last_name",
    "street",
    "street2",
    "city",
    "region",
    "postal_code",
    "country",
    "email",
)

#: Header texts recognised for each field, as organisers' exports spell them. Matching ignores
#: case, spaces, punctuation and underscores, so "Zip Code", "zip_code" and "ZIP-CODE" are one.
SYNONYMS: dict[str, tuple[str, ...]] = {
    "name": ("Name", "Full name", "Your name", "Your full name", "Signer", "Signatory"),
    "first_name": ("First name", "Given name", "First", "Forename"),
    "last_name": ("Last name", "Surname", "Family name", "Last"),
    "street": (
        "Address",
        "Street",
        "Street address",
        "Address 1",
        "Address line 1",
        "Mailing address",
        "can2_user_address",
    ),
    "street2": ("Address 2", "Address line 2", "Apt", "Apartment", "Suite", "Apt/Suite"),
    "city": ("City", "Town", "Town/City", "City/Town", "can2_user_city"),
    "region": (
        "State",
        "Province",
        "Region",
        "County",
        "State/Province",
        "can2_state_abbreviated",
    ),
    "postal_code": (
        "Zip",
        "ZIP code",
        "Postal code",
        "Postcode",
        "Post code",
        "Zip/Postal code",
    ),
    "country": ("Country",),
    "email": ("Email", "E-mail", "Email address", "Your email"),
}

# Two-letter codes a US return address can carry: states, DC, territories and military posts.
_US_REGION_CODES = (
    "AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ "
    "NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC PR VI GU AS MP AA AE AP"
)
US_REGIONS = frozenset(_US_REGION_CODES.split())
US_COUNTRIES = frozenset({"", "us", "usa", "unitedstates", "unitedstatesofamerica"})

ENCODING_MESSAGE = "cannot tell the file's text encoding; save it as CSV UTF-8"
NO_NAME_MESSAGE = (
    "no name column (looked for Name, First name/Last name, Full name, Surname and similar); "
    "map one with signer_columns in campaign.yaml"
)

_LINE_BREAK = re.compile(r"\r\n|\r|\n")
_DELIMITERS = {",": "comma", ";": "semicolon", "\t": "tab"}


def _key(header: str) -> str:
    """A header reduced to lower-case letters and digits, so spelling variants compare equal."""
    return "".join(ch for ch in unicodedata.normalize("NFKC", header).casefold() if ch.isalnum())


_DETECT: dict[str, str] = {_key(text): field for field, texts in SYNONYMS.items() for text in texts}


@dataclass(frozen=True)
class SignerList:
    """The usable signers in file order, and what is wrong with the rest of the file."""

    signers: tuple[Signer, ...]
    #: Errors: rows that cannot be used, and problems with the file or its header.
    problems: tuple[Problem, ...]
    #: Things worth a look that do not stop a row being used (e.g. a blank row skipped).
    warnings: tuple[Problem, ...]


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


NO_NAME_ROW = "row has no name, so no letter is printed for it (--strict makes this an error)"


def read_signers(path: Path, columns: Mapping[str, str] | None = None) -> SignerList:
    """Read every signer in the CSV at `path`; `columns` maps our field names to odd headers."""
    report = _Report(str(path), [], [])
    text = _read_text(path, report)
    if text is None:
        return _result((), report)
    delimiter = _sniff_delimiter(text)
    rows = _rows(text, delimiter)
    header = _header(rows, report)
    if header is None:
        return _result((), report)
    found = _match_columns(header, columns or {}, report)
    if found is None:
        return _result((), report)
    signers = _read_rows(rows, header, found, report, delimiter)
    return _result(signers, report)


def _result(signers: tuple[Signer, ...], report: _Report) -> SignerList:
    return SignerList(signers, tuple(report.problems), tuple(report.warnings))


# --- bytes to text ---------------------------------------------------------------------------


def _read_text(path: Path, report: _Report) -> str | None:
    """The file's text, or None after reporting why it cannot be read as a CSV."""
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
    text = _decode(data)
    if text is None:
        report.error(1, 1, "(file)", ENCODING_MESSAGE)
        return None
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
    return text


def _decode(data: bytes) -> str | None:
    """Decode as the exporting program wrote it, or None rather than guess wrongly."""
    # UTF-32 before UTF-16: the UTF-32 LE mark begins with the UTF-16 LE one.
    for bom, codec in (
        (codecs.BOM_UTF8, "utf-8-sig"),  # Excel "CSV UTF-8"
        (codecs.BOM_UTF32_LE, "utf-32"),
        (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF16_LE, "utf-16"),  # LibreOffice "Unicode"
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            try:
                return data.decode(codec)
            except UnicodeDecodeError:
                return None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    # Excel's plain "CSV" on Windows. Python's cp1252 already refuses the five undefined bytes;
    # C1 controls would mean the file is really in some other code page.
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return None
    if any("\x80" <= ch <= "\x9f" for ch in text):
        return None
    return text


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
    # newline="" keeps CR, LF and CRLF as written, so reader.line_num counts physical lines.
    reader = csv.reader(
        io.StringIO(text, newline=""), delimiter=delimiter, strict=True, skipinitialspace=True
    )
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
    header: _Row, columns: Mapping[str, str], report: _Report
) -> dict[str, int] | None:
    """Which column holds each field; None when there is no way to name a signer."""
    cells = header.cells
    keys = [_key(cell) for cell in cells]
    found: dict[str, int] = {}
    mapped: set[str] = set()
    for field, wanted in columns.items():
        if field not in FIELDS:
            hint = did_you_mean(field, FIELDS)
            report.error(
                header.line, 1, "(header)", f"signer_columns names an unknown field '{field}'{hint}"
            )
            continue
        mapped.add(field)
        exact = [i for i, cell in enumerate(cells) if cell.strip() == wanted.strip()]
        loose = [i for i, key in enumerate(keys) if key and key == _key(wanted)]
        matches = exact or loose
        if not matches:
            hint = did_you_mean(wanted.strip(), [c.strip() for c in cells if c.strip()])
            report.error(
                header.line,
                1,
                "(header)",
                f"signer_columns maps {field} to '{wanted}', but the header has no such column"
                f"{hint}",
            )
            continue
        index = matches[0]
        other = next((f for f, i in found.items() if i == index), None)
        if other is not None:
            report.error(
                header.line,
                index + 1,
                "(header)",
                f"signer_columns maps both {other} and {field} to column '{cells[index]}'",
            )
            continue
        found[field] = index
    claimed = set(found.values())
    for index, key in enumerate(keys):
        detected = _DETECT.get(key)
        if detected is None or detected in mapped or index in claimed:
            continue
        if detected in found:
            first = found[detected]
            report.warn(
                header.line,
                index + 1,
                "(header)",
                f"column '{cells[index].strip()}' also looks like {detected}; using column "
                f"{first + 1} '{cells[first].strip()}' (choose with signer_columns)",
            )
            continue
        found[detected] = index
    if not {"name", "first_name", "last_name"} & found.keys():
        if not {"name", "first_name", "last_name"} & mapped:
            _report_no_name(header, report)
        return None
    return found


def _report_no_name(header: _Row, report: _Report) -> None:
    choices = [text for field in ("name", "first_name", "last_name") for text in SYNONYMS[field]]
    for index, cell in enumerate(header.cells):
        hint = did_you_mean(cell.strip(), choices) if cell.strip() else ""
        if hint:
            message = f"{NO_NAME_MESSAGE}; column {index + 1} is '{cell.strip()}'{hint}"
            report.error(header.line, index + 1, "(header)", message)
            return
    report.error(header.line, 1, "(header)", NO_NAME_MESSAGE)


# --- rows to signers -------------------------------------------------------------------------


def _read_rows(
    rows: Iterator[_Row], header: _Row, found: dict[str, int], report: _Report, delimiter: str
) -> tuple[Signer, ...]:
    signers: list[Signer] = []
    blank_lines: list[int] = []
    index = 0
    for row in rows:
        if row.error is None and _is_blank(row.cells):
            blank_lines.append(row.line)
            continue
        # A blank row between signers may be a deleted entry worth a look; trailing ones
        # are just how spreadsheets end, so only interior blanks are mentioned.
        for line in blank_lines:
            report.warn(line, 1, "(row)", "blank row skipped")
        blank_lines.clear()
        signer = _signer(row, index, header, found, report, delimiter)
        if signer is not None:
            signers.append(signer)
        index += 1
    return tuple(signers)


def _signer(
    row: _Row, index: int, header: _Row, found: dict[str, int], report: _Report, delimiter: str
) -> Signer | None:
    """The row as a Signer, or None after reporting every reason it cannot be used."""
    where = f"signers[{index}]"
    if row.error is not None:
        report.error(row.error_line, 1, where, row.error)
        return None
    before = len(report.problems)
    cells = row.cells
    width = len(header.cells)
    extra = cells[width:]
    if width and any(cell.strip() for cell in extra):
        report.error(
            row.line,
            width + 1,
            where,
            f"row has {len(cells)} cells but the header has {width}; a cell containing a "
            f"{_DELIMITERS[delimiter]} must be in double quotes",
        )
    values: dict[str, str] = {}
    lines: dict[str, list[str]] = {}
    for field, col in found.items():
        raw = cells[col] if col < len(cells) else ""
        cell_line = row.line + sum(len(_LINE_BREAK.findall(c)) for c in cells[:col])
        bad = next((ch for ch in raw if _is_control(ch)), None)
        if bad is not None:
            report.error(
                cell_line,
                col + 1,
                f"{where}.{field}",
                f"contains an invisible control character (U+{ord(bad):04X}); retype this cell",
            )
        value = _clean(raw)
        if len(value) > MAX_CELL_CHARS:
            report.error(
                cell_line,
                col + 1,
                f"{where}.{field}",
                f"too long to print ({len(value)} characters); keep it to {MAX_CELL_CHARS}",
            )
        values[field] = value
        # A multi-line street cell (Google Forms "paragraph" answers) keeps its lines.
        lines[field] = [_clean(part) for part in _LINE_BREAK.split(raw) if _clean(part)]
    name = values.get("name", "") or " ".join(
        v for v in (values.get("first_name", ""), values.get("last_name", "")) if v
    )
    if len(report.problems) > before:
        return None
    if not name:  # a skipped row is a warning; --strict makes it fatal
        col = next((found[f] for f in ("name", "first_name", "last_name") if f in found), 0)
        report.warn(row.line, col + 1, f"{where}.name", NO_NAME_ROW)
        return None
    _check_zip(values, row, found, where, report)
    address = (
        *lines.get("street", []),
        *lines.get("street2", []),
        *_locality(values),
        *([values["country"]] if values.get("country") else []),
    )
    origin = Origin(report.shown, row.line, 1, where)
    return Signer(name, address, values.get("email") or None, origin)


def _clean(raw: str) -> str:
    """NFC text with surrounding whitespace stripped and inner runs collapsed to one space."""
    return " ".join(unicodedata.normalize("NFC", raw).split())


def _is_control(ch: str) -> bool:
    # Tab and line breaks are whitespace a spreadsheet cell may hold; other controls print as
    # nothing or as boxes, and usually mean text was pasted from somewhere odd.
    return ch not in "\t\r\n" and unicodedata.category(ch) == "Cc"


def _locality(values: dict[str, str]) -> tuple[str, ...]:
    """The city line: "City, ST ZIP" when there is a region (US style), else "ZIP City"."""
    city, region, code = (values.get(f, "") for f in ("city", "region", "postal_code"))
    if region:
        place = f"{city}, {region}" if city else region
        line = " ".join(part for part in (place, code) if part)
    else:
        line = " ".join(part for part in (code, city) if part)
    return (line,) if line else ()


def _check_zip(
    values: dict[str, str], row: _Row, found: dict[str, int], where: str, report: _Report
) -> None:
    """Warn about a US ZIP code that a spreadsheet has turned into a number, losing its zeros."""
    code = values.get("postal_code", "")
    match = re.fullmatch(r"(\d{3,4})(-\d{4})?", code)
    if (
        match is None
        or values.get("region", "").upper() not in US_REGIONS
        or _key(values.get("country", "")) not in US_COUNTRIES
    ):
        return
    padded = match[1].zfill(5) + (match[2] or "")
    report.warn(
        row.line,
        found["postal_code"] + 1,
        f"{where}.postal_code",
        f"ZIP code '{code}' has only {len(match[1])} digits; a spreadsheet may have dropped a "
        f"leading zero (should it be '{padded}'?)",
    )
