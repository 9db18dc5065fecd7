"""A row without a country, whose postcode and region (or town) fit exactly one other country
than the campaign's, is in that country (issue 20): for every country Google's address data
gives postcodes and subdivisions for, in any script; a Korean row is never taken for a US one,
nor a US row for a Korean one; said in the column report with the row."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from packbuilder.signers import inferred
from packbuilder.signers.countries import all_rules
from packbuilder.signers.read import Reading, read_signers


def _examples() -> list[tuple[str, str, str]]:
    """(country, postcode, subdivision as written) for each country's example postcodes, each
    with every subdivision whose postcodes it starts like, by key, name and Latin name."""
    found = []
    for code, rules in sorted(all_rules().items()):
        if len(code) != 2 or "zip" not in rules or "sub_keys" not in rules:
            continue
        keys = rules["sub_keys"].split("~")
        zips = rules.get("sub_zips", "").split("~")
        written = [rules.get(f, "").split("~") for f in ("sub_keys", "sub_names", "sub_lnames")]
        for example in filter(None, rules.get("zipex", "").split(",")):
            for n in range(len(keys)):
                if n < len(zips) and zips[n] and not re.match(zips[n], example, re.I):
                    continue
                found += [(code, example, w[n]) for w in written if n < len(w) and w[n]]
    return found


EXAMPLES = _examples()


@settings(max_examples=400, deadline=None)
@given(example=st.sampled_from(EXAMPLES), home=st.sampled_from(["US", "KR", "GB", "JP", "DE"]))
def test_a_postcode_with_its_region_names_its_country(
    example: tuple[str, str, str], home: str
) -> None:
    code, postcode, region = example
    found = inferred.country(postcode, region, home)
    assert found == (None if code == home else code), example


def test_a_postcode_of_one_country_with_a_region_of_another_is_no_country() -> None:
    assert inferred.country("560-0001", "Ontario", "US") is None  # Osaka's, Canada's
    assert inferred.country("62704", "東京都", "KR") is None  # Springfield's, Tokyo's
    assert inferred.country("100-0001", "大阪府", "US") is None  # Tokyo's, but Osaka


SIGNERS = (
    "Name,Address,City,State,Postcode\n"
    "山田太郎,千代田1-1,千代田区,東京都,100-0001\n"
    "김민준,세종대로 175,종로구,서울특별시,03154\n"
    "Ann Lee,1 Main St,Springfield,IL,62704\n"
    "Taro Sato,1-1 Chiyoda,Chiyoda-ku,Tokyo,100-0001\n"
    "Mei Lin,8 Rue X,Paris,Île-de-France,75001\n"
)


def _read(tmp_path: Path, home: str) -> tuple[list[tuple[str, ...]], tuple[str, ...]]:
    path = tmp_path / "signers.csv"
    path.write_text(SIGNERS, "utf-8")
    result = read_signers(path, None, Reading(country=home))
    assert not result.problems and result.columns is not None
    return [s.address for s in result.signers], result.columns.lines()


def test_japanese_and_korean_rows_in_a_us_campaign(tmp_path: Path) -> None:
    addresses, report = _read(tmp_path, "US")
    assert "JAPAN" in addresses[0] and "東京都" in addresses[0] and "100-0001" in addresses[0]
    assert "SOUTH KOREA" in addresses[1] and "03154" in addresses[1]
    assert addresses[2] == ("1 Main St", "Springfield, IL 62704")  # at home: no country line
    assert addresses[3][-1] == "JAPAN"
    # France's regions are not in Google's data, but Île-de-France is no US state, so
    # '75001' is no ZIP here, and Paris is a town CLDR names in France alone: France it is.
    assert addresses[4] == ("8 Rue X", "75001 Paris", "Île-de-France", "FRANCE")
    assert "  country: Japan, from the postcode and region (lines 2, 5)" in report
    assert "  country: South Korea, from the postcode and region (line 3)" in report
    assert "  country: France, from the postcode and town (line 6)" in report


def test_a_us_row_in_a_korean_campaign_is_not_korean(tmp_path: Path) -> None:
    addresses, report = _read(tmp_path, "KR")
    assert addresses[1][-1] != "SOUTH KOREA" and "SOUTH KOREA" not in addresses[1]
    assert addresses[2] == ("1 Main St", "Springfield, IL 62704", "UNITED STATES")
    assert "  country: United States, from the postcode and region (line 4)" in report
    assert not any("South Korea" in line for line in report)


@pytest.mark.parametrize(
    ("postcode", "texts", "home", "found"),
    [
        ("104 34", ("Πατησίων 76", "Αθήνα"), "US", ("GR", "Greek")),
        ("1010", ("Λεωφόρος Μακαρίου 5", "Λευκωσία"), "US", ("CY", "Greek")),  # Cyprus: 4 digits
        ("10110", ("99/1 ถนนสุขุมวิท", "กรุงเทพมหานคร"), "US", ("TH", "Thai")),
        ("03154", ("서울특별시 종로구 종로 1",), "US", ("KR", "Hangul")),
        ("100-0001", ("千代田1-1", "千代田区"), "US", ("JP", "Chinese characters")),
        ("100-0001", ("メゾン千代田305",), "US", ("JP", "kana")),
        # Russia, Belarus, Kazakhstan... all have six-digit postcodes: no one country.
        ("101000", ("ул. Тверская 7", "Москва"), "US", None),
        ("100000", ("朝阳区建国路88号",), "US", None),  # China's and Singapore's six digits
        ("104 34", ("Πατησίων 76", "Αθήνα"), "GR", None),  # at home
        ("114 55", ("Storgatan 5", "Stockholm"), "US", None),  # Latin letters say nothing
        ("", ("Πατησίων 76",), "US", None),
    ],
)
def test_a_script_only_some_countries_write_with_a_postcode_names_the_country(
    postcode: str, texts: tuple[str, ...], home: str, found: tuple[str, str] | None
) -> None:
    assert inferred.by_script(postcode, texts, home) == found


def test_a_greek_row_without_a_country_in_a_us_campaign(tmp_path: Path) -> None:
    path = tmp_path / "signers.csv"
    path.write_text("Name,Street,City,Postcode\nΓιώργος Π.,Πατησίων 76,Αθήνα,104 34\n", "utf-8")
    result = read_signers(path, None, Reading(country="US"))
    assert not result.problems and not result.warnings
    assert result.signers[0].address == ("Πατησίων 76", "104 34 Αθήνα", "GREECE")
    assert result.columns is not None
    assert (
        "  country: Greece, from the postcode and the address written in Greek (line 2)"
        in result.columns.lines()
    )


def test_an_address_in_a_script_home_does_not_write_is_never_printed_as_home_unasked(
    tmp_path: Path,
) -> None:
    # 26221 and 10563 are US ZIP codes too. Αθήνα is a town of Greece alone (CLDR): Greece,
    # said. Πάτρα is no town CLDR names: the row is warned about, naming the country that
    # writes Greek, and printed as written, never as a US address.
    path = tmp_path / "signers.csv"
    path.write_text(
        "Name;Address;City;Postal Code\n"
        "Γιώργος Π.;Ερμού 25;Αθήνα;10563\nΕλένη Κ.;Μαιζώνος 25;Πάτρα;26221\n",
        "utf-8",
    )
    result = read_signers(path, None, Reading(country="US"))
    assert not result.problems
    assert [s.address for s in result.signers] == [
        ("Ερμού 25", "105 63 Αθήνα", "GREECE"),
        ("Μαιζώνος 25", "26221 Πάτρα"),
    ]
    (warning,) = map(str, result.warnings)
    assert warning.startswith(
        f"{path}:3:2: row 3 (Ελένη Κ.): warning: address 'Μαιζώνος 25' is written in Greek "
        "letters but has no country"
    )
    assert warning.endswith(
        "add a Country column (for example 'Greece', whose postcodes '26221' fits) so the post "
        "can return the letter"
    )


def test_a_hangul_address_with_a_postcode_home_has_too_needs_a_korean_region() -> None:
    # Five digits are a US ZIP code as well as a Korean postcode: a Korean American writing
    # a New York address in Hangul is not sent to Korea.
    assert inferred.by_script("10001", ("뉴욕 5번가 350",), "US") is None
    assert inferred.by_script("03154", ("서울특별시 종로구 종로 1",), "US") == ("KR", "Hangul")
    assert inferred.by_script("03154", ("종로구 종로 1", "서울"), "US") == ("KR", "Hangul")


@pytest.mark.parametrize(
    ("country", "postcode", "region", "home", "city", "restored"),
    [
        ("DE", "1069", "", "US", "Dresden", "01069"),  # the row says Germany: five digits
        ("FR", "6000", "", "FR", "Nice", "06000"),
        (None, "186", "RM", "IT", "Roma", "00186"),  # Rome's postcodes start 00
        (None, "8001", "Barcelona", "ES", "Barcelona", "08001"),
        # No country cell and no region that says: "1010 Wien" in a German campaign is as
        # likely Vienna's own four digits as a German postcode missing its zero.
        (None, "1010", "", "DE", "Wien", None),
        ("AT", "1010", "", "DE", "Wien", None),  # Austria's four digits are whole
        (None, "186", "MI", "IT", "Milano", None),  # Milan's start 20: no zero lost there
        # A town CLDR names in the campaign's country says it too.
        (None, "100", "", "FI", "HELSINKI", "00100"),
        (None, "300", "", "LK", "Colombo", "00300"),
        # At home, a postcode of digits the country's are all longer than is made whole
        # when nothing in the row names another country.
        (None, "6000", "", "FR", "Nice", "06000"),
        (None, "83", "Gauteng", "ZA", "Pretoria", "0083"),
        (None, "1304-001", "SP", "BR", "São Paulo", "01304-001"),  # only the first group
        (None, "1304-001", "BA", "BR", "Salvador", None),  # Bahia's CEPs start 4: not lost
        (None, "1010", "", "CH", "Wien", None),  # Swiss four digits: nothing dropped
    ],
)
def test_a_postcode_a_spreadsheet_shortened_is_made_whole_where_one_answer_fits(
    country: str | None, postcode: str, region: str, home: str, city: str, restored: str | None
) -> None:
    assert inferred.restored_zero(country, postcode, region, home, city) == restored


def test_a_restored_postcode_is_printed_and_said(tmp_path: Path) -> None:
    path = tmp_path / "signers.csv"
    path.write_text("Nome;Indirizzo;CAP;Città;Provincia\nAnna;Via Roma 1;186;Roma;RM\n", "utf-8")
    result = read_signers(path, None, Reading(country="IT", language="it"))
    assert not result.problems and not result.warnings
    assert any("00186" in line for line in result.signers[0].address)
    assert result.columns is not None
    assert (
        "  postcode: a leading zero the spreadsheet dropped is restored (line 2)"
        in result.columns.lines()
    )


def test_a_us_territory_is_a_state_to_a_us_campaign(tmp_path: Path) -> None:
    path = tmp_path / "signers.csv"
    path.write_text(
        "Name,Street,City,State,Zip,Country\n"
        "Ann Lee,123 Marine Corps Dr,Tamuning,GU,96913,Guam\n"
        "Bo Diaz,Calle 1 #23,San Juan,,00921,Puerto Rico\n"
        "Cy Dee,1 Rd,Toronto,ON,M5V 3L9,Canada\n",  # CA is California's code: no state
        "utf-8",
    )
    result = read_signers(path, None, Reading(country="US"))
    assert not result.problems and not result.warnings
    assert [s.address for s in result.signers] == [
        ("123 Marine Corps Dr", "Tamuning, GU 96913"),
        ("Calle 1 #23", "San Juan, PR 00921"),
        ("1 Rd", "Toronto ON M5V 3L9", "CANADA"),
    ]
    assert result.columns is not None
    assert "  country: Guam, a state of United States to its post (line 2)" in (
        result.columns.lines()
    )
    # Posted from elsewhere, Guam is Guam.
    abroad = read_signers(path, None, Reading(country="GB"))
    assert abroad.signers[0].address[-1] == "GUAM"


def test_chinese_characters_that_name_no_country_are_warned_with_fitting_examples(
    tmp_path: Path,
) -> None:
    path = tmp_path / "signers.csv"
    path.write_text("Name,Address\n王小明,建国路88号\n", "utf-8")  # no postcode: no one country
    result = read_signers(path, None, Reading(country="US"))
    (warning,) = result.warnings
    assert "is written in Chinese characters but has no country" in warning.message
    assert "(for example 'Japan', 'China' or 'Taiwan')" in warning.message


@pytest.mark.parametrize(
    ("postcode", "town", "home", "found"),
    [
        # Six digits are Russia's, Belarus's, Kazakhstan's and Kyrgyzstan's: the town decides.
        ("220030", "Минск", "US", "BY"),
        ("220030", "Мінск", "US", "BY"),  # in Belarusian
        ("220030", "Minsk", "GB", "BY"),
        ("050000", "Алматы", "US", "KZ"),
        ("720000", "Бишкек", "US", "KG"),
        ("630099", "Новосибирск", "US", "RU"),
        ("630099", "Тверь", "US", None),  # a town CLDR does not name: no country said
        ("12345", "Минск", "US", None),  # five digits are no Belarusian postcode
        ("220030", "Минск", "BY", None),  # at home
        # A ZIP code of the campaign's own country: Paris, Texas is as likely as Paris, France.
        ("75460", "Paris", "US", None),
        ("75002", "Paris", "GB", "FR"),
    ],
)
def test_a_town_of_one_country_with_its_postcode_names_the_country(
    postcode: str, town: str, home: str, found: str | None
) -> None:
    assert inferred.by_town(postcode, (town, ""), home) == found


def test_a_cyrillic_row_without_a_country_is_in_the_country_its_town_names(
    tmp_path: Path,
) -> None:
    path = tmp_path / "signers.csv"
    path.write_text(
        "Фамилия;Имя;Улица;Дом;Город;Индекс\n"
        "Ковалёв;Алесь;ул. Янки Купалы;5;Минск;220030\n"
        "Волков;Сергей;ул. Ленина;5;Новосибирск;630099\n"
        "Петров;Иван;ул. Мира;1;Тверь;170100\n",
        "utf-8",
    )
    result = read_signers(path, None, Reading(country="US", language="ru"))
    assert not result.problems
    assert [s.address[-1] for s in result.signers[:2]] == ["BELARUS", "RUSSIAN FEDERATION"]
    assert result.columns is not None
    lines = result.columns.lines()
    assert "  country: Belarus, from the postcode and town (line 2)" in lines
    assert "  country: Russian Federation, from the postcode and town (line 3)" in lines
    # Тверь is no town CLDR names and 170100 could be any of four countries: asked for.
    assert any(w.startswith(f"{path}:4:") and "170100" in w for w in map(str, result.warnings))


def test_a_town_that_is_its_own_region_leaves_no_region_missing(tmp_path: Path) -> None:
    path = tmp_path / "signers.csv"
    path.write_text(
        "Name,Street,City,Postcode,Country\n"
        'Мария Иванова,"Невский проспект, д. 28",Санкт-Петербург,190000,Россия\n'
        "Ann Lee,1 Main St,Washington,20001,USA\n",
        "utf-8",
    )
    result = read_signers(path, None, Reading(country="GB"))
    assert not result.problems
    warnings = [str(w) for w in result.warnings]
    assert not any(":2:" in w for w in warnings)
    # Washington is a town and a state, but the state's key is WA: still asked for.
    assert any(":3:" in w and "no state/region" in w for w in warnings)


def _shortened() -> list[tuple[str, str]]:
    """(country, example postcode) for every country whose postcodes are digits of one length
    and whose example in Google's address data starts with a zero: what Excel shortens. The
    US and Australia are left out: there the state says which (tested above)."""
    found = []
    for code, rules in sorted(all_rules().items()):
        if len(code) != 2 or code in ("US", "AU") or "zip" not in rules:
            continue
        for example in rules.get("zipex", "").split(","):
            if re.fullmatch(r"0+[1-9]\d*", example) and re.fullmatch(rules["zip"], example):
                found.append((code, example))
                break
    return found


@pytest.mark.parametrize(("country", "postcode"), _shortened())
def test_a_postcode_excel_shortened_at_home_is_made_whole_and_said(
    tmp_path: Path, country: str, postcode: str
) -> None:
    # "83" in a South African list is 0083, "79903" in a Singaporean one 079903: the whole
    # postcode prints, no warning, and the column report says the zero was put back.
    short = postcode.lstrip("0")
    path = tmp_path / "signers.csv"
    path.write_text(f"Name,Street,Postcode\nAnn Lee,1 Main Road,{short}\n", "utf-8")
    result = read_signers(path, None, Reading(country=country))
    assert not result.problems
    assert not [str(w) for w in result.warnings if "postal code of" in str(w)]
    assert any(postcode in line.split() for line in result.signers[0].address), result.signers[
        0
    ].address
    assert result.columns is not None
    assert (
        "  postcode: a leading zero the spreadsheet dropped is restored (line 2)"
        in result.columns.lines()
    )


def test_a_shortened_postcode_of_a_town_abroad_is_not_made_one_of_home(tmp_path: Path) -> None:
    # "1010 Wien" in a German campaign is Vienna's own four digits: Austria, said, and never
    # 01010 Wien.
    path = tmp_path / "signers.csv"
    path.write_bytes(
        "Vorname;Nachname;Straße;PLZ;Ort\r\nSven;Krause;Prager Str. 10;1069;Dresden\r\n"
        "Eva;Huber;Graben 1;1010;Wien\r\n".encode("cp1252")
    )
    result = read_signers(path, None, Reading(country="DE", language="de"))
    assert not result.problems and not result.warnings
    assert [s.address for s in result.signers] == [
        ("Prager Str. 10", "01069 Dresden"),
        ("Graben 1", "1010 Wien", "AUSTRIA"),
    ]


def test_a_postcode_written_with_the_prefix_its_country_prints_is_not_warned(
    tmp_path: Path,
) -> None:
    # Google's format for Lithuania prints "LT-%Z"; people write the prefix too.
    path = tmp_path / "signers.csv"
    path.write_text(
        "Name,Street,Postcode,City,Country\n"
        "Jonas Šimkus,Laisvės al. 53,LT-44309,Kaunas,Lietuva\n"
        "Ona Kazlauskienė,Pilies g. 1,LT-0110,Vilnius,Lietuva\n",
        "utf-8",
    )
    result = read_signers(path, None, Reading(country="US"))
    assert not result.problems
    assert result.signers[0].address == ("Laisvės al. 53", "LT-44309 Kaunas", "LITHUANIA")
    (warning,) = map(str, result.warnings)  # four digits after the prefix are still too few
    assert "row 3 (Ona Kazlauskienė): warning: 'LT-0110' is not a postal code of Lithuania" in (
        warning
    )


def test_a_row_naming_a_region_of_home_is_never_abroad_by_its_script(tmp_path: Path) -> None:
    # "100" is a Taiwanese postcode and no Japanese one, but 東京都 is Japan's own: the row
    # stays at home, warned about its postcode, never sent to Taiwan.
    path = tmp_path / "signers.csv"
    path.write_text("氏名,郵便番号,都道府県,住所\n山田花子,100,東京都,千代田1-1\n", "utf-8")
    result = read_signers(path, None, Reading(country="JP", language="ja"))
    assert "TAIWAN" not in result.signers[0].address
    # No "write it as 0000100": no prefecture's postcodes start with three zeros.
    assert [w.message for w in result.warnings] == [
        "'100' is not a postal code of Japan (for example 154-0023)"
    ]


def test_a_script_many_at_home_speak_is_no_sign_of_abroad(tmp_path: Path) -> None:
    # Moldova's official language is Romanian, in Latin letters, but one in twenty of its
    # people speak Ukrainian or Bulgarian (CLDR): a Russian-language list there is at home.
    path = tmp_path / "signers.csv"
    path.write_text(
        "Фамилия;Имя;Адрес;Город;Индекс\nРусу;Ион;бул. Штефан чел Маре 134, кв. 7;Кишинёв;"
        "MD-2012\n",
        "utf-8",
    )
    result = read_signers(path, None, Reading(country="MD", language="ru"))
    assert not result.problems and not result.warnings
    assert result.signers[0].address == ("бул. Штефан чел Маре 134, кв. 7", "MD-2012 Кишинёв")


def test_a_land_code_never_sends_a_german_row_abroad_and_a_state_no_us_state_is_no_zip(
    tmp_path: Path,
) -> None:
    # WooCommerce writes the German Land as its code: 'BE' is Indonesia's Bengkulu too, but
    # 10999 with Berlin is a German postcode beside a German town, so the row stays at home.
    # The Land Berlin is the town Berlin: left off, said (a code prints by its name otherwise,
    # the name ISO gives the Land: 'Bayern', not the English 'Bavaria').
    path = tmp_path / "signers.csv"
    text = (
        "Name;Straße;PLZ;Ort;Bundesland\nKai Weber;Hauptstr. 5;10999;Berlin;BE\n"
        "Anna Roth;Marktstr. 3;80331;München;BY\n"
    )
    path.write_text(text, "utf-8")
    at_home = read_signers(path, None, Reading(country="DE"))
    assert [s.address for s in at_home.signers] == [
        ("Hauptstr. 5", "10999 Berlin"),
        ("Marktstr. 3", "80331 München", "Bayern"),
    ]
    assert at_home.columns is not None
    assert "  state/region: 'BE' is Berlin (line 2)" in at_home.columns.lines()
    # From a US campaign the same row is no US address ('BE' is no state): Germany, said.
    from_us = read_signers(path, None, Reading(country="US"))
    assert from_us.signers[0].address == ("Hauptstr. 5", "10999 Berlin", "GERMANY")
    assert from_us.columns is not None
    assert "  country: Germany, from the postcode and town (line 2)" in from_us.columns.lines()
