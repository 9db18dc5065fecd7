"""House numbers a spreadsheet turned into dates: Excel reads "1-2-3" (a Japanese chōme-banchi-gō)
as 3 February 2001 and writes "2001/2/3", "3-12" as "12-Mar", Russian "5/3" (дом 5 корпус 3) as
"05.мар". The number the signer wrote is gone from the file; printing the date would send the
letter to a wrong house, so the cell is a located error naming the signer, with the number it
probably was where the date's shape says so."""

from __future__ import annotations

import re
from functools import cache, lru_cache

from packbuilder.language import cldr
from packbuilder.signers import columns
from packbuilder.signers.cells import Cell
from packbuilder.signers.report import Report

#: Parts of a street line a house number is written in.
_FIELDS = ("street", "house_number", "street2", "unit")
#: A date with the year first (Excel's ISO and Japanese forms), perhaps with a time.
_YEAR_FIRST = re.compile(r"(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?")
#: A date with the year last (Excel's day-month-year and month-day-year forms).
_YEAR_LAST = re.compile(r"\d{1,2}([-/.])\d{1,2}\1\d{4}(?: \d{1,2}:\d{2}(?::\d{2})?)?")
#: A day and a month's name, either way round ("12-Mar", "05.мар", "Mar-12", German Excel's
#: "03. Mai").
_DAY_MONTH = re.compile(
    r"(\d{1,2})(?:[-. ]|\. )?([^\W\d_]{3,9})\.?|([^\W\d_]{3,9})\.?(?:[-. ]|\. )?(\d{1,2})"
)
_JAPANESE = re.compile(r"\d{1,2}月\d{1,2}日")
_DIGIT = re.compile(r"\d")
#: The prefixes of address sets other than the home one (mailing, billing, work, numbered).
_SET_PREFIXES = frozenset((*(p for p in columns.SETS if p), *columns.NUMBERED))
#: Excel writes a two-digit year of 0 to 29 as 2000 to 2029: "1-2-3" becomes 2001.
_CENTURY = range(2000, 2030)


def check(report: Report, cells: dict[str, Cell], where: str, language: str, country: str) -> None:
    """A located error for each street-line cell holding a date."""
    for field, cell in cells.items():
        if not _numbered(field) or _DIGIT.search(cell.value) is None:
            continue
        was = _was(cell.value, _months(language, country))
        if was is None:
            continue
        probably = f" (probably '{was}')" if was else ""
        report.error(
            cell.line,
            cell.col + 1,
            where,
            f"'{cell.value}' is a date, not a house number{probably}: a spreadsheet turns a "
            "number such as '1-2-3' or '3-12' into a date when the column is not formatted as "
            "text; type the number as the signer wrote it, with the column set to Text, and "
            "export again",
        )


@cache
def _numbered(field: str) -> bool:
    """Whether the field is a part of a street line a house number is written in; each address
    set's own too ("m_street", "2_street": the part without the set's prefix)."""
    part = field.partition("_")[2] if field[:2] in _SET_PREFIXES else field
    return part in _FIELDS


@lru_cache(maxsize=1024)  # a list's unit lines repeat: "Apt 2"
def _was(text: str, months: frozenset[str]) -> str | None:
    """The house number `text` probably was, "" when its date does not say, or None when
    `text` is no date. `months`: every start of a month's name (_months)."""
    if text.count(" ") > 1:  # a street's words: no date's form has two spaces
        return None
    if (found := _YEAR_FIRST.fullmatch(text)) is not None:
        year, _, month, day = found.groups()
        return f"{int(year) - 2000}-{int(month)}-{int(day)}" if int(year) in _CENTURY else ""
    if _YEAR_LAST.fullmatch(text) is not None or _JAPANESE.fullmatch(text) is not None:
        return ""
    if (found := _DAY_MONTH.fullmatch(text)) is not None:
        return "" if (found[2] or found[3]).casefold() in months else None
    return None


@cache
def _months(language: str, country: str) -> frozenset[str]:
    """Every start of the months' names Excel may write, folded: in English, the campaign's
    language and the country's own (CLDR). A three-letter start of one is Excel's short form
    ("мар", "Mär"); each start is kept, so a word is looked up once, not against each name."""
    names: set[str] = set()
    for name in ("en", language, *(cldr.official_languages(country) if country else ())):
        if name and cldr.known(name):
            names.update(month.casefold() for month in cldr.months(name))
    return frozenset(name[:end] for name in names for end in range(1, len(name) + 1))
