"""Look at a pack without printing it: a PNG contact sheet of every page, labelled with its page
label and part, and full-size PNGs of chosen pages, rendered with pypdfium2 (PDFium, the PDF
engine of Chrome) and drawn together with Pillow."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any, BinaryIO

import pypdfium2 as pdfium
from PIL import Image, ImageDraw, ImageFont

from packbuilder.layout import fonts

#: Thumbnails on one contact sheet: 8 across, 6 down, each THUMB pixels wide.
ACROSS, DOWN, THUMB = 8, 6, 180
#: Full-size pages at 100 dpi: enough to read 9 pt text, small enough to send by e-mail.
PAGE_DPI = 100
GAP, CAPTION = 16, 34
PAPER_EDGE = (150, 150, 150)
INK = (40, 40, 40)
MUTED = (110, 110, 110)


@dataclass(frozen=True)
class PageInfo:
    """What the contact sheet says under a page: its printed label and its part."""

    label: str
    part: str


def contact_sheets(pdf: bytes, pages: Sequence[PageInfo]) -> Iterator[Image.Image]:
    """One image per 48 pages: every page as a thumbnail, its label and part under it.

    Sheets are made one at a time, so a pack of thousands of signed letters needs the memory
    of one sheet, not of every page at once.
    """
    document = pdfium.PdfDocument(pdf)
    try:
        yield from _sheets(document, pages)
    finally:
        document.close()


def _sheets(document: pdfium.PdfDocument, pages: Sequence[PageInfo]) -> Iterator[Image.Image]:
    part, label = _Caption(fonts.SANS, 13), _Caption(fonts.SANS_BOLD, 13)
    per_sheet = ACROSS * DOWN
    for first in range(0, len(document), per_sheet):
        batch = [
            _render(document[i], THUMB / document[i].get_width())
            for i in range(first, min(first + per_sheet, len(document)))
        ]
        tallest = max(t.height for t in batch)
        cell_w, cell_h = THUMB + GAP, tallest + CAPTION + GAP
        rows = (len(batch) + ACROSS - 1) // ACROSS
        across = min(ACROSS, len(batch))
        sheet = Image.new("RGB", (across * cell_w + GAP, rows * cell_h + GAP), (236, 236, 236))
        draw = ImageDraw.Draw(sheet)
        for n, thumb in enumerate(batch):
            x = GAP + (n % ACROSS) * cell_w
            y = GAP + (n // ACROSS) * cell_h
            sheet.paste(thumb, (x, y))
            draw.rectangle((x - 1, y - 1, x + thumb.width, y + thumb.height), outline=PAPER_EDGE)
            info = pages[first + n]
            label.draw(draw, (x, y + thumb.height + 3), info.label, INK)
            part.draw(draw, (x, y + thumb.height + 18), part.fit(draw, info.part), MUTED)
        yield sheet


def page_images(pdf: bytes, indices: Sequence[int]) -> Iterator[Image.Image]:
    """Pages `indices` (0-based) at full size, one at a time."""
    document = pdfium.PdfDocument(pdf)
    try:
        for i in indices:
            yield _render(document[i], PAGE_DPI / 72)
    finally:
        document.close()


def save_png(image: Image.Image, target: BinaryIO) -> None:
    """Write `image` as PNG (Pillow writes the same bytes for the same image)."""
    image.save(target, format="PNG", optimize=True)


def _render(page: pdfium.PdfPage, scale: float) -> Image.Image:
    bitmap = page.render(scale=scale)
    image: Image.Image = bitmap.to_pil().convert("RGB")
    return image


class _Caption:
    """Text under a thumbnail in the pack's own fonts: Noto Sans, and for what it lacks (a
    Korean, Chinese or Japanese part name, a symbol) the fallback font the pack draws it in
    (fonts.runs), so no part name shows as empty boxes."""

    def __init__(self, primary: str, size: int) -> None:
        self.primary = primary
        names = (primary, *fonts.FALLBACKS)
        self.faces = {n: ImageFont.truetype(str(fonts.font_file(n)), size) for n in names}
        self.ascent = self.faces[primary].getmetrics()[0]

    def width(self, draw: ImageDraw.ImageDraw, text: str) -> float:
        runs = fonts.runs(text, self.primary)
        return sum(draw.textlength(run, font=self.faces[face]) for run, face in runs)

    def draw(self, draw: ImageDraw.ImageDraw, at: tuple[int, int], text: str, ink: Any) -> None:
        x, y = float(at[0]), at[1]
        runs = fonts.runs(text, self.primary)
        if len(runs) == 1 and runs[0][1] == self.primary:
            draw.text(at, text, font=self.faces[self.primary], fill=ink)
            return
        for run, face in runs:  # on one baseline, whichever font draws the run
            draw.text((x, y + self.ascent), run, font=self.faces[face], fill=ink, anchor="ls")
            x += draw.textlength(run, font=self.faces[face])

    def fit(self, draw: ImageDraw.ImageDraw, text: str) -> str:
        """`text` cut to the thumbnail's width, with an ellipsis when cut."""
        if self.width(draw, text) <= THUMB:
            return text
        while text and self.width(draw, text + "…") > THUMB:
            text = text[:-1]
        return text.rstrip() + "…"
