"""Countries as signer lists write them (issue 20): a country's name in any language CLDR
knows, in any case or accents, or its ISO code, is that country; a name two countries go by
is said, and a word that merely contains a country's name is no country."""

from __future__ import annotations

from pathlib import Path

import pytest
from babel import Locale, localedata
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from packbuilder.signers.countries import ambiguous, country_code, key, known_codes
from packbuilder.signers.read import Reading, read_signers

LOCALES = sorted(localedata.locale_identifiers())
#: Locales named after a country CLDR has a name for in them: ru_RU, el_GR, vi_VN ...
OWN = [lid for lid in LOCALES if "_" in lid and lid.rsplit("_", 1)[1] in known_codes()]


def _is(name: str, code: str) -> bool:
    """The name is the country's, or one the country shares (never another's alone), or a
    name CLDR's English gives another country (Toki Pona's 'ma Lawi' for Latvia is Malawi)."""
    got = country_code(name)
    if got == code or code in ambiguous(name):
        return True
    return got is not None and key(Locale("en").territories[got]) == key(name)


@settings(max_examples=300, deadline=None)
@given(lid=st.sampled_from(OWN))
def test_every_locales_own_name_for_its_country_is_that_country(lid: str) -> None:
    locale = Locale.parse(lid)
    code = lid.rsplit("_", 1)[1]
    name = locale.territories.get(code, "")  # a locale with few names (sus_GN) lacks it
    assume(key(name))  # a script newer than this Python's Unicode tables has no letters yet
    assert _is(name, code), (lid, name, country_code(name))
    assert _is(name.upper(), code) and _is(name.lower(), code), (lid, name)


@settings(max_examples=300, deadline=None)
@given(lid=st.sampled_from(LOCALES), data=st.data())
def test_any_languages_name_for_any_country_is_that_country(lid: str, data: st.DataObject) -> None:
    locale = Locale.parse(lid)
    named = sorted(set(locale.territories) & known_codes())
    assume(named)  # a locale with no names of its own (ann)
    code = data.draw(st.sampled_from(named))
    name = locale.territories[code]
    assume(key(name))
    assert _is(name, code), (lid, name, country_code(name))
    # A name with a word beside it is a company, a street or a sentence: no country.
    word = data.draw(st.sampled_from(["Street", "Air", "GmbH", "Bank", "Office", "Road"]))
    assert country_code(f"{name} {word}") is None and country_code(f"{word} {name}") is None


@settings(max_examples=300, deadline=None)
@given(lid=st.sampled_from(LOCALES), data=st.data())
def test_part_of_a_name_is_no_country_unless_it_is_one_whole(lid: str, data: st.DataObject) -> None:
    locale = Locale.parse(lid)
    named = sorted(set(locale.territories) & known_codes())
    assume(named)  # a locale with no names of its own (ann)
    code = data.draw(st.sampled_from(named))
    folded = key(locale.territories[code])
    assume(len(folded) >= 8)
    cut = data.draw(st.integers(min_value=4, max_value=len(folded) - 2))
    part = data.draw(st.sampled_from([folded[:cut], folded[-cut:]]))
    found = country_code(part)
    # "Niger" is the start of "Nigeria" and a country of its own: only whole names count.
    assert (
        found is None
        or any(
            key(other.territories.get(found, "")) == part
            for other in (Locale.parse(x) for x in LOCALES)
        )
        or found in ambiguous(part)
    ), (folded, part, found)


@pytest.mark.parametrize(
    ("written", "code"),
    [
        ("Россия", "RU"), ("Ελλάδα", "GR"), ("ΕΛΛΆΔΑ", "GR"), ("Türkiye", "TR"), ("TÜRKIYE", "TR"),
        ("Việt Nam", "VN"), ("VIET NAM", "VN"), ("Polska", "PL"), ("Deutschland", "DE"),
        ("U.S.A.", "US"), ("usa", "US"), ("de", "DE"), ("NGA", "NG"), ("Nga", "RU"),
        ("AO", "AO"), ("Áo", "AT"), ("Korea", "KR"), ("Korea, Republic of", "KR"),
        ("North Korea", "KP"), ("조선민주주의인민공화국", "KP"), ("日本", "JP"), ("Guinea", "GN"),
        ("Guinea-Bissau", "GW"), ("Niger", "NE"), ("Nigeria", "NG"), ("England", "GB"),
        ("ประเทศไทย", "TH"), ("ไทย", "TH"), ("Narnia", None), ("Kore", None), ("", None),
        ("Congo", None), ("Main Street", None), ("Springfield", None), ("東京都", None),
        # The country testers' lists (2026-12-07): an ASCII apostrophe for Uzbek's ʻ, the
        # definite Albanian form, Mongolia's own name, the Republic of China, the SARs.
        ("O'zbekiston", "UZ"), ("Oʻzbekiston", "UZ"), ("Shqipëria", "AL"), ("Монгол Улс", "MN"),
        ("KSA", "SA"), ("アメリカ", "US"), ("中華民國", "TW"), ("香港特別行政區", "HK"),
        ("Macau SAR", "MO"), ("Rep. of Korea", "KR"), ("Poblacht na hÉireann", "IE"),
    ],
)  # fmt: skip
def test_countries_as_lists_write_them(written: str, code: str | None) -> None:
    assert country_code(written) == code


def _turned(name: str) -> list[str]:
    """A multi-word English name as sorted lists write it: "Gambia, The", "Netherlands (the)",
    "Islands, Cook", "Korea (Republic of)"."""
    words = name.split(" ")
    return [f"{' '.join(words[n:])}, {' '.join(words[:n])}" for n in range(1, len(words))] + [
        f"{' '.join(words[n:])} ({' '.join(words[:n])})" for n in range(1, len(words))
    ]


