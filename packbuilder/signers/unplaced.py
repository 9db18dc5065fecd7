"""Columns whose cells may be part of a signer's name or address but that no rule placed,
found once from the first rows (a column of region codes, of place names, words or flat
numbers beside the address columns, a lone name part beside the name), listed in the column
report with the line that would print them; the last check (lastcheck.py) makes each an error
at the first signer whose letter would lack its value."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence

from packbuilder.signers import columns, named_again, values, vocabulary, words
from packbuilder.signers.columns import Unplaced
from packbuilder.signers.table import Row
from packbuilder.signers.unknown_columns import unknown_address_columns as unknown_address_columns

#: Share of a column's values with a look for the column to "look like" that part: most of
#: them, as for placing a column by its values.
LOOK_SHARE = 0.8
#: Share of values that must be words or flat numbers for a column beside the address.
_BESIDE_SHARE = 0.8
#: The part a column whose values look like it would be.
_PART_OF = {
    "postcode": "postal_code",
    "region": "region",
    "country": "country",
    "street": "street",
    "place": "city",
}
#: A flat, door or staircase number written apart (Austria's Stiege and Tür, Belgium's boîte).
_FLAT = re.compile(r"\d{1,4}[a-zA-Z]?")


def find(
    header: Row,
    mapping: columns.Mapping_,
    found: Mapping[str, int],
    not_postal: Mapping[int, str],
    sample: Callable[[int], values.Sample],
    countries: tuple[str, ...] = (),
) -> dict[int, Unplaced]:
    """The columns no rule placed that may be part of the name or address (values judged by
    the postal codes and regions of `countries`)."""
    readings = mapping.readings
    taken = set(found.values()) | set(not_postal) | {col for col, _ in mapping.notes}
    open_: dict[int, values.Sample] = {}
    for col in range(len(header.cells)):
        reading = readings[col] if col < len(readings) else None
        if col in taken or reading is None or reading.role is not None or reading.roles:
            continue
        if reading.qualifier == "not_theirs":
            continue
        if (got := sample(col)).values:
            open_[col] = got
    out: dict[int, Unplaced] = {}
    own = {c for f, c in found.items() if field_part(f) in (*columns.ADDRESS_FIELDS, "address")}
    for col, got in open_.items():
        what = values.telling(got.looks, LOOK_SHARE)
        if what not in _PART_OF or (what == "country" and not _spelled_out(got)):
            continue
        field = _PART_OF[what]
        if field == "postal_code" and _a_number(header.cells[col]):
            continue  # "Bestellnummer", "Student_Number" over 10001: an order's, a pupil's
        if field == "city" and "city" in found:
            field = "district"
        # Digits alone are as often a member number or a score: said, and refused only in a
        # run of columns beside the address.
        left, right = _run_ends(col, set(open_))
        beside = left - 1 in own or right + 1 in own
        when = "said" if what == "postcode" and _digits_only(got) and not beside else "lacks"
        held = set(found) | {how.field for how in out.values()}
        lines = [f for f in ("street2", "street3") if f not in held]
        streety = {c for c, g in open_.items() if values.telling(g.looks, LOOK_SHARE) == "street"}
        first, last = _run_ends(col, streety)
        touching = first - 1 in own or last + 1 in own  # never an old address in a "Memo"
        if field == "street" and "street" in found and lines and touching:
            # A second column of numbered streets beside the street (Taiwan's "Lane 100" and
            # "Alley 5" beside the road): a piece of the address wherever it is not printed.
            field, when = lines[0], "printed"
        out[col] = Unplaced(field, f"{values.PLURAL[what]} ({_evidence(got, what)})", when)
    # A column between the name and the address is the name's (Nome | Apelido | Morada).
    rest = {c: g for c, g in open_.items() if c not in out}
    _beside_the_name(rest, found, out, header.cells, sample)
    _beside_the_address(open_, found, out, countries)
    _between_address_columns(open_, found, out)
    if not own:
        _address_in_unknown_words(open_, out)
    return out


#: A street written with its house number in a language whose street words are not known
#: ("Laugavegur 22", "12 Nii Okaiman Street", "S.L.P. 9080"): letters and a number.
_NUMBERED = re.compile(
    r"(?=.*[^\W\d_])(?:\d{1,5}[^\W\d_]?\b.*|.*\b\d{1,5}[^\W\d_]?(?:[/-]\d{1,4})?)"
)


def _a_number(header: str) -> bool:
    """Whether a header names a number of its own ("Student_Number", "Order No", German
    "Bestellnummer", "Kundennr"): what it numbers is a record, never a postcode."""
    known = words.load()
    toks = words.words(header, known)
    if not toks:
        return False
    last = toks[-1]
    long = [n[0] for n in known.bare_numbers if len(n) == 1 and len(n[0]) >= 5]
    return (last,) in known.bare_numbers or any(
        last.endswith(n) and len(last) > len(n) + 2 for n in long
    )


def _words_differ(texts: Sequence[str]) -> bool:
    """True unless every value has the same words beside its number ("Table 4", "Table 7": a
    seat, not a street); one value cannot tell."""
    words = {re.sub(r"[\d\W_]+", " ", t).strip().casefold() for t in texts}
    return bool(texts) and (len(texts) < 2 or len(words) > 1)


_LOOKS = {"postal_code": "postcodes", "street": "streets with numbers", "city": "place names"}


def _address_in_unknown_words(open_: dict[int, values.Sample], out: dict[int, Unplaced]) -> None:
    """A list with no address column placed, and a run of columns no header word names that
    reads as one (a postcode or numbered street beside words, or three columns of words):
    Iceland's Heimilisfang | Póstnúmer | Staður, Swahili's Mtaa | Wilaya | Mkoa. Each is an error
    at the first signer with the line that places it, not a letter without an address."""
    kinds: dict[int, str] = {}
    for col, got in open_.items():
        if col in out and out[col].when != "said":
            continue
        texts = [t for _, t in got.values]
        if values.telling(got.looks, LOOK_SHARE) == "postcode" or (texts and _digits_only(got)):
            kinds[col] = "postal_code"
        elif all(_NUMBERED.fullmatch(t) for t in texts) and _words_differ(texts):
            kinds[col] = "street"
        elif _share(got, ("words", "place")) and got.count("person") < LOOK_SHARE * len(texts):
            kinds[col] = "city"
    done: set[int] = set()
    for col in sorted(kinds):
        if col in done:
            continue
        left, right = _run_ends(col, set(kinds))
        run = range(left, right + 1)
        done.update(run)
        found = [kinds[c] for c in run]
        if len(run) < 2 or (len(run) < 3 and found.count("city") == len(run)):
            continue
        gaps = ["city", "district", "region"]
        for c in run:
            field = kinds[c] if kinds[c] != "city" else (gaps.pop(0) if gaps else "street2")
            why = f"{_LOOKS[kinds[c]]} ({_evidence(open_[c], None)}) in a list with no address"
            out[c] = Unplaced(field, why, "lacks")


def _beside_the_address(
    open_: dict[int, values.Sample],
    found: Mapping[str, int],
    out: dict[int, Unplaced],
    countries: tuple[str, ...],
) -> None:
    """Columns of words in a run beside the address columns, in a list whose address lacks a
    town, street or region their values may be (Portugal's Localidade, Bulgaria's Град beside
    one address cell; a street name beside its house number; never a yes/no answer or a
    "Family" membership level as a US state); and flat numbers beside the street or house
    number (Stiege, Tür)."""
    own = {c: f for f, c in found.items() if field_part(f) in (*columns.ADDRESS_FIELDS, "address")}
    if not own:
        return
    open_ = {c: g for c, g in open_.items() if c not in out}
    # Names of people beside the address are a contact or an owner, not a town.
    # Nor is a column of one-letter codes (a canvass's voted 'Y', intention 'L'): no town,
    # street or region is one letter.
    wordy = {
        c
        for c, g in open_.items()
        if _share(g, ("words", "place"))
        and g.count("person") < LOOK_SHARE * len(g.looks)
        and any(len(t) > 1 for _, t in g.values)
    }
    flats = {
        c
        for c, g in open_.items()
        if all(_FLAT.fullmatch(t) for _, t in g.values) and c not in wordy
    }
    # Columns already found to look like an address part carry the run on (Osoite | Postinro
    # | Toimipaikka: the town beside the postcode beside the address cell).
    flagged = {c for c, how in out.items() if how.when != "name"}
    gaps = [f for f in ("city", "street", "region") if not _has(found, f)]
    # A street name written apart from its house number has no digit of its own.
    apart = _has(found, "house_number")
    # Each column its own line: Austria's Stiege and Tür are two flat numbers.
    lines = [f for f in ("unit", "street2", "street3") if f not in found]
    for col in sorted(wordy | flats):
        left, right = _run_ends(col, wordy | flats | flagged)
        beside = {own.get(left - 1), own.get(right + 1)} - {None}
        if not beside:
            continue
        got = open_[col]
        if col in flats:
            if beside & {"street", "house_number", "unit", "street2"} and lines:
                why = f"flat or door numbers ({_evidence(got, None)}) beside the street"
                out[col] = Unplaced(lines.pop(0), why, "printed")
            continue
        gap = next((g for g in gaps if _may_be(g, got, countries, apart)), None)
        if gap is not None:
            gaps.remove(gap)
            why = f"words without a digit ({_evidence(got, None)}), beside the address columns"
            out[col] = Unplaced(gap, why, "lacks")


def _between_address_columns(
    open_: dict[int, values.Sample], found: Mapping[str, int], out: dict[int, Unplaced]
) -> None:
    """A column of words with or without a number, alone between two address columns, in a
    list whose address has every part its post needs: Ireland's Townland between the street
    and the town, the UAE's Area between the PO box and the villa."""
    own = {c: f for f, c in found.items() if field_part(f) in (*columns.ADDRESS_FIELDS, "address")}
    for col, got in open_.items():
        if col in out or col - 1 not in own or col + 1 not in own:
            continue
        if _set_prefix(own[col - 1]) != _set_prefix(own[col + 1]):
            continue  # a job title between one address set's last column and another's first
        texts = [t for _, t in got.values]
        lettered = all(any(ch.isalpha() for ch in t) for t in texts)
        if not texts or not lettered or got.count("person") >= LOOK_SHARE * len(texts):
            continue
        if free := _free_lines(found, out):
            why = f"words ({_evidence(got, None)}) between address columns"
            out[col] = Unplaced(free[0], why, "lacks")


