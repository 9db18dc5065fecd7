"""The campaign's country decides how dates and phone numbers are printed (issue 21): dates as
CLDR writes the pack's language there (en_US, en_GB), fax numbers of the country in its
national form (the profile's `phone`), read back from the cover, the fax covers and the
addressee table."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from packbuilder.content import country

from conftest import CONTENT, run_cli
from pdfcheck import page_texts

NATIONAL = {
    "US": "(202) 555-0100",
    "CA": "613-555-0100",
    "GB": "020 7946 0000",
    "AU": "(02) 5550 0000",
    "DE": "030 5550 0000",
    "KR": "02-5550-0000",
}


@pytest.mark.parametrize("code", sorted(NATIONAL))
def test_each_profile_writes_its_own_numbers_in_national_form(code: str) -> None:
    form = country.profile(code).phone
    assert form is not None
    assert form.written(form.example) == NATIONAL[code]
    # Another country's number, or one grouped otherwise, keeps its international form.
    assert form.written("+33 1 23 45 67 89") == "+33 1 23 45 67 89"
    assert form.written(f"+{form.code} 2025550100") == f"+{form.code} 2025550100"


@pytest.fixture(scope="module")
def posted_from_us(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    """The default campaign with `country: US`, built with its fax covers: its pages' text."""
    folder = tmp_path_factory.mktemp("us") / "content"
    shutil.copytree(CONTENT, folder)
    with (folder / "campaign.yaml").open("a", encoding="utf-8") as out:
        out.write("country: US\n")
    pdf = folder.parent / "pack.pdf"
    built = run_cli("build", str(folder), "-o", str(pdf), "-q", "--fax-unverified")
    assert built.exit_code == 0, built.output
    return [" ".join(t.split()) for t in page_texts(pdf)]


def _table(pages: list[str]) -> str:
    return next(p for p in pages if "Addressees" in p and "Status" in p)


def test_dates_are_written_as_in_the_country(posted_from_us, built_pack: Path) -> None:
    assert "November 28, 2026" in posted_from_us[0], posted_from_us[0][:300]
    # Without a country, the pack keeps CLDR's world English.
    assert "28 November 2026" in " ".join(page_texts(built_pack)[0].split())


def test_fax_numbers_of_the_country_are_in_its_national_form(posted_from_us, built_pack) -> None:
    covers = " ".join(p for p in posted_from_us if p.startswith("FAX "))
    assert "Fax (202) 495-2138" in covers, covers[:300]
    table = _table(posted_from_us)
    assert "(202) 495-2138" in table and "+1 202 495 2138" not in table
    # Without a country, the numbers keep the international form contacts.yaml gives.
    assert "+1 202 495 2138" in _table([" ".join(t.split()) for t in page_texts(built_pack)])
