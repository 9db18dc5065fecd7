"""The case summaries, each in a box that splits across pages only when keeping it whole
would leave more than a third of a page empty."""

from __future__ import annotations

from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Spacer

from packbuilder import model as m
from packbuilder.layout.context import Context, PartBreak
from packbuilder.layout.parts import render_part


@render_part.register
def render_cases(part: m.CaseList, ctx: Context, follows: str) -> list[Any]:
    out: list[Any] = [PartBreak(follows), ctx.heading(part.title, "h1", 0)]
    out += [ctx.rich(p) for p in part.intro]
    for case in part.cases:
        where = f"{case.date_text}" + (f" · {case.place}" if case.place else "")
        sure = m.Paragraph(
            (m.Text(_how_sure(ctx, case.confidence) + " "), *case.confidence_note.inlines)
        )
        inner = [
            ctx.heading(case.title, "h3", 1),
            ctx.p(where, "meta"),
            *[ctx.rich(p) for p in case.summary],
            ctx.rich(sure, "small"),
        ]
        # Heading, place and first paragraph stay together; a long case splits between its
        # paragraphs rather than leave a third of a page empty.
        lead = 2
        # A box splits between paragraphs, never inside one: say so rather than spill.
        room = ctx.frame_width - 20  # inside the box's padding
        for row in [inner[: lead + 1], *([f] for f in inner[lead + 1 :])]:
            height = sum(f.wrap(room, ctx.frame_height)[1] + f.getSpaceAfter() for f in row) + 14
            if height > ctx.frame_height:
                over = height - ctx.frame_height
                ctx.problem(
                    case.origin, f"a paragraph of this case is {over:.0f} pt longer than a page"
                )
                break
        out += [ctx.boxed(inner, lead=lead), Spacer(1, 5 * mm)]
    return out


def _how_sure(ctx: Context, confidence: str) -> str:
    w = ctx.words
    levels = {"high": w.confidence_high, "medium": w.confidence_medium, "low": w.confidence_low}
    return w.how_sure.format(level=levels[confidence])
