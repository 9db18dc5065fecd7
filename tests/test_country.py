"""Country profiles (issue 21): `new --country` writes a campaign for groups in that country, and
`check` warns, located, where content contradicts the campaign's country."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from pypdf import PdfReader

from packbuilder.content import country

from conftest import CONTENT, run_cli
from pdfcheck import page_texts

US_WORDS = ("#10", "ZIP", "USPS", "first-class")
LOCATED = re.compile(r"^(?P<file>\S+\.yaml):(?P<line>\d+):(?P<col>\d+): (?P<field>\S+): warning: ")


@pytest.fixture(scope="module")
def gb_pack(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A campaign made by `new --country GB` and built once: (folder, pdf)."""
    base = tmp_path_factory.mktemp("gb")
    made = run_cli("new", str(base / "uk-drive"), "--country", "gb")
    assert made.exit_code == 0, made.output
    pdf = base / "uk.pdf"
    built = run_cli("build", str(base / "uk-drive"), "-o", str(pdf))
    assert built.exit_code == 0, built.output
    return base / "uk-drive", pdf


def test_new_country_gb_builds_an_a4_pack_with_no_us_words(gb_pack: tuple[Path, Path]) -> None:
    folder, pdf = gb_pack
    campaign = (folder / "campaign.yaml").read_text(encoding="utf-8")
    assert re.search(r"^country: GB$", campaign, re.M)
    assert re.search(r"^paper: a4$", campaign, re.M)
    box = PdfReader(pdf).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)
    text = " ".join(" ".join(page.split()) for page in page_texts(pdf))
    for word in US_WORDS:
        assert word not in text
    assert "Every post in this pack is in the United States" not in text
    assert "Every post in this pack is in the United Kingdom" in text
    assert "DL window envelope" in text
    assert "49 Portland Place" in text  # the embassy in London gets a letter


def test_default_content_posted_from_gb_is_warned_where_it_says_us_words(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "content"
    shutil.copytree(CONTENT, folder)
    with (folder / "campaign.yaml").open("a", encoding="utf-8") as out:
        out.write("country: GB\n")
    result = run_cli("check", str(folder))
    warned = [line for line in result.output.splitlines() if "does not fit" in line]
    for word in ("#10", "ZIP", "first-class"):  # the default content has no "USPS"
        hits = [line for line in warned if f"'{word}' does not fit" in line]
        assert hits, word
        for line in hits:
            found = LOCATED.match(line)
            assert found, line
            # The column points at the word itself in the file.
            written = Path(found["file"]).read_text(encoding="utf-8").splitlines()
            at = written[int(found["line"]) - 1][int(found["col"]) - 1 :]
            assert at.lower().startswith(word.lower()), line
    guide = [line for line in warned if "guide.yaml" in line]
    assert any("'#10'" in line for line in guide)
    assert any("first-class" in line for line in guide)


def test_the_default_campaign_in_the_us_gets_no_such_warning(tmp_path: Path) -> None:
    folder = tmp_path / "content"
    shutil.copytree(CONTENT, folder)
    with (folder / "campaign.yaml").open("a", encoding="utf-8") as out:
        out.write("country: US\n")
    result = run_cli("check", str(folder))
    assert "does not fit" not in result.output


def test_a_country_with_no_profile_gets_neutral_wording_and_example_posts(
    tmp_path: Path,
) -> None:
    made = run_cli("new", str(tmp_path / "nz"), "--country", "NZ")
    assert made.exit_code == 0, made.output
    guide = (tmp_path / "nz" / "guide.yaml").read_text(encoding="utf-8")
    assert "United States" not in guide and "#10" not in guide
    assert "The posts printed in this pack are examples" in guide
    contacts = (tmp_path / "nz" / "contacts.yaml").read_text(encoding="utf-8")
    assert "Washington" not in contacts
    checked = run_cli("check", str(tmp_path / "nz"))
    examples = [line for line in checked.output.splitlines() if "'EXAMPLE' is example text" in line]
    assert any("contacts.yaml" in line and ".name" in line for line in examples)


@pytest.mark.parametrize("code", ["GB", "CA", "AU", "DE", "KR"])
def test_each_profile_makes_a_campaign_that_checks_without_errors(
    tmp_path: Path, code: str
) -> None:
    made = run_cli("new", str(tmp_path / code), "--country", code)
    assert made.exit_code == 0, made.output
    checked = run_cli("check", str(tmp_path / code))
    assert checked.exit_code == 0, checked.output
    assert "does not fit" not in checked.output
    assert "never cited" not in checked.output  # the US posts' sources went with them
    # Every post with no address from a source is marked EXAMPLE, and check says so there.
    for i, post in enumerate(country.profile(code).contacts, start=1):
        if "EXAMPLE" in " ".join((*post.address.lines, post.address.city, post.name)):
            assert re.search(
                rf"contacts\.yaml:\d+:\d+: contacts\[{i}\]\.address\.lines\[1\]: warning: "
                "'EXAMPLE' is example text",
                checked.output,
            ), post.id


def test_the_us_profile_words_are_the_default_campaigns_own() -> None:
    """`new --country` finds each US phrase in the shipped campaign; one that drifted would be
    left in place silently."""
    shipped = " ".join(
        (CONTENT / name).read_text(encoding="utf-8") for name in ("campaign.yaml", "guide.yaml")
    )
    for key, phrase in vars(country.profile("US").wording).items():
        assert phrase and country.phrase_pattern(phrase).search(shipped), key


def test_profiles_match_their_paper_and_label_stock() -> None:
    assert {"US", "GB", "CA", "AU", "DE", "KR"} <= set(country.codes())
    for code in (*country.codes(), country.NEUTRAL):
        chosen = country.profile(code)
        assert chosen.label_stock == ("Avery 5160" if chosen.paper == "letter" else "Avery L7160")


def test_a_mistyped_country_code_gets_a_did_you_mean(tmp_path: Path) -> None:
    result = run_cli("new", str(tmp_path / "x"), "--country", "GBB")
    assert result.exit_code == 2
    assert "did you mean 'GB'?" in result.output
    assert not (tmp_path / "x").exists()


def test_the_gb_letters_show_their_whole_address_in_a_dl_window(
    gb_pack: tuple[Path, Path],
) -> None:
    """Wherever the folded A4 letter rests in a DL window envelope (DIN 676 form B), every
    glyph of the address is inside the window, with the clearance the A4 pack keeps."""
    from test_window import CLEARANCE, DL, _window_start, glyphs, letter_pages, steps, window_at

    _, pdf = gb_pack
    pages = letter_pages(pdf)
    assert len(pages) == len(country.profile("GB").contacts)
    for page in pages:
        text, found = glyphs(pdf, page, DL.page_height)
        start = _window_start(text)
        end = re.compile(r"W1B 1JL|00000").search(text, start)
        assert end, text[start : start + 200]
        block = [g for g in found[start : end.end()] if not g.char.isspace()]
        for dx in steps(*DL.rest_x):
            for dy in steps(*DL.rest_y):
                left, top, right, bottom = window_at(DL, dx, dy)
                for g in block:
                    margin = min(g.left - left, right - g.right, g.top - top, bottom - g.bottom)
                    assert margin >= CLEARANCE, (page, g.char, dx, dy, margin)
