"""Columns settled by their values: a column whose header names no part ("Field 7", "Code",
"Location") is placed by what its first values look like, and a column whose values contradict
its header ("Postcode" full of e-mails, "City" of postal codes) is read as what its values
are when that part is free, or refused with a located reason; the column report says which."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Sequence

from packbuilder.signers import (
    again,
    by_place,
    columns,
    counters,
    name_columns,
    names,
    places,
    records,
    row_numbers,
    sampled,
    sets,
    steps,
    their_part,
    twice,
    unplaced,
    values,
    words,
)
from packbuilder.signers.report import Reading, Report
from packbuilder.signers.table import Row

#: Rows looked at first: enough to see what a column holds, too few to read a list twice.
SAMPLE_ROWS = 200
#: Share of a column's values with one look for that look to place a column the header leaves
#: open: most of them, so one odd answer does not decide and one mistyped cell does not stop it.
PLACE_SHARE = 0.8
#: Share of values a field never holds for them to contradict its header.
CONTRADICT_SHARE = 2 / 3
#: A house number written apart from its street: 10, 10a, 12/3, 5-7, 221B.
#: A street in words not known: letters, then a house number ("Amir Temur ko'chasi 15").
_NUMBERED = re.compile(r"(?=.*[^\W\d_]{2}).*\d")


def _streets_mostly(sample: values.Sample) -> str | None:
    """ "street" when most values look like streets and the rest have letters and a number
    and no other look ("7 Victoria Road, Leeds" beside "Amir Temur ko'chasi 15, 100000
    Toshkent", whose street word is not known): a street is telling alone, and the others are
    addresses all the same."""
    streets = sample.count("street")
    if not sample.looks or streets * 2 <= len(sample.looks):
        return None
    for (_, text), found in zip(sample.values, sample.looks, strict=True):
        if "street" not in found and (found or not _NUMBERED.match(text) or len(text) < 8):
            return None
    return "street"


_HOUSE = row_numbers.HOUSE
NAME_FIELDS = name_columns.NAME_FIELDS  # the fields naming the signer
NAME_CHOICE = name_columns.NAME_CHOICE
#: Looks that say which address part a column is when they are where another part should be.
_MOVABLE = frozenset({"postcode", "region", "subdivision", "country", "street", "building"})


def settle(
    mapping: columns.Mapping_,
    header: Row,
    rows: Sequence[Row],
    how: Reading,
    report: Report,
) -> columns.Mapping_:
    """The mapping with the columns the values settle: placed, moved or refused."""
    raw = sampled.samples(header, rows)
    countries = sampled.countries(mapping, raw, how, PLACE_SHARE)
    cache: dict[str, frozenset[str]] = {}

    def sample(col: int) -> values.Sample:
        found = tuple(raw.get(col, ()))
        looks = tuple(
            cache.setdefault(text, values.looks(text, countries))
            if text not in cache
            else cache[text]
            for _, text in found
        )
        return values.Sample(found, looks)

    settling = _Settling(mapping, header, report, sample, countries)
    taken = counters.set_aside(header, rows, mapping, settling.found, settling.not_postal, report)
    settling.replaced |= taken
    settling.contradictions()
    settling.town_lines()
    their_part.settle(settling, settling.sample, settling.report)
    their_part.regions_aside(settling, settling.sample)
    their_part.of_a_thing(settling)  # "Order State" beside "State"
    for step in steps.BEFORE_OPEN_COLUMNS:  # each with one job (steps.py)
        step(settling, sample, countries)
    settling.open_columns()
    their_part.of_the_same_record(settling)  # "Order City" beside "Order Zip"
    found, not_postal = settling.found, settling.not_postal
    not_postal |= twice.same_country(header, mapping, found, {*found.values(), *not_postal}, sample)
    left_out = unplaced.find(header, mapping, found, not_postal, sample, countries)
    by_place.settle(header.cells, found, settling.evidence, left_out, sample, set(not_postal))
    # A column now used is no longer "also looks like" one that is not; a "Region" is no level.
    notes = tuple(n for n in mapping.notes if n[0] not in settling.replaced)
    return dataclasses.replace(
        settling.mapping,  # records.place may have taken back what quals.py said
        found=settling.found,
        not_postal=settling.not_postal,
        evidence=settling.evidence,
        notes=(*notes, *places.not_levels(mapping, settling.found, sample, header.cells)),
        errors=mapping.errors + tuple(settling.errors),
        unplaced=left_out,
        rivals=settling.mapping.rivals.without(
            {c for c, why in settling.not_postal.items() if why.endswith(_NO_ADDRESS)}
        ),
    )


#: How the column report ends the reason a column of numbers under an address header is none.
_NO_ADDRESS = ", not an address"


def _numbers_alone(sample: values.Sample) -> bool:
    """Whether every value of a column is a number alone ("1", "7")."""
    return bool(sample.looks) and all(looks == {"number"} for looks in sample.looks)


class _Settling:
    def __init__(
        self,
        mapping: columns.Mapping_,
        header: Row,
        report: Report,
        sample: Callable[[int], values.Sample],
        countries: tuple[str, ...] = (),
    ) -> None:
        self.mapping = mapping
        self.countries = countries
        self.found = dict(mapping.found)
        self.not_postal = dict(mapping.not_postal)
        self.evidence: dict[int, str] = {}
        #: Errors at the header: (column, message).
        self.errors: list[tuple[int, str]] = []
        #: Columns used in place of one whose values contradict its header.
        self.replaced: set[int] = set()
        self.header = header
        self.report = report
        self.sample = sample

    def _name(self, col: int) -> str:
        return self.header.cells[col].strip() or f"column {col + 1}"

    def contradictions(self) -> None:
        """Each column read by its header whose values that field never holds."""
        wrong: dict[str, tuple[int, str | None, values.Sample]] = {}
        for field, col in self.found.items():
            part = unplaced.field_part(field)
            if part not in values.RULES or col in self.not_postal:
                continue
            sample, chosen = self.sample(col), field in self.mapping.mapped
            if part == "street3" and not chosen:  # "Referencia" of order numbers
                sample = records.numbered(self.header.cells[col], sample)
            flagged = [
                (t, f)
                for (_, t), f in zip(sample.values, sample.looks, strict=True)
                if values.refutes(part, t, f, self.countries, chosen)
            ]
            bad = [f for _, f in flagged]
            texts = {t for t, _ in flagged}
            place = _place_free(self.found, field) if part == "country" else None
            # One name beside a town: a country not known ("Oz"); with no town, the town.
            one = len(texts) < 2 and all(f & {"words"} for f in bad)
            alone = one and not (place or "").endswith("city")
            if part == "country" and alone:
                continue  # one name no country goes by ("Oz"): printed, with a row warning
            if bad and len(bad) >= max(1.0, CONTRADICT_SHARE * len(sample.looks)):
                never = values.RULES[part][1]
                what = values.telling([f & never for f in bad], 0.5)
                wrong[field] = (col, what, sample)
        for field, (col, what, sample) in wrong.items():
            if self.found.get(field) != col:
                continue  # already swapped
            self._contradicted(field, col, what, sample, wrong)

    def _contradicted(
        self,
        field: str,
        col: int,
        what: str | None,
        sample: values.Sample,
        wrong: dict[str, tuple[int, str | None, values.Sample]],
    ) -> None:
        prefix = field[: -len(unplaced.field_part(field))]
        target = prefix + values.FIELD_OF[what] if what in _MOVABLE else None
        if unplaced.field_part(field) == "country" and what == "words":
            target = _place_free(self.found, field)  # Slovenian "Kraj" of Ljubljana: the town
        line, text = sample.first(what)
        evidence = (
            f"{sample.count(what)} of {len(sample.looks)}, line {line}: '{text}'" if what else ""
        )
        said = (
            f"the header says {columns.LABELS[field]}, but its values are "
            f"{values.PLURAL[what]} ({evidence})"
            if what
            else ""
        )
        mapped = field in self.mapping.mapped
        if what and (what in ("household", "record", "status") or field == "suffix") and not mapped:
            # NPSP's account; a record's number; a number under Suffix (the register's ENO).
            self.not_postal[self.found.pop(field)] = f"{values.PLURAL[what]} ({evidence})"
            if more := self.mapping.alternates.pop(field, ()):
                # "Family Name" of households before "Surname": the further column is the name.
                self.found[field], self.mapping.alternates[field] = more[0], more[1:]
                self.replaced.add(more[0])
            return
        if what == "number" and unplaced.field_part(field) == "address" and not mapped:
            # Magento's "_address_default_billing_" of 1: which address is the default. Its
            # further columns of numbers alone ("_address_default_shipping_") are flags too.
            more = self.mapping.alternates.get(field, ())
            for at in (col, *(c for c in more if _numbers_alone(self.sample(c)))):
                self.not_postal[at] = f"{values.PLURAL[what]} ({evidence}){_NO_ADDRESS}"
            self.found.pop(field)
            return
        if target is not None and not mapped and target not in self.mapping.mapped:
            other = self.found.get(target)
            if other is None:
                del self.found[field]
                self.found[target] = col
                self._moved(col, target, said)
                if more := self.mapping.alternates.pop(field, ()):
                    # Czech "Kraj" (the region) before "Stát": the further column is the part.
                    self.found[field], self.mapping.alternates[field] = more[0], more[1:]
                    self.replaced.add(more[0])
                return
            if col > other and places.joins(self.mapping.joined, target, col):
                del self.found[field]  # Peru's Departamento after its Provincia: a level
                return self._moved(col, target, said)
            if target in wrong and wrong[target][0] == other:
                # Two headers swapped ("City" over the postcodes, "Postcode" over the towns):
                # each column is read as the other's part when its values fit it.
                theirs = wrong[target][2]
                if not any(values.contradicts(unplaced.field_part(field), f) for f in theirs.looks):
                    self.found[field], self.found[target] = other, col
                    self._moved(col, target, said)
                    other_what = wrong[target][1]
                    other_line, other_text = theirs.first(other_what)
                    looks = f"{values.PLURAL[other_what]} " if other_what else ""
                    self._moved(
                        other,
                        field,
                        f"the header says {columns.LABELS[target]}, but its values are "
                        f"{looks}(line {other_line}: '{other_text}') and column "
                        f"'{self._name(col)}' holds the {columns.LABELS[target]}",
                    )
                    return
        if not mapped and (other := self._second(field, col)) is not None:
            # "Postcode" of e-mails beside a "Zip" of postal codes: the second column is used.
            self.found[field] = other
            self.not_postal[col] = (
                f"{said}; '{self._name(other)}' gives the {columns.LABELS[field]}"
            )
            self.replaced.add(other)
            self.report.warn(
                self.header.line,
                col + 1,
                "(header)",
                f"column '{self._name(col)}': {said}; column '{self._name(other)}' is read as "
                f"the {columns.LABELS[field]}",
            )
            return
        self._refuse(field, col, what, sample, said)

    def town_lines(self) -> None:
        """A street-line column (or a further one) whose values are a town with its state
        ("Addr L5" of "Springfield, IL 62704"), in a set with no town, region, postal code or
        whole address: the town line (address lines 1 to 5, the last filled in holding it)."""
        for field, col in list(self.found.items()):
            prefix = field[: -len(part := unplaced.field_part(field))]
            gone = ("city", "region", "postal_code", "locality_line", "address")
            if part not in words.LINES.values() or any(prefix + g in self.found for g in gone):
                continue
            more = self.mapping.alternates.get(field, ())
            for c in (col, *more):
                sample = self.sample(c)
                if sample.looks and sample.count("locality") >= PLACE_SHARE * len(sample.looks):
                    (line, text), n = sample.first("locality"), len(sample.looks)
                    said = f"its values are {values.PLURAL['locality']} ({n} of {n}, line {line}"
                    self._moved(c, prefix + "locality_line", f"{said}: '{text}')")
                    self.found[prefix + "locality_line"] = c
                    self.replaced.add(c)
                    rest = tuple(a for a in more if a != c)
                    if c == col:  # the next further column of the field takes its place
                        del self.found[field]
                        self.found.update({field: rest[0]} if rest else {})
                        self.replaced.update(rest[:1])
                    self.mapping.alternates[field] = rest[1:] if c == col else rest
                    break

    def _second(self, field: str, col: int) -> int | None:
        """The one other column whose header names `field` and whose values fit it; of
        several, the first of the field's further columns (read where the first is empty
        anyway: Shopify's "Billing Name" where "Name" holds order numbers)."""
        if (other := names.instead(field, self.found, self.mapping.alternates)) is not None:
            return other  # the billing address's name: the signer's
        taken = set(self.found.values()) | set(self.not_postal)
        found = [
            c
            for c, reading in enumerate(self.mapping.readings)
            if c != col
            and c not in taken
            and columns.field_of(reading) == field
            and (sample := self.sample(c)).looks
            and not any(values.contradicts(unplaced.field_part(field), f) for f in sample.looks)
        ]
        more = [c for c in self.mapping.alternates.get(field, ()) if c in found]
        return found[0] if len(found) == 1 else next(iter(more), None)

    def _moved(self, col: int, field: str, said: str) -> None:
        why = f"{said}; read as the {columns.LABELS[field]}"
        self.evidence[col] = why
        self.report.warn(
            self.header.line, col + 1, "(header)", f"column '{self._name(col)}': {why}"
        )

    def _refuse(
        self, field: str, col: int, what: str | None, sample: values.Sample, said: str
    ) -> None:
        name = self._name(col)
        line, text = sample.first(what)
        if not said:
            said = (
                f"the header says {columns.LABELS[field]}, but its values do not look like one "
                f"(line {line}: '{text}')"
            )
        self.report.error(
            self.header.line,
            col + 1,
            "(header)",
            f"column '{name}': {said}, so letters would print wrong data; nothing is printed "
            f"until it is settled: correct the column, or say in campaign.yaml, under "
            f"signer_columns, which column holds the {columns.LABELS[field]} "
            f"('{unplaced.field_part(field)}: ...') "
            f"and 'ignore: [{name}]'",
        )
        self.not_postal[col] = f"its values are not the {columns.LABELS[field]}"
        del self.found[field]

    def open_columns(self) -> None:
        """Each column the header does not place, placed by its values when they say which
        part it is and that part is free. A street, a region or country spelled out, a postal
        code with letters: telling alone. A postal code of digits only or a region code is
        also an ID, an amount, a yes/no answer ("12345", "OK"): placed only in a run of
        columns beside the signer's address."""
        placed = set(self.found.values()) | set(self.not_postal)
        placed |= {col for col, _ in self.mapping.notes}
        readings = self.mapping.readings
        wordy: list[tuple[int, values.Sample, str]] = []
        weak: list[tuple[int, str, str]] = []
        for col in range(len(self.header.cells)):
            reading = readings[col] if col < len(readings) else None
            if col in placed or (reading is not None and reading.role is not None):
                continue
            if reading is not None and reading.qualifier == "not_theirs":
                continue  # "Event location", "Previous area": somebody else's, or old
            sample = self.sample(col)
            what = values.telling(sample.looks, PLACE_SHARE) or _streets_mostly(sample)
            if what in (None, "number") and self._house_number(col, sample):
                continue
            if what is None or (what == "country" and not sampled.names_a_country(sample, reading)):
                continue
            line, text = sample.first(what)
            evidence = f"{sample.count(what)} of {len(sample.looks)}, line {line}: '{text}'"
            part = values.FIELD_OF.get(what)
            roles = reading.roles if reading is not None else ()
            if part is not None and (not roles or part in roles):
                qualifier = reading.qualifier if reading is not None else None
                field = part if part == "email" else columns.SET_OF.get(qualifier, "") + part
                why = f"by its values: {values.PLURAL[what]} ({evidence})"
                if values.telling_alone(what, sample) or part in roles:  # "country_id": US
                    self._place(col, field, why)
                else:
                    weak.append((col, field, why))
                continue
            if what in ("words", "person"):
                wordy.append((col, sample, evidence))
                continue
            if what == "number" and self._beside_the_street(col):
                continue  # a flat or door number (Stiege, Tür): unplaced, and checked
            if again.never_printed(what, reading):  # an e-mail, a date; Shopware's countryId
                self.not_postal[col] = (
                    f"its values are {values.PLURAL[what]} ({evidence}), not part of a name "
                    "or address"
                )
                if what == "number" and row_numbers.says_number(self.header.cells[col]):
                    self.not_postal[col] = f"{row_numbers.ROW_NUMBER} ({evidence})"  # "#"
        near = {c for c, _, _ in weak} | {c for c, _, _ in wordy}
        for col, field, why in weak:
            if self._beside_the_address(col, near):
                self._place(col, field, why)
        # Once the parts with a look of their own are placed: a town is only words.
        for col, sample, evidence in wordy:
            self._between(col, sample, evidence)
        open_ = [(col, sample) for col, sample, _ in wordy if col not in self.evidence]
        name_columns.place(self, open_, self._name, self._inside_the_address)

    def _inside_the_address(self, col: int) -> bool:
        """True when `col` follows a street column or stands between two of the address's."""
        own = {c for f, c in self.found.items() if unplaced.field_part(f) in columns.ADDRESS_FIELDS}
        street = {
            c for f, c in self.found.items() if unplaced.field_part(f) in ("street", "address")
        }
        return col - 1 in street or (col - 1 in own and col + 1 in own)

    def _house_number(self, col: int, sample: values.Sample) -> bool:
        """A column of short numbers beside a street column whose streets have no number: the
        house number (row_numbers.beside_the_street)."""
        why = row_numbers.beside_the_street(self, self.sample, col, sample)
        if why:
            self.found["house_number"] = col
            self.evidence[col] = why
        return bool(why)

    def _beside_the_street(self, col: int) -> bool:
        """True when `col` and the columns of flat numbers left of it follow the street, the
        house number or the unit (Austria's Straße | Hausnummer | Stiege | Tür)."""
        lines = {
            c
            for f, c in self.found.items()
            if unplaced.field_part(f) in ("street", "house_number", "unit", "street2")
        }
        while col - 1 not in lines:
            col -= 1
            texts = [t for _, t in self.sample(col).values] if col >= 0 else []
            if not texts or not all(_HOUSE.fullmatch(t) for t in texts):
                return False
        return True

    def _place(self, col: int, field: str, why: str) -> None:
        """`field` from column `col`, unless given already or its address set is one cell."""
        part = unplaced.field_part(field)
        whole = part in columns.ADDRESS_FIELDS and f"{field[: -len(part)]}address" in self.found
        elsewhere = sets.another_place(field, self.found, why)  # never a second town line
        if field in self.found or whole or elsewhere:
            self.not_postal.update({col: elsewhere} if elsewhere else {})
            return
        self.found[field] = col
        self.evidence[col] = why

    def _beside_the_address(self, col: int, near: set[int]) -> bool:
        """True when `col` is in a run of open and placed address columns holding a placed one."""
        own = {c for f, c in self.found.items() if unplaced.field_part(f) in columns.ADDRESS_FIELDS}
        run = own | near
        left, right = col, col
        while left - 1 in run:
            left -= 1
        while right + 1 in run:
            right += 1
        return any(c in own for c in range(left, right + 1))

    def _between(self, col: int, sample: values.Sample, evidence: str) -> None:
        """A column of words between two columns of the signer's own address, in a list that
        has no town: the town, as every address layout that spells one puts it between the
        street and the region or postal code ("Field 6" between "12 Oak St" and "IL")."""
        if "city" in self.found or "locality_line" in self.found or "address" in self.found:
            return
        own = {c for f, c in self.found.items() if f in columns.ADDRESS_FIELDS}
        if col - 1 not in own or col + 1 not in own:
            return
        self.found["city"] = col
        self.evidence[col] = (
            f"by its values and place: {values.PLURAL['words']} ({evidence}) between "
            f"'{self._name(col - 1)}' and '{self._name(col + 1)}', in a list with no town"
        )


def _place_free(found: dict[str, int], field: str) -> str | None:
    """Where a column read as the country whose values name no country goes: the town where
    its set has none (Slovenian and Croatian "Kraj", "Mjesto": the place), else the region
    (Czech "Kraj" of "Jihomoravský kraj" beside the town, "Obec"); None when both are given."""
    prefix = field[: -len("country")]
    if not {f"{prefix}{p}" for p in ("city", "locality_line")} & found.keys():
        return f"{prefix}city"
    return None if f"{prefix}region" in found else f"{prefix}region"
