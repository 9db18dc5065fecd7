"""Signer lists a reviewer fed as a new user would: each case once printed wrong or silently."""

from __future__ import annotations

from pathlib import Path

from packbuilder.signers.addresses import AddressParts, format_address
from packbuilder.signers.read import Reading, SignerList, read_signers

from conftest import CONTENT, ContentTree, run_cli
from pdfcheck import char_boxes, page_texts


def read(tmp_path: Path, text: str, reading: Reading | None = None) -> SignerList:
    path = tmp_path / "signers.csv"
    path.write_bytes(text.replace("\n", "\r\n").encode("utf-8"))
    return read_signers(path, None, reading or Reading(country="US"))


def messages(result: SignerList) -> list[str]:
    return [f"{p.line}:{p.col}: {p.field}: {p.message}" for p in result.warnings]


NATIONBUILDER = (
    "nationbuilder_id,first_name,last_name,email,primary_address1,primary_address2,"
    "primary_city,primary_state,primary_zip,mailing_address1,mailing_address2,mailing_city,"
    "mailing_state,mailing_zip\n"
)


def test_partial_mailing_address_does_not_beat_a_complete_home_address(tmp_path: Path) -> None:
    result = read(
        tmp_path,
        NATIONBUILDER + "7,Ann,Lee,,12 Elm St,Apt 3,Boston,MA,02134,PO Box 9,,,,\n",
    )
    assert result.problems == ()
    assert result.signers[0].address == ("12 Elm St Apt 3", "Boston, MA 02134")
    (warning,) = messages(result)
    assert "2:10: row 2 (Ann Lee): mailing address 'PO Box 9' has no town/city" in warning
    assert "complete home address prints instead" in warning


def test_complete_mailing_address_is_still_the_one_used(tmp_path: Path) -> None:
    result = read(
        tmp_path,
        NATIONBUILDER + "7,Ann,Lee,,12 Elm St,,Boston,MA,02134,PO Box 9,,Boston,MA,02117\n",
    )
    assert result.signers[0].address == ("PO Box 9", "Boston, MA 02117")
    assert messages(result) == []


def test_neither_address_complete_prints_the_fuller_one_and_names_the_gap(
    tmp_path: Path,
) -> None:
    result = read(tmp_path, NATIONBUILDER + "7,Ann,Lee,,12 Elm St,,Boston,MA,,PO Box 9,,,,\n")
    assert result.signers[0].address == ("12 Elm St", "Boston, MA")
    text = "\n".join(messages(result))
    assert "the signer's address has no postal code" in text
    assert "mailing address 'PO Box 9' has no town/city" in text


def test_duplicate_signer_rows_are_both_kept_with_a_warning_naming_both_lines(
    tmp_path: Path,
) -> None:
    result = read(
        tmp_path,
        "Name,Street,City,State,Zip\n"
        "Ann Lee,12 Elm St,Boston,MA,02134\n"
        "Bo Park,3 Oak Rd,Salem,MA,01970\n"
        "ann  lee,12 Elm St.,Boston,MA,02134\n",
    )
    assert [s.name for s in result.signers] == ["Ann Lee", "Bo Park", "ann lee"]
    assert messages(result) == [
        "4:1: row 4 (ann lee): same name and address as line 2 ('ann lee, 12 Elm St., "
        "Boston, MA 02134'), so two letters print for one signer; delete one of lines 2 and 4 "
        "unless they are two people"
    ]


def test_typeform_address_question_keeps_region_and_postcode(tmp_path: Path) -> None:
    # Typeform's address question exports one column per sub-field.
    result = read(
        tmp_path,
        "#,First name,Last name,Address,Address line 2,City/Town,State/Region/Province,"
        "Zip/Post code,Country,Submitted At (UTC),Token\n"
        "1,Ann,Lee,12 Elm St,Apt 3,Boston,MA,02134,United States,2026-11-01 10:00:00,ab12\n",
    )
    assert result.problems == () and messages(result) == []
    assert result.signers[0].address == ("12 Elm St Apt 3", "Boston, MA 02134")


def test_uk_spreadsheet_post_town_is_the_town(tmp_path: Path) -> None:
    result = read(
        tmp_path,
        "Name,Address line 1,Post Town,County,Postcode\n"
        "Ann Lee,10 Broad Lane,Sheffield,South Yorkshire,S10 1UA\n",
        Reading(country="GB"),
    )
    assert result.problems == () and messages(result) == []
    # The county the file gave prints below the post town (issue 20: nothing is dropped).
    assert result.signers[0].address == ("10 Broad Lane", "Sheffield", "South Yorkshire", "S10 1UA")


def test_jotform_split_name_and_address_columns(tmp_path: Path) -> None:
    result = read(
        tmp_path,
        "Submission Date,Name - First Name,Name - Last Name,E-mail,Address - Street Address,"
        "Address - Street Address Line 2,Address - City,Address - State / Province,"
        "Address - Postal / Zip Code,Address - Country\n"
        '"Nov 1, 2026",Ann,Lee,ann@example.org,12 Elm St,Apt 3,Boston,MA,02134,'
        "United States\n",
    )
    assert result.problems == () and messages(result) == []
    (signer,) = result.signers
    assert (signer.name, signer.address) == ("Ann Lee", ("12 Elm St Apt 3", "Boston, MA 02134"))


