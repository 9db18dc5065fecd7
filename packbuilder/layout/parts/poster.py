"""The poster and the bulletin insert: the ask, the drive's day, time and place, what to bring,
and a QR code to the campaign's online page, drawn as vector with ReportLab's own QR module."""

from __future__ import annotations

import itertools
from collections.abc import Iterable
from typing import Any

from reportlab.graphics.barcode.qrencoder import QRCode, QRErrorCorrectLevel
from reportlab.lib.units import cm
from reportlab.pdfgen.canvas import Canvas

from packbuilder import model as m
from packbuilder.errors import DoesNotFit
from packbuilder.layout import fonts
from packbuilder.layout.context import Context
from packbuilder.layout.flowables import Recorder, draw_text
from packbuilder.layout.measure import width, wrap
from packbuilder.layout.parts import page_template, render_part
from packbuilder.layout.sheets import SheetPage, sheet_pages
from packbuilder.layout.styles import ACCENT, MUTED, POSTER_PAPER, Geometry
from packbuilder.pdf.structure import StructElement
from packbuilder.pdf.tagging import Tagger

#: The smallest a QR code is drawn, its quiet zone apart: a phone reads it at arm's length.
QR_SMALLEST: float = 2.5 * cm
#: The quiet zone round the code, in modules (the QR standard asks for four).
QR_QUIET = 4
#: The ask is never smaller than this on the poster: readable from across a room.
POSTER_ASK_SMALLEST = 36.0


@render_part.register
def render_poster(part: m.Poster, ctx: Context, follows: str) -> Iterable[Any]:
    def make(heads: tuple[tuple[str, int, str], ...]) -> InvitationPage:
        size = POSTER_PAPER[part.paper]
        return InvitationPage(part.invitation, ctx.geo, ctx.marks, heads, halves=1, size=size)

    return sheet_pages(part.title, page_template(part), follows, ctx, [(part.title, make)])


@render_part.register
def render_bulletin(part: m.Bulletin, ctx: Context, follows: str) -> Iterable[Any]:
    def make(heads: tuple[tuple[str, int, str], ...]) -> InvitationPage:
        return InvitationPage(part.invitation, ctx.geo, ctx.marks, heads, halves=2)

    return sheet_pages(part.title, page_template(part), follows, ctx, [(part.title, make)])


def _encoded(url: str) -> QRCode:
    code = QRCode(None, QRErrorCorrectLevel.M)
    code.addData(url)
    code.make()
    return code


def qr_width(url: str, size: float) -> float:
    """The width `qr_code` draws for `url` at `size`, quiet zone included."""
    modules = int(_encoded(url).getModuleCount())
    return max(size, QR_SMALLEST) * (modules + 2 * QR_QUIET) / modules


def qr_code(
    canv: Canvas,
    url: str,
    right: float,
    top: float,
    size: float,
    tagger: Tagger,
    parent: StructElement,
) -> float:
    """Draw a QR code to `url` (error correction M, a quiet zone of four modules) with its top
    right corner at (right, top), the code itself at least `size` and QR_SMALLEST wide, tagged
    as a Figure in `parent` whose text alternative is the URL; returns the width drawn, quiet
    zone included."""
    code = _encoded(url)
    modules = int(code.getModuleCount())
    box = max(size, QR_SMALLEST) / modules
    whole = box * (modules + 2 * QR_QUIET)
    x = right - whole
    # One path of filled runs (dark modules side by side in a row), on a white square that
    # keeps the quiet zone clear whatever is behind it.
    with tagger.artifact(canv):
        canv.setFillColorRGB(1, 1, 1)
        canv.rect(x, top - whole, whole, whole, stroke=0, fill=1)
    path = canv.beginPath()
    for r, row in enumerate(code.modules):
        c = 0
        for dark, run in itertools.groupby(bool(v) for v in row):
            count = len(list(run))
            if dark:
                path.rect(x + (c + QR_QUIET) * box, top - (r + QR_QUIET + 1) * box,
                          count * box, box)  # fmt: skip
            c += count
    canv.setFillColorRGB(0, 0, 0)
    with tagger.mark(canv, parent.add("Figure", alt=url)):
        canv.drawPath(path, stroke=0, fill=1)
    return whole


