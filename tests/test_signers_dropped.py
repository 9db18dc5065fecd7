"""The last check's refusals of a further column of the address and of a name between names
(tests/signer_corpus_dropped.py): the first signer_columns line each message offers prints the
cell's value on that signer's letter, and the ignore line it offers builds the list without it."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from signer_corpus import Case, excel_bytes
from signer_corpus_dropped import DROPPED, HELD_OUT, OTHER_ALPHABET

from packbuilder.signers import printed
from packbuilder.signers.read import Reading, read_signers
from packbuilder.signers.report import SignerList

REFUSED = [c for c in (*DROPPED, *HELD_OUT, *OTHER_ALPHABET) if c.refused is not None]


def _read(
    tmp_path: Path, case: Case, columns: dict[str, str], ignore: tuple[str, ...] = ()
) -> SignerList:
    path = tmp_path / f"{case.name}.csv"
    path.write_bytes(excel_bytes(case.csv, case.encoding))
    how = Reading(country=case.country, language=case.language)
    return read_signers(path, columns or None, how, ignore)


@pytest.mark.parametrize("case", REFUSED, ids=[c.name for c in REFUSED])
def test_the_line_a_refusal_offers_prints_the_cell(tmp_path: Path, case: Case) -> None:
    (problem,) = _read(tmp_path, case, {}).problems
    value = re.match(r"'([^']+)' from column '([^']+)'", problem.message)
    assert value is not None, problem.message
    text, header = value.groups()
    offered = re.search(rf"'(\w+): {re.escape(header)}'", problem.message)
    assert offered is not None, problem.message
    fixed = _read(tmp_path, case, {offered[1]: header})
    assert fixed.problems == ()
    (signer,) = [s for s in fixed.signers if s.origin.line == problem.line]
    shown = printed.Printed(signer.name, signer.address)
    assert all(shown.has(word) for word in printed.fold(text).split()), signer
    assert f"'ignore: [{header}]'" in problem.message
    left = _read(tmp_path, case, {}, (header,))
    assert left.problems == ()
    assert text not in " ".join(s.name + " " + " ".join(s.address) for s in left.signers)


def test_an_attention_line_under_name_2_signs_under_the_firm(tmp_path: Path) -> None:
    """A sheet's "Name 1" and "Name 2" are two people who each sign, unless a cell is an
    attention line ("z. Hd." a contact at a firm) or a firm's name: then the person signs
    (the attention words left off), and the firm prints above the street (fresh-eyes review
    7; before, the firm's name signed the letter)."""
    path = tmp_path / "namen.csv"
    path.write_text(
        "Name 1,Name 2,Straße,PLZ,Ort\r\n"
        "Müller Bau GmbH,z. Hd. Frau Anna Schmidt,Hauptstr. 5,10115,Berlin\r\n"
        "Anna Schmidt,Peter Schmidt,Lindenweg 3,80331,München\r\n",
        encoding="utf-8",
    )
    found = read_signers(path, None, Reading("DE"))
    assert found.problems == (), found.problems
    letters = [(s.name, s.address) for s in found.signers]
    assert letters[0] == ("Frau Anna Schmidt", ("Müller Bau GmbH", "Hauptstr. 5", "10115 Berlin"))
    assert [name for name, _ in letters[1:]] == ["Anna Schmidt", "Peter Schmidt"]
    said = found.columns.lines()
    assert any("attention line" in line and "line 2" in line for line in said), said
    assert not any("used only in rows where" in line for line in said), said
    assert not any("also looks like" in w.message for w in found.warnings), found.warnings