@pytest.mark.parametrize(
    "code", sorted(c for c, n in Locale("en").territories.items() if c in known_codes())
)
def test_an_english_name_turned_round_or_with_the_article_is_the_country(code: str) -> None:
    # Lists sorted by name write "Gambia, The", "Korea (the Republic of)", "Virgin Islands
    # (British)"; people write "The Netherlands". Every CLDR English name of two words or
    # more, turned at each word, and each name after "The", is its country, unless the turned
    # form is another country's name as it stands.
    name = Locale("en").territories[code]
    if country_code(name) != code or "(" in name or "," in name:
        return  # a name two countries share, or one written turned already
    assert country_code(f"The {name}") == code
    assert [t for t in _turned(name) if country_code(t) != code] == []


@pytest.mark.parametrize(
    ("written", "code"),
    [
        ("The Gambia", "GM"), ("Gambia, The", "GM"), ("Bahamas, The", "BS"),
        ("the Netherlands", "NL"), ("Netherlands (the)", "NL"), ("Philippines (the)", "PH"),
        ("Korea (the Republic of)", "KR"), ("Congo, Democratic Republic of the", "CD"),
        ("Iran (Islamic Republic of)", "IR"), ("Virgin Islands (British)", "VG"),
        ("Virgin Islands, U.S.", "VI"), ("DRC", "CD"), ("DR Congo", "CD"), ("РФ", "RU"),
        ("BRD", "DE"), ("Holy See", "VA"), ("Lao PDR", "LA"), ("P.R. China", "CN"),
        ("中国大陆", "CN"), ("Rep. Dominicana", "DO"),
        # A name with its code, or another of its names, beside it.
        ("Germany (DE)", "DE"), ("Congo (DRC)", "CD"), ("Deutschland, DE", "DE"),
        ("Georgia (US)", None), ("France (Paris)", None), ("Springfield, USA", None),
        # Towns and names with a comma or brackets are no country.
        ("Springfield, IL", None), ("Paris (France)", None), ("Jordan, Michael", None),
        ("The Hague", None), ("The Mall", None),
    ],
)  # fmt: skip
def test_countries_as_sorted_lists_and_people_write_them(written: str, code: str | None) -> None:
    assert country_code(written) == code


def test_a_name_two_countries_share_is_said_not_guessed(tmp_path: Path) -> None:
    path = tmp_path / "signers.csv"
    path.write_text("Name,Street,City,Country\nAl,1 Av. du Port,Matadi,Congo\n", "utf-8")
    result = read_signers(path, None, Reading(country="US"))
    assert result.signers[0].address == ("1 Av. du Port", "Matadi", "CONGO")
    assert [(w.line, w.col, w.field, w.message) for w in result.warnings] == [
        (2, 4, "row 2 (Al)",
         "country 'Congo' names more than one country, so the address prints in the order "
         "written with the country last: write Congo - Kinshasa (CD) or Congo - Brazzaville (CG)"),
    ]  # fmt: skip


@pytest.mark.parametrize("header", ["Страна", "Land", "Pays", "国家", "Herkunft"])
def test_a_column_of_local_names_is_the_country(tmp_path: Path, header: str) -> None:
    rows = [
        ("Иван Петров", "ул. Ленина 5", "Москва", "101000", "Россия"),
        ("Anna Nowak", "ul. Długa 5", "Warszawa", "00-001", "Polska"),
        ("Ελένη Παππά", "Οδός Ερμού 10", "Αθήνα", "105 63", "ΕΛΛΆΔΑ"),
        ("Ayşe Yılmaz", "Atatürk Cad. 5", "İstanbul", "34000", "Türkiye"),
        ("Nguyễn Văn An", "12 Lê Lợi", "Hà Nội", "100000", "Việt Nam"),
    ]
    text = f"Name,Address,City,Postcode,{header}\n" + "".join(",".join(r) + "\n" for r in rows)
    path = tmp_path / "signers.csv"
    path.write_text(text, "utf-8")
    result = read_signers(path, None, Reading(country="US"))
    assert not result.problems
    # Each letter ends with its country's line, in a language the sender's post reads.
    assert [country_code(s.address[-1]) for s in result.signers] == ["RU", "PL", "GR", "TR", "VN"]
    assert not [w for w in result.warnings if "country" in w.message]
    assert result.columns is not None
    assert any(line.startswith("  country") and header in line for line in result.columns.lines())


def test_a_name_two_countries_share_is_told_by_the_postcode_or_town(tmp_path: Path) -> None:
    # "Virgin Islands" is British or US: VG1110 is a British postcode, 00802 a US one (a state
    # to the US Postal Service, no country line); "Congo" with Kinshasa, a town CLDR names, is
    # Congo - Kinshasa. Pointe-Noire is no town CLDR names: still asked.
    path = tmp_path / "signers.csv"
    path.write_text(
        "Name,Street,City,Postcode,Country\n"
        "Al,1 Av. du Port,Kinshasa,,Congo\n"
        "Bo,12 Main St,Charlotte Amalie,00802,Virgin Islands\n"
        "Cy,1 Rd,Road Town,VG1110,Virgin Islands\n"
        "Di,1 Rue,Pointe-Noire,,Congo\n",
        "utf-8",
    )
    result = read_signers(path, None, Reading(country="US"))
    assert not result.problems
    assert [s.address[-1] for s in result.signers] == [
        "CONGO - KINSHASA",
        "Charlotte Amalie, VI 00802",
        "VIRGIN ISLANDS (BRITISH)",
        "CONGO",
    ]
    assert [w.line for w in result.warnings] == [5]
    assert result.columns is not None
    assert "  country: 'Congo' is Congo - Kinshasa, by its town (line 2)" in result.columns.lines()
