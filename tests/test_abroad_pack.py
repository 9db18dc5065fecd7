"""Return addresses from abroad on the built pack (issue 20): the letter's signature block and
the return label read back from the PDF hold every piece, in the country's order, the country
line last in English capitals. One pack is built for the module."""

from __future__ import annotations

import pytest

from conftest import signed_pack

# A US campaign's list as one export gives it: a Japanese address with no country (its
# prefecture says Japan), a Korean one with its country in Hangul, a Greek one with its ISO
# code, a Russian flat number with no designator and a US state written in full.
SIGNERS = (
    "Name,Street,Apartment,City,Region,Postal code,Country\n"
    "山田太郎,千代田1-1,,千代田区,東京都,100-0001,\n"
    "김민준,세종대로 110,,중구,서울특별시,04524,대한민국\n"
    "Γιώργος Παπαδόπουλος,Ερμού 15,,Αθήνα,,105 63,GR\n"
    "Иван Петров,ул. Ленина 1,5,Москва,,101000,Russian Federation\n"
    "Ann Lee,12 Oak St,3,Springfield,Illinois,62704,\n"
)

#: What each letter must print, in this order, after the signer's name.
EXPECTED = {
    "山田太郎": ("100-0001", "東京都", "千代田区", "千代田1-1", "JAPAN"),
    "김민준": ("서울특별시 중구", "세종대로 110", "04524", "SOUTH KOREA"),
    "Γιώργος Παπαδόπουλος": ("Ερμού 15", "105 63 Αθήνα", "GREECE"),
    "Иван Петров": ("ул. Ленина 1, кв. 5", "Москва", "101000", "RUSSIAN FEDERATION"),
    "Ann Lee": ("12 Oak St Apt 3", "Springfield, IL 62704"),
}


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[str, str], list[str], str]:
    return signed_pack(tmp_path_factory.mktemp("abroad"), SIGNERS)


def test_each_letter_prints_the_address_in_its_countrys_order_country_last(
    pack: tuple[dict[str, str], list[str], str],
) -> None:
    letters, _, _ = pack
    assert sorted(letters) == sorted(EXPECTED)
    for name, lines in EXPECTED.items():
        block = " ".join(letters[name].split())
        at = block.rindex(name) + len(name)
        for line in lines:
            found = block.find(line, at)
            assert found >= 0, (name, line, block)
            at = found + len(line)
        assert block.rstrip(" ,").endswith(lines[-1]), (name, block)


def test_each_return_label_prints_one_line_each_country_last(
    pack: tuple[dict[str, str], list[str], str],
) -> None:
    _, labels, _ = pack
    rows = [[line.strip() for line in text.splitlines()] for text in labels]
    for name, lines in EXPECTED.items():
        want = [name, *lines]
        assert any(row[i : i + len(want)] == want for row in rows for i in range(len(row))), (
            name,
            want,
        )


def test_the_column_report_says_what_it_printed_differently(
    pack: tuple[dict[str, str], list[str], str],
) -> None:
    _, _, output = pack
    said = [line.strip() for line in output.splitlines()]
    # Japan is told by the postcode and prefecture (or, failing that, the script and region).
    assert any(x.startswith("country: Japan, from the") and x.endswith("(line 2)") for x in said)
    for line in (
        "country: '대한민국' printed as SOUTH KOREA (line 3)",
        "country: 'GR' printed as GREECE (line 4)",
        "state/region: 'Illinois' printed as IL (line 6)",
    ):
        assert line in said, (line, output)
    assert any(x.startswith("apartment/unit: a bare number prints as 'кв. N'") for x in said)
    assert any(x.startswith("apartment/unit: a bare number prints as 'Apt N'") for x in said)
