"""Exports whose values, not their headers, say what the columns hold (tests/signer_corpus.py,
BY_VALUES), built end to end through the command line: each signer's name and return address
read back from their letter in the PDF, the column report saying what the values decided, and
a contradicted header stopping the build with its located reason before a pack is written."""

from __future__ import annotations

from pathlib import Path

import pytest
from signer_corpus import BY_VALUES, Case

from packbuilder.signers.read import Reading, read_signers

from conftest import LETTERS_ONLY, run_cli
from pdfcheck import outline, page_texts

#: The exports posted from the campaign's own country (the default content posts to the US).
LETTERS = tuple(c for c in BY_VALUES if c.letters and c.country == "US")
REFUSED = next(c for c in BY_VALUES if c.refused and c.country == "US")


def _build(one_post: Path, case: Case, out: Path) -> tuple[int, str]:
    signers = out.parent / f"{case.name}.csv"
    signers.write_bytes(case.csv.encode(case.encoding))
    result = run_cli(
        "build", str(one_post), "-o", str(out), "--signers", str(signers), *LETTERS_ONLY
    )
    return result.exit_code, result.output


@pytest.fixture(scope="module", params=LETTERS, ids=[c.name for c in LETTERS])
def built(
    request: pytest.FixtureRequest, one_post: Path, tmp_path_factory: pytest.TempPathFactory
) -> tuple[Case, str, dict[str, str]]:
    case: Case = request.param
    out = tmp_path_factory.mktemp("values") / "pack.pdf"
    code, output = _build(one_post, case, out)
    assert code == 0, output
    texts = page_texts(out)
    letters = {
        name: texts[entry.page]
        for entry in outline(out)
        if entry.title.startswith("Letter to ")
        for name, _ in case.letters
        if name in texts[entry.page]
    }
    return case, output, letters


def test_each_signer_and_every_address_line_the_values_placed_is_on_their_letter(
    built: tuple[Case, str, dict[str, str]],
) -> None:
    case, _, letters = built
    assert sorted(letters) == sorted(name for name, _ in case.letters)
    for name, lines in case.letters:
        page = letters[name]
        flat = " ".join(page[page.index("Respectfully") :].split())
        at = flat.index(name) + len(name)
        for line in lines:  # every part, in the order the country's format needs
            found = flat.find(line, at)
            assert found >= 0, (name, line, flat)
            at = found + len(line)


def test_the_column_report_on_screen_says_what_the_values_decided(
    built: tuple[Case, str, dict[str, str]],
) -> None:
    case, output, _ = built
    shown = [line.strip() for line in output.splitlines()]
    for said in case.said:
        assert any(line.startswith(said) for line in shown), (said, output)


def test_a_header_its_values_contradict_stops_the_build_with_a_located_reason(
    one_post: Path, tmp_path: Path
) -> None:
    assert REFUSED.refused is not None
    out = tmp_path / "pack.pdf"
    code, output = _build(one_post, REFUSED, out)
    where, start = REFUSED.refused
    assert code != 0
    assert not out.exists()
    path = tmp_path / f"{REFUSED.name}.csv"
    assert f"{path}:{where}: (header): {start}" in output, output


def test_the_refusal_says_how_to_settle_it_and_that_works(tmp_path: Path) -> None:
    path = tmp_path / "signers.csv"
    path.write_text(
        "Name,Street,City,State,Postcode\nAnn Lee,12 Oak St Apt 3,Springfield,IL,ann@x.org\n",
        encoding="utf-8",
    )
    how = Reading(country="US")
    refused = read_signers(path, None, how)
    assert [f"{p.line}:{p.col}" for p in refused.problems] == ["1:5"], refused.problems
    assert "('postal_code: ...') and 'ignore: [Postcode]'" in refused.problems[0].message
    # The column the values contradict is never printed, even when signer_columns names it.
    mapped = read_signers(path, {"postal_code": "Postcode"}, how)
    assert [f"{p.line}:{p.col}" for p in mapped.problems] == ["1:5"], mapped.problems
    settled = read_signers(path, None, how, ignore=("Postcode",))
    assert settled.problems == ()
    assert [(s.name, s.address) for s in settled.signers] == [
        ("Ann Lee", ("12 Oak St Apt 3", "Springfield, IL"))
    ]


def test_a_second_column_whose_header_and_values_agree_is_used_and_said(tmp_path: Path) -> None:
    path = tmp_path / "signers.csv"
    path.write_text(
        "Name,Street,City,State,Postcode,Zip\n"
        "Ann Lee,12 Oak St Apt 3,Springfield,IL,ann@x.org,62704\n",
        encoding="utf-8",
    )
    found = read_signers(path, None, Reading(country="US"))
    assert found.problems == ()
    assert [(s.name, s.address) for s in found.signers] == [
        ("Ann Lee", ("12 Oak St Apt 3", "Springfield, IL 62704"))
    ]
    assert [f"{w.line}:{w.col}: {w.message}" for w in found.warnings] == [
        "1:5: column 'Postcode': the header says postal code, but its values are e-mail "
        "addresses (1 of 1, line 2: 'ann@x.org'); column 'Zip' is read as the postal code"
    ]
    assert found.columns is not None
    assert "  postal code  <- Zip" in found.columns.lines()


def test_a_one_letter_door_is_no_region_though_a_province_code_is_one_letter(
    tmp_path: Path,
) -> None:
    # Spain's Puerta 'B' (door B): Barcelona's province code is B too, but a unit of one or
    # two letters is a door or flat, printed after the floor (it refused the list, review 3).
    path = tmp_path / "signers.csv"
    header = "Nombre,Apellido 1,Calle,Número,Piso,Puerta,C.P.,Localidad,Provincia,País\n"
    path.write_text(header + "María,Ruiz,Calle de Alcalá,45,3º,B,28014,Madrid,Madrid,España\n")
    found = read_signers(path, None, Reading(country="ES"))
    assert found.problems == ()
    assert [s.address for s in found.signers] == [("Calle de Alcalá 45, 3º B", "28014 Madrid")]
