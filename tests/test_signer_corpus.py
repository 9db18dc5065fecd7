"""The signer-list corpus (tests/signer_corpus.py): every export gives exactly its letters, or
a located refusal; and the header reader, property-tested."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from signer_corpus import BY_VALUES, CORPUS, Case

from packbuilder.signers.read import Reading, read_signers
from packbuilder.signers.words import read_header


def test_the_corpus_is_large_enough() -> None:
    assert len(CORPUS) >= 40
    assert len({c.name for c in CORPUS}) == len(CORPUS)


ALL = (*CORPUS, *BY_VALUES)


def test_values_decide_in_at_least_eight_exports() -> None:
    assert len(BY_VALUES) >= 8
    assert len({c.name for c in ALL}) == len(ALL)
    assert all(c.said or c.refused or c.letters for c in BY_VALUES)


@pytest.mark.parametrize("case", ALL, ids=[c.name for c in ALL])
def test_each_export_gives_its_letters_or_a_located_refusal(tmp_path: Path, case: Case) -> None:
    path = tmp_path / f"{case.name}.csv"
    path.write_bytes(case.csv.encode(case.encoding))
    found = read_signers(path, None, Reading(country=case.country, language=case.language))
    if case.refused is not None:
        where, start = case.refused
        shown = [f"{p.line}:{p.col}" for p in found.problems]
        assert any(
            f"{p.line}:{p.col}" == where and p.message.startswith(start) for p in found.problems
        ), (shown, found.problems)
        return
    assert found.problems == (), found.problems
    assert tuple((s.name, s.address) for s in found.signers) == case.letters
    # What the values decided is said in the column report, with the row it saw.
    assert found.columns is not None
    report = [line.strip() for line in found.columns.lines()]
    for said in case.said:
        assert any(line.startswith(said) for line in report), (said, report)


# --- the header reader ---------------------------------------------------------------------

ROLES = {
    "street": ["Street", "Street address", "Straße", "Calle", "도로명주소", "街道地址", "番地"],
    "city": ["City", "Town", "Ville", "Ort", "Ciudad", "도시", "城市", "市区町村"],
    "region": ["State", "Province", "Region", "Bundesland", "Provincia", "都道府県", "省份"],
    "postal_code": [
        "Zip code",
        "Postal code",
        "Postcode",
        "PLZ",
        "Code postal",
        "우편번호",
        "郵便番号",
    ],
    "country": ["Country", "Pays", "País", "Land", "국가", "国家"],
    "unit": ["Apartment", "Suite", "Unit", "Apt", "Wohnung", "Appartement"],
    "first_name": ["First name", "Given name", "Vorname", "Prénom", "Nombre"],
    "last_name": ["Last name", "Surname", "Nachname", "Apellidos", "성"],
}
QUALIFIERS = {
    "home": ["Home", "Primary", "Donor", "Personal"],
    "mailing": ["Mailing"],  # "Postal Town" is a UK town, not a mailing one
    "billing": ["Billing", "Shipping"],
    "work": ["Work", "Business", "Employer"],
}
SEPARATORS = [" ", "_", "-", " - ", "/", ": ", "  "]


def _case(text: str, how: int) -> str:
    return (text, text.upper(), text.lower(), text.title())[how]


@settings(max_examples=300, deadline=None)
@given(
    role=st.sampled_from(sorted(ROLES)),
    data=st.data(),
    qualifier=st.sampled_from([None, *sorted(QUALIFIERS)]),
    before=st.booleans(),
    how=st.integers(0, 3),
    sep=st.sampled_from(SEPARATORS),
    note=st.sampled_from(["", " (optional)", " *", "?"]),
)
def test_any_case_punctuation_order_or_language_maps_to_the_role(
    role: str,
    data: st.DataObject,
    qualifier: str | None,
    before: bool,
    how: int,
    sep: str,
    note: str,
) -> None:
    phrase = data.draw(st.sampled_from(ROLES[role]))
    words = [phrase]
    if qualifier is not None and role not in ("first_name", "last_name"):
        word = data.draw(st.sampled_from(QUALIFIERS[qualifier]))
        words = [word, phrase] if before else [phrase, word]
    else:
        qualifier = None
    header = _case(sep.join(words), how) + note
    reading = read_header(header)
    assert reading.role == role, (header, reading)
    if qualifier is not None:
        assert reading.qualifier == qualifier, (header, reading)


@settings(max_examples=200, deadline=None)
@given(
    phrase=st.sampled_from(sorted({p for ps in ROLES.values() for p in ps if p.isascii()})),
    glue=st.sampled_from(["x", "er", "ing", "foo", "zz"]),  # a digit is a word break (Address1)
    front=st.booleans(),
)
def test_a_role_word_inside_a_longer_word_is_never_read(
    phrase: str, glue: str, front: bool
) -> None:
    # "Contact Owner" holds "town" and "Statement" holds "state": whole words only.
    word = phrase.replace(" ", "").lower()
    header = f"{glue}{word}" if front else f"{word}{glue}"
    assert read_header(header).role is None, header
