"""Envelopes printed directly, one per letter: recipient and return address."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from reportlab.pdfgen.canvas import Canvas

from packbuilder import model as m
from packbuilder.layout import measure
from packbuilder.layout.context import Context
from packbuilder.layout.flowables import Recorder, draw_lines
from packbuilder.layout.measure import fit_envelope_recipient, fit_envelope_sender
from packbuilder.layout.parts import page_template, render_part
from packbuilder.layout.sheets import SheetPage, once_per_place, sheet_pages
from packbuilder.layout.styles import (
    ENVELOPE_LEADING,
    ENVELOPE_SIZE,
    EnvelopeSize,
    envelope_size,
)


@render_part.register
def render_envelopes(part: m.Envelopes, ctx: Context, follows: str) -> Iterable[Any]:
    once = once_per_place(ctx)
    size = envelope_size(ctx.geo.name)
    for envelope in part.envelopes:
        sender, recipient = measure.envelope_problems(envelope, size)
        once(envelope.origin, sender)
        once(envelope.recipient_origin or envelope.origin, recipient)

    def sheet(n: int, envelope: m.Envelope) -> tuple[str, Callable[..., Any]]:
        def make(heads: tuple[tuple[str, int, str], ...]) -> EnvelopePage:
            return EnvelopePage(envelope, size, ctx.marks, heads)

        return ctx.words.envelope_bookmark.format(n=n), make

    sheets = (sheet(n, envelope) for n, envelope in enumerate(part.envelopes, 1))
    return sheet_pages(part.title, page_template(part), follows, ctx, sheets)


class EnvelopePage(SheetPage):
    """One envelope, printed face up: return address top left, recipient block."""

    def __init__(
        self,
        envelope: m.Envelope,
        size: EnvelopeSize,
        sink: Recorder,
        heads: tuple[tuple[str, int, str], ...],
    ) -> None:
        super().__init__(sink, heads)
        self.page_height = size.height
        self.envelope = envelope
        self.size = size

    def draw_page(self, canv: Canvas) -> None:
        e = self.size
        if self.envelope.sender:
            sender = fit_envelope_sender(self.envelope, e)
            with self.tagger.mark(canv, self.p(*(text for text, _ in sender.lines))):
                draw_lines(canv, e.sender.left, e.height - e.sender.top, sender.lines,
                           sender.size, sender.leading)  # fmt: skip
        r = e.recipient
        lines = fit_envelope_recipient(self.envelope, e)
        with self.tagger.mark(canv, self.p(*(text for text, _ in lines))):
            draw_lines(canv, r.left, e.height - r.top, lines, ENVELOPE_SIZE, ENVELOPE_LEADING)
