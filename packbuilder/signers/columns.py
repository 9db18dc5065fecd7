"""Which column of a signer list holds which part of a name or address: the header tables of
the platforms organisers export from, in the languages the pack is made for."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

#: Fields of a home (or only) address; a mailing address has the same fields with "m_".
ADDRESS_FIELDS = (
    "street",
    "house_number",
    "street2",
    "street3",
    "unit",
    "city",
    "region",
    "postal_code",
    "postal_code_ext",
    "country",
)
NAME_FIELDS = ("name", "prefix", "first_name", "middle_name", "last_name", "suffix")
FIELDS = (
    *NAME_FIELDS,
    "address",
    *ADDRESS_FIELDS,
    *(f"m_{f}" for f in ADDRESS_FIELDS),
    "email",
)

#: What each field is called in the column report and in messages.
LABELS = {
    "name": "full name",
    "prefix": "name prefix",
    "first_name": "first name",
    "middle_name": "middle name",
    "last_name": "last name",
    "suffix": "name suffix",
    "address": "whole address",
    "street": "street",
    "house_number": "house number",
    "street2": "street line 2",
    "street3": "street line 3",
    "unit": "apartment/unit",
    "city": "town/city",
    "region": "state/region",
    "postal_code": "postal code",
    "postal_code_ext": "ZIP+4",
    "country": "country",
    "email": "e-mail",
}
for _f in ADDRESS_FIELDS:
    LABELS[f"m_{_f}"] = f"mailing {LABELS[_f]}"

#: Header texts recognised for each field, as the platforms and spreadsheets spell them.
#: Matching ignores case, spaces, punctuation and a trailing "(optional)".
SYNONYMS: dict[str, tuple[str, ...]] = {
    "name": (
        "Name", "Full name", "Your name", "Your full name", "Signer", "Signatory", "full_name",
        "Name (first and last)", "First and last name", "Vollständiger Name", "Nom complet",
        "Nombre completo", "Nombre y apellidos", "Nom", "Imię i nazwisko", "Namn", "성명",
        "이름", "姓名", "名字",
    ),
    "prefix": (
        "Prefix", "Salutation", "Honorific", "Name prefix", "Title", "Anrede", "Civilité",
        "Tratamiento",
    ),
    "first_name": (
        "First name", "Given name", "First", "Forename", "FirstName", "Given names",
        "Vorname", "Prénom", "Nombre", "Imię", "Förnamn", "名",
    ),
    "middle_name": ("Middle name", "MiddleName", "Middle", "Middle initial"),
    "last_name": (
        "Last name", "Surname", "Family name", "Last", "LastName", "Nachname", "Familienname",
        "Nom de famille", "Apellido", "Apellidos", "Nazwisko", "Efternamn", "성", "姓",
    ),
    "suffix": ("Suffix", "Name suffix"),
    "street": (
        "Street", "Street address", "Address 1", "Address line 1", "Address1", "Street line 1",
        "can2_user_address", "primary_address1", "Home Address 1", "AddressLine1",
        "Straße", "Strasse", "Straße und Hausnummer", "Adresse ligne 1", "Calle",
        "Dirección línea 1", "Ulica", "Gatuadress", "도로명주소", "街道地址", "详细地址",
        "詳細地址",
    ),
    "house_number": ("House number", "Hausnummer", "Hausnr", "Numéro", "Número"),
    "street2": (
        "Address 2", "Address line 2", "Address2", "Street line 2", "primary_address2",
        "Home Address 2", "AddressLine2", "Adresszusatz", "Complément d'adresse",
        "Adresse ligne 2", "Dirección línea 2", "상세주소", "Street Address Line 2",
    ),
    "street3": ("Address 3", "Address line 3", "Address3", "primary_address3", "AddressLine3"),
    "unit": (
        "Apt", "Apartment", "Suite", "Apt/Suite", "Unit", "Apartment, suite, unit",
        "Apartment, suite, etc.", "Apt, suite, etc.", "Apartment or suite", "Apt/Suite/Unit",
        "Flat", "Wohnung", "Appartement", "Piso",
    ),
    "city": (
        "City", "Town", "Town/City", "City/Town", "Town or city", "City or town", "Locality",
        "can2_user_city", "primary_city", "Home City", "Suburb", "Suburb/Town", "Ort", "Stadt",
        "Wohnort", "Ville", "Commune", "Miasto", "Miejscowość", "Ciudad", "Localidad",
        "Población", "Municipio", "시/군/구", "도시", "城市", "市", "Post town", "Postal town",
    ),
    "region": (
        "State", "Province", "Region", "State/Province", "State/Province/Region",
        "can2_state_abbreviated", "primary_state", "Home State", "Bundesland", "Provincia",
        "Estado", "Comunidad autónoma", "시/도", "省", "省份", "省/直辖市",
        "State/Region/Province", "County/State/Province",
    ),
    "postal_code": (
        "Zip", "ZIP code", "Zip5", "Postal code", "Postcode", "Post code", "Zip/Postal code",
        "Zip or postal code", "Postal/Zip code", "zip_code", "primary_zip", "Home Zip", "PLZ",
        "Postleitzahl", "Code postal", "CP", "Código postal", "C.P.", "Kod pocztowy",
        "Postnummer", "우편번호", "邮编", "邮政编码", "郵遞區號", "郵便番号", "Zip/Post code",
        "Post/Zip code", "Postal/Zip",
    ),
    "postal_code_ext": ("Zip4", "Plus4", "ZIP+4 code"),
    "country": (
        "Country", "Country/Region", "primary_country", "Home Country", "can2_country",
        "Land", "Pays", "País", "Kraj", "국가", "나라", "国家", "國家",
    ),
    "email": (
        "Email", "E-mail", "Email address", "Your email", "PreferredEmail", "HomeEmail",
        "E-Mail-Adresse", "Courriel", "Adresse e-mail", "Correo electrónico", "이메일",
        "电子邮件", "邮箱", "電子郵件",
    ),
    "m_street": ("mAddress", "mAddressLine1", "mailing_address1"),
    "m_street2": ("mAddressLine2", "mailing_address2"),
    "m_street3": ("mailing_address3",),
    "m_city": ("mCity", "mailing_city"),
    "m_region": ("mState", "mailing_state"),
    "m_postal_code": ("mZip5", "mZip", "mailing_zip"),
    "m_postal_code_ext": ("mZip4",),
    "m_country": ("mailing_country", "mCountry"),
}  # fmt: skip

#: Prefix headers that may hold something other than an honorific (a job title, "Dear Ann"):
#: a value from these prints before the name only when it is an honorific.
MAYBE_PREFIX = frozenset({"title", "salutation", "anrede", "civilite", "civilité", "tratamiento"})

#: Honorifics, compared without case and full stops ("Dr." = "dr").
HONORIFICS = frozenset(
    (
        "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "rev", "revd", "reverend",
        "fr", "father", "sr", "sister", "br", "brother", "pastor", "rabbi", "imam", "sir",
        "dame", "lord", "lady", "hon", "cllr", "judge", "capt", "col", "maj", "gen", "lt",
        "sgt", "herr", "frau", "fräulein", "m", "mme", "mlle", "monsieur", "madame",
        "mademoiselle", "me", "pr", "sra", "srta", "señor", "señora", "señorita", "don", "doña",
        "dra",
    )
)  # fmt: skip


def is_honorific(text: str) -> bool:
    words = text.casefold().replace(".", " ").split()
    return bool(words) and all(w in HONORIFICS or w in ("dr", "rt") for w in words)


#: Headers that hold a whole address: a street line when the list also has a town column,
#: the whole address (lines, or Mailchimp's parts two spaces apart) when it does not.
ADDRESS_HEADERS = (
    "Address", "Mailing address", "Postal address", "Full address", "Home address",
    "Address (street, city, postcode)", "Anschrift", "Adresse", "Postanschrift", "Dirección",
    "Domicilio", "주소", "地址", "住址", "通讯地址",
)  # fmt: skip

#: Secondary headers, used only when no column has the field's main name.
FALLBACK = {
    "county": "region",
    "primarycountrycode": "country",
    "mailingcountrycode": "m_country",
    "countrycode": "country",
}


def key(header: str) -> str:
    """A header reduced to lower-case letters and digits, so spelling variants compare equal;
    a parenthesised note such as "(optional)" and a required-marker "*" do not count."""
    text = unicodedata.normalize("NFKC", header).casefold()
    text = re.sub(r"\((?:optional|required|if any|if applicable|facultatif|opcional)\)", "", text)
    return "".join(ch for ch in text if ch.isalnum())


DETECT: dict[str, str] = {key(text): f for f, texts in SYNONYMS.items() for text in texts}
ADDRESS_KEYS = frozenset(key(h) for h in ADDRESS_HEADERS)


@dataclass(frozen=True)
class Platform:
    """An exporter recognised by its header, and the columns it writes that are not a
    signer's own postal data (so they are never read as an address part)."""

    name: str
    #: Header keys that identify the platform (all present).
    marks: frozenset[str]
    #: Header key -> why the column is not used.
    not_postal: Mapping[str, str]
    #: Only the first column with such a key is not used (a later one is the form's question).
    first_only: bool = False


