"""One cell of a signer list: its text cleaned, placeholders ("N/A", "Info Requested") told
from names, and letters lost or garbled by an earlier wrong encoding found."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import accumulate

from packbuilder.language import scripts
from packbuilder.signers import columns, garbled, people
from packbuilder.signers.report import Report
from packbuilder.signers.table import LINE_BREAK

# Longer than anything that fits on a signature or return-address line at letter size.
MAX_CELL_CHARS = 200
LOST_CHARACTER = (
    "'{text}' has a '?' where a letter was probably lost: the file was saved as plain CSV, "
    'which cannot hold every letter; save it again as "CSV UTF-8"'
)
LOST_LETTER = (
    "'{text}' has a '?' inside a word, where the file lost a letter when it was saved as plain "
    "CSV (which cannot hold every letter), so the letter would print a '?' in it: type the "
    'letter in the cell, or save the list again as "CSV UTF-8"'
)
#: A '?' touching a letter ("Nguy?n", "Jo?o", "Stra?e"): no name or address has one there.
_IN_A_WORD = re.compile(r"[^\W\d_]\?|\?[^\W\d_]")

#: Values exporters and form-fillers put where a name should be. Eventbrite writes "Info
#: Requested" in every field it did not collect for an attendee.
PLACEHOLDERS = frozenset(
    (
        "info requested", "anonymous", "anon", "n/a", "n.a", "none", "unknown", "not provided",
        "not given", "test", "guest", "attendee", "first name", "last name", "name", "xxx",
        "tbd", "익명", "匿名", "anonyme", "anónimo", "anónima",
    )
)  # fmt: skip


#: What may follow "Family, Given" in a name cell and is not a given name: a generational
#: suffix, a degree or a company's form ("Lee, Jr.", "Lee, MD", "Acme, Inc."), so such a cell
#: is left as written.
NAME_SUFFIXES = frozenset(
    (
        "jr", "sr", "ii", "iii", "iv", "v", "md", "phd", "dds", "dmd", "esq", "rn", "cpa", "mba",
        "ma", "msc", "bsc", "obe", "mbe", "cbe", "kc", "qc", "inc", "llc", "ltd", "co", "corp",
        "gmbh", "plc",
    )
)  # fmt: skip

#: Words a report's closing line starts with where a name would be ("Total: 12 registrants",
#: "Grand total 40", "합계 3"): the line counts rows, it is not a signer.
SUMMARY_WORDS = frozenset(
    (
        "total", "totals", "grand total", "subtotal", "sum", "summary", "count", "gesamt",
        "insgesamt", "summe", "total général", "totale", "suma", "razem", "итого", "всего",
        "合计", "總計", "总计", "合計", "共计", "합계", "총계", "toplam", "tổng", "tổng cộng",
    )
)  # fmt: skip


TOTAL = "a report's total line, not a signer"
_SUMMARY = re.compile(r"(\D*?)[\s:=]*(\d[\d,.\s]*)(\s+\w+)?\s*")


def summary_line(text: str) -> bool:
    """True for a report's total line standing where a name would be: a summary word, then
    a number ("Total: 1 registrant", "Grand Total 12"), and nothing that reads as a name."""
    folded = text.casefold()
    if _DIGIT.search(folded) is None:  # a name: no count in it
        return False
    found = _SUMMARY.fullmatch(folded)
    return found is not None and found[1].strip(" :=-") in SUMMARY_WORDS


def turned_round(name: str) -> str | None:
    """ "Ann Lee" for a full-name cell written family name first with a comma ("Lee, Ann",
    as directories and billing systems write it), or None when the cell is not that shape (no
    comma, more than one, or a suffix after it: "Lee, Jr.")."""
    family, comma, given = name.partition(",")
    family, given = family.strip(), given.strip()
    if not comma or not family or not given or "," in given:
        return None
    if given.casefold().replace(".", "") in NAME_SUFFIXES:
        return None
    if given.isupper() and not family.isupper() and len(family.split()) > 1 and len(given) <= 5:
        return None  # letters after a whole name ("Ann Lee, DTM"), not a given name
    if not all(ch.isalpha() or ch in " .'-’" for ch in family + given):
        return None
    if scripts.family_name_first(family + given):
        return family + given  # 김, 민준: Korean, Chinese and Japanese names keep family first
    return f"{given} {family}"


#: A whole cell of words in brackets is a slot for a value, not the value: a lead form's test
#: entry ("<test lead: dummy data for full_name>"), a mail-merge field left in ("{{first_name}}",
#: "[First Name]", Word's "«First_Name»", Mailchimp's "*|FNAME|*"). Nobody writes their name or
#: street so; markup ("<img src=x>") is text, and prints as written.
_SLOT_WORDS = r"[\w .:,'-]+"
_SLOT = re.compile(
    rf"<+{_SLOT_WORDS}>+|\{{+{_SLOT_WORDS}\}}+|\[{_SLOT_WORDS}\]|«{_SLOT_WORDS}»"
    rf"|\*\|{_SLOT_WORDS}\|\*|%\w+%"
)


@lru_cache(maxsize=1024)  # asked of each cell; a list's towns, regions and countries repeat
def is_placeholder(text: str) -> bool:
    """True for a value that stands where a name or address part was not given ("N/A" but
    not the surname "Na"; "Info Requested"; a lone dash or question mark; a slot in
    brackets)."""
    norm = " ".join(text.casefold().split()).strip(" .")
    return norm in PLACEHOLDERS or _ALNUM.search(norm) is None or is_slot(norm)


#: A letter or digit (what str.isalnum() is true of: \w without the underscore).
_ALNUM = re.compile(r"[^\W_]")


#: A whole name cell in round brackets is a platform's note where it shows no name: connpass's
#: "(退会ユーザー)" (a withdrawn user), "(deleted user)", "(anonymous)". Nobody signs so.
_ASIDE = re.compile(r"[(（][^()（）]*[^\W\d_][^()（）]*[)）]")


def is_aside(text: str) -> bool:
    """True for a whole cell of words in round brackets (see _ASIDE)."""
    return _ASIDE.fullmatch(text.strip()) is not None


def is_slot(text: str) -> bool:
    """True for a whole cell in brackets: a slot for a value (see _SLOT)."""
    return text[:1] in "<{[«*%" and _SLOT.fullmatch(text.strip()) is not None


@dataclass(slots=True)
class Cell:
    """A row's cell for one field: as written, cleaned, its lines, and where it is."""

    raw: str
    value: str
    lines: list[str]
    col: int
    line: int
    #: The column of each line, where its lines are levels from columns of their own.
    cols: tuple[int, ...] = ()


