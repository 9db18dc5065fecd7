"""Which column of a signer list holds which part of a name or address: the header tables of
the platforms organisers export from, in the languages the pack is made for."""

from __future__ import annotations

import dataclasses
import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from packbuilder.signers import (
    again,
    further_lines,
    names,
    people,
    places,
    platforms,
    quals,
    rival_sets,
    set_numbers,
    sets,
    words,
)
from packbuilder.signers import chosen as signer_columns

#: The places of an address set, from the town to the postcode's second part.
PLACE_PARTS = (
    "city",
    "neighbourhood",
    "district",
    "region",
    "postal_code",
    "postal_code_ext",
    "locality_line",
)
#: Fields of one address set: the person's own (no prefix), mailing ("m_"), billing or
#: shipping ("b_") and work ("w_"), in the order the column report lists them.
ADDRESS_FIELDS = (
    "street",
    "house_number",
    "house_number_ext",
    "house_number_letter",
    "house_number_kind",
    "street_prefix",
    "street_type",
    "street_suffix",
    "care_of",
    "street2",
    "street3",
    "street4",
    "street5",
    "street6",
    "unit",
    "building",
    "floor",
    "po_box",
    *PLACE_PARTS,
    "country",
)
_ADDRESS = frozenset(ADDRESS_FIELDS)
#: Address sets by their field prefix, from the one used first to the one used last.
SETS = {"": "", "m_": "mailing", "b_": "billing/shipping", "w_": "work"}
#: Header qualifiers (header_words.yaml) to the address set they name.
SET_OF = {None: "", "home": "", "mailing": "m_", "billing": "b_", "work": "w_"}
NAME_FIELDS = (
    *("name", "prefix", "first_name", "middle_name", "middle_name2", "last_name", "last_name2"),
    "suffix",
)
FIELDS = (
    *NAME_FIELDS,
    "address",
    *ADDRESS_FIELDS,
    *(f"{p}{f}" for p in SETS if p for f in ("address", *ADDRESS_FIELDS)),
    "email",
)

#: What each field is called in the column report and in messages.
LABELS = {
    "name": "full name",
    "prefix": "name prefix",
    "first_name": "first name",
    "middle_name": "middle name",
    "middle_name2": "second middle name",
    "last_name": "last name",
    "last_name2": "second last name",
    "suffix": "name suffix",
    "address": "whole address",
    "street": "street",
    "house_number": "house number",
    "house_number_ext": "house number addition",
    "house_number_letter": "house number letter",
    "house_number_kind": "kind of house number",
    "street_prefix": "street direction before",
    "street_type": "street type",
    "street_suffix": "street direction after",
    "street2": "street line 2",
    "street3": "street line 3",
    "street4": "street line 4",
    "street5": "street line 5",
    "street6": "street line 6",
    "care_of": "c/o or attention line",
    "unit": "apartment/unit",
    "building": "building",
    "floor": "floor",
    "po_box": "PO box",
    "city": "town/city",
    "neighbourhood": "neighbourhood",
    "district": "district/ward",
    "region": "state/region",
    "postal_code": "postal code",
    "postal_code_ext": "ZIP+4",
    "locality_line": "town, region and postcode",
    "country": "country",
    "email": "e-mail",
}
for _p, _set in SETS.items():
    for _f in ("address", *ADDRESS_FIELDS) if _p else ():
        LABELS[f"{_p}{_f}"] = f"{_set} {LABELS[_f]}"
#: Sets a header numbers ("Address 2 - City": "2_city"), chosen whole for each row by their
#: kind; not keys of signer_columns.
NUMBERED = tuple(f"{n}_" for n in range(1, set_numbers.MOST + 1))
#: The name of the person an address set is ("Billing First Name", "Ship To Name"), by the
#: set's prefix: the signer's own only where the list gives no other name (names.py).
SET_NAMES = tuple(f"{p}{f}" for p in SETS if p for f in NAME_FIELDS)
for _f in SET_NAMES:
    LABELS[_f] = f"{SETS[_f[:2]]} {LABELS[_f[2:]]}"
