"""The sign-in sheet: a form of numbered rows, prefilled with signers, made a page at a time."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from reportlab.platypus import Flowable, Table

from packbuilder import model as m
from packbuilder.layout import measure
from packbuilder.layout.context import Context, PartBreak, TableCells
from packbuilder.layout.parts import render_part
from packbuilder.pdf.structure import StructElement
from packbuilder.pdf.tagging import Tagger


@render_part.register
def render_sign_in(part: m.SignInSheet, ctx: Context, follows: str) -> list[Any]:
    out: list[Any] = [PartBreak(follows), ctx.heading(part.title, "h1", 0)]
    out += ctx.drive_fields(part.heading)
    if part.note:  # who keeps the e-mail addresses, and for how long
        out.insert(-1, ctx.p(part.note, "small"))
    words = ctx.words
    titles = (words.number_sign, words.name, words.email, words.letters_written)
    cells = ctx.table_cells(len(titles))
    head = [ctx.p(t, "table-head", into=cells.header()) for t in titles]

    def repeated(before: StructElement) -> list[Any]:
        """The header row again on a continuation page, read as a header row of its own just
        before that page's rows (the first page's cells marked again read "Name Name")."""
        tr = cells.table.insert("TR", before)
        return [ctx.p(t, "table-head", into=tr.add("TH", table=(("Scope", "Column"),)))
                for t in titles]  # fmt: skip

    prefilled, start = part.prefilled, len(part.prefilled)

    def row(i: int) -> list[Any]:
        """Row i (0-based): a signer from the list, then numbered blank rows."""
        cells.row()
        if i < start:
            signer = prefilled[i]
            return [ctx.line(str(i + 1), "table", cells.cell()),
                    ctx.line(signer.name, "table", cells.cell()),
                    ctx.line(signer.email or "", "table", cells.cell()),
                    cells.blank()]  # fmt: skip
        return [ctx.line(str(i + 1), "table", cells.cell()), cells.blank(), cells.blank(),
                cells.blank()]  # fmt: skip

    w = ctx.frame_width
    # The number column as wide as the longest number (1,000 and more signers) plus the
    # cell's padding (6 pt each side), taken from the name and e-mail columns.
    style = ctx.styles["table"]
    longest = measure.width(str(start + part.blank_rows), style.fontName, style.fontSize) + 13
    number = max(w * 0.06, longest)
    rest = (w * 0.76 - (number - w * 0.06)) / 2
    widths = [number, rest, rest, w * 0.18]
    out.append(FormRows(ctx, head, row, start + part.blank_rows, widths, 24, cells, repeated))
    return out


class FormRows(Flowable):  # type: ignore[misc]
    """A form table of many rows (a sign-in sheet prefilled with thousands of signers), made
    a page at a time: each page's rows become a table with the header row repeated, and their
    structure elements are written once drawn, so the rows are never all in memory and a long
    list costs no more per row than a short one (one ReportLab table of 20,000 rows was split
    again for every page)."""

    def __init__(
        self,
        ctx: Context,
        head: list[Any],
        row: Callable[[int], list[Any]],
        count: int,
        widths: list[float],
        height: float,
        cells: TableCells,
        repeated: Callable[[StructElement], list[Any]],
        start: int = 0,
        made: dict[int, tuple[list[Any], StructElement]] | None = None,
    ) -> None:
        super().__init__()
        self.ctx, self.head, self.row, self.count = ctx, head, row, count
        self.widths, self.row_height, self.cells, self.start = widths, height, cells, start
        self.repeated = repeated
        #: Rows made but not yet drawn (made in order, so their elements are in order too).
        self.made = made if made is not None else {}
        self.head_height = 0.0

    def _rows(self, end: int) -> list[list[Any]]:
        for i in range(self.start, end):
            if i not in self.made:
                cells = self.row(i)
                self.made[i] = (cells, self.cells.tr)
        return [self.made[i][0] for i in range(self.start, end)]

    def _table(self, end: int) -> Table:
        rows = self._rows(end)
        head = self.repeated(self.made[self.start][1]) if self.start else self.head
        rows = [head, *rows]
        table = self.ctx.form_table(rows, self.widths, self.row_height, _RowsTable)
        assert isinstance(table, _RowsTable)
        table.tagger = self.ctx.tagger
        table.done = tuple(self.made.pop(i)[1] for i in range(self.start, end))
        return table

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        if not self.head_height:
            header = self.ctx.form_table([self.head], self.widths, self.row_height)
            self.head_height = header.wrap(avail_width, avail_height)[1]
        self.width = avail_width
        self.height = self.head_height + (self.count - self.start) * self.row_height
        return self.width, self.height

    def split(self, avail_width: float, avail_height: float) -> list[Any]:
        self.wrap(avail_width, avail_height)
        fit = int((avail_height - self.head_height) // self.row_height)
        if fit < 1:
            return []  # not even one row: ReportLab moves on to the next page
        end = min(self.start + fit, self.count)
        rest = FormRows(self.ctx, self.head, self.row, self.count, self.widths,
                        self.row_height, self.cells, self.repeated, end, self.made)  # fmt: skip
        return [self._table(end)] + ([rest] if end < self.count else [])

    def draw(self) -> None:
        table = self._table(self.count)
        table.wrapOn(self.canv, self.width, self.height)
        table.drawOn(self.canv, 0, 0)


class _RowsTable(Table):  # type: ignore[misc]
    """One page of a FormRows: once drawn, its rows' elements are written (Tagger.close)."""

    tagger: Tagger | None = None
    done: tuple[StructElement, ...] = ()

    def drawOn(self, canvas: Any, x: float, y: float, _sW: float = 0) -> None:
        super().drawOn(canvas, x, y, _sW)
        for row in self.done:
            if self.tagger is not None:
                self.tagger.close(row)
