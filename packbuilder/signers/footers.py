"""A report's footer below the last signer: lines after a blank row that give no address and
nothing that reads as a name ("Grand Totals (2 records)", "Confidential Information - Do Not
Distribute", QuickBooks' "Friday, December 4, 2026 07:33 AM GMTZ", "Total,,,,4 volunteers"),
or from a line starting with a total (Benevity's "Totals,,,,206,103" right below the rows), or
shaped as one: a label holding a count and nothing but numbers beside it ("Totalt 2 personer",
"Yhteensä 2", "Σύνολο: 2", in any language: a person's name holds no digit). They get no
letter; the column report says each one with its line."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from packbuilder.signers import columns, people
from packbuilder.signers.cells import SUMMARY_WORDS, clean
from packbuilder.signers.table import Row

#: Words in a name at most (Ana de la Cruz, María José García López y Soto).
_MOST_WORDS = 6


class Footer:
    """Tells the rows of a report's footer by their columns: which hold a name, which an
    address."""

    def __init__(self, found: Mapping[str, int], alternates: Mapping[str, tuple[int, ...]]):
        name: set[int] = set()
        postal: set[int] = set()
        for field, col in found.items():
            more = (col, *alternates.get(field, ()))
            if field in columns.NAME_FIELDS:
                name.update(more)
            elif field != "email":
                postal.update(more)
        self._name = frozenset(name)
        self._postal = frozenset(postal)

    def may_be(self, row: Row, after: bool) -> bool:
        """True for a row that can be a report's footer line: no cell of the address filled,
        and its name cells (or, with none, its first cell) read as no name: a digit, a word no
        name has ("-", "(c)"), too many words, or a total ("Total", "Grand Totals"). `after`:
        the row comes after such a line, where any line with no address is the footer's too
        (Salesforce's "Filtered By:" and the filter lines below it)."""
        if row.error is not None:
            return False
        filled = [(col, cell) for col, cell in enumerate(row.cells) if cell.strip()]
        if any(col in self._postal for col, _ in filled):
            return False
        if after:
            return True
        named = [clean(cell) for col, cell in filled if col in self._name]
        text = " ".join(named) if named else clean(filled[0][1]) if filled else ""
        return not _could_be_a_name(text)


def opens(row: Row) -> bool:
    """True for a row whose first cell starts with a total ("Totals", "Grand total: 12"), or
    that is shaped as a total line (see `count_line`): a footer may start there without a
    blank row above it."""
    # Asked of every row: a look at the first cell's first letters settles nearly all.
    first = next((cell for cell in row.cells if cell and not cell.isspace()), "")
    if first.lstrip()[:2].casefold().startswith(_STARTS):
        words = clean(first).casefold().replace(":", " ").split()
        if words and (words[0] in SUMMARY_WORDS or " ".join(words[:2]) in SUMMARY_WORDS):
            return True
    return count_line(row.cells)


#: A cell that is a number, a count or a sum ("2", "1 234,50", "$206.00", "-3", "12%").
_DIGIT = re.compile(r"\d")
_NUMBER = re.compile(r"[-+(]?[$€£¥]?\s?\d[\d\s.,']*(?:%|[$€£¥])?\)?")


def count_line(cells: Sequence[str]) -> bool:
    """True for a row shaped as a report's total line in any language: one cell of words that
    holds a number ("Totalt 2 personer", "Yhteensä 2", "Összesen: 2 fő"), and nothing but
    numbers in any other cell. A person's name holds no digit, so no signer's row is this
    shape (and a row that gives an address is never taken for one: see `Footer.may_be`)."""
    # Asked of every row: a signer's row starts with a cell of words without a digit (a name),
    # and the look stops there.
    label = ""
    for cell in cells:
        if not cell or cell.isspace() or _NUMBER.fullmatch(cell.strip()):
            continue
        if label or _DIGIT.search(cell) is None:
            return False
        label = cell
    return bool(label) and any(ch.isalpha() for ch in label)


_STARTS = tuple(sorted({word[:2] for word in SUMMARY_WORDS}))


def _could_be_a_name(text: str) -> bool:
    words = text.split()
    if not words or len(words) > _MOST_WORDS:
        return False
    folded = text.casefold().strip(" :")
    if folded in SUMMARY_WORDS or words[0].casefold().strip(":") in SUMMARY_WORDS:
        return False
    return all(people.name_word(word) for word in words)
