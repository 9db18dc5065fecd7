"""What a signer list's cell looks like: an e-mail, a phone number, a date, a postal code of
the countries in play, a region, a country, a street; the patterns in one place, and which of
them each field can and cannot hold."""

from __future__ import annotations

import ipaddress
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from importlib import resources

from packbuilder.signers import addresses, named_places, people, region_forms, street, units
from packbuilder.signers.countries import ambiguous, country_code
from packbuilder.signers.street_words import has_street_word

#: What a value may look like, most telling first: the order messages and choices follow.
LOOKS = (
    "email", "url", "ip", "timestamp", "date", "phone", "status", "postcode", "region", "country",
    "locality", "care_of", "po_box", "building", "place", "street", "number", "honorific",
    "household",
    "person", "words", "record",
    # Last: a top-level subdivision in ISO 3166-2 says region only against a header's word
    # (Guatemala's "Departamento"), never alone: capitals are subdivisions too (Toshkent).
    "subdivision",
)  # fmt: skip
#: Each look in the plural, for the column report and for messages.
PLURAL = {
    "email": "e-mail addresses",
    "url": "web addresses",
    "ip": "IP addresses",
    "timestamp": "dates and times",
    "date": "dates",
    "phone": "phone numbers",
    "status": "a record's statuses (of a payment, an order, a membership)",
    "postcode": "postal codes",
    "region": "states or regions",
    "subdivision": "the country's states, provinces or departments",
    "country": "countries",
    "locality": "towns with their state or region",
    "care_of": 'lines starting "c/o"',
    "po_box": "post office boxes",
    "building": "buildings of a block of flats",
    "place": "place names (a town, a district)",
    "street": "streets with a house number",
    "number": "numbers",
    "honorific": "honorifics (Mr, Pani, Bapak, ...)",
    "household": 'households ("Lee Household")',
    "person": "people's names",
    "words": "words without a digit",
    "record": "record numbers",
}
#: Each look with its article, for messages about one value.
SINGULAR = {
    "email": "an e-mail address",
    "url": "a web address",
    "ip": "an IP address",
    "timestamp": "a date and time",
    "date": "a date",
    "phone": "a phone number",
    "postcode": "a postal code",
    "region": "a state or region",
    "subdivision": "one of the country's states, provinces or departments",
    "country": "a country",
    "locality": "a town with its state or region",
    "care_of": 'a line starting "c/o"',
    "po_box": "a post office box",
    "building": "a building of a block of flats",
    "place": "a place name",
    "street": "a street with a house number",
    "number": "a number",
    "honorific": "an honorific",
    "household": "a household",
    "person": "a person's name",
    "words": "words without a digit",
    "record": "a record number",
}
#: Looks that are never part of a name or a postal address.
NOT_POSTAL = frozenset({"email", "url", "ip", "timestamp", "date", "phone", "status"})
#: The field a column of each look holds when its header does not say.
FIELD_OF = {
    "postcode": "postal_code",
    "region": "region",
    "subdivision": "region",
    "country": "country",
    "street": "street",
    "email": "email",
    "locality": "locality_line",
    "care_of": "care_of",
    "po_box": "po_box",
    "honorific": "prefix",
    "building": "building",
}

