"""Account names are no person's name: a shop's "Customer Name" of 'nurul.a', 'ahmad.f'
beside its "Shipping Name" of 'Nurul Aisyah'; Etsy's "Buyer" of 'annlee12' beside "Full
Name". A name column whose values are mostly user names (one word written with a dot, an
underscore or a digit, or in small letters only where the script has capitals) gives way to
a column of people's names naming the row's person (a set's own name, a further name
column); it is listed as not used, with a value. With no such column it stays: a name the
file gave is never dropped."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Protocol

from packbuilder.signers import columns, values
from packbuilder.signers.table import Row

#: Share of a column's values that must be account names for it to be one.
SHARE = 0.8
#: Share of the other column's values that must be people's names for it to sign.
PEOPLE = 0.8
_MARKS = frozenset("._0123456789")


def is_handle(text: str) -> bool:
    """Whether a value is written as a user name: one word, no e-mail address, with a dot,
    an underscore or a digit between letters, or every letter small in a script with
    capitals ('annlee12', 'nurul.a', 'dgarcia'; not 'Cher', '王芳', 'J. Lee')."""
    word = text.strip()
    if not word or "@" in word or any(ch.isspace() for ch in word):
        return False
    cased = [ch for ch in word if ch.isalpha() and ch.lower() != ch.upper()]
    if not any(ch.isalpha() for ch in word):
        return False
    return bool(_MARKS.intersection(word[1:])) or (bool(cased) and word == word.lower())


def _handles(sample: values.Sample) -> bool:
    texts = [text for _, text in sample.values]
    return bool(texts) and sum(map(is_handle, texts)) >= SHARE * len(texts)


def _people(sample: values.Sample) -> bool:
    return bool(sample.looks) and sample.count("person") >= PEOPLE * len(sample.looks)


class Settling(Protocol):
    """What by_values settles: columns placed, those not used with why."""

    found: dict[str, int]
    not_postal: dict[int, str]
    mapping: columns.Mapping_
    header: Row
    #: Columns whose header warnings no longer hold.
    replaced: set[int]


def set_aside(
    settling: Settling, sample: Callable[[int], values.Sample], countries: tuple[str, ...]
) -> None:
    """Sets a full-name column of account names aside where another column names the row's
    person: a set's own name ("Shipping Name") or the name column's further column signs in
    its place, or the name's parts ("First Name", "Last Name") print; a further column of
    account names beside a full name of people's ("Buyer" beside Etsy's "Full Name") is
    never used for it."""
    found, mapping = settling.found, settling.mapping
    col = found.get("name")
    if col is None or "name" in mapping.mapped:
        return
    alternates = dict(mapping.alternates)
    header = [c.strip() for c in settling.header.cells]
    if _handles(sample(col)):
        own = [p + "name" for p in columns.SETS if p + "name" in found]
        instead = [found[f] for f in own] + list(alternates.get("name", ()))
        person = next((c for c in instead if _people(sample(c))), None)
        parts = [found[f] for f in ("first_name", "last_name") if f in found]
        if person is None and not parts:
            return  # no other name: the file's only one prints
        for field in own:
            if found[field] == person:
                del found[field]
        if person is None:
            del found["name"]
        else:
            found["name"] = person
        alternates["name"] = tuple(c for c in alternates.get("name", ()) if c != person)
        shown = parts or ([person] if person is not None else [])
        settling.not_postal[col] = _why(sample(col), [header[c] for c in shown])
    for other in alternates.get("name", ()):
        if _handles(sample(other)):
            alternates["name"] = tuple(c for c in alternates["name"] if c != other)
            settling.not_postal[other] = _why(sample(other), [header[found["name"]]])
            settling.replaced.add(other)  # no "also looks like full name": it is not used
    if alternates != mapping.alternates:
        settling.mapping = dataclasses.replace(mapping, alternates=alternates)


def _why(handles: values.Sample, people: list[str]) -> str:
    line, text = handles.first()
    named = " and ".join(f"'{h}'" for h in people)
    return (
        f"account names (line {line}: '{text}'), not a person's name; {named} "
        f"{'name' if len(people) > 1 else 'names'} the person"
    )