def _set_prefix(field: str) -> str:
    """The address set a field belongs to: "w_" for "w_city", "" for "city"."""
    return field[: len(field) - len(field_part(field))]


def _free_lines(found: Mapping[str, int], out: Mapping[int, Unplaced]) -> list[str]:
    """The locality and extra street fields no column holds yet, in the order they print."""
    held = set(found) | {how.field for how in out.values()}
    return [f for f in ("district", "neighbourhood", "street2", "street3") if f not in held]


def _beside_the_name(
    open_: dict[int, values.Sample],
    found: Mapping[str, int],
    out: dict[int, Unplaced],
    header: Sequence[str],
    sample: Callable[[int], values.Sample],
) -> None:
    """A column of single capitalised words beside the name columns (Bulgaria's Име beside
    Фамилия, Portugal's Apelido beside Nome): a part of the name, checked where the printed
    name is one word. Never a column of codes or numbers ('K-10001', 'GIVE-118', an ID card's
    'R0101901234567'), nor the row's own name written again (a display name, an addressee or
    salutation line: 'Ms. Ann Lee', 'Marie' beside 'Marie Dupont')."""
    names = {c for f, c in found.items() if f in columns.NAME_FIELDS}
    if not names:
        return
    # A full name column holding one word beside a column of one word: the family name, with
    # the full-name column as the first name (Portugal's Nome | Apelido).
    also = f"first_name: {header[found['name']].strip()}" if "name" in found else ""
    free = [f for f in ("first_name", "last_name", "middle_name") if f not in found]
    if also:
        free = ["last_name", "middle_name"]
    run = {
        c
        for c in open_
        if c not in out
        and _name_words(open_[c])
        and not any(ch.isdigit() for _, t in open_[c].values for ch in t)
        and not named_again.the_name_again(open_[c], [sample(n) for n in names])
        and not _says_what(header[c])
    }
    for col in sorted(run):
        left, right = _run_ends(col, run)
        if (left - 1 in names or right + 1 in names) and free:
            got = open_[col]
            why = f"names ({_evidence(got, None)}) beside the name columns"
            out[col] = Unplaced(free.pop(0), why, "name", also)