_OTHER = "another of the person's addresses (work, billing, shipping ...), not their own"
_COUNTY = "a county, which a postal address does not need"
#: Header keys of address sets other than the home and mailing ones (Eventbrite, NationBuilder).
_OTHER_SETS = re.compile(r"^(work|billing|shipping|registered|usersubmitted|business|office)")
#: Words that make an unrecognised header look like part of a postal address.
_ADDRESSY = re.compile(
    r"addr|street|strasse|straße|city|town|zip|postal|postcode|plz|apt|apartment|suite|unit"
    r"|state|province|region|country|suburb|district|county|village|localit|ort$|ville|ciudad"
    r"|direcci|adresse|domicilio|주소|우편|시도|地址|邮编|郵遞|住址"
)


def looks_like_address(header_key: str) -> bool:
    """True when a header no table knows still reads like part of a postal address."""
    return bool(_ADDRESSY.search(header_key))


_GEO = "Mailchimp's guess of where the subscriber opened e-mail (geo-IP), not their address"
_ACCOUNT = "the Microsoft account that answered the form, not the form's own answer"

PLATFORMS = (
    Platform(
        "Mailchimp audience export",
        frozenset({"latitude", "longitude"}),
        {
            k: _GEO
            for k in ("region", "cc", "latitude", "longitude", "gmtoff", "dstoff", "timezone")
        },
    ),
    Platform(
        "Microsoft Forms",
        frozenset({"id", "starttime", "completiontime"}),
        {"name": _ACCOUNT, "email": _ACCOUNT},
        first_only=True,
    ),
    Platform("EveryAction / NGP VAN export", frozenset({"vanid"}), {}),
    Platform("NationBuilder people export", frozenset({"nationbuilderid"}), {}),
    Platform("NationBuilder people export", frozenset({"primaryaddress1"}), {}),
    Platform("Eventbrite attendee report", frozenset({"order", "attendee"}), {}),
    Platform("Eventbrite attendee report", frozenset({"homeaddress1"}), {}),
    Platform("Action Network export", frozenset({"can2useraddress"}), {}),
    Platform("Action Network export", frozenset({"can2subscriptionstatus"}), {}),
    Platform("Google Forms", frozenset({"timestamp"}), {}),
)