_NAMED = ("name", "first_name", "last_name")
PLACEHOLDER = "placeholder text such as 'Info Requested'"


def _stands_for_the_name(field: str, value: str, cells: dict[str, Cell]) -> bool:
    """False for a placeholder in a name part beside a full name that prints and does not
    hold it (Microsoft Forms' account "anonymous" beside the form's "Full name" answer); a
    placeholder in the full name, or in a part the full name holds ("Test" in "Test Smith"),
    stands for the row's name."""
    full = cells.get("name")
    if field == "name" or full is None or not full.value or is_placeholder(full.value):
        return True
    return value.casefold() in full.value.casefold()


#: What a form-filler writes in a name part the person does not have (an Indonesian with one
#: name, "Sukarno", puts "-" or "." in the family name Google Forms requires): no part.
_NOTHING = frozenset(("n/a", "n.a", "none", "-", "."))
NO_PART = (
    "a mark where the person has no such name part ('-', '.', 'n/a'): the name prints without it"
)


def _no_part(field: str, value: str, cells: dict[str, Cell]) -> bool:
    """True for a name part that says the person has none ("-", ".", "n/a"), beside another
    part with a name in it: the part is empty, the name prints with the others."""
    if field not in columns.NAME_FIELDS[1:] or field == "prefix":
        return False
    norm = " ".join(value.casefold().split())
    if norm not in _NOTHING and any(ch.isalnum() for ch in norm):
        return False
    return any(
        c.value and f != field and not is_placeholder(c.value)
        for f in ("first_name", "middle_name", "last_name")
        if (c := cells.get(f)) is not None
    )


