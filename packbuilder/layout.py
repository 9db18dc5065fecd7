"""Document -> PDF bytes with ReportLab: page templates, the story, and where each part landed."""

from __future__ import annotations

import io
import re
from typing import Any
from xml.sax.saxutils import escape

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Frame,
    NextPageTemplate,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.doctemplate import ActionFlowable
from reportlab.platypus.doctemplate import LayoutError as ReportLabLayoutError

from . import fonts, measure
from . import model as m
from .envelopes import others_for
from .errors import DoesNotFit, LayoutError, Problem
from .flowables import Heading, LetterBodyForm, LetterPage, Recorder, TextBlock, text_block
from .sheets import (
    EnvelopePage,
    FaxCoverPage,
    LabelSheetPage,
    WindowTestPage,
    fax_cover_problems,
    label_pages,
)
from .styles import (
    ACCENT,
    FOOTER_SIZE,
    MUTED,
    RULE,
    TINT,
    Geometry,
    envelope_size,
    geometry,
    label_stock,
    paragraph_styles,
)
from .tagging import TaggedParagraph, Tagger


def layout(document: m.Document, tagged: bool = True) -> m.RenderedBody:
    """Lay the document out on pages; raise LayoutError naming any item that does not fit.

    Tagged (the default; `tagged=False` only measures what tagging costs), every piece of
    content is marked and recorded in the structure tree finish writes (PDF/UA-1).
    """
    fonts.register()
    # Plain Flate streams: ASCII85 only makes binary streams 25% larger for no reader's benefit.
    rl_config.useA85 = 0
    geo = geometry(document.meta.paper)
    recorder = Recorder()
    tagger = Tagger(tagged)
    builder = _Story(document, geo, recorder, tagger)
    story = builder.build()
    if builder.problems:  # every item that does not fit, from every part, at once
        raise LayoutError(builder.problems)
    buffer = io.BytesIO()
    doc = _PackTemplate(buffer, document, geo, recorder, tagger)
    try:
        doc.build(story)
    except ReportLabLayoutError as exc:  # a flowable taller than a page: name it, do not spill
        raise LayoutError(
            [Problem("(layout)", 1, 1, "(layout)", f"content does not fit on a page: {exc}")]
        ) from None
    doc.place_attachments("sources", doc.page)  # whatever follows the last part
    doc.align(doc.page)  # in duplex the file ends on a back page, so every sheet comes out whole
    labels = [(0, "/r")] if document.cover else []
    labels += [(doc.arabic_from, "/D")] if doc.arabic_from is not None else []
    return m.RenderedBody(
        pdf=buffer.getvalue(),
        page_count=doc.page,
        marks=tuple(recorder.marks),
        insertions=tuple(doc.insertions),
        labels=tuple(labels),
        bleed=doc.bleed,
        windows=tuple(builder.window_fits),
        structure=tagger.root if tagged else None,
    )


class PartBreak(ActionFlowable):  # type: ignore[misc]
    """Starts a new page for a part or a letter, deciding what the final file puts before it.

    In duplex a part must start on a right-hand (odd) page, so a blank page is inserted when
    it would not; PDFs attached after the previous part go in first. ActionFlowable.apply is
    ReportLab's hook for flowables that act on the document rather than draw.
    """

    def __init__(self, follows: str | None = None, arabic: bool = False) -> None:
        super().__init__()
        self.follows = follows
        self.arabic = arabic
        #: True for the first part of a pack without a cover: it starts on the first page.
        self.opens = False

    def apply(self, doc: _PackTemplate) -> None:
        doc.start_part(self)


class _CropMarks:
    """ReportLab's crop-mark settings: marks in a border as wide as the bleed, no scaling."""

    def __init__(self, bleed: float) -> None:
        self.borderWidth = bleed
        self.bleedWidth = 0  # ReportLab's own bleedWidth scales the content; never use it
        self.markLength = bleed
        self.markWidth = 0.3
        self.markColor = colors.black
        self.markLast = 1


