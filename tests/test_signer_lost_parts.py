"""A fresh reviewer's signer lists whose city, state or street was left off letters with exit 0
(issue 20): Korean, Chinese and Japanese headers read as words (시 city, 주 state, 주소 a street
beside them), each letter's return address read back from the built PDF."""

from __future__ import annotations

import pytest

from conftest import one_post_campaign, run_cli
from pdfcheck import page_texts

LISTS = {
    # A Korean church directory: 주소 is the street line beside 시 (city) and 주 (state).
    "ko_church": (
        "\ufeff성명,직분,우편번호,주소,상세주소,시,주,전화번호\n"
        "김영수,집사,90010,3435 Wilshire Blvd,Suite 1200,Los Angeles,CA,213-555-0101\n"
    ),
    # Numbered Korean address lines and a state header with an English note.
    "ko_numbered": (
        "이름,주소1,주소2,시,주(State),Zip\n"
        "김영수,3435 Wilshire Blvd,Suite 1200,Los Angeles,CA,90010\n"
    ),
    # A Chinese directory: 地址 beside 城市 is the street.
    "zh_directory": (
        "姓名,地址,城市,省/州,邮编\n王小明,500 Memorial Dr Apt 12,Cambridge,MA,02139\n"
    ),
    # A Japanese list in the country's own order, with the country given.
    "ja_directory": (
        "氏名,郵便番号,都道府県,市区町村,番地,建物名,国\n"
        "山田 太郎,100-0001,東京都,千代田区,千代田1-1,皇居前ビル3階,日本\n"
    ),
    # A donor form: the home street and city empty, the street under another header.
    "donor": (
        "Donor First Name,Donor Last Name,Home Street,Home City,State/Region,Apartment or unit,"
        "Street address line 1,ZIP\n"
        "Lisa,Park,,,CA,Apt 5,900 Sunset Blvd,90069\n"
        "Tom,Baker,12 Elm St,Los Angeles,CA,,,90001\n"
    ),
    # The town under a header no rule reads, in a row whose town column is empty.
    "unused_town": (
        "Name,Street,City,State,ZIP,Extra\n"
        "Ann Lee,12 Elm St,,MA,02134,Boston\n"
        "Bo Chan,1 Main St,Salem,MA,01970,\n"
    ),
    # A whole address in one cell without the state and ZIP its country requires, which a
    # column no rule reads gives.
    "whole_short": 'Name,Address,Extra\nAnn Lee,"12 Elm St, Boston",MA 02134\n',
}


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[int, str, str]]:
    """Each list built once: exit code, output, and the return address under the signature."""
    folder = tmp_path_factory.mktemp("lost")
    content = one_post_campaign(folder)
    out: dict[str, tuple[int, str, str]] = {}
    for name, rows in LISTS.items():
        signers = folder / f"{name}.csv"
        signers.write_text(rows, encoding="utf-8")
        pdf = folder / f"{name}.pdf"
        result = run_cli(
            "build", str(content), "-o", str(pdf), "--signers", str(signers), "--only",
            "letters",
        )  # fmt: skip
        block = ""
        if result.exit_code == 0:
            page = next(t for t in page_texts(pdf) if "Respectfully" in t)
            block = " ".join(page[page.index("Respectfully") :].split())
        out[name] = (result.exit_code, result.output, block)
    return out


def _address(built: dict[str, tuple[int, str, str]], name: str) -> str:
    code, output, block = built[name]
    assert code == 0, output
    return block


def test_korean_church_directory_prints_city_and_state(built: dict) -> None:
    block = _address(built, "ko_church")
    assert "김영수 3435 Wilshire Blvd Suite 1200, Los Angeles, CA 90010" in block
    assert "not used: 직분 (1 value), 전화번호 (1 value)" in built["ko_church"][1]


def test_korean_numbered_lines_and_bracketed_state(built: dict) -> None:
    block = _address(built, "ko_numbered")
    assert "김영수 3435 Wilshire Blvd Suite 1200, Los Angeles, CA 90010" in block


def test_chinese_directory(built: dict) -> None:
    assert "王小明 500 Memorial Dr Apt 12, Cambridge, MA 02139" in _address(built, "zh_directory")


def test_japanese_directory_keeps_ward_prefecture_and_building(built: dict) -> None:
    block = _address(built, "ja_directory")
    for part in ("千代田1-1", "皇居前ビル3階", "千代田区", "東京都", "100-0001"):
        assert part in block, block


def test_a_filled_street_column_prints_where_the_home_street_is_empty(built: dict) -> None:
    code, output, _ = built["donor"]
    assert code == 0, output
    assert "900 Sunset Blvd Apt 5, CA 90069" in _address(built, "donor")
    assert "'Street address line 1' also looks like street" in output
    assert "and this one in a row where that is empty" in output


def test_an_unused_cell_beside_a_missing_town_stops_the_build(built: dict) -> None:
    code, output, _ = built["unused_town"]
    assert code == 1
    assert (
        "unused_town.csv:2:6: row 2 (Ann Lee): the address has no town/city, and column "
        "'Extra' ('Boston') is not used: if it is the town/city, add to campaign.yaml, under "
        "signer_columns: 'city: Extra', or 'ignore: [Extra]' if it is not part of the address"
    ) in output
    assert "nothing was written" in output


def test_a_whole_address_is_checked_for_the_parts_its_country_requires(built: dict) -> None:
    code, output, _ = built["whole_short"]
    assert code == 1
    assert (
        "whole_short.csv:2:3: row 2 (Ann Lee): the address has no state/region, postal code, "
        "and column 'Extra' ('MA 02134') is not used"
    ) in output
