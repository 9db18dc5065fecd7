"""A column whose header only says "number" ("No.", "Nr.", "Nº", "Número do ingresso") standing
apart from the address: a hand-made sheet's row number, an event's ticket number or a
member's number, never the house number, when the streets carry their own; where they do not,
refused with the signer_columns lines that say which it is. The column report says it."""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from typing import Protocol

from packbuilder.signers import columns, unplaced, values, words
from packbuilder.signers.table import Row

#: Share of the rows giving both a street and the number whose street has a number of its
#: own, for the streets to carry their house numbers: most, so one street typed without its
#: number ("Main St") does not decide.
CARRIED = 0.8
#: A house number inside a street cell: digits standing as a word of their own (with a
#: letter, or joined by "/" or "-": "12", "5a", "12/3", "1-1"), never an ordinal ("5th").
_NUMBER = re.compile(
    r"(?<![0-9A-Za-z])\d{1,6}(?:\s?[A-Za-z])?(?:[/-]\d{1,6}[A-Za-z]?)*(?![0-9A-Za-z])"
)
#: Parts of an address set that stand on a street's line: a house number written apart stands
#: beside one of them ("Straße;Nr.", "Número;Rua", "Street;No;Unit").
_STREET_LINE = frozenset(
    {"address", "street", "street2", "street3", "unit", "building", "floor", "po_box"}
    | {"house_number_ext", "street_prefix", "street_type", "street_suffix", "care_of"}
)
#: Address parts (any set's) whose columns around the number make it one of theirs.
_ADDRESS = frozenset(columns.ADDRESS_FIELDS) | {"address"}
ROW_NUMBER = "a row or ticket number"


class Settling(Protocol):
    """What by_values settles: columns placed, not used (with why) and refused."""

    found: dict[str, int]
    not_postal: dict[int, str]
    mapping: columns.Mapping_
    header: Row
    errors: list[tuple[int, str]]
    #: Columns read in place of another: no longer "also looks like" that one.
    replaced: set[int]


def set_aside(
    settling: Settling, sample: Callable[[int], values.Sample], countries: tuple[str, ...]
) -> None:
    """Each house-number column under a bare number word, standing apart from its address
    set's street line, is not used when the streets carry their own numbers (the next column
    the header names a house number takes its place), and refused when they do not: a
    ticket's number and a house number look alike, and only the organiser knows. So is a
    column of numbers under a header that only says "number" ("N°", "#") and names no part."""
    del countries  # the same step signature as the others (steps.py)
    for field, col in sorted(settling.found.items(), key=lambda item: item[1]):
        if unplaced.field_part(field) != "house_number" or field in settling.mapping.mapped:
            continue
        if _bare(settling.header.cells[col], settling.mapping, col):
            _judge(settling, sample, col, field)
    placed = {*settling.found.values(), *settling.not_postal}
    readings = settling.mapping.readings
    for col, header in enumerate(settling.header.cells):
        if col in placed or col >= len(readings) or readings[col].role is not None:
            continue
        if says_number(header) and values.telling(sample(col).looks, CARRIED) == "number":
            _judge(settling, sample, col, None)


