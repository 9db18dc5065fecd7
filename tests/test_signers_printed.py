"""Nothing a signer list gives is left off a letter (issue 20): every word of every name and
address cell is read back from the built PDF, on the signer's letter and return label; a cell
that would not print stops the build with its place in the file."""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

import pytest

from conftest import CONTENT, run_cli, signed_pack

# A US campaign's list with signers abroad: a UK county (no county slot in the UK format),
# a German Land (none either), a Japanese ward in Latin letters (no town slot), a multi-line
# US cell with its unit on the second line, and a Korean name in two columns.
SIGNERS = (
    "First name,Last name,Street,Town,County/State,Postcode,Country\n"
    "Ann,Lee,10 Broad Lane,Sheffield,South Yorkshire,S10 1UA,United Kingdom\n"
    "Anna,Müller,Hauptstraße 5,Potsdam,Brandenburg,14467,Deutschland\n"
    "Taro,Yamada,1-1 Chiyoda,Chiyoda-ku,Tokyo,100-0001,Japan\n"
    'Bo,Chan,"400 Elm Ave\nApt 7",Chicago,IL,60614,USA\n'
    "민준,김,세종대로 110,서울특별시 중구,,04524,대한민국\n"
)


@pytest.fixture(scope="module")
def pack(
    tmp_path_factory: pytest.TempPathFactory,
) -> tuple[Path, dict[str, str], list[str], str]:
    folder = tmp_path_factory.mktemp("printed")
    letters, labels, output = signed_pack(folder, SIGNERS)
    return folder / "signers.csv", letters, labels, output


def _words(text: str) -> list[str]:
    return re.findall(r"[^\W_]+", text.casefold())


def test_every_word_of_every_cell_is_on_the_letter_and_the_label(
    pack: tuple[Path, dict[str, str], list[str], str],
) -> None:
    signers, letters, labels, output = pack
    rows = list(csv.DictReader(io.StringIO(signers.read_text(encoding="utf-8"))))
    assert len(letters) == len(rows) == 5
    domestic = {"usa"}  # a US campaign prints no country on a letter posted in the US
    for row in rows:
        (name,) = [n for n in letters if row["Last name"] in n and row["First name"] in n]
        block = "".join(letters[name].casefold().split())
        label = next(t for t in labels if name in t)
        near = "".join(label[label.index(name) :].casefold().split())
        for header, cell in row.items():
            # A country in another language prints as the posts read it, and the column
            # report says so ("country: 'Deutschland' printed as GERMANY").
            said = re.search(rf"country: '{re.escape(cell)}' printed as (.+) \(line", output)
            if header == "Country" and said is not None:
                cell = said[1]
            for word in _words(cell):
                if word in domestic and header == "Country":
                    continue
                assert word in block, (name, header, word, letters[name])
                assert word in near, (name, header, word, label)
    assert "SOUTH YORKSHIRE" not in letters["Ann Lee"]  # printed as written
    assert "South Yorkshire" in letters["Ann Lee"]


def test_a_cell_that_would_not_print_stops_the_build_with_its_place(tmp_path: Path) -> None:
    # EveryAction exports the ZIP in two columns; a ZIP+4 with no ZIP has nowhere to print.
    signers = tmp_path / "van.csv"
    signers.write_text(
        "VANID,FirstName,LastName,AddressLine1,City,State,Zip5,Zip4\n"
        "1,Ann,Lee,12 Oak St,Springfield,IL,62704,1234\n"
        "2,Bo,Chan,400 Elm Ave,Chicago,IL,,5678\n",
        encoding="utf-8",
    )
    out = tmp_path / "pack.pdf"
    result = run_cli("build", str(CONTENT), "-o", str(out), "--signers", str(signers))
    assert result.exit_code == 1, result.output
    assert not out.exists()
    errors = [line for line in result.output.splitlines() if line.startswith(str(signers))]
    assert len(errors) == 1, result.output
    assert errors[0].startswith(f"{signers}:3:8: row 3 (Bo Chan): '5678' from column 'Zip4'"), (
        errors
    )
    assert "would not be on this signer's letter or label" in errors[0]


def test_a_word_that_would_not_print_is_quoted_as_the_cell_writes_it(tmp_path: Path) -> None:
    # The check compares words without case; the message shows the organiser's own word
    # ("Rm5B", not "rm5b": WooCommerce's Land code "BE" was quoted as 'be').
    from packbuilder.signers.read import Reading, read_signers

    signers = tmp_path / "van.csv"
    signers.write_text(
        "VANID,FirstName,LastName,AddressLine1,City,State,Zip5,Zip4\n"
        "2,Bo,Chan,400 Elm Ave,Chicago,IL,,Rm5B\n",
        encoding="utf-8",
    )
    (problem,) = read_signers(signers, None, Reading(country="US")).problems
    assert problem.message.startswith("'Rm5B' from column 'Zip4' ('Rm5B') would not be on")


def test_a_land_code_beside_its_own_town_is_said_and_left_off(tmp_path: Path) -> None:
    # WooCommerce fills billing_state with the Land's code: "BE" is ISO 3166-2's DE-BE, Berlin,
    # which the town line already says (Germany's format has no region), so it is left off and
    # the column report says so; Saxony's "SN" below Leipzig prints as Sachsen; a Land written
    # as its town ("Berlin", "Berlin") once.
    from packbuilder.signers.read import Reading, read_signers

    signers = tmp_path / "orders.csv"
    signers.write_text(
        "billing_first_name,billing_last_name,billing_address_1,billing_postcode,billing_city,"
        "billing_state,billing_country\n"
        "Ayşe,Demir,Weserstraße 5,12047,Berlin,BE,DE\n"
        "Jonas,Weber,Weserstraße 7,12047,Berlin,Berlin,DE\n"
        "Lena,Wolf,Karl-Liebknecht-Straße 9,04107,Leipzig,SN,DE\n",
        encoding="utf-8",
    )
    result = read_signers(signers, None, Reading(country="DE", language="de"))
    assert not result.problems
    assert [s.address for s in result.signers] == [
        ("Weserstraße 5", "12047 Berlin"),
        ("Weserstraße 7", "12047 Berlin"),
        ("Karl-Liebknecht-Straße 9", "04107 Leipzig", "Sachsen"),
    ]
    assert result.columns is not None
    report = [" ".join(line.split()) for line in result.columns.lines()]
    assert "state/region: 'BE' is Berlin (line 2)" in report
