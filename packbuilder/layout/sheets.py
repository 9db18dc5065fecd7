"""Drive-kit pages drawn in sheet coordinates: label sheets, envelopes and fax cover sheets."""

from __future__ import annotations

from collections.abc import Sequence
from typing import overload

from reportlab.lib.units import inch, mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from packbuilder import model as m
from packbuilder.errors import DoesNotFit
from packbuilder.language.words import EN, Words
from packbuilder.layout import fonts
from packbuilder.layout.envelopes import Box
from packbuilder.layout.flowables import (
    Recorder,
    draw_fold_marks,
    draw_lines,
    draw_recipient,
    draw_text,
)
from packbuilder.layout.measure import (
    fit_envelope_recipient,
    fit_envelope_sender,
    fit_fax_line,
    fit_label,
)
from packbuilder.layout.styles import (
    ACCENT,
    ENVELOPE_LEADING,
    ENVELOPE_SENDER_LEADING,
    ENVELOPE_SENDER_SIZE,
    ENVELOPE_SIZE,
    FAX_LABEL_WIDTH,
    FAX_LEADING,
    FAX_SIZE,
    LABEL_LEADING,
    LABEL_SIZE,
    MUTED,
    RULE,
    TINT,
    EnvelopeSize,
    Geometry,
    LabelStock,
)
from packbuilder.pdf.tagging import Tagger


class _SheetPage(Flowable):  # type: ignore[misc]
    """A whole page drawn in sheet coordinates, recording its outline entries.

    Drawn once, in reading order, so its structure elements are made as it draws them.
    """

    page_height = 0.0
    tagger = Tagger(enabled=False)
    element = m.StructElement("Sect")

    def __init__(self, sink: Recorder, heads: tuple[tuple[str, int, str], ...]) -> None:
        super().__init__()
        self.sink = sink
        self.heads = heads
        self._sheet: m.StructElement | None = None

    def tag(self, tagger: Tagger, element: m.StructElement) -> _SheetPage:
        """Mark what this sheet draws as content of `element` (its part's section)."""
        self.tagger, self.element = tagger, element
        return self

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return avail_width, avail_height

    def drawOn(self, canvas: Canvas, x: float, y: float, _sW: float = 0) -> None:
        for title, level, kind in self.heads:
            self.sink.add(canvas, title, level, self.page_height, kind)
        canvas.saveState()
        self._sheet = None
        self.draw_page(canvas)
        canvas.restoreState()
        if self._sheet is not None:  # all drawn: write its elements now
            self.tagger.close(self._sheet)

    def sheet(self) -> m.StructElement:
        """The sheet's own element (a Div in its part's section), made when first needed."""
        if self._sheet is None:
            self._sheet = self.element.add("Div")
        return self._sheet

    def draw_page(self, canv: Canvas) -> None:
        raise NotImplementedError


class LabelSheetPage(_SheetPage):
    """One sheet of labels; `slots` pairs each used position (0-based) with its label."""

    def __init__(
        self,
        stock: LabelStock,
        slots: list[tuple[int, m.Label]],
        offset_mm: tuple[float, float],
        sink: Recorder,
        heads: tuple[tuple[str, int, str], ...],
    ) -> None:
        super().__init__(sink, heads)
        self.page_height = stock.height
        self.stock = stock
        self.slots = slots
        self.offset = (offset_mm[0] * mm, offset_mm[1] * mm)

    def draw_page(self, canv: Canvas) -> None:
        s = self.stock
        for position, label in self.slots:
            left, top = label_origin(s, position, self.offset)
            lines = fit_label(label, s)
            with self.tagger.mark(canv, self.sheet().add("P")):
                draw_lines(canv, left + s.inset, s.height - top - s.inset, lines, LABEL_SIZE,
                           LABEL_LEADING)  # fmt: skip


def label_origin(
    stock: LabelStock, position: int, offset: tuple[float, float]
) -> tuple[float, float]:
    """Top-left corner of label `position` (0-based, across then down), from the sheet's
    top-left corner, with the printer-drift offset (right, down) in points."""
    column, row = position % stock.columns, position // stock.columns
    return (
        stock.left + column * stock.pitch_x + offset[0],
        stock.top + row * stock.pitch_y + offset[1],
    )


