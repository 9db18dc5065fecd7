"""A row's return address: its address sets (gathered by gather.py) weighed, the one to print
chosen, checked for what the post needs, and put in national order."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from functools import cache

from packbuilder.language import scripts
from packbuilder.signers import (
    addresses,
    columns,
    gather,
    inferred,
    organisation,
    same_place,
    sets,
    whence,
)
from packbuilder.signers.cells import Cell, lost_characters, set_fields
from packbuilder.signers.country_lines import country_line
from packbuilder.signers.gather import Gathered
from packbuilder.signers.printed import fold
from packbuilder.signers.report import Reading, Report, Tally
from packbuilder.signers.table import Row


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
        self.how = how
        self.mapping = mapping
        self.tally = tally
        self.sets = gather.Gatherer(how, mapping, tally, headers)
        self.headers = headers
        #: Columns refused as a lone street of a set not chosen: once each, at the first row.
        self.lone: set[int] = set()
        #: One copy of each town, region and country line: a list of thousands of signers
        #: from one town holds its "Springfield, MA 01103" once, not once per signer.
        self.shared: dict[str, str] = {}
        self.has_address = any(
            p + f in mapping.found
            for p in (*columns.SETS, *columns.NUMBERED)
            for f in ("address", "street", "city", "postal_code", "locality_line")
        )
        self.numbered = any(f[:1].isdigit() for f in mapping.found)
        #: Whether the list has columns of a home or mailing address (not a country alone,
        #: nor a plain postcode standing with a shop's recipient address): without any, the
        #: billing or shipping address printing is said once for the list, not on every row.
        self.own_columns = any(
            col not in self.sets.theirs
            for p in ("", "m_")
            for f in ("address", "street", "po_box", *columns.PLACE_PARTS)
            if (col := mapping.found.get(p + f)) is not None
        )
        #: The last row's chosen address set, and the words restored in it (a ZIP code's
        #: zero put back: as written -> as printed), for the check that nothing is dropped.
        self.chosen: Gathered | None = None
        self.restored: dict[str, str] = {}
        #: The parts the last row's address lacks that its country's format requires.
        self.missing: tuple[str, ...] = ()
        #: The last row's address as formatted: its parts and the country posted from.
        self.formatted: tuple[addresses.AddressParts | None, str | None] = (None, None)

    def address(
        self, row: Row, cells: dict[str, Cell], where: str, others: Mapping[str, str]
    ) -> tuple[str, ...]:
        same_place.one_address(cells)  # a shipping set the same as the billing one: one address
        # A mailing set whose own name is not the signer's (Rakuten's 送付先) is not theirs.
        mail = "m_" not in others and any(c.value for f, c in cells.items() if f[:2] == "m_")
        # Each set is gathered once, and only when the row gives some of it.
        given = not mail or any(c.value for f, c in cells.items() if _set_of(f) == "")
        home = self.sets.gather(row, cells, where, "") if given else None
        chosen, other = home, None
        if mail:
            mailing = self.sets.gather(row, cells, where, "m_")
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
                fallback = self.sets.gather(row, cells, where, prefix)
                if partial and (fallback.missing or not fallback.parts.street):
                    continue
                own, chosen = chosen, fallback
                if rank <= 1 and not partial:
                    break
                named = _named(prefix, labels)
                why = "no home or mailing address"
                if not partial and not self.own_columns:
                    # A shop's export of where goods went (cafe24, お届け先): said once.
                    self.tally.say(
                        f"{named.removeprefix('the ')}: the list gives no home or mailing "
                        "address, so it prints; check it is where the signers take post",
                        row.line,
                    )
                    break
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
            if cell.col in self.sets.theirs:  # a plain postcode after the recipient's address
                in_set = min(self.sets.beside[cell.col])
            if in_set != chosen.prefix or (other and cell.col in other.cols):
                self.tally.left_out(cell.col, cell.line, others.get(in_set, why))
        if not (chosen.parts.street or chosen.whole):
            _lone_streets(self, cells, chosen.prefix, where, others, labels)
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
        elif self.has_address and (chosen.count or chosen.lines or not others):
            # (A gift's buyer with no address of their own: whose.py says why, once.)
            self._check_address(row, cells, where, parts, code, chosen.free_form, prefix)
        lines = addresses.format_address(parts, posted_from)
        self.formatted = (parts, posted_from)  # where a firm's line goes (organisation.py)
        if code and parts.country and not chosen.inferred and found is None and lines:
            shown = lines[-1]
            line = country_line(code, parts.country, posted_from)
            if shown == line and fold(parts.country) != fold(shown):
                # "加拿大" or "DE" as the post reads it: said, and counted as printed.
                self.tally.say(f"country: '{parts.country}' printed as {shown}", row.line)
        # Street lines are each signer's own; sharing them would only fill the table.
        return tuple(x if x in parts.street else self.shared.setdefault(x, x) for x in lines)

    def with_firm(
        self,
        firm: tuple[str, ...],
        row: Row,
        cells: dict[str, Cell],
        where: str,
        others: Mapping[str, str],
    ) -> tuple[str, ...]:
        """The row's address (`address`) with its firm's lines where the country's format
        puts the organisation (above the street, or below it in Japan's, Korea's, China's)."""
        lines = self.address(row, cells, where, others)
        return organisation.placed(firm, lines, *self.formatted) if lines else firm

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
                f"the signer's address has no {names}; their letter and label print without "
                f"{'it' if len(missing) == 1 else 'them'} (fill it in, or --strict to stop)",
            )
        posted = bool(parts.country) or free_form  # else it may be abroad: a Polish "90-926"
        for field, said, stop in whence.checked(parts, code, posted):
            (self.report.error if stop else self.report.warn)(row.line, col(field), where, said)


def _lone_streets(
    reader: AddressReader,
    cells: Mapping[str, Cell],
    prefix: str,
    where: str,
    others: Mapping[str, str],
    labels: dict[str, str],
) -> None:
    """A located error for the street of a set not chosen that gives no place of its own
    (a lone "Teslimat Adresi" under a qualifier beside plain town and postcode columns),
    where the chosen set has no street: one address in two sets' columns, whose street the
    letter would lack. A set that names a place of its own is another address (an
    employer's), and somebody else's set is theirs: both left out as before."""
    by_set: dict[str, list[tuple[str, Cell]]] = {}
    for field, cell in cells.items():
        in_set = _set_of(field)
        if cell.value and in_set is not None and in_set != prefix and in_set not in others:
            by_set.setdefault(in_set, []).append((field, cell))
    for in_set, got in by_set.items():
        parts = {field[len(in_set) :] for field, _ in got}
        if parts & _PLACES:
            continue
        for field, cell in got:
            part = field[len(in_set) :]
            if part not in ("street", "address") or cell.col in reader.lone:
                continue
            reader.lone.add(cell.col)
            headers = reader.headers
            header = headers[cell.col].strip() if cell.col < len(headers) else ""
            header = header or f"column {cell.col + 1}"
            reader.report.error(
                cell.line,
                cell.col + 1,
                where,
                f"'{cell.value}' from column '{header}' would not be on this signer's "
                f"letter or label: it was read as {_named(in_set, labels)}, which gives no "
                f"town or postcode, and {_named(prefix, labels)} printed has no street; if "
                f"it is this signer's street, add to campaign.yaml, under "
                f"signer_columns: 'street: {header}', or 'ignore: [{header}]' to leave it out",
            )


#: Parts that make a set an address of a place of its own.
_PLACES = frozenset(("city", "postal_code", "locality_line", "region", "district"))


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
