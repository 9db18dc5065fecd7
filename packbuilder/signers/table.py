"""A signer list's text as rows: the separator, the records (a quoted cell may span lines),
each with the physical line it starts on, and the header row."""

from __future__ import annotations

import csv
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from itertools import chain, islice

from packbuilder.signers import words
from packbuilder.signers.report import Report

LINE_BREAK = re.compile(r"\r\n|\r|\n")
_PHYSICAL_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+\Z")
DELIMITERS = {",": "comma", ";": "semicolon", "\t": "tab"}


@dataclass(frozen=True)
class Row:
    """One CSV record: the physical line it starts on, its cells, or why it could not be read."""

    line: int
    cells: tuple[str, ...]
    error: str | None = None
    error_line: int = 0


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
#: How many non-blank lines may come before the header (a title, a table name, "sep=").
_LOOK_AHEAD = 10


def sniff_delimiter(text: str) -> str:
    """Comma, semicolon (European Excel) or tab: the one Excel's "sep=" line names, else the
    one that splits one of the first lines into the most known column names (a title or table
    name above the header does not count), else the one the first line uses most."""
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
        yield Row(start, tuple(cells))


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


def find_header(records: Iterator[Row], report: Report, delimiter: str = ",") -> Header | None:
    """The header: among the first non-blank records, the one with the most known column
    names (the first record when none beats it)."""
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
    scores = [-1 if r.error is not None or _is_sep(r) else header_hits(r.cells) for r in rows]
    first = 1 if _is_sep(rows[0]) and len(rows) > 1 else 0
    at = first if scores[first] >= max(scores) else scores.index(max(scores))
    skipped = tuple(
        (r.line, delimiter.join(r.cells) if _is_sep(r) else _shown(r.cells)) for r in rows[:at]
    )
    return Header(rows[at], chain(ahead[filled[at] + 1 :], records), skipped)


def _is_sep(row: Row) -> bool:
    """Excel's "sep=;" line, as the CSV reader splits it."""
    cells = [c for c in row.cells if c.strip()]
    return len(cells) == 1 and cells[0].strip().lstrip("\ufeff").startswith("sep=")


def _shown(cells: tuple[str, ...]) -> str:
    text = ", ".join(c.strip() for c in cells if c.strip())
    return text if len(text) <= 60 else text[:57] + "..."
