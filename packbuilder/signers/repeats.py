"""A report's page header repeated between its signers: a CRM or a database report printed
to CSV writes its title and its header row again at the top of each page ("Donor Mailing
List", then "Addressee, Address Line 1, ..."). Such a row is not a signer: it is left out and
said, with its line, before any row is read as one."""

from __future__ import annotations

from collections.abc import Iterator

from packbuilder.signers.report import Report
from packbuilder.signers.table import Row, shown

#: The least of a row's filled cells that must repeat their column's header (the others may
#: be a page's own words: "Page 2", a group's name).
_MOST = 0.5


def dropped(
    rows: Iterator[Row], header: Row, above: tuple[tuple[int, str], ...], report: Report
) -> Iterator[Row]:
    """`rows` without those repeating the header row (most of their filled cells, two at least,
    are their column's header) or a title line skipped above it, each said as a warning."""
    heads = tuple(_fold(cell) for cell in header.cells)
    first = {h for h in heads if h}
    titles = {text.casefold(): line for line, text in above}
    for row in rows:
        if row.error is None and (why := _repeats(row, heads, first, titles)):
            col = next((c for c, cell in enumerate(row.cells) if cell.strip()), 0)
            message = f"'{shown(row.cells)}' repeats {why} (a report's page header), not a "
            message += "signer, so no letter is printed for this row"
            report.warn(row.line, col + 1, f"row {row.line}", message)
            continue
        yield row


def _repeats(row: Row, heads: tuple[str, ...], first: set[str], titles: dict[str, int]) -> str:
    """What the row repeats ("the header row (line 4)"), or "" when it is no repeat."""
    opening = next((cell for cell in row.cells if cell.strip()), "")
    key = _fold(opening)
    if key not in first and not any(title.startswith(key) for title in titles):
        return ""  # a signer's first cell is seldom a column's name or a title's start
    filled = [(c, cell) for c, cell in enumerate(row.cells) if cell.strip()]
    if not filled:
        return ""
    if key in first:
        same = sum(c < len(heads) and _fold(cell) == heads[c] for c, cell in filled)
        if same >= 2 and same >= _MOST * len(filled):
            return "the header row"
    if titles and (line := titles.get(shown(row.cells).casefold())):
        return f"line {line} above the header"
    return ""


def _fold(cell: str) -> str:
    return " ".join(cell.split()).casefold()
