"""Which header numbers name address sets and which name lines of one address."""

from __future__ import annotations

from pathlib import Path

import pytest
from signer_corpus import Case, excel_bytes
from signer_corpus_whole_sets import HOME_POSTCODE_ALONE, SOMEBODY_ELSES, WHOLE_SETS

from packbuilder.signers import set_numbers, sets, words
from packbuilder.signers.read import Reading, read_signers
from packbuilder.signers.report import SignerList


def _sets(header: str) -> dict[str, tuple[str, str]]:
    cells = header.split(",")
    found = set_numbers.numbered(cells, [words.read_header(c) for c in cells])
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


# --- two sets of one kind under different words: one prints whole per row ----------------


def _read(tmp_path: Path, case: Case) -> SignerList:
    path = tmp_path / f"{case.name}.csv"
    path.write_bytes(excel_bytes(case.csv, case.encoding))
    return read_signers(path, None, Reading(country=case.country, language=case.language))


def _case(name: str) -> Case:
    return next(c for c in (*WHOLE_SETS, *HOME_POSTCODE_ALONE, *SOMEBODY_ELSES) if c.name == name)


@pytest.mark.parametrize(
    ("name", "line", "says"),
    [
        (
            "shopify-orders-billing-zip-alone-shipping-whole",
            2,
            "row 2 (Ava Thornton): the 'Shipping' address prints whole: it has what its "
            "country's post requires, unlike the 'Billing' one, whose Billing Zip and Billing "
            "Country are not used",
        ),
        (
            "teamsnap-roster-contact-1-address-where-the-player-has-none",
            3,
            "row 3 (Noah Petersen): the 'Address Line 1, Address Line 2, City, State, ...' "
            "address is empty, so the 'Contact 1' one prints; it is Erik Petersen's address: "
            "check it is where Noah Petersen takes post",
        ),
        (
            "idrottonline-folkbokforing-where-kontaktadress-is-empty",
            2,
            "row 2 (Ingrid Lindqvist): the 'Kontaktadress' address is empty, so the "
            "'Folkbokföring' one prints",
        ),
        (
            "us-sheet-home-zip-alone-beside-a-whole-work-address",
            2,
            "row 2 (Ann Lee): the home address '62704' has no street, town/city, state/region, "
            "so the work address prints whole; check it is where the signer takes post",
        ),
        (
            "de-sheet-plz-alone-beside-a-whole-geschaeftlich-address",
            2,
            "row 2 (Anna Schmidt): the home address '80331' has no street, town/city, so the "
            "work address prints whole; check it is where the signer takes post",
        ),
        (
            "orders-buyer-name-recipient-name-ship-address",
            3,
            "row 3 (Bo Chan): the billing/shipping address is Grace Chan's, not this signer's, "
            "so the letter prints no signer's address; give the signer's own address in the list "
            "if they have one",
        ),
    ],
)
def test_a_row_printing_another_set_than_the_first_says_which_and_why(
    tmp_path: Path, name: str, line: int, says: str
) -> None:
    found = _read(tmp_path, _case(name))
    assert found.problems == ()
    shown = [f"{w.field}: {w.message}" for w in found.warnings if w.line == line]
    assert says in shown, shown


def test_the_header_warning_names_the_sets_and_the_rule(tmp_path: Path) -> None:
    found = _read(tmp_path, _case("stripe-payments-card-zip-never-under-the-shipping-street"))
    header = [w.message for w in found.warnings if w.line == 1]
    assert (
        "the header gives 2 billing/shipping addresses, 'Card' and 'Shipping': each row prints "
        "one of them whole, never parts of two: the 'Card' one where it has what its country's "
        "post requires, else the one giving more of street, town, region and postal code" in header
    ), header
    # A row whose first set prints says nothing more.
    fourth = [w.message for w in found.warnings if w.line == 4]
    assert not [m for m in fourth if "prints whole" in m or "is empty, so" in m], fourth


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Billing", "Shipping"),
        ("Permanent", "Residential"),
        ("Permanent", "Current"),
        ("Postadresse", "Besuchsadresse"),
    ],
)
def test_no_row_prints_a_part_of_one_set_beside_a_part_of_another(
    tmp_path: Path, first: str, second: str
) -> None:
    """Whatever the two sets' words, a row whose first set gives a ZIP alone prints the
    second set whole: its ZIP, never the first one's under its street."""
    csv = (
        f"First Name,Last Name,{first} Street,{first} City,{first} State,{first} Zip,"
        f"{second} Street,{second} City,{second} State,{second} Zip\n"
        "Ann,Lee,,,,97205,12 Oak St,Springfield,IL,62704\n"
    )
    found = _read(tmp_path, Case("probe", csv))
    assert [(s.name, s.address) for s in found.signers] == [
        ("Ann Lee", ("12 Oak St", "Springfield, IL 62704"))
    ], (found.problems, found.warnings)


@pytest.mark.parametrize(
    ("header", "role", "qualifier"),
    [
        # A qualifier and an address word written as one word, with or without German's
        # joining s: read as the two.
        ("Wohnadresse", "address", "home"),
        ("Arbeitsadresse", "address", "work"),
        ("Privatanschrift", "address", "home"),
        ("Privatstraße", "street", "home"),
        ("Factuuradres", "address", "billing"),
        ("HOMEADDRESS", "address", "home"),
        # Words that are no such compound stay unread or keep what they were.
        ("Hometown", None, None),
        ("Emailadresse", None, None),
        ("E-postadress", "email", None),
        ("Postanschrift", "address", None),
    ],
)
def test_a_qualifier_written_as_one_word_with_the_address_names_its_set(
    header: str, role: str | None, qualifier: str | None
) -> None:
    reading = words.read_header(header)
    assert (reading.role, reading.qualifier) == (role, qualifier)


def test_a_gift_row_says_whose_the_delivery_address_is(tmp_path: Path) -> None:
    from signer_corpus_sets7 import GIFTS

    (case,) = [c for c in GIFTS if c.name.startswith("shopify-orders-gift")]
    path = tmp_path / "orders.csv"
    path.write_bytes(excel_bytes(case.csv, case.encoding))
    found = read_signers(path, None, Reading(country="US"))
    said = {(w.line, w.message.split(":")[0]) for w in found.warnings}
    assert (3, "the 'Shipping' address is Mei Chan's, who receives what was bought") in said
    assert (4, "the 'Shipping' address is Dee Diaz's, who receives what was bought") in said
    # A row whose buyer and recipient are one person says nothing of a recipient.
    assert not any(w.line == 2 and "receives what was bought" in w.message for w in found.warnings)


def test_magentos_default_address_flags_are_no_address_sets(tmp_path: Path) -> None:
    from signer_corpus_platforms6 import CONTINUED_ROWS

    (case,) = [c for c in CONTINUED_ROWS if c.name == "magento-customer-composite-address-rows"]
    path = tmp_path / "customers.csv"
    path.write_bytes(excel_bytes(case.csv, case.encoding))
    found = read_signers(path, None, Reading(country="US"))
    assert not [w for w in found.warnings if "addresses" in w.message], found.warnings
    assert found.columns is not None
    report = "\n".join(found.columns.lines())
    assert "_address_default_billing_ (3 values, line 4), _address_default_shipping_ (3" in report
    assert "not an address" in report
