"""Signer lists read by their values where the header says nothing packbuilder knows (slice
"table" of issue 20): a care-of line by how it starts. Lists read with read_signers, as a
user's campaign would."""

from __future__ import annotations

from pathlib import Path

import pytest

from packbuilder.signers.read import Reading, read_signers


def _read(tmp_path: Path, text: str, country: str = "US") -> object:
    path = tmp_path / "signers.csv"
    path.write_text(text, encoding="utf-8")
    return read_signers(path, None, Reading(country=country))


@pytest.mark.parametrize(
    ("country", "header", "row", "printed"),
    [
        (
            "US",
            "Name,Extra,Street,City,State,Zip",
            "Ann Lee,C/O Acme Corp,12 Oak St,Springfield,IL,62704",
            ("C/O Acme Corp", "12 Oak St", "Springfield, IL 62704"),
        ),
        (
            "FR",
            "Nom,Divers,Adresse,Code postal,Ville",
            "Marie Dubois,chez M. Martin,12 rue de la Paix,75002,Paris",
            ("chez M. Martin", "12 rue de la Paix", "75002 Paris"),
        ),
        (
            "IT",
            "Nome,Riga extra,Indirizzo,CAP,Città",
            "Giulia Rossi,presso Studio Bianchi,Via Roma 10,00184,Roma",
            ("presso Studio Bianchi", "Via Roma 10", "00184 Roma"),
        ),
    ],
    ids=["us-opt-line", "fr-chez", "it-presso"],
)
def test_a_column_of_care_of_lines_prints_above_the_street(
    tmp_path: Path, country: str, header: str, row: str, printed: tuple[str, ...]
) -> None:
    found = _read(tmp_path, f"{header}\n{row}\n", country)
    assert found.problems == ()  # type: ignore[attr-defined]
    assert [s.address for s in found.signers] == [printed]  # type: ignore[attr-defined]
    report = found.columns.lines()  # type: ignore[attr-defined]
    assert any("c/o or attention line <-" in line and "by its values" in line for line in report)


def test_a_notes_column_with_one_care_of_line_is_not_a_care_of_column(tmp_path: Path) -> None:
    text = "Name,Memo,Street,City,State,Zip\n"
    text += "Ann Lee,c/o her office,12 Oak St,Springfield,IL,62704\n"
    text += "Bo Chan,called twice,400 Elm Ave,Chicago,IL,60614\n"
    text += "Cy Ray,wants a call,5 Main St,Urbana,IL,61801\n"
    found = _read(tmp_path, text)
    report = found.columns.lines()  # type: ignore[attr-defined]
    assert not any("c/o or attention line <-" in line for line in report)


@pytest.mark.parametrize(
    ("header", "rows"),
    [
        (
            "Name,Full Address,Street,City,State,Zip",
            'Bo Chan,"400 Elm Ave, Chicago, IL 60614",,,,\n'
            'Ann Lee,"12 Oak St, Springfield, IL 62704",12 Oak St,Springfield,IL,62704\n',
        ),
        (
            "Name,Mailing Street,Mailing City,Mailing State,Mailing Zip,Mailing Address",
            'Bo Chan,,,,,"400 Elm Ave\nChicago, IL 60614"\n'
            "Ann Lee,12 Oak St,Springfield,IL,62704,\n",
        ),
    ],
    ids=["full-address-first", "mailing-set-multi-line"],
)
def test_a_whole_address_beside_empty_parts_is_the_address(
    tmp_path: Path, header: str, rows: str
) -> None:
    found = _read(tmp_path, f"{header}\n{rows}")
    assert found.problems == ()  # type: ignore[attr-defined]
    assert [(s.name, s.address) for s in found.signers] == [  # type: ignore[attr-defined]
        ("Bo Chan", ("400 Elm Ave", "Chicago, IL 60614")),
        ("Ann Lee", ("12 Oak St", "Springfield, IL 62704")),
    ]
    report = found.columns.lines()  # type: ignore[attr-defined]
    assert any("where the parts beside it are empty (line 2)" in line for line in report)


