"""The layout faults of issue 24, read back from built packs (default, A4, Korean, Chinese) with
pypdfium2 at their printed positions: see layoutcheck.py for each rule."""

from __future__ import annotations

import functools
import re
import shutil
from pathlib import Path

import layoutcheck as check
import pytest
from reportlab.lib.pagesizes import LETTER
from reportlab.pdfgen.canvas import Canvas

from packbuilder.content.loader import load
from packbuilder.content.schema import validate

from conftest import CONTENT, run_cli

PACKS = {
    "default": ("en", "letter", check.LETTER_MARGINS),
    "a4": ("en", "a4", check.A4_MARGINS),
    "ko": ("ko", "letter", check.LETTER_MARGINS),
    "zh": ("zh", "letter", check.LETTER_MARGINS),
}
TITLES = {"ko": "북한 난민의 강제 송환을 멈춰 주십시오", "zh": "停止强制遣返脱北难民"}


@pytest.fixture(scope="module", params=list(PACKS))
def pack(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> tuple[Path, str]:
    """A pack built with every part (fax covers too), and its name."""
    name = request.param
    language, paper, _ = PACKS[name]
    tmp = tmp_path_factory.mktemp(name)
    folder = CONTENT
    if language != "en":
        folder = tmp / "content"
        shutil.copytree(CONTENT, folder)
        path = folder / "campaign.yaml"
        text = path.read_text(encoding="utf-8").replace("language: en", f"language: {language}", 1)
        text = re.sub(r"^title: .*$", f"title: {TITLES[name]}", text, count=1, flags=re.M)
        path.write_text(text, encoding="utf-8")
    out = tmp / "pack.pdf"
    flags = ("--paper", paper, "--fax-unverified", "--letter-date", "2026-11-28", "-q")
    result = run_cli("build", str(folder), "-o", str(out), *flags)
    assert result.exit_code == 0, result.output
    return out, name


@functools.cache
def _pages(pack: tuple[Path, str]) -> tuple[list[check.Page], check.Margins, Path]:
    """The pack's pages read back, once for all the tests that read them."""
    path, name = pack
    return check.read_pages(path), PACKS[name][2], path


def test_no_page_foot_is_more_than_a_third_empty_where_no_part_ends(
    pack: tuple[Path, str],
) -> None:
    pages, margins, path = _pages(pack)
    assert check.empty_feet(pages, margins, check.part_ends(path, pages)) == []


def test_no_web_address_alone_at_the_top_of_a_page(pack: tuple[Path, str]) -> None:
    pages, margins, _ = _pages(pack)
    assert check.stranded_urls(pages, margins) == []


def test_everything_drawn_on_a_page_of_text_is_within_the_margins(pack: tuple[Path, str]) -> None:
    pages, margins, _ = _pages(pack)
    assert check.past_margins(pages, margins) == []


def test_no_paragraph_ends_in_one_short_word_where_the_line_above_could_give_one(
    pack: tuple[Path, str],
) -> None:
    pages, margins, _ = _pages(pack)
    assert check.lone_words(pages, margins) == []


def test_no_line_breaks_inside_a_name_the_content_gives(pack: tuple[Path, str]) -> None:
    """Posts, cities, streets, countries and the recipient, on every page: the table, the
    letters' windows, the fax covers' Attention lines, the guide, the sources."""
    pages, _, _ = _pages(pack)
    names = content_names(CONTENT)
    assert {"San Francisco", "People’s Republic of China", "New York"} <= names
    assert check.broken_names(pages, names) == []


def test_table_superscripts_clear_the_line_above(pack: tuple[Path, str]) -> None:
    """A citation in an 8 pt table cell or note stays a point clear of the glyphs above it
    (Korean cells had 0.3 to 0.8 pt)."""
    path, _ = pack
    assert check.crowded_superscripts(path) == []


def test_text_boxes_and_tables_start_on_the_same_left_margin(pack: tuple[Path, str]) -> None:
    """Body text, the case boxes' accent rule and the tables' edges all start at the margin
    (ReportLab's frame padding had set the text 6 pt in)."""
    pages, margins, _ = _pages(pack)
    text = [round(x.left, 1) for p in pages if check.running_text(p, margins) for x in p.lines]
    drawn = [round(b[0], 1) for p in pages if check.running_text(p, margins) for b in p.drawn]
    assert min(text) == pytest.approx(margins.left, abs=0.6)
    assert min(drawn) == pytest.approx(margins.left, abs=0.6)


def test_the_checker_finds_each_fault(tmp_path: Path) -> None:
    """A page drawn with each fault: the checker names every one (a checker that found nothing
    would pass every pack)."""
    path = tmp_path / "faults.pdf"
    canvas = Canvas(str(path), pagesize=LETTER, invariant=1)
    for number in (1, 2):
        canvas.setFont("Helvetica", 10)
        y = 700.0
        if number == 2:
            canvas.drawString(72, 720, "https://example.org/a/stranded/address")
        for line in ("A paragraph of text whose last line holds", "one."):
            canvas.drawString(72, y, line)
            y -= 12
        canvas.drawString(72, y - 24, "Letters go to the Consulate General in San")
        canvas.drawString(72, y - 36, "Francisco by post.")
        canvas.rect(70, 300, 476, 20)  # 6 pt past the right margin, 2 pt past the left
        canvas.drawString(300, 27, f"{number}")  # the running foot: a page of text
        canvas.showPage()
    canvas.save()
    pages = check.read_pages(path)
    margins = check.LETTER_MARGINS
    assert [f.split(":")[0] for f in check.empty_feet(pages, margins, set())] == [
        "page 1",
        "page 2",
    ]
    assert check.lone_words(pages, margins) == [
        f"page {n}: 'xt whose last line holds' / 'one.'" for n in (1, 2)
    ]
    assert check.stranded_urls(pages, margins) == [
        "page 2: 'https://example.org/a/stranded/address' at the top"
    ]
    assert len(check.past_margins(pages, margins)) == 2
    assert check.broken_names(pages, ["San Francisco"]) == [
        f"page {n}: 'Consulate General in San' / 'Francisco by post.'" for n in (1, 2)
    ]


def content_names(folder: Path) -> set[str]:
    """Names the content gives that no line may split, read from it here (not from the
    layout's own list): each post's short name (its parts either side of a comma), city,
    street lines and country, the country in the posts' names ("... of the People's Republic
    of China in ..."), and the letter's recipient."""
    content = validate(load(folder))
    names = {content.letter.recipient.name}
    for post in content.contacts.contacts:
        address = post.address
        names |= {*post.short_name.split(", "), address.city, *address.lines}
        names |= {address.country or ""}
        country = re.search(r" of the (.+?)(?: in |$)", post.name)
        if country:
            names.add(country[1])
    return {n for n in names if n}
