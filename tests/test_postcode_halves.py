"""A postal code in two columns (issue 20): the column beside the postal code whose values
complete it to the country's pattern, where the first part alone is no postcode of it, is
its second part, printed joined and said; a column of numbers beside a whole postcode is not."""

from __future__ import annotations

from pathlib import Path

import pytest

from packbuilder.signers.read import Reading, read_signers


@pytest.mark.parametrize(
    ("country", "header", "row", "printed"),
    [
        # CTT's CP4 and CP3, as Portuguese lists keep them.
        ("PT", "Nome;Morada;CP4;CP3;Localidade", "Ana Silva;Rua Augusta 100;1100;053;Lisboa",
         "1100-053 Lisboa"),
        # A Japanese 〒 in its three and four digits.
        ("JP", "氏名;住所;郵便番号;;都道府県", "山田花子;千代田1-1;100;0001;東京都", "100-0001"),
    ],
)  # fmt: skip
def test_a_postcode_in_two_columns_prints_whole(
    tmp_path: Path, country: str, header: str, row: str, printed: str
) -> None:
    path = tmp_path / "signers.csv"
    path.write_text(f"{header}\n{row}\n", "utf-8")
    result = read_signers(path, None, Reading(country=country))
    assert not result.problems and not result.warnings
    assert printed in result.signers[0].address
    assert result.columns is not None
    assert any("the second part of the postal code" in line for line in result.columns.lines())


def test_numbers_beside_a_whole_postcode_are_not_its_second_part(tmp_path: Path) -> None:
    path = tmp_path / "signers.csv"
    path.write_text(
        "Name,Street,City,State,Zip,Member No\nAnn Lee,12 Oak St,Springfield,IL,62704,1234\n",
        "utf-8",
    )
    result = read_signers(path, None, Reading(country="US"))
    assert result.signers[0].address == ("12 Oak St", "Springfield, IL 62704")
