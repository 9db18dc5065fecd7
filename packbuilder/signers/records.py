"""A record's own name: an export of orders, opportunities or cases (Dynamics 365's "Name"
beside "Customer") names each row's record in its bare "Name" column ("Letter kit order"), or
a thing's under a word packbuilder does not know (TikTok Shop's "Warehouse Name"), and the
person in a column whose header only says who the row is (Customer, Contact, Donor,
Comprador, 注文者, Recipient). When the "Name" values are not people's names and that
column's are, the person signs; the record's name is listed as not used, with a value. A
person's name under the record's word ("Order Name" in Tito's ticket export, beside the
holder's "Ticket Full Name") is whoever the order's billing address is: that set's own name
(whose.py), so a ticket bought for somebody else never prints the buyer's address on the
holder's letter."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Protocol

from packbuilder.signers import columns, values, vocabulary
from packbuilder.signers.table import Row

#: Share of a column's values that must be people's names for it to name the row's person,
#: and the share of the record's "Name" values that may look like one (an order called
#: "Spring Gala Tickets" has three capitalised words).
PERSONS = 0.8
RECORD_PERSONS = 0.5
#: Whose the person's column may say it is: the row's own (Customer, Contact) or the one an
#: order is shipped to (TikTok Shop's "Recipient" beside its "Warehouse Name").
_PERSON = ("home", "billing")


class Settling(Protocol):
    """What by_values settles: columns placed, and those not used with why."""

    found: dict[str, int]
    not_postal: dict[int, str]
    mapping: columns.Mapping_
    header: Row


class Placed(Settling, Protocol):
    """What by_values settles, with the column report's evidence (why each column was placed):
    what the steps that place a column by its values take."""

    evidence: dict[int, str]


def place(
    settling: Settling, sample: Callable[[int], values.Sample], countries: tuple[str, ...]
) -> None:
    """Sets a bare "Name" column of records' names aside, so that the column of the row's
    person beside it is placed as the name by its values."""
    col = settling.found.get("name")
    readings = settling.mapping.readings
    given = {"first_name", "last_name"} & settling.found.keys()
    if col is None or given or "name" in settling.mapping.mapped or col >= len(readings):
        return
    if readings[col].qualifier is not None:
        return  # "Customer Name", "Ship To Name": whose name the header says ("Warehouse
        # Name" does not: a word packbuilder does not know)
    own = sample(col)
    if not own.looks or own.count("person") > RECORD_PERSONS * len(own.looks):
        return
    taken = set(settling.found.values()) | set(settling.not_postal)
    for other, reading in enumerate(readings):
        if other in taken or reading.role is not None or reading.qualifier not in _PERSON:
            continue
        theirs = sample(other)
        if theirs.looks and theirs.count("person") >= PERSONS * len(theirs.looks):
            line, text = own.first()
            who = theirs.first("person")[1]
            del settling.found["name"]
            if owner := readings[col].owner:  # no more "'Warehouse' columns are the signer's"
                said = settling.mapping.said
                gone = tuple(x for x in said if x.casefold().startswith(f"'{owner}' columns"))
                settling.mapping = dataclasses.replace(
                    settling.mapping, said=tuple(x for x in said if x not in gone)
                )
            settling.not_postal[col] = (
                f"the name of each row's {readings[col].owner or 'record'} (line {line}: "
                f"'{text}'), not a person's; '{settling.header.cells[other].strip()}' names "
                f"the person ('{who}')"
            )
            return


def buyer(
    settling: Settling, sample: Callable[[int], values.Sample], countries: tuple[str, ...]
) -> None:
    """Reads columns of people's names under a record's word ("Order Name", "Booking First
    Name") as the billing set's own name, where the list has a billing or shipping set with
    no name column of its own and the signer's name is in other columns."""
    found = settling.found
    if not any(f.startswith("b_") for f in found) or any(f[2:] in _NAMES for f in found):
        return
    known = vocabulary.load()
    for col, reading in enumerate(settling.mapping.readings):
        parts = [r for r in (reading.role, *reading.roles) if r in _NAMES]
        if col in found.values() or len(parts) != 1 or reading.qualifier is not None:
            continue
        if set(reading.roles) - {parts[0], "other_data"} or "b_" + parts[0] in found:
            continue
        said = vocabulary.words(settling.header.cells[col], known)
        if not known.records.intersection(said) or set(reading.unknown) - known.records:
            continue
        if _people(sample(col), whole=parts[0] == "name"):
            found["b_" + parts[0]] = col
            settling.not_postal.pop(col, None)


def numbered(header: str, sample: values.Sample) -> values.Sample:
    """The sample of a reference column, its bare numbers of three digits or more read as a
    record's number where the header has a record's word (a Spanish order export's
    "Referencia" of 100234, beside a shop's "Referencia" of "Frente al parque"): no landmark
    or line of an address is digits alone."""
    known = vocabulary.load()
    if not known.records.intersection(vocabulary.words(header, known)):
        return sample
    looks = tuple(
        f | {"record"} if "number" in f and sum(ch.isdigit() for ch in t) >= 3 else f
        for (_, t), f in zip(sample.values, sample.looks, strict=True)
    )
    return dataclasses.replace(sample, looks=looks)


def _people(theirs: values.Sample, whole: bool) -> bool:
    """Whether a column's first values are people's names (`whole`), or parts of them:
    words of letters, no digit."""
    if not theirs.looks:
        return False
    if whole:
        return theirs.count("person") >= PERSONS * len(theirs.looks)
    return all(
        any(ch.isalpha() for ch in v) and not any(ch.isdigit() for ch in v)
        for _, v in theirs.values
    )


_NAMES = frozenset({"name", "first_name", "last_name"})
