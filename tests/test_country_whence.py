"""A row with no country that is not an address at home is never posted as one (issue 20): a
postcode whose shape is one other country's alone (Poland's 90-926) or, with the row's town, of
one country (120 00 Praha 2) gets that country's line and says so; one that fits several, or a
region that is none of the campaign country's, is refused at its cell. A region written with its
country's code in brackets (Odoo's "Illinois (US)") is the region, and the code its country."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from packbuilder.signers import addresses, inferred, whence
from packbuilder.signers.countries import all_rules
from packbuilder.signers.read import Reading, SignerList, read_signers


def _read(tmp: Path, csv: str, country: str = "US") -> SignerList:
    path = tmp / "signers.csv"
    path.write_text(csv, encoding="utf-8")
    return read_signers(path, None, Reading(country=country, language="en"))


def _shapes(home: str) -> tuple[list[tuple[str, str]], list[tuple[str, list[str]]]]:
    """Google's example postcodes of each country that none of `home`'s fit: (country,
    postcode) for those whose shape is that country's alone, (postcode, the countries it
    fits) for those several countries' fit. Only postcodes with digits, of no state of home's
    own post (the US Virgin Islands' ZIP codes are the US's)."""
    rules = {c: r for c, r in all_rules().items() if len(c) == 2 and "zip" in r and c != "ZZ"}
    alone, shared = [], []
    for code, entry in sorted(rules.items()):
        for example in filter(None, entry.get("zipex", "").split(",")):
            fits = sorted(c for c in rules if re.fullmatch(rules[c]["zip"], example, re.I))
            if not re.search(r"\d", example) or home in fits:
                continue
            if inferred.is_region_of(code, home) is None and fits == [code]:
                alone.append((code, example))
            elif len(fits) > 1:
                shared.append((example, fits))
    return alone, shared


ALONE, SHARED = _shapes("US")


@settings(max_examples=40, deadline=None)
@given(example=st.sampled_from(ALONE))
def test_a_postcode_only_one_country_writes_so_gives_the_row_that_country(
    tmp_path_factory: pytest.TempPathFactory, example: tuple[str, str]
) -> None:
    code, postcode = example
    csv = f"Name,Address,Postal code,City\nAnn Lee,Main Road 5,{postcode},Wexton\n"
    found = _read(tmp_path_factory.mktemp("shape"), csv)
    assert found.problems == (), found.problems
    address = found.signers[0].address
    # The country line is last, or just above the postcode where the country's own format
    # writes it so (Gibraltar: "GIBRALTAR / GX11 1AA", Google's format for GI).
    assert address[-1] == addresses.country_name(code) or address[-2:] == (
        addresses.country_name(code),
        postcode,
    ), address
    assert found.columns is not None
    name = addresses.country_name(code).title()
    # The report says why: the postcode's shape, or the letters it starts with (AD100).
    said = (f"country: {name}, from the postcode", f"country: {name}, from the letters its")
    assert any(line.strip().startswith(said) for line in found.columns.lines()), (
        found.columns.lines()
    )


@settings(max_examples=30, deadline=None)
@given(example=st.sampled_from(SHARED))
def test_a_postcode_several_countries_write_so_is_refused_at_its_cell(
    tmp_path_factory: pytest.TempPathFactory, example: tuple[str, list[str]]
) -> None:
    postcode, fits = example
    csv = f"Name,Address,Postal code,City\nAnn Lee,Main Road 5,{postcode},Wexton\n"
    found = _read(tmp_path_factory.mktemp("shared"), csv)
    named = [code for code in fits if postcode.upper().startswith(code)]
    if len(named) == 1:
        # 'BB23026' fits Barbados, Ireland and Somalia, but starts with Barbados' own letters.
        assert found.problems == (), found.problems
        country, address = addresses.country_name(named[0]), found.signers[0].address
        assert address[-1] == country or address[-2:] == (country, postcode), address
        return
    assert [(p.line, p.col) for p in found.problems] == [(2, 3)], found.problems
    message = found.problems[0].message
    assert message.startswith(f"'{postcode}' is no postal code of United States")
    said = re.search(r"\(([^)]*) write postcodes so\)", message)
    assert said is not None, message
    rest = said[1].removesuffix(" and others")
    for name in sorted(whence.countries_named(fits), key=len, reverse=True):
        rest = rest.replace(name, "")
    assert rest.replace(",", "").strip() == "", message  # only the countries it fits
    assert found.signers == ()


def test_a_town_tells_which_of_the_countries_writing_the_postcode_so(tmp_path: Path) -> None:
    # "120 00" is Czech, Slovak, Greek and Swedish; Praha (with its district's number) and
    # Bratislava are towns CLDR names, of one country each.
    found = _read(
        tmp_path,
        "Name,Address,Postal code,City\n"
        "Jana Nováková,Vinohradská 12,120 00,Praha 2\n"
        "Ján Horváth,Obchodná 5,811 01,Bratislava\n",
    )
    assert found.problems == ()
    assert [s.address[-1] for s in found.signers] == ["CZECHIA", "SLOVAKIA"]


REGIONS = [
    (code, key, name)
    for code in ("US", "CA", "AU")
    for key, name in addresses.regions(code)
    if inferred.region_code(code, name) == key
]


@settings(max_examples=40, deadline=None)
@given(region=st.sampled_from(REGIONS), home=st.sampled_from(["US", "CA", "AU"]))
def test_a_region_with_its_country_code_in_brackets_is_that_region(
    tmp_path_factory: pytest.TempPathFactory, region: tuple[str, str, str], home: str
) -> None:
    code, key, name = region
    postcode = {"US": "62704", "CA": "K1M 1M4", "AU": "2042"}[code]
    csv = f"Name,Street,City,State,Zip\nAnn Lee,12 Oak St,Springfield,{name} ({code}),{postcode}\n"
    found = _read(tmp_path_factory.mktemp("odoo"), csv, home)
    assert found.problems == (), found.problems
    printed = found.signers[0].address
    assert not any(f"({code})" in line for line in printed), printed
    assert any(key in line.split() for line in printed), printed
    assert (printed[-1] == addresses.country_name(code)) == (code != home), printed


def test_brackets_naming_another_country_than_the_row_s_are_kept(tmp_path: Path) -> None:
    found = _read(
        tmp_path,
        "Name,Street,City,State,Zip,Country\n"
        "Ann Lee,12 Oak St,Springfield,Ontario (CA),62704,United States\n",
    )
    # The row contradicts itself: printed as written, nothing taken away.
    assert [s.address for s in found.signers] == [("12 Oak St", "Springfield, Ontario (CA) 62704")]


ABROAD = ("ES", "NZ", "DE", "IT", "FR", "BR", "MX")
OTHERS = sorted(
    {
        name
        for code in ABROAD
        for _, name in addresses.regions(code)
        if name.isascii() and inferred.region_code("US", name) is None
    }
)


@settings(max_examples=30, deadline=None)
@given(region=st.sampled_from(OTHERS))
def test_a_region_that_is_none_of_the_campaign_country_s_is_never_posted_at_home(
    tmp_path_factory: pytest.TempPathFactory, region: str
) -> None:
    # Refused at its cell, or (a town CLDR names, as Ceuta) given its own country's line.
    csv = f'Name,Street,City,State,Zip\nAnn Lee,12 Oak St,Springfield,"{region}",62704\n'
    found = _read(tmp_path_factory.mktemp("stranger"), csv)
    where = [(p.line, p.col, p.message.split(",")[0]) for p in found.problems]
    if found.signers:
        assert found.signers[0].address[-1] in map(addresses.country_name, ABROAD), found.signers
    else:
        assert (2, 4, f"'{region}' is none of the regions of United States") in where, where


def test_a_made_up_state_beside_a_zip_code_is_refused_at_its_cell(tmp_path: Path) -> None:
    found = _read(
        tmp_path, "Name,Street,City,State,Zip\nAnn Lee,12 Oak St,Springfield,Wonderland,62704\n"
    )
    assert [(p.line, p.col) for p in found.problems] == [(2, 4)]
    assert found.problems[0].message.startswith("'Wonderland' is none of the regions of United")


def _region_pairs(code: str) -> list[tuple[str, str, str]]:
    """(region key, a postcode of it, a postcode of another region) from Google's data: each
    region's first example postcode where the data gives its postcodes' first digits."""
    rules = all_rules()[code]
    keys = rules["sub_keys"].split("~")
    zips = rules.get("sub_zips", "").split("~")
    examples = rules.get("sub_zipexs", "").split("~")
    found = [
        (keys[n], examples[n].split(",")[0], zips[n])
        for n in range(min(len(keys), len(zips), len(examples)))
        if zips[n] and examples[n]
    ]
    return [
        (key, own, other)
        for (key, own, _), (_, other, _) in zip(found, found[1:] + found[:1], strict=True)
        if not re.match(next(z for k, _, z in found if k == key), other)
    ]


PAIRS = [(code, *pair) for code in ("US", "AU", "CA") for pair in _region_pairs(code)]


@settings(max_examples=30, deadline=None)
@given(pair=st.sampled_from(PAIRS))
def test_a_postcode_of_another_region_is_warned_about_at_its_cell(
    tmp_path_factory: pytest.TempPathFactory, pair: tuple[str, str, str, str]
) -> None:
    code, region, own, other = pair
    tmp = tmp_path_factory.mktemp("region")
    fine = _read(
        tmp, f"Name,Street,City,State,Zip\nAnn Lee,1 Main St,Springfield,{region},{own}\n", code
    )
    assert fine.problems == () and fine.warnings == (), fine.warnings
    off = _read(
        tmp, f"Name,Street,City,State,Zip\nAnn Lee,1 Main St,Springfield,{region},{other}\n", code
    )
    assert off.problems == ()
    assert [(w.line, w.col) for w in off.warnings] == [(2, 5)], off.warnings
    assert off.warnings[0].message.startswith(f"'{other}' is no postcode of {region}")
