"""A row's messages name the signer as the letter does: a title column's value that is no
honorific (a salutation 'Ann and Bo') is not glued into the name (n8-hunt 10-blackbaud-us)."""

from __future__ import annotations

from pathlib import Path

from packbuilder.signers.read import Reading, read_signers


def test_salutation_is_not_part_of_the_row_label(tmp_path: Path) -> None:
    # A DonorPerfect-style sheet, written after the rule: a salutation column and a spouse.
    path = tmp_path / "donors.csv"
    path.write_text(
        "Salutation,First Name,Last Name,Spouse First Name,Spouse Last Name,Address,City,"
        "State,ZIP\nAnn and Bo,Ann,Lee,Bo,Lee,12 Oak St,Springfield,IL,62704\n",
        encoding="utf-8",
    )
    found = read_signers(path, None, Reading(country="US", language="en"))
    assert [s.name for s in found.signers] == ["Ann Lee", "Bo Lee"]
    assert found.warnings
    assert all(w.field == "row 2 (Ann Lee)" for w in found.warnings), found.warnings


def test_an_honorific_stays_in_the_row_label(tmp_path: Path) -> None:
    path = tmp_path / "members.csv"
    path.write_text(
        "Title,First Name,Last Name,Spouse First Name,Spouse Last Name,Address,City,State,ZIP\n"
        "Dr.,Ann,Lee,Bo,Lee,12 Oak St,Springfield,IL,62704\n",
        encoding="utf-8",
    )
    found = read_signers(path, None, Reading(country="US", language="en"))
    assert [w.field for w in found.warnings] == ["row 2 (Dr. Ann Lee)"]
