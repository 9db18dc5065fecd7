"""Address sets chosen whole: a numbered set's kind and rank (set_numbers.py finds them), sets
of one kind in different words ("Billing Zip" beside "Shipping Zip", each row printing one of
them whole), a qualified set's columns joining the plain one, and a part's further levels."""

from __future__ import annotations

import dataclasses
import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache

from packbuilder.signers import words
from packbuilder.signers.delivered import goods_go

#: A set's kind (the qualifier its label names) -> its rank: the signer's own address first,
#: then one with no kind, then billing or shipping, then work and other addresses.
RANK = {"home": 0, None: 1, "again": 1, "mailing": 1, "billing": 2, "work": 3, "not_theirs": 4}


def kind(value: str) -> str | None:
    """The qualifier a set's label names ("Home", "* Work", "Privat"), or None."""
    if not value:
        return None
    reading = words.read_header(value)
    return reading.qualifier if reading.role is None else None


@cache
def _kind_of(value: str) -> str | None:
    return kind(value)


def ranked(
    labels: Mapping[str, int], fields: Iterable[str], row: Sequence[str]
) -> list[tuple[int, str, str]]:
    """A row's numbered sets that give something, as (rank, prefix, its label as written),
    the one to print first: a home set, then one with no kind, then the others (a work set
    only when nothing else)."""
    out = []
    for prefix in sorted({f[:2] for f in fields if f[:1].isdigit()}):
        col = labels.get(prefix)
        label = " ".join(row[col].split()) if col is not None and col < len(row) else ""
        out.append((RANK[_kind_of(label)], prefix, label))
    return sorted(out)


def name(prefix: str, label: str) -> str:
    """How messages name a numbered set: "address 2 ('Work')"."""
    return f"address {prefix[0]}" + (f" ('{label}')" if label else "")


def next_line(
    keys: Sequence[str], index: int, field: tuple[str, str], found: Mapping[str, int]
) -> str | None:
    """The field of a street column under the same header as the street column right before
    it ("Address,Address", apimo's "Adresse,Adresse": a form's street field of two lines, each
    under the field's title): the next line of the same address; None for any other column.
    `field`: the column's (set prefix, part); `keys`: the headers as compared."""
    prefix, part = field
    start = index
    while start > 0 and keys[start - 1] == keys[index]:
        start -= 1
    if part != "street" or found.get(prefix + part) not in range(start, index):
        return None
    free = [prefix + f for f in words.LINES.values() if prefix + f not in found]
    return free[0] if free else None


#: Parts a list may give in levels, each level a column of its own (levels.py).
LEVELS = frozenset({"building", "neighbourhood", "district"})


def add_level(
    keys: Sequence[str],
    index: int,
    first: int,
    field: tuple[str, str],
    joined: dict[str, tuple[int, ...]],
) -> bool:
    """Whether the column at `index`, read as the same field as column `first`, is a further
    level of it (Корпус then Строение, 村里 then 鄰): another header, right after `first` or
    after its last level; if so it is added to `joined`. `field`: (the field, its part)."""
    name, part = field
    more = joined.get(name, ())
    if part not in LEVELS or keys[index] == keys[first] or index - 1 not in (first, *more):
        return False
    joined[name] = (*more, index)
    return True


def set_words(header: str) -> tuple[str, ...]:
    """The words of a header that say which address set it belongs to: its qualifiers
    ("Shipping" in "Shipping Zip", "privat" in "Straße privat") and the words not known
    before its first part ("Card" in "Card Address Zip", "Contact 1" in "Contact 1 City");
    () for a header naming the part alone ("Address Zip", "Street address line 1")."""
    return tuple(w for w, _ in _set_words(unicodedata.normalize("NFKC", header)))


def known_words(header: str) -> bool:
    """Whether a header's set words include a qualifier packbuilder knows ("Shipping"),
    not only words it does not ("Folkbokföring")."""
    return any(known for _, known in _set_words(unicodedata.normalize("NFKC", header)))


@cache
def _set_words(header: str) -> tuple[tuple[str, bool], ...]:
    known = words.load()
    toks = words.words(header, known)
    out: list[tuple[str, bool]] = []
    part_seen = False
    i = 0
    while i < len(toks):
        size, hit = known.phrase_at(toks, i)
        size = size or 1
        if hit is None:
            # Before the part ("Card Address Zip", "Contact 1 City"), or a word after it where
            # a language puts the qualifier ("Adresse sommerhus", "Postnr. sommerhus").
            if not part_seen or not toks[i].isdigit():
                out.append((toks[i], False))
        elif hit[0] == "qualifier":
            out.append((" ".join(toks[i : i + size]), True))
        elif hit[0] == "role":
            part_seen = True
        i += size
    return tuple(out)