@pytest.mark.parametrize(
    ("header", "row", "signs"),
    [
        (
            "Account,Addressee,Street,City,State,Zip",
            "Lee Household,Ann & Bo Lee,12 Oak St,Springfield,IL,62704",
            "Ann & Bo Lee",
        ),
        (
            "Konto,Feld 2,Street,City,State,Zip",
            "Haushalt Weber,Jonas und Lea Weber,12 Oak St,Springfield,IL,62704",
            "Jonas und Lea Weber",
        ),
    ],
)
def test_a_household_is_no_person_and_a_couple_signs_together(
    tmp_path: Path, header: str, row: str, signs: str
) -> None:
    found = _read(tmp_path, f"{header}\n{row}\n")
    assert [s.name for s in found.signers] == [signs]  # type: ignore[attr-defined]


def test_a_household_alone_is_refused_never_signed(tmp_path: Path) -> None:
    text = "Account Name,Billing Street,Billing City,Billing State,Billing Zip\n"
    text += (
        "Ortiz Household,77 Pine Rd,Austin,TX,78701\nLee Household,12 Oak St,Springfield,IL,62704\n"
    )
    found = _read(tmp_path, text)
    assert found.signers == ()  # type: ignore[attr-defined]
    assert [(p.line, p.col) for p in found.problems][:1] == [(1, 1)]  # type: ignore[attr-defined]


@pytest.mark.parametrize("word", ["Adult 1", "Guardian 1", "Parent 1"])
def test_one_persons_name_parts_go_together(tmp_path: Path, word: str) -> None:
    # A directory's household "Family Name" beside the person's own first and last name.
    text = f"Family Name,{word} First Name,{word} Last Name,Address,City,State,Zip\n"
    text += "The Parkers,Jo,Parker-Lee,12 Oak St,Springfield,IL,62704\n"
    text += "Kim,Mr & Mrs,Kim,400 Elm Ave,Chicago,IL,60614\n"
    found = _read(tmp_path, text)
    assert [s.name for s in found.signers] == ["Jo Parker-Lee", "Mr & Mrs Kim"]  # type: ignore[attr-defined]
    warned = [w for w in found.warnings if "a title, not a given name" in w.message]  # type: ignore[attr-defined]
    assert [(w.line, w.col) for w in warned] == [(3, 2)]


_MAILCHIMP = "Email Address,First Name,Last Name,Address,Phone Number,MEMBER_RATING,CC,REGION\n"


@pytest.mark.parametrize(
    ("cell", "printed"),
    [
        (
            "5 rue de la Paix    Paris    75002  FR",
            ("5 rue de la Paix", "75002 Paris", "FRANCE"),
        ),
        (
            "Flat 2  10 Broad Lane  Sheffield    S10 1UA  GB",
            ("Flat 2", "10 Broad Lane", "Sheffield", "S10 1UA", "UNITED KINGDOM"),
        ),
        (
            "Via Roma 10    Roma  RM  00184  IT",
            ("Via Roma 10", "00184 Roma RM", "ITALY"),
        ),
    ],
    ids=["fr-two-empty-slots", "gb-no-state", "it-no-line-2"],
)
def test_mailchimps_address_cell_keeps_its_empty_slots_and_its_geo_ip_region_never_prints(
    tmp_path: Path, cell: str, printed: tuple[str, ...]
) -> None:
    found = _read(tmp_path, _MAILCHIMP + f"a@x.org,Ann,Lee,{cell},,2,US,IL\n")
    assert found.problems == ()  # type: ignore[attr-defined]
    assert [s.address for s in found.signers] == [printed]  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("second", "rows", "same"),
    [
        ("Full country name", ("United Kingdom", "Germany"), True),
        ("Country name", ("Royaume-Uni", "Allemagne"), True),
        ("Full country name", ("United Kingdom", "France"), False),
    ],
)
def test_a_country_written_twice_is_one_country(
    tmp_path: Path, second: str, rows: tuple[str, str], same: bool
) -> None:
    text = f"Name,Street,City,Zip,Country,{second}\n"
    text += f"Oliver Smith,10 Broad Lane,Sheffield,S10 1UA,GB,{rows[0]}\n"
    text += f"Anna Müller,Hauptstraße 5,Berlin,10115,DE,{rows[1]}\n"
    found = _read(tmp_path, text)
    problems = found.problems  # type: ignore[attr-defined]
    report = found.columns.lines()  # type: ignore[attr-defined]
    said = f"not used: {second} (2 values): the same country as 'Country' on every line"
    if same:
        assert problems == ()
        assert any(line.strip().startswith(said) for line in report), report
        assert [s.address[-1] for s in found.signers] == ["UNITED KINGDOM", "GERMANY"]  # type: ignore[attr-defined]
    else:
        assert [(p.line, p.col) for p in problems] == [(1, 6)]


