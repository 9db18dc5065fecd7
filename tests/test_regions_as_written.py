"""A state or province as people write it (issue 20): with full stops ("N.T.", "W.A."), or
shortened ("Vic", "Qld.", "Calif.", "Nfld"), prints as the code its post writes, in every
country whose post writes regions as codes; a shortening two regions share is left as
written."""

from __future__ import annotations

from pathlib import Path

import pytest

from packbuilder.signers import addresses, units
from packbuilder.signers.read import Reading, read_signers


def _regions() -> list[tuple[str, str, str]]:
    """(country, key, name) of every region whose post writes regions as codes."""
    return [
        (code, key, name)
        for code in sorted(units.regions_as_codes())
        for key, name in addresses.regions(code)
        if key != name
    ]


@pytest.mark.parametrize(("country", "key", "name"), _regions())
def test_a_region_with_full_stops_or_its_name_shortened_prints_as_its_code(
    country: str, key: str, name: str
) -> None:
    dotted = ".".join(key) + "."  # "N.T.", "W.A.", "Q.L.D."
    assert addresses.postal_region(country, dotted) == key
    # The shortest start of the name no other region's name starts with, and a full stop.
    others = [n.replace(" ", "").casefold() for k, n in addresses.regions(country) if k != key]
    starts = [
        name[:n]
        for n in range(4, len(name) + 1)
        if name[:n].isalpha() and not any(o.startswith(name[:n].casefold()) for o in others)
    ]
    if starts:
        assert addresses.postal_region(country, starts[0] + ".") == key


def test_a_shortening_two_regions_share_is_left_as_written() -> None:
    assert addresses.postal_region("US", "Miss.") == "Miss."  # Mississippi or Missouri
    assert addresses.postal_region("US", "Springfield") == "Springfield"


def test_australian_states_as_people_write_them(tmp_path: Path) -> None:
    # The second review's volunteer sheet: Vic and N.T. printed as typed; Darwin's 800 with
    # "N.T." is 0800 (the state says its postcodes start with 08).
    path = tmp_path / "signers.csv"
    path.write_text(
        "Name,Street,Suburb,State,Postcode\n"
        "Van Thanh Nguyen,Unit 4/12 Smith St,Darwin City,N.T.,800\n"
        "Bridget O'Sullivan,RMB 450 Kiewa Valley Hwy,Tawonga South,Vic,3698\n"
        "Mia Brown,12 Adelaide St,Brisbane City,Qld.,4000\n"
        "Tom Ward,5 Hay St,Perth,W.A.,6000\n",
        "utf-8",
    )
    result = read_signers(path, None, Reading(country="AU"))
    assert not result.problems and not result.warnings
    assert [s.address[-1] for s in result.signers] == [
        "Darwin City NT 0800",
        "Tawonga South VIC 3698",
        "Brisbane City QLD 4000",
        "Perth WA 6000",
    ]
    assert result.columns is not None
    assert "  state/region: 'N.T.' printed as NT (line 2)" in result.columns.lines()
