"""Address sets of one kind that a header names in different words ("Billing Zip" beside
"Shipping Zip"): each row prints one of them whole, the one giving the most."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass

from packbuilder.signers import addresses, countries, words
from packbuilder.signers.delivered import goods_go
from packbuilder.signers.sets import PLACES, known_words, set_words, shown


@dataclass(frozen=True)
class RowSets:
    """What a row's rival sets decided (Rivals.row)."""

    #: Prefix -> the set that prints.
    chosen: dict[str, str]
    #: Column -> why its filled cell is not used: another set's.
    left: dict[int, str]
    #: Row warnings: (column number, message, the name the printed set's own columns give).
    notes: tuple[tuple[int, str, str], ...]
    of: dict[int, tuple[str, str]]
    #: The address fields of the sets ("b_postal_code") -> their prefix ("b_"): a name's
    #: columns, an e-mail's, are read as always.
    fields: dict[str, str]
    #: Prefix -> the sets that write the same address as the printed one in this row: one
    #: address, whose parts the printed set leaves empty they give (same_place.py).
    alike: dict[str, frozenset[str]] = dataclasses.field(default_factory=dict)

    def said(self, name: str, fold: Callable[[str], str]) -> list[tuple[int, str]]:
        """The row's warnings about its set (column number, message) once its signer's name
        is known: a set with a name of its own that is not the signer's ("Contact 1 First
        Name": a parent's, on the player's letter) says whose it is."""
        out = []
        for col, message, owner in self.notes:
            if owner and fold(owner) != fold(name):
                message += f"; it is {owner}'s address: check it is where {name} takes post"
            out.append((col, message))
        return out

    def columns(self, field: str, cols: tuple[int, ...]) -> tuple[int, ...] | None:
        """The columns of `field` (its first and further ones) the row reads: those of the
        printed set and those naming the part alone ("Country"); None where the field's set
        has no rivals."""
        prefix = self.fields.get(field)
        if prefix is None and field not in _SIGNER:
            # A column under a set's words placed by its values ("Heimatanschrift Land").
            prefix = next((self.of[c][0] for c in cols if c in self.of), None)
        if prefix is None:
            # The signer's name under each set's words ("Billing Name", "Shipping Name"): the
            # printed set's first, so a name and an address come from one person.
            if field not in _SIGNER or not cols or not all(c in self.of for c in cols):
                return None
            printed = {(p, n) for p, n in self.chosen.items()}
            return tuple(sorted(cols, key=lambda c: self.of[c] not in printed))
        name, alike = self.chosen[prefix], self.alike.get(prefix, frozenset())
        sets = {c: self.of.get(c, ("", name))[1] for c in cols}
        own = tuple(c for c in cols if sets[c] == name)
        return own + tuple(c for c in cols if sets[c] in alike)


#: The fields of the signer's own name.
_SIGNER = frozenset(("name", "first_name", "last_name", "middle_name", "prefix", "suffix"))

#: Parts that make an address worth printing, counted to choose between rival sets.
_CORE = frozenset(("address", "street", "po_box", "city", "locality_line", "region", "postal_code"))


