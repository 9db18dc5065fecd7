"""Signer lists a reviewer fed as a new user would: each case once printed wrong or silently."""

from __future__ import annotations

from pathlib import Path

from packbuilder.signers import Reading, SignerList, read_signers


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
    assert result.signers[0].address == ("12 Elm St", "Apt 3", "Boston, MA 02134")
    (warning,) = messages(result)
    assert "2:10: signers[0].m_street: mailing address 'PO Box 9' has no town/city" in warning
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
    assert "return address has no postal code" in text
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
        "4:1: signers[2]: same name and address as line 2 ('ann lee, 12 Elm St., "
        "Boston, MA 02134'), so two letters print for one signer; delete one of lines 2 and 4 "
        "unless they are two people"
    ]
