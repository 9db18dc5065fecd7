"""A reading copy of the letter in translation, for signers to read; never sent."""

from __future__ import annotations

from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Spacer

from packbuilder import model as m
from packbuilder.layout.context import Context, PartBreak
from packbuilder.layout.parts import render_part


@render_part.register
def render_reading_copy(part: m.ReadingCopy, ctx: Context, follows: str) -> list[Any]:
    # The copy is read in its own language (/Lang) where the pack's is another.
    if part.language != ctx.read_in(ctx.parent):
        ctx.parent.lang = part.language
    note, review = part.notes
    # An unchecked translation says so in bold, where a signer reads first.
    notes = [ctx.p(note, "small"), ctx.p(review, "small" if part.reviewed else "table-bold")]
    out: list[Any] = [
        PartBreak(follows),
        ctx.heading(part.title, "h1", 0),
        ctx.boxed(notes),
        Spacer(1, 6 * mm),
    ]
    if part.recipient:
        out.append(ctx.p(part.recipient, "letter"))
    if part.subject:
        out.append(ctx.p(part.subject, "letter-bold"))
    out.append(ctx.p(part.salutation, "letter"))
    out += [ctx.p(text, "letter") for text in part.paragraphs]
    out += [ctx.p(line, "letter") for line in part.closing.splitlines()]  # 此致, then 敬礼
    return out