def label_pages(sheets: m.LabelSheets, stock: LabelStock) -> Sequence[list[tuple[int, m.Label]]]:
    """Labels distributed over sheets, the first starting at label `start` (1-based): for each
    sheet, (position on the sheet, label). Each sheet is gathered when asked for, so a pile of
    100,000 labels is never held twice."""
    return _LabelSheetList(sheets.labels, sheets.start - 1, stock.per_sheet)


class _LabelSheetList(Sequence[list[tuple[int, m.Label]]]):
    def __init__(self, labels: Sequence[m.Label], skip: int, per_sheet: int) -> None:
        self.labels = labels
        self.skip = skip
        self.per_sheet = per_sheet
        #: Labels on the first, part-used sheet (none when `skip` fills it).
        self.first = max(per_sheet - skip, 0)

    def __len__(self) -> int:
        count = len(self.labels)
        if not count:
            return 0
        return 1 + -(-max(count - self.first, 0) // self.per_sheet)

    @overload
    def __getitem__(self, index: int) -> list[tuple[int, m.Label]]: ...
    @overload
    def __getitem__(self, index: slice) -> list[list[tuple[int, m.Label]]]: ...
    def __getitem__(
        self, index: int | slice
    ) -> list[tuple[int, m.Label]] | list[list[tuple[int, m.Label]]]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        count = len(self)
        if index < 0:
            index += count
        if not 0 <= index < count:
            raise IndexError(index)
        if index == 0:
            begin, end, position = 0, self.first, self.skip
        else:
            begin = self.first + (index - 1) * self.per_sheet
            end, position = begin + self.per_sheet, 0
        end = min(end, len(self.labels))
        return [(position + i, self.labels[begin + i]) for i in range(end - begin)]


class EnvelopePage(_SheetPage):
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
        envelope = self.sheet()
        if self.envelope.sender:
            sender = fit_envelope_sender(self.envelope, e)
            with self.tagger.mark(canv, envelope.add("P")):
                draw_lines(canv, e.sender.left, e.height - e.sender.top, sender,
                           ENVELOPE_SENDER_SIZE, ENVELOPE_SENDER_LEADING)  # fmt: skip
        r = e.recipient
        lines = fit_envelope_recipient(self.envelope, e)
        with self.tagger.mark(canv, envelope.add("P")):
            draw_lines(canv, r.left, e.height - r.top, lines, ENVELOPE_SIZE, ENVELOPE_LEADING)


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


class FaxCoverPage(_SheetPage):
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
        tag, sheet = self.tagger, self.sheet()
        canv.setFillColor(ACCENT)
        with tag.mark(canv, sheet.add("P")):
            draw_text(canv, left, y, self.post_words.fax_banner, fonts.SANS_BOLD, 30)
        with tag.artifact(canv):
            canv.setStrokeColor(ACCENT)
            canv.setLineWidth(2)
            canv.line(left, y - 10, right, y - 10)
        y -= 45
        label_w = FAX_LABEL_WIDTH
        for label, post_label, value in _fax_rows(c, self.words, self.post_words):
            row = sheet.add("P")  # the label(s), then what goes on the line
            canv.setFillColor(MUTED)
            with tag.mark(canv, row):
                draw_text(canv, left, y, label, fonts.SANS_BOLD, 10)
                if post_label != label:
                    draw_text(canv, left, y - 10, post_label, fonts.SANS, 7.5)
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
        with tag.mark(canv, sheet.add("P")):
            draw_lines(canv, left, y + FAX_SIZE, lines, FAX_SIZE, FAX_LEADING, fonts.SERIF)


class WindowTestPage(_SheetPage):
    """The window-test sheet: a letter page with a real address block, fold marks, and the
    envelope and its window drawn at 1:1 around it, to fold, slide into an envelope and hold
    against the light before printing the letters."""

    def __init__(
        self,
        test: m.WindowTest,
        geo: Geometry,
        sink: Recorder,
        heads: tuple[tuple[str, int, str], ...],
        words: Words = EN,
    ) -> None:
        super().__init__(sink, heads)
        self.page_height = geo.height
        self.test = test
        self.geo = geo
        self.words = words

    def draw_page(self, canv: Canvas) -> None:
        g, w = self.geo, self.words
        env = g.address.envelope
        h = g.height

        def rect(box: Box) -> tuple[float, float, float, float]:  # top-left -> PDF rect
            return box.left, h - box.bottom, box.width, box.height

        # What always shows (tinted), the window with the letter resting mid-range (solid),
        # everything it can ever show (dashed), and the envelope's edges where they fall on
        # the sheet, all in the letter's own coordinates.
        tag, sheet = self.tagger, self.sheet()
        # The envelope, its window, the fold marks and the legend's swatches are drawings the
        # words explain: artifacts.
        with tag.artifact(canv):
            canv.setFillColor(TINT)
            canv.rect(*rect(env.always_visible()), stroke=0, fill=1)
            dx, dy = sum(env.rest_x) / 2, sum(env.rest_y) / 2
            canv.setLineWidth(0.75)
            canv.setStrokeColor(RULE)
            outline = Box(-dx, env.panel_top - dy, env.width - dx, env.panel_top - dy + env.height)
            canv.rect(*rect(outline), stroke=1, fill=0)
            canv.setStrokeColor(ACCENT)
            canv.rect(*rect(env.window_on_sheet(dx, dy)), stroke=1, fill=0)
            canv.setDash(3, 2)
            canv.setLineWidth(0.5)
            canv.rect(*rect(env.ever_visible()), stroke=1, fill=0)
            canv.setDash()
            draw_fold_marks(canv, g)
        title, recipient = sheet.add("P"), sheet.add("P")
        with tag.mark(canv, recipient):
            draw_recipient(canv, g, self.test.recipient)

        left = g.margin_left
        room = g.width - g.margin_left - g.margin_right
        y = h - g.margin_top - 18
        canv.setFillColor(ACCENT)
        with tag.mark(canv, title):  # read before the address block it explains
            draw_text(canv, left, y, self.test.title, fonts.SANS_BOLD, 16)
        # The explanation goes below the fold, out of the envelope's way.
        y = h - g.body_top - 30
        canv.setFillColorRGB(0, 0, 0)
        intro = fit_fax_line(w.window_test_intro, room)
        with tag.mark(canv, sheet.add("P")):
            draw_lines(canv, left, y + FAX_SIZE, intro, FAX_SIZE, FAX_LEADING, fonts.SERIF)
        y -= FAX_LEADING * len(intro) + 16
        legend = (
            ("solid", ACCENT, w.window_test_window.format(envelope=env.name)),
            ("dashed", ACCENT, w.window_test_reach),
            ("fill", TINT, w.window_test_seen),
        )
        for kind, colour, text in legend:
            canv.setStrokeColor(colour)
            canv.setFillColor(colour)
            canv.setLineWidth(0.75 if kind == "solid" else 0.5)
            with tag.artifact(canv):
                if kind == "dashed":
                    canv.setDash(3, 2)
                canv.rect(left, y - 2, 24, 10, stroke=int(kind != "fill"), fill=int(kind == "fill"))
                canv.setDash()
            canv.setFillColor(MUTED)
            with tag.mark(canv, sheet.add("P")):
                draw_text(canv, left + 32, y, text, fonts.SANS, 9)
            y -= 18
        # A bar of known length: the quickest check that nothing scaled the page.
        y -= 14
        length, shown = (2 * inch, "2 in") if g.name == "letter" else (50 * mm, "50 mm")
        with tag.artifact(canv):
            canv.setStrokeColorRGB(0, 0, 0)
            canv.setLineWidth(1)
            canv.line(left, y, left + length, y)
            for x in (left, left + length):
                canv.line(x, y - 4, x, y + 4)
        canv.setFillColorRGB(0, 0, 0)
        with tag.mark(canv, sheet.add("P")):
            draw_text(canv, left + length + 10, y - 3, w.window_test_scale.format(length=shown),
                      fonts.SANS, 9)  # fmt: skip
