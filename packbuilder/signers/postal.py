"""A row's return address: its address sets gathered (home, mailing, a whole address in one
cell), the one to print chosen, checked for what the post needs, and put in national order."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import cache

from packbuilder.language import scripts
from packbuilder.signers import (
    addresses,
    columns,
    countries,
    inferred,
    one_line,
    places,
    postcode_halves,
    sets,
    units,
    whence,
)
from packbuilder.signers import street as street_parts
from packbuilder.signers.cells import Cell, lost_characters, mailchimp_parts, set_fields
from packbuilder.signers.country_lines import country_line
from packbuilder.signers.printed import fold
from packbuilder.signers.report import Reading, Report, Tally
from packbuilder.signers.table import Row


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


class AddressReader:
    """Turns a row's address cells into the lines its letter and label print."""

    def __init__(
        self,
        report: Report,
        how: Reading,
        mapping: columns.Mapping_,
        tally: Tally,
        headers: tuple[str, ...] = (),
    ) -> None:
        self.report = report
        #: The header's cells: a unit column's own word ("Wohnung") names a bare number.
        self.headers = headers
        self.how = how
        self.mapping = mapping
        self.tally = tally
        #: One copy of each town, region and country line: a list of thousands of signers
        #: from one town holds its "Springfield, MA 01103" once, not once per signer.
        self.shared: dict[str, str] = {}
        self.has_address = any(
            p + f in mapping.found
            for p in (*columns.SETS, *columns.NUMBERED)
            for f in ("address", "street", "city", "postal_code", "locality_line")
        )
        self.numbered = any(f[:1].isdigit() for f in mapping.found)
        #: The last row's chosen address set, and the words restored in it (a ZIP code's
        #: zero put back: as written -> as printed), for the check that nothing is dropped.
        self.chosen: Gathered | None = None
        self.restored: dict[str, str] = {}
        #: The parts the last row's address lacks that its country's format requires.
        self.missing: tuple[str, ...] = ()

    def address(
        self, row: Row, cells: dict[str, Cell], where: str, others: Mapping[str, str]
    ) -> tuple[str, ...]:
        # A mailing set whose own name is not the signer's (Rakuten's 送付先) is not theirs.
        mail = "m_" not in others and any(c.value for f, c in cells.items() if f[:2] == "m_")
        # Each set is gathered once, and only when the row gives some of it.
        given = not mail or any(c.value for f, c in cells.items() if _set_of(f) == "")
        home = self._gather(row, cells, where, "") if given else None
        chosen, other = home, None
        if mail:
            mailing = self._gather(row, cells, where, "m_")
            # The mailing address is the one to use, unless it is incomplete ("PO Box 9" and
            # nothing else) and the home address is not: then the complete one prints. With
            # neither complete, the one with more parts prints, and its gaps are warned about.
            if (
                home is not None
                and mailing.missing
                and (not home.missing or home.count > mailing.count)
            ):
                chosen, other = home, mailing
            else:
                chosen, other = mailing, home
        assert chosen is not None  # a row without a mailing address gathers its own
        # Numbered sets ("Address 2 - City") each whole: a home one, then one of no kind, as
        # the row's own; billing, work and other ones only when nothing else is given.
        filled = (f for f, c in cells.items() if c.value) if self.numbered else ()
        numbered = sets.ranked(self.mapping.set_labels, filled, row.cells) if filled else []
        labels = {p: label for _, p, label in numbered}
        # No home or mailing address (a country alone is none), or one with neither street
        # nor town (a ZIP alone): a billing or shipping one, then a work one, and said; beside
        # such a partial own address only one that is complete. A town without a street (a
        # contact's location) stays: it is where they are, an employer's address is not.
        partial = chosen.count and chosen.missing and not (chosen.parts.street or chosen.parts.city)
        if not chosen.count or partial:
            order = [(r, p) for r, p, _ in numbered] + [(1.5, "b_"), (2.5, "w_")]
            for rank, prefix in sorted(order):
                if prefix in others or not any(cells[f].value for f in cells if f[:2] == prefix):
                    continue
                fallback = self._gather(row, cells, where, prefix)
                if partial and (fallback.missing or not fallback.parts.street):
                    continue
                own, chosen = chosen, fallback
                if rank <= 1 and not partial:
                    break
                named = _named(prefix, labels)
                why = "no home or mailing address"
                if partial:
                    names = ", ".join(columns.LABELS[f] for f in own.missing)
                    shown = ", ".join(own.lines)
                    why = f"{_named(own.prefix, labels)} '{shown}' has no {names}"
                self.report.warn(
                    row.line,
                    chosen.cols[0] + 1 if chosen.cols else 1,
                    where,
                    f"{why}, so {named} prints{' whole' if partial else ''}; "
                    "check it is where the signer takes post",
                )
                break
        self.chosen, self.restored, self.missing = chosen, {}, ()
        if chosen.restored:
            written, shown = chosen.restored
            self.restored.update(zip(written.split("-"), shown.split("-"), strict=False))
            self.tally.say("postcode: a leading zero the spreadsheet dropped is restored", row.line)
        if chosen.inferred:
            name = addresses.country_name(chosen.inferred).title()
            self.tally.say(f"country: {name}, from {chosen.inferred_by}", row.line)
        for what in chosen.said:
            self.tally.say(what, row.line)
        self.restored.update(chosen.renamed)
        for col in chosen.cols:
            self.tally.used[col] += 1
        for args in chosen.warnings:
            self.report.warn(*args)
        why = f"the row's {_named(chosen.prefix, labels).removeprefix('the ')} is used"
        for field, cell in cells.items():
            in_set = _set_of(field)
            if not cell.value or cell.col in chosen.cols or in_set is None:
                continue
            if in_set != chosen.prefix or (other and cell.col in other.cols):
                self.tally.left_out(cell.col, cell.line, others.get(in_set, why))
        if other is not None and other.count and chosen.prefix == "":
            names = ", ".join(columns.LABELS[f] for f in other.missing)
            shown = ", ".join(other.lines)
            self.report.warn(
                row.line,
                other.cols[0] + 1 if other.cols else 1,
                where,
                f"mailing address '{shown}' has no {names}, so the complete home address "
                "prints instead; fill in the mailing address if it is the one to use",
            )
        parts, prefix = chosen.parts, chosen.prefix
        lost_characters(self.report, cells, where, set_fields(prefix))
        if chosen.whole:
            lost_characters(self.report, cells, where, ("address",))
        posted_from, code = self.how.country, chosen.code
        found = addresses.cjk_region_country(parts) if self._unmarked_cjk(parts) else None
        if found is not None:
            # No country, but written in Chinese, Japanese or Korean script with a region of
            # one such country (東京都, 서울특별시): that country, with its country line.
            parts, code = dataclasses.replace(parts, country=found), found
            name = addresses.country_name(found).title()
            self.tally.say(f"country: {name}, from the script and region", row.line)
        abroad = self._foreign_script(row, cells, where, parts, prefix)
        if abroad is not None:
            # No country, written in Hangul or Han in a campaign posted from a Latin-script
            # country: probably abroad. Print it in its own script's order, never checked as
            # (say) a US ZIP code; the warning asks for the country.
            posted_from = abroad or None
        elif self.has_address:
            self._check_address(row, cells, where, parts, code, chosen.free_form, prefix)
        lines = addresses.format_address(parts, posted_from)
        if code and parts.country and not chosen.inferred and found is None and lines:
            shown = lines[-1]
            line = country_line(code, parts.country, posted_from)
            if shown == line and fold(parts.country) != fold(shown):
                # "加拿大" or "DE" as the post reads it: said, and counted as printed.
                self.tally.say(f"country: '{parts.country}' printed as {shown}", row.line)
        # Street lines are each signer's own; sharing them would only fill the table.
        return tuple(x if x in parts.street else self.shared.setdefault(x, x) for x in lines)

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

    def _unmarked_cjk(self, parts: addresses.AddressParts) -> bool:
        """An address with no country, written in Chinese, Japanese or Korean script, in a
        campaign posted from a known country that does not write so."""
        home = self.how.country
        if parts.country or home is None or home in addresses.LARGEST_FIRST:
            return False
        return scripts.has_east_asian(" ".join((*parts.street, parts.city, parts.region)))

    def _foreign_script(
        self,
        row: Row,
        cells: dict[str, Cell],
        where: str,
        parts: addresses.AddressParts,
        prefix: str,
    ) -> str | None:
        """For an address with no country, written in a script the campaign's country does
        not write (Hangul, Han, Greek, Cyrillic...): "KR" for Hangul, "" for any other (China,
        Taiwan, Hong Kong or Japan; Greece or Cyprus cannot be told), after a row warning;
        else None."""
        home = self.how.country
        if parts.country or home is None:
            return None
        texts = (*parts.street, parts.city, parts.region)
        said = inferred.unmarked_script(texts, home, parts.postal_code, self._unmarked_cjk(parts))
        if said is None:
            return None
        cell = cells.get(prefix + "street") or cells.get("address")
        self.report.warn(row.line, cell.col + 1 if cell is not None else 1, where, said[1])
        return said[0]

    def _gather(self, row: Row, cells: dict[str, Cell], where: str, prefix: str) -> Gathered:
        """One address set of the row (home: prefix "", mailing: "m_") as parts, with the
        columns it would use and the warnings it would give, before either is chosen."""
        cols: list[int] = []
        warnings: list[tuple[int, int, str, str]] = []
        #: What the column report says this set changed, and the words it printed instead.
        said: list[str] = []
        renamed: dict[str, str] = {}

        def get(field: str) -> Cell | None:
            return cells.get(prefix + field)

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
        written_region = region
        found = whence.decide(country, region, postal, city, street, self.how.country)
        country, code, region, postal = found.country, found.code, found.region, found.postal
        said += found.said
        if (once := one_line.once(street, city, region, postal, code, used_whole)) is not None:
            # "Los Angeles, CA 90010" in the cell and in columns of their own: printed once.
            street, city, region, postal, named, what = once
            country, free_form = named or country, True
            said.append(what)
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

        def part(field: str) -> str:
            """A value; a bare number with its header's word ("кв. 10"), a floor's ("Étage 3")."""
            cell, readings = get(field), self.mapping.readings
            text = value(field, cell) if cell is not None else ""
            if not text or cell is None or cell.col >= len(readings):
                return text
            floor = street_parts.floor(code, self.headers[cell.col], field)
            return street_parts.labelled(text, readings[cell.col].label or floor)

        # A street given in parts (house number, name, type, directions) is one line.
        inline = street_parts.inline(code)
        latin = scripts.is_latin(" ".join((*street, city, region)))
        pieces = {k: part(f) for k, f in street_parts.PARTS.items() if f != "street"}
        flat = self._unit(get("unit"), value, code, latin)
        pieces |= {f: part(f) if f != "unit" else flat.text for f in inline}
        below, premises = (
            [v for f in fields if f not in inline and get(f) is not last and (v := part(f))]
            for fields in (
                ("street2", "street3", "street4", "street5", "street6"),
                ("building", "floor"),
            )
        )
        region = addresses.postal_region(code, region)
        near = "" if "neighbourhood" in inline else part("neighbourhood")
        # India's mandal named as its town ("Gannavaram", "Gannavaram"): printed once.
        near = "" if near.casefold() == city.casefold() else near
        district = street_parts.district(near, part("district"))
        city, region, district, wider = places.place(
            get, levelled, near, (city, region, district), (code, latin), self.mapping.readings
        )
        street, district = street_parts.village(code, street, pieces, (district, city))
        street = street_parts.lines(code, street, pieces, below, flat, tuple(premises))
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
        box = part("po_box")  # "12345" under "P.O. Box": "P.O. Box 12345"
        if box:
            street.append(box)
        locality = get("locality_line")
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
            tuple(said),
            tuple(renamed.items()),
            found.by,
        )

    def _check_address(
        self,
        row: Row,
        cells: dict[str, Cell],
        where: str,
        parts: addresses.AddressParts,
        code: str | None,
        free_form: bool,
        prefix: str,
    ) -> None:
        """Warn about a return address the post cannot deliver to as written."""

        def col(field: str) -> int:
            cell = cells.get(prefix + field) or cells.get("address")
            return cell.col + 1 if cell is not None else 1

        if parts.country and code is None:
            self.report.warn(row.line, col("country"), where, whence.unknown_country(parts.country))
        required = addresses.required_parts(code)
        present = {
            "street": bool(parts.street),
            "city": bool(parts.city),
            "region": bool(parts.region) or inferred.town_is_region(code, parts.city),
            "postal_code": bool(parts.postal_code),
        }
        if addresses.region_leads(code, parts.street):  # "경기도 성남시 ... 판교역로 235"
            present["region"] = present["city"] = True
        if free_form:
            # Lines as written: the town cannot be told from other words, but the postcode
            # and the region can, and a whole address without them is as short of them.
            required = required - {"city"}
            present["postal_code"] |= addresses.has_postcode(code, parts.street)
            present["region"] |= addresses.has_region(code, parts.street)
        missing = [f for f in ("street", "city", "region", "postal_code") if f in required]
        missing = [f for f in missing if not present[f]]
        self.missing = tuple(missing)
        if missing:
            names = ", ".join(columns.LABELS[f] for f in missing)
            self.report.warn(
                row.line,
                col(missing[0]),
                where,
                f"return address has no {names}; the letter and label print without "
                f"{'it' if len(missing) == 1 else 'them'} (fill it in, or --strict to stop)",
            )
        posted = bool(parts.country) or free_form  # else it may be abroad: a Polish "90-926"
        for field, said, stop in whence.checked(parts, code, posted):
            (self.report.error if stop else self.report.warn)(row.line, col(field), where, said)


@cache
def _set_of(field: str) -> str | None:
    """The address set a field belongs to ("", "m_", "b_", "w_", "2_"), or None for a name
    part."""
    prefix = field[:2] if field[:2] in columns.SETS or field[:2] in columns.NUMBERED else ""
    return prefix if field[len(prefix) :] in _SET_FIELDS else None


_SET_FIELDS = frozenset(("address", *columns.ADDRESS_FIELDS))


def _named(prefix: str, labels: dict[str, str]) -> str:
    """How messages name a set: "the work address", "address 2 ('Work')"."""
    named = sets.name(prefix, labels[prefix]) if prefix in labels else ""
    return named or f"the {columns.SETS[prefix] or 'home'} address"
