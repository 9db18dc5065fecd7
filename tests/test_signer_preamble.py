"""Lines above a signer list's header (issue 20): Excel's "sep=;" line, an Apple Numbers table
name, a title and blank lines are skipped, the header found by what its cells say, and the
column report says which lines were skipped."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import CONTENT, run_cli

CASES = {
    "excel-sep-line": (
        "sep=;\r\nFirst name;Last name;Street;City;State;ZIP\r\n"
        "Ann;Lee;12 Oak St;Springfield;IL;62704\r\n",
        "  header: line 2; skipped above it: line 1 'sep=;'",
    ),
    "numbers-table-name": (
        "Table 1\n\nFirst name,Last name,Street,City,State,ZIP\n"
        "Ann,Lee,12 Oak St,Springfield,IL,62704\n",
        "  header: line 3; skipped above it: line 1 'Table 1'",
    ),
    "title-and-blank-lines": (
        '"Signers, March drive"\n,,,,,\nDate: 2026-03-01\nFirst name,Last name,Street,City,'
        "State,ZIP\nAnn,Lee,12 Oak St,Springfield,IL,62704\n",
        "  header: line 4; skipped above it: line 1 'Signers, March drive'; line 3 'Date: "
        "2026-03-01'",
    ),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_preamble_is_skipped_and_said(tmp_path: Path, name: str) -> None:
    text, said = CASES[name]
    path = tmp_path / f"{name}.csv"
    path.write_bytes(text.encode("utf-8"))
    result = run_cli("check", str(CONTENT), "--signers", str(path))
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert any(
        line.startswith(f"Signer list {path} (") and "1 signer" in line and "1 signers" not in line
        for line in lines
    )
    assert said in lines, result.output
    assert "  full name" not in result.output
    assert "  street       <- Street" in lines, result.output
    assert not [line for line in lines if line.startswith(f"{path}:")], result.output


def test_a_list_whose_first_line_is_the_header_says_nothing_about_skipping(
    tmp_path: Path,
) -> None:
    path = tmp_path / "plain.csv"
    path.write_text("Name,Street,City,State,ZIP\nAnn Lee,12 Oak St,Springfield,IL,62704\n")
    result = run_cli("check", str(CONTENT), "--signers", str(path))
    assert result.exit_code == 0, result.output
    assert "skipped above it" not in result.output
