"""Every export in the corpus says where its header comes from (tests/data/exports/SOURCES.md),
and the exports the reader refuses are refused through the CLI, at the row and column, with
nothing written and the names decoded right in the message."""

from __future__ import annotations

import re

import pytest
from signer_corpus import CORPUS
from signer_corpus_beyond import BEYOND
from signer_corpus_borders import BORDERS
from signer_corpus_countries import COUNTRIES
from signer_corpus_forms import FORMS
from signer_corpus_inferred import INFERRED
from signer_corpus_local_forms import LOCAL_FORMS
from signer_corpus_long import LONG
from signer_corpus_nations import NATIONS
from signer_corpus_platforms import PLATFORMS
from signer_corpus_table import TABLE
from signer_corpus_words import OWNED, WORDS
from signer_corpus_world import WORLD

from packbuilder.signers.read import Reading, read_signers

from conftest import ROOT, run_cli

EXPORTS = ROOT / "tests" / "data" / "exports"


def _listed() -> set[str]:
    text = (EXPORTS / "SOURCES.md").read_text(encoding="utf-8")
    return set(re.findall(r"^\| ([^|\s]+) \|", text, flags=re.MULTILINE))


def test_every_export_says_where_its_header_comes_from() -> None:
    listed = _listed()
    files = {p.name for p in EXPORTS.iterdir() if p.suffix in (".csv", ".txt")}
    assert {
        case.name
        for case in (
            *CORPUS,
            *PLATFORMS,
            *COUNTRIES,
            *FORMS,
            *WORLD,
            *BEYOND,
            *NATIONS,
            *BORDERS,
            *WORDS,
            *LOCAL_FORMS,
            *TABLE,
            *INFERRED,
            *LONG,
            *OWNED,
        )
    } - listed == set()
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
