"""The named places of an address between the street and the country, each a column of its
own: a neighbourhood, a district, the town, a region, and more than one of a kind (Chile's
Comuna and Ciudad, Costa Rica's Cantón and Provincia, Ethiopia's Woreda and Sub-city). Every
one prints, smaller ones above larger ones, and the town line, where the post wants the
postcode, holds the largest that is not the region."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Container, Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from typing import Protocol

from packbuilder.signers import addresses, units


class _Cell(Protocol):
    """A row's cell (cells.Cell), as far as the places read it."""

    @property
    def value(self) -> str: ...
    @property
    def lines(self) -> list[str]: ...
    @property
    def col(self) -> int: ...
    @property
    def cols(self) -> tuple[int, ...]: ...


class _Reading(Protocol):
    """What a header says (words.HeaderReading), as far as the places read it."""

    @property
    def role(self) -> str | None: ...


class _Sample(Protocol):
    """A column's first values (values.Sample), as far as the places read them."""

    @property
    def looks(self) -> tuple[frozenset[str], ...]: ...
    def count(self, look: str) -> int: ...


class _Mapping(Protocol):
    """The columns' mapping (columns.Mapping_), as far as the places change it."""

    @property
    def joined(self) -> dict[str, tuple[int, ...]]: ...
    @property
    def alternates(self) -> dict[str, tuple[int, ...]]: ...


#: The parts a list may give in more than one column, one level each (levels of the town,
#: of the district, of the region).
PARTS = frozenset({"city", "district", "region"})


def add_level(
    keys: Sequence[str],
    fields: Sequence[str | None],
    index: int,
    first: int,
    detected: str,
    joined: dict[str, tuple[int, ...]],
) -> bool:
    """Whether the column at `index`, read as the same place as column `first` (`detected`:
    city, district or region, with its set's prefix), is a further level of it: under another
    header (Comuna then Ciudad, Cantón then Provincia, Miejscowość then Poczta), with only
    parts of the address between them and none that starts the set again (a part given
    before `first` once more): a "State" of statuses far from the "Region" is no level of it.
    If so it is added to `joined`, to print on a line of its own."""
    part = detected.split("_", 1)[-1] if detected[:2].endswith("_") else detected
    if part not in PARTS or keys[index] == keys[first]:
        return False
    before = {f for f in fields[: first + 1] if f}
    between = fields[first + 1 : index]
    if any(f is None or f in before for f in between):
        return False
    joined[detected] = (*joined.get(detected, ()), index)
    return True


@dataclass(frozen=True)
class Place:
    """A named place the row gives: its text, its column, and what its header calls it (a
    district column read as the town where a list has none is a district here)."""

    text: str
    col: float
    part: str


@dataclass(frozen=True)
class Arranged:
    """A row's named places in the country's order: the town (where the postcode goes), the
    region, the smaller places above the town line and the larger ones below it."""

    town: str
    region: str
    above: tuple[str, ...]
    below: tuple[str, ...]


def arranged(
    places: Sequence[Place], slots: str, largest_first: bool, within: bool = False
) -> Arranged | None:
    """The row's named places arranged, or None where the usual reading holds (one town, one
    region, a district before the town). `slots`: which of C (town), S (region), D (district)
    the country's format has a place for. The list's order tells a larger place from a
    smaller one, as lists write them ("Kebele, Woreda, Sub-city, City", "Localidad, Partido,
    Provincia"): a district after a town column is larger than the town and prints below
    it; levels of one kind (Comuna then Ciudad) and districts with no town column (Ward then
    District) give the largest the town line. A region before every town and district means
    the list runs largest first (Ukraine's Область, Район, Населений пункт): it is read the
    other way round, so a raion between the oblast and the town prints below the town.
    `within`: the country's districts are parts of its towns (Saudi Arabia's), wherever the
    list writes them."""
    regions = [p for p in places if p.part == "region"]
    if regions and all(r.col < p.col for r in regions for p in places if p.part != "region"):
        places = [dataclasses.replace(p, col=-p.col) for p in places]
        regions = [p for p in places if p.part == "region"]
    towns = [p for p in places if p.part == "city"]
    if (
        "S" not in slots
        and towns
        and any(p.col > r.col for p in places if p.part == "district" for r in regions)
        and all(t.col < r.col for t in towns for r in regions)
    ):
        # A region column between the town and larger places, where the format has no region
        # (Uganda's village, parish, sub-county, district): a level, printed where its column
        # stands.
        places = [
            dataclasses.replace(p, part="district") if p.part == "region" else p for p in places
        ]
        regions = []
    districts = [p for p in places if p.part == "district"]
    if largest_first or any(p.col > r.col for p in (*towns, *districts) for r in regions[-1:]):
        return None
    town_col = towns[-1].col if towns else -1
    after = [] if within else [p for p in districts if p.col > town_col]
    if len(towns) < 2 and len(regions) < 2 and not (towns and after) and len(districts) < 2:
        return None
    region = regions[-1].text if regions else ""
    if towns:
        # Chile's Comuna then Ciudad: the larger is the town; a partido after the localidad
        # and a cantón before the provincia print below the town line.
        ranked = sorted((*towns[:-1], *(p for p in districts if p not in after)), key=_col)
        wider = sorted((*after, *regions[:-1]), key=_col)
        town = towns[-1].text
    else:  # Tanzania's Ward then District, Costa Rica's Distrito then Cantón, Provincia
        ranked = sorted((*districts, *regions[:-1]), key=_col)
        wider, town = [], ranked.pop().text if ranked else ""
    smaller = [p for p in places if p.part == "neighbourhood"]
    return Arranged(
        town,
        region,
        _once((*smaller, *ranked), (town, region)),
        _once(wider, (town, region)),
    )


