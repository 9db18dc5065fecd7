"""Return addresses from many countries, as an export gives them (in the country's own script
and in Latin letters): every piece prints, in the country's order, the country line last in
English capitals when the letter is posted from the US, and none when posted from inside
(issue 20). The expected lines are each country's post's own order, written out by hand."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from packbuilder.language.scripts import upper
from packbuilder.signers.read import Reading, SignerList, read_signers

HEADER = "Name,Street,City,Region,Postal code,Country\n"

#: (country code, the row's cells after the name, the lines posted from inside the country,
#: the country line from the US). Cells: street, city, region, postal code, country.
SPREAD = [
    # Japan Post, kanji: postcode, prefecture, ward, block, largest first.
    ("JP", ("千代田1-1", "千代田区", "東京都", "100-0001", "Japan"),
     ("100-0001", "東京都", "千代田区", "千代田1-1"), "JAPAN"),
    ("JP", ("1-1 Chiyoda", "Chiyoda-ku", "Tokyo", "100-0001", "Japan"),
     ("1-1 Chiyoda", "Chiyoda-ku", "Tokyo", "100-0001"), "JAPAN"),
    ("KR", ("세종대로 110", "중구", "서울특별시", "04524", "South Korea"),
     ("서울특별시 중구", "세종대로 110", "04524"), "SOUTH KOREA"),
    ("KR", ("110 Sejong-daero", "Jung-gu", "Seoul", "04524", "South Korea"),
     ("110 Sejong-daero", "Jung-gu", "Seoul", "04524"), "SOUTH KOREA"),
    ("CN", ("天河路385号", "广州市", "广东省", "510620", "China"),
     ("510620", "广东省广州市", "天河路385号"), "CHINA"),
    ("CN", ("385 Tianhe Rd", "Guangzhou", "Guangdong", "510620", "China"),
     ("385 Tianhe Rd", "Guangzhou", "Guangdong, 510620"), "CHINA"),
    ("TW", ("重慶南路一段122號", "中正區", "臺北市", "100", "Taiwan"),
     ("100", "臺北市中正區", "重慶南路一段122號"), "TAIWAN"),
    ("TW", ("122 Chongqing S Rd Sec 1", "Zhongzheng Dist", "Taipei City", "100", "Taiwan"),
     ("122 Chongqing S Rd Sec 1", "Zhongzheng Dist, Taipei City 100"), "TAIWAN"),
    ("HK", ("皇后大道中99號", "中環", "香港島", "", "Hong Kong"),
     ("香港島", "中環", "皇后大道中99號"), "HONG KONG"),
    ("HK", ("99 Queen's Road Central", "Central", "Hong Kong Island", "", "Hong Kong"),
     ("99 Queen's Road Central", "Central", "Hong Kong Island"), "HONG KONG"),
    ("RU", ("ул. Ленина, д. 1, кв. 5", "Москва", "", "101000", "Russian Federation"),
     ("ул. Ленина, д. 1, кв. 5", "Москва", "101000"), "RUSSIAN FEDERATION"),
    ("RU", ("ul. Lenina, d. 1, kv. 5", "Moscow", "", "101000", "Russian Federation"),
     ("ul. Lenina, d. 1, kv. 5", "Moscow", "101000"), "RUSSIAN FEDERATION"),
    ("UA", ("вул. Хрещатик, 1", "Київ", "", "01001", "Ukraine"),
     ("вул. Хрещатик, 1", "Київ", "01001"), "UKRAINE"),
    ("GR", ("Ερμού 15", "Αθήνα", "", "105 63", "Greece"), ("Ερμού 15", "105 63 Αθήνα"), "GREECE"),
    ("GR", ("Ermou 15", "Athens", "", "105 63", "Greece"), ("Ermou 15", "105 63 Athens"), "GREECE"),
    ("TR", ("Atatürk Cad. No:5", "Kadıköy", "İstanbul", "34710", "Turkey"),
     ("Atatürk Cad. No:5", "34710 Kadıköy/İstanbul"), "TURKEY"),
    ("VN", ("12 Lý Thái Tổ", "Hoàn Kiếm", "Hà Nội", "100000", "Vietnam"),
     ("12 Lý Thái Tổ", "Hoàn Kiếm", "Hà Nội 100000"), "VIETNAM"),
    ("TH", ("99 ถนนพระราม 1", "ปทุมวัน", "กรุงเทพมหานคร", "10330", "Thailand"),
     ("99 ถนนพระราม 1", "ปทุมวัน", "กรุงเทพมหานคร 10330"), "THAILAND"),
    ("TH", ("99 Rama 1 Rd", "Pathum Wan", "Bangkok", "10330", "Thailand"),
     ("99 Rama 1 Rd", "Pathum Wan", "Bangkok 10330"), "THAILAND"),
    ("BR", ("Av. Paulista, 1000", "São Paulo", "SP", "01310-100", "Brazil"),
     ("Av. Paulista, 1000", "São Paulo-SP", "01310-100"), "BRAZIL"),
    ("MX", ("Av. Reforma 222", "Ciudad de México", "CDMX", "06600", "Mexico"),
     ("Av. Reforma 222", "06600 Ciudad de México, CDMX"), "MEXICO"),
    ("ES", ("Calle Mayor 5", "Madrid", "", "28013", "Spain"), ("Calle Mayor 5", "28013 Madrid"),
     "SPAIN"),
    ("IT", ("Via Roma 10", "Roma", "RM", "00184", "Italy"), ("Via Roma 10", "00184 Roma RM"),
     "ITALY"),
    ("NL", ("Damrak 1", "Amsterdam", "", "1012 LG", "Netherlands"),
     ("Damrak 1", "1012 LG Amsterdam"), "NETHERLANDS"),
    ("DE", ("Unter den Linden 1", "Berlin", "", "10117", "Germany"),
     ("Unter den Linden 1", "10117 Berlin"), "GERMANY"),
    ("FR", ("12 rue de la Paix", "Paris", "", "75002", "France"),
     ("12 rue de la Paix", "75002 Paris"), "FRANCE"),
    ("GB", ("10 Broad Lane", "Sheffield", "", "S10 1UA", "United Kingdom"),
     ("10 Broad Lane", "Sheffield", "S10 1UA"), "UNITED KINGDOM"),
    ("IE", ("4 Mill St", "Galway", "Co. Galway", "H91 E2K3", "Ireland"),
     ("4 Mill St", "Galway", "Co. Galway", "H91 E2K3"), "IRELAND"),
    ("IN", ("12 MG Road", "Bengaluru", "Karnataka", "560001", "India"),
     ("12 MG Road", "Bengaluru 560001", "Karnataka"), "INDIA"),
    ("AE", ("Villa 5 Street 12 Jumeirah", "", "Dubai", "", "United Arab Emirates"),
     ("Villa 5 Street 12 Jumeirah", "Dubai"), "UNITED ARAB EMIRATES"),
    ("AU", ("1 George St", "Sydney", "New South Wales", "2000", "Australia"),
     ("1 George St", "Sydney NSW 2000"), "AUSTRALIA"),
    ("NZ", ("1 Queen St", "Auckland", "", "1010", "New Zealand"), ("1 Queen St", "Auckland 1010"),
     "NEW ZEALAND"),
    ("IL", ("1 Rothschild Blvd", "Tel Aviv", "", "6688101", "Israel"),
     ("1 Rothschild Blvd", "Tel Aviv 6688101"), "ISRAEL"),
    ("SA", ("King Fahd Rd", "Riyadh", "", "12271", "Saudi Arabia"),
     ("King Fahd Rd", "Riyadh 12271"), "SAUDI ARABIA"),
]  # fmt: skip


def read(tmp_path: Path, text: str, country: str, language: str = "en") -> SignerList:
    path = tmp_path / "signers.csv"
    path.write_text(text, encoding="utf-8")
    return read_signers(path, None, Reading(country=country, language=language))


def _row(cells: tuple[str, ...]) -> str:
    return ",".join(f'"{c}"' if "," in c else c for c in cells)


@pytest.mark.parametrize(
    ("code", "cells", "inside", "country"), SPREAD, ids=[f"{s[0]}-{s[1][0]}" for s in SPREAD]
)
def test_an_address_prints_in_its_countrys_order_with_the_country_last_from_abroad(
    tmp_path: Path, code: str, cells: tuple[str, ...], inside: tuple[str, ...], country: str
) -> None:
    csv = HEADER + f"Mei Lin,{_row(cells)}\n"
    abroad = read(tmp_path, csv, "US")
    assert abroad.problems == (), abroad.problems
    assert abroad.signers[0].address == (*inside, country)
    home = read(tmp_path, csv, code)
    assert home.problems == (), home.problems
    assert home.signers[0].address == inside


def test_a_city_state_named_in_its_format_prints_its_name_once_as_the_country_line(
    tmp_path: Path,
) -> None:
    # Singapore's format ends "SINGAPORE 123456" (Google's address data); from abroad that
    # line stays and the country line follows it, the postcode still off the last line.
    csv = HEADER + "Mei Lin,1 Raffles Place,,,048616,SG\n"
    assert read(tmp_path, csv, "SG").signers[0].address == ("1 Raffles Place", "SINGAPORE 048616")
    abroad = read(tmp_path, csv, "US").signers[0].address
    assert abroad == ("1 Raffles Place", "SINGAPORE 048616", "SINGAPORE")


@pytest.mark.parametrize(
    ("cells", "country"),
    [
        (("שדרות רוטשילד 1", "תל אביב", "", "6688101", "Israel"), "ISRAEL"),
        (("طريق الملك فهد", "الرياض", "", "12271", "Saudi Arabia"), "SAUDI ARABIA"),
    ],
)
def test_a_right_to_left_address_prints_whole_with_its_country_last_or_is_refused_at_its_cell(
    tmp_path: Path, cells: tuple[str, ...], country: str
) -> None:
    found = read(tmp_path, HEADER + f"Mei Lin,{_row(cells)}\n", "US")
    if found.signers:
        assert found.signers[0].address[-1] == country
        printed = " ".join(found.signers[0].address)
        assert all(cell in printed for cell in cells[:4])
    else:
        (problem,) = found.problems
        assert (problem.line, problem.col) == (2, 2)
        assert "right to left" in problem.message


def test_the_country_line_is_last_even_under_an_address_written_largest_first(
    tmp_path: Path,
) -> None:
    # The case the issue names: Hangul, written largest unit first, posted from the US.
    found = read(tmp_path, HEADER + "김민준,세종대로 110,중구,서울특별시,04524,대한민국\n", "US")
    assert found.problems == ()
    assert found.signers[0].address[-1] == "SOUTH KOREA"
    assert "대한민국" not in found.signers[0].address


@pytest.mark.parametrize(
    ("written", "shown"),
    [
        ("加拿大", "CANADA"),
        ("DEUTSCHLAND", "GERMANY"),
        ("대한민국", "SOUTH KOREA"),
        ("DE", "GERMANY"),
    ],
)
def test_a_country_in_another_language_prints_as_the_posts_read_it_and_is_said(
    tmp_path: Path, written: str, shown: str
) -> None:
    found = read(tmp_path, HEADER + f"Ann Lee,1 Main St,Town,,12345,{written}\n", "US")
    assert found.problems == (), found.problems
    assert found.signers[0].address[-1] == shown
    assert found.columns is not None
    report = [line.strip() for line in found.columns.lines()]
    assert f"country: '{written}' printed as {shown} (line 2)" in report


@pytest.mark.parametrize(
    ("written", "posted_from", "shown"),
    [
        ("Belgique", "FR", "BELGIQUE"),  # in the French post's own language: as written
        ("Deutschland", "FR", "GERMANY"),  # neither French nor English: English
        ("Allemagne", "US", "GERMANY"),
        ("Belgium", "FR", "BELGIUM"),
    ],
)
def test_a_country_in_the_posting_countrys_language_prints_as_written(
    tmp_path: Path, written: str, posted_from: str, shown: str
) -> None:
    found = read(
        tmp_path, HEADER + f"Ann Lee,Rue Haute 10,Bruxelles,,1000,{written}\n", posted_from
    )
    assert found.problems == (), found.problems
    assert found.signers[0].address[-1] == shown


def test_a_country_written_in_english_prints_as_written_and_in_accents_as_the_data_spells_it() -> (
    None
):
    from packbuilder.signers.country_lines import country_line

    assert country_line("US", "United States of America") == "UNITED STATES OF AMERICA"
    assert country_line("SG", "SG") == "SINGAPORE"  # written in full, not "REP. OF SINGAPORE"
    # Vietnamese is not the US post's language: the English name, not the accents (review2 23).
    assert country_line("VN", "Việt Nam", "US") == "VIETNAM"
    # ...but French is one of Canada's, so a French name prints as written from Canada.
    assert country_line("HT", "Haïti", "CA") == "HAÏTI"
    assert country_line("HT", "Haïti", "US") == "HAITI"


def test_every_country_named_in_its_own_languages_prints_an_english_name_from_the_us() -> None:
    # Generated from the data, not written per country: each country Google's address data
    # knows, named as CLDR writes it in each of the country's official languages.
    from packbuilder.language import cldr
    from packbuilder.signers.countries import all_rules
    from packbuilder.signers.countries import rules as _rules
    from packbuilder.signers.country_lines import country_line

    def letters(name: str) -> str:  # accents kept, spaces and hyphens not
        return re.sub(r"[\W_]+", "", name.casefold())

    checked = 0
    for code in sorted(c for c in all_rules() if len(c) == 2 and c != "ZZ"):
        names = (cldr.territory_name(code) or "", _rules(code).get("name", ""))
        # Google's name may lose a note in brackets ("... GRENADINES (ANTILLES)").
        english = {letters(re.sub(r"\(.*\)", "", n)) for n in names} | {letters(n) for n in names}
        full = [n for n in names if n and "." not in n and "&" not in n]
        for language in cldr.official_languages(code):
            own = cldr.territory_name(code, language)
            if own:
                checked += 1
                line = country_line(code, own, "US")
                assert letters(line) in english, (code, language, own)
                # In full where a name in the data is (USPS Publication 28, A31): no "&", "St."
                assert not full or ("." not in line and "&" not in line), (code, line)
    assert checked > 300


@pytest.mark.parametrize(
    ("text", "capitals"),
    [
        ("Ελλάδα", "ΕΛΛΑΔΑ"),  # the tonos goes
        ("Ευρωπαϊκή Ένωση", "ΕΥΡΩΠΑΪΚΗ ΕΝΩΣΗ"),  # the dialytika stays
        ("Άγιος Νικόλαος", "ΑΓΙΟΣ ΝΙΚΟΛΑΟΣ"),
        ("ΐ", "Ϊ"),
        ("Café Ελλάς", "CAFÉ ΕΛΛΑΣ"),  # a Latin accent beside Greek stays
        ("Straße", "STRASSE"),
    ],
)
def test_capitals_as_the_script_writes_them(text: str, capitals: str) -> None:
    assert upper(text) == capitals


def test_an_unknown_greek_country_prints_in_greek_capitals_and_counts_as_printed(
    tmp_path: Path,
) -> None:
    found = read(tmp_path, HEADER + "Νίκος,Ερμού 15,Αθήνα,,105 63,Ελλάς Χώρα\n", "US")
    assert found.problems == (), found.problems
    assert found.signers[0].address[-1] == "ΕΛΛΑΣ ΧΩΡΑ"


UNITS = [
    # USPS Publication 28: the designator on the delivery line, after the street.
    ("US", "Name,Street address,Apartment or unit,City,State,Zip\n"
     "Ann Lee,12 Oak St,3,Springfield,IL,62704\n",
     ("12 Oak St Apt 3", "Springfield, IL 62704"), "a bare number prints as 'Apt N'"),
    ("US", "Name,Street,Suite,City,State,Zip\nAnn Lee,12 Oak St,200,Springfield,IL,62704\n",
     ("12 Oak St Ste 200", "Springfield, IL 62704"), "a bare number prints as 'Ste N'"),
    # Russian Post: street, house, flat on one line.
    ("RU", "Имя,Улица,Дом,Квартира,Город,Индекс\nИван Петров,ул. Ленина,1,5,Москва,101000\n",
     ("ул. Ленина, д. 1, кв. 5", "Москва", "101000"), "a bare number prints as 'кв. N'"),
    ("RU", "Name,Street,House,Apartment,City,Postcode\nIvan Petrov,ul. Lenina,1,5,Moscow,101000\n",
     ("ul. Lenina, 1, kv. 5", "Moscow", "101000"), "a bare number prints as 'kv. N'"),
    # Royal Mail: the flat on a line of its own above the street.
    ("GB", "Name,Street,Flat,Town,Postcode\nAnn Lee,10 Broad Lane,3,Sheffield,S10 1UA\n",
     ("Flat 3", "10 Broad Lane", "Sheffield", "S10 1UA"), "a bare number prints as 'Flat N'"),
    # La Poste (NF Z10-011): the flat on line 2, above the number and street.
    ("FR", "Nom,Adresse,Appartement,Code postal,Ville\nAnn Lee,12 rue de la Paix,3,75002,Paris\n",
     ("Appartement 3", "12 rue de la Paix", "75002 Paris"), "a bare number prints as"),
    # Canada Post: the unit before the civic number, with a hyphen.
    ("CA", "Name,Street,Apartment,City,Province,Postal Code\n"
     "Ann Lee,24 Sussex Dr,3,Ottawa,ON,K1M 1M4\n",
     ("3-24 Sussex Dr", "Ottawa ON K1M 1M4"),
     "a bare number prints before the house number, joined by '-'"),
    # ...and with no civic number to join, on a line of its own.
    ("CA", "Name,Street,Apartment,City,Province,Postal Code\n"
     "Ann Lee,Sussex Drive,3,Ottawa,ON,K1M 1M4\n",
     ("Sussex Drive", "Apt 3", "Ottawa ON K1M 1M4"),
     "a bare number prints before the house number, joined by '-'"),
    # No designator listed for Germany: the header's own word, on a line below the street.
    ("DE", "Name,Straße,Wohnung,PLZ,Ort\nAnna Schmidt,Lindenweg 3,5,80331,München\n",
     ("Lindenweg 3", "Wohnung 5", "80331 München"), "a bare number prints as 'Wohnung N'"),
    # Japan: the room below the building.
    ("JP", "氏名,郵便番号,都道府県,市区町村,番地,建物名,部屋番号\n"
     "山田太郎,100-0001,東京都,千代田区,千代田1-1,皇居ビル,101\n",
     ("100-0001", "東京都", "千代田区", "千代田1-1", "皇居ビル", "101号室"),
     "a bare number prints as 'N号室'"),
    # A unit with its own word prints as written.
    ("US", "Name,Street,Apartment or unit,City,State,Zip\n"
     "Ann Lee,12 Oak St,Apt 3,Springfield,IL,62704\n",
     ("12 Oak St Apt 3", "Springfield, IL 62704"), ""),
]  # fmt: skip


@pytest.mark.parametrize(
    ("code", "csv", "lines", "said"), UNITS, ids=[f"{u[0]}-{u[1].split(',')[2]}" for u in UNITS]
)
def test_a_bare_unit_number_gets_its_countrys_designator_where_its_post_puts_it(
    tmp_path: Path, code: str, csv: str, lines: tuple[str, ...], said: str
) -> None:
    found = read(tmp_path, csv, code)
    assert found.problems == (), found.problems
    assert found.signers[0].address == lines
    assert found.columns is not None
    report = [line.strip() for line in found.columns.lines()]
    told = [line for line in report if line.startswith("apartment/unit: a bare number")]
    if said:
        assert len(told) == 1 and told[0].startswith(f"apartment/unit: {said}"), report
    else:
        assert told == []


def test_us_state_names_print_as_their_usps_codes_and_are_said(tmp_path: Path) -> None:
    csv = (
        "Name,Street,City,State,Zip\nAnn Lee,12 Oak St,Springfield,Illinois,62704\n"
        "Bo Chan,1 Main St,Albany,new york,12207\nCy Dee,2 Elm St,Troy,NY,12180\n"
    )
    found = read(tmp_path, csv, "US")
    assert found.problems == ()
    assert [s.address[-1] for s in found.signers] == [
        "Springfield, IL 62704",
        "Albany, NY 12207",
        "Troy, NY 12180",
    ]
    assert found.columns is not None
    report = [line.strip() for line in found.columns.lines()]
    assert "state/region: 'Illinois' printed as IL (line 2)" in report
    assert "state/region: 'new york' printed as NY (line 3)" in report
    assert not any("'NY' printed" in line for line in report)


@pytest.mark.parametrize(
    "cell",
    [
        "Springfield, IL 62704\n12 Oak St\nApt 3",
        "12 Oak St\nApt 3\nSpringfield, IL 62704",
        "Apt 3\n12 Oak St\nSpringfield, IL 62704",
    ],
)
def test_a_multi_line_us_cell_is_kept_in_usps_order(tmp_path: Path, cell: str) -> None:
    found = read(tmp_path, f'Name,Address\nAnn Lee,"{cell}"\n', "US")
    assert found.problems == ()
    assert found.signers[0].address == ("12 Oak St Apt 3", "Springfield, IL 62704")


def test_a_japanese_excel_export_with_no_country_prints_in_japans_order_with_japan_last(
    tmp_path: Path,
) -> None:
    # The case the issue names: Japanese Excel's Shift-JIS, no country column, posted from the
    # US; the prefecture (東京都) says Japan.
    path = tmp_path / "signers.csv"
    text = (
        "氏名,郵便番号,都道府県,市区町村,番地,建物名\n"
        "山田太郎,100-0001,東京都,千代田区,千代田1-1,皇居ビル101\n"
    )
    path.write_bytes(text.encode("cp932"))
    found = read_signers(path, None, Reading(country="US", language="en"))
    assert found.problems == (), found.problems
    assert found.signers[0].address == (
        "100-0001",
        "東京都",
        "千代田区",
        "千代田1-1",
        "皇居ビル101",
        "JAPAN",
    )
    assert found.columns is not None
    report = [line.strip() for line in found.columns.lines()]
    # Told by the postcode and the prefecture (or, failing that, the script and region).
    assert any(
        line.startswith("country: Japan, from the") and line.endswith("(line 2)") for line in report
    ), report


@pytest.mark.parametrize(
    "cell",
    [
        "12 Oak St\nApt 3\nSpringfield, IL\n62704",  # a form's address block, one part a line
        "12 Oak St\nApt 3\nSpringfield, IL\n62704\nUnited States",
        "12 Oak St, Apt 3, Springfield, IL, 62704, United States",  # one line, all commas
        "12 Oak St, Apt 3, Springfield, IL 62704",
    ],
)
def test_a_us_address_cell_in_any_shape_prints_street_then_city_line(
    tmp_path: Path, cell: str
) -> None:
    found = read(tmp_path, f'Name,Address\nAnn Lee,"{cell}"\n', "US")
    assert found.problems == (), found.problems
    assert found.signers[0].address == ("12 Oak St Apt 3", "Springfield, IL 62704")


#: SPREAD's addresses whose country writes the street first (its lines start with the street
#: cell), in Latin letters or not; Google names China's provinces in Latin letters with their
#: designator ("Guangdong Sheng"), which a line written "Guangdong" does not say.
STREET_FIRST = [s for s in SPREAD if s[2][0] == s[1][0] and not s[1][0].startswith("385 Tianhe")]


@pytest.mark.parametrize(
    ("code", "cells", "inside", "country"),
    STREET_FIRST,
    ids=[f"{s[0]}-{s[1][0]}" for s in STREET_FIRST],
)
def test_an_address_on_one_line_with_commas_prints_as_its_parts_in_columns_do(
    tmp_path: Path, code: str, cells: tuple[str, ...], inside: tuple[str, ...], country: str
) -> None:
    # The cell is the country's own lines joined with commas, as a person types an address
    # into one field; it is read by the country's format data (postcode pattern, region
    # names, the order of town and postcode), not by what this test expects.
    for home, lines in ((code, inside), ("US", (*inside, country))):
        cell = ", ".join(lines)
        found = read(tmp_path, f'Name,Address\nMei Lin,"{cell}"\n', home)
        assert found.problems == (), found.problems
        assert found.signers[0].address == lines


@pytest.mark.parametrize(
    ("home", "cell", "lines"),
    [
        # QuickBooks: two spaces, the ZIP's zero lost, the country's code after it (review2 06).
        ("US", "18 Dorchester Ave Apt 2, Boston, MA  2127 US",
         ("18 Dorchester Ave Apt 2", "Boston, MA 02127")),
        ("US", "Calle Loíza 1958 Apt 3, San Juan, PR 911", ("Calle Loíza 1958 Apt 3",
         "San Juan, PR 00911")),
        ("US", "12 Oak St, Springfield IL 62704, USA", ("12 Oak St", "Springfield, IL 62704")),
        # Royal Mail: each part on its own line, the postcode last (review2 46).
        ("GB", "Flat 2, 14 High Street, Leeds, LS1 4AB",
         ("Flat 2", "14 High Street", "Leeds", "LS1 4AB")),
        ("GB", "The Old Forge, Mill Road, Little Wittenham, Abingdon, Oxfordshire, OX14 4RA",
         ("The Old Forge", "Mill Road", "Little Wittenham", "Abingdon", "Oxfordshire",
          "OX14 4RA")),
        ("US", "Flat 2, 14 High Street, Leeds LS1 4AB, UK",
         ("Flat 2", "14 High Street", "Leeds", "LS1 4AB", "UNITED KINGDOM")),
        ("DE", "Hauptstr. 5, 10115 Berlin", ("Hauptstr. 5", "10115 Berlin")),
        ("SE", "Drottninggatan 53, 111 21 Stockholm, Sweden",
         ("Drottninggatan 53", "111 21 Stockholm")),
        ("AU", "Unit 4, 12 Smith St, Darwin NT 800", ("Unit 4", "12 Smith St", "Darwin NT 0800")),
        ("CA", "4520 rue Saint-Denis, app. 3, Montréal Québec H2J 2L3",
         ("4520 rue Saint-Denis", "app. 3", "Montréal QC H2J 2L3")),
        ("AE", "Villa 5 Street 12 Jumeirah, Dubai", ("Villa 5 Street 12 Jumeirah", "Dubai")),
        # Korea's own format, largest first: region and district, street, postcode (review 10's
        # Paperform cell printed as one line before).
        ("KR", "서울특별시 중구, 세종대로 110, 04524",
         ("서울특별시 중구", "세종대로 110", "04524")),
        # Where the town starts cannot be told: as written.
        ("US", "Hauptstr. 5, 10115 Berlin", ("Hauptstr. 5, 10115 Berlin",)),
    ],
)  # fmt: skip
def test_a_one_line_address_is_read_by_its_countrys_format(
    tmp_path: Path, home: str, cell: str, lines: tuple[str, ...]
) -> None:
    found = read(tmp_path, f'Name,Address\nAnna Schmidt,"{cell}"\n', home)
    assert found.problems == (), found.problems
    assert found.signers[0].address == lines


@pytest.mark.parametrize(
    ("code", "cells", "home", "abroad"),
    [
        # The country's letters before the postcode are for mail from abroad.
        ("SE", ("Storgatan 5", "Stockholm", "", "114 55", "Sweden"),
         ("Storgatan 5", "114 55 Stockholm"), ("Storgatan 5", "SE-114 55 Stockholm", "SWEDEN")),
        ("FI", ("Mannerheimintie 12 B 5", "Helsinki", "", "00100", "Finland"),
         ("Mannerheimintie 12 B 5", "00100 Helsinki"),
         ("Mannerheimintie 12 B 5", "FI-00100 Helsinki", "FINLAND")),
        ("CH", ("Bahnhofstrasse 21", "Zürich", "", "8001", "Switzerland"),
         ("Bahnhofstrasse 21", "8001 Zürich"),
         ("Bahnhofstrasse 21", "CH-8001 Zürich", "SWITZERLAND")),
    ],
)  # fmt: skip
def test_a_postcodes_country_prefix_prints_only_on_mail_from_abroad(
    tmp_path: Path,
    code: str,
    cells: tuple[str, ...],
    home: tuple[str, ...],
    abroad: tuple[str, ...],
) -> None:
    csv = HEADER + f"Mei Lin,{_row(cells)}\n"
    assert read(tmp_path, csv, code).signers[0].address == home
    assert read(tmp_path, csv, "US").signers[0].address == abroad


def test_a_military_address_has_no_comma_in_its_last_line(tmp_path: Path) -> None:
    csv = "Name,Street,City,State,Zip\nAnn Lee,Unit 2050 Box 4190,APO,AP,96278\n"
    assert read(tmp_path, csv, "US").signers[0].address == ("Unit 2050 Box 4190", "APO AP 96278")


@pytest.mark.parametrize(
    ("code", "typed", "postcode", "printed"),
    [
        ("CA", "k1m1m4", "K1M 1M4", "Ottawa ON K1M 1M4"),
        ("GB", "s101ua", "S10 1UA", "S10 1UA"),
        ("GB", "12345", "12345", "12345"),  # not a UK postcode either way: as written
    ],
)
def test_a_postcode_typed_without_its_space_prints_as_its_post_writes_it(
    tmp_path: Path, code: str, typed: str, postcode: str, printed: str
) -> None:
    town, region = ("Ottawa", "Ontario") if code == "CA" else ("Sheffield", "")
    csv = HEADER + f"Ann Lee,10 Broad Lane,{town},{region},{typed},{code}\n"
    found = read(tmp_path, csv, code)
    assert found.problems == (), found.problems
    assert printed in found.signers[0].address
    assert found.columns is not None
    said = [line.strip() for line in found.columns.lines()]
    changed = f"postal code: '{typed}' printed as {postcode} (line 2)"
    assert (changed in said) == (typed != postcode), said


@pytest.mark.parametrize(
    ("code", "cells", "lines"),
    [
        # A Turkish list's İl (province) holding 'Berlin' for a signer in Germany, no İlçe
        # (review-findings 22): Germany's format has no region slot, so it names the town.
        ("DE", ("Friedrichstraße 110", "", "Berlin", "10117", "Germany"),
         ("Friedrichstraße 110", "10117 Berlin")),
        ("NL", ("Damrak 1", "", "Noord-Holland", "1012 LG", "Netherlands"),
         ("Damrak 1", "1012 LG Noord-Holland")),
        # With a town, the region the format has no slot for prints below it, once.
        ("DE", ("Friedrichstraße 110", "Berlin", "Berlin", "10117", "Germany"),
         ("Friedrichstraße 110", "10117 Berlin")),
    ],
)  # fmt: skip
def test_a_region_with_no_town_prints_where_the_town_goes_when_the_format_has_no_region(
    tmp_path: Path, code: str, cells: tuple[str, ...], lines: tuple[str, ...]
) -> None:
    found = read(tmp_path, HEADER + f"Mei Lin,{_row(cells)}\n", code)
    assert found.problems == (), found.problems
    assert found.signers[0].address == lines


@pytest.mark.parametrize(
    ("code", "cells", "lines"),
    [
        # A county or Land named in the street is still the region (testctry3 cases20: 'Kent'
        # was left off beside '12 Kent Road', exit 0).
        ("GB", ("12 Kent Road", "Bromley", "Kent", "BR1 1AA", ""),
         ("12 Kent Road", "Bromley", "Kent", "BR1 1AA")),
        ("DE", ("Bayernstraße 3", "Nürnberg", "Bayern", "90478", ""),
         ("Bayernstraße 3", "90478 Nürnberg", "Bayern")),
        # ...and one that is the town prints once.
        ("DE", ("Unter den Linden 1", "Berlin", "Berlin", "10117", ""),
         ("Unter den Linden 1", "10117 Berlin")),
    ],
)  # fmt: skip
def test_a_region_the_format_has_no_slot_for_prints_unless_it_is_the_town(
    tmp_path: Path, code: str, cells: tuple[str, ...], lines: tuple[str, ...]
) -> None:
    found = read(tmp_path, HEADER + f"Mei Lin,{_row(cells)}\n", code)
    assert found.problems == (), found.problems
    assert found.signers[0].address == lines


@pytest.mark.parametrize(
    ("code", "csv", "lines"),
    [
        # A district column naming one of the country's regions in Google's data is the
        # region, where the format puts it (testctry3: Wanica printed above the town).
        ("SR", "Name,Address,Town,District\nRavi Ramdin,Kernkampweg 12,Lelydorp,Wanica\n",
         ("Kernkampweg 12", "Lelydorp", "Wanica")),
        # ...and a "town" naming one where the format has no town (the Cayman Islands' island
        # and postcode on one line, %S %Z).
        ("KY", "Name,Address,District,Postal Code\nKeisha Ebanks,PO Box 1234,Grand Cayman,"
         "KY1-1102\n", ("PO Box 1234", "Grand Cayman KY1-1102")),
    ],
)  # fmt: skip
def test_a_district_that_names_a_region_prints_as_the_region(
    tmp_path: Path, code: str, csv: str, lines: tuple[str, ...]
) -> None:
    found = read(tmp_path, csv, code)
    assert found.problems == (), found.problems
    assert found.signers[0].address == lines


@pytest.mark.parametrize(
    ("code", "csv", "lines"),
    [
        # A number alone under a building, block or floor column prints with its word (the
        # country tester's Kuwaiti 'Block' printed a bare '4').
        ("GB", "Name,Building,Floor,Street,Town,Postcode\n"
         "Ann Lee,Ivy House,3,Station Road,York,YO1 7AA\n",
         ("Floor 3", "Ivy House", "Station Road", "York", "YO1 7AA")),
        ("HK", "Name,Block,Floor,Street,District,Region\n"
         "Chan Tai Man,3,12,18 Tai Koo Wan Road,Quarry Bay,Hong Kong Island\n",
         ("Floor 12", "Block 3", "18 Tai Koo Wan Road", "Quarry Bay", "Hong Kong Island")),
    ],
)  # fmt: skip
def test_a_building_or_floor_number_alone_prints_with_its_word(
    tmp_path: Path, code: str, csv: str, lines: tuple[str, ...]
) -> None:
    found = read(tmp_path, csv, code)
    assert found.problems == (), found.problems
    assert found.signers[0].address == lines
