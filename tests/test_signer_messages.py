"""Messages about a signer-list row name the signer, one message per signer (issue 20): an
organiser reading `file:line:col: row 5 (Mei Lin): ...` knows whose address to fix."""

from __future__ import annotations

from pathlib import Path

from packbuilder.signers.read import Reading, read_signers

from conftest import CONTENT, run_cli


def _check(tmp_path: Path, text: str) -> tuple[int, Path, list[str]]:
    path = tmp_path / "signers.csv"
    path.write_text(text, encoding="utf-8")
    result = run_cli("check", str(CONTENT), "--signers", str(path))
    said = [line for line in result.output.splitlines() if line.startswith(f"{path}:")]
    return result.exit_code, path, said


def test_a_row_message_names_the_signer_at_the_cell(tmp_path: Path) -> None:
    code, path, said = _check(
        tmp_path,
        "First name,Last name,Street,City,State,Zip\n"
        "Ann,Lee,12 Oak St,Springfield,IL,62704\n"
        "Mei,Lin,,,,\n",
    )
    assert code == 0
    assert said == [
        f"{path}:3:3: row 3 (Mei Lin): warning: the signer's address has no street, town/city, "
        "state/region, postal code; their letter and label print without them (fill it in, or "
        "--strict to stop)"
    ]


def test_names_in_a_script_no_font_has_are_one_located_error_per_signer(tmp_path: Path) -> None:
    # Eight signers: before, every letter and every character was its own error (68 for 8).
    # Syriac and Thaana (both right to left) are scripts no face in the pack has; Hebrew and
    # Arabic print (tests/test_signer_scripts.py).
    rows = "".join(f"ܡܪܝܡ ܐܕܝ {n},{n} Oak St,Springfield,IL,62704\n" for n in range(4))
    rows += "".join(f"ޢަލީ {n},{n} Elm St,Boston,MA,02134\n" for n in range(4))
    code, path, said = _check(
        tmp_path, "Name,Street,City,State,Zip\n" + rows + "Ann Lee,5 Pine St,Salem,OR,97301\n"
    )
    assert code == 1
    assert len(said) == 8, said
    for n, line in enumerate(said):
        script = "SYRIAC" if n < 4 else "THAANA"
        assert line.startswith(f"{path}:{n + 2}:1: row {n + 2} ("), line
        assert "no font in the pack can print" in line and f" {script} " in line, line
    assert (
        "8 errors; nothing was written."
        in run_cli("check", str(CONTENT), "--signers", str(path)).output
    )


def test_characters_no_font_has_are_one_message_per_signer(tmp_path: Path) -> None:
    code, path, said = _check(
        tmp_path, "Name,Street,City,State,Zip\nAnn \U0001f600\U0001f680,1 Oak St,Salem,OR,97301\n"
    )
    assert code == 1
    assert len(said) == 1, said
    assert said[0].startswith(f"{path}:2:1: row 2 (Ann \U0001f600\U0001f680): no font in the pack")
    assert "U+1F600" in said[0] and "U+1F680" in said[0]


def test_near_duplicates_by_accent_apostrophe_or_abbreviation_are_warned(tmp_path: Path) -> None:
    path = tmp_path / "signers.csv"
    path.write_text(
        "Name,Street,City,State,Zip\n"
        "José Díaz,12 Oak Street,Springfield,IL,62704\n"
        "Pat O'Neil,3 Elm Ave,Salem,OR,97301\n"
        "Jose Diaz,12 Oak St,Springfield,IL,62704\n"
        "Pat O’Neil,3 Elm Avenue,Salem,OR,97301\n"
        "Joseph Diaz,12 Oak St,Springfield,IL,62704\n",
        encoding="utf-8",
    )
    result = read_signers(path, None, Reading(country="US"))
    assert len(result.signers) == 5  # kept: the organiser decides
    assert [(w.line, w.field) for w in result.warnings] == [
        (4, "row 4 (Jose Diaz)"),
        (5, "row 5 (Pat O’Neil)"),
    ]
    assert result.warnings[0].message.startswith(
        "'Jose Diaz, 12 Oak St, Springfield, IL 62704' is line 2's 'José Díaz, 12 Oak Street, "
        "Springfield, IL 62704' but for accents, apostrophes or abbreviations"
    )


def test_a_failed_build_points_to_the_check_that_lists_the_signer_warnings(
    tmp_path: Path,
) -> None:
    path = tmp_path / "signers.csv"
    path.write_text(
        "Name,Street,City,State,Zip\nܡܪܝܡ ܐܕܝ,1 Elm St,Boston,MA,02134\nMei Lin,,,,\n",
        encoding="utf-8",
    )
    result = run_cli("build", str(CONTENT), "--signers", str(path), "-o", str(tmp_path / "o.pdf"))
    assert result.exit_code == 1
    last = result.output.strip().splitlines()[-1]
    # `check` without --signers would not read the list, so would not list its warnings.
    assert f"`packbuilder check {CONTENT} --signers {path}` lists them" in last, last
    assert not (tmp_path / "o.pdf").exists()
