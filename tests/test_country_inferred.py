"""A row without a country, whose postcode and region (or town) fit exactly one other country
than the campaign's, is in that country (issue 20): for every country Google's address data
gives postcodes and subdivisions for, in any script; a Korean row is never taken for a US one,
nor a US row for a Korean one; said in the column report with the row."""

from __future__ import annotations

import re
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from packbuilder.signers import inferred
from packbuilder.signers.countries import all_rules
from packbuilder.signers.read import Reading, read_signers


def _examples() -> list[tuple[str, str, str]]:
    """(country, postcode, subdivision as written) for each country's example postcodes, each
    with every subdivision whose postcodes it starts like, by key, name and Latin name."""
    found = []
    for code, rules in sorted(all_rules().items()):
        if len(code) != 2 or "zip" not in rules or "sub_keys" not in rules:
            continue
        keys = rules["sub_keys"].split("~")
        zips = rules.get("sub_zips", "").split("~")
        written = [rules.get(f, "").split("~") for f in ("sub_keys", "sub_names", "sub_lnames")]
        for example in filter(None, rules.get("zipex", "").split(",")):
            for n in range(len(keys)):
                if n < len(zips) and zips[n] and not re.match(zips[n], example, re.I):
                    continue
                found += [(code, example, w[n]) for w in written if n < len(w) and w[n]]
    return found


EXAMPLES = _examples()


@settings(max_examples=400, deadline=None)
@given(example=st.sampled_from(EXAMPLES), home=st.sampled_from(["US", "KR", "GB", "JP", "DE"]))
def test_a_postcode_with_its_region_names_its_country(
    example: tuple[str, str, str], home: str
) -> None:
    code, postcode, region = example
    found = inferred.country(postcode, region, home)
    assert found == (None if code == home else code), example


def test_a_postcode_of_one_country_with_a_region_of_another_is_no_country() -> None:
    assert inferred.country("560-0001", "Ontario", "US") is None  # Osaka's, Canada's
    assert inferred.country("62704", "東京都", "KR") is None  # Springfield's, Tokyo's
    assert inferred.country("100-0001", "大阪府", "US") is None  # Tokyo's, but Osaka


SIGNERS = (
    "Name,Address,City,State,Postcode\n"
    "山田太郎,千代田1-1,千代田区,東京都,100-0001\n"
    "김민준,세종대로 175,종로구,서울특별시,03154\n"
    "Ann Lee,1 Main St,Springfield,IL,62704\n"
    "Taro Sato,1-1 Chiyoda,Chiyoda-ku,Tokyo,100-0001\n"
    "Mei Lin,8 Rue X,Paris,Île-de-France,75001\n"
)


def _read(tmp_path: Path, home: str) -> tuple[list[tuple[str, ...]], tuple[str, ...]]:
    path = tmp_path / "signers.csv"
    path.write_text(SIGNERS, "utf-8")
    result = read_signers(path, None, Reading(country=home))
    assert not result.problems and result.columns is not None
    return [s.address for s in result.signers], result.columns.lines()


def test_japanese_and_korean_rows_in_a_us_campaign(tmp_path: Path) -> None:
    addresses, report = _read(tmp_path, "US")
    assert "JAPAN" in addresses[0] and "東京都" in addresses[0] and "100-0001" in addresses[0]
    assert "SOUTH KOREA" in addresses[1] and "03154" in addresses[1]
    assert addresses[2] == ("1 Main St", "Springfield, IL 62704")  # at home: no country line
    assert addresses[3][-1] == "JAPAN"
    # France's regions are not in Google's data: nothing to tell it by, so nothing is guessed.
    assert not any(line in ("FRANCE", "UNITED STATES") for line in addresses[4])
    assert "  country: Japan, from the postcode and region (lines 2, 5)" in report
    assert "  country: South Korea, from the postcode and region (line 3)" in report


def test_a_us_row_in_a_korean_campaign_is_not_korean(tmp_path: Path) -> None:
    addresses, report = _read(tmp_path, "KR")
    assert addresses[1][-1] != "SOUTH KOREA" and "SOUTH KOREA" not in addresses[1]
    assert addresses[2] == ("1 Main St", "Springfield, IL 62704", "UNITED STATES")
    assert "  country: United States, from the postcode and region (line 4)" in report
    assert not any("South Korea" in line for line in report)