@pytest.mark.parametrize("codes", [("Y", "N"), ("L", "C"), ("A", "A")])
def test_one_letter_codes_are_never_offered_as_a_missing_address_part(
    tmp_path: Path, codes: tuple[str, str]
) -> None:
    # A canvass sheet: whether the elector voted, their voting intention; no town column.
    text = "Title,Surname,First Names,Address 1,Address 2,Postcode,Voted,Intention\n"
    text += f"Mr,Khan,Imran,14 Station Road,Harrow,HA1 2TY,{codes[0]},{codes[1]}\n"
    text += f"Ms,Ng,Mai,2 Hill Rise,Harrow,HA1 3AA,{codes[1]},{codes[0]}\n"
    found = _read(tmp_path, text, "GB")
    assert found.problems == ()  # type: ignore[attr-defined]
    assert [s.name for s in found.signers] == ["Mr Imran Khan", "Ms Mai Ng"]  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("area", "printed"),
    [
        ("浙江省-杭州市-西湖区", "浙江省杭州市西湖区"),
        ("上海市-上海市-浦东新区", "上海市浦东新区"),
    ],
)
def test_a_province_city_district_answer_prints_each_place_once(
    tmp_path: Path, area: str, printed: str
) -> None:
    # A Chinese form's "where you live" question, answered as the form joins its three lists.
    text = "姓名,所在地区,详细地址,邮政编码\n" + f"王芳,{area},文三路90号,310012\n"
    found = _read(tmp_path, text, "CN")
    assert found.problems == ()  # type: ignore[attr-defined]
    assert [s.address for s in found.signers] == [("310012", printed, "文三路90号")]  # type: ignore[attr-defined]


def test_a_region_with_a_hyphen_in_its_name_is_one_region(tmp_path: Path) -> None:
    text = "Nom,Adresse,Code postal,Ville,Région\n"
    text += "Marie Dubois,12 rue de la Paix,75002,Paris,Île-de-France\n"
    found = _read(tmp_path, text, "FR")
    assert any("Île-de-France" in line for s in found.signers for line in s.address)  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("country", "header", "row", "signs", "printed"),
    [
        (
            "TM",
            "Ady,Familiya,Salgysy,Poçta indeksi,Şäher",
            "Aziz,Karimov,Magtymguly 15,744000,Ashgabat",
            "Aziz Karimov",
            ("Magtymguly 15", "744000 Ashgabat"),
        ),
        (
            "IS",
            "Fornafn,Eftirnafn,Heimilisfang,Póstnúmer,Staður",
            "Gudrun,Jonsdottir,Laugavegur 22,101,Reykjavik",
            "Gudrun Jonsdottir",
            ("Laugavegur 22", "101 Reykjavik"),
        ),
        (
            "IN",
            "మొదటి పేరు,ఇంటి పేరు,చిరునామా,పిన్ కోడ్,నగరం",
            "Lakshmi,Reddy,12 MG Road,500001,Hyderabad",
            "Lakshmi Reddy",
            ("12 MG Road", "Hyderabad 500001"),
        ),
    ],
    ids=["turkmen", "icelandic", "telugu"],
)
def test_columns_no_header_word_names_are_placed_by_their_values_and_place(
    tmp_path: Path, country: str, header: str, row: str, signs: str, printed: tuple[str, ...]
) -> None:
    # Header words in languages the tool has no words for (K's probe); the values say it.
    found = _read(tmp_path, f"{header}\n{row}\n", country)
    assert found.problems == ()  # type: ignore[attr-defined]
    assert [(s.name, s.address) for s in found.signers] == [(signs, printed)]  # type: ignore[attr-defined]
    report = found.columns.lines()  # type: ignore[attr-defined]
    assert any("(by its values and place:" in line for line in report)


@pytest.mark.parametrize(
    ("header", "row", "at"),
    [
        # The town beside the postcode is placed; the county beside it is asked about.
        ("Name,Street,Zip,Qa,Qb", "Ann Lee,12 Oak St,62704,Springfield,Sangamon", (2, 5)),
        # A town typed in lower case is no town by its look: asked about.
        ("Name,Street,Zip,Qa", "Ann Lee,12 Oak St,62704,springfield", (2, 4)),
    ],
    ids=["two-word-columns", "lower-case"],
)
def test_columns_the_values_cannot_settle_keep_their_located_refusal(
    tmp_path: Path, header: str, row: str, at: tuple[int, int]
) -> None:
    found = _read(tmp_path, f"{header}\n{row}\n")
    problems = found.problems  # type: ignore[attr-defined]
    assert at in [(p.line, p.col) for p in problems], problems


