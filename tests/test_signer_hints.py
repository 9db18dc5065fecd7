"""A refusal's hint for the signer's name: from the header's words or the column's values."""

from __future__ import annotations

from pathlib import Path

from packbuilder.errors import misspelt
from packbuilder.signers.read import Reading, read_signers


def test_a_column_of_names_under_a_word_not_known_is_the_hint(tmp_path: Path) -> None:
    path = tmp_path / "orders.csv"
    path.write_text(
        "DateTime,From,Email,Address,City,State,Zip\n"
        "2026-11-11,Leah Brooks,l@example.org,4410 Pine Ave,Tulsa,OK,74105\n"
        "2026-11-12,bell hooks,b@example.org,12 Oak St,Springfield,IL,62704\n"
        "2026-11-13,Cher,c@example.org,5 Elm St,Reno,NV,89501\n",
        encoding="utf-8",
    )
    found = read_signers(path, None, Reading(country="US"))
    (problem,) = found.problems
    assert "'name: From'" in problem.message and "Prénom" not in problem.message


def test_a_slip_of_the_keyboard_is_a_misspelling_and_a_word_of_another_language_is_not() -> None:
    assert misspelt("Nmae", ["Name"]) == " (did you mean 'Name'?)"
    assert misspelt("Frist name", ["First name"]) == " (did you mean 'First name'?)"
    assert misspelt("From", ["Prénom", "Nom"]) == ""
    assert misspelt("Form", ["Nom"]) == ""