#: No name has a digit: a record's number ("ER-000123") is never one, nor a province written
#: with its kind (Korean 성 is a surname and a province: "吉林省").
_NAME_NEVER = (NOT_POSTAL - {"status"}) | {"postcode", "number", "record", "subdivision"}
#: Field (without its address set's prefix) -> (looks that fit it, looks it never holds). A
#: value contradicts a field when it has a look the field never holds and none that fits.
RULES: dict[str, tuple[frozenset[str], frozenset[str]]] = {
    # A household ("Lee Household", NPSP's account name) signs no letter: no one person's name.
    **{
        f: (frozenset(), _NAME_NEVER | {"household"})
        for f in ("name", "first_name", "middle_name", "middle_name2", "last_name")
    },
    # A suffix is Jr., III or PhD: a number under it is the elector number's suffix (ENO 1).
    "suffix": (frozenset(), _NAME_NEVER),
    # A street under "Ünvan" (Azerbaijani for the address; Turkish for a title): no honorific
    # has a house number.
    "prefix": (frozenset({"honorific"}), NOT_POSTAL | {"postcode", "street", "locality"}),
    "street": (frozenset({"street"}), NOT_POSTAL | {"postcode"}),
    # A reference or landmark ("Referencia": "Frente al parque") is no order's code
    # ("PED-100234"), which a Spanish order export writes under the same word.
    "street3": (frozenset(), NOT_POSTAL | {"record"}),
    # Magento's "_address_default_billing_" of 1 or 0 (or an address id): a flag saying which
    # address is the default, never an address.
    "address": (frozenset({"street"}), NOT_POSTAL | {"postcode", "number"}),
    **{
        f: (frozenset(), NOT_POSTAL)
        for f in (
            *("street2", "street4", "street5", "street6", "care_of"),
            *("building", "house_number", "po_box", "district"),
        )
    },
    # "Area" is a locality in the UAE and India, but a column of countries under it is the
    # country.
    # A Korean "동" column is the neighbourhood (역삼동) or, in a block of flats, the building
    # ("101동"): the values tell.
    # Saint Lucia's "Quarter" or Guatemala's "Departamento": a column of the country's top-level
    # subdivisions (ISO 3166-2, where Google's data lists none) under it is the region.
    "neighbourhood": (frozenset(), NOT_POSTAL | {"postcode", "country", "building", "subdivision"}),
    # Spanish "Departamento" is a flat in Argentina and a region in Colombia: a column of
    # region names under it is the region.
    "unit": (frozenset(), NOT_POSTAL | {"region", "subdivision"}),
    "city": (frozenset(), NOT_POSTAL | {"postcode", "number", "building"}),
    "region": (frozenset({"region"}), NOT_POSTAL | {"postcode"}),
    # A phone number is not telling here: ZIP+4 without its dash has nine digits.
    "postal_code": (frozenset({"postcode"}), NOT_POSTAL - {"phone"} | {"words", "region"}),
    "postal_code_ext": (frozenset({"postcode", "number"}), NOT_POSTAL | {"words"}),
    # A "Kraj" of "Jihomoravský kraj" (a Czech region) is no country: words that name none.
    "country": (frozenset({"country"}), NOT_POSTAL | {"postcode", "number", "words"}),
}

#: Characters past which a value is free text (a whole address in one cell is shorter).
LONGEST = 200
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s.]+")
_URL = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_DATE = (
    r"(?:\d{4}([-/.])\d{1,2}\1\d{1,2}|\d{1,2}([-/.])\d{1,2}\2\d{4}|\d{1,2}([/.])\d{1,2}\3\d{2}"
    rf"|{_MONTH} \d{{1,2}},? \d{{4}}|\d{{1,2}} {_MONTH},? \d{{4}}"
    r"|\d{4} ?[年년] ?\d{1,2} ?[月월] ?\d{1,2} ?[日일]?)"
)
_TIME = (
    r"[T ,]+\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:[ap]\.?m\.?)?"
    r"\s*(?:z|[+-]\d{2}:?\d{2}|[a-z]{2,5})?"
)
_DATE_ONLY = re.compile(_DATE, re.IGNORECASE)
_TIMESTAMP = re.compile(_DATE + _TIME, re.IGNORECASE)
_PHONE = re.compile(r"\+?[\d\s().\-/]+(?:\s*(?:x|ext\.?)\s*\d+)?", re.IGNORECASE)
#: An amount, a count or a record number: an order or invoice is "#1001" (Shopify's Name).
_NUMBER = re.compile(r"(?:#|№)?[-+]?[$€£¥₩]?\s?\d[\d,.' ]*\s?(?:[$€£¥₩%]|[a-z]{3})?", re.IGNORECASE)
_DIGIT = re.compile(r"\d")
_WORD = re.compile(r"[^\W\d_]+")
#: A record's number (a Salesforce record name "ER-000123", an id "a0B5g00000XyZ12"): one word
#: of two letters in a row and three digits or more.
_RECORD = re.compile(r"[\w#/.-]+")
_LETTERS = re.compile(r"[^\W\d_]{2}")

