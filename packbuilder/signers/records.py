"""A record's own name: an export of orders, opportunities or cases (Dynamics 365's "Name"
beside "Customer") names each row's record in its bare "Name" column ("Letter kit order"), or
a thing's under a word packbuilder does not know (TikTok Shop's "Warehouse Name"), and the
person in a column whose header only says who the row is (Customer, Contact, Donor,
Comprador, 注文者, Recipient). When the "Name" values are not people's names and that
column's are, the person signs; the record's name is listed as not used, with a value."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Protocol

from packbuilder.signers import columns, values
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
