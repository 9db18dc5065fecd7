"""A briefing section's timeline: a bar for each dated count, drawn as vector on the page and
tagged as a Figure whose text alternative states the data, then a small table of the same data.

One bar a row, in date order, so close dates (three returns within six weeks of 2023) stay
apart and every label fits beside its bar. A count is a dark bar; where reports differ, an open
bar runs from the lowest count reported to the highest, so the uncertainty reads in grayscale
too. Each bar ends in its count and the numbers of its sources.
"""

from __future__ import annotations

import math
from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle

from packbuilder import model as m
from packbuilder.layout import fonts
from packbuilder.layout.context import Context
from packbuilder.layout.flowables import draw_text
from packbuilder.layout.measure import width
from packbuilder.layout.styles import DATA_TABLE, MUTED, RULE
from packbuilder.pdf.structure import StructElement
from packbuilder.pdf.tagging import Tagger

#: Every word on the figure: no smaller than the tables' type, legible on A4 and Letter alike.
TYPE = 8.0
#: A row per point, the bar in its middle.
ROW = 17.0
BAR = 10.0
#: Dark enough to stay dark on a grayscale printer, light enough that its label stays apart.
DARK = colors.HexColor("#3a3a3a")


def timeline_flowables(timeline: m.Timeline, ctx: Context) -> list[Any]:
    """The caption, the figure and the table, kept together on one page."""
    caption = ctx.p(timeline.title, "h3")
    figure = TimelineFigure(timeline, ctx.tagger, ctx.parent.add("Figure", alt=timeline.alt))
    return [KeepTogether([caption, Spacer(1, 2 * mm), figure, Spacer(1, 3 * mm),
                          _table(timeline, ctx)]),
            Spacer(1, 4 * mm)]  # fmt: skip


def _table(timeline: m.Timeline, ctx: Context) -> Table:
    cells = ctx.table_cells(len(timeline.headers))
    rows: list[list[Any]] = [
        [ctx.p(h, "table-head", into=cells.header()) for h in timeline.headers]
    ]
    for p in timeline.points:
        cells.row()
        rows.append(
            [
                ctx.p(p.date_text, "table", into=cells.cell("TH", scope="Row")),
                ctx.p(p.event, "table", into=cells.cell()),
                ctx.p(p.count_text, "table", into=cells.cell()),
                ctx.p(p.confidence, "table", into=cells.cell()),
                ctx.p(", ".join(str(n) for n in sorted(p.sources)), "table", into=cells.cell()),
            ]
        )
    w = ctx.frame_width
    table = Table(rows, colWidths=[w * 0.18, w * 0.46, w * 0.14, w * 0.11, w * 0.11],
                  renderCB=ctx.tagger.table_callback())  # fmt: skip
    table.setStyle(
        TableStyle(
            [
                *DATA_TABLE,
                *[("LINEABOVE", (0, i), (-1, i), 0.4, RULE) for i in range(2, len(rows))],
            ]
        )
    )
    return table


def _step(top: int) -> int:
    """A round step for the count axis: 1, 2 or 5 times a power of ten, four to eight ticks."""
    power: int = 10 ** max(0, int(math.log10(max(top, 1))) - 1)
    for factor in (1, 2, 5, 10, 20, 50):
        if top / (factor * power) <= 8:
            return int(factor * power)
    return int(100 * power)