#: Korean, Chinese and Japanese street endings (도로명: 대로, 로, 길; 路, 街, 道; 丁目, 番地).
_CJK_STREET = re.compile(
    r"(?:대로|로|길|路|街|道|丁目|番地|番|号)\s*\d|\d\s*(?:丁目|番地|番|号|번길)"
)


def looks(value: str, countries: tuple[str, ...]) -> frozenset[str]:
    """Every look `value` has, judged against the postal codes and regions of `countries`."""
    if len(value) > LONGEST:
        return frozenset()  # free text: no postcode, date or street is this long
    text = " ".join(unicodedata.normalize("NFKC", value).split())
    found: set[str] = set()
    if _EMAIL.fullmatch(text):
        return frozenset({"email"})
    if _URL.fullmatch(text):
        return frozenset({"url"})
    if _is_ip(text):
        return frozenset({"ip"})
    if _TIMESTAMP.fullmatch(text):
        return frozenset({"timestamp"})
    if _DATE_ONLY.fullmatch(text):
        return frozenset({"date"})
    if " ".join(text.casefold().split()) in STATUSES:
        return frozenset({"status"})  # Wompi's "Estado" of 'APROBADA': a payment's status
    digits = len(_DIGIT.findall(text))
    if digits and any(_fits(code, text) for code in countries):
        found.add("postcode")
    elif _is_phone(text, digits):
        found.add("phone")
    elif _NUMBER.fullmatch(text):
        found.add("number")
    key = _key(text)
    # A code is written in capitals ("IL", "NO"): "in" and "no" in a yes/no column are words.
    coded = len(key) > 3 or text.isupper() or not text.isascii()
    if coded and any(key in _regions(code) for code in countries):
        found.add("region")
        if text.endswith(_CJK_KINDS):  # "吉林省", not "Georgia": a region by its own word
            found.add("subdivision")
    elif coded and any(_top_subdivision(code, text) for code in countries):
        found.add("subdivision")
    elif text.endswith(")") and region_forms.bracketed(text) is not None:
        found.add("region")  # Odoo's "Illinois (US)": a region with its country's code
    if coded and not digits and (country_code(text) is not None or ambiguous(text)):
        found.add("country")  # "Congo" is one of two countries, still a country
    if street.care_of(text):
        found.add("care_of")  # "c/o Mercy Hospital": a line above the street
    if digits and len(text) < 40 and street.is_box(text, countries):
        found.add("po_box")  # "S.L.P. 4567", "Postfach 10 02 03": a box's words and number
    if units.is_building(text) or people.premises(text):
        found.add("building")  # "101동": one building of a block of flats
    if digits and (_CJK_STREET.search(text) or has_street_word(text)):
        found.add("street")
    elif "," in text and _locality(text, countries):
        found.add("locality")
    if digits >= 3 and _RECORD.fullmatch(text) and _LETTERS.search(text):
        found.add("record")
    if not digits and _WORD.search(text):
        found.add("words")
        # A one-letter honorific with its full stop only ("M.", "κ."): "M" is a size or a sex.
        if people.honorific(text) and (len(text) > 1 or text.endswith(".")):
            found.add("honorific")
        if people.household(text):
            found.add("household")
        elif not found & {"region", "country"} and people.is_person(text):
            found.add("person")
        if not found & {"region", "country"} and people.is_place(text):
            found.add("place")
    return frozenset(found)


def _locality(text: str, countries: tuple[str, ...]) -> bool:
    """A town, a comma, and its state or region of `countries`, perhaps with the postal code
    after it: "Springfield, IL", "Springfield, IL 62704-1234", "Austin, Texas"."""
    town, _, rest = text.rpartition(",")
    if not town.strip() or _DIGIT.search(town) or "," in town:
        return False
    words = rest.split()
    for cut in range(len(words), 0, -1):
        region, code = " ".join(words[:cut]), " ".join(words[cut:])
        coded = len(_key(region)) > 3 or region.isupper()
        if not coded or not any(_key(region) in _regions(c) for c in countries):
            continue
        if not code or any(_fits(c, code) for c in countries):
            return True
    return False


