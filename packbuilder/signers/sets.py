"""Address sets a header numbers: "Address 1 - City" beside "Address 2 - City", "Address Zip
- 1" beside "Address Zip - 2", "Address1_City" beside "Address2_City". A number names a set
when the same part of an address appears under two numbers; "Address Line 1" and "Address
Line 2" alone name two lines of one set, since each names a different part."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache

from packbuilder.signers import words

#: Words that say only "address" around a set's number ("Address 2 - Type": the set's kind).
_ADDRESS = frozenset({("address",), ("adress",), ("addr",), ("adresse",), ("dirección",)})
#: Set numbers become field prefixes "1_" to "9_": more sets than that are not numbered.
MOST = 9


@dataclass(frozen=True)
class Numbered:
    """The columns of a header's numbered address sets."""

    #: Column index -> (the set's field prefix "1_", the part the column holds: "city").
    parts: dict[int, tuple[str, str]]
    #: The set's prefix -> the column that says its kind (Home, Work), if it has one.
    labels: dict[str, int]


def numbered(cells: Sequence[str], readings: Sequence[words.HeaderReading]) -> Numbered:
    """The header's numbered address sets: a number names a set where the same part appears
    under two numbers in the same words ("Address 1 - City", "Address 2 - City"); then every
    column numbered in those words is a part of its set ("Address 1 - Extended Address" with
    no second one), or the column saying the set's kind ("Address 2 - Label")."""
    known = words.load()
    toks = [words.words(cell, known) for cell in cells]
    #: (words before the number, words after it, the part) -> numbers
    groups: dict[tuple[tuple[str, ...], tuple[str, ...], str], set[int]] = {}
    for col, t in enumerate(toks):
        whole = readings[col]
        if not whole.addressy and whole.role != "formatted":
            continue
        for i, number in _numbers(t):
            # The number names a set only where the words without it name the part the
            # header names: in "Address Line 2" the 2 is the line ("Address Line" alone is
            # the street); "Address 2 - City" is a town with or without it.
            role = words.read_words(t[:i] + t[i + 1 :]).role
            if role is None or role not in (whole.role or role, *whole.roles):
                continue
            if whole.role is None and role == "address":
                continue
            groups.setdefault((t[:i], t[i + 1 :], role), set()).add(number)
    shared = [key for key, numbers in groups.items() if len(numbers) > 1]
    before = {head for head, _, _ in shared}
    after = {tail for _, tail, _ in shared}
    numbers = {n for key in shared for n in groups[key]}
    parts: dict[int, tuple[str, str]] = {}
    labels: dict[str, int] = {}
    for col, t in enumerate(toks):
        for i, number in _numbers(t):
            if number not in numbers or (t[:i] not in before and t[i + 1 :] not in after):
                continue
            rest = t[:i] + t[i + 1 :]
            if tuple(w for w in rest if (w,) not in _ADDRESS) in known.set_labels:
                labels.setdefault(f"{number}_", col)
                break
            role = words.read_words(rest).role
            if role in words.POSTAL or role == "formatted":
                parts[col] = (f"{number}_", str(role))
                break
    # Numbers whose "sets" each hold one part only number lines, not sets: CiviCRM's
    # "Supplemental Address 1/2/3" are the lines under one street.
    kinds: dict[str, set[str]] = {}
    for prefix, part in parts.values():
        kinds.setdefault(prefix, set()).add(part)
    if all(len(held) < 2 for held in kinds.values()):
        return Numbered({}, {})
    return Numbered(parts, labels)


def _numbers(toks: tuple[str, ...]) -> list[tuple[int, int]]:
    """(position, number) of each number a header's words hold that may number a set."""
    return [(i, int(t)) for i, t in enumerate(toks) if t.isdigit() and 0 < int(t) <= MOST]


#: A set's kind (the qualifier its label names) -> its rank: the signer's own address first,
#: then one with no kind, then billing or shipping, then work and other addresses.
RANK = {"home": 0, None: 1, "mailing": 1, "billing": 2, "work": 3, "not_theirs": 4}


def kind(value: str) -> str | None:
    """The qualifier a set's label names ("Home", "* Work", "Privat"), or None."""
    if not value:
        return None
    reading = words.read_header(value)
    return reading.qualifier if reading.role is None else None


@cache
def _kind_of(value: str) -> str | None:
    return kind(value)


def ranked(
    labels: Mapping[str, int], fields: Iterable[str], row: Sequence[str]
) -> list[tuple[int, str, str]]:
    """A row's numbered sets that give something, as (rank, prefix, its label as written),
    the one to print first: a home set, then one with no kind, then the others (a work set
    only when nothing else)."""
    out = []
    for prefix in sorted({f[:2] for f in fields if f[:1].isdigit()}):
        col = labels.get(prefix)
        label = " ".join(row[col].split()) if col is not None and col < len(row) else ""
        out.append((RANK[_kind_of(label)], prefix, label))
    return sorted(out)


def name(prefix: str, label: str) -> str:
    """How messages name a numbered set: "address 2 ('Work')"."""
    return f"address {prefix[0]}" + (f" ('{label}')" if label else "")


def next_line(
    keys: Sequence[str], index: int, field: tuple[str, str], found: Mapping[str, int]
) -> str | None:
    """The field of a street column under the same header as the street column right before
    it ("Address,Address", apimo's "Adresse,Adresse": a form's street field of two lines, each
    under the field's title): the next line of the same address; None for any other column.
    `field`: the column's (set prefix, part); `keys`: the headers as compared."""
    prefix, part = field
    start = index
    while start > 0 and keys[start - 1] == keys[index]:
        start -= 1
    if part != "street" or found.get(prefix + part) not in range(start, index):
        return None
    free = [prefix + f for f in words.LINES.values() if prefix + f not in found]
    return free[0] if free else None


#: Parts a list may give in levels, each level a column of its own (levels.py).
LEVELS = frozenset({"building", "neighbourhood"})


def add_level(
    keys: Sequence[str],
    index: int,
    first: int,
    field: tuple[str, str],
    joined: dict[str, tuple[int, ...]],
) -> bool:
    """Whether the column at `index`, read as the same field as column `first`, is a further
    level of it (Корпус then Строение, 村里 then 鄰): another header, right after `first` or
    after its last level; if so it is added to `joined`. `field`: (the field, its part)."""
    name, part = field
    more = joined.get(name, ())
    if part not in LEVELS or keys[index] == keys[first] or index - 1 not in (first, *more):
        return False
    joined[name] = (*more, index)
    return True