_COUNTED = (
    "No.,Name,Postal Address,Town,Postcode,Province\n"
    "1,Kila Wari,PO Box 1234,Boroko,111,NCD\n2,Grace Kumbu,PO Box 88,Lae,411,Morobe\n"
)


def test_a_row_counter_read_as_a_house_number_is_said_with_the_line_that_keeps_it(
    tmp_path: Path,
) -> None:
    path = tmp_path / "signers.csv"
    path.write_text(_COUNTED, encoding="utf-8")
    found = read_signers(path, None, Reading(country="PG"))
    assert [s.address[0] for s in found.signers] == ["PO Box 1234", "PO Box 88"]
    (warning,) = [w for w in found.warnings if w.col == 1]
    assert str(warning).startswith(
        f"{path}:1:1: (header): warning: column 'No.': the header says house number, but its "
        "values number the rows (1, 2 in row order)"
    ), str(warning)
    assert "signer_columns: 'house_number: No.'" in warning.message
    # The line the warning gives is taken at its word: the numbers print, each on a line of
    # its own above the box (a box has no house number).
    mapped = read_signers(path, {"house_number": "No."}, Reading(country="PG"))
    assert mapped.problems == () and mapped.warnings == ()
    assert [s.address[:2] for s in mapped.signers] == [("1", "PO Box 1234"), ("2", "PO Box 88")]


def test_a_total_line_with_an_address_is_a_signer_and_one_with_a_name_is_not_a_total(
    tmp_path: Path,
) -> None:
    # The shape, not a word: a row giving an address is somebody's, whatever its first cell.
    text = (
        "Name,Street,City,State,ZIP\nAnn Lee,12 Oak St,Springfield,IL,62704\n"
        "Gruppe 2,5 Elm St,Boston,MA,02127\nBo Chan,,,,\n"
    )
    found = _read(tmp_path, text)
    names = [s.name for s in found.signers]  # type: ignore[attr-defined]
    assert names == ["Ann Lee", "Gruppe 2", "Bo Chan"]


@pytest.mark.parametrize(
    ("country", "text", "warned"),
    [
        (
            "US",
            # The row names its country (without one, such a row is refused: it may be
            # abroad), so the state alone is in doubt.
            "Name,Street,City,State,ZIP,Country\nAnn Lee,12 Oak St,Springfield,XX,62704,USA\n"
            "Bo Chan,5 Elm St,Munich,Bayern,80331,USA\n"
            "Cy Diaz,9 Pine Rd,Sacramento,Calif.,95814,USA\n"
            "Dee Ng,1 Main St,Albany,N.Y.,12207,USA\n",
            {2: ("Ann Lee", "XX"), 3: ("Bo Chan", "Bayern")},
        ),
        (
            "AU",
            "Name,Street,Suburb,State,Postcode,Country\n"
            "Ann Lee,12 Queen St,Hamilton,Waikato,3204,Australia\n"
            "Bo Chan,5 George St,Sydney,N.S.W.,2000,Australia\n"
            "Cy Diaz,9 Collins St,Melbourne,Vic,3000,Australia\n",
            {2: ("Ann Lee", "Waikato")},
        ),
        (
            # A Basque province's own name, in a country whose regions have names in
            # languages Google's data does not hold: no warning.
            "ES",
            "Nombre,Dirección,Código postal,Ciudad,Provincia\n"
            "Ane Etxeberria,Kale Nagusia 12,20003,Donostia,Gipuzkoa\n",
            {},
        ),
    ],
    ids=["us-xx-bayern", "au-waikato", "es-gipuzkoa"],
)
def test_a_state_that_is_none_of_the_countrys_is_warned_at_its_cell_naming_the_signer(
    tmp_path: Path, country: str, text: str, warned: dict[int, tuple[str, str]]
) -> None:
    found = _read(tmp_path, text, country)
    assert found.problems == ()  # type: ignore[attr-defined]
    got = {
        w.line: str(w)
        for w in found.warnings  # type: ignore[attr-defined]
        if "is not a region of" in w.message
    }
    assert sorted(got) == sorted(warned), got
    for line, (name, state) in warned.items():
        assert got[line].startswith(
            f"{tmp_path / 'signers.csv'}:{line}:4: row {line} ({name}): warning: state/region "
            f"'{state}' is not a region of "
        ), got[line]