#: Parts of an address whose cell is never the same as the town's or the region's: a street is
#: not called after its town. The same words in both are what an export writes for a detail
#: the person did not share ("Not shared by donor", "Withheld", "Prefer not to say").
_STREETS = frozenset(("address", "street", "street2"))
_PREFIXES = ("", *(p for p in columns.SETS if p), *columns.NUMBERED)
_STREET_FIELDS = frozenset(p + f for p in _PREFIXES for f in _STREETS)
_DIGIT = re.compile(r"\d")
WITHHELD = "the same words as the row's other address cells: a detail not shared, not a place"


def drop_placeholders(
    cells: dict[str, Cell], left_out: Callable[[Cell, str], None]
) -> tuple[str, str]:
    """Empty every cell that holds a placeholder (or, for a name, a report's total line; for
    an address, words the street shares with the town or region), saying each to `left_out`.
    Returns the first placeholder standing for a name, and the full name's own."""
    seen = held = ""
    withheld = _withheld(cells)
    for field, cell in cells.items():
        if not cell.value:
            continue
        named = field in _NAMED
        total = named and summary_line(cell.value)
        aside = named and is_aside(cell.value)
        if not (total or aside or field in withheld or is_placeholder(cell.value)):
            continue
        if field == "name" and not total:
            held = cell.value
        if named and not _stands_for_the_name(field, cell.value, cells):
            named = False
        no_part = not total and _no_part(field, cell.value, cells)
        seen = seen or (cell.value if named and not no_part else "")
        cell.value, cell.lines = "", []
        why = TOTAL if total else WITHHELD if field in withheld else PLACEHOLDER
        left_out(cell, NO_PART if no_part else why)
    return seen, held


def _withheld(cells: dict[str, Cell]) -> frozenset[str]:
    """The address fields of a row whose street cell, with no digit, is the same text as
    another of its address cells (Benevity's "Not shared by donor" in Address, City and
    State): those cells say the detail was not shared."""
    # Asked of every row: most streets have a number, and then nothing more is looked at.
    if not any(
        f in _STREET_FIELDS and c.value and _DIGIT.search(c.value) is None for f, c in cells.items()
    ):
        return frozenset()
    postal = {
        field: cell.value.casefold()
        for field, cell in cells.items()
        if cell.value and field not in columns.NAME_FIELDS and field != "email"
    }
    out: set[str] = set()
    for field, value in postal.items():
        if _part(field) not in _STREETS or any(ch.isdigit() for ch in value):
            continue
        # Only another part of the same set: a shipping set's street written again in the
        # billing set (bol.com's "straat_verzending", "straat_facturatie") is one address.
        prefix = set_prefix(field)
        same = [
            f for f, v in postal.items() if v == value and f != field and set_prefix(f) == prefix
        ]
        if same:
            out.update((field, *same))
    return frozenset(out)


def _part(field: str) -> str:
    """The part a field names without its address set's prefix ("m_street" -> "street")."""
    return field[len(set_prefix(field)) :]


def split_region(cells: dict[str, Cell]) -> None:
    """A region cell of places joined by "-" in a row with no town ("广东省-广州市-天河区",
    问卷星's province-city-district answer): the province, the city and the district, each
    in its own part (a municipality written twice, "北京市-北京市-海淀区", once)."""
    if cells.keys().isdisjoint(_REGION_FIELDS):
        return  # (a look at a set of keys: most lists have no region cell in any set)
    for prefix, region in _REGIONS:
        cell = cells.get(region)
        if cell is None or "-" not in cell.value:
            continue
        town = cells.get(prefix + "city")
        parts = [p.strip() for p in cell.value.split("-")]
        if (town is not None and town.value) or not 2 <= len(parts) <= 3:
            continue
        # The province first, as a place ends; a smaller one may not ("九龙", Kowloon).
        if not people.is_place(parts[0]) or not all(_han_place(p) for p in parts):
            continue
        parts = [p for n, p in enumerate(parts) if n == 0 or p != parts[n - 1]]
        for name, part in zip(("region", "city", "district"), parts, strict=False):
            cells[prefix + name] = Cell(part, part, [part], cell.col, cell.line)


_REGIONS = tuple((p, p + "region") for p in _PREFIXES)
_REGION_FIELDS = frozenset(region for _, region in _REGIONS)


def _han_place(text: str) -> bool:
    return people.is_place(text) or (scripts.has_east_asian(text) and text.isalpha())