#: Every field the column report may list, in its order.
REPORTED = (
    *FIELDS[:-1],
    *SET_NAMES,
    *(f"{p}{f}" for p in NUMBERED for f in ("address", *ADDRESS_FIELDS)),
    "email",
)
for _p in NUMBERED:
    for _f in ("address", *ADDRESS_FIELDS):
        LABELS[f"{_p}{_f}"] = f"address {_p[0]} {LABELS[_f]}"


def key(header: str) -> str:
    """A header reduced to lower-case letters and digits, so spelling variants compare equal;
    a parenthesised note such as "(optional)" and a required-marker "*" do not count."""
    text = unicodedata.normalize("NFKC", header).casefold()
    text = re.sub(r"\((?:optional|required|if any|if applicable|facultatif|opcional)\)", "", text)
    return "".join(ch for ch in text if ch.isalnum())


_COUNTY = "a county, which a postal address does not need"
_NOT_THEIRS = "somebody else's address, or an old one (previous, emergency contact, ...)"
_FORMATTED = "the same address as the parts beside it, formatted in one cell"
#: The reason a whole-address cell beside its parts is not read (rows.py reads it in a row
#: whose parts are empty).
FORMATTED = _FORMATTED
_SECOND_PERSON = "a second person's, under the same header as the first"
_IGNORED = "left out on purpose (signer_columns: ignore)"
_KIND = "says which of the numbered addresses is home or work, so the row's own one prints"
_GEO_IP = "a guess from the IP address of where the person was online, not their address"


@dataclass(frozen=True)
class Unplaced:
    """A column no rule placed whose values may be part of the signer's name or address."""

    #: The signer_columns key that would print it.
    field: str
    #: What its values look like, with a value and its line: "states or regions (2 of 2, ...)".
    why: str
    #: "lacks": an error where the row's address has no such part and the value is not
    #: printed (a column of region codes); "printed": wherever its value is not printed (a
    #: column of words beside the address columns); "name": where the printed name is one word
    #: and the value is not in it; "said": only in the column report (a column of five-digit
    #: numbers may be ZIP codes or member numbers).
    when: str
    #: Another signer_columns line the fix needs ("first_name: Nome" beside "last_name:
    #: Apelido": a full-name column holding only the first name), or "".
    also: str = ""


@dataclass(frozen=True)
class Mapping_:
    """The columns chosen for each field, and those deliberately left out."""

    platform: str | None
    #: Field -> column index.
    found: dict[str, int]
    #: Column index -> why it is not used (only for columns that look like data but are not).
    not_postal: dict[int, str]
    #: Warnings about the header: (column index, message).
    notes: tuple[tuple[int, str], ...]
    #: Errors about signer_columns: (column index, message).
    errors: tuple[tuple[int, str], ...]
    #: What each header says, read as words.
    readings: tuple[words.HeaderReading, ...] = ()
    #: Fields signer_columns chose (values never move them).
    mapped: frozenset[str] = frozenset()
    #: Column index -> how its values placed it, for the column report.
    evidence: dict[int, str] = dataclasses.field(default_factory=dict)
    #: Field -> further columns its header names, read in a row whose chosen column is empty
    #: ("Home Street" empty, "Street address line 1" filled: the filled one prints).
    alternates: dict[str, tuple[int, ...]] = dataclasses.field(default_factory=dict)
    #: The name-part headers are in a language that writes the family name first (Vietnamese
    #: Họ and Tên, Hungarian Vezetéknév): a name given in parts prints in that order.
    family_first: bool = False
    #: Column index -> a column no rule placed that may be part of the name or address.
    unplaced: dict[int, Unplaced] = dataclasses.field(default_factory=dict)
    #: Alternates that only stand in where the first column is empty (a county beside a
    #: state, a country code beside a country): never a value the last check misses.
    fallbacks: frozenset[int] = frozenset()
    #: A numbered set's prefix ("2_") -> the column saying its kind ("Address 2 - Label").
    set_labels: dict[str, int] = dataclasses.field(default_factory=dict)
    #: Lines for the column report: whose columns were taken for the signer's ("Payer").
    said: tuple[str, ...] = ()
    #: Field -> further levels of it, printed after it (levels.py: Корпус then Строение).
    joined: dict[str, tuple[int, ...]] = dataclasses.field(default_factory=dict)
    #: Sets of one kind in different words ("Billing Zip", "Shipping Zip"): one prints per row.
    rivals: rival_sets.Rivals = dataclasses.field(default_factory=rival_sets.Rivals.none)


