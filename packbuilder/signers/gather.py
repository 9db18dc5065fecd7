"""One address set of a row (home, mailing, billing, work, a numbered one) gathered into the
parts its letter prints: street lines in the country's order, town, region, postcode, country,
with the columns it reads and what it lacks, before postal.py chooses the set that prints."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from packbuilder.language import scripts
from packbuilder.signers import (
    addresses,
    columns,
    countries,
    one_line,
    places,
    postcode_halves,
    postcode_signs,
    region_codes,
    region_forms,
    units,
    whence,
)
from packbuilder.signers import street as street_parts
from packbuilder.signers.cells import Cell, mailchimp_parts
from packbuilder.signers.printed import fold
from packbuilder.signers.report import Reading, Tally
from packbuilder.signers.table import Row
from packbuilder.signers.vocabulary import words
from packbuilder.signers.words import read_header


@dataclass(slots=True)  # not frozen: made for every row, where frozen costs three times
class Gathered:
    """One of a row's address sets (home or mailing), gathered but not yet chosen."""

    prefix: str
    parts: addresses.AddressParts
    code: str | None
    free_form: bool
    whole: bool
    cols: tuple[int, ...]
    warnings: tuple[tuple[int, int, str, str], ...]
    #: Required parts the set lacks, and how many of street/town/region/postcode it has.
    missing: tuple[str, ...]
    count: int
    lines: tuple[str, ...]
    #: What the file left out and the reader put in: ((postcode as written, as printed) or
    #: (), the country inferred or "").
    restored: tuple[str, str] | tuple[()] = ()
    inferred: str = ""
    #: What the column report says the set's printing changed ("state/region: 'Illinois'
    #: printed as IL"), and the words printed in place of words written.
    said: tuple[str, ...] = ()
    renamed: tuple[tuple[str, str], ...] = ()
    #: What told the country: "the postcode and region", "the postcode and town".
    inferred_by: str = ""


