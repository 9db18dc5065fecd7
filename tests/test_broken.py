"""Every case of the broken-input corpus gives exactly its expected located lines and no PDF."""

from __future__ import annotations

from pathlib import Path

import pytest

from broken_corpus import CASES, EXPECTED, Case, error_lines, make_tree
from conftest import run_cli

PREVIOUS = b"%PDF-1.4 the pack printed last week\n"


def test_the_corpus_is_large_enough() -> None:
    assert len(CASES) >= 40
    assert len({case.name for case in CASES}) == len(CASES)
    assert sorted(p.stem for p in EXPECTED.glob("*.txt")) == sorted(c.name for c in CASES)


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_broken_input(case: Case, tmp_path: Path) -> None:
    folder = make_tree(case, tmp_path)
    out = tmp_path / "build" / "pack.pdf"
    out.parent.mkdir()
    out.write_bytes(PREVIOUS)
    result = run_cli("build", str(folder), "-o", str(out))
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    assert out.read_bytes() == PREVIOUS, "the previous PDF was touched"
    assert sorted(p.name for p in out.parent.iterdir()) == ["pack.pdf"], "a temporary file was left"
    expected = (EXPECTED / f"{case.name}.txt").read_text(encoding="utf-8").splitlines()
    assert error_lines(result.output, folder) == expected
    located = expected[:-1]
    assert located and all(line.startswith("{content}/") for line in located)