def suggest_field(reading: words.HeaderReading) -> str | None:
    """The one address field a header that could not be placed seems to hold, or None."""
    postal = [r for r in (reading.role, *reading.roles) if r in words.POSTAL]
    return postal[0] if len(set(postal)) == 1 else None


def map_columns(
    cells: Sequence[str], columns: Mapping[str, str], ignore: Sequence[str] = ()
) -> Mapping_:
    """Decide which column feeds which field: `columns` (signer_columns) first, then the
    platform's rules, then the header tables, then the rules that depend on the neighbours."""
    keys = [key(c) for c in cells]
    readings = quals.in_company(tuple(words.read_header(c) for c in cells), cells)
    platform = platforms.detect(keys, readings)
    not_postal: dict[int, str] = {}
    for i, k in enumerate(keys):
        if platform is not None and k in platform.not_postal:
            # Microsoft Forms writes its account Name and Email once, right after the times;
            # a form question also titled "Name" comes later (renamed "Name2" by Forms).
            if platform.first_only and k in (keys[j] for j in not_postal):
                continue
            not_postal[i] = platform.not_postal[k]
    if platform is not None and platform.first_only:
        keys = [platforms.undup(k, keys) for k in keys]
    found: dict[str, int] = {}
    mapped: set[str] = set()
    notes: list[tuple[int, str]] = []
    errors: list[tuple[int, str]] = []
    alternates: dict[str, tuple[int, ...]] = {}
    joined: dict[str, tuple[int, ...]] = {}
    fallbacks: set[int] = set()
    named = [SET_OF.get(r.qualifier) or "" if r.role in words.POSTAL else "" for r in readings]
    lines = signer_columns.read(cells, keys, columns, ignore, FIELDS, key, named)
    found.update(lines.found)
    mapped.update(lines.mapped)
    errors += lines.errors
    for index in lines.found.values():
        not_postal.pop(index, None)
    not_postal |= dict.fromkeys(lines.ignored, _IGNORED)
    claimed = set(found.values())
    # A column left out on purpose gives nothing: it makes no other column somebody else's.
    fields = [
        None if not_postal.get(i) == _IGNORED else _field(r, k)
        for i, (r, k) in enumerate(zip(readings, keys, strict=True))
    ]
    numbered = set_numbers.numbered(cells, readings)
    for index, (number, part) in numbered.parts.items():
        fields[index] = number + part
    for index in numbered.labels.values():
        if index not in claimed:
            not_postal.setdefault(index, _KIND)
    fields = _district_as_town(_number_beside_street(fields, readings), readings, found)
    owned = quals.owners(cells, readings, fields, found)
    for index, part in owned.parts.items():
        fields[index] = part  # "Key Name" beside "First Name": the family name
    not_postal = {**owned.not_theirs, **not_postal}
    notes += owned.notes
    # Somebody else's columns ("Previous Street") say nothing of the signer's set.
    own = [
        None if r.qualifier == "not_theirs" or i in owned.not_theirs else f
        for i, (f, r) in enumerate(zip(fields, readings, strict=True))
    ]
    sets_with_parts = {
        _split(f)[0] for f in own if f and _split(f)[1] in ("city", "locality_line")
    } | {p for p in SETS if f"{p}city" in found}
    sets_with_street = {
        _split(f)[0]
        for f, r in zip(own, readings, strict=True)
        if f and _split(f)[1] == "street" and (r.role == "street" or f[:1].isdigit())
    }
    # Secondary headers ("County", "Country code") last: used only when no other column has
    # the field, and then listed as not used, not warned about.
    order = sorted(range(len(cells)), key=lambda i: _secondary(keys[i]))
    for index in order:
        reading, detected = readings[index], fields[index]
        if index in claimed or index in not_postal or not keys[index]:
            continue
        if reading.qualifier == "not_theirs" and detected is not None:
            not_postal[index] = names.NOT_THEIRS if detected in NAME_FIELDS else _NOT_THEIRS
            continue
        if why := again.set_aside(reading, detected, own, readings, _split):
            not_postal[index] = why  # a signature, 지번주소 beside 도로명주소
            continue
        if reading.role == "ip" and words.geo_ip(cells[index]):
            not_postal[index] = _GEO_IP  # "IP City": where the IP address seems to be
        if detected is None:
            continue
        prefix, part = _split(detected)
        if part == "formatted":
            if prefix in sets_with_parts:
                not_postal[index] = _FORMATTED
                continue
            detected = f"{prefix}address"
        elif part == "address" and prefix in sets_with_street:
            # Pipedrive's "Postal address" beside its "- Street/road name", "- City/town...":
            # the same address written whole; its parts print.
            not_postal[index] = _FORMATTED
            continue
        elif part == "address" and prefix in sets_with_parts:
            detected = f"{prefix}street"  # "Address" beside a town column is the street line
        if detected in mapped:
            chosen = cells[found[detected]].strip() if detected in found else ""
            why = f"signer_columns chooses '{chosen}' as the {LABELS[detected]}"
            not_postal[index] = why
            continue
        if detected in found:
            first = found[detected]
            theirs = names.set_of_a_repeat(own, first, index, detected, _ADDRESS)
            theirs = theirs or quals.continued(own, first, index, detected, _ADDRESS)
            if theirs and theirs not in found:
                found[theirs] = index  # pretix's invoice "City" after "Invoice address name"
                continue
            parts_free = not {"first_name", "last_name", "name"} & (
                found.keys() - {"name"} | mapped
            )
            if (
                detected == "name"
                and first == index - 1
                and keys[first] == keys[index]
                and parts_free
            ):
                # "Name,Name": a form's name field of two boxes, each under the field's title
                # (Wufoo): the first and the last name, said in the column report.
                found["first_name"], found["last_name"] = found.pop("name"), index
                continue
            if names.family_and_given(found, detected, (first, index), cells):
                continue  # 注文者名字 and 注文者名前: the family name and the given name
            if names.initials_beside_first(found, detected, (first, index), cells):
                continue  # "Forename" and "Initials": the middle initials
            if sets.add_level(keys, index, first, (detected, _split(detected)[1]), joined):
                continue  # Корпус, then Строение: one building's levels
            if not _secondary(keys[index]) and places.add_level(
                keys, fields, index, first, detected, joined
            ):
                continue  # Comuna, then Ciudad: the town's levels, each printed
            if (line := sets.next_line(keys, index, _split(detected), found)) is not None:
                found[line] = index  # "Address,Address": the same address's next line
                continue
            if line := further_lines.next_free(keys, index, first, _split(detected), found, cells):
                found[line] = index  # "Entre calles", then "Referencias": both print
                continue
            if detected == "prefix" and keys[index] == keys[first]:
                # A second "Civilité" is a second person's (apimo's two owners of a contact),
                # never a title of the first.
                not_postal[index] = _SECOND_PERSON
                continue
            if detected == "prefix":
                # German Anrede and Titel: "Frau" and "Dr." both print (rows.py), in order.
                alternates[detected] = (*alternates.get(detected, ()), index)
                continue
            owner = _owner_of_parts(readings, found, detected)
            if (
                detected in NAME_FIELDS
                and owner is not None
                and readings[index].owner == owner != readings[first].owner
            ):
                # A school directory's "Family Name" beside "Parent/Guardian 1 Last", whose
                # "Parent/Guardian 1 First" is the name's first part: one person's parts go
                # together, so the parent's own last name is read first.
                found[detected], index, first = index, first, index
            if _secondary(keys[index]):
                # "primary_county" beside "primary_state": printed where the state is empty.
                alternates[detected] = (*alternates.get(detected, ()), index)
                fallbacks.add(index)
                continue
            alternates[detected] = (*alternates.get(detected, ()), index)
            message = (
                f"column '{cells[index].strip()}' also looks like {LABELS[detected]}; using "
                f"column {first + 1} '{cells[first].strip()}', and this one in a row where "
                "that is empty (choose with signer_columns)"
            )
            if not (detected == "name" and people.firms_contact(cells[index])):
                notes.append((index, message))  # a firm's contact person signs (firms.py)
            continue
        found[detected] = index
    sets.one_set(found, mapped, SETS, parts := ("address", *ADDRESS_FIELDS))
    names.own_or_set(found, alternates)
    not_postal.update(names.in_context(found, [words.core_words(c) for c in cells], mapped))
    rivals = rival_sets.rivals(cells, found, alternates, SETS, NAME_FIELDS, parts)
    notes = [n for n in notes if not rivals.apart(n[0], found, alternates)]
    return Mapping_(
        platform.name if platform else None,
        found,
        not_postal,
        tuple(notes),
        tuple(errors),
        readings,
        frozenset(mapped),
        alternates=alternates,
        fallbacks=frozenset(fallbacks),
        set_labels={p: i for p, i in numbered.labels.items() if i in not_postal},
        family_first=any(
            words.family_first(cells[found[f]]) for f in ("last_name", "first_name") if f in found
        ),
        said=(*lines.said, *owned.said),
        joined=joined,
        rivals=rivals,
    )


