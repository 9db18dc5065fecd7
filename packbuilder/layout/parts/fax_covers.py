"""Fax covers: one sheet per open post with a fax number, to send ahead of its letter."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable
from typing import Any

from reportlab.pdfgen.canvas import Canvas

from packbuilder import model as m
from packbuilder.errors import DoesNotFit
from packbuilder.language.words import EN, Words
from packbuilder.layout import fonts
from packbuilder.layout.context import Context
from packbuilder.layout.flowables import Recorder, draw_lines, draw_text
from packbuilder.layout.measure import fit_fax_line
from packbuilder.layout.parts import page_template, render_part
from packbuilder.layout.sheets import SheetPage, once_per_place, sheet_pages
from packbuilder.layout.styles import (
    ACCENT,
    FAX_LABEL_WIDTH,
    FAX_LEADING,
    FAX_SIZE,
    MUTED,
    POSTAL_MIN_SIZE,
    RULE,
    Geometry,
)


@render_part.register
def render_fax_covers(part: m.FaxCovers, ctx: Context, follows: str) -> Iterable[Any]:
    once = once_per_place(ctx)
    post_words = ctx.document.letter_words
    # No line of the cover breaks inside a name ("Republic of / China" on the Attention line).
    covers = [
        dataclasses.replace(cover, post=ctx.tie(cover.post),
                            attention=tuple(ctx.tie(a) for a in cover.attention))
        for cover in part.covers
    ]  # fmt: skip
    for cover in covers:
        for origin, message in fax_cover_problems(cover, ctx.geo, post_words):
            once(origin, message)

    def sheet(post: str, cover: m.FaxCover) -> tuple[str, Callable[..., FaxCoverPage]]:
        def make(heads: tuple[tuple[str, int, str], ...]) -> FaxCoverPage:
            return FaxCoverPage(cover, ctx.geo, ctx.marks, heads, ctx.words, post_words)

        return ctx.words.fax_cover_bookmark.format(post=post), make

    sheets = (sheet(c.post, cover) for c, cover in zip(part.covers, covers, strict=True))
    return sheet_pages(part.title, page_template(part), follows, ctx, sheets, each_alone=True)


def _fax_rows(cover: m.FaxCover, w: Words, post: Words) -> list[tuple[str, str, str]]:
    """(label for the organiser, label for the post, value) for each line of the cover."""
    return [
        (w.fax_to, post.fax_to, cover.post),
        (w.fax_attention, post.fax_attention, ", ".join(cover.attention)),
        (w.fax_number, post.fax_number, cover.fax),
        (w.fax_from, post.fax_from, ""),
        (w.fax_reply, post.fax_reply, ""),
        (w.fax_date, post.fax_date, ""),
        (w.fax_pages, post.fax_pages, post.fax_pages_value),
        (w.fax_re, post.fax_re, cover.subject),
    ]


def _fax_message(cover: m.FaxCover, w: Words) -> str:
    return w.fax_message.format(name=cover.attention[0], title=cover.attention[1])


def fax_cover_problems(
    cover: m.FaxCover, geo: Geometry, w: Words = EN
) -> list[tuple[m.Origin | None, str]]:
    """What on a fax cover would not fit its line, each with where it was written."""
    width = geo.width - geo.margin_left - geo.margin_right
    checks = [
        (cover.origin, cover.post, width - FAX_LABEL_WIDTH),
        (cover.attention_origin, ", ".join(cover.attention), width - FAX_LABEL_WIDTH),
        (cover.attention_origin, _fax_message(cover, w), width),
        (cover.subject_origin, cover.subject, width - FAX_LABEL_WIDTH),
    ]
    found = []
    for origin, text, room in checks:
        try:
            fit_fax_line(text, room)
        except DoesNotFit as exc:
            found.append((origin, str(exc)))
    return found


class FaxCoverPage(SheetPage):
    """A fax cover sheet: to, fax number, from, pages, and a line asking the post to pass the
    letter on.

    The cover is read at both ends: volunteers fill it in, the post's fax clerk reads it. Its
    labels are in the campaign's language, each with the letter's language (the post's, English
    by default) under it when the two differ; the request to the post is in the letter's
    language only.
    """

    def __init__(
        self,
        cover: m.FaxCover,
        geo: Geometry,
        sink: Recorder,
        heads: tuple[tuple[str, int, str], ...],
        words: Words = EN,
        post_words: Words = EN,
    ) -> None:
        super().__init__(sink, heads)
        self.page_height = geo.height
        self.cover = cover
        self.geo = geo
        self.words = words
        self.post_words = post_words

    def draw_page(self, canv: Canvas) -> None:
        g, c = self.geo, self.cover
        left, right = g.margin_left, g.width - g.margin_right
        y = g.height - g.margin_top - 30
        tag = self.tagger
        canv.setFillColor(ACCENT)
        with tag.mark(canv, self.p(self.post_words.fax_banner)):
            draw_text(canv, left, y, self.post_words.fax_banner, fonts.SANS_BOLD, 30)
        with tag.artifact(canv):
            canv.setStrokeColor(ACCENT)
            canv.setLineWidth(2)
            canv.line(left, y - 10, right, y - 10)
        y -= 45
        label_w = FAX_LABEL_WIDTH
        for label, post_label, value in _fax_rows(c, self.words, self.post_words):
            # The label(s), then what goes on the line: read in the language most of it is in.
            row = self.p(label, post_label if post_label != label else "", value or "")
            canv.setFillColor(MUTED)
            with tag.mark(canv, row):
                draw_text(canv, left, y, label, fonts.SANS_BOLD, 10)
                if post_label != label:
                    draw_text(canv, left, y - 10, post_label, fonts.SANS, POSTAL_MIN_SIZE)
            canv.setFillColorRGB(0, 0, 0)
            if value:
                lines = fit_fax_line(value, right - left - label_w)
                with tag.mark(canv, row):
                    draw_lines(canv, left + label_w, y + FAX_SIZE, lines, FAX_SIZE, FAX_LEADING,
                               fonts.SERIF)  # fmt: skip
                y -= FAX_LEADING * (len(lines) - 1)
            else:
                with tag.artifact(canv):
                    canv.setStrokeColor(RULE)
                    canv.setLineWidth(0.5)
                    canv.line(left + label_w, y - 3, right, y - 3)
            y -= 30
        canv.setFillColorRGB(0, 0, 0)
        lines = fit_fax_line(_fax_message(c, self.post_words), right - left)
        with tag.mark(canv, self.p(*(text for text, _ in lines))):
            draw_lines(canv, left, y + FAX_SIZE, lines, FAX_SIZE, FAX_LEADING, fonts.SERIF)
