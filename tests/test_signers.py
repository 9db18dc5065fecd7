"""Signer lists as organisers export them: encodings, separators, headers, and located problems."""

from __future__ import annotations

import codecs
import unicodedata
from pathlib import Path

import pytest

from packbuilder.errors import Problem
from packbuilder.model import Origin, Signer
from packbuilder.signers.read import (
    ENCODING_MESSAGE,
    NO_NAME_MESSAGE,
    NO_NAME_ROW,
    SignerList,
    read_signers,
)


def write(tmp_path: Path, data: bytes, name: str = "signers.csv") -> Path:
    """A CSV file with exactly these bytes, so BOMs, encodings and line endings are exact."""
    path = tmp_path / name
    path.write_bytes(data)
    return path


def read(tmp_path: Path, data: bytes, columns: dict[str, str] | None = None) -> SignerList:
    return read_signers(write(tmp_path, data), columns)


def error(path: Path, line: int, col: int, field: str, message: str) -> Problem:
    return Problem(str(path), line, col, field, message)


def warning(path: Path, line: int, col: int, field: str, message: str) -> Problem:
    return Problem(str(path), line, col, field, message, "warning")


# --- real exports ------------------------------------------------------------------------------


def test_google_forms_export_with_bom_and_crlf(tmp_path: Path) -> None:
    data = (
        b"\xef\xbb\xbfTimestamp,Name,Email,Street address,City,State,Zip Code\r\n"
        b"2024/03/01 10:02:11 AM EST,Jane Doe,jane@example.org,12 Elm St,Boston,MA,02134\r\n"
        b'2024/03/01 10:05:40 AM EST,Sam Lee,,"400 Oak Ave, Apt 3",Chicago,IL,60614\r\n'
    )
    path = write(tmp_path, data)
    result = read_signers(path)
    assert result.problems == ()
    assert result.warnings == ()
    assert result.signers == (
        Signer(
            "Jane Doe",
            ("12 Elm St", "Boston, MA 02134"),
            "jane@example.org",
            Origin(str(path), 2, 1, "row 2"),
        ),
        Signer(
            "Sam Lee",
            ("400 Oak Ave, Apt 3", "Chicago, IL 60614"),
            None,
            Origin(str(path), 3, 1, "row 3"),
        ),
    )


def test_action_network_export(tmp_path: Path) -> None:
    data = (
        b"first_name,last_name,email,zip_code,can2_user_address,can2_user_city,"
        b"can2_state_abbreviated,can2_subscription_status\n"
        b"Maria,Garcia,maria@example.net,07030,1 Hudson Pl,Hoboken,NJ,subscribed\n"
        b"Tom,,tom@example.net,94110,,,CA,unsubscribed\n"
    )
    result = read(tmp_path, data)
    assert result.problems == ()
    assert [(s.name, s.address, s.email) for s in result.signers] == [
        ("Maria Garcia", ("1 Hudson Pl", "Hoboken, NJ 07030"), "maria@example.net"),
        ("Tom", ("CA 94110",), "tom@example.net"),
    ]


def test_semicolon_cp1252_spreadsheet_from_european_excel(tmp_path: Path) -> None:
    text = (
        "First Name;Last Name;Address;City;State;ZIP\r\n"
        "José;Müller;5 Rue Café;Montréal;QC;H2X 1Y4\r\n"
        "Zoë;Brontë;1 Straße;Köln;;50667\r\n"
    )
    data = text.encode("cp1252")
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")
    result = read(tmp_path, data)
    assert result.problems == ()
    assert [(s.name, s.address) for s in result.signers] == [
        ("José Müller", ("5 Rue Café", "Montréal, QC H2X 1Y4")),
        ("Zoë Brontë", ("1 Straße", "50667 Köln")),
    ]


