"""A postcode written another way than its post writes it (small letters, no space or hyphen)
prints in the post's own form, learnt from each country's examples in Google's address data,
never from a table of our own (issue 20)."""

from __future__ import annotations

import re

import pytest

from packbuilder.signers import countries, units

#: Every example postcode the data gives, with its country.
EXAMPLES = sorted(
    (code, example.strip())
    for code, rules in countries.all_rules().items()
    if len(code) == 2 and rules.get("zip")
    for example in rules.get("zipex", "").split(",")
    if example.strip()
)


def test_the_data_gives_examples_with_spaces_and_hyphens() -> None:
    assert len(EXAMPLES) > 300
    assert sum(bool(re.search("[ -]", e)) for _, e in EXAMPLES) > 50


@pytest.mark.parametrize(("code", "example"), EXAMPLES, ids=[f"{c}-{e}" for c, e in EXAMPLES])
def test_every_example_typed_loosely_prints_as_the_post_writes_it(code: str, example: str) -> None:
    compact = re.sub("[ -]", "", example)
    for typed in (example.lower(), compact, compact.lower()):
        assert units.spaced_postcode(code, typed) == example, typed
    assert units.spaced_postcode(code, example) == example


@pytest.mark.parametrize(
    ("code", "typed"),
    [
        ("DE", "8033"),  # too short for Germany: no form fits, as written
        ("NL", "1017g"),  # one letter short
        ("PL", "310190"),  # a digit too many for 31-019
        ("GB", "ABC"),
        ("US", "6270412"),  # neither a ZIP nor a ZIP+4
        ("CA", "k1m 1m4 x"),
    ],
)
def test_a_postcode_no_form_of_the_country_fits_prints_as_written(code: str, typed: str) -> None:
    assert units.spaced_postcode(code, typed) == typed


def test_a_country_without_postcodes_or_data_keeps_what_is_written() -> None:
    assert units.spaced_postcode("AE", "12345") == "12345"
    assert units.spaced_postcode(None, "k1m1m4") == "k1m1m4"
