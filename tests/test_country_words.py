"""A country cell as people write it in their own language (issue 20): the word for "country"
before the name (Thai "ประเทศไทย", Malay "Negara Malaysia", Vietnamese "Nước Nga"), the word
being one the header words read as a country column's; and the official name ISO 3166's
translators give in the country's own language ("ราชอาณาจักรไทย", "Rzeczpospolita Polska").
A place whose name only ends like a country's ("New Jersey") is none."""

from __future__ import annotations

import pytest
from babel import Locale

from packbuilder.signers import addresses, countries

#: (the word for "country" as a list's header writes it, the CLDR locale whose names follow it,
#: the separator people write between them).
WORDS = (("ประเทศ", "th", ""), ("Negara", "ms", " "), ("Nước", "vi", " "), ("Land", "de", " "))


def _names(locale: str) -> list[tuple[str, str]]:
    """(code, name) for every country CLDR names in `locale` whose name is that country's alone
    and is not itself longer than a word or two."""
    return [
        (code, name)
        for code, name in sorted(Locale.parse(locale).territories.items())
        if len(code) == 2 and countries.country_code(name) == code and len(name.split()) <= 2
    ]


@pytest.mark.parametrize(("word", "locale", "space"), WORDS)
def test_the_word_for_country_before_a_name_is_that_country(
    word: str, locale: str, space: str
) -> None:
    names = _names(locale)
    assert len(names) > 150
    wrong = [
        (code, name, countries.country_code(f"{word}{space}{name}"))
        for code, name in names
        if countries.country_code(f"{word}{space}{name}") not in (code, None)
    ]
    found = [code for code, name in names if countries.country_code(f"{word}{space}{name}")]
    assert wrong == []
    assert len(found) >= 0.9 * len(names), (len(found), len(names))


def test_a_state_whose_name_ends_in_a_country_s_is_no_country() -> None:
    # "New Jersey", "New Mexico": "New" is no word for a country. Only a name that is a
    # country's itself ("Georgia") names one.
    regions = [name for _, name in addresses.regions("US")] + ["Land Brandenburg", "Pays Basque"]
    named = [r for r in regions if countries.country_code(r) is not None]
    assert named == [r for r in regions if countries.key(r) in countries._names().names]


@pytest.mark.parametrize(
    ("written", "code"),
    [
        ("ราชอาณาจักรไทย", "TH"),
        ("ประเทศไทย", "TH"),
        ("Rzeczpospolita Polska", "PL"),
        ("Bundesrepublik Deutschland", "DE"),
        ("Königreich Belgien", "BE"),
        ("Confédération helvétique", "CH"),
        ("Lietuvos Respublika", "LT"),
    ],
)
def test_official_names_in_the_country_s_own_language(written: str, code: str) -> None:
    assert countries.country_code(written) == code
