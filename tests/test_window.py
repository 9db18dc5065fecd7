"""Letters put the whole recipient block inside the envelope window, measured from the PDF."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import ContentTree, run_cli
from pdfcheck import char_boxes, outline

INCH = 72.0
MM = 72.0 / 25.4

# The address field on the sheet, from shared/reference/envelopes-and-labels.md, as
# (left, top, width, height) in points from the sheet's top-left corner.
WINDOWS = {
    # US Letter, #10 window: KOMA-Script UScommercial9 field.
    "letter": ((0.6875 * INCH, 2.1875 * INCH, 4.5 * INCH, 1.125 * INCH), (612, 792)),
    # A4, DIN 676 form B: 20 mm from the left, 45 mm from the top, 85 x 45 mm.
    "a4": ((20 * MM, 45 * MM, 85 * MM, 45 * MM), (595.28, 841.89)),
}


def build(content_tree: ContentTree, tmp_path: Path, paper: str) -> Path:
    folder = content_tree(**{"campaign.yaml": [("paper: letter", f"paper: {paper}")]})
    out = tmp_path / f"{paper}.pdf"
    result = run_cli("build", str(folder), "-o", str(out))
    assert result.exit_code == 0, result.output
    return out


@pytest.mark.parametrize("paper", ["letter", "a4"])
def test_recipient_block_is_inside_the_window(
    content_tree: ContentTree, tmp_path: Path, paper: str
) -> None:
    out = build(content_tree, tmp_path, paper)
    (left, top, width, height), (_, page_h) = WINDOWS[paper]
    window = (left, page_h - top - height, left + width, page_h - top)  # PDF coordinates
    letters = [e for e in outline(out) if e.title.startswith("Letter to ")]
    assert len(letters) == 5
    for entry in letters:
        text, boxes = char_boxes(out, entry.page)
        start = text.index("His Excellency")
        end = text.index("\r\n", text.index("c/o "))
        # the block runs from the name to the ZIP line: the line after 'c/o', its street, its city
        for _ in range(2):
            end = text.index("\r\n", end + 2) if "\r\n" in text[end + 2 :] else len(text)
        block = [(text[i], boxes[i]) for i in range(start, end) if text[i] not in " \r\n"]
        assert block, "no recipient text found"
        for char, (x0, y0, x1, y1) in block:
            assert window[0] <= x0 and x1 <= window[2], (entry.title, char, x0, x1, window)
            assert window[1] <= y0 and y1 <= window[3], (entry.title, char, y0, y1, window)
        assert "c/o " in text[start:end]


@pytest.mark.parametrize("paper", ["letter", "a4"])
def test_every_page_has_the_paper_size(
    content_tree: ContentTree, tmp_path: Path, paper: str
) -> None:
    from pypdf import PdfReader

    out = build(content_tree, tmp_path, paper)
    _, (page_w, page_h) = WINDOWS[paper]
    for page in PdfReader(str(out)).pages:
        assert abs(float(page.mediabox.width) - page_w) < 0.5
        assert abs(float(page.mediabox.height) - page_h) < 0.5


def test_fold_marks_are_at_the_tri_fold_lines(built_pack: Path) -> None:
    from pypdf import PdfReader

    entry = next(e for e in outline(built_pack) if e.title.startswith("Letter to "))
    content = PdfReader(str(built_pack)).pages[entry.page].get_contents()
    assert content is not None
    data = content.get_data().decode("latin-1")
    for top in (3.75 * INCH, 7.375 * INCH):  # folds measured from the top of the sheet
        y = 792 - top
        assert f"10 {y:g} m" in data or f"10 {y:.2f}".rstrip("0").rstrip(".") + " m" in data, y
