"""The cover: title, date, the ask and what the pack holds."""

from __future__ import annotations

from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Spacer

from packbuilder import model as m
from packbuilder.layout.context import Context
from packbuilder.layout.parts import render_part


@render_part.register
def render_cover(cover: m.Cover, ctx: Context, follows: str) -> list[Any]:
    """The cover: title, what we ask, what the pack holds (it opens the first page)."""
    w = ctx.words
    ctx.marks.mark(w.cover, 0, 0, ctx.geo.height, "part")
    out: list[Any] = [Spacer(1, 8 * mm), ctx.p(cover.title, "cover-title", "H1")]
    if cover.subtitle:
        out.append(ctx.p(cover.subtitle, "cover-subtitle"))
    meta = w.cover_meta.format(date=cover.date_text, organiser=cover.organiser)
    out.append(ctx.p(meta, "cover-meta"))
    if cover.contact:
        details = w.list_separator.join(cover.contact)
        out.append(ctx.p(w.contact.format(details=details), "cover-meta"))
    if cover.facts_as_of:
        out.append(ctx.p(cover.facts_as_of, "cover-meta"))
    if cover.translation_note:
        out.append(ctx.p(cover.translation_note, "cover-meta"))
    out.append(Spacer(1, 6 * mm))
    out.append(ctx.p(w.what_we_ask, "h2", "H2"))
    out.append(ctx.boxed([ctx.rich(cover.ask, "ask")]))
    out.append(Spacer(1, 4 * mm))
    for para in cover.intro:
        out.append(ctx.rich(para))
    out.append(ctx.p(w.in_this_pack, "h2", "H2"))
    out.append(ctx.p(" · ".join(cover.contents), "body"))
    out.append(ctx.boxed([ctx.p(cover.print_note, "small")]))
    return out