def _says_what(header: str) -> bool:
    """Whether a header says what its column is, and that is no name part: a set's label
    ("Typ" of 'Medlem'), or only a word for who the row is ("Person", "Member")."""
    known = words.load()
    reading = words.read_header(header)
    label = vocabulary.words(header, known) in known.set_labels
    return label or (reading.role is None and reading.qualifier is not None and not reading.unknown)


def _has(found: Mapping[str, int], part: str) -> bool:
    """Whether a column of its own gives `part` (a whole address in one cell may lack it)."""
    return any(
        field_part(f) == part or (part != "street" and field_part(f) == "locality_line")
        for f in found
    )


def _may_be(part: str, got: values.Sample, countries: tuple[str, ...], apart: bool) -> bool:
    """Whether most of a column's values may be `part` (values.may_be; words alone may be a
    street name where the house number has a column of its own, as they may be a town)."""
    fits = sum(
        1
        for (_, text), found in zip(got.values, got.looks, strict=True)
        if values.may_be(part, text, found, countries)
        or (part == "street" and apart and "words" in found and values.may_be("city", text, found))
    )
    return fits >= _BESIDE_SHARE * len(got.values)


def _run_ends(col: int, run: set[int]) -> tuple[int, int]:
    left, right = col, col
    while left - 1 in run:
        left -= 1
    while right + 1 in run:
        right += 1
    return left, right


