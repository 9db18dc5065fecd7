"""What an organiser reads about whose name signs (issue 20): a household or a couple signing
one letter is warned about at its row; an address set's person who is not the signer has
their address kept off the letter, said at the row; a full name and first and last names of
two people are a located error with the lines that settle it, and each line works."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from packbuilder.signers.read import Reading, SignerList, read_signers
from packbuilder.signers.words import read_header


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


@settings(max_examples=60, deadline=None)
@given(
    who=st.text(alphabet="bcdfghjklmnpqrstvwxz", min_size=4, max_size=9).map(
        lambda w: w[:2] + "a" + w[2:] + "er"
    ),
    part=st.sampled_from(["Name", "First Name", "Last Name", "Given Name", "Surname"]),
)
def test_a_persons_word_before_a_name_part_names_that_persons_part(who: str, part: str) -> None:
    # "Buyer Name", "Purchaser First Name": a word nobody listed before a name part says
    # whose it is, and never hides the part ("Kafrester Surname" is a surname).
    reading = read_header(f"{who.title()} {part}")
    assert (reading.role, reading.owner) == (
        {"Name": "name", "Given Name": "first_name", "Surname": "last_name"}.get(
            part, part.lower().replace(" ", "_")
        ),
        who,
    )


def test_the_name_beside_the_address_of_the_same_unknown_person_signs(tmp_path: Path) -> None:
    # Words the reader was not written for: the "Patron" set gives name and address; the
    # "Sponsor" set, qualified as billing, is somebody else's on Ben's row.
    found = _read(
        tmp_path,
        "Patron Name,Patron Street,Patron City,Patron State,Patron Zip,Bill To Name,"
        "Bill To Street,Bill To City,Bill To State,Bill To Zip\n"
        "Ben Park,9 Elm St,Peoria,IL,61602,Ann Lee,12 Oak St,Springfield,IL,62704\n",
    )
    assert [(s.name, s.address) for s in found.signers] == [
        ("Ben Park", ("9 Elm St", "Peoria, IL 61602"))
    ]


def test_a_given_name_that_is_also_a_title_is_no_title_but_mr_is(tmp_path: Path) -> None:
    # Tuan (Vietnamese Tuấn) is Malay for "sir", Don is Spanish for it: alone in a first-name
    # column they are given names; "Mr & Mrs" and "Dr." there are titles, warned at the row.
    text = "First Name,Last Name,Street,City,State,Zip\n"
    text += "Tuan,Nguyen,12 Oak St,Springfield,IL,62704\n"
    text += "Don,Park,5 Elm St,Austin,TX,78701\n"
    text += "Mr & Mrs,Anderson,9 Pine Rd,Dallas,TX,75201\n"
    text += "Dr.,Okafor,3 Bay St,Tampa,FL,33602\n"
    found = _read(tmp_path, text)
    assert [s.name for s in found.signers] == [
        "Tuan Nguyen",
        "Don Park",
        "Mr & Mrs Anderson",
        "Dr. Okafor",
    ]
    warned = [w for w in found.warnings if "a title, not a given name" in w.message]
    assert [(w.line, w.col) for w in warned] == [(4, 1), (5, 1)]


def test_an_initial_under_an_initials_header_is_no_title(tmp_path: Path) -> None:
    # A Dutch member list's Voorletters 'M.' (Maria) and a UK sheet's Initials 'J.P.' are
    # initials; 'M.' under Prénom and 'Dr.' under Initials are still titles, warned at the row.
    def warned(text: str) -> list[int]:
        found = _read(tmp_path, text)
        return [w.line for w in found.warnings if "a title, not a given name" in w.message]

    dutch = "Voorletters,Tussenvoegsel,Achternaam,Straat,Huisnummer,Postcode,Plaats\n"
    dutch += "M.,,Jansen,Dorpsstraat,3,3511 LK,Utrecht\n"
    assert warned(dutch) == []
    english = "Initials,Surname,Street,City,State,Zip\n"
    english += "J.P.,Hughes,12 Oak St,Springfield,IL,62704\nDr.,Okoye,5 Elm St,Austin,TX,78701\n"
    assert warned(english) == [3]
    french = "Prénom,Nom,Street,City,State,Zip\nM.,Martin,12 Oak St,Springfield,IL,62704\n"
    assert warned(french) == [2]


def test_a_firms_contact_person_beside_the_firm_is_no_second_name_column(tmp_path: Path) -> None:
    # Exact Online-style Naam;Contactpersoon: the person signs, the firm prints above the
    # street, and no header warning says the contact person's column is only a stand-in.
    found = _read(
        tmp_path,
        "Naam,Contactpersoon,Street,City,State,Zip\n"
        "Acme Inc.,Ann Lee,12 Oak St,Springfield,IL,62704\n",
    )
    assert [(s.name, s.address) for s in found.signers] == [
        ("Ann Lee", ("Acme Inc.", "12 Oak St", "Springfield, IL 62704"))
    ]
    assert found.warnings == ()
