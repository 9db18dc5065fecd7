"""Document -> PDF bytes with ReportLab: page templates, the story, and where each part landed."""

from __future__ import annotations

import functools
import io
import itertools
from collections.abc import Iterator
from typing import Any

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate
from reportlab.platypus.doctemplate import LayoutError as ReportLabLayoutError

from packbuilder import model as m
from packbuilder.errors import LayoutError, Problem
from packbuilder.layout import fonts, running, story
from packbuilder.layout.context import FRAME_PADDING, Context, PartBreak
from packbuilder.layout.flowables import Recorder, draw_text
from packbuilder.layout.styles import (
    FOOTER_SIZE,
    MUTED,
    POSTER_PAPER,
    Geometry,
    envelope_size,
    geometry,
)
from packbuilder.model.rendered import roman
from packbuilder.pdf import marks
from packbuilder.pdf.canvas import StreamCanvas
from packbuilder.pdf.file import PdfFile
from packbuilder.pdf.tagging import Tagger
from packbuilder.pdf.writer import StreamDocument


def layout(document: m.Document, pdf: PdfFile) -> m.RenderedBody:
    """Lay the document out on the pages of `pdf`, each written as it is drawn; raise
    LayoutError naming any item that does not fit, before a page is written.

    Every piece of content is marked and recorded in the file's structure tree (PDF/UA-1)
    unless the file is untagged. What comes back is plain data: where each part landed, the
    pages inserted, the page labels, how each address sits in its window. `pdf.file.write_pdf`
    finishes the file.
    """
    fonts.register()
    geo = geometry(document.meta.paper)
    writer = pdf.writer
    recorder = Recorder(pdf.outline)
    tagger = pdf.tagger
    context = Context(document, geo, recorder, tagger)
    flowables = story.story(context)  # every renderer runs (and checks) now; pages come later
    if context.problems:  # every item that does not fit, from every part, at once
        raise LayoutError(context.problems)
    doc = _PackTemplate(document, geo, recorder, tagger, writer)
    try:
        doc.build(
            _Feed(flowables),
            canvasmaker=functools.partial(
                StreamCanvas, document=writer, colours=document.setup.colours
            ),
        )
    except ReportLabLayoutError as exc:  # a flowable taller than a page: name it, do not spill
        raise LayoutError(
            [Problem("(layout)", 1, 1, "(layout)", f"content does not fit on a page: {exc}")]
        ) from None
    doc.place_attachments("sources", doc.page)  # whatever follows the last part
    doc.align(doc.page)  # in duplex the file ends on a back page, so every sheet comes out whole
    writer.finish_pages()
    labels = [(0, "/r")] if document.cover else []
    labels += [(doc.arabic_from, "/D")] if doc.arabic_from is not None else []
    return m.RenderedBody(
        page_count=doc.page,
        marks=tuple(recorder.marks),
        insertions=tuple(doc.insertions),
        labels=tuple(labels),
        bleed=doc.bleed,
        windows=tuple(context.window_fits),
        letters=recorder.letters,
    )


class _Feed(list[Any]):
    """The story, handed to ReportLab a slice at a time as it asks how much is left, so a
    pack of 100,000 letters never holds them all as flowables (and ReportLab's `del
    flowables[0]` moves a few hundred items, not the whole story)."""

    def __init__(self, flowables: Iterator[Any]) -> None:
        super().__init__()
        self.rest: Iterator[Any] | None = flowables

    def __len__(self) -> int:
        n = super().__len__()
        if n < 64 and self.rest is not None:
            more = list(itertools.islice(self.rest, 256))
            if len(more) < 256:
                self.rest = None
            self.extend(more)
            n = super().__len__()
        return n


class _Border:
    """ReportLab's crop-mark settings used for the border alone: each page grows by `width`
    on every side, its drawing moved in by as much, unscaled. The marks themselves are the PDF
    stage's (pdf.marks: artifacts, in registration colour, on blank and attached pages too)."""

    def __init__(self, width: float) -> None:
        self.borderWidth = width
        self.bleedWidth = 0  # ReportLab's own bleedWidth scales the content; never use it
        self.markLength = 0  # nothing drawn here
        self.markColor = None
        self.markLast = 0  # (1 with no marks trips ReportLab)


