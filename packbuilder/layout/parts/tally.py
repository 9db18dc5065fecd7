"""The tally sheet: letters counted per post at the end of the drive."""

from __future__ import annotations

from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Spacer

from packbuilder import model as m
from packbuilder.layout.context import Context, PartBreak
from packbuilder.layout.parts import render_part


@render_part.register
def render_tally(part: m.TallySheet, ctx: Context, follows: str) -> list[Any]:
    out: list[Any] = [PartBreak(follows), ctx.heading(part.title, "h1", 0)]
    out += ctx.drive_fields(part.heading)
    words = ctx.words
    out.append(ctx.p(words.tally_intro, "body"))
    cells = ctx.table_cells(3)
    titles = (words.post, words.tally, words.total)
    head = [ctx.p(t, "table-head", into=cells.header()) for t in titles]
    rows: list[list[Any]] = [head]
    for post in (*part.posts, words.all_posts):
        cells.row()
        first = ctx.p(post, "table-bold", into=cells.cell(role="TH", scope="Row"))
        rows.append([first, cells.blank(), cells.blank()])
    w = ctx.frame_width
    out.append(ctx.form_table(rows, [w * 0.32, w * 0.52, w * 0.16], 40))
    out.append(Spacer(1, 6 * mm))
    out.append(ctx.p(words.tally_totals, "body"))
    if part.report_to:
        out.append(ctx.p(words.send_totals_to.format(who=part.report_to), "body"))
    else:
        out.append(ctx.p(words.send_totals_default, "body"))
    return out