def test_microsoft_forms_question_titled_name_is_the_signer(tmp_path: Path) -> None:
    header = (
        "ID,Start time,Completion time,Email,Name,Last modified time,{q},Street,City,State,Zip\n"
    )
    row = "1,11/1/26 9:00,11/1/26 9:02,anonymous,,,Ann Lee,12 Elm St,Boston,MA,02134\n"
    for question in ("Name", "Name2"):
        result = read(tmp_path, header.format(q=question) + row)
        assert result.problems == ()
        assert [s.name for s in result.signers] == ["Ann Lee"]


def test_unknown_address_column_advice_names_a_field_that_fits(tmp_path: Path) -> None:
    result = read(
        tmp_path,
        "Name,Street,City,State,Zip,Zip code (home),Country code (ISO)\n"
        "Ann Lee,12 Elm St,Boston,MA,02134,02134,US\n",
    )
    # Issue 20: both headers are now read as words: a second postal code, and the country.
    text = "\n".join(messages(result))
    assert "city:" not in text
    assert "column 'Zip code (home)' also looks like postal code; using column 5 'Zip'" in text
    assert [s.address for s in result.signers] == [("12 Elm St", "Boston, MA 02134")]


def test_uk_title_column_is_the_name_prefix_when_it_is_an_honorific(tmp_path: Path) -> None:
    result = read(
        tmp_path,
        "Title,First name,Surname,Address line 1,Town,Postcode\n"
        "Dr,Ann,Lee,10 Broad Lane,Sheffield,S10 1UA\n"
        "Mrs.,Jo,Park,11 Broad Lane,Sheffield,S10 1UA\n"
        "Head teacher,Sam,Cho,12 Broad Lane,Sheffield,S10 1UA\n",
        Reading(country="GB"),
    )
    assert [s.name for s in result.signers] == ["Dr Ann Lee", "Mrs. Jo Park", "Sam Cho"]
    assert result.columns is not None
    assert (
        "  not used: Title (1 value, line 4): not an honorific (Mr, Mrs, Dr, ...), so not printed"
        in result.columns.lines()
    )


def test_quiet_still_says_signer_rows_will_not_print(
    content_tree: ContentTree, tmp_path: Path
) -> None:
    folder = content_tree()
    path = tmp_path / "signers.csv"
    path.write_bytes(
        b"Name,Street,City,State,Zip\nAnn Lee,12 Oak St,Troy,NY,12180\n"
        b",1 Elm St,Troy,NY,12180\nBo Park,,Troy,NY,12180\n"
    )
    quiet = run_cli("check", str(folder), "--signers", str(path), "--quiet")
    assert quiet.exit_code == 0
    assert "Signer list" not in quiet.output
    assert (
        f"2 warnings about the signer list {path} (rows skipped, or addresses or columns that "
        f"will not print as written); run `packbuilder check {folder} --signers {path}` for "
        "the list"
    ) in quiet.output


def test_korean_address_without_country_in_a_us_campaign_is_warned_not_read_as_us(
    tmp_path: Path,
) -> None:
    result = read(
        tmp_path,
        "이름,주소,우편번호\n김민준,종로구 세종대로 175,03154\n",
        Reading(country="US", language="ko"),
    )
    assert result.problems == ()
    assert result.signers[0].address == ("종로구 세종대로 175", "03154")
    (warning,) = messages(result)
    assert warning.startswith(
        "2:2: row 2 (김민준): address '종로구 세종대로 175' is written in Korean "
        "(Hangul) but has no country, and the letters are posted in United States"
    )
    assert "add a Country column" in warning


def test_cjk_address_naming_its_region_gets_that_countrys_line_and_the_report_says_so(
    tmp_path: Path,
) -> None:
    result = read(
        tmp_path,
        "이름,주소,우편번호\n김민준,서울특별시 종로구 세종대로 175,03154\n",
        Reading(country="US", language="ko"),
    )
    assert result.problems == ()
    assert messages(result) == []
    assert result.signers[0].address == ("서울특별시 종로구 세종대로 175", "03154", "SOUTH KOREA")
    assert result.columns is not None
    assert "country: South Korea, from the postcode and the address written in Hangul (line 2)" in [
        line.strip() for line in result.columns.lines()
    ]


def test_country_line_is_last_under_an_address_written_largest_unit_first() -> None:
    # UPU practice and USPS Publication 28 (A31): the bottom line is the destination country
    # alone, in capitals, in English, whatever script the lines above are in.
    parts = AddressParts(("朝阳区建国路88号",), "北京市", "北京市", "100022", "中国")
    assert format_address(parts, "US") == ("100022", "北京市", "朝阳区建国路88号", "CHINA")
    latin = AddressParts(("88 Jianguo Rd, Chaoyang",), "Beijing", "", "100022", "China")
    assert format_address(latin, "US")[-1] == "CHINA"


