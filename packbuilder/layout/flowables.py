"""Small custom flowables: headings that report their page, and the window-envelope letter page."""

from __future__ import annotations

from functools import cache
from typing import Any

from reportlab.lib.rl_accel import fp_str
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas

from packbuilder import model as m
from packbuilder.layout import fonts, measure, shaping
from packbuilder.layout.breaks import WordBreaks, spaced
from packbuilder.layout.linebreak import CJKLines
from packbuilder.layout.styles import (
    RULE,
    Geometry,
)
from packbuilder.pdf.outline import Outline
from packbuilder.pdf.tagging import TaggedParagraph


class Recorder:
    """Writes the outline as layout goes; `offset` turns layout page numbers into final
    (physical) ones.

    The final file has pages layout never draws (blank duplex pages, attached PDFs); the
    template raises `offset` as it decides where those go, so every mark and footer uses the
    page number the reader will see. Where parts start is kept (`marks`) for the build's
    summary; letters are only counted.
    """

    def __init__(self, outline: Outline | None = None) -> None:
        self.marks: list[m.OutlineMark] = []
        self.offset = 0
        self.outline = outline
        self.letters = 0

    def add(self, canvas: Canvas, title: str, level: int, top: float, kind: str) -> None:
        """Record a mark on the page being drawn."""
        self.mark(title, level, canvas.getPageNumber() - 1 + self.offset, top, kind)

    def mark(self, title: str, level: int, page: int, top: float, kind: str) -> None:
        """An outline entry for final page `page` (top < 0: the whole page)."""
        if kind == "letter":
            self.letters += 1
        elif kind in ("part", "attachment"):
            self.marks.append(m.OutlineMark(title, level, page, top, kind))
        if self.outline is not None:
            self.outline.add(title, level, page, top)


class TextBlock(WordBreaks, CJKLines, TaggedParagraph):
    """A paragraph of plain text: lines broken as Chinese and Japanese break them where it has
    Han or kana (CJKLines); bold Han filled and stroked, having no bold face (fonts.faux_bold)."""

    def __init__(self, markup: Any, style: ParagraphStyle, *args: Any, plain: str = "",
                 **kwargs: Any) -> None:  # fmt: skip
        # ReportLab makes the two halves of a split paragraph with Paragraph's own arguments.
        if measure.breaks_between_characters(plain):
            style = _cjk_style(style)
        super().__init__(markup, style, *args, **kwargs)
        self.faux_bold = style.fontName in fonts.BOLD and any(
            getattr(frag, "fontName", None) == fonts.CJK for frag in self.frags
        )

    def draw(self) -> None:
        if not self.faux_bold:
            super().draw()
            return
        canv = self.canv
        canv.saveState()
        # Text render mode 2 (fill, then stroke) is graphics state, restored with it.
        canv.setLineWidth(self.style.fontSize * fonts.FAUX_BOLD_STROKE)
        canv.setStrokeColor(self.style.textColor)
        canv.addLiteral("2 Tr")
        super().draw()
        canv.restoreState()


@cache
def _cjk_style(style: ParagraphStyle) -> ParagraphStyle:
    return ParagraphStyle(f"{style.name}-cjk", parent=style, wordWrap="CJK")


def text_block(text: str, style: ParagraphStyle) -> TextBlock:
    """Plain text as a paragraph in `style` (escaped; fallback fonts where needed)."""
    return TextBlock(fonts.markup(text, style.fontName), style, plain=text)


class Heading(TextBlock):
    """A paragraph that records where it lands, for the PDF outline."""

    def __init__(self, text: str, style: Any, outline: str, level: int, sink: Recorder):
        super().__init__(fonts.markup(text, style.fontName), style, plain=text)
        self.outline = outline
        self.level = level
        self.sink = sink

    def drawOn(self, canvas: Canvas, x: float, y: float, _sW: float = 0) -> None:
        # Inside a table cell the canvas is translated; the matrix gives the height on the page.
        matrix = getattr(canvas, "_currentMatrix", (1, 0, 0, 1, 0, 0))
        top = matrix[3] * (y + self.height) + matrix[5]
        kind = "part" if self.level == 0 else "section"
        self.sink.add(canvas, self.outline, self.level, top, kind)
        super().drawOn(canvas, x, y, _sW)


def draw_fold_marks(canv: Canvas, geo: Geometry) -> None:
    """Short ticks in the left margin (3.5 mm from the edge, as KOMA-Script places them) where
    the sheet folds to fit its window envelope, and DIN 5008's hole mark."""
    canv.setStrokeColor(RULE)
    canv.setLineWidth(0.5)
    for top in geo.folds:
        canv.line(10, geo.height - top, 22, geo.height - top)
    if geo.hole_mark:
        canv.line(10, geo.height - geo.hole_mark, 18, geo.height - geo.hole_mark)


def draw_recipient(canv: Canvas, geo: Geometry, recipient: tuple[str, ...]) -> None:
    """The recipient block in the envelope window's address field (measure.fit_window)."""
    field = geo.address
    block = measure.fit_window(recipient, field)
    canv.setFillColorRGB(0, 0, 0)
    draw_lines(canv, field.left, geo.height - field.first_top, block.lines, field.size,
               field.leading)  # fmt: skip


def draw_text(canv: Canvas, x: float, y: float, text: str, primary: str, size: float) -> None:
    """Draw one line of plain text, switching to a fallback font for characters it needs;
    Han characters in a bold line are filled and stroked (fonts.faux_bold)."""
    runs = measure.drawn_runs(text, primary)
    # A line with right-to-left words is drawn in visual order, and its glyphs read back in
    # that order: PDF readers (pdfium, poppler) put it back in the order it is written, as
    # they do for any right-to-left text. An /ActualText there would be read through that
    # reordering too, and come out scrambled.
    bidi = any(face in shaping.RIGHT_TO_LEFT for _, face in runs)
    for run, face in runs:
        if face in shaping.SHAPED:
            shaping.draw(canv, x, y, run, face, size, marked=not bidi)
            x += shaping.width(run, face, size)
            continue
        canv.setFont(face, size)
        if primary in fonts.BOLD and face == fonts.CJK:
            canv.saveState()
            canv.setLineWidth(size * fonts.FAUX_BOLD_STROKE)
            canv.setStrokeColor(canv._fillColorObj)
            canv.drawString(x, y, run, mode=2)
            canv.restoreState()
        else:
            _show(canv, x, y, run, face, size)
        x += canv.stringWidth(run, face, size)


def _show(canv: Canvas, x: float, y: float, text: str, face: str, size: float) -> None:
    """What canvas.drawString writes for a TrueType font, without its text object: one text
    block placing the string at (x, y) in the font's subsets (a letter's name and address and
    every label are drawn this way, thousands of times in a big pack)."""
    font = pdfmetrics.getFont(face)
    doc = canv._doc
    code = [f"BT 1 0 0 1 {fp_str(x)} {fp_str(y)} Tm"]
    for subset, chunk in font.splitString(text, doc):
        name = font.getSubsetInternalName(subset, doc)
        code.append(f"{name} {fp_str(size)} Tf ({canv._escape(chunk)}) Tj")
    code.append("ET")
    canv._code.append(" ".join(code))


def draw_lines(
    canv: Canvas,
    x: float,
    top: float,
    lines: tuple[tuple[str, float], ...],
    size: float,
    leading: float,
    face: str = fonts.SANS,
) -> None:
    """Draw fitted lines with the first line's text top at `top` (PDF coordinates)."""
    for i, (text, indent) in enumerate(spaced(lines)):
        draw_text(canv, x + indent, top - size - i * leading, text, face, size)