@dataclass(frozen=True)
class Rivals:
    """Address sets of one kind that the header names in different words: "Billing Zip"
    beside "Shipping Zip", "Card Address Zip" beside "Shipping Postal Code", IdrottOnline's
    "Kontaktadress - Postort" beside "Folkbokföring - Postort". Each row prints one of them
    whole, never the street of one with the postcode of the other; a column naming the part
    alone ("Country") belongs to whichever prints."""

    #: Column -> (the set's field prefix, its words as the header writes them: "Shipping").
    of: dict[int, tuple[str, str]]
    #: Column -> the address part it gives, without the prefix ("postal_code").
    part: dict[int, str]
    #: Header warnings saying how a row's set is chosen: (column index, message).
    notes: tuple[tuple[int, str], ...]
    #: Per prefix, its sets from the one preferred: one named by a qualifier packbuilder
    #: knows ("Residential") before one named by a word it does not, then the header's order.
    order: dict[str, tuple[str, ...]] = dataclasses.field(default_factory=dict)
    #: A set's name columns of its own ("Contact 1 First Name", "Contact 1 Last Name"): the
    #: person whose address it is, said when it prints on somebody else's letter.
    whose: dict[str, tuple[int, ...]] = dataclasses.field(default_factory=dict)
    #: Each column's header as written, for messages.
    headers: dict[int, str] = dataclasses.field(default_factory=dict)
    #: Sets whose words name where goods go ("Shipping", "Delivery"): a gift's recipient's.
    delivered: frozenset[str] = frozenset()
    #: How messages name each prefix's kind ("billing/shipping").
    kinds: Mapping[str, str] = dataclasses.field(default_factory=dict)
    #: The campaign's country: a set's where the row gives it none.
    country: str | None = None
    #: Columns under a set's words that its header reads no part of ("Heimatanschrift Land",
    #: placed by its values later) -> that set: read only where it prints.
    loose: dict[int, tuple[str, str]] = dataclasses.field(default_factory=dict)

    @classmethod
    def none(cls) -> Rivals:
        """A header with no rival sets."""
        return cls({}, {}, ())

    def without(self, cols: set[int]) -> Rivals:
        """The rivals once `cols` are known to be no address (a flag column of numbers): a set
        left with none of its columns is no rival, and one rival alone is none."""
        gone = {c for c in self.of if c in cols}
        if not gone:
            return self
        of = {c: w for c, w in self.of.items() if c not in gone}
        left = set(of.values())
        order = {p: tuple(n for n in ns if (p, n) in left) for p, ns in self.order.items()}
        order = {p: ns for p, ns in order.items() if len(ns) > 1}
        of = {c: w for c, w in of.items() if w[0] in order}
        loose = {c: w for c, w in self.loose.items() if w[1] in order.get(w[0], ())}
        return dataclasses.replace(
            self, of=of, notes=tuple(_notes(of, order, self.kinds)), order=order, loose=loose
        )

    def apart(
        self, col: int, found: Mapping[str, int], alternates: Mapping[str, tuple[int, ...]]
    ) -> bool:
        """Whether a further column of a field belongs to another set than the field's first
        column: not "also" the first one's part, since each row prints one set whole."""
        field = next((f for f, more in alternates.items() if col in more), None)
        first = found.get(field) if field is not None else None
        return first is not None and self.of.get(col) != self.of.get(first)

    def row(
        self, cells: Sequence[str], line: int, left_out: Callable[[int, int, str], None]
    ) -> RowSets | None:
        """What this row's sets decide: the set each prefix prints, why the other sets' filled
        cells are not used, and a warning (its column, message and the name the set's own
        name columns give) where the printed set is not the preferred one."""
        if not self.of:
            return None
        chosen = self.choose(cells)
        # A set's own name columns ("Ship To Name") are read with the set, never with a rival.
        of = (
            self.loose
            | self.of
            | {c: (p, n) for p, ns in self.order.items() for n in ns for c in self.whose[n]}
        )
        alike = {p: self.alike(p, best, cells) for p, (best, _) in chosen.items()}
        left = {
            col: f"the '{name}' address, printed only in rows where it gives the most"
            if name not in alike[prefix]
            else f"the same address as the '{chosen[prefix][0]}' one, which prints"
            for col, (prefix, name) in of.items()
            if name != chosen[prefix][0] and col < len(cells) and cells[col].strip()
        }
        for prefix, names in alike.items():
            # The same address's parts the printed set leaves empty: printed with it.
            given = self.given(prefix, chosen[prefix][0], cells)
            for col, where in of.items():
                if where[1] in names and self.part.get(col) not in given:
                    left.pop(col, None)
        for col, why in left.items():
            left_out(col, line, why)  # listed in the column report
        notes = []
        for prefix, (best, first) in chosen.items():
            if self.buyer(self.order[prefix], cells) == best:
                for other in (n for n in self.order[prefix] if n in self.delivered):
                    if (owner := self.owner(other, cells)) and other != best:
                        at = min(c for c, where in of.items() if where == (prefix, other))
                        message = (
                            f"the '{other}' address is {owner}'s, who receives what was bought: "
                            f"not used on this letter, which the buyer signs with the '{best}' "
                            "address"
                        )
                        notes.append((at + 1, message, ""))
                continue
            if best == first:
                continue
            at = min(c for c, where in self.of.items() if where == (prefix, best))
            shown = [
                self.headers[c] for c, w in self.of.items() if w == (prefix, first) and c in left
            ]
            if not shown:
                message = f"the '{first}' address is empty, so the '{best}' one prints"
            else:
                listed = " and ".join((", ".join(shown[:-1]), shown[-1])) if shown[1:] else shown[0]
                weights = self.weigh(cells)
                why = (
                    "it gives more of street, town, region and postal code than"
                    if weights.get((prefix, best), (False,))[0]
                    == weights.get((prefix, first), (False,))[0]
                    else "it has what its country's post requires, unlike"
                )
                message = (
                    f"the '{best}' address prints whole: {why} the '{first}' one, whose {listed} "
                    f"{'is' if len(shown) == 1 else 'are'} not used"
                )
            owner = " ".join(w for n in self.whose.get(best, ()) for w in cells[n].split())
            notes.append((at + 1, message, owner))
        printed = {p: best for p, (best, _) in chosen.items()}
        fields = {prefix + self.part[c]: prefix for c, (prefix, _) in of.items() if c in self.part}
        return RowSets(printed, left, tuple(notes), of, fields, alike)

    def given(self, prefix: str, name: str, row: Sequence[str]) -> dict[str, str]:
        """The parts the set `name` gives in a row, with their values."""
        return {
            self.part[c]: row[c]
            for c, where in self.of.items()
            if where == (prefix, name) and c < len(row) and row[c].strip()
        }

    def alike(self, prefix: str, best: str, row: Sequence[str]) -> frozenset[str]:
        """The sets of `prefix` that write the same address as `best` in this row."""
        mine = self.given(prefix, best, row)
        return frozenset(
            n for n in self.order[prefix] if n != best and alike(mine, self.given(prefix, n, row))
        )

    def choose(self, row: Sequence[str]) -> dict[str, tuple[str, str]]:
        """Per prefix, (the set that prints, the preferred set) for this row: the preferred
        set complete by what its own country's post requires (a Hong Kong home address needs
        no postcode), else the set giving the most of street, town, region and postcode; in a
        tie the preferred one."""
        weights = self.weigh(row)
        out: dict[str, tuple[str, str]] = {}
        for prefix, names in self.order.items():
            weighed = []
            for at, n in enumerate(names):
                whole, count = weights.get((prefix, n), (False, 0))
                weighed.append(((whole, -at if whole else count, -at), n))
            best = max(weighed)[1]
            buyer = self.buyer(names, row)
            if buyer is not None and best in self.delivered and self.owner(best, row):
                best = buyer  # a gift: the buyer signs, with their own address
            out[prefix] = (best, names[0])
        return out

    def weigh(self, row: Sequence[str]) -> dict[tuple[str, str], tuple[bool, int]]:
        """Per set giving something in this row, whether it is complete by what its country's
        post requires, and how many of street, town, region and postcode it gives."""
        given: dict[tuple[str, str], set[str]] = {}
        country: dict[tuple[str, str], str] = {}
        for col, where in self.of.items():
            if col >= len(row) or not row[col].strip():
                continue
            if self.part[col] in _CORE:
                given.setdefault(where, set()).add(self.part[col])
            elif self.part[col] == "country":
                country[where] = row[col]
        return {
            where: (complete(parts, country.get(where), self.country), len(parts))
            for where, parts in given.items()
        }

    def owner(self, name: str, row: Sequence[str]) -> str:
        """The name a set's own name columns give in a row ("" for none)."""
        return " ".join(w for c in self.whose.get(name, ()) if c < len(row) for w in row[c].split())

    def buyer(self, names: Sequence[str], row: Sequence[str]) -> str | None:
        """The set of the buyer where a delivery set of the same kind names somebody else in
        this row (a gift): the first set not named by a delivery word whose own name is given
        and differs from a delivery set's; None where none does."""
        own = next((n for n in names if n not in self.delivered and self.owner(n, row)), None)
        if own is None:
            return None
        paid = self.owner(own, row).casefold()
        gifts = [n for n in names if n in self.delivered and self.owner(n, row)]
        return own if any(self.owner(n, row).casefold() != paid for n in gifts) else None