def set_prefix(field: str) -> str:
    """The address set's prefix of a field ("m_formatted" -> "m_")."""
    head = field[:2]
    return head if head in columns.SETS or head in columns.NUMBERED else ""


@cache
def set_fields(prefix: str) -> tuple[str, ...]:
    """The address fields of the set `prefix`, in order ("m_street", "m_city", ...)."""
    return tuple(prefix + f for f in columns.ADDRESS_FIELDS)


def set_parts(prefix: str) -> frozenset[str]:
    """The fields of the address set `prefix` but its country (a country alone is no
    address)."""
    return frozenset(prefix + f for f in columns.ADDRESS_FIELDS if f != "country")


def lost_characters(
    report: Report, cells: dict[str, Cell], where: str, fields: tuple[str, ...]
) -> None:
    """An error for a '?' inside a word (a letter the file lost when it was saved) and for text
    garbled by a wrong decoding before the file was saved; a warning for another '?'."""
    if all(c.value.isascii() and "?" not in c.value for c in cells.values()):
        return  # most rows: no cell to look at (an ASCII cell is never garbled UTF-8)
    for field in fields:
        cell = cells.get(field)
        if cell is None or (cell.value.isascii() and "?" not in cell.value):
            continue
        if _IN_A_WORD.search(cell.value):
            report.error(cell.line, cell.col + 1, where, LOST_LETTER.format(text=cell.value))
        elif "?" in cell.value:
            report.warn(
                cell.line,
                cell.col + 1,
                where,
                LOST_CHARACTER.format(text=cell.value),
            )
        meant = garbled.unmangled(cell.value)
        if meant is not None:
            report.error(
                cell.line,
                cell.col + 1,
                where,
                f"'{cell.value}' is garbled: it is '{meant}' read in the wrong encoding "
                "somewhere before this file was saved; correct the cell, or export the "
                'list again and save it as "CSV UTF-8"',
            )


def cell_lines(raw: str, value: str) -> list[str]:
    """A cell's lines, each cleaned, the empty ones left out (a multi-line cell: Google Forms'
    "paragraph" answers, Airtable's long text); `value` is the cell cleaned whole."""
    if "\n" not in raw and "\r" not in raw:  # most cells: one line, the value
        return [value] if value else []
    return [text for part in LINE_BREAK.split(raw) if (text := clean(part))]


def cell_starts(cells: tuple[str, ...], line: int) -> list[int]:
    """The physical line each cell starts on, a quoted cell before it may span lines (and the
    line after the last cell's end)."""
    joined = "".join(cells)
    if "\n" not in joined and "\r" not in joined:  # most rows: one line
        return [line] * (len(cells) + 1)
    return list(accumulate((len(LINE_BREAK.findall(c)) for c in cells), initial=line))


def clean(raw: str) -> str:
    """NFC text with surrounding whitespace stripped and inner runs collapsed to one space."""
    if raw.isascii():  # most cells: nothing to compose
        return " ".join(raw.split())
    return " ".join(unicodedata.normalize("NFC", raw).split())


#: Unicode's control characters (category Cc: U+0000-001F and U+007F-009F) but tab and line
#: breaks, which are whitespace a spreadsheet cell may hold; other controls print as nothing or
#: as boxes, and usually mean text was pasted from somewhere odd. With them the direction
#: embeddings, overrides and isolates (U+202A-202E, U+2066-2069), which print nothing but
#: reverse the text around them: a name or an address printed backwards.
CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def mailchimp_parts(text: str) -> tuple[list[str], str, str, str, str] | None:
    """Mailchimp's address field exported as one cell: street line(s), city, state, ZIP and
    country, separated by two spaces. An empty slot stays in place ("10 Broad Lane    Sheffield
    S10 1UA  GB": four spaces where address line 2 and the state are empty), or the second
    street line is left out."""
    if "  " not in text:
        return None
    slots = [p.strip() for p in text.strip().split("  ")]
    if len(slots) == 6 and slots[0] and slots[2]:
        return [s for s in slots[:2] if s], slots[2], slots[3], slots[4], slots[5]
    parts = [p for p in slots if p]
    if len(parts) < 5:
        return None
    return parts[:-4], parts[-4], parts[-3], parts[-2], parts[-1]
