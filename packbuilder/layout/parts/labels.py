"""Address labels on a label stock, the first sheet starting at a given label."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable, Sequence
from typing import Any, overload

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from packbuilder import model as m
from packbuilder.layout import measure
from packbuilder.layout.context import Context
from packbuilder.layout.flowables import Recorder, draw_lines
from packbuilder.layout.measure import fit_label
from packbuilder.layout.parts import page_template, render_part
from packbuilder.layout.sheets import SheetPage, once_per_place, sheet_pages
from packbuilder.layout.styles import LabelStock, label_stock


@render_part.register
def render_label_sheets(part: m.LabelSheets, ctx: Context, follows: str) -> Iterable[Any]:
    once = once_per_place(ctx)
    stock = label_stock(ctx.geo.name)
    tied = _Tied(ctx.tie, stock)
    for label in map(tied, part.labels):
        # The recipient's own lines first: if they cannot fit, say so in letter.yaml.
        shared = measure.label_problem(m.Label(label.shared, None), stock) if label.shared else None
        if shared:
            once(label.shared_origin, shared)
        else:
            once(label.origin, measure.label_problem(label, stock))

    def sheet(n: int, slots: list[tuple[int, m.Label]]) -> tuple[str, Callable[..., Any]]:
        def make(heads: tuple[tuple[str, int, str], ...]) -> LabelSheetPage:
            shown = [(position, tied(label)) for position, label in slots]
            return LabelSheetPage(stock, shown, part.offset_mm, ctx.marks, heads)

        return ctx.words.label_sheet_bookmark.format(n=n), make

    sheets = (sheet(n, slots) for n, slots in enumerate(label_pages(part, stock), 1))
    return sheet_pages(part.title, page_template(part), follows, ctx, sheets)


class _Tied:
    """A label with no line break inside a name ("People’s Republic / of China"), unless the
    ties would make it too tall for the label: then as it was (one answer per address)."""

    def __init__(self, tie: Callable[[str], str], stock: LabelStock) -> None:
        self.tie, self.stock = tie, stock
        self.known: dict[tuple[str, ...], tuple[str, ...]] = {}

    def __call__(self, label: m.Label) -> m.Label:
        lines = self.known.get(label.lines)
        if lines is None:
            lines = tuple(map(self.tie, label.lines))
            tied = dataclasses.replace(label, lines=lines)
            if lines != label.lines and measure.label_problem(tied, self.stock):
                lines = label.lines
            if len(self.known) < 1000:  # a label per post: a few addresses, many labels
                self.known[label.lines] = lines
        return label if lines == label.lines else dataclasses.replace(label, lines=lines)


class LabelSheetPage(SheetPage):
    """One sheet of labels; `slots` pairs each used position (0-based) with its label."""

    def __init__(
        self,
        stock: LabelStock,
        slots: list[tuple[int, m.Label]],
        offset_mm: tuple[float, float],
        sink: Recorder,
        heads: tuple[tuple[str, int, str], ...],
    ) -> None:
        super().__init__(sink, heads)
        self.page_height = stock.height
        self.stock = stock
        self.slots = slots
        self.offset = (offset_mm[0] * mm, offset_mm[1] * mm)

    def draw_page(self, canv: Canvas) -> None:
        s = self.stock
        for position, label in self.slots:
            left, top = label_origin(s, position, self.offset)
            setting = fit_label(label, s)
            with self.tagger.mark(canv, self.p(*(text for text, _ in setting.lines))):
                draw_lines(canv, left + setting.left, s.height - top - s.inset, setting.lines,
                           setting.size, setting.leading)  # fmt: skip


def label_origin(
    stock: LabelStock, position: int, offset: tuple[float, float]
) -> tuple[float, float]:
    """Top-left corner of label `position` (0-based, across then down), from the sheet's
    top-left corner, with the printer-drift offset (right, down) in points."""
    column, row = position % stock.columns, position // stock.columns
    return (
        stock.left + column * stock.pitch_x + offset[0],
        stock.top + row * stock.pitch_y + offset[1],
    )


def label_pages(sheets: m.LabelSheets, stock: LabelStock) -> Sequence[list[tuple[int, m.Label]]]:
    """Labels distributed over sheets, the first starting at label `start` (1-based): for each
    sheet, (position on the sheet, label). Each sheet is gathered when asked for, so a pile of
    100,000 labels is never held twice."""
    return _LabelSheetList(sheets.labels, sheets.start - 1, stock.per_sheet)


class _LabelSheetList(Sequence[list[tuple[int, m.Label]]]):
    def __init__(self, labels: Sequence[m.Label], skip: int, per_sheet: int) -> None:
        self.labels = labels
        self.skip = skip
        self.per_sheet = per_sheet
        #: Labels on the first, part-used sheet (none when `skip` fills it).
        self.first = max(per_sheet - skip, 0)

    def __len__(self) -> int:
        count = len(self.labels)
        if not count:
            return 0
        return 1 + -(-max(count - self.first, 0) // self.per_sheet)

    @overload
    def __getitem__(self, index: int) -> list[tuple[int, m.Label]]: ...
    @overload
    def __getitem__(self, index: slice) -> list[list[tuple[int, m.Label]]]: ...
    def __getitem__(
        self, index: int | slice
    ) -> list[tuple[int, m.Label]] | list[list[tuple[int, m.Label]]]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        count = len(self)
        if index < 0:
            index += count
        if not 0 <= index < count:
            raise IndexError(index)
        if index == 0:
            begin, end, position = 0, self.first, self.skip
        else:
            begin = self.first + (index - 1) * self.per_sheet
            end, position = begin + self.per_sheet, 0
        end = min(end, len(self.labels))
        return [(position + i, self.labels[begin + i]) for i in range(end - begin)]
