"""A postcode the file gave prints even where the country's format has no slot for it (issue
20): Ghana's digital address ("GA-123-4567"), for which Google's address data gives no format,
printed after the town and region, before the country line."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from packbuilder.language import cldr
from packbuilder.signers import addresses, inferred
from packbuilder.signers.countries import all_rules
from packbuilder.signers.read import Reading, read_signers

#: Countries whose format (Google's address data, or its default) has no postcode slot.
NO_SLOT = sorted(
    code
    for code, rules in all_rules().items()
    if len(code) == 2 and code != "ZZ" and "%Z" not in rules.get("fmt", "%N%n%O%n%A%n%C")
)


@pytest.mark.parametrize("code", NO_SLOT[::4])
def test_a_postcode_the_format_has_no_slot_for_prints_after_the_town(
    tmp_path: Path, code: str
) -> None:
    country = addresses.country_name(code)
    path = tmp_path / "signers.csv"
    path.write_text(
        f"Name,Street,City,Postal code,Country\nAnn Lee,12 Main Road,Tembo,XY-123-4567,{country}\n",
        encoding="utf-8",
    )
    found = read_signers(path, None, Reading(country="US"))
    assert found.problems == (), found.problems
    (signer,) = found.signers
    lines = signer.address
    assert "XY-123-4567" in " ".join(lines)
    assert lines[-1] == country
    at = next(n for n, line in enumerate(lines) if "XY-123-4567" in line)
    town = next(n for n, line in enumerate(lines) if "Tembo" in line)
    assert town <= at < len(lines) - 1


def test_a_ghanaian_digital_address_prints() -> None:
    assert "GH" in NO_SLOT
    parts = addresses.AddressParts(
        ("12 Oxford St",), "Accra", "Greater Accra", "GA-123-4567", "Ghana"
    )
    assert addresses.format_address(parts, "US") == (
        "12 Oxford St", "Accra", "Greater Accra", "GA-123-4567", "GHANA"
    )  # fmt: skip


def _prefixed() -> list[tuple[str, str, str]]:
    """(country, the letters its format prints before the postcode, an example postcode) from
    Google's address data: Haiti's "HT%Z", the Faroes' "FO%Z", Lithuania's "LT-%Z"."""
    found = []
    for code, rules in sorted(all_rules().items()):
        letters = re.search(r"(?:^|%n|\s)([A-Z]{1,3})[- ]?%Z", rules.get("fmt", ""))
        example = rules.get("zipex", "").split(",")[0]
        # Puerto Rico's "PR" is its state code to the US Postal Service, not a prefix.
        if len(code) == 2 and letters and example and not inferred.is_region_of(code, "US"):
            found.append((code, letters[1], example))
    return found


@pytest.mark.parametrize(("code", "letters", "example"), _prefixed())
@pytest.mark.parametrize("joint", ["", "-", " ", None])
def test_a_postcode_written_with_or_without_its_country_s_letters_prints_them_once(
    tmp_path: Path, code: str, letters: str, example: str, joint: str | None
) -> None:
    written = example if joint is None else f"{letters}{joint}{example}"
    country = cldr.territory_name(code)  # Åland's country line is FINLAND's
    path = tmp_path / "signers.csv"
    path.write_text(
        f"Name,Street,City,Postal code,Country\nAnn Lee,12 Main Road,Tembo,{written},{country}\n",
        encoding="utf-8",
    )
    found = read_signers(path, None, Reading(country="US"))
    assert found.problems == (), found.problems
    printed = " ".join(found.signers[0].address)
    assert example in printed
    assert (
        printed.count(letters + example)
        + printed.count(f"{letters}-{example}")
        + printed.count(f"{letters} {example}")
        == 1
    ), printed
    assert not found.warnings, found.warnings
