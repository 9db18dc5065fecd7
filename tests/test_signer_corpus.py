"""The signer-list corpus (tests/signer_corpus.py): every export gives exactly its letters, or
a located refusal; and the header reader, property-tested."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st
from signer_corpus import BY_VALUES, CORPUS, LANGUAGES, MORE_PLATFORMS, Case, excel_bytes
from signer_corpus_abroad import ABROAD
from signer_corpus_beyond import BEYOND
from signer_corpus_borders import BORDERS
from signer_corpus_codes9 import REGION_CODES, TEXT_MARKS
from signer_corpus_counted import (
    COUNTED,
    IDS,
    INVISIBLE,
    KEYS,
    KOREA_AND_ETHIOPIA,
    KOREAN_NAME_SUFFIX,
    SIGNATURES,
    TWO_HOUSE_NUMBERS,
)
from signer_corpus_countries import COUNTRIES
from signer_corpus_directions import (
    CROSS_STREETS,
    DIRECTIONS,
    FLOORS,
    HAMLETS,
    HUNTED,
    NOT_THE_ADDRESS,
    NUMBER_KINDS,
    NUMBERS_BESIDE,
)
from signer_corpus_dropped import DROPPED, HELD_OUT, OTHER_ALPHABET, WHOSE_SET
from signer_corpus_elsewhere import ELSEWHERE
from signer_corpus_encodings7 import COUNTRIES_NAMED, NOT_A_LETTER, ONE_READING
from signer_corpus_encodings8 import LETTERS_IN_PLACE
from signer_corpus_far import FAR
from signer_corpus_formats8 import FORMATS8
from signer_corpus_forms import FORMS
from signer_corpus_further import FURTHER
from signer_corpus_glued import ACCOUNT_NAMES, GIVEN_APART, GLUED
from signer_corpus_household import FIRMS, MIDDLE_NAMES, PEOPLE_BESIDE, SAME_PERSON
from signer_corpus_inferred import INFERRED
from signer_corpus_languages import MORE_LANGUAGES
from signer_corpus_lastcheck import LINES, NAME_WORDS, SURVEY_ROWS
from signer_corpus_layout9 import LAYOUT9
from signer_corpus_lead9 import NAME_ONLY_SET, R13_WORDS, STATUSES, WHOLE_IN_GIVEN
from signer_corpus_levels import LEVELS
from signer_corpus_local_forms import LOCAL_FORMS
from signer_corpus_long import LONG
from signer_corpus_names import (
    HONORIFICS,
    HOUSEHOLDS,
    NAME_PARTS,
    NOT_A_NAME,
    REVIEWED,
    WHOSE,
)
from signer_corpus_nations import NATIONS
from signer_corpus_not_address import NOT_AN_ADDRESS, PLACES_AND_PARTS, THINGS_AND_PEOPLE
from signer_corpus_onecell9 import (
    CELL_AND_POSTCODE,
    LARGEST_FIRST,
    NO_LATIN_COMMAS,
    ONE_CELL_PIECES,
)
from signer_corpus_pais_o_region import PAIS_O_REGION
from signer_corpus_people import PEOPLE_AND_PAGES
from signer_corpus_people2 import (
    CONTACT_PERSONS,
    FIRM_FIRST,
    FIRM_LINES,
    HANGUL_ORDER,
    HOUSEHOLD_LABELS,
    NAME1_BODY,
    NAME_ORDER,
    NOT_NAMES,
)
from signer_corpus_people9 import (
    ACCOUNTS,
    BUYER_AND_RECIPIENT,
    FAMILY_FIRST_LETTERS,
    FIRM_PLACES,
    LANGUAGE_SPELLING,
    NOT_NAME_PARTS,
)
from signer_corpus_places6 import APART, LARGER_LEVELS, NUMBERED_PLACES, VILLAGES
from signer_corpus_places7 import (
    ABBREVIATED,
    CZECH,
    DELIVERED,
    EITHER,
    NUMBERED,
    REGIONS,
    SIGNS,
)
from signer_corpus_places10 import (
    BLOCKS,
    COUNTRIES_ELSEWHERE,
    NATIONAL_ADDRESS,
    NUMBER_FIRST,
    STATE_IN_TOWN,
    TOWN_AGAIN,
)
from signer_corpus_platforms import PLATFORMS
from signer_corpus_platforms6 import (
    CONTINUED_ROWS,
    EMPTY_AND_FIRMS,
    RECORD_NAMES,
    SHOPS,
    SPLIT_POSTCODES,
)
from signer_corpus_postcodes import CODE_PAGES, COUNTRY_CELLS, NO_COUNTRY, POSTCODE_FORMS
from signer_corpus_posts import POSTS
from signer_corpus_reach import REACH
from signer_corpus_refused9 import (
    AMOUNTS,
    BOXES,
    DIGITS,
    LETTERS,
    NAMED_ENCODINGS,
    SEQUENCES,
)
from signer_corpus_review6 import REVIEW6
from signer_corpus_review11 import ADDITIONS
from signer_corpus_review12 import (
    ANSWERS12,
    DEFINITE12,
    IDS12,
    MAILING_NAMES12,
    NEIGHBOURS12,
    NEIGHBOURS_REFUSED12,
    TAGS12,
    TOWN_AND_BLOCK12,
)
from signer_corpus_rewards8 import REWARDS8
from signer_corpus_row_numbers import ROW_NUMBERS
from signer_corpus_rows import ROWS
from signer_corpus_same12 import BY_THEIR_COUNTRY, SAME_ADDRESS, SETS_APART
from signer_corpus_senses9 import (
    BOX_BESIDE_STREET,
    PLACE_NAMES,
    RECORD_SETS,
    WHOSE_ADDRESS,
)
from signer_corpus_sets import NUMBERED_SETS, PREFIXED_SETS_AND_LINES
from signer_corpus_sets7 import BRACKETED_PARTS, GIFTS, SECOND_PARTS, SHARED_PLACES
from signer_corpus_sets8 import GIFT_ROWS, PLACES_OF_BOTH
from signer_corpus_table import TABLE
from signer_corpus_tongues import TONGUES, VALUES_SAY
from signer_corpus_tongues8 import TONGUES8
from signer_corpus_unknown import NOT_PRINTED, NOT_THEIR_PART, SETS_AND_LINES, UNKNOWN_WORDS
from signer_corpus_unplaced_text import PIECES, UNPLACED_TEXT
from signer_corpus_whole_sets import (
    ANOTHER_PLACE,
    GROUP_ROW_ABOVE,
    HOME_POSTCODE_ALONE,
    REPEATS_AFTER_A_SET,
    SOMEBODY_ELSES,
    WHOLE_IN_ONE_CELL,
    WHOLE_SETS,
    WORK_BEFORE_HOME,
)
from signer_corpus_words import OWNED, WORDS
from signer_corpus_words7 import (
    HINTS,
    PERSON_WORDS,
    RECEIVERS,
    RECIPIENT_SETS,
    RECIPIENTS_ELSEWHERE,
)
from signer_corpus_world import WORLD

from packbuilder.signers import vocabulary
from packbuilder.signers.read import Reading, read_signers
from packbuilder.signers.vocabulary import words as split
from packbuilder.signers.words import read_header


def test_the_corpus_is_large_enough() -> None:
    assert len(CORPUS) >= 40
    assert len({c.name for c in CORPUS}) == len(CORPUS)


ALL = (
    *CORPUS,
    *SAME_ADDRESS,
    *SETS_APART,
    *BY_THEIR_COUNTRY,
    *BLOCKS,
    *NUMBER_FIRST,
    *NATIONAL_ADDRESS,
    *STATE_IN_TOWN,
    *COUNTRIES_ELSEWHERE,
    *TOWN_AGAIN,
    *FORMATS8,
    *HOUSEHOLD_LABELS,
    *FIRM_LINES,
    *FIRM_FIRST,
    *NAME1_BODY,
    *CONTACT_PERSONS,
    *NOT_NAMES,
    *NAME_ORDER,
    *HANGUL_ORDER,
    *POSTS,
    *BY_VALUES,
    *LANGUAGES,
    *MORE_PLATFORMS,
    *COUNTRIES,
    *PLATFORMS,
    *UNKNOWN_WORDS,
    *UNPLACED_TEXT,
    *PIECES,
    *DIRECTIONS,
    *NOT_THE_ADDRESS,
    *NUMBERS_BESIDE,
    *HUNTED,
    *NUMBER_KINDS,
    *FLOORS,
    *CROSS_STREETS,
    *HAMLETS,
    *FORMS,
    *WORLD,
    *NATIONS,
    *BORDERS,
    *WORDS,
    *MORE_LANGUAGES,
    *LOCAL_FORMS,
    *LONG,
    *OWNED,
    *NOT_PRINTED,
    *NOT_THEIR_PART,
    *BEYOND,
    *SETS_AND_LINES,
    *NUMBERED_SETS,
    *TABLE,
    *INFERRED,
    *ABROAD,
    *PREFIXED_SETS_AND_LINES,
    *ELSEWHERE,
    *FAR,
    *FURTHER,
    *REACH,
    *NAME_PARTS,
    *WHOSE,
    *HOUSEHOLDS,
    *NOT_AN_ADDRESS,
    *HONORIFICS,
    *NOT_A_NAME,
    *REVIEWED,
    *ROWS,
    *PLACES_AND_PARTS,
    *THINGS_AND_PEOPLE,
    *WHOLE_SETS,
    *LEVELS,
    *ANOTHER_PLACE,
    *WORK_BEFORE_HOME,
    *HOME_POSTCODE_ALONE,
    *SOMEBODY_ELSES,
    *POSTCODE_FORMS,
    *NO_COUNTRY,
    *CODE_PAGES,
    *COUNTRY_CELLS,
    *WHOLE_IN_ONE_CELL,
    *GROUP_ROW_ABOVE,
    *LINES,
    *NAME_WORDS,
    *SURVEY_ROWS,
    *REPEATS_AFTER_A_SET,
    *COUNTED,
    *ADDITIONS,
    *TEXT_MARKS,
    *ONE_CELL_PIECES,
    *REGION_CODES,
    *BUYER_AND_RECIPIENT,
    *ACCOUNTS,
    *CELL_AND_POSTCODE,
    *FIRM_PLACES,
    *LANGUAGE_SPELLING,
    *FAMILY_FIRST_LETTERS,
    *NOT_NAME_PARTS,
    *LARGEST_FIRST,
    *NO_LATIN_COMMAS,
    *SIGNATURES,
    *INVISIBLE,
    *KEYS,
    *IDS,
    *KOREA_AND_ETHIOPIA,
    *KOREAN_NAME_SUFFIX,
    *TWO_HOUSE_NUMBERS,
    *SPLIT_POSTCODES,
    *RECORD_NAMES,
    *DROPPED,
    *HELD_OUT,
    *CONTINUED_ROWS,
    *WHOSE_SET,
    *OTHER_ALPHABET,
    *REVIEW6,
    *VILLAGES,
    *LARGER_LEVELS,
    *APART,
    *SHOPS,
    *PEOPLE_AND_PAGES,
    *EMPTY_AND_FIRMS,
    *NUMBERED_PLACES,
    *MIDDLE_NAMES,
    *SHARED_PLACES,
    *GIFTS,
    *SECOND_PARTS,
    *BRACKETED_PARTS,
    *CZECH,
    *FIRMS,
    *SIGNS,
    *NUMBERED,
    *PEOPLE_BESIDE,
    *DELIVERED,
    *ROW_NUMBERS,
    *ONE_READING,
    *PAIS_O_REGION,
    *TONGUES8,
    *REWARDS8,
    *NOT_A_LETTER,
    *COUNTRIES_NAMED,
    *PERSON_WORDS,
    *HINTS,
    *REGIONS,
    *SAME_PERSON,
    *RECIPIENT_SETS,
    *EITHER,
    *RECIPIENTS_ELSEWHERE,
    *ABBREVIATED,
    *GLUED,
    *GIVEN_APART,
    *ACCOUNT_NAMES,
    *TONGUES,
    *VALUES_SAY,
    *LETTERS_IN_PLACE,
    *RECEIVERS,
    *PLACES_OF_BOTH,
    *GIFT_ROWS,
    *AMOUNTS,
    *SEQUENCES,
    *DIGITS,
    *LAYOUT9,
    *WHOSE_ADDRESS,
    *BOX_BESIDE_STREET,
    *IDS12,
    *TAGS12,
    *ANSWERS12,
    *NEIGHBOURS12,
    *NEIGHBOURS_REFUSED12,
    *MAILING_NAMES12,
    *RECORD_SETS,
    *DEFINITE12,
    *PLACE_NAMES,
    *TOWN_AND_BLOCK12,
    *LETTERS,
    *BOXES,
    *NAMED_ENCODINGS,
    *WHOLE_IN_GIVEN,
    *NAME_ONLY_SET,
    *R13_WORDS,
    *STATUSES,
)


def test_values_decide_in_at_least_eight_exports() -> None:
    assert len(BY_VALUES) >= 8
    assert len({c.name for c in ALL}) == len(ALL)
    assert all(c.said or c.refused or c.letters for c in BY_VALUES)


@pytest.mark.parametrize("case", ALL, ids=[c.name for c in ALL])
def test_each_export_gives_its_letters_or_a_located_refusal(tmp_path: Path, case: Case) -> None:
    path = tmp_path / f"{case.name}.csv"
    path.write_bytes(excel_bytes(case.csv, case.encoding))
    found = read_signers(path, None, Reading(country=case.country, language=case.language))
    if case.refused is not None:
        where, start = case.refused
        shown = [f"{p.line}:{p.col}" for p in found.problems]
        assert any(
            f"{p.line}:{p.col}" == where and p.message.startswith(start) for p in found.problems
        ), (shown, found.problems)
        return
    assert found.problems == (), found.problems
    assert tuple((s.name, s.address) for s in found.signers) == case.letters
    # What the values decided is said in the column report, with the row it saw.
    assert found.columns is not None
    # Spaces do not count: the report pads each field's name to line up the columns.
    report = [" ".join(line.split()) for line in found.columns.lines()]
    for said in case.said:
        assert any(line.startswith(" ".join(said.split())) for line in report), (said, report)


# --- the header reader ---------------------------------------------------------------------

#: Headers real forms and exports use, by the role they name: English, Spanish, French, German,
#: Portuguese, Italian, Dutch, Polish, Russian, Ukrainian, Greek, Turkish, Vietnamese, Thai,
#: Indonesian, Tagalog, Arabic, Hebrew, Hindi, Japanese, Korean and Chinese (simplified and
#: traditional); tests/data/exports/SOURCES.md names where each language's come from.
ROLES = {
    "street": [
        *("Street", "Street address", "Straße", "Calle", "Rue", "Rua", "Logradouro", "Via"),
        *("Straat", "Straatnaam", "Ulica", "Улица", "Вулиця", "Οδός", "Sokak", "Cadde", "Đường"),
        *("Tên đường", "ถนน", "Jalan", "Kalye", "רחוב", "الشارع", "सड़क", "番地", "町名・番地"),
        *("도로명주소", "街道地址", "详细地址", "詳細地址", "Utca"),
    ],
    "street2": [
        *("Address line 2", "Street line 2", "Complemento", "Complément d'adresse", "Adresszusatz"),
        *("Adres satırı 2", "Địa chỉ 2", "Alamat 2", "住所2", "상세주소", "ซอย"),
    ],
    "house_number": [
        *("House number", "Street number", "Hausnummer", "Huisnummer", "Número", "Numero civico"),
        *("Nr domu", "Дом", "Будинок", "Αριθμός", "Kapı No", "Số nhà", "บ้านเลขที่", "Nomor rumah"),
        *("מספר בית", "رقم المبنى", "मकान नंबर", "门牌号", "門牌號", "건물번호"),
    ],
    "street_type": ["Street type", "Tipo de logradouro", "Tipo de via", "Type de voie"],
    "street_prefix": ["Street prefix", "Predirectional", "Street pre direction"],
    "street_suffix": ["Street suffix", "Postdirectional", "Street post direction"],
    "unit": [
        *("Apartment", "Suite", "Unit", "Apt", "Wohnung", "Appartement", "Apartamento", "Квартира"),
        *("Daire", "Nr mieszkania", "Numer lokalu", "Διαμέρισμα", "Căn hộ", "ห้อง", "דירה"),
        *("رقم الشقة", "फ्लैट नंबर", "部屋番号", "호수", "房间号"),
    ],
    "building": [
        *("Building", "Building name", "Edificio", "Gebäude", "Bâtiment", "Корпус", "Строение"),
        *("Apartman", "Tòa nhà", "อาคาร", "Gedung", "בניין", "مبنى", "इमारत", "建物名", "건물명"),
        *("大厦", "大廈"),
    ],
    "po_box": [
        *("PO Box", "Post office box", "Postfach", "Boîte postale", "Apartado de correos"),
        *("Caixa postal", "Casella postale", "Postbus", "Skrytka pocztowa", "Абонентский ящик"),
        *("Posta kutusu", "Kotak pos", "ת.ד.", "ص.ب.", "私書箱", "사서함", "邮政信箱"),
    ],
    "address": [
        *("Address", "Full address", "Adresse", "Dirección", "Endereço", "Indirizzo", "Adres"),
        *("Адрес", "Адреса", "Διεύθυνση", "Açık adres", "Địa chỉ", "ที่อยู่", "Alamat", "Tirahan"),
        *("כתובת", "العنوان", "पता", "住所", "주소", "地址", "住址", "Adreça", "Helbidea"),
        *("Cyfeiriad", "Enderezo", "ठेगाना", "ঠিকানা"),
    ],
    "city": [
        *("City", "Town", "Ville", "Ort", "Ciudad", "Cidade", "Città", "Comune", "Plaats"),
        *("Woonplaats", "Miasto", "Miejscowość", "Город", "Місто", "Πόλη", "Şehir", "Thành phố"),
        *("Kota", "Kabupaten/Kota", "Lungsod", "Lungsod/Bayan", "עיר", "יישוב", "المدينة", "शहर"),
        *("市区町村", "시/군/구", "도시", "城市", "Város", "Població", "Herria", "Tref/Dinas"),
        *("Qyteti", "Қала", "Post Town", "Ville postale"),
    ],
    "district": [
        *("District", "Ward", "Borough", "Bezirk", "İlçe", "Район", "Quận", "Huyện", "Quận/Huyện"),
        *("อำเภอ", "อำเภอ/เขต", "Kecamatan", "Alcaldía", "Dzielnica", "जिला", "区县", "鄉鎮市區"),
    ],
    "neighbourhood": [
        *("Neighbourhood", "Neighborhood", "Bairro", "Barrio", "Colonia", "Quartiere", "Wijk"),
        *("Mahalle", "Semt", "Phường/Xã", "Xã", "ตำบล/แขวง", "Kelurahan", "Kelurahan/Desa"),
        *("Barangay", "Микрорайон", "שכונה", "الحي", "मोहल्ला", "읍/면/동", "乡镇"),
        *("Quartier", "Townland", "Locality", "Lieu-dit"),
    ],
    "region": [
        *("State", "Province", "Region", "Bundesland", "Provincia", "Estado", "UF", "Provincie"),
        *("Województwo", "Область", "Регион", "Περιφέρεια", "Tỉnh", "Tỉnh/Thành phố", "จังหวัด"),
        *("Provinsi", "Lalawigan", "المنطقة", "राज्य", "都道府県", "시/도", "省份", "縣市", "Județ"),
        *("Megye", "İl", "Do/Si"),
    ],
    "postal_code": [
        *(
            "Zip code",
            "Postal code",
            "Postcode",
            "PLZ",
            "Code postal",
            "Código postal",
            "CEP",
            "CAP",
        ),
        *("Kod pocztowy", "Индекс", "Поштовий індекс", "Τ.Κ.", "Posta kodu", "Mã bưu điện"),
        *("รหัสไปรษณีย์", "Kode pos", "מיקוד", "الرمز البريدي", "पिन कोड", "郵便番号", "우편번호"),
        *("邮政编码", "郵遞區號", "PSČ", "Irányítószám", "P/Code", "PCode", "Codi postal"),
        *("Posta kodea", "Cod post", "Póstnúmer", "Kodi postar", "पोष्ट कोड"),
    ],
    "country": [
        *("Country", "Pays", "País", "Land", "Paese", "Kraj", "Страна", "Країна", "Χώρα", "Ülke"),
        *("Quốc gia", "ประเทศ", "Negara", "Bansa", "מדינה", "الدولة", "देश", "国", "국가", "国家"),
        *("國家", "Ország"),
    ],
    "first_name": [
        *("First name", "Given name", "Vorname", "Prénom", "Nombre", "Primeiro nome", "Voornaam"),
        *("Imię", "Имя", "Ім'я", "Όνομα", "Adı", "Tên", "ชื่อ", "Nama depan", "Unang pangalan"),
        *("שם פרטי", "الاسم الأول", "पहला नाम", "名", "Jméno", "Prenume", "Etunimi"),
        *("Izena", "Enw cyntaf", "Nama pertama", "Emri", "प्रथम नाव"),
    ],
    "middle_name": [
        *("Middle name", "Отчество", "По батькові", "Tussenvoegsel", "Tên đệm", "Nama tengah"),
        *("Gitnang pangalan", "שם אמצעי", "मध्य नाम", "Nome do meio", "Father's name"),
        *("Millinafn", "Patronymic"),
    ],
    "last_name": [
        *("Last name", "Surname", "Nachname", "Apellidos", "Apellido paterno", "Primer apellido"),
        *("Sobrenome", "Apelido", "Cognome", "Achternaam", "Nazwisko", "Фамилия", "Прізвище"),
        *("Επώνυμο", "Soyadı", "Họ", "นามสกุล", "Nama belakang", "Apelyido", "שם משפחה"),
        *("اسم العائلة", "उपनाम", "姓", "성", "Příjmení", "Vezetéknév", "Cognoms"),
        *("Abizenak", "Enw olaf", "Mbiemri", "Eftirnafn", "थर", "आडनाव"),
    ],
    "last_name2": ["Apellido materno", "Segundo apellido", "Second surname", "Postnom"],
    "middle_name2": ["Grandfather's name", "Grandfather Name", "اسم الجد"],
    "floor": [
        "Floor",
        "Piso",
        "Etage",
        "Stockwerk",
        "Andar",
        "Piętro",
        "Этаж",
        "Kat",
        "Tầng",
        "층",
    ],
    "house_number_ext": ["Toevoeging", "Huisnummer toevoeging", "House number addition"],
    "name": [
        *("Full name", "Name", "Nombre completo", "Nom complet", "Nome completo", "Volledige naam"),
        *("Imię i nazwisko", "ФИО", "ПІБ", "Ονοματεπώνυμο", "Ad Soyad", "Họ và tên"),
        *("ชื่อ-นามสกุล", "Nama lengkap", "Buong pangalan", "שם מלא", "الاسم الكامل", "पूरा नाम"),
        *("氏名", "お名前", "성명", "이름", "姓名"),
    ],
    "prefix": [
        *("Title", "Salutation", "Honorific", "Anrede", "Civilité", "Tratamiento", "Aanhef"),
        *("Обращение", "Unvan", "Danh xưng", "คำนำหน้าชื่อ", "Sapaan", "敬称", "호칭", "称谓"),
        *("Előtag",),
    ],
    "reading": [
        *(
            "フリガナ",
            "ふりがな",
            "セイ",
            "メイ",
            "お名前(フリガナ)",
            "氏名（フリガナ）",
            "Phonetic name",
        ),
        *("Furigana", "名(カナ)"),
    ],
}
#: Roles that are parts of a name: a qualifier such as "Home" does not go with them.
NAME_ROLES = {"first_name", "middle_name", "last_name", "last_name2", "name", "prefix", "reading"}
NAME_ROLES |= {"middle_name2"}
QUALIFIERS = {
    "home": [
        *("Home", "Primary", "Donor", "Personal", "Residencial", "Domowy", "Домашний", "自宅"),
        # Person words nobody wrote down ("Guest", "Patron") are test_signer_owners.py's.
        *("Customer", "Attendee", "Registrant", "Supporter", "Member"),
    ],
    # "Postal Town" is a UK town, not a mailing one
    "mailing": ["Mailing", "Correspondência", "Korespondencyjny", "Почтовый", "郵送先"],
    "billing": ["Billing", "Shipping", "Entrega", "Livraison", "Доставки", "Teslimat", "배송지"],
    "work": ["Work", "Business", "Employer", "Trabalho", "Служебный", "직장", "勤務先", "Seasonal"],
}
SEPARATORS = [" ", "_", "-", " - ", "/", ": ", "  "]


def _case(text: str, how: int) -> str:
    return (text, text.upper(), text.lower(), text.title())[how]


@settings(max_examples=300, deadline=None)
@given(
    role=st.sampled_from(sorted(ROLES)),
    data=st.data(),
    qualifier=st.sampled_from([None, *sorted(QUALIFIERS)]),
    before=st.booleans(),
    how=st.integers(0, 3),
    sep=st.sampled_from(SEPARATORS),
    note=st.sampled_from(["", " (optional)", " *", "?"]),
)
def test_any_case_punctuation_order_or_language_maps_to_the_role(
    role: str,
    data: st.DataObject,
    qualifier: str | None,
    before: bool,
    how: int,
    sep: str,
    note: str,
) -> None:
    phrase = data.draw(st.sampled_from(ROLES[role]))
    words = [phrase]
    if qualifier is not None and role not in NAME_ROLES:
        word = data.draw(st.sampled_from(QUALIFIERS[qualifier]))
        words = [word, phrase] if before else [phrase, word]
        known = vocabulary.load()
        # A person's word beside one that only says "number" is that record's number
        # ("Member Número", "Donor No."), and a qualifier written into one phrase of the word
        # file is that phrase ("Почтовый индекс" is the postal code): not this property.
        assume(not (known.records & {*split(word)} and split(phrase) in known.bare_numbers))
        assume(split(" ".join(words)) not in known.phrases)
    else:
        qualifier = None
    header = _case(sep.join(words), how) + note
    reading = read_header(header)
    assert reading.role == role, (header, reading)
    if qualifier is not None:
        assert reading.qualifier == qualifier, (header, reading)


#: One-word headers for a part of a name, of three letters or more (a plural ending on a
#: shorter word reads as another word).
_NAME_WORDS = sorted(
    {
        (role, phrase)
        for role in NAME_ROLES - {"prefix", "reading"}
        for phrase in ROLES[role]
        if re.fullmatch(r"[^\W\d_]{3,}", phrase) and not phrase.endswith(("s", "n", "i"))
    }
)


@settings(max_examples=200, deadline=None)
@given(
    word=st.sampled_from(_NAME_WORDS),
    ending=st.sampled_from(["s", "es", "n", "en"]),
    how=st.integers(0, 3),
)
def test_a_plural_of_a_name_part_is_the_same_part(
    word: tuple[str, str], ending: str, how: int
) -> None:
    # "Prénoms" (every given name, as Madagascar's civil register writes them), "Vornamen",
    # "Surnames": a column of several names of one part is that part, never dropped.
    role, phrase = word
    header = _case(phrase + ending, how)
    assert read_header(header).role == role, header


def _spaced(phrase: str) -> bool:
    """A phrase of letters in a script that puts spaces between words (Korean, Chinese,
    Japanese and Thai headers are split into the words they are known to hold instead), with no
    digit: a digit is a word break, so "Alamat 2" glued to "x" is rightly "Alamat 2 x"."""
    return re.fullmatch(r"[^\W\d_][^\W\d]*(?: [^\W\d]+)*", phrase) is not None and not re.search(
        r"[\u0e00-\u0e7f\u1100-\u11ff\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]", phrase
    )


@settings(max_examples=300, deadline=None)
@given(
    phrase=st.sampled_from(sorted({p for ps in ROLES.values() for p in ps if _spaced(p)})),
    # A digit is a word break (Address1); endings in the phrases' own scripts too.
    glue=st.sampled_from(
        ["x", "er", "ing", "foo", "zz", "ка", "ов", "ος", "lar", "ים", "ات", "ता"]
    ),
    front=st.booleans(),
)
def test_a_role_word_inside_a_longer_word_is_never_read(
    phrase: str, glue: str, front: bool
) -> None:
    # "Contact Owner" holds "town" and "Statement" holds "state": whole words only.
    word = phrase.replace(" ", "").lower()
    header = f"{glue}{word}" if front else f"{word}{glue}"
    assert read_header(header).role is None, header


# --- the header and the values together ----------------------------------------------------

#: A value each role holds, for a list posted from the US.
FITTING = {
    "street": "12 Oak St",
    "city": "Springfield",
    "region": "IL",
    "postal_code": "62704",
    "country": "United States",
    "unit": "Apt 3",
    "first_name": "Ann",
    "last_name": "Lee",
}
_USER = st.text(alphabet="abcdefghijklmnopqrstuvwxyz0123456789._", min_size=1, max_size=12)
_DAY = st.dates(min_value=date(1990, 1, 1), max_value=date(2030, 12, 31))
#: Values no part of a name or address ever is.
NEVER = st.one_of(
    st.builds(lambda u, d: f"{u.strip('.') or 'x'}@{d}.org", _USER, st.sampled_from(["x", "mail"])),
    st.builds(lambda a: ".".join(str(n) for n in a), st.tuples(*[st.integers(1, 254)] * 4)),
    st.builds(
        lambda d, how: d.strftime(("%Y-%m-%d", "%m/%d/%Y", "%d.%m.%Y", "%b %d, %Y")[how]),
        _DAY,
        st.integers(0, 3),
    ),
    st.builds(lambda d, h: f"{d:%Y-%m-%d} {h:02d}:{h:02d}:00", _DAY, st.integers(0, 23)),
    st.builds(lambda n: f"+44 20 {n // 10000:04d} {n % 10000:04d}", st.integers(0, 10**8 - 1)),
    st.builds(lambda w: f"https://{w.strip('.') or 'x'}.example.org/p", _USER),
)


def _settled(header: tuple[str, ...], row: tuple[str, ...]) -> tuple[dict[str, int], list[str]]:
    """The fields found for each column of a one-row list, and the errors about its header."""
    from packbuilder.signers import by_values, columns
    from packbuilder.signers.report import Report
    from packbuilder.signers.table import Row

    report = Report("signers.csv", [], [])
    head = Row(1, header)
    mapping = columns.map_columns(header, {})
    mapping = by_values.settle(mapping, head, [Row(2, row)], Reading(country="US"), report)
    return mapping.found, [str(p) for p in report.problems]


@settings(max_examples=200, deadline=None)
@given(
    role=st.sampled_from(sorted(FITTING)),
    data=st.data(),
    how=st.integers(0, 3),
    sep=st.sampled_from(SEPARATORS),
    wrong=NEVER,
)
def test_values_agreeing_keep_the_role_and_values_contradicting_are_refused_located(
    role: str, data: st.DataObject, how: int, sep: str, wrong: str
) -> None:
    phrase = data.draw(st.sampled_from([p for p in ROLES[role] if p.isascii()]))
    header = _case(sep.join(phrase.split(" ")), how)
    name = "Full name" if role not in ("first_name", "last_name") else "Middle name"
    found, problems = _settled((name, header), ("Ann Lee", FITTING[role]))
    assert found.get(role) == 1 and problems == [], (header, found, problems)
    # A phone number in a postal code column is not telling: ZIP+4 without its dash is nine
    # digits (the row's own postal code check speaks for it).
    assume(not (role == "postal_code" and wrong.startswith("+")))
    found, problems = _settled((name, header), ("Ann Lee", wrong))
    assert role not in found, (header, wrong, found)
    assert len(problems) == 1, (header, wrong, problems)
    assert problems[0].startswith(f"signers.csv:1:2: (header): column '{header.strip()}': "), (
        problems
    )
    assert f"line 2: '{wrong}'" in problems[0], problems


#: Headers holding a role word inside a longer word or beside a word that changes it, with a
#: value such a column holds: never read as that part of the address.
TRAPS = {
    "Contact Owner": "Sam Admin",
    "IP Address": "203.0.113.9",
    "Statement": "Paid",
    "Streetwise member": "yes",
    "Citizenship": "Irish",
    "Townhall attended": "no",
    "Zipline rider": "yes",
    "Consent": "NO",
    "Last changed": "2026-11-01",
    "Email address": "ann@x.org",
    "Phone number": "+1 217 555 0100",
}


ADDRESS = ("12 Oak St", "Springfield", "IL", "62704")


@settings(max_examples=100, deadline=None)
@given(
    trap=st.sampled_from(sorted(TRAPS)),
    how=st.integers(0, 3),
    sep=st.sampled_from(SEPARATORS),
    at=st.integers(1, 5),
)
def test_a_trap_header_with_its_own_values_never_takes_an_address_part(
    trap: str, how: int, sep: str, at: int
) -> None:
    header = ["Name", "Street", "City", "State", "Zip"]
    row = ["Ann Lee", *ADDRESS]
    header.insert(at, _case(sep.join(trap.split(" ")), how))
    row.insert(at, TRAPS[trap])
    found, problems = _settled(tuple(header), tuple(row))
    assert problems == [], problems
    fields = {col: field for field, col in found.items()}
    assert at not in fields or fields[at] == "email", (header, found)
    for field, text in zip(("street", "city", "region", "postal_code"), ADDRESS, strict=True):
        assert fields.get(row.index(text)) == field, (header, found)