def _col(place: Place) -> float:
    return place.col


def _once(places: Sequence[Place], shown: Sequence[str]) -> tuple[str, ...]:
    """The places' texts, each once and none that prints elsewhere (Panamá the distrito and
    the provincia)."""
    out: list[str] = []
    for p in places:
        if p.text and p.text.casefold() not in {t.casefold() for t in (*out, *shown)}:
            out.append(p.text)
    return tuple(out)


def levelled(joined: Mapping[str, tuple[int, ...]], prefix: str) -> frozenset[str]:
    """The places an address set (`prefix`) gives in levels, from columns.Mapping_.joined."""
    return frozenset(f for f in PARTS if prefix + f in joined) if joined else frozenset()


def largest(
    get: Callable[[str], _Cell | None], levelled: AbstractSet[str], city: str, region: str
) -> tuple[str, str]:
    """The town and region cells' texts; the largest level of one a list gives in levels
    (Ciudad after Comuna, Provincia after Cantón): what the postcode and country go by."""
    if not levelled:
        return city, region
    out = []
    for field, text in (("city", city), ("region", region)):
        cell = get(field)
        levels = cell.lines if cell is not None and field in levelled else []
        out.append(levels[-1] if len(levels) > 1 else text)
    return out[0], out[1]


def given(
    get: Callable[[str], _Cell | None],
    levelled: Container[str],
    near: str,
    read: Mapping[str, str],
    slots: str,
    town_word: Callable[[int], bool],
) -> list[Place]:
    """The row's named places, each level of one on its own (`levelled`: the parts a list
    gives in levels), the town's and the region's largest as the reader took them (`read`:
    "Illinois" as IL). Places the format has a slot of their own for (Brazil's bairro) stay
    out of it. [] when the town was found elsewhere (in a whole address). `town_word`: whether
    a column's header names a town (else a district stands in for it)."""
    out: list[Place] = []
    for part in ("neighbourhood", "district", "city", "region"):
        cell = get(part)
        if part in ("neighbourhood", "district") and "D" in slots:
            continue
        if cell is None or not cell.value or (part == "neighbourhood" and not near):
            if read.get(part):
                return []
            continue
        texts = list(cell.lines) if part in levelled and len(cell.lines) > 1 else [cell.value]
        if part == "neighbourhood":
            texts = [near]
        if read.get(part):
            texts[-1] = read[part]
        kind = (
            "district" if part == "city" and "D" not in slots and not town_word(cell.col) else part
        )
        # Each level where its own column stands (Nepal's Ward No. before the Municipality,
        # its District after it); a place read in parts from one cell, after its column.
        at = (
            cell.cols
            if len(cell.cols) == len(texts)
            else [cell.col + i / 100 for i in range(len(texts))]
        )
        out += [Place(t, c, kind) for t, c in zip(texts, at, strict=True)]
    return out


