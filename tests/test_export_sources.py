"""Every export in the corpus says where its header comes from (tests/data/exports/SOURCES.md),
and the exports the reader refuses are refused through the CLI, at the row and column, with
nothing written and the names decoded right in the message."""

from __future__ import annotations

import re

import pytest
from signer_corpus import CORPUS
from signer_corpus_countries import COUNTRIES
from signer_corpus_forms import FORMS
from signer_corpus_platforms import PLATFORMS
from signer_corpus_world import WORLD

from conftest import ROOT, run_cli

EXPORTS = ROOT / "tests" / "data" / "exports"


def _listed() -> set[str]:
    text = (EXPORTS / "SOURCES.md").read_text(encoding="utf-8")
    return set(re.findall(r"^\| ([^|\s]+) \|", text, flags=re.MULTILINE))


def test_every_export_says_where_its_header_comes_from() -> None:
    listed = _listed()
    files = {p.name for p in EXPORTS.iterdir() if p.suffix in (".csv", ".txt")}
    assert {
        case.name for case in (*CORPUS, *PLATFORMS, *COUNTRIES, *FORMS, *WORLD)
    } - listed == set()
    assert files - listed == set()


@pytest.mark.parametrize(
    ("file", "said"),
    [
        (
            "vietnamese-excel-cp1258.csv",
            "2:3: row 2 (Nguyễn Văn An): 'phường bến nghé' from column 'Phường' ('Phường Bến "
            "Nghé') would not be on",
        ),
    ],
)
def test_an_export_losing_part_of_an_address_is_refused_at_the_cell(file: str, said: str) -> None:
    # The ward (Vietnamese phường) has no place in the order packbuilder prints an address of
    # a country it does not know ("Việt Nam") yet: refused, not dropped from the letter.
    path = EXPORTS / file
    result = run_cli("check", str(ROOT / "content"), "--signers", str(path))
    assert result.exit_code == 1
    lines = result.output.splitlines()
    assert any(line.startswith(f"{path}:{said}") for line in lines), result.output
    assert "nothing was written" in result.output


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