class TimelineFigure(Flowable):  # type: ignore[misc]
    """The bars, their dates, counts and sources, the count axis and the key."""

    def __init__(self, timeline: m.Timeline, tagger: Tagger, element: StructElement) -> None:
        super().__init__()
        self.timeline = timeline
        self.tagger = tagger
        self.element = element
        top = max(p.high for p in timeline.points)
        self.step = _step(top)
        self.axis_top = math.ceil(top / self.step) * self.step
        self.left = max(width(p.short_date, fonts.SANS, TYPE) for p in timeline.points) + 8
        dark, open_, sources = timeline.key
        ranges = any(p.high > p.low for p in timeline.points)
        #: The key's entries: a dark swatch, an open one (when a bar is a range), the numbers.
        self.key = [("dark", dark), *[("open", open_)] * ranges, ("", sources)]
        self.key_rows = 1

    @property
    def below(self) -> float:
        """The height the key's extra lines add under the axis."""
        return (self.key_rows - 1) * (TYPE + 4)

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        # The frame's width, inside its padding: nothing is drawn past it.
        self.width = avail_width
        # The key on one line under the axis when it fits (a language's longer words may
        # not): else an entry a line, so no word runs off the page.
        # (a swatch, 3 pt, the words and 12 pt before the next entry; the numbers last)
        one_line = sum(width(text, fonts.SANS, TYPE) + 27 * bool(kind) for kind, text in self.key)
        self.key_rows = 1 if self.left + one_line <= avail_width else len(self.key)
        self.height = ROW * len(self.timeline.points) + 3.5 * TYPE + 8 + self.below
        return self.width, self.height

    def labels(self, p: m.TimelinePoint) -> tuple[str, str]:
        return p.label, "[" + ", ".join(str(n) for n in sorted(p.sources)) + "]"

    def draw(self) -> None:
        canv: Canvas = self.canv
        t = self.timeline
        ends = max(
            width(a, fonts.SANS_BOLD, TYPE) + width(" " + b, fonts.SANS, TYPE)
            for a, b in map(self.labels, t.points)
        )
        left = self.left
        room = self.width - left - ends - 8
        scale = room / self.axis_top
        bottom = 3.5 * TYPE + 8 + self.below  # the axis line: its numbers, then the key, below
        with self.tagger.mark(canv, self.element):
            # The count axis first, so the bars and their labels lie over its grid lines.
            canv.setStrokeColor(RULE)
            canv.setLineWidth(0.4)
            canv.line(left, bottom, left + room, bottom)
            canv.setFillColor(MUTED)
            for n in range(0, self.axis_top + 1, self.step):
                x = left + n * scale
                canv.line(x, bottom, x, bottom + ROW * len(t.points))
                text = f"{n:,}"
                _label(canv, x - width(text, fonts.SANS, TYPE) / 2, bottom - TYPE - 2, text,
                          fonts.SANS, TYPE)  # fmt: skip
            for i, p in enumerate(t.points):
                y = bottom + ROW * (len(t.points) - i - 1) + (ROW - BAR) / 2
                canv.setFillColor(colors.black)
                _label(canv, 0, y + 1.5, p.short_date, fonts.SANS, TYPE)
                canv.setFillColor(DARK)
                canv.rect(left, y, p.low * scale, BAR, stroke=0, fill=1)
                if p.high > p.low:
                    # Where reports differ: open from the lowest count to the highest.
                    canv.setStrokeColor(DARK)
                    canv.setLineWidth(0.9)
                    canv.setFillColor(colors.white)
                    canv.rect(left + p.low * scale, y, (p.high - p.low) * scale, BAR, 1, 1)
                count, sources = self.labels(p)
                x = left + p.high * scale + 3
                shown = width(count + " ", fonts.SANS_BOLD, TYPE) + width(sources, fonts.SANS, TYPE)
                canv.setFillColor(colors.white)  # clear of the grid lines behind the label
                canv.rect(x, y - 1, shown + 2, BAR + 2, stroke=0, fill=1)
                x += 1
                canv.setFillColor(colors.black)
                _label(canv, x, y + 1.5, count, fonts.SANS_BOLD, TYPE)
                canv.setFillColor(MUTED)
                _label(canv, x + width(count + " ", fonts.SANS_BOLD, TYPE), y + 1.5, sources,
                          fonts.SANS, TYPE)  # fmt: skip
            self.draw_key(canv, left, self.below)

    def draw_key(self, canv: Canvas, x: float, y: float) -> None:
        """What the dark and open bars and the bracketed numbers mean: on one line from
        (x, y), or an entry a line downwards."""
        start = x
        for kind, text in self.key:
            if kind == "dark":
                canv.setFillColor(DARK)
                canv.rect(x, y, 12, 7, stroke=0, fill=1)
            elif kind == "open":
                canv.setStrokeColor(DARK)
                canv.setLineWidth(0.9)
                canv.setFillColor(colors.white)
                canv.rect(x, y, 12, 7, 1, 1)
            shift = 15 if kind else 0
            canv.setFillColor(colors.black if kind else MUTED)
            _label(canv, x + shift, y + 0.5, text, fonts.SANS, TYPE)
            if self.key_rows == 1:
                x += shift + width(text, fonts.SANS, TYPE) + 12
            else:
                y -= TYPE + 4
                x = start


def _label(canv: Canvas, x: float, y: float, text: str, primary: str, size: float) -> None:
    """One label of the figure, ended by a space: an explicit word break (ISO 32000-1 14.8.2.5)
    so text taken from the page or the tags reads "2021 ~50 [31, 35]", not "2021~50[31, 35]".
    The space is drawn after the label, so nothing moves on the page."""
    draw_text(canv, x, y, text + " ", primary, size)