def _judge(
    settling: Settling, sample: Callable[[int], values.Sample], col: int, field: str | None
) -> None:
    """Sets `col` aside as a row or ticket number, or refuses it, or leaves it be (a house
    number among the address's columns); `field` is the house number it was read as."""
    prefix = field[: -len("house_number")] if field else ""
    street = next(
        (settling.found[f] for f in (f"{prefix}street", f"{prefix}address") if f in settling.found),
        None,
    )
    if street is None and field is None:
        return  # no street to tell by: the values decide (by_values)
    own = sample(col).values
    shown = f" ('{own[0][1]}', line {own[0][0]})" if own else ""
    if _among(settling.found, prefix, col):
        another = _another(sample(col), sample(street)) if street is not None else ""
        if another == "ticket":
            # "Name,No,Street": 101 beside "12 Oak St" is no second house number; nor is a
            # "N.º" that names no part (1002 after "Rua Augusta 100") a flat's.
            settling.not_postal[col] = (
                f"{ROW_NUMBER}: its numbers{shown} are not the ones the streets beside "
                "it carry, so it is not printed"
            )
            if field:
                _next_in_place(settling, field, col)
        elif another == "unsure" and field:
            name = settling.header.cells[col].strip()
            settling.errors.append(
                (
                    col,
                    f"column '{name}'{shown} says only 'number' and stands beside a street "
                    "that has a number of its own: it may number the rows or the tickets, "
                    "or be part of the address. Say which in campaign.yaml, under "
                    f"signer_columns: 'ignore: [{name}]' if it numbers the rows, or "
                    f"'house_number: {name}' if it is the house number",
                )
            )
            settling.not_postal[col] = f"{ROW_NUMBER}, or the house number: refused above"
            _next_in_place(settling, field, col)
        return
    alternates = settling.mapping.alternates.get(field, ()) if field else ()
    other = next((c for c in alternates if _among(settling.found, prefix, c)), None)
    carried = _carried(sample(col), sample(street)) if street is not None else None
    if other is not None:
        settling.not_postal[col] = (
            f"{ROW_NUMBER}: it stands apart from the address{shown}, and "
            f"'{settling.header.cells[other].strip()}' beside the street is the house number"
        )
    elif carried is not None and carried[0]:
        settling.not_postal[col] = (
            f"{ROW_NUMBER}: it stands apart from the address{shown}, and the streets "
            f"carry their own house numbers ('{carried[1]}'), so it is not printed"
        )
    elif street is not None and (counted := _in_sequence(sample(col), sample(street))):
        settling.not_postal[col] = (
            f"{ROW_NUMBER}: it stands apart from the address, its numbers run in order "
            f"({counted}) as a list's numbers do, and none is the number its street carries, "
            "so it is not printed"
        )
    else:
        name = settling.header.cells[col].strip() or f"column {col + 1}"
        beside = f" ('{carried[1]}')" if carried is not None and carried[1] else ""
        settling.errors.append(
            (
                col,
                f"column '{name}'{shown} says only 'number' and stands apart from the address, "
                f"while the streets give no house number{beside}: it may number the rows or "
                "the tickets, or be the house number. Say which in campaign.yaml, under "
                f"signer_columns: 'ignore: [{name}]' if it numbers the rows, or "
                f"'house_number: {name}' if it is the house number",
            )
        )
        settling.not_postal[col] = f"{ROW_NUMBER}, or the house number: refused above"
    if field:
        _next_in_place(settling, field, col, other)


def says_number(header: str) -> bool:
    """Whether a header says "number" and nothing more ("N°", "N.", "Nr.") or is only a sign
    for one ("#"): a column of numbers under it counts something. "Jersey Number", "Number
    of Tickets" say what they count."""
    known = words.load()
    toks = words.words(header, known)
    return all(
        (t,) in known.bare_numbers or known.phrases.get((t,), ("", ""))[0] == "filler" for t in toks
    )


def _bare(header: str, mapping: columns.Mapping_, col: int) -> bool:
    """Whether the header's words only say "number" ("No.", "Nº", "Número do ingresso": a word
    packbuilder does not know beside it says nothing of a house)."""
    known = words.load()
    reading = mapping.readings[col] if col < len(mapping.readings) else words.read_header(header)
    toks = words.words(header, known)
    said = [
        t
        for t in toks
        if (t,) not in known.bare_numbers
        and t not in reading.unknown
        and known.phrases.get((t,), ("", ""))[0] != "filler"
    ]
    return bool(toks) and not said


def _among(found: dict[str, int], prefix: str, col: int) -> bool:
    """Whether the column stands among its address set's columns: beside a part of the
    street's line, or between two parts of the address."""
    parts = {
        c: unplaced.field_part(f)
        for f, c in found.items()
        if f.startswith(prefix)
        and unplaced.field_part(f) != "house_number"
        and (prefix or f[:2] not in ("m_", "b_", "w_"))
    }
    near = [parts.get(col - 1), parts.get(col + 1)]
    if any(p in _STREET_LINE for p in near):
        return True
    return all(p in _ADDRESS for p in near)


def _carried(number: values.Sample, street: values.Sample) -> tuple[bool, str]:
    """Whether the streets on the rows that give the number carry house numbers of their
    own, and a street to show (one with a number when they do, one without when not)."""
    numbers = {line for line, text in number.values if text.strip()}
    streets = [text for line, text in street.values if line in numbers and text.strip()]
    # A cell of several lines: its first is the street's ("Rua das Flores, 120" is one line).
    firsts = [text.strip().split("\n", 1)[0] for text in streets]
    with_number = [t for t in firsts if _NUMBER.search(t)]
    without = [t for t in firsts if not _NUMBER.search(t)]
    if streets and len(with_number) >= CARRIED * len(streets):
        return True, with_number[0]
    return False, without[0] if without else ""


