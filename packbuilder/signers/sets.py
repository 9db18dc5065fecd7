"""Address sets chosen whole: a numbered set's kind and rank (set_numbers.py finds them), the
words that name a set (rival_sets.py weighs sets of one kind in different words), a qualified
set's columns joining the plain one, and a part's further levels."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from functools import cache

from packbuilder.signers import words

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
            # a language puts the qualifier ("Adresse sommerhus", "Postnr. sommerhus"); a word
            # for an addition ("Rechnungsadresse Zusatz") names a line, never the set.
            if (not part_seen or not toks[i].isdigit()) and toks[i] not in known.additions:
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
        whole = bool(own & _LINE) and bool(own & PLACES)
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
            found["street" if f == "address" and home & PLACES else f] = found.pop(prefix + f)


#: The street line of a set, written whole or as a street.
_LINE = frozenset(("address", "street"))
#: Parts that place a street line: a set with both is whole.
PLACES = frozenset(("city", "postal_code", "locality_line"))


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
