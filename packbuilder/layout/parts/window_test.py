"""The window-test sheet: a letter page with the envelope and its window drawn at 1:1."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from reportlab.lib.units import inch, mm
from reportlab.pdfgen.canvas import Canvas

from packbuilder import model as m
from packbuilder.language.words import EN, Words
from packbuilder.layout import fonts
from packbuilder.layout.context import Context
from packbuilder.layout.envelopes import Box
from packbuilder.layout.flowables import (
    Recorder,
    draw_fold_marks,
    draw_lines,
    draw_recipient,
    draw_text,
)
from packbuilder.layout.measure import fit_fax_line
from packbuilder.layout.parts import page_template, render_part
from packbuilder.layout.sheets import SheetPage, sheet_pages
from packbuilder.layout.styles import ACCENT, FAX_LEADING, FAX_SIZE, MUTED, RULE, TINT, Geometry


@render_part.register
def render_window_test(part: m.WindowTest, ctx: Context, follows: str) -> Iterable[Any]:
    def make(heads: tuple[tuple[str, int, str], ...]) -> WindowTestPage:
        return WindowTestPage(part, ctx.geo, ctx.marks, heads, ctx.words)

    return sheet_pages(part.title, page_template(part), follows, ctx, [(part.title, make)])


class WindowTestPage(SheetPage):
    """The window-test sheet: a letter page with a real address block, fold marks, and the
    envelope and its window drawn at 1:1 around it, to fold, slide into an envelope and hold
    against the light before printing the letters."""

    def __init__(
        self,
        test: m.WindowTest,
        geo: Geometry,
        sink: Recorder,
        heads: tuple[tuple[str, int, str], ...],
        words: Words = EN,
    ) -> None:
        super().__init__(sink, heads)
        self.page_height = geo.height
        self.test = test
        self.geo = geo
        self.words = words

    def draw_page(self, canv: Canvas) -> None:
        g, w = self.geo, self.words
        env = g.address.envelope
        h = g.height

        def rect(box: Box) -> tuple[float, float, float, float]:  # top-left -> PDF rect
            return box.left, h - box.bottom, box.width, box.height

        # What always shows (tinted), the window with the letter resting mid-range (solid),
        # everything it can ever show (dashed), and the envelope's edges where they fall on
        # the sheet, all in the letter's own coordinates.
        tag, sheet = self.tagger, self.sheet()
        # The envelope, its window, the fold marks and the legend's swatches are drawings the
        # words explain: artifacts.
        with tag.artifact(canv):
            canv.setFillColor(TINT)
            canv.rect(*rect(env.always_visible()), stroke=0, fill=1)
            dx, dy = sum(env.rest_x) / 2, sum(env.rest_y) / 2
            canv.setLineWidth(0.75)
            canv.setStrokeColor(RULE)
            outline = Box(-dx, env.panel_top - dy, env.width - dx, env.panel_top - dy + env.height)
            canv.rect(*rect(outline), stroke=1, fill=0)
            canv.setStrokeColor(ACCENT)
            canv.rect(*rect(env.window_on_sheet(dx, dy)), stroke=1, fill=0)
            canv.setDash(3, 2)
            canv.setLineWidth(0.5)
            canv.rect(*rect(env.ever_visible()), stroke=1, fill=0)
            canv.setDash()
            draw_fold_marks(canv, g)
        title, recipient = self.p(self.test.title), self.p(*self.test.recipient)
        with tag.mark(canv, recipient):
            draw_recipient(canv, g, self.test.recipient)

        left = g.margin_left
        room = g.width - g.margin_left - g.margin_right
        y = h - g.margin_top - 18
        canv.setFillColor(ACCENT)
        with tag.mark(canv, title):  # read before the address block it explains
            draw_text(canv, left, y, self.test.title, fonts.SANS_BOLD, 16)
        # The explanation goes below the fold, out of the envelope's way.
        y = h - g.body_top - 30
        canv.setFillColorRGB(0, 0, 0)
        intro = fit_fax_line(w.window_test_intro, room)
        with tag.mark(canv, sheet.add("P")):
            draw_lines(canv, left, y + FAX_SIZE, intro, FAX_SIZE, FAX_LEADING, fonts.SERIF)
        y -= FAX_LEADING * len(intro) + 16
        legend = (
            ("solid", ACCENT, w.window_test_window.format(envelope=env.name)),
            ("dashed", ACCENT, w.window_test_reach),
            ("fill", TINT, w.window_test_seen),
        )
        for kind, colour, text in legend:
            canv.setStrokeColor(colour)
            canv.setFillColor(colour)
            canv.setLineWidth(0.75 if kind == "solid" else 0.5)
            with tag.artifact(canv):
                if kind == "dashed":
                    canv.setDash(3, 2)
                canv.rect(left, y - 2, 24, 10, stroke=int(kind != "fill"), fill=int(kind == "fill"))
                canv.setDash()
            canv.setFillColor(MUTED)
            with tag.mark(canv, sheet.add("P")):
                draw_text(canv, left + 32, y, text, fonts.SANS, 9)
            y -= 18
        # A bar of known length: the quickest check that nothing scaled the page.
        y -= 14
        length, shown = (2 * inch, "2 in") if g.name == "letter" else (50 * mm, "50 mm")
        with tag.artifact(canv):
            canv.setStrokeColorRGB(0, 0, 0)
            canv.setLineWidth(1)
            canv.line(left, y, left + length, y)
            for x in (left, left + length):
                canv.line(x, y - 4, x, y + 4)
        canv.setFillColorRGB(0, 0, 0)
        with tag.mark(canv, sheet.add("P")):
            draw_text(canv, left + length + 10, y - 3, w.window_test_scale.format(length=shown),
                      fonts.SANS, 9)  # fmt: skip