def rivals(
    cells: Sequence[str],
    found: Mapping[str, int],
    alternates: Mapping[str, tuple[int, ...]],
    kinds: Mapping[str, str],
    names: Iterable[str],
    parts: Iterable[str],
) -> Rivals:
    """The address sets of one prefix that the header names in different words and that give
    the same parts,
    from the columns chosen for each field (`found`) and the further ones (`alternates`).
    Columns naming their part alone ("Country", "Street address line 1") belong to whichever
    set prints, unless they make a whole address of their own beside another whole set
    ("Street, City, Zip" beside "Besuchsadresse Street, ... Zip"). `kinds` names each
    prefix's sets in messages ("billing/shipping"); `parts` are an address's fields, `names`
    a name's: a set's own name columns ("Contact 1 First Name") say whose it is."""
    groups: dict[tuple[str, tuple[str, ...]], dict[int, str]] = {}
    people: dict[tuple[str, ...], list[int]] = {}
    part: dict[int, str] = {}  # each column's part; a set's own name columns' too
    for field, chosen in found.items():
        prefix = field[:2] if field[:2] in kinds else ""
        rest = field[len(prefix) :]
        for col in (chosen, *alternates.get(field, ())):
            said = set_words(cells[col])
            if rest in parts:
                groups.setdefault((prefix, said), {})[col] = rest
            elif rest in names and said:
                people.setdefault(said, []).append(col)
                part[col] = rest
    taken = {c for f, col in found.items() for c in (col, *alternates.get(f, ()))}
    for col, header in enumerate(cells):
        # Wix Stores' "Billing Customer", "Delivery Customer": a set's words, then a word for
        # the person the row is, are that set's person (their values name them).
        said = set_words(header)
        if col not in taken and said[1:] and words.read_header(header).role is None:
            person = words.read_header(said[-1])
            if person.role is None and person.qualifier == "home" and not person.unknown:
                people.setdefault(said[:-1], []).append(col)
                part[col] = "name"
    of: dict[int, tuple[str, str]] = {}
    rank: dict[tuple[str, str], tuple[int, int]] = {}
    whose: dict[str, tuple[int, ...]] = {}
    named_by: dict[tuple[str, tuple[str, ...]], str] = {}
    for (prefix, said), cols in groups.items():
        first = min(cols)
        mine = set(cols.values())
        others = [(w, {*c.values()}) for (p, w), c in groups.items() if p == prefix and w != said]
        rival = any(mine & parts if w else _whole(mine & parts) for w, parts in others)
        if said and not rival:
            continue  # no other set gives its parts: "Residential Street" joins "Contact City"
        if said and len(cols) == 1 and any(_whole(parts) for _, parts in others):
            continue  # one column beside a whole set ("..._ExtraAddressLine"): a further line
        if said:
            name = shown(cells[first], said)  # as its first column writes it: "Shipping"
            known = known_words(cells[first])
        else:
            # Beside "Home Street" and "Home City", a plain "Street address line 1", "State"
            # and "ZIP" fill the home set's gaps: they are a set of their own only where they
            # give a street and a town or postcode that another set gives too.
            if not any(_whole(mine & parts) for _, parts in others):
                continue
            # Named by its columns: "the 'Street, City, State, Zip' address".
            headers = [cells[c].strip() for c in sorted(cols)]
            name = ", ".join(headers[:4]) + (", ..." if len(headers) > 4 else "")
            known = True
        of.update({col: (prefix, name) for col in cols})
        part.update(cols)
        if said:
            named_by[prefix, said] = name
        rank[prefix, name] = (not known, first)
        whose[name] = tuple(sorted(people.get(said, ()))) if said else ()
    order: dict[str, tuple[str, ...]] = {}
    for prefix, name in sorted(rank, key=rank.__getitem__):
        order[prefix] = (*order.get(prefix, ()), name)
    order = {p: names for p, names in order.items() if len(names) > 1}
    of = {col: where for col, where in sorted(of.items()) if where[0] in order}
    written = {col: cells[col].strip() for col in of}
    delivered = frozenset(n for (_, n), _ in rank.items() if goods_go(n))
    notes = tuple(_notes(of, order, kinds))
    named = {w: (p, n) for (p, w), n in named_by.items() if n in order.get(p, ())}
    loose = {
        col: named[said]
        for col, header in enumerate(cells)
        if col not in part and (said := set_words(header)) and said in named
    }
    return Rivals(of, part, notes, order, whose, written, delivered, dict(kinds), None, loose)