LONG_NAME = "Alexandra-Konstantina Papadopoulou-Wittgenstein"


def test_long_name_shrinks_to_its_line_instead_of_stopping_the_drive(
    content_tree: ContentTree, tmp_path: Path
) -> None:
    folder = content_tree()
    path = tmp_path / "signers.csv"
    path.write_text(
        f"Name,Street,City,State,Zip\n{LONG_NAME},12 Oak St,Troy,NY,12180\n"
        "Bo Park,3 Elm St,Troy,NY,12180\n",
        encoding="utf-8",
    )
    checked = run_cli("check", str(folder), "--signers", str(path))
    assert checked.exit_code == 0, checked.output
    assert "too long" not in checked.output


def test_long_name_is_printed_whole_within_the_name_rule(tmp_path: Path) -> None:
    signers = tmp_path / "signers.csv"
    signers.write_text(f"Name,Street,City,State,Zip\n{LONG_NAME},12 Oak St,Troy,NY,12180\n")
    out = tmp_path / "pack.pdf"
    built = run_cli("build", str(CONTENT), "-o", str(out), "--signers", str(signers))
    assert built.exit_code == 0, built.output
    index = next(i for i, t in enumerate(page_texts(out)) if LONG_NAME in t and "Respectfully" in t)
    text, boxes = char_boxes(out, index)
    # The last time: the signer's group heading before it is text for screen readers only.
    at = text.rindex(LONG_NAME)
    name = boxes[at : at + len(LONG_NAME)]
    body = [b for i, b in enumerate(boxes) if not at <= i < at + len(LONG_NAME) and b[2] > b[0]]
    right_margin = max(b[2] for b in body)  # the date rule and the ruled lines end there
    page_middle = 612 / 2
    assert min(b[0] for b in name) > page_middle - 20  # on the name rule (right half)
    assert max(b[2] for b in name) <= right_margin + 0.5
    # Shrunk, on one line: boxes differ only by descenders, far less than a second line.
    assert max(b[1] for b in name) - min(b[1] for b in name) < 6


def test_name_too_long_even_shrunk_gets_advice_that_fits_it() -> None:
    from packbuilder.layout import fonts, measure
    from packbuilder.model import Signer

    room = 200.0
    size = measure.signer_size(LONG_NAME, room)
    assert measure.SIGNER_MIN_SIZE <= size < 10.5
    assert measure.width(LONG_NAME, fonts.SERIF, size) <= room
    two = measure.signer_problem(Signer(LONG_NAME, ()), 150.0, 400.0)
    assert two is not None and "even at 8 pt" in two and "middle names" not in two
    three = measure.signer_problem(Signer(f"Maria {LONG_NAME}", ()), 150.0, 400.0)
    assert three is not None and "initials for middle names" in three


def test_us_secondary_unit_goes_on_the_delivery_line_per_usps_pub_28() -> None:
    parts = AddressParts(("1 Elm St", "Rear building", "Apt 5"), "Troy", "NY", "12180")
    assert format_address(parts, "US") == ("Rear building", "1 Elm St Apt 5", "Troy, NY 12180")
    unit = AddressParts(("400 Oak Ave", "#4B"), "Chicago", "IL", "60614")
    assert format_address(unit, "US") == ("400 Oak Ave #4B", "Chicago, IL 60614")
    # Outside the US the lines stay as written.
    flat = AddressParts(("10 Kelham Sq", "Flat 2"), "Sheffield", "", "S3 8SD", "UK")
    assert format_address(flat, "US")[:2] == ("10 Kelham Sq", "Flat 2")


def test_a_korean_unit_written_with_its_designator_prints_it_once(tmp_path: Path) -> None:
    # '1203호' is a number with its designator already: it printed as '1203호호' (review 3).
    path = tmp_path / "kr.csv"
    header = "성명,우편번호,기본주소,동,호수\n"
    path.write_text(header + "정하늘,06236,서울특별시 강남구 테헤란로 152,,1203호\n")
    found = read_signers(path, None, Reading(country="US"))
    assert [s.address for s in found.signers] == [
        ("서울특별시 강남구 테헤란로 152", "1203호", "06236", "SOUTH KOREA")
    ]


def test_a_japanese_postcode_excel_shortened_prints_restored_with_its_hyphen(
    tmp_path: Path,
) -> None:
    # 600001 is Sapporo's 060-0001 after Excel: the zero is put back and the post's hyphen
    # added; the last check counts it printed (it refused the whole list, review 3 case 89).
    path = tmp_path / "jp.csv"
    header = "Name,Street,City,State,Postal Code,Country\n"
    path.write_text(header + "Yuki Ito,Kita 1-jo Nishi 2-chome,Sapporo,Hokkaido,600001,Japan\n")
    found = read_signers(path, None, Reading(country="US"))
    assert found.problems == ()
    assert [s.address for s in found.signers] == [
        ("Kita 1-jo Nishi 2-chome", "Sapporo", "Hokkaido", "060-0001", "JAPAN")
    ]
