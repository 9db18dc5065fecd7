"""A whole address written on one line with commas ("12 Oak St, Boston, MA  2127 US"), read
into its parts by its country's data in Google's address data: the country at the end, the
postcode by the country's pattern, the region by the country's region names, the town before
them, the street lines before that. The parts then print as any address's do, in the country's
order (Royal Mail's: each part on its own line, the postcode last; USPS's: "Boston, MA 02127").
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from packbuilder.signers import addresses, countries, largest_first, postcode_signs, printed, usps
from packbuilder.signers import street as street_parts
from packbuilder.signers.cells import Cell, clean
from packbuilder.signers.countries import country_code
from packbuilder.signers.countries import key as _key
from packbuilder.signers.named_places import town_country
from packbuilder.signers.street_words import starts_street

#: A last part that ends in a digit and then a word: "MA  2127 US", "NJ 07042 USA".
_COUNTRY_AFTER = re.compile(r"(.*\d)\s+([^\W\d][^\d]*)")
#: A comma between an address's parts, in Latin, Arabic (،), Chinese (，) and Japanese (、).
_COMMAS = re.compile(r"[,،，、]")
#: A part that is only a house number ("Av. Paulista, 1000"): it stays on the street's line.
_NUMBER_ONLY = re.compile(r"\d+[^\W\d_]?(?:[/-]\d+[^\W\d_]?)?")


def read_cell(given: addresses.AddressParts, home: str | None) -> addresses.AddressParts:
    """A whole-address cell's parts: `given` (its lines as `street`, and the town, region,
    postcode and country other columns give) with a cell of one line read into its parts when
    no other column gives a town, region or postcode, or each one another column gives is the
    cell's own (a ZIP column beside "..., Los Angeles, CA 90010": one ZIP, printed once);
    else as given, a US "City, ST ZIP" end split off (`split_us`)."""
    if len(given.street) != 1:
        return given
    # A country column beside the cell says whose format its end follows ("Rua Augusta 100,
    # 1100-053 Lisboa" beside "Portugal" in a US list): Portugal's postcode, not a US ZIP.
    named = country_code(given.country) if given.country else None
    known = bool(named) and named != "ZZ"
    first = largest_first.read(given.street[0], home, named if known else None)
    if first is not None and not (given.postal_code and first.postal_code):
        # "〒100-0001 東京都千代田区千代田1-1": the postcode and country off, the rest as written.
        country = given.country or first.country
        return replace(first, postal_code=first.postal_code or given.postal_code, country=country)
    # A postcode column beside a cell that ends in that postcode ("..., Sheffield S10 1UA"):
    # one postcode, printed once, where the cell writes it.
    postal = given.postal_code
    within = bool(postal) and f" {printed.fold(postal)} " in f" {printed.fold(given.street[0])} "
    texts = [given.street[0]]
    if postal and not within and not given.city:
        # "12 rue de la Paix, Paris" beside a postcode column of 75002: the cell's end read
        # with the postcode after it, as the cell would have written it.
        texts.append(f"{given.street[0]}, {postal}")
    for text in texts:
        one = read_one_line(text, named if known else home, named=known)
        # A part the cell leaves out comes from its column ("12 Oak St Apt 3, Springfield, IL"
        # beside a ZIP column of 62704); a part both give must agree.
        if one is not None and all(
            g.casefold() == getattr(one, part).casefold() or not getattr(one, part)
            for part in ("city", "region", "postal_code")
            if (g := getattr(given, part))
        ):
            filled = {
                p: getattr(one, p) or getattr(given, p) for p in ("city", "region", "postal_code")
            }
            return replace(one, country=given.country or one.country, **filled)
    words = given.street[0].split()
    # "... กรุงเทพมหานคร 10110 ประเทศไทย", "Calle Mayor 5 28013 Madrid España": no commas, a
    # country's name (not a code) last that does not end one of the campaign country's
    # regions ("... Santa Fe New Mexico", "... Atlanta Georgia" in a US list).
    bare = not given.country and not _COMMAS.search(given.street[0]) and len(words) > 2
    bare = bare and not any(_is_region(home, " ".join(words[-n:])) for n in (1, 2, 3))
    if bare and len(words[-1]) > 3 and country_code(words[-1]) not in (None, "ZZ", home):
        line = " ".join(words[:-1])
        return replace(
            given, street=(line,), postal_code="" if within else postal, country=words[-1]
        )
    street = tuple(split_us(given.street[0]))
    return replace(given, street=street, postal_code="" if within else postal)


def once(
    street: list[str], city: str, region: str, postal: str, code: str | None, whole: bool = False
) -> tuple[list[str], str, str, str, str, str] | None:
    """A row whose street or address cell holds the town, region and postcode that columns of
    their own give too ("3250 Wilshire Blvd, Los Angeles, CA 90010" beside a ZIP column of
    90010), with each printed once, where the cell writes it: its street lines, town, region,
    postcode and a country the cell ends with (a cell of one line read into its parts where
    its country's data can), and what the column report says of it. None when the cell does
    not hold every part the columns give: they print as usual. A street cell (not a `whole`
    address cell) beside empty town, region and postcode cells may hold them all (_typed_whole)."""
    given = {"town/city": city, "state/region": region, "postal code": postal}
    given = {label: value for label, value in given.items() if value}
    if not given:
        return None if whole else _typed_whole(street, code)
    # A town alone is not enough: "Flat 2, Oxford House" does not hold the town Oxford.
    if not (postal or len(given) > 1):
        return None
    text = " ".join(street).casefold()
    if any(value.casefold() not in text for value in given.values()):
        return None  # most rows: the cell does not hold the columns' values (a cheap look)
    pieces = [p for line in street for p in line.split(",")]
    if len(pieces) < 2:
        return None
    # Only after the first piece: the first is the street's own, and a house number may look
    # like a postcode.
    later = _words(" ".join(pieces[1:]))
    if not all(_words(value) in later for value in given.values()):
        return None
    what = f"{', '.join(given)}: in the address too, printed once"
    one = read_one_line(street[0], code) if len(street) == 1 and code else None
    pairs = ((city, one.city), (region, one.region), (postal, one.postal_code)) if one else ()
    same = all(_key(a) == _key(b) for a, b in pairs if a)
    if one is not None and same and country_code(one.country or code) == code:
        return list(one.street), one.city, one.region, one.postal_code, one.country, what
    return street, "", "", "", "", what


def town_again(street: list[str], city: str, region: str) -> list[str] | None:
    """A street cell of one line ending, after a comma, in the town (and region) that columns
    of their own give ("4410 Pine Ave, Tulsa OK" beside Tulsa and OK; "55 Queen St W,
    Toronto"): the street without that end, so the town prints once, on its own line; None
    when the cell's end holds anything else ("Flat 2, Oxford House" beside Oxford)."""
    if len(street) != 1 or not city or "," not in street[0]:
        return None
    head, _, tail = street[0].rpartition(",")
    words = set(_words(tail).split())
    own = set(_words(f"{city} {region}").split())
    if not head.strip() or not words or not words <= own or not set(_words(city).split()) <= words:
        return None
    return [head.strip()]


def _typed_whole(
    street: list[str], code: str | None
) -> tuple[list[str], str, str, str, str, str] | None:
    """A whole address typed into the street's box, the town, region and postcode boxes left
    empty ("400 W 3rd St Apt 2, Austin, TX 78701" under "Street address"): its parts, read
    as a whole-address cell's are, where its country's data can; None otherwise."""
    if len(street) != 1 or "," not in street[0] or not code:
        return None
    one = read_one_line(street[0], code)
    if one is None or not one.city or not (one.postal_code or one.region):
        return None
    if country_code(one.country or code) != code:
        return None
    what = "street: the whole address typed into the street's cell, read into its parts"
    return list(one.street), one.city, one.region, one.postal_code, one.country, what


def _words(text: str) -> str:
    """Text as its words between single spaces, without case, for whole-word comparison."""
    return " " + " ".join(re.findall(r"[^\W_]+", text.casefold())) + " "


def two_spaced(
    whole: Cell, street: list[str], platform: str | None
) -> tuple[list[str], str] | None:
    """A Mailchimp address cell of one line whose parts are two spaces apart, but not the five
    Mailchimp writes: its parts one per line, as written, and the row's warning, since which
    is the town cannot be known; None for any other cell."""
    gaps = [clean(p) for p in re.split(r" {2,}", whole.raw.strip()) if clean(p)]
    if not (platform or "").startswith("Mailchimp") or len(street) != 1 or len(gaps) < 2:
        return None
    return gaps, (
        f"'{whole.value}' has {len(gaps)} parts two spaces apart, not Mailchimp's street, city, "
        "state, ZIP and country; each prints on its own line as written, so check the order"
    )


def read_one_line(
    text: str, home: str | None, named: bool = False
) -> addresses.AddressParts | None:
    """The parts of an address written on one line with commas, or None when its end is not
    the postcode, region or town of the country it names (or of `home`, the campaign's
    country, when it names none; the country a column beside it names when `named`) in an
    order that country writes them: such a line prints as written, since where its town
    starts cannot be told."""
    # A comma as Arabic, Chinese and Japanese write it too: "10 شارع التحرير، القاهرة، مصر".
    parts = [p.strip() for p in _COMMAS.split(text) if p.strip()]
    if len(parts) < 2:
        return None
    country = ""
    if (
        len(parts) > 3
        and not country_code(parts[-1])
        and country_code(parts[-2])
        and not _is_region(home, parts[-2])
        and any(ch.isdigit() for ch in parts[-1])
    ):  # Shopee's "..., JAWA BARAT, ID, 40135": the country before the postcode
        country = parts.pop(-2)
    last = parts[-1]
    after = _COUNTRY_AFTER.fullmatch(last)
    # "IL" alone is a state as well as Israel's code: a code is a country only after a
    # postcode ("Springfield, IL, 62704, US").
    if (
        not country
        and country_code(last)
        and len(parts) > 2
        and (len(last) > 2 or parts[-2][-1:].isdigit() or not _is_region(home, last))
    ):
        country = parts.pop()
    elif not country and after is not None and country_code(after[2]):
        country, parts[-1] = after[2], after[1]
    code = country_code(country) if country else home
    latin = addresses.is_latin(text)
    if code is None or code == "ZZ" or not _street_first(code, latin):
        return None
    box_postal = _box_postcode(code, parts)
    found = _locality(code, parts[-1], latin)
    if found is None and box_postal and len(parts) > 1 and _may_be_town(parts[-1]):
        found = (parts[-1], "", box_postal)  # "P.O. Box 1234-00100, Nairobi": the box's town
    if found is None and _town_alone(code, latin, parts, named or bool(country)):
        # "KG 7 Ave 12, Kigali, Rwanda": a country named at the end whose post has no
        # postcodes, and before it a part with no digit where its format has a town; "Way
        # 3015, Building 1205, 112, Muscat": a town after its postcode, a part of its own.
        found = (parts[-1], "", "")
    if found is None:
        return None
    city, region, postal = found
    rest = parts[:-1]
    more = _locality(code, rest[-1], latin) if rest and not postal else None
    if more is not None and more[2] and not (city and more[0]):
        # "Av. Reforma 222, 06600 Ciudad de México, CDMX": the postcode's part, then the region's.
        city, region, postal = city or more[0], region or more[1], more[2]
        rest.pop()
    if not region and rest and _is_region(code, rest[-1]):
        region = rest.pop()  # "Springfield, IL, 62704"
    if not region and not city and rest and (joined := _town_and_region(code, latin, rest[-1])):
        city, region = joined  # Brazil's "São Paulo - SP": the format's "%C-%S"
        rest.pop()
    if not city and len(rest) > 1 and "%C" in _template(code, latin) and _may_be_town(rest[-1]):
        city = rest.pop()
    if not city and region and "%C" in _template(code, latin) and town_country(region) == code:
        city, region = region, ""  # "Jalan Tun Razak, Kuala Lumpur, 50400": a city-state
    if not rest:
        return None
    return addresses.AddressParts(tuple(_street_lines(code, rest)), city, region, postal, country)


def _box_postcode(code: str, parts: list[str]) -> str:
    """The postcode a box part (not the last) ends with after a hyphen, taken off the part
    ("P.O. Box 1234-00100": Posta Kenya's box number and its post office's postcode, which the
    format prints on a line of its own); "" when none does."""
    pattern = addresses.postal_pattern(code)
    for at, part in enumerate(parts[:-1]):
        found = re.fullmatch(rf"(.*\d)\s*-\s*({pattern})", part) if pattern else None
        if found is not None and street_parts.is_box(found[1]):
            parts[at] = found[1]
            return found[2]
    return ""


def _may_be_town(part: str) -> bool:
    """Whether a part of a one-line address may be its town: a town has no digits ("кв. 5"
    before "Москва", a city that is its own region, is the street's) and does not start with a
    word a street's name follows ("Jalan Tun Razak" before "Kuala Lumpur": street_words.yaml)."""
    return not any(ch.isdigit() for ch in part) and not starts_street(part)


def _town_alone(code: str, latin: bool, parts: list[str], named: bool) -> bool:
    """Whether the last of `parts` (more than one) can only be the town: the country's format
    has a town, the part may be one (_may_be_town), and the part before it is the country's
    postcode alone, or the country is `named` (at the end, or in a column beside the cell:
    "P.O. Box 9021, Dar es Salaam, Tanzania", a country whose people rarely write its
    postcodes, or one that has none)."""
    pattern = addresses.postal_pattern(code)
    before = pattern is not None and re.fullmatch(pattern, parts[-2] if len(parts) > 1 else "")
    return (
        len(parts) > 1
        and "%C" in _template(code, latin)
        and _may_be_town(parts[-1])
        and (bool(before) or named)
    )


def _locality(code: str, text: str, latin: bool) -> tuple[str, str, str] | None:
    """(town, region, postcode) from the last part: "MA 2127", "Leeds LS1 4AB", "10115 Berlin",
    "Darwin NT 800", "LS1 4AB", "IL"; None when it holds none of them, or holds them in an order
    the country does not write ("10115 Berlin" in the US)."""
    pattern = addresses.postal_pattern(code)
    named = _region_at_end(code, text)
    # "D-10115 Berlin": Germany's postcode after its old sign; the sign stays on the postcode
    # read (whence.py takes it off where the format has none, and says so).
    bare = _unsigned(code, text)
    sign, text = text[: len(text) - len(bare)], bare
    if pattern is None:  # no postcodes (the UAE): a region ends the line, or nothing does
        return (named[1], named[0], "") if named is not None else None
    postcode_first = _postcode_first(code, latin)
    # "Karnataka - 560038": a dash between spaces sets the postcode apart, as India writes it.
    ends = re.fullmatch(rf"(?:(.*[^\s–—-])\s+(?:[–—-]\s+)?)?((?:{pattern}))", text, re.IGNORECASE)
    if ends is not None and (not ends[1] or postcode_first is not True):
        region, city = _region_at_end(code, ends[1] or "") or ("", ends[1] or "")
        return city, region, ends[2]
    starts = re.fullmatch(rf"((?:{pattern}))\s+(.+)", text, re.IGNORECASE)
    if starts is not None and postcode_first is not False:
        return starts[2], "", sign.replace(" ", "") + starts[1]
    # A postcode the spreadsheet cut short ("MA  2127"): only right after a region, which
    # says whose zeros it lost (the restoration is said where it is made).
    short = re.fullmatch(r"(.*?)\s*(\d{3,4})", text)
    before = _region_at_end(code, short[1]) if short is not None else None
    if short is not None and before is not None and _fits_with_zeros(pattern, short[2]):
        return before[1], before[0], short[2]
    return (named[1], named[0], "") if named is not None else None


def _unsigned(code: str, text: str) -> str:
    """`text` without a sign before its postcode that names `code` (its ISO code or the old
    sign postcode_signs.txt gives it: "D-10115 Berlin", "CH-8001 Zürich", "SE-411 14
    Göteborg"); as it is otherwise. The format puts back a sign its country prints abroad."""
    found = _SIGN.match(text)
    if found is None:
        return text
    signed = postcode_signs.signed(f"{found[1]}-{text[found.end() :].split(' ')[0]}")
    if signed is None and found[1] == code:  # "SE-411 14": a postcode with a space in it
        return text[found.end() :]
    return text[found.end() :] if signed is not None and signed[0] == code else text


#: A postcode's sign: capitals and a hyphen before a digit ("D-", "CH-", "SE-").
_SIGN = re.compile(r"([A-Z]{1,3})\s?-\s?(?=\d)")


def _region_at_end(code: str, text: str) -> tuple[str, str] | None:
    """(the region as written, the text before it) when `text` ends with one of the country's
    region keys or names, as whole words without case or accents ("Montréal Québec",
    "Darwin N.T."); None when it does not."""
    words = text.replace(",", " ").split()
    names = _region_keys(code)
    for n in range(min(len(words), 4), 0, -1):
        tail = " ".join(words[-n:])
        if _key(tail) in names or (n == 1 and tail.endswith(".") and _is_region(code, tail)):
            return tail, " ".join(words[:-n]).rstrip(" ,")
    return None


def _is_region(code: str | None, text: str) -> bool:
    """Whether `text` names one of the country's regions, also cut short with a full stop as
    the post writes it ("Тверская обл." for Тверская область: "Ярославской обл." in Russian
    Post's rules, Правила оказания услуг почтовой связи, 2005 No. 221)."""
    if code is None:
        return False
    if _key(text) in _region_keys(code):
        return True
    cut = text.rstrip().endswith(".")  # "Ill.", "Calif."
    return cut and countries.shortened_region(text, addresses.regions(code)) is not None


def _town_and_region(code: str, latin: bool, text: str) -> tuple[str, str] | None:
    """(town, region) of a part written as the country's format joins them on one line
    ("São Paulo - SP" for Brazil's "%C-%S"), or None."""
    found = re.search(r"%C([^%]+)%S", _template(code, latin))
    if found is None or not found[1].strip():
        return None
    town, sep, region = text.rpartition(found[1].strip())
    if sep and town.strip() and _is_region(code, region.strip()):
        return town.strip(), region.strip()
    return None


@cache
def _region_keys(code: str) -> frozenset[str]:
    return frozenset(k for n in addresses.region_names(code) if (k := _key(n)))


def _fits_with_zeros(pattern: str, digits: str) -> bool:
    return any(re.fullmatch(pattern, digits.zfill(n)) for n in range(len(digits) + 1, 10))


@cache
def _template(code: str, latin: bool) -> str:
    rules = countries.rules(code)
    # A country Google's data gives no format (Rwanda, Ghana) writes the default's order.
    found = rules.get("lfmt" if latin else "fmt") or rules.get("fmt")
    return str(found or countries.rules("ZZ").get("fmt", ""))


@cache
def _street_first(code: str, latin: bool) -> bool:
    """Whether the country's format writes the street before the town, region and postcode
    (not Korea's, China's or Japan's largest-first order in their own scripts: such a line,
    already in its order, prints as written)."""
    template = _template(code, latin)
    return "%A" in template and all(
        template.index("%A") < template.index(f) for f in ("%C", "%S", "%Z") if f in template
    )


@cache
def _postcode_first(code: str, latin: bool) -> bool | None:
    """Whether the country writes its postcode before the town on their line ("%Z %C"), after
    it ("%C, %S %Z"), or (None) on a line of its own."""
    for line in _template(code, latin).split("%n"):
        if "%Z" in line and "%C" in line:
            return line.index("%Z") < line.index("%C")
        if "%Z" in line and "%S" in line:
            return line.index("%Z") < line.index("%S")
    return None


def _street_lines(code: str, parts: list[str]) -> list[str]:
    """The street's parts as lines: one a part, but one line where the country writes commas
    inside its street line (street_lines.yaml: "ул. Ленина, д. 1, кв. 5", "Rua Augusta,
    1508"), a house number alone always beside the part before it, and a house's, lot's or
    building's number with its word ("Lot 5", "Building 1205") beside the part it is next to
    where the country's post has no line of its own for it."""
    if street_parts.comma_in_line(code):
        return [", ".join(parts)]
    lines: list[str] = []
    before = False  # the last line is a house's number alone, before its street ("No 12")
    for part in parts:
        if lines and (
            before or _NUMBER_ONLY.fullmatch(part) or street_parts.house_numbered(part, code)
        ):
            lines[-1], before = f"{lines[-1]}, {part}", False
        else:
            lines.append(part)
            before = street_parts.house_numbered(part, code)
    return lines


def split_us(text: str) -> list[str]:
    """A whole address written on one line with commas, as lines: the street's parts, then
    "City, ST ZIP" when its end is a US town, state code and ZIP code ("12 Oak St, Apt 3,
    Springfield, IL, 62704, United States" -> 12 Oak St / Apt 3 / Springfield, IL 62704 /
    United States); any other line as written, since where its town starts cannot be told."""
    parts = [p.strip() for p in text.split(",") if p.strip()]
    country = parts[-1:] if len(parts) > 3 and country_code(parts[-1]) else []
    parts = parts[: len(parts) - len(country)]
    states = {key for key, _ in addresses.regions("US")}
    tail = " ".join(parts[-2:])
    if len(parts) >= 4 and parts[-2] in states and usps.ZIP_ONLY.fullmatch(parts[-1]):
        return [*parts[:-3], f"{parts[-3]}, {tail}", *country]
    found = re.fullmatch(r"([A-Z]{2}) (\d{5}(?:-\d{4})?)", parts[-1]) if len(parts) >= 3 else None
    if found is not None and found[1] in states:
        return [*parts[:-2], f"{parts[-2]}, {parts[-1]}", *country]
    return [text]