class InvitationPage(SheetPage):
    """The poster (one invitation filling the page) or the bulletin page (two half-sheet
    inserts, a dashed cut mark between them)."""

    def __init__(
        self,
        invitation: m.Invitation,
        geo: Geometry,
        sink: Recorder,
        heads: tuple[tuple[str, int, str], ...],
        halves: int,
        size: tuple[float, float] | None = None,
    ) -> None:
        super().__init__(sink, heads)
        #: The sheet: the pack's paper, or the poster's larger one.
        self.width, self.page_height = size or (geo.width, geo.height)
        self.invitation = invitation
        self.geo = geo
        self.halves = halves

    def draw_page(self, canv: Canvas) -> None:
        g = self.geo
        if self.halves == 1:
            # On larger paper everything grows with the width, so the poster keeps its look
            # and reads from further away.
            self.draw_one(canv, self.page_height, POSTER_SCALE.times(self.width / g.width))
            return
        half = g.height / 2
        for top in (g.height, half):
            self.draw_one(canv, top, INSERT_SCALE)
        with self.tagger.artifact(canv):  # the cut mark: where the scissors go
            canv.setStrokeColor(MUTED)
            canv.setLineWidth(0.5)
            canv.setDash(6, 4)
            canv.line(18, half, g.width - 18, half)
            canv.setDash()

    def draw_one(self, canv: Canvas, top: float, scale: Scale) -> None:
        """One invitation in the band below `top` (PDF coordinates)."""
        inv, tag = self.invitation, self.tagger
        group = self.sheet().add("Div")
        margin = scale.margin
        left, room = margin, self.width - 2 * margin
        y = top - margin
        canv.setFillColor(ACCENT)
        y = self.lines(canv, group, inv.heading, left, y, room, scale.heading, fonts.SANS_BOLD)
        y -= scale.heading * 0.4
        canv.setFillColorRGB(0, 0, 0)
        ask = scale.ask
        while True:  # the largest size from scale.ask down that keeps the ask in its share
            fitted = wrap(inv.ask, room, ask, "the ask", fonts.SANS_BOLD, ())
            if len(fitted) * ask * 1.15 <= scale.ask_height or ask <= scale.ask_smallest:
                break
            ask -= 2
        y = self.lines(canv, group, inv.ask, left, y, room, ask, fonts.SANS_BOLD)
        y -= scale.fact * 0.8
        # The facts at the left, the QR code at the right beside them, the URL under it.
        right = self.width - margin
        qr_room = qr_width(inv.url, scale.qr) + scale.fact if inv.url else 0.0
        label_width = max(width(label, fonts.SANS_BOLD, scale.fact) for label, _ in inv.facts)
        x = left + label_width + scale.fact * 0.6
        facts_y = y
        for label, value in inv.facts:
            rows = wrap(value, right - qr_room - x, scale.fact, "a line of the poster",
                        fonts.SANS, ())  # fmt: skip
            with tag.mark(canv, group.add("P")):
                canv.setFillColor(ACCENT)
                draw_text(canv, left, facts_y - scale.fact, label, fonts.SANS_BOLD, scale.fact)
                canv.setFillColorRGB(0, 0, 0)
                for i, text in enumerate(rows):
                    draw_text(canv, x, facts_y - scale.fact - i * scale.fact * 1.2, text,
                              fonts.SANS, scale.fact)  # fmt: skip
            facts_y -= scale.fact * 1.2 * len(rows) + scale.fact * 0.5
        if not inv.url:
            return
        canv.setFillColor(MUTED)
        online = width(inv.online, fonts.SANS, scale.small)
        with tag.mark(canv, group.add("P")):
            draw_text(canv, right - online, y - scale.small, inv.online, fonts.SANS, scale.small)
        qr_top = y - scale.small * 1.4
        whole = qr_code(canv, inv.url, right, qr_top, scale.qr, tag, group)
        canv.setFillColorRGB(0, 0, 0)
        shown = width(inv.url, fonts.SANS, scale.small)
        with tag.mark(canv, group.add("P")):
            draw_text(canv, right - shown, qr_top - whole - scale.small, inv.url, fonts.SANS,
                      scale.small)  # fmt: skip

    def lines(
        self,
        canv: Canvas,
        group: StructElement,
        text: str,
        left: float,
        top: float,
        room: float,
        size: float,
        face: str,
    ) -> float:
        """Draw `text` wrapped to `room` as one paragraph; returns the y below it."""
        try:
            fitted = wrap(text, room, size, "the poster", face, ())
        except DoesNotFit:
            fitted = [text]
        with self.tagger.mark(canv, group.add("P")):
            for i, line in enumerate(fitted):
                draw_text(canv, left, top - size - i * size * 1.15, line, face, size)
        return top - len(fitted) * size * 1.15


class Scale:
    """The sizes of one layout: the poster's or the insert's."""

    def __init__(self, **sizes: float) -> None:
        self.sizes = sizes
        self.margin = float(sizes["margin"])
        self.heading = float(sizes["heading"])
        self.ask = float(sizes["ask"])
        self.ask_smallest = float(sizes["ask_smallest"])
        self.ask_height = float(sizes["ask_height"])
        self.fact = float(sizes["fact"])
        self.small = float(sizes["small"])
        self.qr = float(sizes["qr"])

    def times(self, factor: float) -> Scale:
        """Every size `factor` times as large (the smallest ask too)."""
        return Scale(**{name: size * factor for name, size in self.sizes.items()})


POSTER_SCALE = Scale(
    margin=54, heading=30, ask=48, ask_smallest=POSTER_ASK_SMALLEST, ask_height=400, fact=20,
    small=14, qr=130,
)  # fmt: skip
INSERT_SCALE = Scale(
    margin=30, heading=18, ask=16, ask_smallest=12, ask_height=130, fact=12, small=9,
    qr=QR_SMALLEST,
)  # fmt: skip
