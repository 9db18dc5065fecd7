"""The briefing: headed sections of cited paragraphs; the page numbers 1, 2, ... start here."""

from __future__ import annotations

from typing import Any

from packbuilder import model as m
from packbuilder.layout.context import Context, PartBreak
from packbuilder.layout.parts import render_part
from packbuilder.layout.timeline import timeline_flowables


@render_part.register
def render_briefing(part: m.Briefing, ctx: Context, follows: str) -> list[Any]:
    # The page numbers 1, 2, ... start here (roman on the cover before it).
    out: list[Any] = [PartBreak(follows, arabic=True), ctx.heading(part.title, "h1", 0)]
    for section in part.sections:
        out.append(ctx.heading(section.title, "h2", 1))
        out += [ctx.rich(p) for p in section.paragraphs]
        if section.timeline is not None:
            out += timeline_flowables(section.timeline, ctx)
    return out