def telling_alone(what: str, sample: Sample) -> bool:
    """True for looks no ID, amount or short answer has: a street, an e-mail, a postal code
    with a letter, a region or country spelled out, a town with its state."""
    if what in ("street", "email", "locality", "care_of", "honorific", "po_box"):
        return True
    texts = [text for (_, text), f in zip(sample.values, sample.looks, strict=True) if what in f]
    if what == "postcode":
        return any(not t.replace("-", "").replace(" ", "").isdigit() for t in texts)
    return any(len(t) > 3 for t in texts)


def contradicts(field: str, found: frozenset[str]) -> bool:
    """True when a value of these looks cannot be the field (without its set's prefix)."""
    fits, never = RULES.get(field, (frozenset(), frozenset()))
    return bool(found & never) and not found & fits


def _listed(name: str) -> frozenset[str]:
    """The lines of one of the package's word lists (one phrase a line, '#' starts a
    comment), each folded to lower case with its spaces made single."""
    text = resources.files(__package__).joinpath(name).read_text("utf-8")
    return frozenset(
        " ".join(line.casefold().split())
        for line in text.splitlines()
        if line.strip() and not line.startswith("#")
    )


#: Answers to a yes/no question (a consent, a "Pathways Enrolled"), in the languages of the
#: lists served (answers.txt): never a town, a street or a state.
ANSWERS = _listed("answers.txt")
#: A record's status (statuses.txt: 'APROBADA', 'paid', '已付款'): never an address's part.
STATUSES = _listed("statuses.txt")


def may_be(part: str, text: str, found: frozenset[str], countries: tuple[str, ...] = ()) -> bool:
    """Whether a value under a header not understood may be the address part `part` (without
    its set's prefix), beside an address that lacks it: never a yes/no answer; a street has a
    house number beside its words ("12 Oak St", "Hauptstraße 5"; "M12" and "15E" are codes) or
    a street word; a state is one of the country's own where its regions are known (values
    `found` judged by `countries`)."""
    if contradicts(part, found) or " ".join(text.casefold().split()) in ANSWERS:
        return False
    if part == "street":
        words = len(text.split()) > 1 and _WORD.search(text) is not None
        numbered = words and _DIGIT.search(text) is not None
        return "street" in found or numbered or has_street_word(text)
    if part == "region":
        return "region" in found or not any(_regions(code) for code in countries)
    return True


def may_fill(text: str, missing: tuple[str, ...], countries: tuple[str, ...]) -> str | None:
    """The first of the missing parts a cell under a header not understood may be: not an
    e-mail, phone number or date, not a long identifier ("action_network:0f3c2b1a-..."), not
    a bare number standing for a postcode (a member number; the values reader places an
    unlabelled postcode column itself), and what that part looks like (may_be: a
    street with a number, a state of the row's country, no yes/no answer)."""
    found = looks(text, countries)
    if (found and found <= NOT_POSTAL) or len(text.strip()) < 2:
        return None  # one letter is a code ('Y', 'L'), never a town, street or region
    if " " not in text and len(text) >= 16 and any(c.isdigit() for c in text):
        return None
    if len(text.split()) >= 6 and not any(c.isdigit() for c in text):
        return None  # a sentence ("Because no one should be sent back"): a comment
    return next(
        (
            part
            for part in missing
            if may_be(part, text, found, countries)
            and not (part == "postal_code" and ("number" in found or _digits_only(text)))
        ),
        None,
    )


def _digits_only(text: str) -> bool:
    return text.replace("-", "").replace(" ", "").isdigit()


def telling(found: Iterable[frozenset[str]], share: float) -> str | None:
    """The look most telling that at least `share` of the values have, or None."""
    values = list(found)
    if not values:
        return None
    for look in LOOKS:
        if sum(1 for f in values if look in f) >= share * len(values):
            return look
    return None