class _PackTemplate(BaseDocTemplate):  # type: ignore[misc]
    def __init__(
        self,
        buffer: io.BytesIO,
        document: m.Document,
        geo: Geometry,
        recorder: Recorder,
        tagger: Tagger,
    ) -> None:
        meta = document.meta
        setup = document.setup
        self.bleed = setup.bleed_mm * mm
        b = self.bleed
        boxes: dict[str, Any] = {}
        if b:
            boxes = {
                "cropMarks": _CropMarks(b),
                "trimBox": (b, b, geo.width + b, geo.height + b),
                "bleedBox": (0, 0, geo.width + 2 * b, geo.height + 2 * b),
            }
        super().__init__(
            buffer,
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
            id="body",
        )
        full = Frame(0, 0, geo.width, geo.height, 0, 0, 0, 0, id="full")
        env = envelope_size(geo.name)
        envelope = Frame(0, 0, env.width, env.height, 0, 0, 0, 0, id="envelope")
        templates = [
            PageTemplate("cover", [body_frame]),
            PageTemplate("body", [body_frame], onPage=self._footer),
            PageTemplate("letter", [full]),
            PageTemplate("envelope", [envelope], pagesize=(env.width, env.height)),
        ]
        # ReportLab opens the first page with the first template: the cover's, or without a
        # cover the first part's own.
        first = _first_template(document)
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
            self.recorder.marks.append(m.OutlineMark(attachment.title, 0, page, -1, "attachment"))
            self.recorder.offset += attachment.pages

    def align(self, drawn: int) -> None:
        # The next page's final index is `drawn + offset` (0-based); an odd index is a
        # left-hand page, so a blank goes first.
        if self.right_hand_starts and (drawn + self.recorder.offset) % 2 == 1:
            self.insertions.append(m.Insertion(drawn + self.recorder.offset))
            self.recorder.offset += 1

    def page_label(self, index: int) -> str:
        """The label of final page `index`: roman for the cover, then 1, 2, ... from the
        briefing, so the printed numbers and the viewer's agree."""
        if self.arabic_from is None or index < self.arabic_from:
            return _roman(index + 1)
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
        canv.drawString(
            self.geo.margin_left,
            y,
            measure.shorten(self.footer_text, room, fonts.SANS, FOOTER_SIZE),
        )
        canv.drawRightString(self.geo.width - self.geo.margin_right, y, label)
        canv.restoreState()


def _first_template(document: m.Document) -> str:
    """The page template of the pack's first page."""
    if document.cover is not None or not document.parts:
        return "cover"
    first = document.parts[0]
    if isinstance(first, m.Envelopes):
        return "envelope"
    if isinstance(first, m.Letters | m.WindowTest | m.FaxCovers | m.LabelSheets):
        return "letter"
    return "body"