@pytest.mark.parametrize(
    ("bom", "codec"),
    [(codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")],
)
def test_utf16_with_bom_from_libreoffice_tab_separated(
    tmp_path: Path, bom: bytes, codec: str
) -> None:
    text = "Name\tCity\tPostcode\tCountry\r\n김혜숙\tSeoul\t03154\tSouth Korea\r\n"
    result = read(tmp_path, bom + text.encode(codec))
    assert result.problems == ()
    assert [(s.name, s.address) for s in result.signers] == [
        ("김혜숙", ("Seoul", "03154", "SOUTH KOREA"))
    ]


def test_cr_only_line_endings_from_old_mac_excel(tmp_path: Path) -> None:
    result = read(tmp_path, b"Name,City\rAnn Smith,Leeds\rBo Chan,York\r")
    assert result.problems == ()
    assert [(s.name, s.address, s.origin) for s in result.signers] == [
        ("Ann Smith", ("Leeds",), Origin(str(tmp_path / "signers.csv"), 2, 1, "row 2")),
        ("Bo Chan", ("York",), Origin(str(tmp_path / "signers.csv"), 3, 1, "row 3")),
    ]


# --- text kept as written -----------------------------------------------------------------------


def test_zip_codes_stay_text_with_leading_zeros(tmp_path: Path) -> None:
    data = b"Name,Zip,State,Phone\nAl Roe,02134,MA,0044123\nBo Poe,00501-0001,NY,1e5\n"
    result = read(tmp_path, data)
    assert [s.address for s in result.signers] == [("MA 02134",), ("NY 00501-0001",)]
    assert [w.message.split(";")[0] for w in result.warnings] == [
        "the signer's address has no street, town/city"
    ] * 2


def test_zip_that_lost_its_leading_zero_is_restored_and_said(tmp_path: Path) -> None:
    # Massachusetts ZIP codes start 010-027: "2134" can only be 02134 (issue 20).
    path = write(tmp_path, b"Name,Street,City,State,Zip\nAl Roe,1 Elm St,Boston,MA,2134\n")
    result = read_signers(path)
    assert result.problems == () and result.warnings == ()
    assert result.signers[0].address == ("1 Elm St", "Boston, MA 02134")
    assert result.columns is not None
    assert (
        "  postcode: a leading zero the spreadsheet dropped is restored (line 2)"
        in result.columns.lines()
    )


def test_names_in_hangul_chinese_and_vietnamese_are_kept_and_nfc_normalised(
    tmp_path: Path,
) -> None:
    vietnamese = "Nguyễn Thị Minh Khai"
    decomposed = unicodedata.normalize("NFD", vietnamese)
    assert decomposed != vietnamese
    text = f"Name,Email\n김혜숙,\n习近平,\n{decomposed},\n"
    result = read(tmp_path, text.encode("utf-8"))
    assert result.problems == ()
    assert [s.name for s in result.signers] == ["김혜숙", "习近平", vietnamese]


def test_whitespace_is_stripped_and_collapsed(tmp_path: Path) -> None:
    data = b'Name,Address\n"  Ann \t  Smith ","  1   Main\xc2\xa0St  "\n'
    result = read(tmp_path, data)
    assert [(s.name, s.address) for s in result.signers] == [("Ann Smith", ("1 Main St",))]


def test_markup_like_text_is_kept_literally(tmp_path: Path) -> None:
    data = b'Name,Address,City\n<b>Bold</b> & Sons,"<img src=x onerror=alert(1)>",A&amp;B\n'
    result = read(tmp_path, data)
    assert result.problems == ()
    assert [(s.name, s.address) for s in result.signers] == [
        ("<b>Bold</b> & Sons", ("<img src=x onerror=alert(1)>", "A&amp;B"))
    ]


# --- headers ------------------------------------------------------------------------------------


@pytest.mark.parametrize("header", ["First Name", "first_name", "FIRST-NAME", " first name "])
def test_header_case_spacing_and_punctuation_are_ignored(tmp_path: Path, header: str) -> None:
    data = (
        f"{header},Surname,E-mail,Address Line 2,Town,Post code\nAnn,Lee,a@b.org,Flat 2,Hove,BN3\n"
    )
    result = read(tmp_path, data.encode())
    assert [(s.name, s.address, s.email) for s in result.signers] == [
        ("Ann Lee", ("Flat 2", "BN3 Hove"), "a@b.org")
    ]


def test_name_column_is_used_before_first_and_last(tmp_path: Path) -> None:
    data = b"First,Last,Full name\nAnn,Lee,Dr Ann Lee\nBo,Chan,\n"
    result = read(tmp_path, data)
    assert [s.name for s in result.signers] == ["Dr Ann Lee", "Bo Chan"]


def test_missing_name_column_is_one_header_problem(tmp_path: Path) -> None:
    path = write(tmp_path, b"Timestamp,Email,Zip\n2024-01-01,a@b.org,02134\n")
    result = read_signers(path)
    assert result.signers == ()
    assert result.problems == (error(path, 1, 1, "(header)", NO_NAME_MESSAGE),)
    assert NO_NAME_MESSAGE.startswith("no name column (looked for Name, First name/Last name")
    assert NO_NAME_MESSAGE.endswith("map one with signer_columns in campaign.yaml")


def test_misspelt_name_header_gets_a_hint(tmp_path: Path) -> None:
    path = write(tmp_path, b"Email,Nmae\na@b.org,Ann\n")
    result = read_signers(path)
    assert result.problems == (
        error(
            path,
            1,
            2,
            "(header)",
            f"{NO_NAME_MESSAGE}; column 2 is 'Nmae' (did you mean 'Name'?)",
        ),
    )


def test_columns_mapping_reads_odd_headers(tmp_path: Path) -> None:
    data = (
        b"Full legal name,Where we can write to you,Post code (outward),City\n"
        b"Ann Lee,1 Rd,BN3,Hove\n"
    )
    columns = {
        "name": "Full legal name",
        "street": "where we can write to you",  # case differs from the file: still found
        "postal_code": "Post code (outward)",
    }
    result = read(tmp_path, data, columns)
    assert result.problems == ()
    assert [(s.name, s.address) for s in result.signers] == [("Ann Lee", ("1 Rd", "BN3 Hove"))]


def test_columns_mapping_overrides_detection(tmp_path: Path) -> None:
    data = b"Name,Preferred name\nAnn Elizabeth Lee,Ann Lee\n"
    result = read(tmp_path, data, {"name": "Preferred name"})
    assert [s.name for s in result.signers] == ["Ann Lee"]


def test_mapped_header_that_is_absent_has_a_did_you_mean(tmp_path: Path) -> None:
    path = write(tmp_path, b"Full legal name,Postal area\nAnn Lee,BN3\n")
    result = read_signers(path, {"name": "Full legal nme", "postal_code": "Postal area"})
    assert result.signers == ()
    assert result.problems == (
        error(
            path,
            1,
            1,
            "(header)",
            "signer_columns maps name to 'Full legal nme', but the header has no such column "
            "(did you mean 'Full legal name'?)",
        ),
    )


def test_unknown_field_in_columns_mapping(tmp_path: Path) -> None:
    path = write(tmp_path, b"Name,Post code\nAnn,BN3\n")
    result = read_signers(path, {"zip_code": "Post code"})
    assert result.problems == (
        error(
            path,
            1,
            1,
            "(header)",
            "signer_columns names an unknown field 'zip_code' (did you mean 'postal_code'?)",
        ),
    )
    assert [s.address for s in result.signers] == [("BN3",)]


def test_two_columns_for_one_field_warn_and_use_the_first(tmp_path: Path) -> None:
    path = write(tmp_path, b"Name,Address,Full address\nAnn,1 Rd,PO Box 9\n")
    result = read_signers(path)
    assert [s.address for s in result.signers] == [("1 Rd",)]
    assert result.warnings == (
        warning(
            path,
            1,
            3,
            "(header)",
            "column 'Full address' also looks like whole address; using column 2 'Address', "
            "and this one in a row where that is empty (choose with signer_columns)",
        ),
    )


def test_a_mailing_address_is_read_as_mailing_and_wins(tmp_path: Path) -> None:
    # Issue 20: "Mailing address" is read as words (mailing + address), no longer as a second
    # whole-address column; the mailing address is where the signer takes post.
    path = write(tmp_path, b"Name,Address,Mailing address\nAnn,1 Rd,PO Box 9\n")
    result = read_signers(path)
    assert [s.address for s in result.signers] == [("PO Box 9",)]
    assert result.warnings == ()
    assert result.columns is not None
    assert (
        "  not used: Address (1 value, line 2): the row's mailing address is used"
        in result.columns.lines()
    )


# --- rows ---------------------------------------------------------------------------------------


def test_blank_rows_are_skipped_interior_ones_with_a_warning(tmp_path: Path) -> None:
    data = b"Name,City\r\nAnn,Leeds\r\n\r\n , \r\nBo,York\r\n,\r\n\t,\r\n\r\n"
    path = write(tmp_path, data)
    result = read_signers(path)
    assert result.problems == ()
    assert [(s.name, s.origin.line if s.origin else 0) for s in result.signers] == [
        ("Ann", 2),
        ("Bo", 5),
    ]
    assert tuple(w for w in result.warnings if w.field == "(row)") == (
        warning(path, 3, 1, "(row)", "blank row skipped"),
        warning(path, 4, 1, "(row)", "blank row skipped"),
    )


def test_row_without_name_is_reported_at_its_line(tmp_path: Path) -> None:
    path = write(tmp_path, b"Email,Name\na@b.org,Ann\nc@d.org,  \n")
    result = read_signers(path)
    assert [s.name for s in result.signers] == ["Ann"]
    assert not result.problems
    assert result.warnings == (
        warning(
            path,
            1,
            1,
            "(header)",
            "the list has no address columns (street, town, postal code), so letters and labels "
            "print no signer's address",
        ),
        warning(path, 3, 2, "row 3", NO_NAME_ROW),
    )


def test_row_line_counts_a_quoted_multiline_address(tmp_path: Path) -> None:
    data = (
        b"Name,Street address,City\r\n"
        b'Ann Lee,"1 Main St\r\nApt 2\r\n",Springfield\r\n'
        b',"5 Oak Ave",Shelbyville\r\n'
        b"Bo Chan,9 Elm St,Ogdenville\r\n"
    )
    path = write(tmp_path, data)
    result = read_signers(path)
    assert not result.problems
    assert result.warnings == (warning(path, 5, 1, "row 5", NO_NAME_ROW),)
    assert [(s.name, s.address, s.origin) for s in result.signers] == [
        (
            "Ann Lee",
            ("1 Main St", "Apt 2", "Springfield"),
            Origin(str(path), 2, 1, "row 2"),
        ),
        ("Bo Chan", ("9 Elm St", "Ogdenville"), Origin(str(path), 6, 1, "row 6")),
    ]


def test_control_character_is_reported_at_its_cell(tmp_path: Path) -> None:
    data = b'Name,Address,City\nAnn,"1 Rd\nFlat 2",Le\x07eds\nBo\x1b,2 Rd,York\n'
    path = write(tmp_path, data)
    result = read_signers(path)
    assert result.signers == ()
    message = "contains an invisible control character (U+{:04X}); retype this cell"
    assert result.problems == (
        error(path, 3, 3, "row 2 (Ann)", message.format(0x07)),
        error(path, 4, 1, "row 4 (Bo)", message.format(0x1B)),
    )


def test_cell_too_long_to_print(tmp_path: Path) -> None:
    path = write(tmp_path, b"Name,Address\nAnn," + b"x" * 201 + b"\nBo," + b"y" * 200 + b"\n")
    result = read_signers(path)
    assert [s.name for s in result.signers] == ["Bo"]
    assert result.problems == (
        error(
            path,
            2,
            2,
            "row 2 (Ann)",
            "too long to print (201 characters); keep it to 200",
        ),
    )


def test_long_ignored_column_is_not_a_problem(tmp_path: Path) -> None:
    data = b"Name,Why do you care?\nAnn," + b"because " * 50 + b"\n"
    result = read(tmp_path, data)
    assert result.problems == ()
    assert [s.name for s in result.signers] == ["Ann"]


def test_unquoted_comma_that_shifts_cells_is_a_problem(tmp_path: Path) -> None:
    path = write(tmp_path, b"Name,Address,City\nAnn,1 Rd, Flat 2,Leeds\nBo,2 Rd,York,\n")
    result = read_signers(path)
    assert [s.name for s in result.signers] == ["Bo"]
    assert result.problems == (
        error(
            path,
            2,
            4,
            "row 2 (Ann)",
            "row has 4 cells but the header has 3; a cell containing a comma must be in "
            "double quotes",
        ),
    )


def test_unclosed_quote_is_reported_where_its_row_starts(tmp_path: Path) -> None:
    path = write(tmp_path, b'Name,Address\nAnn,1 Rd\nBo,"2 Rd\nCy,3 Rd\n')
    result = read_signers(path)
    assert [s.name for s in result.signers] == ["Ann"]
    assert result.problems == (
        error(
            path,
            3,
            1,
            "row 3",
            'a quoted cell starting in this row is never closed (a " is missing)',
        ),
    )


def test_every_bad_row_is_reported(tmp_path: Path) -> None:
    path = write(tmp_path, b"Name,City\n,Leeds\nAnn,York\n,Hull\nBo\x01\n")
    result = read_signers(path)
    assert [s.name for s in result.signers] == ["Ann"]
    assert [(p.line, p.field) for p in result.warnings if p.message == NO_NAME_ROW] == [
        (2, "row 2"),
        (4, "row 4"),
    ]
    assert [(p.line, p.field) for p in result.problems] == [(5, "row 5 (Bo)")]


def test_header_only_gives_no_signers_and_no_problems(tmp_path: Path) -> None:
    result = read(tmp_path, b"Name,Street,City,Zip,Email\r\n")
    assert (result.signers, result.problems, result.warnings) == ((), (), ())


# --- files that are not a readable CSV ----------------------------------------------------------


def test_undecodable_file_is_an_encoding_problem(tmp_path: Path) -> None:
    # Bytes no Windows code page has: refused, never printed. (DOS 866 reads them as the
    # capitals "БНПРЭ", so the refusal names that reading, for the organiser to reject.)
    path = write(tmp_path, b"Name,City\r\nAnn \x81\x8d\x8f\x90\x9d,Leeds\r\n")
    result = read_signers(path)
    assert result.signers == ()
    (problem,) = result.problems
    assert (problem.line, problem.col, problem.field) == (1, 1, "(file)")
    assert problem.message.startswith("cannot tell the file's text encoding for sure")
    assert "--signers-encoding" in problem.message
    assert ENCODING_MESSAGE.startswith("cannot tell the file's text encoding for sure")
    assert '"CSV UTF-8 (Comma delimited)"' in ENCODING_MESSAGE
    assert "--signers-encoding" in ENCODING_MESSAGE


def test_broken_utf16_is_an_encoding_problem(tmp_path: Path) -> None:
    path = write(tmp_path, codecs.BOM_UTF16_LE + "Name\r\n".encode("utf-16-le") + b"\x00")
    assert read_signers(path).problems == (error(path, 1, 1, "(file)", ENCODING_MESSAGE),)


def test_nul_byte_is_a_problem_at_its_place(tmp_path: Path) -> None:
    path = write(tmp_path, b"Name,City\nAnn,Le\x00eds\n")
    result = read_signers(path)
    assert result.signers == ()
    assert result.problems == (
        error(
            path,
            2,
            7,
            "(file)",
            "contains a NUL character, so it is not plain CSV text (a workbook, or UTF-16 "
            "without a byte-order mark?); save it as CSV UTF-8",
        ),
    )


def test_workbook_instead_of_csv(tmp_path: Path) -> None:
    path = write(tmp_path, b"PK\x03\x04\x14\x00\x06\x00rest of an xlsx", "signers.xlsx")
    assert read_signers(path).problems == (
        error(
            path,
            1,
            1,
            "(file)",
            "this is a spreadsheet workbook, not a CSV file; save it as CSV UTF-8",
        ),
    )


def test_file_over_20_mb(tmp_path: Path) -> None:
    path = tmp_path / "huge.csv"
    with path.open("wb") as f:
        f.write(b"Name\n")
        f.truncate(20 * 1024 * 1024 + 1)
    assert read_signers(path).problems == (
        error(path, 1, 1, "(file)", "file is larger than 20 MB"),
    )


def test_empty_and_missing_files(tmp_path: Path) -> None:
    empty = write(tmp_path, b"\xef\xbb\xbf \r\n\r\n")
    missing = tmp_path / "nope.csv"
    assert read_signers(empty).problems == (
        error(empty, 1, 1, "(file)", "file is empty; it needs a header row and a row per signer"),
    )
    assert read_signers(missing).problems == (
        error(missing, 1, 1, "(file)", "signer list not found"),
    )


def test_stray_quote_is_reported_and_later_rows_still_read(tmp_path: Path) -> None:
    path = write(tmp_path, b'Name,Address\nAnn,"1 Rd"x\nBo,2 Rd\n')
    result = read_signers(path)
    assert [(s.name, s.address) for s in result.signers] == [("Bo", ("2 Rd",))]
    assert result.problems == (
        error(
            path,
            2,
            1,
            "row 2",
            "cannot read this row (',' expected after '\"'); a cell containing \" must be in "
            'double quotes, with each " inside it written twice',
        ),
    )


def test_blank_lines_before_the_header_keep_line_numbers(tmp_path: Path) -> None:
    path = write(tmp_path, b"\r\n\r\nName;City\r\n;Leeds\r\n")
    result = read_signers(path)
    assert not result.problems
    assert result.warnings == (warning(path, 4, 1, "row 4", NO_NAME_ROW),)