def shown(header: str, said: tuple[str, ...]) -> str:
    """A set's words as its header writes them: "Folkbokföring" for ("folkbokforing",)."""
    direct = [m.span() for w in said if (m := re.search(re.escape(w), header, re.IGNORECASE))]
    if len(direct) == len(said) and direct:
        return header[min(a for a, _ in direct) : max(b for _, b in direct)].strip()
    # Written with accents the words lost ("Folkbokföring"): the runs holding them.
    runs = [(m.span(), words.words(m.group())) for m in re.finditer(r"[^\W_]+", header)]
    spans = [
        next((span for span, toks in runs if w.split()[0] in toks or w.split()[-1] in toks), None)
        for w in said
    ]
    found = [s for s in spans if s is not None]
    if len(found) != len(said) or not found:
        return " ".join(said)
    return header[min(a for a, _ in found) : max(b for _, b in found)].strip()


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
        if prefix is None:
            # The signer's name under each set's words ("Billing Name", "Shipping Name"): the
            # printed set's first, so a name and an address come from one person.
            if field not in _SIGNER or not cols or not all(c in self.of for c in cols):
                return None
            printed = {(p, n) for p, n in self.chosen.items()}
            return tuple(sorted(cols, key=lambda c: self.of[c] not in printed))
        name = self.chosen[prefix]
        return tuple(c for c in cols if self.of.get(c, ("", name))[1] == name)


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
        return dataclasses.replace(
            self, of=of, notes=tuple(_notes(of, order, self.kinds)), order=order
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
        of = self.of | {
            c: (p, n) for p, ns in self.order.items() for n in ns for c in self.whose[n]
        }
        left = {
            col: f"the '{name}' address, printed only in rows where it gives the most"
            for col, (prefix, name) in of.items()
            if name != chosen[prefix][0] and col < len(cells) and cells[col].strip()
        }
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
                message = (
                    f"the '{best}' address prints whole: it gives more of street, town, region "
                    f"and postal code than the '{first}' one, whose {listed} "
                    f"{'is' if len(shown) == 1 else 'are'} not used"
                )
            owner = " ".join(w for n in self.whose.get(best, ()) for w in cells[n].split())
            notes.append((at + 1, message, owner))
        printed = {p: best for p, (best, _) in chosen.items()}
        fields = {prefix + self.part[c]: prefix for c, (prefix, _) in of.items()}
        return RowSets(printed, left, tuple(notes), of, fields)

    def choose(self, row: Sequence[str]) -> dict[str, tuple[str, str]]:
        """Per prefix, (the set that prints, the preferred set) for this row: the set giving
        the most of street, town, region and postcode; in a tie the preferred one."""
        given: dict[tuple[str, str], set[str]] = {}
        for col, where in self.of.items():
            if col < len(row) and row[col].strip() and self.part[col] in _CORE:
                given.setdefault(where, set()).add(self.part[col])
        out: dict[str, tuple[str, str]] = {}
        for prefix, names in self.order.items():
            best = max(names, key=lambda n: (len(given.get((prefix, n), ())), -names.index(n)))
            buyer = self.buyer(names, row)
            if buyer is not None and best in self.delivered and self.owner(best, row):
                best = buyer  # a gift: the buyer signs, with their own address
            out[prefix] = (best, names[0])
        return out

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
    return Rivals(of, part, notes, order, whose, written, delivered, dict(kinds))


#: Parts that make a street line, and parts that place it: a set with both is whole.
_STREETS = frozenset(("address", "street", "po_box"))
_PLACES = frozenset(("city", "postal_code", "locality_line"))


def _whole(given: set[str]) -> bool:
    """Whether parts make an address on their own: a street and a town or postcode."""
    return bool(given & _STREETS) and bool(given & _PLACES)


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
                "of them whole, the one giving more of street, town, region and postal code "
                f"(the '{named[0]}' one where they give as much), never parts of two",
            )
        )
    return out


def one_set(
    found: dict[str, int], mapped: set[str], prefixes: Iterable[str], parts: Sequence[str]
) -> None:
    """Columns of a qualified set that only fill the gaps of the plain one join it: "Mailing
    Street" beside a plain City, State and Zip is one address, not a mailing street competing
    with a home address that has no street. Sets compete only when both have a column for the
    same part (or one is whole on its own: a street and a town or postcode). `prefixes` are
    the sets' field prefixes ("" the plain one), `parts` an address's fields."""
    for prefix in prefixes:
        own = {f for f in parts if prefix + f in found}
        home = {f for f in parts if f in found}
        if not prefix or not own or not home or own & home or any(f[:2] == prefix for f in mapped):
            continue
        whole = bool(own & _LINE) and bool(own & _PLACES)
        # A work set whole on its own is another place; a shop's shipping street and postcode
        # beside a plain town and region with no street of its own are one address (Tokopedia's
        # "Alamat Penerima", "Kode Pos Penerima" beside "Kecamatan", "Provinsi").
        if (whole and prefix == "w_") or bool(own & _LINE) == bool(home & _LINE):
            continue
        if _named(found, prefix) and _named(found, ""):
            # The set names its own person ("お届け先名", "Recipient Name") beside the signer's
            # name: a recipient's address, never joined to the buyer's (a gift's row prints
            # the buyer with no address of somebody else's); whose.py tells per row.
            continue
        for f in sorted(own):
            # "Mailing address" beside a plain town column is the street line.
            found["street" if f == "address" and home & _PLACES else f] = found.pop(prefix + f)


#: The street line of a set, written whole or as a street.
_LINE = frozenset(("address", "street"))


def _named(found: Mapping[str, int], prefix: str) -> bool:
    """Whether a set's own name columns are in the header (the signer's, for "")."""
    return any(prefix + f in found for f in ("name", "first_name", "last_name"))


def another_place(field: str, found: Mapping[str, int], why: str) -> str:
    """Why a column of towns with their region ("Dayton, Ohio" under Location, Chapter,
    Hometown, eBay's Item Location) that its values would make `field`, a set's "town, region
    and postcode", is not used: the set has its own town or region, so it is another place,
    never a second town line on the letter. "" where the set lacks both (`why`: what its
    values are)."""
    prefix = field[: -len("locality_line")] if field.endswith("locality_line") else None
    if prefix is None or not {f"{prefix}city", f"{prefix}region"} & found.keys():
        return ""
    return (
        f"{why.removeprefix('by its values: ')}, beside an address with its own town: another "
        "place (a chapter, a hometown), not the signer's address"
    )