@dataclass(frozen=True)
class Mapping_:
    """The columns chosen for each field, and those deliberately left out."""

    platform: str | None
    #: Field -> column index.
    found: dict[str, int]
    #: Column index -> why it is not used (only for columns that look like data but are not).
    not_postal: dict[int, str]
    #: Warnings about the header: (column index, message).
    notes: tuple[tuple[int, str], ...]
    #: Errors about signer_columns: (column index, message).
    errors: tuple[tuple[int, str], ...]


def sub_label(header: str) -> str | None:
    """The field of a Jotform-style split column, "Question - Sub-label" ("Address - City",
    "Name - First Name"), from its sub-label; None when the header is not of that form or the
    question is another address set (a "Work Address - City" is not the signer's town)."""
    question, sep, label = header.rpartition(" - ")
    if not sep or _OTHER_SETS.match(key(question)):
        return None
    field = DETECT.get(key(label))
    if field is None and key(label) in ADDRESS_KEYS:
        field = "street"
    return field


#: Words in a header, each with the field they suggest, for advice about a column no table
#: knows: a postcode column is never suggested as the town.
_HINTS = (
    (re.compile(r"zip|postcode|postal|plz|postleitzahl|codepostal|우편|邮编|郵遞"), "postal_code"),
    (re.compile(r"country|land$|pays|pa[ií]s|국가|国家"), "country"),
    (re.compile(r"state|province|region|county|bundesland|provincia"), "region"),
    (re.compile(r"apt|apartment|suite|unit|flat"), "unit"),
    (re.compile(r"city|town|suburb|locality|village|ort$|ville|ciudad|stadt"), "city"),
    (re.compile(r"street|addr|strasse|straße|direcci|adresse|domicilio|주소|地址|住址"), "street"),
)


def suggest_field(header_key: str) -> str | None:
    """The one field an unknown address-like header seems to hold, or None when it reads like
    none or several (then no field is suggested)."""
    hits = [field for pattern, field in _HINTS if pattern.search(header_key)]
    return hits[0] if len(hits) == 1 else None


