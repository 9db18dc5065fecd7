"""Whose columns a list's words say they are when the word is one packbuilder does not know
("Payer City", "Guest Zip") or names the signer's family ("Parent Street"): the signer's own
where the list has no other, said in the column report; beside the signer's own columns, or
beside somebody else's that a known word names (emergency contact, spouse, work), the person's
own address is what prints. Property-tested with person words nobody wrote down."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from packbuilder.signers import words
from packbuilder.signers.read import Reading, SignerList, read_signers

#: Every word of every phrase the header file knows, and its words for things, records and
#: signers ("File Surname" is a file's name, not a person's).
_VOCABULARY = words.load()
KNOWN = {w for phrase in _VOCABULARY.phrases for w in phrase}
KNOWN |= _VOCABULARY.things | _VOCABULARY.records | _VOCABULARY.signers

#: A person's word nobody wrote down: letters only, in no phrase of the header file.
NOUN = (
    st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=3, max_size=10)
    .filter(lambda w: w not in KNOWN)
    .map(str.capitalize)
)
ROLES = {
    "first": ["First Name", "Given Name", "Forename"],
    "last": ["Last Name", "Surname", "Family Name"],
    "street": ["Street", "Address", "Street Address", "Address Line 1"],
    "city": ["City", "Town"],
    "state": ["State", "Region", "State/Province"],
    "zip": ["Zip", "Postal Code", "Postcode", "ZIP Code"],
}
ANN = {"first": "Ann", "last": "Lee", "street": "12 Oak St", "city": "Springfield"}
ANN |= {"state": "IL", "zip": "62704"}
BO = {"first": "Bo", "last": "Chan", "street": "9 Elm St", "city": "Dover"}
BO |= {"state": "DE", "zip": "19901"}
LETTER = ("Ann Lee", ("12 Oak St", "Springfield, IL 62704"))
#: Known words for somebody else's address, or one used only when nothing else exists.
# A spouse is a second signer of the household now (several.py): not among these.
OTHERS = ["Emergency Contact", "Previous", "Former", "Work", "Employer", "Business"]
SEPARATORS = [" ", "_", " - ", ": "]


def _read(header: list[str], row: list[str]) -> SignerList:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "list.csv"
        path.write_text(",".join(header) + "\n" + ",".join(row) + "\n", encoding="utf-8")
        return read_signers(path, None, Reading(country="US"))


def _set(word: str, sep: str, person: dict[str, str], choose: st.DataObject) -> list[tuple]:
    return [
        (f"{word}{sep}{choose.draw(st.sampled_from(ROLES[part]))}", value)
        for part, value in person.items()
        if not (part in ("first", "last") and word in OTHERS[2:])  # "Work First Name" is odd
    ]


def _letters(found: SignerList) -> tuple:
    return tuple((s.name, s.address) for s in found.signers)


@settings(max_examples=60, deadline=None)
@given(noun=NOUN, sep=st.sampled_from(SEPARATORS), upper=st.booleans(), data=st.data())
def test_a_person_word_nobody_wrote_down_before_each_role_is_the_signer(
    noun: str, sep: str, upper: bool, data: st.DataObject
) -> None:
    columns = _set(noun.upper() if upper else noun, sep, ANN, data)
    found = _read([h for h, _ in columns], [v for _, v in columns])
    assert found.problems == (), found.problems
    assert _letters(found) == (LETTER,)
    assert found.columns is not None
    report = [line.strip() for line in found.columns.lines()]
    shown = noun.upper() if upper else noun
    assert f"'{shown}' columns are the signer's own: the list has no other name or address " in (
        " ".join(report)
    ), report


@settings(max_examples=60, deadline=None)
@given(
    noun=NOUN,
    other=st.sampled_from(OTHERS),
    sep=st.sampled_from(SEPARATORS),
    other_first=st.booleans(),
    data=st.data(),
)
def test_somebody_else_s_known_word_never_wins_over_the_person_s_own(
    noun: str, other: str, sep: str, other_first: bool, data: st.DataObject
) -> None:
    mine = _set(noun, sep, ANN, data)
    theirs = _set(other, sep, BO, data)
    columns = theirs + mine if other_first else mine + theirs
    found = _read([h for h, _ in columns], [v for _, v in columns])
    assert found.problems == (), found.problems
    assert _letters(found) == (LETTER,)


@settings(max_examples=40, deadline=None)
@given(noun=NOUN, sep=st.sampled_from(SEPARATORS), plain_first=st.booleans(), data=st.data())
def test_beside_the_signer_s_own_columns_a_person_word_is_somebody_else_and_said(
    noun: str, sep: str, plain_first: bool, data: st.DataObject
) -> None:
    mine = _set("", "", ANN, data)
    theirs = _set(noun, sep, BO, data)
    columns = mine + theirs if plain_first else theirs + mine
    found = _read([h for h, _ in columns], [v for _, v in columns])
    assert found.problems == (), found.problems
    assert _letters(found) == (LETTER,)
    assert found.columns is not None
    unused = [line for line in found.columns.lines() if "not used" in line]
    assert any(f"somebody else's address ('{noun}')" in line for line in unused), unused


def test_a_school_list_of_parents_signs_with_the_parent_s_name() -> None:
    # A school or youth group lists the parents who sign: their name is the signer's.
    found = _read(
        ["Parent First Name", "Parent Last Name", "Address", "City", "State", "Zip"],
        ["Ann", "Lee", "12 Oak St", "Springfield", "IL", "62704"],
    )
    assert _letters(found) == (LETTER,)
    assert found.columns is not None
    assert "  'Parent' columns are the signer's own: the list has no other name columns" in (
        found.columns.lines()
    )


def test_a_student_list_prints_the_parent_s_address_as_the_family_s() -> None:
    # The student signs; the parent's address is where the student lives. The parent's name
    # is somebody else's.
    found = _read(
        ["Student Name", "Parent Name", "Parent Street", "Parent City", "Parent State", "Zip"],
        ["Tim Lee", "Ann Lee", "12 Oak St", "Springfield", "IL", "62704"],
    )
    assert _letters(found) == (("Tim Lee", ("12 Oak St", "Springfield, IL 62704")),)
    assert found.columns is not None
    assert any(
        line.startswith("  not used: Parent Name") and "somebody else's name" in line
        for line in found.columns.lines()
    ), found.columns.lines()


def test_an_emergency_contact_s_address_is_never_the_signer_s() -> None:
    found = _read(
        ["Name", "Emergency Contact Name", "Emergency Contact Address", "Emergency Contact City"],
        ["Ann Lee", "Bo Chan", "9 Elm St", "Dover"],
    )
    assert _letters(found) == (("Ann Lee", ()),)
    assert any("no address columns" in w.message for w in found.warnings), found.warnings


def test_two_people_nobody_named_the_first_is_taken_and_the_header_warns() -> None:
    found = _read(
        [
            *("Buyer First Name", "Buyer Last Name", "Buyer Street", "Buyer City"),
            *("Buyer State", "Buyer Zip", "Traveler First Name", "Traveler Last Name"),
            *("Traveler Street", "Traveler City", "Traveler State", "Traveler Zip"),
        ],
        [
            *("Ann", "Lee", "12 Oak St", "Springfield", "IL", "62704"),
            *("Bo", "Chan", "9 Elm St", "Dover", "DE", "19901"),
        ],
    )
    assert _letters(found) == (LETTER,)
    shown = [f"{w.line}:{w.col}: {w.message}" for w in found.warnings]
    assert any(
        s.startswith("1:9: the columns of 'Buyer' and of 'Traveler' both give an address")
        for s in shown
    ), shown