class Gatherer:
    """Gathers a row's address sets into parts, each on its own: postal.py chooses."""

    def __init__(
        self, how: Reading, mapping: columns.Mapping_, tally: Tally, headers: tuple[str, ...]
    ) -> None:
        self.how = how
        self.mapping = mapping
        self.tally = tally
        #: The header's cells: a unit column's own word ("Wohnung") names a bare number.
        self.headers = headers
        self.beside = _beside(mapping)
        self.placeless = _placeless(mapping, self.beside)
        self.theirs = _not_home(mapping, self.beside)

    def gather(self, row: Row, cells: dict[str, Cell], where: str, prefix: str) -> Gathered:
        """One address set of the row (home: prefix "", mailing: "m_") as parts, with the
        columns it would use and the warnings it would give, before either is chosen."""
        cols: list[int] = []
        warnings: list[tuple[int, int, str, str]] = []
        #: What the column report says this set changed, and the words it printed instead.
        said: list[str] = []
        renamed: dict[str, str] = {}

        shared = self._shared(cells, prefix)

        def get(field: str) -> Cell | None:
            cell = cells.get(prefix + field) or shared.get(field)
            return None if not prefix and cell is not None and cell.col in self.theirs else cell

        def value(field: str, cell: Cell | None = None) -> str:
            cell = cell or get(field)
            if cell is None or not cell.value:
                return ""
            cols.append(cell.col)
            return cell.value

        street: list[str] = []
        first = get("street")
        if first is not None and first.lines:
            cols.append(first.col)
            readings = self.mapping.readings  # Bahrain's "3618" under "Road": "Road 3618"
            said_as = readings[first.col].label if first.col < len(readings) else ""
            street = [street_parts.labelled(x, said_as) for x in first.lines]
        levelled = places.levelled(self.mapping.joined, prefix)
        city, region = places.largest(get, levelled, value("city"), value("region"))
        postal, ext = value("postal_code"), value("postal_code_ext")
        # A set without a country column of its own is in the row's country ("Land" beside
        # "Straße (geschäftlich)").
        country = value("country", get("country") or cells.get("country"))
        # Address lines 3 to 6 and no town column (a UK register's "Address 1" to "Address 6"):
        # lines as written, the town one of them, a last one naming a country its country.
        lines_only = get("city") is None and any(get(f"street{n}") for n in (3, 4, 5, 6))
        last = next((c for n in (6, 5, 4, 3, 2) if (c := get(f"street{n}")) and c.value), None)
        if not (lines_only and last and not country and countries.country_code(last.value)):
            last = None
        country = value("", last) if last is not None else country
        locality = get("locality_line")
        if locality is not None and len(locality.lines) == 1 and not (city or postal):
            # "CH-1204 Genève", "F-74100 Annemasse" under "NPA Localité": the postcode, whose
            # sign names the country, and the town (postcode_signs.py).
            split = postcode_signs.postcode_and_town(locality.value, self.how.country)
            if split is not None:
                cols.append(locality.col)
                (postal, city), locality = split, None
        whole = cells.get(prefix + "address")
        free_form = used_whole = False
        if whole is not None and whole.value and not street:
            cols.append(whole.col)
            used_whole = True
            parsed = mailchimp_parts(whole.raw) if len(whole.lines) == 1 else None
            if parsed is not None:
                self.tally.mailchimp = True
                street, city, region, postal, country = (
                    parsed[0],
                    city or parsed[1],
                    region or parsed[2],
                    postal or parsed[3],
                    country or parsed[4],
                )
            else:
                street, free_form = list(whole.lines), True
                given = addresses.AddressParts(tuple(street), city, region, postal, country)
                one = one_line.read_cell(given, self.how.country)  # "12 Oak St, Boston, MA"
                street, city, region = list(one.street), one.city, one.region
                postal, country = one.postal_code, one.country
                gaps = one_line.two_spaced(whole, street, self.mapping.platform)
                if gaps is not None:
                    street = list(gaps[0])
                    warnings.append((row.line, whole.col + 1, where, gaps[1]))
                # A last line naming a country is the country line, printed only abroad.
                if len(street) > 1 and not country and countries.country_code(street[-1]):
                    country = street.pop()
        if city and not region and (get("region") is None or not value("region")):
            split = places.state_in_town(city, countries.country_code(country) or self.how.country)
            if split is not None:  # "Darwin NT" in the town's cell, and no region column
                city, region = split
                said.append(f"{columns.LABELS['region']}: the code at the end of the town's cell")
        written_region = region
        found = whence.decide(country, region, postal, city, street, self.how.country)
        country, code, region, postal = found.country, found.code, found.region, found.postal
        said += found.said
        renamed.update(found.renamed)  # "F-74100" printed as 74100
        if (once := one_line.once(street, city, region, postal, code, used_whole)) is not None:
            # "Los Angeles, CA 90010" in the cell and in columns of their own: printed once.
            street, city, region, postal, named, what = once
            country, free_form = named or country, True
            said.append(what)
        elif (again := one_line.town_again(street, city, region)) is not None:
            street = again  # "4410 Pine Ave, Tulsa OK" beside Tulsa and OK: the town once
            said.append("town/city: in the street's cell too, printed once")
        held = get("region")
        if (
            held is not None
            and held.col in self.mapping.fallbacks
            and region
            and "region" in addresses.required_parts(code)
        ):  # Cook County is not a US state
            region = ""
            cols.remove(held.col)
            self.tally.left_out(held.col, row.line, "a county, where a state must be given")
        elif (
            held is not None
            and region
            and (state := self._county_state(held, code, postal, region))
        ):
            # A ballot petition's County and no State: the state from the ZIP code, said.
            named = self.headers[held.col].strip()
            said.append(f"{columns.LABELS['region']}: from the postal code; '{named}' is a county")
            region = written_region = state
            cols.remove(held.col)
            self.tally.left_out(held.col, row.line, "a county, where the state is the ZIP code's")

        def part(field: str) -> str:
            """A value; a bare number with its header's word ("кв. 10"), a floor's ("Étage 3")."""
            cell, readings = get(field), self.mapping.readings
            text = value(field, cell) if cell is not None else ""
            if not text or cell is None or cell.col >= len(readings):
                return text
            floor = street_parts.floor(code, self.headers[cell.col], field)
            label = units.in_language(readings[cell.col].label, code) or floor
            return street_parts.labelled(text, label)

        # A street given in parts (house number, name, type, directions) is one line.
        inline = street_parts.inline(code)
        latin = scripts.is_latin(" ".join((*street, city, region)))
        pieces = {k: part(f) for k, f in street_parts.PARTS.items() if f != "street"}
        plot = get("house_number")
        if (
            plot is not None
            and pieces["number"]
            and street
            and street_parts.is_box(street[0], (code,))
        ):
            # Beside a box the number is a line of its own: "Plot 1234", never "1234".
            header = self.headers[plot.col] if plot.col < len(self.headers) else ""
            pieces["number"] = street_parts.numbered(pieces["number"], header)
        letter = get("house_number_letter")  # BAG's Huisletter: 12 and 'A' is "12A"
        if letter is not None and (text := value("", letter)):
            numbers = [
                (c.col, k)
                for k in ("number", "ext")
                if (c := get(street_parts.PARTS[k])) and pieces[k]
            ]
            before = [n for n in sorted(numbers) if n[0] < letter.col] or numbers
            if before:  # the number the letter follows in the list (RÚIAN's 10 and 'a': 10a)
                pieces[before[-1][1]] += text.strip()
        kind = get("house_number_kind")  # RÚIAN's Typ SO: "č.ev." 244 is "č. ev. 244"
        if kind is not None and kind.value and pieces["number"]:
            pieces["number"], shown = street_parts.number_kind(kind.value, pieces["number"])
            if shown:
                cols.append(kind.col)
            else:
                self.tally.left_out(kind.col, row.line, "the kind the number is when written alone")
        flat = self._unit(get("unit"), value, code, latin)
        # A box under a flat's word (Belgian French 'Boîte' of 'BP 12'): the box's line.
        boxed = flat.text if flat.text and street_parts.is_box(flat.text, (code,)) else ""
        flat = units.NO_UNIT if boxed else flat
        pieces |= {f: part(f) if f != "unit" else flat.text for f in inline}
        below, premises = (
            [v for f in fields if f not in inline and get(f) is not last and (v := part(f))]
            for fields in (
                ("street2", "street3", "street4", "street5", "street6"),
                ("building", "floor"),
            )
        )
        block = get("building")
        if block is not None and (into := street_parts.on_street_line(code, block.value)):
            # Singapore's HDB block, "Block 123 Ang Mo Kio Ave 3"; Indonesia's "Blok C2 No. 15";
            # Saudi Arabia's building number, "4321 Prince Mohammed Bin Fahd Rd".
            labelled = part("building")
            pieces[into] = labelled if into == "block" else block.value.strip()
            premises = [p for p in premises if p != labelled]
        held = get("region")
        levels = held.lines if held is not None and "region" in levelled else ()
        found_region = region_codes.settle(code, region, levels, city, latin)
        region, written_region = found_region.region, found_region.written or written_region
        said += found_region.said
        renamed.update(found_region.renamed)
        levelled = levelled - {"region"} if found_region.once else levelled
        city = f"{city} {found_region.after_town}" if found_region.after_town else city
        near = "" if "neighbourhood" in inline else part("neighbourhood")
        # India's mandal named as its town ("Gannavaram", "Gannavaram"): printed once.
        near = "" if near.casefold() == city.casefold() else near
        district = street_parts.district(near, part("district"))
        city, region, district, wider = places.place(
            get, levelled, near, (city, region, district), (code, latin), self.mapping.readings
        )
        street, district = street_parts.village(code, street, pieces, (district, city))
        mark = get("street3")  # a landmark's column; "Address line 3" keeps the list's order
        header = self.headers[mark.col] if mark is not None and mark is not last else "1"
        # Only a column whose own words say landmark or directions: Indonesia's RW is a line
        # column after RT, read as the third line by its place.
        said_line = any(c.isdigit() for c in header) or read_header(header).role != "street3"
        landmark = "" if said_line else part("street3")
        if fold(district) not in (fold(city), fold(region)):
            below, district = street_parts.locality_first(code, below, landmark, district)
        street = street_parts.lines(code, street, pieces, below, flat, tuple(premises), landmark)
        street[:0] = [v for v in (part("care_of"),) if v]  # "c/o", "Attn": above the street
        if flat.said:
            said.append(f"{columns.LABELS['unit']}: {flat.said}")
        if region and written_region and region != written_region:
            said.append(f"{columns.LABELS['region']}: '{written_region}' printed as {region}")
            renamed.update(dict.fromkeys(fold(written_region).split(), region.casefold()))
        spaced = units.spaced_postcode(code, postal)
        if spaced != postal and not addresses.postal_code_problem(code, spaced):
            said.append(f"{columns.LABELS['postal_code']}: '{postal}' printed as {spaced}")
            renamed[fold(postal)] = fold(spaced).split()[0]
            postal = spaced
        # "12345" under "P.O. Box": "P.O. Box 12345"
        street += [box for box in (part("po_box"), boxed) if box]
        if locality is not None and locality.lines:
            # "City, State ZIP" in one cell: printed as written, below the street.
            cols.append(locality.col)
            street += locality.lines
            free_form = True
        postal = postcode_halves.joined(postal, ext, code)
        parts = addresses.AddressParts(
            tuple(street),
            city,
            region,
            postal,
            country,
            district=district,
            wider=wider,
        )
        required = addresses.required_parts(code)
        free_form |= lines_only
        if free_form:  # the town and postcode are somewhere in the lines as written
            required = required & {"street"}
        present = {
            "street": bool(street),
            "city": bool(city),
            "region": bool(region),
            "postal_code": bool(postal),
        }
        order = ("street", "city", "region", "postal_code")
        missing = tuple(f for f in order if f in required and not present[f])
        lines = [*street, city, region, postal]
        return Gathered(
            prefix,
            parts,
            code,
            free_form,
            used_whole,
            tuple(cols),
            tuple(warnings),
            missing,
            sum(present.values()),
            tuple(x for x in lines if x),
            found.restored,
            found.guessed,
            (*said, *self._said_shared(shared, cols, prefix)),
            tuple(renamed.items()),
            found.by,
        )

    def _county_state(self, held: Cell, code: str | None, postal: str, region: str) -> str | None:
        """The state a row's postcode names where its region column is a county ("County" of
        "Sangamon", no State column) of a country whose post requires a state; else None."""
        if code is None or "region" not in addresses.required_parts(code):
            return None
        header = words(self.headers[held.col]) if held.col < len(self.headers) else ()
        rest = " ".join(w for w in header if w != "county")
        if "county" not in header or (rest and read_header(rest).role is not None):
            return None  # "County/State" names the state too
        # "Washington" County beside an Oregon ZIP code is no Washington State.
        state = region_forms.state_of(code, postal)
        if not state or countries.key(region) in _state_names(code, state):
            return None  # "Seoul" is 서울특별시 in Latin letters: the file's text stays
        return _in_script_of(code, state, region)

    def _unit(
        self, cell: Cell | None, value: Callable[[str], str], code: str | None, latin: bool
    ) -> units.Unit:
        """The row's unit as its country's post prints it (a bare number with its designator,
        "" for none), and what the column report says of it."""
        flat = value("unit") if cell is not None else ""
        if cell is None or not flat:
            return units.NO_UNIT
        readings = self.mapping.readings
        label = readings[cell.col].label if cell.col < len(readings) else ""
        header = self.headers[cell.col] if cell.col < len(self.headers) else ""
        return units.unit(flat, header, code, latin, label)

    def _shared(self, cells: Mapping[str, Cell], prefix: str) -> dict[str, Cell]:
        """The columns naming a place part and no address set ("Town", "Postal Code") that a
        mailing or billing set with a street line of its own but no column for that part
        reads: "Postal Address" beside a plain "Town" is a post-office box in that town (a
        Kenyan or Botswanan form), never a box with no town. The home set reads them too;
        whichever set prints, they print with it. A work set does not: an employer's
        street with the signer's own town is nobody's address."""
        if prefix not in _SHARING or not any(prefix + f in cells for f in _STREET_LINE):
            return {}
        readings = self.mapping.readings
        return {
            field: cell
            for field in _PLACE_PARTS
            if prefix + field not in cells
            and (cell := cells.get(field)) is not None
            and cell.col < len(readings)
            and readings[cell.col].qualifier is None
            and (
                prefix in self.beside.get(cell.col, (prefix,))
                or (prefix in self.placeless and self._named_home(cell.col))
            )
        }

    def _named_home(self, col: int) -> bool:
        """Whether the street lines a place column stands after are the home set's under a
        word of their own ("Physical Address", "Residential Address"): then the plain place
        names no set, and a set with none of its own reads it too."""
        readings = self.mapping.readings
        streets = [f for f in self.mapping.found if f in _STREET_LINE]
        return bool(streets) and all(
            (at := self.mapping.found[f]) < len(readings) and readings[at].qualifier == "home"
            for f in streets
        )

    def _said_shared(
        self, shared: Mapping[str, Cell], cols: Sequence[int], prefix: str
    ) -> list[str]:
        """What the column report says of the plain columns a set read (_shared)."""
        read = [(f, c) for f, c in shared.items() if c.col in cols and c.col < len(self.headers)]
        if not read:
            return []
        parts = ", ".join(columns.LABELS[f] for f, _ in read)
        named = ", ".join(f"'{self.headers[c.col].strip()}'" for _, c in read)
        one = len(read) == 1
        return [
            f"{parts}: {named} {'names' if one else 'name'} no address set, so "
            f"{'it prints' if one else 'they print'} with the {columns.SETS[prefix]} address, "
            f"which has no column of its own for {'it' if one else 'them'}"
        ]