def detect_platform(keys: Sequence[str]) -> Platform | None:
    present = set(keys)
    return next((p for p in PLATFORMS if p.marks <= present), None)


def map_columns(cells: Sequence[str], columns: Mapping[str, str]) -> Mapping_:
    """Decide which column feeds which field: `columns` (signer_columns) first, then the
    platform's rules, then the header tables, then the rules that depend on the neighbours."""
    from packbuilder.errors import did_you_mean

    keys = [key(c) for c in cells]
    platform = detect_platform(keys)
    not_postal: dict[int, str] = {}
    for i, k in enumerate(keys):
        if platform is not None and k in platform.not_postal:
            # Microsoft Forms writes its account Name and Email once, right after the times;
            # a form question also titled "Name" comes later (renamed "Name2" by Forms).
            if platform.first_only and k in (keys[j] for j in not_postal):
                continue
            not_postal[i] = platform.not_postal[k]
    if platform is not None and platform.first_only:
        keys = [_undup(k, keys) for k in keys]
    found: dict[str, int] = {}
    mapped: set[str] = set()
    notes: list[tuple[int, str]] = []
    errors: list[tuple[int, str]] = []
    for field, wanted in columns.items():
        if field not in FIELDS:
            errors.append((0, f"signer_columns names an unknown field '{field}'"
                              f"{did_you_mean(field, FIELDS)}"))  # fmt: skip
            continue
        mapped.add(field)
        exact = [i for i, cell in enumerate(cells) if cell.strip() == wanted.strip()]
        loose = [i for i, k in enumerate(keys) if k and k == key(wanted)]
        matches = exact or loose
        if not matches:
            hint = did_you_mean(wanted.strip(), [c.strip() for c in cells if c.strip()])
            errors.append((0, f"signer_columns maps {field} to '{wanted}', but the header has "
                              f"no such column{hint}"))  # fmt: skip
            continue
        index = matches[0]
        other = next((f for f, i in found.items() if i == index), None)
        if other is not None:
            errors.append((index, f"signer_columns maps both {other} and {field} to column "
                                  f"'{cells[index]}'"))  # fmt: skip
            continue
        found[field] = index
        not_postal.pop(index, None)
    claimed = set(found.values())
    has_city = any(DETECT.get(k) in ("city", "m_city") for k in keys) or "city" in found
    for index, k in enumerate(keys):
        if index in claimed or index in not_postal or not k:
            continue
        detected = (
            DETECT.get(k)
            or (("street" if has_city else "address") if k in ADDRESS_KEYS else None)
            or sub_label(cells[index])
        )
        if detected is None or detected in mapped:
            continue
        if detected in found:
            first = found[detected]
            message = (
                f"column '{cells[index].strip()}' also looks like {LABELS[detected]}; using "
                f"column {first + 1} '{cells[first].strip()}' (choose with signer_columns)"
            )
            notes.append((index, message))
            continue
        found[detected] = index
    for index, k in enumerate(keys):
        fallback = FALLBACK.get(k)
        if fallback and fallback not in found and fallback not in mapped:
            found[fallback] = index
        elif fallback and fallback in found and index not in found.values():
            kept = cells[found[fallback]].strip()
            not_postal.setdefault(index, f"a second {LABELS[fallback]} column; '{kept}' is used")
    _name_in_context(found, keys, mapped)
    used = set(found.values())
    for index, k in enumerate(keys):
        if index in used or index in not_postal:
            continue
        if _OTHER_SETS.match(k) and looks_like_address(k):
            not_postal[index] = _OTHER
        elif k.endswith("county"):
            not_postal[index] = _COUNTY
    return Mapping_(
        platform.name if platform else None, found, not_postal, tuple(notes), tuple(errors)
    )


def _undup(k: str, keys: Sequence[str]) -> str:
    """Microsoft Forms' "Name2" for a question titled like its own "Name" column."""
    base = k.rstrip("0123456789")
    return base if base != k and base in ("name", "email") and base in keys else k


def _name_in_context(found: dict[str, int], keys: Sequence[str], mapped: set[str]) -> None:
    """German "Name" and French "Nom" beside a first-name column are the family name; Korean
    "이름" beside a family-name column (성) is the given name."""
    name = found.get("name")
    if name is None or "name" in mapped:
        return
    if keys[name] in ("name", "nom") and "first_name" in found and "last_name" not in found:
        found["last_name"] = found.pop("name")
    elif keys[name] == "이름" and "last_name" in found and "first_name" not in found:
        found["first_name"] = found.pop("name")
