"""A signer list's text as rows: the separator, the records (a quoted cell may span lines),
each with the physical line it starts on, and the header row."""

from __future__ import annotations

import csv
import re
from collections.abc import Iterator
from dataclasses import dataclass

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


def sniff_delimiter(text: str) -> str:
    """Comma, semicolon (European Excel) or tab, whichever the header line uses most."""
    header = next((ln for ln in LINE_BREAK.split(text) if ln.strip()), "")
    counts = dict.fromkeys(DELIMITERS, 0)
    quoted = False
    for ch in header:
        if ch == '"':
            quoted = not quoted
        elif not quoted and ch in counts:
            counts[ch] += 1
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


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


def find_header(records: Iterator[Row], report: Report) -> Row | None:
    """The first non-blank record, which names the columns."""
    for row in records:
        if row.error is not None:
            report.error(row.error_line, 1, "(header)", row.error)
            return None
        if not is_blank(row.cells):
            return row
    report.error(1, 1, "(file)", "file is empty; it needs a header row and a row per signer")
    return None
