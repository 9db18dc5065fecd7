"""Every export in the corpus says where its header comes from (tests/data/exports/SOURCES.md),
and the exports the reader refuses are refused through the CLI, at the row and column, with
nothing written and the names decoded right in the message."""

from __future__ import annotations

import importlib
import re

import pytest
from signer_corpus import Case

from packbuilder.signers.read import Reading, read_signers

from conftest import ROOT, run_cli

EXPORTS = ROOT / "tests" / "data" / "exports"


def _listed() -> set[str]:
    """The exports SOURCES.md names: a row's first cell names one export or several, by commas."""
    text = (EXPORTS / "SOURCES.md").read_text(encoding="utf-8")
    cells = re.findall(r"^\| ([^|]+?) \|", text, flags=re.MULTILINE)
    return {name.strip() for cell in cells for name in cell.split(",")}


def _every_case() -> set[str]:
    """Every case of every corpus module (tests/signer_corpus*.py), found by what it is, so a
    module or list added later is checked without being named here."""
    names: set[str] = set()
    for path in sorted((ROOT / "tests").glob("signer_corpus*.py")):
        module = importlib.import_module(path.stem)
        for value in vars(module).values():
            if (
                isinstance(value, list | tuple)
                and value
                and all(isinstance(c, Case) for c in value)
            ):
                names |= {case.name for case in value}
    return names


def test_every_export_says_where_its_header_comes_from() -> None:
    listed = _listed()
    files = {p.name for p in EXPORTS.iterdir() if p.suffix in (".csv", ".txt")}
    cases = _every_case()
    assert len(cases) > 1000
    assert cases - listed == set()
    assert files - listed == set()


@pytest.mark.parametrize(
    ("file", "district"),
    [("vietnamese-excel-cp1258.csv", "Phường Bến Nghé")],
)
def test_an_export_in_a_country_known_by_its_own_name_prints_its_district(
    file: str, district: str
) -> None:
    # Việt Nam is known by its own name (CLDR), so the ward (phường) prints in the country's
    # address, where an unknown country had no place for it and the list was refused.
    path = EXPORTS / file
    result = run_cli("check", str(ROOT / "content"), "--signers", str(path))
    assert result.exit_code == 0, result.output
    assert "is not one packbuilder knows" not in result.output
    found = read_signers(path, None, Reading(country="US"))
    assert any(district in line for line in found.signers[0].address)


def test_a_turkish_district_is_the_town_and_the_export_is_read() -> None:
    # İlçe, the district, is where Turkey's post writes the town (34710 Kadıköy/İstanbul): the
    # export that was refused for it now checks clean of signer errors.
    path = EXPORTS / "turkish-excel-cp1254.csv"
    result = run_cli("check", str(ROOT / "content"), "--signers", str(path))
    assert f"{path}:2:4:" not in result.output
    # İl, the province, is only refused while its header is not read, never dropped unsaid.
    errors = [
        line
        for line in result.output.splitlines()
        if line.startswith(f"{path}:") and ": warning: " not in line
    ]
    assert all("signer_columns: 'region: İl'" in line for line in errors), errors
    assert result.exit_code == (1 if errors else 0), result.output