def field_of(reading: words.HeaderReading) -> str | None:
    """The field a header's words name (a name part, the e-mail, an address part of the set
    its qualifier names), or None."""
    return _field(reading, "")


def _field(reading: words.HeaderReading, header_key: str) -> str | None:
    """The field a header's reading names: a name part, the e-mail, or an address part of the
    set its qualifier names; None for anything else."""
    role = reading.role
    if role is None or role == "other_data":
        return None
    if role == "email":
        return role
    if role in words.NAME_PARTS and reading.qualifier not in ("mailing", "billing"):
        return role  # "Last/Organization Name": a company's name says nothing of whose
    if role in words.NAME_PARTS or role in words.POSTAL or role == "formatted":
        return SET_OF.get(reading.qualifier, "") + role
    return None


def _split(field: str) -> tuple[str, str]:
    """A field as (its address set's prefix, the part): "m_city" -> ("m_", "city")."""
    prefix = field[:2] if field[:2] in SETS or field[:2] in NUMBERED else ""
    return prefix, field[len(prefix) :]


def _district_as_town(
    fields: list[str | None], readings: Sequence[words.HeaderReading], found: dict[str, int]
) -> list[str | None]:
    """The first district column of an address set with no town column is its town: the
    district is what the post of Turkey (İlçe), Taiwan (鄉鎮市區), Hong Kong and Vietnam
    (Quận/Huyện) writes where a town goes (Google's address data names their locality a
    district), and a smaller neighbourhood column (Mahalle, Phường) stays the district line."""
    towns = {_split(f)[0] for f in (*fields, *found) if f and _split(f)[1] in _TOWNS}
    out = list(fields)
    # A district first; a neighbourhood only where the set has no district either (an
    # Australian "Suburb" is the town; beside a "City" it is the district line).
    for level in ("district", "neighbourhood"):
        for i, field in enumerate(fields):
            if field is None or readings[i].role != level:
                continue
            prefix = _split(field)[0]
            if prefix not in towns:
                out[i] = f"{prefix}city"
                towns.add(prefix)
        towns |= {_split(f)[0] for f in fields if f and _split(f)[1] == "district"}
    return out


