"""Which header numbers name address sets and which name lines of one address."""

from __future__ import annotations

import pytest

from packbuilder.signers import sets, words


def _sets(header: str) -> dict[str, tuple[str, str]]:
    cells = header.split(",")
    found = sets.numbered(cells, [words.read_header(c) for c in cells])
    return {cells[c]: part for c, part in found.parts.items()}


@pytest.mark.parametrize(
    "header",
    [
        "Name,Address Line 1,Address Line 2,Address Line 3,City,Postcode",
        "Name,Address 1,Address 2,Address 3,Address 4,Address 5,Address 6,Postcode",
        "Name,Street 1,Street 2,City,Zip,Email 1,Email 2,Phone 1,Phone 2",
        "Name,Workplace Address 1,Workplace Address 2,Workplace Town",
    ],
)
def test_numbered_lines_of_one_address_are_no_sets(header: str) -> None:
    assert _sets(header) == {}


@pytest.mark.parametrize(
    ("header", "second_city", "second_line2"),
    [
        ("Address 1 - City,Address 1 - Street 2,Address 2 - City", "Address 2 - City", None),
        ("Addr City - 1,Addr Line 2 - 1,Addr City - 2,Addr Line 2 - 2", "Addr City - 2",
         "Addr Line 2 - 2"),
        ("Address1_City,Address1_Line2,Address2_City,Address2_Line2", "Address2_City",
         "Address2_Line2"),
        ("Adresse 1 : Ville,Adresse 2 : Ville,Adresse 2 : Ligne 2", "Adresse 2 : Ville",
         "Adresse 2 : Ligne 2"),
    ],
)  # fmt: skip
def test_a_number_beside_the_same_part_twice_names_a_set(
    header: str, second_city: str, second_line2: str | None
) -> None:
    found = _sets(header)
    assert found[second_city] == ("2_", "city")
    if second_line2 is not None:
        assert found[second_line2] == ("2_", "street2")
    assert {p for p, _ in found.values()} == {"1_", "2_"}


@pytest.mark.parametrize(
    ("value", "rank"),
    [("Home", 0), ("* Home", 0), ("Primary", 0), ("Privat", 0), ("", 1), ("Bill To", 2),
     ("Work", 3), ("Other", 3), ("Trabajo", 3)],
)  # fmt: skip
def test_a_sets_kind_ranks_it(value: str, rank: int) -> None:
    assert sets.RANK[sets.kind(value)] == rank


@pytest.mark.parametrize(
    ("header", "role", "qualifier"),
    [("POAddressLine1", "street", "mailing"), ("POCity", "city", "mailing"),
     ("SAAddressLine2", "street2", "home"), ("SAPostalCode", "postal_code", "home"),
     ("poAttentionTo", "care_of", "mailing"), ("ATTN", "care_of", None),
     ("Workplace Address 1", "street", "work"), ("Employer", "organisation", None),
     ("IP State/Region", "ip", None), ("Address Line 5", "street5", None),
     ("Address 6", "street6", None)],
)  # fmt: skip
def test_prefixes_glued_to_the_words_and_lines_up_to_six(
    header: str, role: str, qualifier: str | None
) -> None:
    reading = words.read_header(header)
    assert (reading.role, reading.qualifier) == (role, qualifier)