#: Parts that make a street line; with a part that places it (sets.PLACES), a whole set.
_STREETS = frozenset(("address", "street", "po_box"))


def _whole(given: set[str]) -> bool:
    """Whether parts make an address on their own: a street and a town or postcode."""
    return bool(given & _STREETS) and bool(given & PLACES)


def _notes(
    of: Mapping[int, tuple[str, str]],
    order: Mapping[str, tuple[str, ...]],
    kinds: Mapping[str, str],
) -> list[tuple[int, str]]:
    """One header warning per prefix with rival sets, at the first column of the second."""
    out = []
    for prefix, named in order.items():
        listed = ", ".join(f"'{n}'" for n in named[:-1]) + f" and '{named[-1]}'"
        kind = f"{kinds[prefix]} " if kinds.get(prefix) else ""
        col = min(c for c, (p, n) in of.items() if (p, n) == (prefix, named[1]))
        out.append(
            (
                col,
                f"the header gives {len(named)} {kind}addresses, {listed}: each row prints one "
                f"of them whole, never parts of two: the '{named[0]}' one where it has what its "
                "country's post requires, else the one giving more of street, town, region and "
                "postal code",
            )
        )
    return out


#: Parts of which at least one must be given alike in two sets that are one address: a street
#: line or a postcode places an address; a town and a country alone are shared by a whole town.
_PLACING = frozenset(("address", "street", "po_box", "postal_code", "locality_line"))


