"""The address shows in the envelope window wherever the folded letter slides, measured from the
glyph boxes of the built PDF.

The envelope numbers here are written out again from shared/reference/envelopes-and-labels.md
("The insert moves") rather than imported, so a wrong number in packbuilder/envelopes.py cannot
make this test agree with it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
import pytest
from click.testing import Result

from conftest import CONTENT, ROOT, run_cli
from pdfcheck import outline

INCH = 72.0
MM = 72.0 / 25.4
SIGNERS = ROOT / "tests" / "data" / "signers-google-forms.csv"


@dataclass(frozen=True)
class Envelope:
    """A window on the envelope's face (left, top, right, bottom from its top-left corner) and
    the offsets of the folded packet's top-left corner from the envelope's."""

    window: tuple[float, float, float, float]
    rest_x: tuple[float, float]  # where the insert rests: every check must hold here
    rest_y: tuple[float, float]
    play_x: float  # how far it can slide at all: nothing else may ever show
    play_y: float
    page_height: float
    least_size: float


# US #10: 9.5 x 4.125 in, window 4.5 x 1.125 in 7/8 in from the left and 1/2 in from the bottom;
# a Letter sheet folded at 3.75 in slides 0-0.375 in down and 0-1 in across, and rests 0.15 in
# to the bottom of its play and 0.1-0.9 in across.
US_10 = Envelope(
    window=(0.875 * INCH, 2.5 * INCH, 5.375 * INCH, 3.625 * INCH),
    rest_x=(0.1 * INCH, 0.9 * INCH),
    rest_y=(0.15 * INCH, 0.375 * INCH),
    play_x=1.0 * INCH,
    play_y=0.375 * INCH,
    page_height=792,
    least_size=10,
)
# DL (220 x 110 mm), DIN 680 window 90 x 45 mm, 20 mm from the left and 15 mm from the bottom;
# an A4 sheet folded at 105/210 mm moves 5 mm down and 10 mm across.
DL = Envelope(
    window=(20 * MM, 50 * MM, 110 * MM, 95 * MM),
    rest_x=(0, 10 * MM),
    rest_y=(0, 5 * MM),
    play_x=10 * MM,
    play_y=5 * MM,
    page_height=841.89,
    least_size=8,
)
CLEARANCE = INCH / 16


def steps(lo: float, hi: float, n: int = 5) -> list[float]:
    return [lo + (hi - lo) * i / (n - 1) for i in range(n)]


@dataclass(frozen=True)
class Glyph:
    char: str
    left: float  # from the sheet's left edge
    top: float  # from the sheet's top edge
    right: float
    bottom: float
    size: float


def glyphs(path: Path, page_index: int, page_height: float) -> tuple[str, list[Glyph]]:
    """A page's text and each character's box in top-left coordinates, with its font size."""
    pdf = pdfium.PdfDocument(str(path))
    try:
        tp = pdf[page_index].get_textpage()
        n = tp.count_chars()
        text = tp.get_text_range(0, n)
        out = []
        for i in range(n):
            x0, y0, x1, y1 = tp.get_charbox(i)
            size = pdfium_c.FPDFText_GetFontSize(tp.raw, i)
            out.append(Glyph(text[i], x0, page_height - y1, x1, page_height - y0, size))
        return text, out
    finally:
        pdf.close()


def build(tmp: Path, name: str, *args: str) -> Path:
    out = tmp / f"{name}.pdf"
    result = run_cli("build", str(CONTENT), "-o", str(out), *args)
    assert result.exit_code == 0, result.output
    return out


@pytest.fixture(scope="module")
def packs(tmp_path_factory: pytest.TempPathFactory, built_pack: Path) -> dict[str, Path]:
    tmp = tmp_path_factory.mktemp("window")
    return {
        "default": built_pack,
        "signed": build(tmp, "signed", "--signers", str(SIGNERS)),
        "a4": build(tmp, "a4", "--paper", "a4"),
    }


def _window_start(text: str) -> int:
    """Where the window's address block starts: the name, its line's word break (a space)
    and the line break, then "c/o" the post."""
    match = re.search(r"His Excellency Xi Jinping ?\r\nc/o ", text)
    assert match, text
    return match.start()


def recipient_block(text: str, found: list[Glyph], a4: bool) -> tuple[list[Glyph], list[Glyph]]:
    """The recipient block (name, c/o the post, street, city/ZIP, on A4 the country) and
    every other glyph on the page."""
    start = _window_start(text)
    last = r"UNITED STATES OF AMERICA" if a4 else r"[A-Z]{2} \d{5}"
    match = re.compile(last).search(text, start)
    assert match, text[start : start + 200]
    end = match.end()
    block = [g for g in found[start:end] if not g.char.isspace()]
    rest = [g for i, g in enumerate(found) if not (start <= i < end) and not g.char.isspace()]
    return block, rest


def window_at(env: Envelope, dx: float, dy: float) -> tuple[float, float, float, float]:
    left, top, right, bottom = env.window
    return left - dx, top - dy, right - dx, bottom - dy


def letter_pages(path: Path) -> list[int]:
    return [e.page for e in outline(path) if e.title.startswith("Letter to ")]


@pytest.mark.parametrize(("pack", "env"), [("default", US_10), ("signed", US_10), ("a4", DL)])
def test_every_letter_shows_its_whole_address_wherever_it_rests(
    packs: dict[str, Path], pack: str, env: Envelope
) -> None:
    path = packs[pack]
    pages = letter_pages(path)
    assert len(pages) == (5 if pack != "signed" else 5 * 25)
    worst = float("inf")
    for page in pages:
        text, found = glyphs(path, page, env.page_height)
        block, rest = recipient_block(text, found, pack == "a4")
        block_text = "".join(g.char for g in block)
        assert "c/o" in block_text and re.search(r"\d", block_text), block_text
        for dx in steps(*env.rest_x):
            for dy in steps(*env.rest_y):
                left, top, right, bottom = window_at(env, dx, dy)
                for g in block:
                    margin = min(g.left - left, right - g.right, g.top - top, bottom - g.bottom)
                    assert margin >= CLEARANCE, (page, g.char, dx / INCH, dy / INCH, margin)
                    worst = min(worst, margin)
        # Nothing but the address shows at any position of the whole play: the window's reach
        # on the sheet is the union of its places.
        reach_l, reach_t, _, _ = window_at(env, env.play_x, env.play_y)
        _, _, reach_r, reach_b = window_at(env, 0, 0)
        intruders = [
            g.char
            for g in rest
            if g.left < reach_r and g.right > reach_l and g.top < reach_b and g.bottom > reach_t
        ]
        assert not intruders, (page, "".join(intruders))
        # Type size: USPS asks for 10-12 pt (DIN 5008: at least 8 pt); capitals and figures at
        # least 0.08 in high.
        assert min(g.size for g in block) >= max(env.least_size, 9.5), page
        caps = [g for g in block if g.char.isupper() or g.char.isdigit()]
        assert min(g.bottom - g.top for g in caps) >= (0.08 * INCH if env is US_10 else 0), page
    assert worst >= CLEARANCE


def test_a4_block_sits_in_the_din_5008_address_zone(packs: dict[str, Path]) -> None:
    path = packs["a4"]
    pages = letter_pages(path)
    assert len(pages) == 5
    for page in pages:
        text, found = glyphs(path, page, DL.page_height)
        block, rest = recipient_block(text, found, a4=True)
        lines = text[text.index("His Excellency Xi Jinping") :].split("\r\n")
        assert len([ln for ln in lines[:7] if ln.strip()]) >= 4
        for g in block:  # address zone: 62.7-90 mm from the top, 20-105 mm from the left
            assert g.top >= 62.7 * MM and g.bottom <= 90 * MM, (page, g.char, g.top / MM)
            assert g.left >= 20 * MM and g.right <= 105 * MM, (page, g.char, g.left / MM)
        # the note zone above it (45-62.7 mm) carries nothing but a return address: here, nothing
        above = [g.char for g in rest if g.bottom > 45 * MM and g.top < 62.7 * MM]
        assert not above, (page, "".join(above))
        # the address zone holds at most 6 lines
        tops = {round(g.top) for g in block}
        assert len({t for t in tops if not any(0 < t - u < 5 for u in tops)}) <= 6


def test_the_formal_title_is_in_the_inside_address_not_the_window(
    packs: dict[str, Path],
) -> None:
    path = packs["default"]
    page = letter_pages(path)[1]
    text, found = glyphs(path, page, US_10.page_height)
    block, _ = recipient_block(text, found, a4=False)
    assert "President" not in "".join(g.char for g in block)
    inside = text.index("President of the People")
    assert found[inside].top > 3.625 * INCH  # below anything the window can show


def test_check_reports_each_posts_window_clearance(default_check: Result) -> None:
    result = default_check
    assert result.exit_code == 0, result.output
    lines = [ln for ln in result.output.splitlines() if ln.startswith("window: ")]
    assert len(lines) == 5
    for line in lines:
        inches = float(re.search(r"window by (-?[\d.]+) in", line).group(1))  # type: ignore[union-attr]
        assert inches >= 1 / 16, line


def test_an_address_too_long_for_the_window_is_an_error(tmp_path: Path) -> None:
    import shutil

    folder = tmp_path / "content"
    shutil.copytree(CONTENT, folder)
    contacts = folder / "contacts.yaml"
    text = contacts.read_text(encoding="utf-8")
    street = "        - 520 12th Ave\n"
    text = text.replace(street, street + "        - Consular Section\n", 1)
    contacts.write_text(text, encoding="utf-8")
    result = run_cli("check", str(folder))
    assert result.exit_code == 1
    assert "contacts.yaml:" in result.output
    assert "needs 5 lines at 10 pt, but only 4 stay in the US #10 window" in result.output


@pytest.mark.parametrize(("pack", "size"), [("default", (612, 792)), ("a4", (595.28, 841.89))])
def test_every_page_has_the_paper_size(
    packs: dict[str, Path], pack: str, size: tuple[float, float]
) -> None:
    from pypdf import PdfReader

    pages = PdfReader(str(packs[pack])).pages
    assert len(pages) > 20
    for page in pages:
        w, h = float(page.mediabox.width), float(page.mediabox.height)
        if (round(w), round(h)) in {(684, 297), (624, 312)}:  # envelopes: #10 or DL
            continue
        assert abs(w - size[0]) < 0.5 and abs(h - size[1]) < 0.5


def test_fold_marks_are_at_the_tri_fold_lines(built_pack: Path) -> None:
    from pypdf import PdfReader

    entry = next(e for e in outline(built_pack) if e.title.startswith("Letter to "))
    content = PdfReader(str(built_pack)).pages[entry.page].get_contents()
    assert content is not None
    data = content.get_data().decode("latin-1")
    for top in (3.75 * INCH, 7.375 * INCH):  # folds measured from the top of the sheet
        y = 792 - top
        assert f"10 {y:g} m" in data or f"10 {y:.2f}".rstrip("0").rstrip(".") + " m" in data, y


def test_window_test_sheet_draws_the_window_at_full_size_round_the_real_address(
    tmp_path: Path, built_pack: Path
) -> None:
    out = build(tmp_path, "window-test", "--only", "window-test")
    pdf = pdfium.PdfDocument(str(out))
    try:
        assert len(pdf) == 2  # the sheet and its blank back (duplex)
        page = pdf[0]
        boxes = [
            obj.get_bounds() for obj in page.get_objects() if obj.type == pdfium_c.FPDF_PAGEOBJ_PATH
        ]
    finally:
        pdf.close()
    # The #10 window with the letter resting mid-range (0.5 in across, 0.2625 in down):
    # 0.375 in from the sheet's left, 2.2375 in from its top, 4.5 x 1.125 in.
    left, top = 0.375 * INCH, 2.2375 * INCH
    want = (left, 792 - top - 1.125 * INCH, left + 4.5 * INCH, 792 - top)
    assert any(all(abs(a - b) < 1.0 for a, b in zip(box, want, strict=True)) for box in boxes)
    # The address sits exactly where it sits on the letters.
    sheet_text, sheet = glyphs(out, 0, 792)
    letter_page = letter_pages(built_pack)[0]
    letter_text, letter = glyphs(built_pack, letter_page, 792)
    a = sheet[_window_start(sheet_text)]
    b = letter[_window_start(letter_text)]
    assert abs(a.left - b.left) < 0.01 and abs(a.top - b.top) < 0.01
    assert "At 100% this bar is 2 in long." in sheet_text


def test_a_recipient_name_too_long_for_one_window_line_is_blamed_on_letter_yaml(
    tmp_path: Path,
) -> None:
    import shutil

    folder = tmp_path / "content"
    shutil.copytree(CONTENT, folder)
    letter = folder / "letter.yaml"
    long_name = "His Excellency Xi Jinping, General Secretary of the Communist Party of China"
    text = letter.read_text(encoding="utf-8")
    letter.write_text(text.replace("His Excellency Xi Jinping", long_name, 1), encoding="utf-8")
    result = run_cli("check", str(folder))
    assert result.exit_code == 1
    errors = [ln for ln in result.output.splitlines() if "window" in ln]
    assert len(errors) == 1 and "letter.yaml:" in errors[0], result.output
    assert "recipient's name takes two lines of the US #10 window" in errors[0]


def test_check_says_in_words_which_other_envelope_the_address_can_slide_out_of() -> None:
    from packbuilder.cli.report import window_line
    from packbuilder.model import WindowFit

    others = (("C6/5 (DIN 676 form B)", -0.13 * INCH), ("C5 (DIN 676 form B)", 0.2 * INCH))
    fit = WindowFit("Embassy", "DL (DIN 676 form B)", 6, 0.1 * INCH, (0.0, 0.0), others)
    line = window_line(fit)
    assert "not a C6/5 (DIN 676 form B): the address can slide out of its window" in line
    assert "; C5 (DIN 676 form B): 0.20 in" in line