_TOWNS = ("city", "locality_line")


def _number_beside_street(
    fields: list[str | None], readings: Sequence[words.HeaderReading]
) -> list[str | None]:
    """A column naming parts of the street line but not the street ("Block/House No", "House
    No. & Building") beside a column that names the street ("Street Name") is the house
    number: Singapore's block, Bangladesh's house; alone it is the street line as written."""
    named = {f for f, r in zip(fields, readings, strict=True) if r.role == "street" and not r.roles}
    out = list(fields)
    for i, (field, reading) in enumerate(zip(fields, readings, strict=True)):
        parts = set(reading.roles)
        if field and field in named and parts and "street" not in parts and "house_number" in parts:
            out[i] = field[: -len("street")] + "house_number"
    return out


def _owner_of_parts(
    readings: Sequence[words.HeaderReading], found: dict[str, int], but: str
) -> str | None:
    """The person word of the name parts found so far but `but` ("parent/guardian 1"), when
    they have one and the same."""
    owners = {readings[c].owner for f, c in found.items() if f in NAME_FIELDS and f != but}
    return owners.pop() if len(owners) == 1 else None


def _secondary(header_key: str) -> bool:
    """A header used only when no other column gives its field: a county, a country code."""
    country_code = "country" in header_key and header_key.endswith(("code", "iso"))
    return (header_key.endswith("county") and "subcounty" not in header_key) or country_code