def place(
    get: Callable[[str], _Cell | None],
    levelled: AbstractSet[str],
    near: str,
    read: tuple[str, str, str],
    where: tuple[str | None, bool],
    readings: Sequence[_Reading],
) -> tuple[str, str, str, tuple[str, ...]]:
    """(town, region, district line, places below the town) of a row: `read` the town,
    region and district as the reader took them, `where` the address's country and whether
    it is in Latin letters, `readings` what each header says; the rest as `given` takes
    them. Every named place prints, smaller above larger (Comuna above Ciudad)."""
    city, region, district = read
    code, latin = where
    moved: Arranged | None = None
    if levelled or district:  # most rows give one town and one region: nothing to arrange
        towns_are_districts = bool(code) and addresses.town_is_district(str(code))

        def town_word(col: int) -> bool:
            """Whether the header names a town (not a district read as one); a district is
            the town where the country's post calls its town slot so (Peru's distrito)."""
            role = readings[col].role if col < len(readings) else None
            return role not in ("district", "neighbourhood") or (
                role == "district" and towns_are_districts
            )

        slots = addresses.slots(code, latin)
        named = given(get, levelled, near, {"city": city, "region": region}, slots, town_word)
        if towns_are_districts and not any(p.part == "city" for p in named):  # Peru's distrito
            named = [
                dataclasses.replace(p, part="city") if p.part == "district" else p for p in named
            ]
        village = code in units.villages_in_district() and sorted(p.part for p in named) == [
            "city",
            "district",
            "region",
        ]
        if village:
            # A Turkish list's Village, District, Province: the village above the town line,
            # the district on it ("61300 Akçaabat/Trabzon").
            moves = {"city": "neighbourhood", "district": "city"}
            named = [dataclasses.replace(p, part=moves.get(p.part, p.part)) for p in named]
        first = code in addresses.LARGEST_FIRST and not latin
        moved = arranged(named, slots, first, code in units.districts_in_town())
        if village and moved is None:
            city, district = district, city
    if moved is not None:
        above = (*([district] if "D" in slots and district else []), *moved.above)
        city, region, district = moved.town, moved.region, ", ".join(above)
    elif levelled:  # a list written largest first: the levels as written, together
        town, state = get("city"), get("region")
        city = town.value if town is not None and "city" in levelled else city
        region = state.value if state is not None and "region" in levelled else region
    if code and district and city and not region and not moved and addresses.town_is_district(code):
        # An English "District" and "City" of Istanbul: Turkey's post writes the district
        # where the town goes and the city (the province) after it: 34371 Şişli/İstanbul.
        city, region, district = district, city, ""
    elif code and not region:  # "Grand Cayman", "Wanica": the country's regions
        city, region, district = addresses.region_named(code, city, district)
    return city, region, district, moved.below if moved is not None else ()


def joins(joined: dict[str, tuple[int, ...]], field: str, col: int) -> bool:
    """Whether column `col`, read by its values as a town or region beside the one column
    already giving it, is a level of that place (Peru's Departamento after its Provincia);
    if so it is added to `joined`."""
    part = field.split("_", 1)[-1] if field[:2].endswith("_") else field
    if part not in PARTS:
        return False
    joined[field] = tuple(sorted((*joined.get(field, ()), col)))
    return True


def not_levels(
    mapping: _Mapping,
    found: Mapping[str, int],
    sample: Callable[[int], _Sample],
    cells: Sequence[str],
) -> list[tuple[int, str]]:
    """A second region column whose values are none of the country's regions while the
    first's are (a sales "Region" of Midwest beside a State of IL) is no level of it: read only
    where the first is empty, as any second column of a part, and said at the header."""
    notes: list[tuple[int, str]] = []
    for field, more in list(mapping.joined.items()):
        first = found.get(field)
        part = field.split("_", 1)[-1] if field[:2].endswith("_") else field
        if part != "region" or first is None or not _regions(sample(first)):
            continue
        apart = [c for c in more if not _regions(sample(c))]
        mapping.joined[field] = tuple(c for c in more if c not in apart)
        mapping.alternates[field] = (*mapping.alternates.get(field, ()), *apart)
        notes += [
            (c, f"column '{cells[c].strip()}' also looks like state/region; using column "
                f"{first + 1} '{cells[first].strip()}', and this one in a row where that is "
                "empty (choose with signer_columns)")
            for c in apart
        ]  # fmt: skip
    return notes


def _regions(sample: _Sample) -> bool:
    """Whether most of a column's values (4 in 5) are regions of the list's countries."""
    return bool(sample.looks) and sample.count("region") * 5 >= len(sample.looks) * 4


#: A town cell ending in a code of two or three capitals ("Darwin NT", "Boston, MA").
_CODE_AFTER = re.compile(r"(.*[^\s,])[\s,]+([A-Z]{2,3})")


def state_in_town(city: str, code: str | None) -> tuple[str, str] | None:
    """(town, region) of a town cell that ends in its region's code, in a country whose post
    writes its regions so (address_words.yaml's regions_as_codes: "Darwin NT", "Boston, MA"),
    for a row that gives no region: the code is the region, so the format places it and a
    postcode's lost zero is put back by it. None otherwise."""
    if not code or code not in units.regions_as_codes():
        return None
    found = _CODE_AFTER.fullmatch(city.strip())
    if found is None or found[2] not in {key for key, _ in addresses.regions(code)}:
        return None
    return found[1], found[2]
