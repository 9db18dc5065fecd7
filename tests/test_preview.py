"""`packbuilder preview`: contact sheets of every page and chosen pages full size, as PNG."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader

from conftest import CONTENT, run_cli


@pytest.fixture(scope="module")
def previewed(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    out = tmp_path_factory.mktemp("preview") / "look"
    result = run_cli("preview", str(CONTENT), "-o", str(out), "--pages", "1,3-4")
    assert result.exit_code == 0, result.output
    return out, result.output


def test_the_contact_sheet_shows_every_page(previewed: tuple[Path, str], built_pack: Path) -> None:
    out, said = previewed
    pages = len(PdfReader(str(built_pack)).pages)
    sheets = sorted(out.glob("contact-sheet-*.png"))
    assert len(sheets) == (pages + 47) // 48
    assert f"of {pages} pages and 3 full pages to {out}" in said
    # Like build, the addresses to confirm are one line; `check` lists them.
    assert "need confirming before you print" in said and "confirm it before" not in said
    with Image.open(sheets[0]) as image:
        sheet = image.convert("L")
    rows = (min(pages, 48) + 7) // 8
    # 8 thumbnails 180 px wide across, and one row per 8 pages (each page taller than wide).
    assert sheet.width == 16 + 8 * (180 + 16)
    assert sheet.height > rows * 180 * 11 / 8.5
    # The first thumbnail is the cover: dark title text on white paper, not an empty box.
    cover = sheet.crop((16, 16, 16 + 180, 16 + 233))
    darkest, lightest = cover.getextrema()
    assert darkest < 100 and lightest > 240


def test_chosen_pages_are_written_full_size(previewed: tuple[Path, str]) -> None:
    out, _ = previewed
    assert sorted(p.name for p in out.glob("page-*.png")) == [
        "page-001.png",
        "page-003.png",
        "page-004.png",
    ]
    with Image.open(out / "page-001.png") as page:
        assert page.size == (850, 1100)  # US Letter at 100 dpi


def test_page_labels_and_parts_follow_the_pdf(built_pack: Path) -> None:
    from packbuilder.pipeline import BuildOptions, page_map, preflight

    checked = preflight(BuildOptions(content_dir=CONTENT))
    labels = page_map(checked.body, checked.body.final_page_count)
    reader = PdfReader(str(built_pack))
    assert [label for label, _ in labels] == list(reader.page_labels)
    assert labels[0][1] == "Cover"
    assert any(part == "Letters" for _, part in labels)


def test_pages_outside_the_pack_and_bad_ranges_are_refused(tmp_path: Path) -> None:
    far = run_cli("preview", str(CONTENT), "-o", str(tmp_path / "p"), "--pages", "999")
    assert far.exit_code == 1 and "there is no page 999" in far.output
    assert not (tmp_path / "p").exists()
    bad = run_cli("preview", str(CONTENT), "--pages", "5-2")
    assert bad.exit_code == 2 and "'5-2' is not a page or a range" in bad.output


def test_korean_and_chinese_part_names_show_on_the_contact_sheet(
    previewed: tuple[Path, str], built_pack: Path
) -> None:
    """The reading copies' part names are Hangul and Chinese: drawn in the pack's CJK font,
    not as the empty boxes Noto Sans (which has no Hangul or Han) would draw."""
    from PIL import ImageChops, ImageDraw, ImageFont

    from packbuilder.layout import fonts
    from packbuilder.preview import ACROSS, CAPTION, GAP, MUTED, THUMB

    from pdfcheck import outline

    out, _ = previewed
    pages = len(PdfReader(str(built_pack)).pages)
    assert pages <= ACROSS * 6  # one sheet
    with Image.open(out / "contact-sheet-1.png") as image:
        sheet = image.convert("RGB")
    rows = (pages + ACROSS - 1) // ACROSS
    cell_h = (sheet.height - GAP) // rows
    thumb_h = cell_h - CAPTION - GAP
    noto = ImageFont.truetype(str(fonts.font_file(fonts.SANS)), 13)
    found = 0
    for entry in outline(built_pack):
        if entry.level != 0 or entry.title.isascii():
            continue
        n = entry.page
        x, y = GAP + (n % ACROSS) * (THUMB + GAP), GAP + (n // ACROSS) * cell_h + thumb_h + 18
        box = (x, y, x + THUMB, y + 16)
        caption = sheet.crop(box)
        boxes = Image.new("RGB", sheet.size, (236, 236, 236))
        ImageDraw.Draw(boxes).text((x, y), entry.title, font=noto, fill=MUTED)
        assert ImageChops.difference(caption, boxes.crop(box)).getbbox(), entry.title
        assert caption.convert("L").getextrema()[0] < 180, entry.title  # ink is there
        found += 1
    assert found == 2  # 편지에 담긴 내용, 信件内容