def _beside(mapping: columns.Mapping_) -> dict[int, frozenset[str]]:
    """Each column of a place part, by the sets of the address columns right before it that
    name a set or a street line: "Town" after "Postal Code" is the postal address's town,
    "Suburb" and "City" after "Physical Address" the physical one's (a South African form),
    and "Town", "Postal Code" after "Postal Address", "Physical Address" both sets' (a South
    African school's list: the box is in that town too). A column with no such column before
    it is not in this dict: any set may read it."""
    fields = sorted((col, f) for f, col in mapping.found.items())
    out: dict[int, frozenset[str]] = {}
    last: frozenset[str] | None = None
    placed = False  # a place column since the last street line
    for col, field in fields:
        prefix = field[:2] if field[:2] in columns.SETS else ""
        part = field[len(prefix) :]
        if part not in columns.ADDRESS_FIELDS and part != "address":
            continue
        if prefix or part in _STREET_LINE:
            # Street lines in a row, no place between them, are read together by the places
            # after them; a qualified place ("Postal Code" of the postal set) starts anew.
            run = last is not None and not placed and part in _STREET_LINE
            last = (last if run and last is not None else frozenset()) | {prefix}
            placed = part not in _STREET_LINE
        elif last is not None and part in _PLACE_PARTS:
            out[col] = last
            placed = True
    return out


