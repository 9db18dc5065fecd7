"""The addressees table: every post, its status, address, fax and when it was confirmed."""

from __future__ import annotations

from typing import Any

from reportlab.platypus import Table, TableStyle

from packbuilder import model as m
from packbuilder.layout.context import Context, PartBreak
from packbuilder.layout.parts import render_part
from packbuilder.layout.styles import DATA_TABLE, RULE


@render_part.register
def render_addressees(part: m.AddresseeTable, ctx: Context, follows: str) -> list[Any]:
    out: list[Any] = [PartBreak(follows), ctx.heading(part.title, "h1", 0), ctx.rich(part.intro)]
    words = ctx.words
    titles = (words.post, words.status, words.address, words.fax, words.last_confirmed)
    cells = ctx.table_cells(len(titles))
    head = [ctx.p(t, "table-head", into=cells.header()) for t in titles]
    rows: list[list[Any]] = [head]
    spans: list[tuple[str, tuple[int, int], tuple[int, int]]] = []
    w = ctx.frame_width
    # A post's short name ("Consulate General,", "샌프란시스코 총영사관"), a closing date with
    # its word ("2020년 7월 24일 폐쇄"), a street line, a country in capitals and a fax number with
    # its citations each fit one line at 8 pt.
    widths = [w * 0.183, w * 0.185, w * 0.26, w * 0.15, w * 0.222]
    for row in part.rows:
        cells.row()
        row_cells = [
            ctx.p(row.name, "table-bold", into=cells.cell()),
            ctx.p(row.status, "table", into=cells.cell()),
            ctx.p(" / ".join(row.address), "table", into=cells.cell()),
            ctx.p(row.fax, "table", into=cells.cell()),
            ctx.rich(row.verified, "table", into=cells.cell()),
        ]
        rows.append(row_cells)
        tallest = max(
            c.wrap(cw - 8, ctx.frame_height)[1] for c, cw in zip(row_cells, widths, strict=True)
        )
        if row.notes.inlines:  # the long notes go in a full-width row under their post
            cells.row()
            note = ctx.rich(row.notes, "table-note", into=cells.cell(span=len(titles)))
            rows.append([note, "", "", "", ""])
            spans.append(("SPAN", (0, len(rows) - 1), (-1, len(rows) - 1)))
            tallest += note.wrap(w - 8, ctx.frame_height)[1]
        if tallest > ctx.frame_height - 60:
            ctx.problem(row.origin, "this post's entry is too long for one page of the "
                        "addressee table; shorten its notes")  # fmt: skip
    table = Table(rows, colWidths=widths, repeatRows=1, renderCB=ctx.tagger.table_callback())
    table.setStyle(
        TableStyle(
            [
                *DATA_TABLE,
                *[
                    ("LINEABOVE", (0, i), (-1, i), 0.4, RULE)
                    for i, r in enumerate(rows)
                    if i > 1 and not (isinstance(r[1], str) and r[1] == "")
                ],
                *spans,
            ]
        )
    )
    out.append(table)
    return out
