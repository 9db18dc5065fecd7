"""The poster and the bulletin insert: the ask, the drive's day, time and place, what to bring,
and a QR code to the campaign's online page, drawn as vector with ReportLab's own QR module."""

from __future__ import annotations

import itertools
from collections.abc import Iterable
from dataclasses import dataclass
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
#: The facts and the code shrink to no less than this share of their size to fit a long ask.
FACTS_SMALLEST = 0.7


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
            scale = POSTER_SCALE.times(self.width / g.width)
            self.draw_one(canv, self.page_height, self.page_height, scale)
            return
        half = g.height / 2
        for top in (g.height, half):
            self.draw_one(canv, top, half, INSERT_SCALE)
        with self.tagger.artifact(canv):  # the cut mark: where the scissors go
            canv.setStrokeColor(MUTED)
            canv.setLineWidth(0.5)
            canv.setDash(6, 4)
            canv.line(18, half, g.width - 18, half)
            canv.setDash()

    def draw_one(self, canv: Canvas, top: float, band: float, scale: Scale) -> None:
        """One invitation in the band `band` points high below `top` (PDF coordinates), laid
        out by measured heights: each block starts below the one above it."""
        inv, tag = self.invitation, self.tagger
        group = self.sheet().add("Div")
        # The ask steps down 2 pt to its smallest; if the whole still overflows the band, the
        # facts and the code step down too (never below FACTS_SMALLEST of their size).
        factor = 1.0
        while True:
            plan = self.plan(scale, factor, band)
            if plan.fits or factor <= FACTS_SMALLEST:
                break
            factor -= 0.05
        sizes, margin = scale.times(factor), scale.margin
        left, right = margin, self.width - margin
        y = top - margin
        canv.setFillColor(ACCENT)
        y = self.lines(canv, group, plan.heading, left, y, scale.heading, fonts.SANS_BOLD)
        y -= scale.heading * 0.4
        canv.setFillColorRGB(0, 0, 0)
        y = self.lines(canv, group, plan.ask, left, y, plan.ask_size, fonts.SANS_BOLD)
        y -= sizes.fact * 0.8
        # The facts at the left, the QR code at the right beside them, the URL under both.
        facts_y, fact = y, sizes.fact
        for label, rows in plan.facts:
            with tag.mark(canv, group.add("P")):
                canv.setFillColor(ACCENT)
                draw_text(canv, left, facts_y - fact, label, fonts.SANS_BOLD, fact)
                canv.setFillColorRGB(0, 0, 0)
                for i, text in enumerate(rows):
                    draw_text(canv, plan.x, facts_y - fact - i * fact * 1.2, text, fonts.SANS,
                              fact)  # fmt: skip
            facts_y -= fact * 1.2 * len(rows) + fact * 0.5
        if not inv.url:
            return
        small = sizes.small
        canv.setFillColor(MUTED)
        online = width(inv.online, fonts.SANS, small)
        with tag.mark(canv, group.add("P")):
            draw_text(canv, right - online, y - small, inv.online, fonts.SANS, small)
        qr_top = y - small * 1.4
        whole = qr_code(canv, inv.url, right, qr_top, sizes.qr, tag, group)
        canv.setFillColorRGB(0, 0, 0)
        # The URL under both, on one line: smaller type for a URL wider than the sheet.
        shown = width(inv.url, fonts.SANS, small)
        url_size = min(small, small * (right - left) / shown)
        shown = width(inv.url, fonts.SANS, url_size)
        url_y = min(facts_y, qr_top - whole) - small * 1.3
        with tag.mark(canv, group.add("P")):
            draw_text(canv, right - shown, url_y, inv.url, fonts.SANS, url_size)

    def plan(self, scale: Scale, factor: float, band: float) -> Plan:
        """The invitation's lines with the facts and the code at `factor` of their size and
        the largest ask from scale.ask down that fits its share and the band."""
        inv, sizes = self.invitation, scale.times(factor)
        margin = scale.margin
        left, room, right = margin, self.width - 2 * margin, self.width - margin
        fact, small = sizes.fact, sizes.small
        # The QR code's column at the right: the code, the words above it, a gap.
        online = width(inv.online, fonts.SANS, small) if inv.url else 0.0
        whole = qr_width(inv.url, sizes.qr) if inv.url else 0.0
        side = max(whole, online) + fact if inv.url else 0.0
        label_width = max(width(label, fonts.SANS_BOLD, fact) for label, _ in inv.facts)
        x = left + label_width + fact * 0.6
        facts = [(label, self.rows(value, right - side - x, fact, fonts.SANS))
                 for label, value in inv.facts]  # fmt: skip
        facts_height = sum(fact * (1.2 * len(rows) + 0.5) for _, rows in facts)
        qr_height = small * 1.4 + whole if inv.url else 0.0
        below = max(facts_height, qr_height) + (small * 1.6 if inv.url else 0.0)
        heading = self.rows(inv.heading, room, scale.heading, fonts.SANS_BOLD)
        above = len(heading) * scale.heading * 1.15 + scale.heading * 0.4 + fact * 0.8
        ask = scale.ask
        while True:
            fitted = self.rows(inv.ask, room, ask, fonts.SANS_BOLD)
            high = len(fitted) * ask * 1.15
            fits = above + high + below <= band - 2 * margin
            if (fits and high <= scale.ask_height) or ask <= scale.ask_smallest:
                break
            ask -= 2
        return Plan(heading, fitted, ask, tuple(facts), x, fits)

    @staticmethod
    def rows(text: str, room: float, size: float, face: str) -> list[str]:
        """`text` wrapped to `room` at `size`; one line when a word alone is wider."""
        try:
            return wrap(text, room, size, "the poster", face, ())
        except DoesNotFit:
            return [text]

    def lines(
        self,
        canv: Canvas,
        group: StructElement,
        fitted: list[str],
        left: float,
        top: float,
        size: float,
        face: str,
    ) -> float:
        """Draw the wrapped lines `fitted` as one paragraph; returns the y below it."""
        with self.tagger.mark(canv, group.add("P")):
            for i, line in enumerate(fitted):
                draw_text(canv, left, top - size - i * size * 1.15, line, face, size)
        return top - len(fitted) * size * 1.15


@dataclass(frozen=True)
class Plan:
    """One invitation's lines, measured before anything is drawn."""

    heading: list[str]
    ask: list[str]
    ask_size: float
    facts: tuple[tuple[str, list[str]], ...]
    #: Where the facts' values start.
    x: float
    #: Whether it all fits in its band.
    fits: bool


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