class _PackTemplate(BaseDocTemplate):  # type: ignore[misc]
    def __init__(
        self,
        document: m.Document,
        geo: Geometry,
        recorder: Recorder,
        tagger: Tagger,
        writer: StreamDocument,
    ) -> None:
        meta = document.meta
        setup = document.setup
        self.bleed = setup.bleed_mm * mm
        b = self.bleed
        # With bleed, the writer gives every page its TrimBox, BleedBox and crop marks.
        boxes = {"cropMarks": _Border(marks.border(b))} if b else {}
        self.writer = writer
        super().__init__(
            io.BytesIO(),  # never written: the pages go to `writer`
            pagesize=(geo.width, geo.height),
            leftMargin=geo.margin_left,
            rightMargin=geo.margin_right,
            topMargin=geo.margin_top,
            bottomMargin=geo.margin_bottom,
            title=meta.title,
            author=meta.author,
            subject=meta.subject,
            creator="packbuilder",
            invariant=1,
            pageCompression=1,
            # Without this ReportLab declares a non-embedded Helvetica as every page's first font.
            initialFontName=fonts.SERIF,
            **boxes,
        )
        self.footer_text = meta.title
        self.recorder = recorder
        self.tagger = tagger
        self.right_hand_starts = setup.duplex
        self.insertions: list[m.Insertion] = []
        # Without a cover (--only) pages are numbered 1, 2, ... from the first.
        self.arabic_from: int | None = None if document.cover else 0
        self.attachments = document.attachments
        body_frame = Frame(
            geo.margin_left,
            geo.margin_bottom,
            geo.width - geo.margin_left - geo.margin_right,
            geo.height - geo.margin_top - geo.margin_bottom,
            FRAME_PADDING,
            FRAME_PADDING,
            FRAME_PADDING,
            FRAME_PADDING,
            id="body",
        )
        full = Frame(0, 0, geo.width, geo.height, 0, 0, 0, 0, id="full")
        env = envelope_size(geo.name)
        envelope = Frame(0, 0, env.width, env.height, 0, 0, 0, 0, id="envelope")
        poster_width, poster_height = POSTER_PAPER[setup.poster_paper]
        poster = Frame(0, 0, poster_width, poster_height, 0, 0, 0, 0, id="poster")
        templates = [
            PageTemplate("cover", [body_frame]),
            PageTemplate("body", [body_frame], onPage=self._footer),
            PageTemplate("letter", [full]),
            PageTemplate("envelope", [envelope], pagesize=(env.width, env.height)),
            PageTemplate("poster", [poster], pagesize=(poster_width, poster_height)),
        ]
        # ReportLab opens the first page with the first template: the cover's, or without a
        # cover the first part's own.
        first = story.first_template(document)
        templates.sort(key=lambda t: t.id != first)
        self.addPageTemplates(templates)
        self.geo = geo

    def start_part(self, brk: PartBreak) -> None:
        """Before the page a part starts on: attachments, a duplex blank, label change."""
        if brk.follows:
            self.place_attachments(brk.follows, self.page)
        self.align(self.page)
        if brk.arabic and self.arabic_from is None:
            self.arabic_from = self.page + self.recorder.offset
        if not brk.opens:
            self.handle_pageBreak()

    def place_attachments(self, after: str, drawn: int) -> None:
        """Put the PDFs attached after part `after` before the next drawn page."""
        for attachment in self.attachments:
            if attachment.after != after:
                continue
            self.align(drawn)
            page = drawn + self.recorder.offset
            self.insertions.append(m.Insertion(page, attachment))
            self.writer.insert(page, attachment.pages, attachment.path)
            self.recorder.mark(attachment.title, 0, page, -1, "attachment")
            self.recorder.offset += attachment.pages

    def align(self, drawn: int) -> None:
        # The next page's final index is `drawn + offset` (0-based); an odd index is a
        # left-hand page, so a blank goes first.
        if self.right_hand_starts and (drawn + self.recorder.offset) % 2 == 1:
            self.insertions.append(m.Insertion(drawn + self.recorder.offset))
            self.writer.insert(drawn + self.recorder.offset)
            self.recorder.offset += 1

    def page_label(self, index: int) -> str:
        """The label of final page `index`: roman for the cover, then 1, 2, ... from the
        briefing, so the printed numbers and the viewer's agree."""
        if self.arabic_from is None or index < self.arabic_from:
            return roman(index + 1)
        return str(index - self.arabic_from + 1)

    def _footer(self, canv: Canvas, doc: Any) -> None:
        # Running furniture: readers skip it (PDF/UA), the page label says the same.
        with self.tagger.artifact(canv, "Pagination"):
            self._draw_footer(canv)

    def _draw_footer(self, canv: Canvas) -> None:
        canv.saveState()
        canv.setFont(fonts.SANS, FOOTER_SIZE)
        canv.setFillColor(MUTED)
        y = self.geo.margin_bottom / 2
        index = canv.getPageNumber() - 1 + self.recorder.offset
        label = self.page_label(index)
        room = self.geo.width - self.geo.margin_left - self.geo.margin_right - 40
        # With fallback fonts, as all text: a Korean or Chinese title printed nothing here.
        title = running.shorten(self.footer_text, room, fonts.SANS, FOOTER_SIZE)
        draw_text(canv, self.geo.margin_left, y, title, fonts.SANS, FOOTER_SIZE)
        canv.setFont(fonts.SANS, FOOTER_SIZE)
        canv.drawRightString(self.geo.width - self.geo.margin_right, y, label)
        canv.restoreState()