def test_a_door_letter_that_is_a_region_code_is_a_door_and_a_region_name_is_a_region(
    tmp_path: Path,
) -> None:
    # 'A' and 'C' are Alicante's and A Coruña's codes, 'izda' a word: doors all three.
    doors = (
        "Nombre,Calle,Número,Piso,Puerta,C.P.,Localidad,Provincia\n"
        "María Ruiz,Calle de Alcalá,45,3º,A,28014,Madrid,Madrid\n"
        "Pedro Gil,Calle Mayor,2,1º,C,15001,A Coruña,A Coruña\n"
        "Ana Sol,Calle Luna,7,2º,izda,46001,Valencia,Valencia\n"
    )
    found = _read(tmp_path, doors, "ES")
    assert found.problems == ()  # type: ignore[attr-defined]
    streets = [s.address[0] for s in found.signers]  # type: ignore[attr-defined]
    assert streets == ["Calle de Alcalá 45, 3º A", "Calle Mayor 2, 1º C", "Calle Luna 7, 2º izda"]
    # Colombia's Departamento of department names is the region, said at the header.
    regions = (
        "Nombre,Dirección,Departamento,Ciudad\nAna Gómez,Calle 10 # 5-20,Cundinamarca,Bogotá\n"
    )
    found = _read(tmp_path, regions, "CO")
    assert [s.address for s in found.signers] == [  # type: ignore[attr-defined]
        ("Calle 10 # 5-20", "Bogotá, Cundinamarca")
    ]


def test_a_column_the_user_chose_is_read_as_chosen_whatever_its_values_look_like(
    tmp_path: Path,
) -> None:
    # docs/signers.md: the line a refusal gives, or one the organiser writes, is taken at its
    # word. A 'Bloque' of region-like names the organiser says is the unit prints as the unit.
    text = "Nombre,Dirección,Bloque,Ciudad\nAna Gómez,Calle 10 # 5-20,Antioquia,Bogotá\n"
    path = tmp_path / "signers.csv"
    path.write_text(text, encoding="utf-8")
    found = read_signers(path, {"unit": "Bloque"}, Reading(country="CO"))
    assert found.problems == ()
    (signer,) = found.signers
    assert "Antioquia" in " ".join(signer.address) and "Bogotá" in " ".join(signer.address)
    assert all("Antioquia" not in line or "Bogotá" not in line for line in signer.address)


@pytest.mark.parametrize(
    ("lines", "cells", "said"),
    [
        # A designator added to a unit that had it already (review 3, cases 77 and 97).
        (
            ("서울특별시 강남구 테헤란로 152", "1203호호", "06236"),
            ("테헤란로 152", "1203호"),
            "as '1203호호'",
        ),
        # A ZIP column beside a whole address that ends in it (review 2, case 18).
        (
            ("3250 Wilshire Blvd", "Los Angeles, CA 90010", "90010"),
            ("3250 Wilshire Blvd, Los Angeles, CA 90010", "90010"),
            "twice",
        ),
    ],
    ids=["doubled-ending", "zip-twice"],
)
def test_the_last_check_refuses_a_piece_printed_twice_or_with_its_ending_doubled(
    lines: tuple[str, ...], cells: tuple[str, ...], said: str
) -> None:
    # The guard itself, on lines a formatter bug would make: the causes above are fixed, and
    # the check stays for the next one.
    from packbuilder.signers import printed
    from packbuilder.signers.cells import Cell
    from packbuilder.signers.report import Report

    report = Report("signers.csv", [], [])
    used = [(f"street{n}", Cell(v, v, [v], n, 2)) for n, v in enumerate(cells)]
    header = tuple(f"Col{n}" for n in range(len(cells)))
    ok = printed.check(
        report, "row 2 (Ann Lee)", printed.Printed("Ann Lee", lines), used, header, {}
    )
    assert not ok
    (problem,) = report.problems
    last = len(cells) - 1
    assert str(problem).startswith(
        f"signers.csv:2:{last + 1}: row 2 (Ann Lee): '{cells[last]}' from column 'Col{last}' "
        f"would print {said} on this signer's letter and label"
    ), str(problem)
    # Printed once, as given: no error.
    once = tuple(line.replace("호호", "호") for line in lines if line != "90010")
    report = Report("signers.csv", [], [])
    assert printed.check(report, "row 2", printed.Printed("Ann Lee", once), used, header, {})
