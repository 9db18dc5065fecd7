"""A street line made of the parts a signer list gives in separate columns (house number,
street name, type, directions), in the order the address's country writes them, from
street_lines.yaml."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Mapping
from functools import cache
from pathlib import Path

from packbuilder.language import scripts
from packbuilder.signers import units, vocabulary, words

ORDER_FILE = Path(__file__).with_name("street_lines.yaml")
#: The parts, as the fields of an address set name them (without the set's prefix).
PARTS = {
    "number": "house_number",
    "ext": "house_number_ext",
    "prefix": "street_prefix",
    "name": "street",
    "type": "street_type",
    "suffix": "street_suffix",
}
#: Parts that go on the street line only where the country's pattern names them (Russia's
#: "ул. Ленина, д. 5, корп. 2, кв. 10"); elsewhere each is a line of its own.
INLINE = ("neighbourhood", "building", "floor", "unit")
_FIELD = re.compile(r"(\{\w+\})")
#: A value that is only a number ("10", "10a", "12/3", a box's "10 02 03", a Romanian block's
#: "A3"): its header says what it numbers.
_BARE = re.compile(r"\d+(?:[/-]\d+)?[^\W\d_]?|\d+(?: \d+)+|[^\W\d_]\d*")


@cache
def _patterns() -> tuple[str, dict[str, str]]:
    from packbuilder.content.loader import load_file
    from packbuilder.signers.vocabulary import plain

    node, problems = load_file(ORDER_FILE)
    if node is None or problems:
        raise ValueError(f"{ORDER_FILE}: {problems}")
    data = plain(node)
    return str(data["default"]), {str(k): str(v) for k, v in data["countries"].items()}


@cache
def _pattern(code: str | None) -> str:
    """The country's street-line pattern: its own in street_lines.yaml; else, for a country
    that has English among its official languages (CLDR: Ghana, Kenya, Nigeria), the order
    English-speaking posts share ("14 Oxford Street"); else the default ("Hauptstraße 5")."""
    from packbuilder.content.data import read_data
    from packbuilder.language import cldr

    default, countries = _patterns()
    if code in countries or not code:
        return countries.get(code or "", default)
    by_language = read_data(ORDER_FILE).get("languages") or {}
    for language in cldr.official_languages(code):
        if language in by_language:
            return str(by_language[language])
    return default


@cache
def _words(key: str) -> tuple[str, ...]:
    """One of street_lines.yaml's lists, without case: no_number ("s/n"), care_of ("c/o"),
    others_above (country codes), line_five ("bp")."""
    from packbuilder.content.data import read_data

    return tuple(str(w).casefold() for w in read_data(ORDER_FILE)[key])


def _starts(line: str, key: str) -> bool:
    """Whether `line` starts with one of the words of the list `key`, as a word."""
    return _opening(key).match(line.strip().casefold()) is not None


@cache
def _opening(key: str) -> re.Pattern[str]:
    words = "|".join(re.escape(w) for w in sorted(_words(key), key=len, reverse=True))
    return re.compile(rf"(?:{words})(?!\w)")


def care_of(line: str) -> bool:
    """True for a line that starts as a "care of" line does ("c/o Mercy Hospital", "chez",
    "presso"; street_lines.yaml's care_of)."""
    return _starts(line, "care_of")


def attention(line: str) -> bool:
    """True for a line that puts a person to the attention of a body ("z. Hd. Frau Anna
    Schmidt", "Attn Ann Lee"; street_lines.yaml's attention), not a "c/o" line."""
    return _starts(line, "attention")


def without_care_of(line: str) -> str:
    """`line` without the "care of" or attention words it starts with ("z. Hd. Frau Anna
    Schmidt": "Frau Anna Schmidt"); as it is when it starts otherwise."""
    text = line.strip()
    found = _opening("care_of").match(text.casefold())
    if found is None or len(text.casefold()) != len(text):
        return text
    return text[found.end() :].strip(" :,")


def house_numbered(part: str, code: str | None) -> bool:
    """Whether a part of a one-line address is a house's, lot's or building's number with its
    word ("No 12", "Lot 5", "Building 1205", "#18": street_lines.yaml's number_words), which
    stays on the street's line where the country's post has no line of its own for a building."""
    if code is not None and code.casefold() in (*_words("premises_above"), *_words("others_above")):
        return False
    return _house_number().fullmatch(part.strip().casefold()) is not None


@cache
def _house_number() -> re.Pattern[str]:
    words = "|".join(re.escape(w) for w in sorted(_words("number_words"), key=len, reverse=True))
    return re.compile(rf"(?:{words})(?:\s*(?:{words}))*\s*\d+[^\W\d_]?(?:[/-]\d+[^\W\d_]?)?")


def house_name(number: str) -> bool:
    """True when a house number cell holds a house's name ("Rose Cottage"): no digit, more
    than three letters, and not a word for "no number" ("s/n", "sin número")."""
    text = number.strip()
    letters = sum(ch.isalpha() for ch in text)
    return (
        letters > 3
        and not any(ch.isdigit() for ch in text)
        and text.casefold() not in _words("no_number")
    )


def lines(
    code: str | None,
    street: list[str],
    pieces: Mapping[str, str],
    below: list[str],
    flat: units.Unit,
    premises: tuple[str, ...] = (),
    landmark: str = "",
) -> list[str]:
    """A row's street lines: the street line from its parts (`pieces`, keys as in PARTS but
    the name, which is `street`'s first line) in the country's order, a house name on a line
    of its own above it (Royal Mail's Rule 4: the building name on the line before the
    thoroughfare), then `street`'s other lines and `below`, with the unit where the country's
    post puts it. `premises` are a building's name and floor: above the street where the
    country's post puts them there (street_lines.yaml, premises_above), else below it."""
    name = ""
    if street and any(pieces.values()) and is_box(street[0], (code,)):
        # A box or a private bag has no house number: a plot or house number beside it is
        # where the signer lives (a Botswanan form's "Plot Number" beside "Postal Address"),
        # a line of its own above the box, never "P O Box 402 1234".
        line = street_line(code, {**pieces, "name": ""})
        street = [line, *street] if line else street
    elif any(pieces.values()):
        number = pieces.get("number", "")
        if house_name(number):
            name, pieces = number.strip(), {**pieces, "number": ""}
        line = street_line(code, {**pieces, "name": street[0] if street else ""})
        street = [line, *street[1:]] if line else street[1:]
    above = [name] if name else []
    if premises and code is not None and code.casefold() in _words("premises_one_line"):
        # India Post: "Flat 302, B Wing, Sai Residency", one line, smallest first.
        joined = bool(flat.text) and flat.place in ("above", "below")
        premises = (", ".join((flat.text, *reversed(premises)) if joined else reversed(premises)),)
        flat = units.NO_UNIT if joined else flat
    if code is not None and code.casefold() in _words("premises_above") and street:
        # Royal Mail's rules 4 and 5: the building and sub-building on the lines before the
        # thoroughfare ("Tŷ Coch / Lôn Las", "Flat 4 / 22 Belgrave Road").
        # Smallest first, as those posts write them: the flat, the floor, the building.
        above = [*reversed(premises), *above]
        if flat.place == "below":
            flat = dataclasses.replace(flat, place="above")
    elif code is not None and code.casefold() in _words("detail_line") and premises:
        # Korea's 상세주소: the building, the floor and the flat on one line, "101동 1203호".
        ours = flat.text and flat.place == "below" and "unit" not in inline(code)
        below = [*below, " ".join((*premises, flat.text) if ours else premises)]
        flat = units.Unit("") if ours else flat
    else:
        # Directions that find the door come after the building's lines ("ul. Długa 5/12 /
        # kl. C / Wejście od podwórka"): they say how to reach what those lines name.
        at = below.index(landmark) if landmark and landmark in below else len(below)
        below = [*below[:at], *premises, *below[at:]]
    if code is not None and code.casefold() in _words("others_above") and street:
        # La Poste: a building or staircase line (2, 3) above the number and street (4).
        above += [x for x in below if not _starts(x, "line_five")]
        below = [x for x in below if _starts(x, "line_five")]
    street = [*above, *street, *below]
    if flat.text and "unit" not in inline(code):
        at = len(above) if len(street) > len(above) else 0
        street = units.place(street, flat, at=at)
    street = _together(code, street)
    # A "c/o" line first, under the name, wherever the list wrote it.
    return sorted(street, key=lambda x: not _starts(x, "care_of"))


def _together(code: str | None, street: list[str]) -> list[str]:
    """The street lines with those the country writes on one line joined, in its order
    (street_lines.yaml, together: Indonesia's "RW 007" and "RT 003" are "RT 003/RW 007")."""
    rule = _together_rule(code) if len(street) > 1 else None
    if rule is None:
        return street
    order, join = rule

    def rank(line: str) -> int:
        first = line.casefold().split()[:1]
        return order.index(first[0]) if first and first[0] in order else -1

    out: list[list[str]] = []
    for line in street:
        if rank(line) >= 0 and out and rank(out[-1][-1]) >= 0:
            out[-1].append(line)
        else:
            out.append([line])
    return [join.join(sorted(group, key=rank)) for group in out]


@cache
def _together_rule(code: str | None) -> tuple[tuple[str, ...], str] | None:
    """The country's words of lines written together, in order, and what joins them."""
    from packbuilder.content.data import read_data

    rule = (read_data(ORDER_FILE).get("together") or {}).get(code or "")
    return (tuple(str(w).casefold() for w in rule["words"]), str(rule["join"])) if rule else None


def village(
    code: str | None, street: list[str], pieces: Mapping[str, str], places: tuple[str, str]
) -> tuple[list[str], str]:
    """(street lines, district line) of a row whose house number has no street, where the
    country's post writes a village with no streets by its name and the number
    (street_lines.yaml, village_number): the smallest place named above the town, or the
    town itself, is the street line's name ("Wola Zaradzyńska 12" above "95-054 Ksawerów",
    "Mnichowo 132" above "62-200 Mnichowo"), not the number alone on a line of its own.
    `places`: the district line and the town."""
    district, town = places
    number = pieces.get("number", "")
    if street or not number or house_name(number) or code not in _village_number():
        return street, district
    smallest, _, rest = district.partition(", ")
    return [smallest or town], rest


def on_street_line(code: str | None, block: str) -> str:
    """The field of the country's street-line pattern a building's cell (`block`, as written)
    fills where it is a bare number: "block" (with its word, "Block 123") or "building_number"
    (as written, Saudi Arabia's "4321"); "" where it keeps a line of its own."""
    if not _BARE.fullmatch(block.strip()):
        return ""
    pattern = _pattern(code)
    return next((f for f in ("block", "building_number") if f"{{{f}}}" in pattern), "")


def locality_first(
    code: str | None, below: list[str], landmark: str, district: str
) -> tuple[list[str], str]:
    """(lines below the street, district line): the district line above the landmark line
    where the country's post writes the locality first (street_lines.yaml,
    locality_before_landmark: "S.V. Road / Andheri West / Near Andheri Station")."""
    if not (district and landmark in below and code):
        return below, district
    if code.casefold() not in _words("locality_before_landmark"):
        return below, district
    at = below.index(landmark)
    return [*below[:at], district, *below[at:]], ""


@cache
def _village_number() -> frozenset[str]:
    return frozenset(str(c).upper() for c in _words("village_number"))


@cache
@cache
def inline(code: str | None) -> frozenset[str]:
    """The parts of INLINE that the country writes on the street line."""
    pattern = _pattern(code)
    return frozenset(p for p in INLINE if f"{{{p}}}" in pattern)


@cache
def comma_in_line(code: str | None) -> bool:
    """True when the country writes a comma inside its street line ("ул. Ленина, д. 1",
    "Rua Augusta, 1508", "Calle Mayor 5, 2º B"): street_lines.yaml's pattern has one."""
    return "," in _pattern(code)


def floor(code: str | None, header: str, field: str) -> str:
    """The designator of a bare floor number: on a line of its own, the country's or its
    header's word ("Étage 3"); on the street line, only the country's own ("3º" in Spain and
    Portugal; Denmark's "4." is its pattern's), or ""."""
    if field != "floor":
        return ""
    return units.floor(code, header) if field not in inline(code) else units.floor(code, "")


def is_box(line: str, countries: tuple[str | None, ...] = ()) -> bool:
    """Whether a street line is a post office box or a private bag ("P O Box 402", "Postfach
    10 02 03", "Private Bag X1", "私書箱12号"; in `countries` whose post writes a box so, "CP
    123"): the box's words and its number, nothing else."""
    line = _BOX_NUMBER.sub(" ", _abbreviated_box(line, countries))
    if not _may_be_box(line):
        return False
    reading = words.read_header(line)
    return reading.role == "po_box" and not reading.unknown


#: A box's number after its words: digits, in groups or not ("10 02 03"), a letter before or
#: after ("X1", "12A"), a counter after (私書箱12号, 사서함 12호).
_BOX_NUMBER = re.compile(r"(?:(?<![^\W\d_])[^\W\d_])?\d+(?:[ ./-]\d+)*(?:[^\W\d_](?![^\W\d_]))?")
#: The letters before a box's number ("C.P. 123", "CP 123").
_LEADING = re.compile(r"\s*((?:[^\W\d_]\.?\s?){1,3})(?=\d)")


def _abbreviated_box(line: str, countries: tuple[str | None, ...]) -> str:
    """`line` with a box's abbreviation that means a box in one of `countries` written as
    "PO Box" (street_lines.yaml box_abbreviations: Canada Post's "CP 123")."""
    found = _LEADING.match(line) if countries else None
    if found is None:
        return line
    given = _box_abbreviations()
    key = re.sub(r"[\s.]", "", found.group(1)).casefold()
    if any(key in given.get(code.upper(), ()) for code in countries if code):
        return "PO Box " + line[found.end() :]
    return line


@cache
def _box_abbreviations() -> dict[str, tuple[str, ...]]:
    """street_lines.yaml's box_abbreviations, read once: each country's code to the
    abbreviations its post writes for a box ("cp")."""
    from packbuilder.content.data import read_data

    given = read_data(ORDER_FILE).get("box_abbreviations") or {}
    return {str(code).upper(): tuple(str(a) for a in words) for code, words in given.items()}


def _may_be_box(line: str) -> bool:
    """False where no run of letters in the line is a word of a box's phrases in
    header_words.yaml, or one is no word of any phrase: the line cannot be a box's words and
    number. Each value of a list is then not split into words and kept in the words' cache,
    which is for headers."""
    runs = [vocabulary.known_word(run) for run in _LETTERS.findall(line)]
    if None in runs:
        return True  # Korean, Chinese, Japanese or Thai: only splitting the run tells
    box = any(vocabulary.known_word(run, "po_box") for run in _LETTERS.findall(line))
    return box and all(runs)


_LETTERS = re.compile(r"[^\W\d_]+")


def numbered(value: str, header: str) -> str:
    """A bare number with its header's own word for what it numbers ("Plot Number": "Plot
    1234"); any other value, or a header of number words alone, as written."""
    said = [w for w in re.findall(r"[^\W\d_]+", header) if w.casefold() not in _NUMBER_WORDS]
    if len(said) != 1 or not _BARE.fullmatch(value.strip()):
        return value
    return f"{said[0].capitalize()} {value.strip()}"


_NUMBER_WORDS = frozenset(("number", "no", "nr", "num", "nbr", "nummer", "numero", "número"))


def number_kind(kind: str, number: str) -> tuple[str, bool]:
    """The house number written as its kind says (street_lines.yaml's number_kinds: "č.ev."
    and 244 is "č. ev. 244"; "č.p." and 244 is "244"), and whether the kind shows."""
    from packbuilder.content.data import read_data

    kinds = read_data(ORDER_FILE).get("number_kinds") or {}
    form = kinds.get(re.sub(r"[\s.]+", "", kind.casefold()))
    if form is None:
        return f"{kind.strip()} {number}", True
    return str(form).replace("{}", number), str(form) != "{}"


def labelled(value: str, label: str) -> str:
    """A bare number written with what its header says it is ("кв. 10", "Apt 4", "101号室");
    any other value as written."""
    if not label or not _BARE.fullmatch(value.strip()):
        return value
    head, _, tail = label.partition("{}")
    if tail.strip() and value.strip().endswith(tail.strip()) and not head.strip():
        return value  # "3º" under Andar is written so already, never "3ºº"
    return label.replace("{}", value.strip())


def street_line(code: str | None, parts: Mapping[str, str]) -> str:
    """The street line of `parts` (keys as in PARTS: number, name, ...), in the order of the
    country `code`; a part empty in the row takes the punctuation before it along."""
    default, _ = _patterns()
    pattern = _pattern(code)
    name, number = parts.get("name", ""), parts.get("number", "")
    if number and re.search(rf"(?<![\w-]){re.escape(number)}(?![\w-])", name):
        number = ""  # "Hauptstraße 5" with a Hausnummer of 5: the number is on the street
    values = {**parts, "number": number}
    if " " not in pattern and not scripts.has_east_asian(" ".join(values.values())):
        pattern = default  # 天河路385号 is joined; "Tianhe Road" and "385" are not
    out = ""
    lead = ""
    for token in _FIELD.split(pattern):
        if not token.startswith("{"):
            lead += token
            continue
        value = values.get(token[1:-1], "").strip()
        if value:
            # The text before a part goes with it: no ", " or "No:" before an empty number.
            out += (lead if out else lead.lstrip(" ,/")) + value
        lead = ""
    return " ".join(out.split())


def district(neighbourhood: str, district: str) -> str:
    """The district line from a neighbourhood (Mahalle, Bairro, 동) and a district (区, Quận)
    given apart: smallest first ("Kızılay, Çankaya"), but largest first and unspaced in Chinese
    and Japanese script (天河区石牌街道), largest first with a space in Korean (종로구 청운동)."""
    if not neighbourhood or not district or neighbourhood == district:
        return neighbourhood or district
    both = neighbourhood + district
    if scripts.has_hangul(both):
        return f"{district} {neighbourhood}"
    if scripts.has_east_asian(both):
        return district + neighbourhood
    return f"{neighbourhood}, {district}"
