"""Address sets a header numbers: "Address 1 - City" beside "Address 2 - City", "Address Zip
- 1" beside "Address Zip - 2", "Address1_City" beside "Address2_City", Keap's "Address2Street1"
and "City2" beside "StreetAddress1" and "City". A number names a set when the same part of an
address appears under two numbers, or when it follows the word for an address and a part
follows it; "Address Line 1" and "Address Line 2" alone name two lines of one set, since each
names a different part."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

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
    under two numbers in the same words ("Address 1 - City", "Address 2 - City"), or where it
    follows the word for an address and a part follows it (Keap's "Address 2 Street 1",
    "Address2Street1": the set's street, its line 1); then every column numbered in those words
    is a part of its set ("Address 1 - Extended Address" with no second one, Keap's "City2"
    beside "City"), or the column saying the set's kind ("Address 2 - Label"). A first set
    written without its number (Keap's "StreetAddress1", "City", "ZipFour1") is the plain one."""
    known = words.load()
    toks = [words.words(cell, known) for cell in cells]
    #: (words before the number, words after it, the part) -> numbers
    groups: dict[tuple[tuple[str, ...], tuple[str, ...], str], set[int]] = {}
    #: Column -> (the set's number, the part) where the number follows the word for an address.
    led: dict[int, tuple[int, str]] = {}
    for col, t in enumerate(toks):
        whole = readings[col]
        if not whole.addressy and whole.role != "formatted":
            continue
        if (lead := _set_lead(t)) is not None:
            led[col] = lead
            continue  # its other numbers are the part's line ("Street 1")
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
    # A set led by the word for an address is a set where another column gives its parts
    # ("Street Address 1" beside "Address 2 Street 1"), or beside one of another number.
    plain = {str(r.role) for c, r in enumerate(readings) if r.postal and c not in led}
    led_parts = {n: {p for m, p in led.values() if m == n} for n, _ in led.values()}
    sets_led = {n for n, held in led_parts.items() if held & plain or len(led_parts) > 1}
    numbers |= sets_led
    parts: dict[int, tuple[str, str]] = {
        col: (f"{n}_", part) for col, (n, part) in led.items() if n in numbers
    }
    labels: dict[str, int] = {}
    for col, t in enumerate(toks):
        for i, number in _numbers(t) if col not in led else ():
            # "City 2", "Address 2 - Type" beside "Address 2 City"
            led_form = number in sets_led and (i == len(t) - 1 or t[i - 1 : i] in _ADDRESS)
            shaped = t[:i] in before or t[i + 1 :] in after or led_form
            if number not in numbers or not shaped:
                continue
            rest = t[:i] + t[i + 1 :]
            if tuple(w for w in rest if (w,) not in _ADDRESS) in known.set_labels:
                labels.setdefault(f"{number}_", col)
                break
            role = words.read_words(rest).role
            whole = readings[col]
            if role not in (whole.role or role, *whole.roles, "address"):
                continue  # "StreetAddress2" beside "City2": the street's second line
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
    unnumbered = {str(r.role) for c, r in enumerate(readings) if r.postal and c not in parts}
    if unnumbered - {"country"} and not kinds.get("1_", set()) & unnumbered:
        # Keap's first set: "StreetAddress1", "ZipFour1" beside "City", "State": one set.
        parts = {c: where for c, where in parts.items() if where[0] != "1_"}
    return Numbered(parts, labels)


def _set_lead(toks: tuple[str, ...]) -> tuple[int, str] | None:
    """(the set's number, the part) of a header whose number follows the word for an address
    and is followed by a part: "Address 2 Street 1" (its street), "Address 2 City"."""
    for i, number in _numbers(toks):
        if not i or toks[i - 1 : i] not in _ADDRESS or toks[i + 1 :] in words.load().set_labels:
            continue  # "Address 2 - Type": the set's kind
        after = words.read_words(toks[i + 1 :]).role
        part = words.read_words(toks[:i] + toks[i + 1 :]).role
        if after in words.POSTAL and after != "address" and part in words.POSTAL:
            return number, str(part)
    return None


def _numbers(toks: tuple[str, ...]) -> list[tuple[int, int]]:
    """(position, number) of each number a header's words hold that may number a set."""
    return [(i, int(t)) for i, t in enumerate(toks) if t.isdigit() and 0 < int(t) <= MOST]
