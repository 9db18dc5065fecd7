"""Two columns whose headers name one part, the first's values not that part and the
further one's are (a "State" of subscription statuses beside a "Region" of state codes;
Tiendanube's "Estado de la orden" of order statuses, "Abierta", beside its "Provincia o
estado"): the further column is read, with a located warning, and the first is listed as
not used. The values decide what a word of two meanings says (Spanish "estado": the state,
or the status). A column whose words name a part and something that is never an address
("Order State", "Country of Citizenship", Magento's "region_id") beside a column of that part
is that thing's: not the signer's address, listed as not used."""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from packbuilder.signers import columns, records, unplaced, values, words
from packbuilder.signers.columns import LABELS
from packbuilder.signers.report import Report

#: Share of the further column's values that must fit the part; where none of the first
#: column's values fits, half are enough ("Capital Federal" is no region in the post's data,
#: "Santa Fe" is).
SHARE = 0.8
SHARE_BESIDE_NONE = 0.5


class Settling(records.Placed, Protocol):
    """What by_values settles, with the columns read in place of another."""

    replaced: set[int]


def settle(settling: Settling, sample: Callable[[int], values.Sample], report: Report) -> None:
    """Reads the further column in place of the first where the values say so."""
    cells = settling.header.cells
    joined = settling.mapping.joined
    # A further level of the part ("Estado o provincia" after "Estado del pedido") counts where
    # none of the first column's values is the part.
    further = {f: (*more, *joined.get(f, ())) for f, more in settling.mapping.alternates.items()}
    further |= {f: more for f, more in joined.items() if f not in further}
    for field, more in further.items():
        col = settling.found.get(field)
        fits = values.RULES.get(unplaced.field_part(field), (frozenset(), frozenset()))[0]
        if col is None or not fits or field in settling.mapping.mapped:
            continue
        own = sample(col)
        fit = sum(1 for f in own.looks if f & fits)
        if not own.looks or 3 * fit > len(own.looks):
            continue
        share = SHARE if fit else SHARE_BESIDE_NONE
        for other in more:
            if other in joined.get(field, ()) and fit:
                continue
            theirs = sample(other)
            fitting = sum(1 for f in theirs.looks if f & fits)
            if not theirs.looks or fitting < share * len(theirs.looks):
                continue
            wrong = [v for v, f in zip(own.values, own.looks, strict=True) if not f & fits]
            (line, text), label = wrong[0], columns.LABELS[field]
            said = (
                f"the header says {label}, but its values are not one ({len(wrong)} of "
                f"{len(own.looks)}, line {line}: '{text}')"
            )
            first = cells[col].strip() or f"column {col + 1}"
            then = cells[other].strip() or f"column {other + 1}"
            settling.found[field] = other
            joined[field] = tuple(c for c in joined.get(field, ()) if c != other)
            # The column read now is no further one of the part, checked against itself.
            alternates = settling.mapping.alternates
            alternates[field] = tuple(c for c in alternates.get(field, ()) if c != other)
            settling.replaced.add(other)
            region = _region_free(settling, field, own)
            area = _area_below(settling, field, col, own)
            piece = _piece(settling, field, own, fits)
            if region is not None:  # a Czech "Kraj" of "Jihočeský kraj" beside "Stát"
                settling.found[region] = col
                said += f"; its values are {values.PLURAL['subdivision']}: read as the region"
            elif area is not None:  # an Egyptian shop's المنطقة of "الدقي" beside المحافظة
                settling.found[area] = col
                said += f"; its word also names the area of a town: read as the {LABELS[area]}"
            elif piece is not None and piece[1] is not None:
                settling.found[piece[1]] = col  # "Street" of "PO Box 12" beside "Street Address"
                said += f"; its values are {values.PLURAL[piece[0]]}: read as the "
                said += LABELS[piece[1]]
            elif piece is not None:
                # An address piece with no free part of the set to print it as: never
                # dropped with exit 0, the build stops at the column.
                settling.not_postal[col] = f"{said}; '{then}' gives the {label}"
                report.error(
                    settling.header.line,
                    col + 1,
                    "(header)",
                    f"column '{first}': {said}, but they are {values.PLURAL[piece[0]]}, part of "
                    f"an address, and column '{then}' holds the {label}: nothing is printed until "
                    f"it is settled: say in campaign.yaml, under signer_columns, which part it is "
                    f"(as in 'street2: {first}'), or 'ignore: [{first}]'",
                )
            else:
                settling.not_postal[col] = f"{said}; '{then}' gives the {label}"
            report.warn(
                settling.header.line,
                col + 1,
                "(header)",
                f"column '{first}': {said}; column '{then}' is read as the {label}",
            )
            break


#: Looks of a piece of an address, and the part a column of them is read as where the
#: address set has it free; a street beside the street is the line after it.
_PIECES = {
    "po_box": ("po_box",),
    "care_of": ("care_of",),
    "building": ("building", "street2", "street3"),
    "street": ("street2", "street3"),
    "locality": ("locality_line",),
    "place": ("city", "district"),
}


