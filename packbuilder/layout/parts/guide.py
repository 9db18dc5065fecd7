"""The organiser guide: headed sections, bullet items and the group's contact details."""

from __future__ import annotations

from typing import Any

from packbuilder import model as m
from packbuilder.layout.context import Context, PartBreak
from packbuilder.layout.parts import render_part


@render_part.register
def render_guide(part: m.Guide, ctx: Context, follows: str) -> list[Any]:
    out: list[Any] = [PartBreak(follows), ctx.heading(part.title, "h1", 0)]
    for section in part.sections:
        out.append(ctx.heading(section.title, "h2", 1))
        out += [ctx.rich(p) for p in section.paragraphs]
        items = ctx.parent.add("L") if section.items else None
        for item in section.items:
            assert items is not None
            # The bullet is drawn with the item's text: one LBody, no separate Lbl.
            bullet = ctx.rich(item, "bullet", into=items.add("LI").add("LBody"))
            bullet.bulletText = "• "  # the space: a word break after the bullet in the text
            out.append(bullet)
    if part.contact:
        details = ctx.words.list_separator.join(part.contact)
        out.append(ctx.p(ctx.words.contact.format(details=details), "body"))
    return out