def _another(number: values.Sample, street: values.Sample) -> str:
    """ "ticket" when, on two rows or more, most streets beside the number end or start with a
    house number of their own that is not it: "12 Oak St" beside 101 (the same number twice
    is one house number; "Rua 25 de Março" carries a date, not a house number); "unsure"
    when one row alone says so; "" otherwise."""
    streets = {line: text for line, text in street.values if text.strip()}
    pairs = [(text.strip(), streets[line]) for line, text in number.values if line in streets]
    pairs = [(n.casefold(), s.strip().split("\n", 1)[0]) for n, s in pairs if n.strip()]
    if not pairs or len({n for n, _ in pairs}) < len(pairs):
        return ""  # a ticket's number is never shared
    other = [n for n, s in pairs if (own := _ends(s)) and n not in own]
    if len(other) < CARRIED * len(pairs):
        return ""
    return "ticket" if len(pairs) > 1 else "unsure"  # one row tells too little


#: Fewest rows for numbers running in order to say they count the rows.
SEQUENCE = 3


def _in_sequence(number: values.Sample, street: values.Sample) -> str:
    """ "1001 to 1004" when the numbers are a list's own (a member's or a ticket's): on three
    rows or more, all digits of one width, each greater than the one above, and, on every row
    whose street carries a number, not that number, on one row at least. A house number
    written apart is the street's number; numbers in order that no street carries count the
    rows (HelloAsso's 'Numéro' 1001, 1002, ... beside '8 rue de la Paix')."""
    texts = [(line, text.strip()) for line, text in number.values if text.strip()]
    if len(texts) < SEQUENCE or not all(t.isdigit() for _, t in texts):
        return ""
    if len({len(t) for _, t in texts}) > 1:
        return ""
    if any(int(b) <= int(a) for (_, a), (_, b) in itertools.pairwise(texts)):
        return ""
    streets = {line: text.strip().split("\n", 1)[0] for line, text in street.values}
    carried = [(text, _ends(streets.get(line, ""))) for line, text in texts]
    carried = [(text, own) for text, own in carried if own]
    if not carried or any(text in own for text, own in carried):
        return ""
    return f"{texts[0][1]} to {texts[-1][1]}"


def _ends(street: str) -> set[str]:
    """The numbers a street's line starts or ends with, where a house number stands."""
    found = list(_NUMBER.finditer(street))
    text = street.rstrip(" ,.")
    return {
        m.group().casefold()
        for m in found
        if not street[: m.start()].strip() or not text[m.end() :].strip()
    }


def _next_in_place(settling: Settling, field: str, col: int, other: int | None = None) -> None:
    """`field` no longer read from `col`: `other`, or the next column the header names for
    it, is."""
    alternates = settling.mapping.alternates
    for part, more in alternates.items():
        alternates[part] = tuple(c for c in more if c != col)
    del settling.found[field]
    more = alternates.get(field, ())
    if other is not None:
        settling.found[field], alternates[field] = other, tuple(c for c in more if c != other)
    elif more:
        settling.found[field], alternates[field] = more[0], more[1:]
    if field in settling.found:
        settling.replaced.add(settling.found[field])


#: A house number written apart: digits, perhaps a letter or a second number ("12", "5a",
#: "12/3").
HOUSE = re.compile(r"\d{1,5}(?:\s?[a-zA-Z]|[/-]\d{1,4}[a-zA-Z]?)?")


def beside_the_street(
    settling: Settling, sample: Callable[[int], values.Sample], col: int, got: values.Sample
) -> str:
    """Why a column of short numbers (`got`) is the house number, or "": right after a street
    column whose streets have no number ("Marszałkowska" | "10"), where every format writing
    it apart puts it; or right before one under a header that says "number" in words (a
    French form's "N°" | "Voie": the number the street is written after), unless its numbers
    count the rows (1, 2, 3)."""
    street = settling.found.get("street")
    header = settling.header.cells[col]
    before = street == col + 1 and says_number(header) and any(c.isalpha() for c in header)
    if street is None or (street != col - 1 and not before) or "house_number" in settling.found:
        return ""
    texts = [text for _, text in got.values]
    if not texts or not all(HOUSE.fullmatch(text) for text in texts):
        return ""
    if any(any(ch.isdigit() for ch in text) for _, text in sample(street).values):
        return ""
    counted = all(t.isdigit() for t in texts) and all(
        int(t) == int(texts[0]) + i for i, t in enumerate(texts)
    )
    if before and len(texts) > 2 and counted:
        return ""  # a row's number
    line, text = got.first()
    where = "before" if before else "after"
    return (
        f"by its values and place: house numbers ({len(texts)} of {len(texts)}, line {line}: "
        f"'{text}') {where} '{settling.header.cells[street].strip()}', whose streets have no "
        "number"
    )
