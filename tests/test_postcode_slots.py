"""A postcode the file gave prints even where the country's format has no slot for it (issue
20): Ghana's digital address ("GA-123-4567"), for which Google's address data gives no format,
printed after the town and region, before the country line."""

from __future__ import annotations

from pathlib import Path

import pytest

from packbuilder.signers import addresses
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