def _is_phone(text: str, digits: int) -> bool:
    """A phone number: 9 to 15 digits in groups, or fewer after a "+" or an area code in
    brackets. Seven or eight digits with one dash are as often a postal code (Japan's 100-0001,
    Brazil's 01310-100) as a local number: not telling."""
    if not 7 <= digits <= 15 or not _PHONE.fullmatch(text) or len(text) == digits:
        return False
    return digits >= 9 or text.startswith("+") or "(" in text


def _is_ip(text: str) -> bool:
    if not text or not (text[0].isdigit() or ":" in text) or " " in text:
        return False
    try:
        ipaddress.ip_address(text)
    except ValueError:
        return False
    return "." in text or text.count(":") >= 2


def _key(text: str) -> str:
    return "".join(ch for ch in text.casefold() if ch.isalnum())


def _fits(code: str, text: str) -> bool:
    return addresses.postal_code_problem(code, text) is None and addresses.has_postal_codes(code)


#: The kinds of region Chinese, Japanese and Korean write after its name, which no name ends in.
_CJK_KINDS = (
    "省", "自治区", "特别行政区", "特別行政區", "都", "府", "県", "道",
    "도", "특별시", "광역시", "특별자치시",
)  # fmt: skip
#: What the address data writes after a region's own name, which people leave off
#: ("北京市" and "Beijing Shi" are written 北京, Beijing; "서울특별시" 서울; "東京都" 東京).
_REGION_KINDS = (
    "特别行政区", "特別行政區", "自治区", "특별자치시", "특별자치도", "특별시", "광역시",
    "省", "市", "都", "府", "県", "道", "도", " shi", " sheng", " zizhiqu", " prefecture",
)  # fmt: skip


def refutes(
    field: str, text: str, found: frozenset[str], countries: tuple[str, ...], chosen: bool
) -> bool:
    """True when the value `text` (of looks `found`) says its column is not the field. A door
    or flat that is a region's code ('B' is Barcelona's and Puerta B; 'PH' a penthouse) is
    still a door: only a region's name under a unit header (Colombia's Departamento
    'Cundinamarca') says region. A column signer_columns `chosen` is taken at its word but for
    values no name or address holds (an e-mail, a phone number, a date)."""
    if not contradicts(field, found) or (chosen and not found & NOT_POSTAL):
        return False
    if field != "unit" or found & RULES[field][1] - {"region"}:
        return True
    return any(_key(text) in _region_names(code) for code in countries)


def _top_subdivision(code: str, text: str) -> bool:
    """Whether the text names one of the country's top-level subdivisions in ISO 3166-2 (its
    departments, quarters, cantons): where Google's data lists none of its regions, or spells
    them otherwise (Peru's "Cusco", Google's "Cuzco")."""
    return named_places.is_top_subdivision(code, text)


@cache
def _region_names(code: str) -> frozenset[str]:
    """A country's regions by their names only (not their codes), as `_regions` folds them."""
    codes = {_key(key.casefold()) for key, _ in addresses.regions(code)}
    names = {_key(name.casefold()) for _, name in addresses.regions(code)}
    return frozenset(_regions(code) - (codes - names))


@cache
def _regions(code: str) -> frozenset[str]:
    """A country's regions as people write them: code, name and Latin name ("IL", "Illinois";
    "東京都", "Tokyo"), also without the kind of region ("北京"), compared without case, spaces
    or punctuation."""
    found = set()
    for name in addresses.region_names(code):
        folded = name.casefold()
        found.add(_key(folded))
        bare = next((folded[: -len(k)] for k in _REGION_KINDS if folded.endswith(k)), "")
        if len(_key(bare)) >= 2:
            found.add(_key(bare))
    found.discard("")
    return frozenset(found)


@dataclass(frozen=True)
class Sample:
    """The first values of a column (placeholders left out), each with its line."""

    values: tuple[tuple[int, str], ...]
    looks: tuple[frozenset[str], ...]

    def first(self, look: str | None = None) -> tuple[int, str]:
        """The first value with `look` (any value when None), with its line."""
        return next(
            (v for v, f in zip(self.values, self.looks, strict=True) if look is None or look in f),
            self.values[0],
        )

    def count(self, look: str) -> int:
        return sum(1 for f in self.looks if look in f)