def _placeless(mapping: columns.Mapping_, beside: Mapping[int, frozenset[str]]) -> set[str]:
    """The mailing or billing sets with a street line and no place of their own: no place
    column under their words, none standing after their street."""
    found = mapping.found
    return {
        prefix
        for prefix in _SHARING
        if any(prefix + f in found for f in _STREET_LINE)
        and not any(prefix + f in found for f in _PLACE_PARTS)
        and not any(prefix in sets for sets in beside.values())
    }


def _not_home(mapping: columns.Mapping_, beside: Mapping[int, frozenset[str]]) -> frozenset[int]:
    """The plain place columns that stand after another set's street lines where the home
    set has no street line at all (Naver's 우편번호 after 통합배송지, where goods go): that
    set's, never a home address of a lone postcode for a buyer whose recipient lives there."""
    if any(f in mapping.found for f in _STREET_LINE):
        return frozenset()
    return frozenset(col for col, sets in beside.items() if "" not in sets)


#: Sets that read the plain place columns they lack (Gatherer._shared), and what they read.
_SHARING = ("m_", "b_")
_STREET_LINE = ("address", "street", "po_box")
_PLACE_PARTS = columns.PLACE_PARTS


def _state_names(code: str, state: str) -> frozenset[str]:
    """Every way Google's address data writes the region keyed `state` (its key, name and
    Latin name: 서울특별시, Seoul), as `countries.key` folds them."""
    rules = countries.rules(code)
    keys = rules.get("sub_keys", "").split("~")
    at = keys.index(state) if state in keys else -1
    found = {state}
    for field in ("sub_names", "sub_lnames"):
        names = rules.get(field, "").split("~")
        if 0 <= at < len(names) and names[at]:
            found.add(names[at])
    return frozenset(countries.key(n) for n in found)


def _in_script_of(code: str, state: str, written: str) -> str:
    """The region keyed `state` in the script the row wrote its region in: its Latin name
    (Google's sub_lnames) beside a region written in Latin letters, never Hangul or kanji
    in place of what the file wrote in Latin letters."""
    if scripts.is_latin(state) or not scripts.is_latin(written):
        return state
    rules = countries.rules(code)
    keys, latin = rules.get("sub_keys", "").split("~"), rules.get("sub_lnames", "").split("~")
    at = keys.index(state) if state in keys else -1
    return latin[at] if 0 <= at < len(latin) and latin[at] else state