def _piece(
    settling: Settling, field: str, own: values.Sample, fits: frozenset[str]
) -> tuple[str, str | None] | None:
    """Where a column's values that are not the part its header names are all pieces of an
    address (French "Adresse" of "BP 12" beside "Adresse domicile" of streets): the look and
    the free field of the set they are read as (None where none is free), else None: a
    column of statuses ("active", "Abierta") is not the signer's address."""
    wrong = [f for f in own.looks if not f & fits]
    kinds = [next((k for k in _PIECES if k in f), None) for f in wrong]
    if not wrong or None in kinds:
        return None
    look = max(set(kinds), key=kinds.count)
    assert look is not None
    prefix = field[: -len(unplaced.field_part(field))]
    free = (prefix + f for f in _PIECES[look] if prefix + f not in settling.found)
    return look, next(free, None)


def _region_free(settling: Settling, field: str, own: values.Sample) -> str | None:
    """Where a country column's values that name no country are the country's regions
    (Czech and Slovak "Kraj", a region; Polish "kraj", the country) and the address set has
    no region: the region field, else None."""
    prefix = field[: -len(unplaced.field_part(field))]
    if unplaced.field_part(field) != "country" or f"{prefix}region" in settling.found:
        return None
    regions = sum(1 for f in own.looks if f & {"region", "subdivision"})
    return f"{prefix}region" if regions >= SHARE * len(own.looks) else None


def _area_below(settling: Settling, field: str, col: int, own: values.Sample) -> str | None:
    """Where a region column's header is a word that also names the area of a town (Arabic
    المنطقة, header_words.yaml area_too), its values are place names without a digit, and
    the address set has no neighbourhood: that field, else None."""
    prefix = field[: -len(unplaced.field_part(field))]
    if unplaced.field_part(field) != "region" or f"{prefix}neighbourhood" in settling.found:
        return None
    if not words.load().area_too.intersection(words.words(settling.header.cells[col])):
        return None
    return f"{prefix}neighbourhood" if all("words" in f for f in own.looks) else None


def regions_aside(settling: Settling, sample: Callable[[int], values.Sample]) -> None:
    """A further country column whose values are the country's regions, in an address set
    with no region (a Czech "Kraj" of "Hlavní město Praha" after "Stát"): the region, said in
    the column report, never a column read only where the country is empty."""
    for field, more in list(settling.mapping.alternates.items()):
        for col in more:
            region = _region_free(settling, field, sample(col))
            if region is None or not sample(col).looks:
                continue
            settling.found[region] = col
            settling.mapping.alternates[field] = tuple(c for c in more if c != col)
            settling.replaced.add(col)
            line, text = sample(col).first()
            settling.evidence[col] = (
                f"the header says {columns.LABELS[field]}, but its values are "
                f"{values.PLURAL['subdivision']} (line {line}: '{text}')"
            )
            break


def of_a_thing(settling: Settling) -> None:
    """Columns naming a part of something that is never an address (an order, a citizenship,
    an identifier) beside the signer's own column of the part: listed as not used, never a
    column the build stops for."""
    taken = set(settling.found.values()) | set(settling.not_postal)
    cells = settling.header.cells
    for col, reading in enumerate(settling.mapping.readings):
        if col in taken or reading.role is not None or "other_data" not in reading.roles:
            continue
        field = columns.suggest_field(reading)
        own = settling.found.get(field) if field is not None else None
        if field is None or own is None:
            continue
        settling.not_postal[col] = (
            f"the {columns.LABELS[field]} of something else its words name "
            f"('{cells[col].strip()}'), not the signer's: '{cells[own].strip()}' gives that"
        )


def of_the_same_record(settling: Settling) -> None:
    """A column naming a part after a record's word ("Order City", "Order Address Line 2" in
    Tito's ticket export) whose headers' other columns of that word were placed as the
    address by their values ("Order Address Line 1" of streets, "Order Postcode/Zip"): the
    part of that address where no column gives it, said in the column report. Never where
    the part has a column of its own ("Order State" beside "State" is the order's), nor for
    a part with a look of its own: an "Order State" of "complete" is the order's status."""
    cells, readings = settling.header.cells, settling.mapping.readings
    taken = set(settling.found.values()) | set(settling.not_postal)
    placed = {
        c: f
        for f, c in settling.found.items()
        if unplaced.field_part(f) in (*columns.ADDRESS_FIELDS, "address")
    }
    for col, reading in enumerate(readings):
        parts = [r for r in reading.roles if r in words.POSTAL]
        if col in taken or reading.role is not None or "other_data" not in reading.roles:
            continue
        lead = words.words(cells[col])[:1]
        kin = [
            c
            for c, f in placed.items()
            if "other_data" in readings[c].roles and words.words(cells[c])[:1] == lead
        ]
        if len(parts) != 1 or not lead or not kin or values.RULES.get(parts[0], ((),))[0]:
            continue  # a part with a look of its own ("Order State") is placed by its values
        field_of_kin = placed[kin[0]]
        field = field_of_kin[: -len(unplaced.field_part(field_of_kin))] + parts[0]
        if field in settling.found:
            continue
        settling.found[field] = col
        named = "', '".join(cells[c].strip() for c in kin)
        settling.evidence[col] = (
            f"its header names the {LABELS[field]} of the address that '{named}' give by "
            "their values"
        )
