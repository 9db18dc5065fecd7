"""What an organiser reads about whose name signs (issue 20): a household or a couple signing
one letter is warned about at its row; an address set's person who is not the signer has
their address kept off the letter, said at the row; a full name and first and last names of
two people are a located error with the lines that settle it, and each line works."""

from __future__ import annotations

from pathlib import Path

from packbuilder.signers.read import Reading, SignerList, read_signers


def _read(
    tmp_path: Path, text: str, columns: dict[str, str] | None = None, ignore: tuple[str, ...] = ()
) -> SignerList:
    path = tmp_path / "signers.csv"
    path.write_text(text, encoding="utf-8")
    return read_signers(path, columns, Reading(country="US"), ignore)


def test_a_household_or_a_couple_is_warned_at_its_row(tmp_path: Path) -> None:
    found = _read(
        tmp_path,
        "Name,Address,City,State,Zip\n"
        "Ann Lee,12 Oak St,Springfield,IL,62704\n"
        "Lee Household,12 Oak St,Springfield,IL,62704\n"
        "Sam und Eva Ortiz,77 Pine Rd,Austin,TX,78701\n",
    )
    warned = [(w.line, w.col, w.message.split(";")[0]) for w in found.warnings]
    assert warned == [
        (3, 1, "'Lee Household' names a household or two people, not one signer"),
        (4, 1, "'Sam und Eva Ortiz' names a household or two people, not one signer"),
    ]
    assert [s.name for s in found.signers] == ["Ann Lee", "Lee Household", "Sam und Eva Ortiz"]


def test_a_purchasers_address_is_said_and_kept_off_a_holders_letter(tmp_path: Path) -> None:
    found = _read(
        tmp_path,
        "Attendee Name,Bill To Name,Bill To Street,Bill To City,Bill To State,Bill To Zip\n"
        "Ann Lee,Ann Lee,12 Oak St,Springfield,IL,62704\n"
        "Ben Park,Ann Lee,12 Oak St,Springfield,IL,62704\n",
    )
    assert [(s.name, s.address) for s in found.signers] == [
        ("Ann Lee", ("12 Oak St", "Springfield, IL 62704")),
        ("Ben Park", ()),
    ]
    said = [w for w in found.warnings if "not this signer's" in w.message]
    assert [(w.line, w.col, w.field) for w in said] == [(3, 2, "row 3 (Ben Park)")]
    assert said[0].message.startswith("the billing/shipping address is Ann Lee's")


def test_two_people_in_the_name_columns_are_a_question_each_answer_settles(
    tmp_path: Path,
) -> None:
    text = (
        "First Name,Last Name,Address,City,State,Zip,Name\n"
        "Ann,Lee,12 Oak St,Springfield,IL,62704,Grace Park\n"
    )
    found = _read(tmp_path, text)
    assert [(p.line, p.col) for p in found.problems] == [(2, 7)]
    message = found.problems[0].message
    assert "'ignore: [Name]'" in message and "'name: Name'" in message
    parts = _read(tmp_path, text, ignore=("Name",))
    assert (parts.problems, [s.name for s in parts.signers]) == ((), ["Ann Lee"])
    full = _read(tmp_path, text, {"name": "Name"})
    assert (full.problems, [s.name for s in full.signers]) == ((), ["Grace Park"])