def alike(mine: Mapping[str, str], theirs: Mapping[str, str]) -> bool:
    """Whether two sets' parts (part -> value as written) write the same address: every part
    both give written alike (but for case, spacing and commas), at least two of them, one a
    street line or a postcode."""
    both = mine.keys() & theirs.keys()
    if len(both) < 2 or not both & _PLACING:
        return False
    return all(_fold(mine[p]) == _fold(theirs[p]) for p in both)


def _fold(text: str) -> str:
    return " ".join(text.casefold().replace(",", " ").split())


#: Parts that place a street line: a town, a region or a whole locality line.
_PLACE = frozenset(("city", "region", "locality_line"))


def complete(parts: set[str], written: str | None, home: str | None) -> bool:
    """Whether a set's parts give all its country's post requires (Google's address data:
    street, town or region, and a postcode only where the country has them); the country is
    the one the set writes, else `home`. A town stands for a required region and a region for
    a required town (Kowloon under "Town" in Hong Kong, whose post asks for the area)."""
    code = (countries.country_code(written) if written else None) or home
    required = addresses.required_parts(code)
    if not parts & {"address", "street", "po_box"}:
        return False
    if required & {"city", "region"} and not parts & _PLACE:
        return False
    return "postal_code" not in required or bool(parts & {"postal_code", "locality_line"})