def _share(got: values.Sample, looks: tuple[str, ...]) -> bool:
    hits = sum(1 for f in got.looks if f & set(looks) and not f - {*looks, "region", "subdivision"})
    return bool(got.looks) and hits >= _BESIDE_SHARE * len(got.looks)


def _digits_only(got: values.Sample) -> bool:
    return all(t.replace("-", "").replace(" ", "").isdigit() for _, t in got.values)


def _name_words(got: values.Sample) -> bool:
    """Single capitalised words, or people's names of up to three words (given names such as
    "Hery Nirina" are as much a name's part; never "Oak St")."""
    texts = [t.split() for _, t in got.values]
    one = all(len(ws) == 1 and ws[0][:1].isupper() for ws in texts)
    people = got.count("person") == len(texts) and max(map(len, texts), default=0) < 4
    return bool(texts) and (one or people)


def spelled_out(texts: Sequence[str]) -> bool:
    """True when some of `texts` spell a country out ("Suomi", "中国") or they give more than
    one code: "NO" alone is an answer."""
    return len(set(texts)) > 1 or any(len(t) > 3 or not t.isascii() for t in texts)


def _spelled_out(got: values.Sample) -> bool:
    return spelled_out(
        [t for (_, t), f in zip(got.values, got.looks, strict=True) if "country" in f]
    )


def _evidence(got: values.Sample, what: str | None) -> str:
    line, text = got.first(what)
    count = got.count(what) if what else len(got.values)
    return f"{count} of {len(got.values)}, line {line}: '{text}'"


def field_part(field: str) -> str:
    """The field without its address set's prefix: "m_city" -> "city"."""
    head, _, rest = field.partition("_")
    return rest if (head in ("m", "b", "w") or head.isdigit()) and rest else field