def _roman(n: int) -> str:
    out = []
    for value, letters in (
        (1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
        (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"),
    ):  # fmt: skip
        while n >= value:
            out.append(letters)
            n -= value
    return "".join(out)


#: Text ending in a digit, or a digit and one punctuation mark: a citation after it would run
#: into the number when the text is copied ("202561", "30.13").
_AFTER_NUMBER = re.compile(r"\d[.,;:)]?$")

#: ReportLab's default padding inside a Frame, on each side (the body frame keeps it).
FRAME_PADDING = 6


class _Story:
    """Builds the list of flowables, part by part."""

    def __init__(
        self, document: m.Document, geo: Geometry, marks: Recorder, tagger: Tagger
    ) -> None:
        self.document = document
        self.tagger = tagger
        #: The structure element new paragraphs go into: the part being built.
        self.parent = tagger.root
        self.geo = geo
        self.marks = marks
        self.styles = paragraph_styles()
        self.frame_width = geo.width - geo.margin_left - geo.margin_right
        self.frame_height = geo.height - geo.margin_top - geo.margin_bottom
        self.problems: list[Problem] = []
        self.words = document.words
        self.window_fits: list[m.WindowFit] = []

    def p(
        self, text: str, style: str = "body", role: str = "P", into: m.StructElement | None = None
    ) -> Paragraph:
        return self.tagged(text_block(text, self.styles[style]), role, into)

    def tagged(
        self,
        para: TaggedParagraph,
        role: str = "P",
        into: m.StructElement | None = None,
        links: tuple[str, ...] = (),
    ) -> TaggedParagraph:
        """`para` as the content of `into`, or of a new `role` element in the current part."""
        para.tag(self.tagger, into if into is not None else self.parent.add(role), links)
        return para

    def section(self, title: str) -> m.StructElement:
        """Start a part's structure element; what follows goes into it."""
        self.parent = self.tagger.root.add("Sect", title=title)
        return self.parent

    def rich(
        self, paragraph: m.Paragraph, style: str = "body", into: m.StructElement | None = None
    ) -> Paragraph:
        s = self.styles[style]
        out: list[str] = []
        cites: list[str] = []
        before = ""  # the text printed just before a run of citations

        def flush() -> None:
            # Neighbouring citations print as one "12,13", never as "1213". After a number (or
            # a number and its full stop) the citation gets a no-break space at superscript
            # size: almost no gap on paper, but "2025" and citation 61 copy out as "2025 61",
            # never as "202561", and "about 30." and 13 never as "30.13".
            gap = "\u00a0" if _AFTER_NUMBER.search(before) else ""
            out.append(f"<super>{gap}{','.join(sorted(cites, key=int))}</super>")
            cites.clear()

        for item in paragraph.inlines:
            if isinstance(item, m.Cite):
                cites.append(str(item.number))
                continue
            if cites:
                flush()
            out.append(fonts.markup(item.text, s.fontName))
            before = item.text[-2:] if item.text else before
        if cites:
            flush()
        plain = "".join(i.text for i in paragraph.inlines if isinstance(i, m.Text))
        return self.tagged(TextBlock("".join(out), s, plain=plain), into=into)

    def heading(self, text: str, style: str, level: int) -> Heading:
        s = self.styles[style]
        heading = Heading(text, s, text, level, self.marks)
        return self.tagged(heading, f"H{level + 1}")

    def build(self) -> list[Any]:
        story: list[Any] = [NextPageTemplate("body")]
        if self.document.cover is not None:
            self.section(self.words.cover)
            story += self.cover(self.document.cover)
        follows = "cover"
        for part in self.document.parts:
            self.section(str(getattr(part, "title", "")))
            if isinstance(part, m.Letters):
                story += [NextPageTemplate("letter")]
                story += self.letters(part, follows)
                story += [NextPageTemplate("body")]
                follows = m.place_of(part)
                continue
            if isinstance(part, m.FaxCovers | m.LabelSheets | m.Envelopes | m.WindowTest):
                story += self.sheets(part, follows)
                story += [NextPageTemplate("body")]
                follows = m.place_of(part)
                continue
            story.append(PartBreak(follows, arabic=isinstance(part, m.Briefing)))
            follows = m.place_of(part)
            story += self.flowing(part)
        if self.document.cover is None:  # the first part opens the first page itself
            first = next(f for f in story if isinstance(f, PartBreak))
            first.opens = True
        return story

    def flowing(self, part: m.Part) -> list[Any]:
        """The flowables of a part that flows from page to page with headings and footers."""
        if isinstance(part, m.Briefing):
            return self.briefing(part)
        if isinstance(part, m.CaseList):
            return self.cases(part)
        if isinstance(part, m.AddresseeTable):
            return self.addressees(part)
        if isinstance(part, m.Guide):
            return self.guide(part)
        if isinstance(part, m.ReadingCopy):
            return self.reading_copy(part)
        if isinstance(part, m.SignInSheet):
            return self.sign_in(part)
        if isinstance(part, m.TallySheet):
            return self.tally(part)
        assert isinstance(part, m.SourceList), type(part)
        return self.sources(part)

    def cover(self, cover: m.Cover) -> list[Any]:
        w = self.words
        self.marks.marks.append(m.OutlineMark(w.cover, 0, 0, self.geo.height, "part"))
        out: list[Any] = [Spacer(1, 8 * mm), self.p(cover.title, "cover-title", "H1")]
        if cover.subtitle:
            out.append(self.p(cover.subtitle, "cover-subtitle"))
        meta = w.cover_meta.format(date=cover.date_text, organiser=cover.organiser)
        out.append(self.p(meta, "cover-meta"))
        if cover.contact:
            details = w.list_separator.join(cover.contact)
            out.append(self.p(w.contact.format(details=details), "cover-meta"))
        out.append(Spacer(1, 6 * mm))
        out.append(self.p(w.what_we_ask, "h2", "H2"))
        out.append(self.boxed([self.rich(cover.ask, "ask")]))
        out.append(Spacer(1, 4 * mm))
        for para in cover.intro:
            out.append(self.rich(para))
        out.append(self.p(w.in_this_pack, "h2", "H2"))
        out.append(self.p(" · ".join(cover.contents), "body"))
        out.append(self.boxed([self.p(cover.print_note, "small")]))
        return out

    def boxed(self, flowables: list[Any]) -> Table:
        # A box around text, not a data table: its shading and rule are artifacts.
        table = Table(
            [[flowables]], colWidths=[self.frame_width], renderCB=self.tagger.table_callback()
        )
        table.setStyle(
            TableStyle(
                [
                    # Table sets its cell font even around flowables: keep it an embedded one.
                    ("FONT", (0, 0), (-1, -1), fonts.SANS, 8),
                    ("BACKGROUND", (0, 0), (-1, -1), TINT),
                    ("LINEBEFORE", (0, 0), (0, -1), 3, ACCENT),
                    ("LEFTPADDING", (0, 0), (-1, -1), 10),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 10),
                    ("TOPPADDING", (0, 0), (-1, -1), 8),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
                ]
            )
        )
        return table

    def briefing(self, part: m.Briefing) -> list[Any]:
        out: list[Any] = [self.heading(part.title, "h1", 0)]
        for section in part.sections:
            out.append(self.heading(section.title, "h2", 1))
            out += [self.rich(p) for p in section.paragraphs]
        return out

    def cases(self, part: m.CaseList) -> list[Any]:
        out: list[Any] = [self.heading(part.title, "h1", 0)]
        out += [self.rich(p) for p in part.intro]
        for case in part.cases:
            where = f"{case.date_text}" + (f" · {case.place}" if case.place else "")
            sure = m.Paragraph(
                (
                    m.Text(self.how_sure(case.confidence) + " "),
                    *case.confidence_note.inlines,
                )
            )
            inner = [
                self.heading(case.title, "h3", 1),
                self.p(where, "meta"),
                *[self.rich(p) for p in case.summary],
                self.rich(sure, "small"),
            ]
            box = self.boxed(inner)
            _, height = box.wrap(self.frame_width, self.frame_height)
            if height > self.frame_height:  # a box never splits: say so rather than spill
                over = height - self.frame_height
                self.problem(case.origin, f"this case is {over:.0f} pt longer than a page")
            out += [box, Spacer(1, 5 * mm)]
        return out

    def how_sure(self, confidence: str) -> str:
        w = self.words
        levels = {"high": w.confidence_high, "medium": w.confidence_medium, "low": w.confidence_low}
        level = levels[confidence]
        return w.how_sure.format(level=level)

    def problem(self, origin: m.Origin | None, message: str) -> None:
        """Note a located problem; layout raises them all together once the story is built."""
        if origin is not None:
            self.problems.append(origin.problem(message))

    def addressees(self, part: m.AddresseeTable) -> list[Any]:
        out: list[Any] = [self.heading(part.title, "h1", 0), self.rich(part.intro)]
        words = self.words
        titles = (words.post, words.status, words.address, words.fax, words.last_confirmed)
        cells = self.table_cells(len(titles))
        head = [self.p(t, "table-head", into=cells.header()) for t in titles]
        rows: list[list[Any]] = [head]
        spans: list[tuple[str, tuple[int, int], tuple[int, int]]] = []
        w = self.frame_width
        widths = [w * 0.17, w * 0.15, w * 0.30, w * 0.17, w * 0.21]
        for row in part.rows:
            cells.row()
            row_cells = [
                self.p(row.name, "table-bold", into=cells.cell()),
                self.p(row.status, "table", into=cells.cell()),
                self.p(" / ".join(row.address), "table", into=cells.cell()),
                self.p(row.fax, "table", into=cells.cell()),
                self.rich(row.verified, "table", into=cells.cell()),
            ]
            rows.append(row_cells)
            tallest = max(
                c.wrap(cw - 8, self.frame_height)[1]
                for c, cw in zip(row_cells, widths, strict=True)
            )
            if row.notes.inlines:  # the long notes go in a full-width row under their post
                cells.row()
                note = self.rich(row.notes, "table-note", into=cells.cell(span=len(titles)))
                rows.append([note, "", "", "", ""])
                spans.append(("SPAN", (0, len(rows) - 1), (-1, len(rows) - 1)))
                tallest += note.wrap(w - 8, self.frame_height)[1]
            if tallest > self.frame_height - 60:
                self.problem(row.origin, "this post's entry is too long for one page of the "
                             "addressee table; shorten its notes")  # fmt: skip
        table = Table(rows, colWidths=widths, repeatRows=1, renderCB=self.tagger.table_callback())
        table.setStyle(
            TableStyle(
                [
                    ("FONT", (0, 0), (-1, -1), fonts.SANS, 8),
                    ("BACKGROUND", (0, 0), (-1, 0), ACCENT),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 4),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 4),
                    *[
                        ("LINEABOVE", (0, i), (-1, i), 0.4, RULE)
                        for i, r in enumerate(rows)
                        if i > 1 and not (isinstance(r[1], str) and r[1] == "")
                    ],
                    *spans,
                ]
            )
        )
        out.append(table)
        return out

    def letters(self, part: m.Letters, follows: str) -> list[Any]:
        if not part.letters:
            return [PartBreak(follows)]
        body = part.letters[0].body
        form = LetterBodyForm(body, self.geo)
        # A screen reader switches voice for letters in another language than the pack's.
        letter_language = self.document.letter_language
        lang = letter_language if letter_language != self.document.meta.language else ""
        try:
            form.check_fits()
        except DoesNotFit as exc:
            self.problem(body.origin, f"the letter is {exc.overflow:.0f} pt too long for one "
                         "page; shorten it or leave out an optional paragraph")  # fmt: skip
        self.windows(part, body)
        signers = {id(s): s for letter in part.letters if (s := letter.signer) is not None}
        for signer in signers.values():
            message = form.signer_problem(signer)
            if message:
                self.problem(signer.origin, message)
        out: list[Any] = []
        group = None
        for i, letter in enumerate(part.letters):
            heads: list[tuple[str, int, str]] = [(part.title, 0, "part")] if i == 0 else []
            if letter.group is not None and letter.group != group:
                heads.append((letter.group, 1, "group"))
            group = letter.group
            out.append(PartBreak(follows if i == 0 else None))
            level = 2 if letter.group is not None else 1
            element = self.parent.add("Sect", title=letter.bookmark, kind="letter", lang=lang)
            out.append(
                LetterPage(letter, form, self.marks, tuple(heads), level, self.tagger, element)
            )
        return out

    def windows(self, part: m.Letters, body: m.LetterBody) -> None:
        """Fit each post's recipient block to the envelope window (once per post, however many
        letters) and note how far it clears the window where the letter rests worst."""
        field = self.geo.address
        # The recipient's own name comes from letter.yaml: if it alone cannot fit, blame it there.
        name = measure.problem(lambda: measure.fit_window(body.recipient[:1], field))
        if not name and len(measure.fit_window(body.recipient[:1], field).lines) > 1:
            # A name on two lines leaves too few for any post's address: say so once, here.
            name = (
                f"the recipient's name takes two lines of the {field.envelope.name} window, "
                "which leaves too few for the post's address; shorten it (the full title "
                "prints in the letter's inside address)"
            )
        if name:
            self.problem(body.recipient_origin, name)
            return
        seen: set[tuple[str, ...]] = set()
        for letter in part.letters:
            if letter.recipient in seen:
                continue
            seen.add(letter.recipient)
            try:
                block = measure.fit_window(letter.recipient, field)
            except DoesNotFit as exc:
                self.problem(letter.origin, str(exc))
                continue
            clearance, at = measure.window_clearance(block, field.envelope)
            others = tuple(
                (env.name, measure.window_clearance(block, env)[0])
                for env in others_for(self.geo.name)
            )
            self.window_fits.append(
                m.WindowFit(
                    letter.post, field.envelope.name, len(block.lines), clearance, at, others
                )
            )
            if clearance < field.clearance:  # a design that cannot hold: never print it
                self.problem(letter.origin, f"the address comes within {clearance:.1f} pt of "
                             f"the {field.envelope.name} window's edge")  # fmt: skip

    def sheets(
        self, part: m.FaxCovers | m.LabelSheets | m.Envelopes | m.WindowTest, follows: str
    ) -> list[Any]:
        """Kit parts drawn a whole sheet at a time, each sheet on its own page."""
        pages: list[Any] = []
        seen: set[m.Origin] = set()

        def once(origin: m.Origin | None, message: str | None) -> None:
            if message and origin is not None and origin not in seen:
                seen.add(origin)
                self.problem(origin, message)

        if isinstance(part, m.WindowTest):
            template = "letter"
            pages.append((part.title, part))
        elif isinstance(part, m.FaxCovers):
            template = "letter"
            for cover in part.covers:
                for origin, message in fax_cover_problems(
                    cover, self.geo, self.document.letter_words
                ):
                    once(origin, message)
                pages.append((self.words.fax_cover_bookmark.format(post=cover.post), cover))
        elif isinstance(part, m.LabelSheets):
            template = "letter"
            stock = label_stock(self.geo.name)
            for label in part.labels:
                # The recipient's own lines first: if they cannot fit, say so in letter.yaml.
                shared = (
                    measure.label_problem(m.Label(label.shared, None), stock)
                    if label.shared
                    else None
                )
                if shared:
                    once(label.shared_origin, shared)
                else:
                    once(label.origin, measure.label_problem(label, stock))
            for n, slots in enumerate(label_pages(part, stock), 1):
                pages.append((self.words.label_sheet_bookmark.format(n=n), slots))
        else:
            template = "envelope"
            size = envelope_size(self.geo.name)
            for envelope in part.envelopes:
                once(envelope.origin, measure.envelope_problem(envelope, size))
            for n, envelope in enumerate(part.envelopes, 1):
                pages.append((self.words.envelope_bookmark.format(n=n), envelope))
        # Every sheet starts on a right-hand page in duplex, so each has a blank back: a fax
        # cover goes out with a letter, and label stock and envelopes must never get anything
        # printed on their backs. Fax covers get a bookmark each; labels and envelopes one for
        # the part.
        each_alone = isinstance(part, m.FaxCovers)
        out: list[Any] = [NextPageTemplate(template)]
        for i, (title, item) in enumerate(pages):
            heads: list[tuple[str, int, str]] = [(part.title, 0, "part")] if i == 0 else []
            if each_alone:
                heads.append((title, 1, "sheet"))
            out.append(PartBreak(follows if i == 0 else None))
            page: FaxCoverPage | EnvelopePage | LabelSheetPage | WindowTestPage
            if isinstance(item, m.WindowTest):
                page = WindowTestPage(item, self.geo, self.marks, tuple(heads), self.words)
            elif isinstance(item, m.FaxCover):
                post_words = self.document.letter_words
                page = FaxCoverPage(
                    item, self.geo, self.marks, tuple(heads), self.words, post_words
                )
            elif isinstance(item, m.Envelope):
                page = EnvelopePage(item, envelope_size(self.geo.name), self.marks, tuple(heads))
            else:
                stock = label_stock(self.geo.name)
                assert isinstance(part, m.LabelSheets)
                page = LabelSheetPage(stock, item, part.offset_mm, self.marks, tuple(heads))
            out.append(page.tag(self.tagger, self.parent))
        return out

    def guide(self, part: m.Guide) -> list[Any]:
        out: list[Any] = [self.heading(part.title, "h1", 0)]
        for section in part.sections:
            out.append(self.heading(section.title, "h2", 1))
            out += [self.rich(p) for p in section.paragraphs]
            items = self.parent.add("L") if section.items else None
            for item in section.items:
                assert items is not None
                # The bullet is drawn with the item's text: one LBody, no separate Lbl.
                bullet = self.rich(item, "bullet", into=items.add("LI").add("LBody"))
                bullet.bulletText = "•"
                out.append(bullet)
        if part.contact:
            details = self.words.list_separator.join(part.contact)
            out.append(self.p(self.words.contact.format(details=details), "body"))
        return out

    def table_cells(self, columns: int) -> _TableCells:
        """Structure elements of a data table in the current part, filled row by row."""
        return _TableCells(self.parent.add("Table"), columns)

    def form_table(self, rows: list[list[Any]], widths: list[float], height: float) -> Table:
        table = Table(rows, colWidths=widths, rowHeights=[None] + [height] * (len(rows) - 1),
                      repeatRows=1, renderCB=self.tagger.table_callback())  # fmt: skip
        table.setStyle(
            TableStyle(
                [
                    ("FONT", (0, 0), (-1, -1), fonts.SANS, 9),
                    ("BACKGROUND", (0, 0), (-1, 0), ACCENT),
                    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                    ("GRID", (0, 0), (-1, -1), 0.5, RULE),
                ]
            )
        )
        return table

    def drive_fields(self, heading: str) -> list[Any]:
        return [
            self.p(heading, "meta"),
            self.p(self.words.drive_fields, "body"),
            Spacer(1, 4 * mm),
        ]

    def reading_copy(self, part: m.ReadingCopy) -> list[Any]:
        note, review = part.notes
        # An unchecked translation says so in bold, where a signer reads first.
        notes = [self.p(note, "small"), self.p(review, "small" if part.reviewed else "table-bold")]
        out: list[Any] = [self.heading(part.title, "h1", 0), self.boxed(notes), Spacer(1, 6 * mm)]
        if part.recipient:
            out.append(self.p(part.recipient, "letter"))
        if part.subject:
            out.append(self.p(part.subject, "letter-bold"))
        out.append(self.p(part.salutation, "letter"))
        out += [self.p(text, "letter") for text in part.paragraphs]
        out.append(self.p(part.closing, "letter"))
        return out

    def sign_in(self, part: m.SignInSheet) -> list[Any]:
        out: list[Any] = [self.heading(part.title, "h1", 0), *self.drive_fields(part.heading)]
        words = self.words
        titles = (words.number_sign, words.name, words.email, words.letters_written)
        cells = self.table_cells(len(titles))
        head = [self.p(t, "table-head", into=cells.header()) for t in titles]
        rows: list[list[Any]] = [head]
        for n, signer in enumerate(part.prefilled, 1):
            cells.row()
            rows.append([self.p(str(n), "table", into=cells.cell()),
                         self.p(signer.name, "table", into=cells.cell()),
                         self.p(signer.email or "", "table", into=cells.cell()),
                         cells.blank()])  # fmt: skip
        start = len(part.prefilled)
        for n in range(1, part.blank_rows + 1):
            cells.row()
            number = self.p(str(start + n), "table", into=cells.cell())
            rows.append([number, cells.blank(), cells.blank(), cells.blank()])
        w = self.frame_width
        out.append(self.form_table(rows, [w * 0.06, w * 0.38, w * 0.38, w * 0.18], 24))
        return out

    def tally(self, part: m.TallySheet) -> list[Any]:
        out: list[Any] = [self.heading(part.title, "h1", 0), *self.drive_fields(part.heading)]
        words = self.words
        out.append(self.p(words.tally_intro, "body"))
        cells = self.table_cells(3)
        titles = (words.post, words.tally, words.total)
        head = [self.p(t, "table-head", into=cells.header()) for t in titles]
        rows: list[list[Any]] = [head]
        for post in (*part.posts, words.all_posts):
            cells.row()
            first = self.p(post, "table-bold", into=cells.cell(role="TH", scope="Row"))
            rows.append([first, cells.blank(), cells.blank()])
        w = self.frame_width
        out.append(self.form_table(rows, [w * 0.32, w * 0.52, w * 0.16], 40))
        out.append(Spacer(1, 6 * mm))
        out.append(self.p(words.tally_totals, "body"))
        if part.report_to:
            out.append(self.p(words.send_totals_to.format(who=part.report_to), "body"))
        else:
            out.append(self.p(words.send_totals_default, "body"))
        return out

    def sources(self, part: m.SourceList) -> list[Any]:
        out: list[Any] = [self.heading(part.title, "h1", 0)]
        s = self.styles["source"]
        # Web addresses start on a line of their own and break only after "/" or ".", so no
        # line ends in a stray "https://" and no break looks like a hyphenated word.
        room = self.frame_width - 2 * FRAME_PADDING - s.leftIndent - s.rightIndent
        words = self.document.words

        def address(url: str, label: str = "") -> str:
            # checked to be a plain http(s) address with no quotes or brackets
            href = escape(url, {'"': "&quot;"})
            first = f"{label} " if label else ""
            pieces = measure.url_lines(first + url, room, s.fontName, s.fontSize)
            pieces[0] = pieces[0][len(first) :]
            link = "<br/>".join(fonts.markup(p, s.fontName) for p in pieces)
            return f'<br/>{fonts.markup(first, s.fontName)}<a href="{href}">{link}</a>'

        for entry in part.entries:
            text = f"{entry.number}.\u00a0\u00a0"
            markup = fonts.markup(text + entry.text, s.fontName)
            if entry.url:
                markup += address(entry.url)
            for mirror in entry.mirrors:
                markup += address(mirror, words.source_mirror)
            links = ((entry.url,) if entry.url else ()) + tuple(entry.mirrors)
            out.append(self.tagged(TextBlock(markup, s, plain=entry.text), links=links))
        return out


class _TableCells:
    """A data table's structure (Table > TR > TH/TD), made row by row as the cells are."""

    def __init__(self, table: m.StructElement, columns: int) -> None:
        self.table = table
        self.columns = columns
        self.tr = table.add("TR")

    def header(self) -> m.StructElement:
        """A column header cell in the first row."""
        return self.tr.add("TH", table=(("Scope", "Column"),))

    def row(self) -> None:
        self.tr = self.table.add("TR")

    def cell(self, role: str = "TD", scope: str = "", span: int = 1) -> m.StructElement:
        attrs: tuple[tuple[str, str | int], ...] = (("Scope", scope),) if scope else ()
        if span > 1:
            attrs += (("ColSpan", span),)
        return self.tr.add(role, table=attrs)

    def blank(self) -> str:
        """An empty cell (a box to write in): an element so every row has all its columns."""
        self.tr.add("TD")
        return ""
