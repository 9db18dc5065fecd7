"""One renderer per part type: each turns a part of the document into the flowables that print it.

`render_part` dispatches on the part's model type (functools.singledispatch, the way
WeasyPrint lays out each box type with its own function). A renderer gets the part, a
`Context` (styles, page geometry, the structure tree, paragraph and box helpers, the problems
found so far) and the place the part follows (for attached PDFs), and returns an iterable of
flowables: its page template and part break first, then its pages. Every fit check runs when
the renderer is called, so all problems are known before anything is drawn; the letters and
the kit sheets return generators that make one page's flowables at a time, so a drive of
100,000 letters is never held as flowables at once. A new part type needs a model class and
one `@render_part.register` function here (and, when it is drawn a whole page at a time, its
page template in WHOLE_PAGE_TEMPLATES); no other renderer changes.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterable, Iterator
from functools import singledispatch
from typing import Any, Protocol

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, NextPageTemplate, Paragraph, Spacer, Table, TableStyle
from reportlab.platypus.doctemplate import ActionFlowable

from packbuilder import model as m
from packbuilder.errors import DoesNotFit, Problem
from packbuilder.layout import fonts, measure
from packbuilder.layout.envelopes import others_for
from packbuilder.layout.flowables import (
    Heading,
    LetterBodyForm,
    LetterPage,
    Recorder,
    TextBlock,
    draw_text,
    text_block,
)
from packbuilder.layout.sheets import (
    EnvelopePage,
    FaxCoverPage,
    LabelSheetPage,
    WindowTestPage,
    fax_cover_problems,
    label_pages,
)
from packbuilder.layout.styles import (
    ACCENT,
    RULE,
    TINT,
    Geometry,
    envelope_size,
    label_stock,
    paragraph_styles,
)
from packbuilder.pdf.tagging import TaggedParagraph, Tagger

#: Text ending in a digit, or a digit and one punctuation mark: a citation after it would run
#: into the number when the text is copied ("202561", "30.13").
_AFTER_NUMBER = re.compile(r"\d[.,;:)]?$")

#: ReportLab's default padding inside a Frame, on each side (the body frame keeps it).
FRAME_PADDING = 6


class _StartsParts(Protocol):
    """The page template's side of a part break (layout.pages): it starts the part's pages."""

    def start_part(self, brk: PartBreak) -> None: ...


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

    def apply(self, doc: _StartsParts) -> None:
        doc.start_part(self)


def story(ctx: Context) -> Iterator[Any]:
    """The pack's flowables, part by part: every renderer runs (and checks) now, in pack order;
    the pages come as the result is iterated."""
    document = ctx.document
    parts: list[Iterable[Any]] = [[NextPageTemplate("body")]]
    if document.cover is not None:
        ctx.section(ctx.words.cover)
        parts.append(render_cover(document.cover, ctx))
    follows = "cover"
    for part in document.parts:
        ctx.section(str(getattr(part, "title", "")))
        parts.append(render_part(part, ctx, follows))
        follows = m.place_of(part)
    flowables = itertools.chain.from_iterable(parts)
    return flowables if document.cover is not None else _opening(flowables)


def _opening(flowables: Iterator[Any]) -> Iterator[Any]:
    """Without a cover, the first part opens the first page itself."""
    opened = False
    for flowable in flowables:
        if not opened and isinstance(flowable, PartBreak):
            flowable.opens = opened = True
        yield flowable


class Context:
    """What every renderer shares: the document, page geometry and styles, the structure tree,
    the helpers that make tagged paragraphs, boxes and tables, and the problems found."""

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
        #: Every item that does not fit, from every part; layout raises them all at once.
        self.problems: list[Problem] = []
        self.words = document.words
        #: How each post's address sits in the envelope window, for the build summary.
        self.window_fits: list[m.WindowFit] = []

    def problem(self, origin: m.Origin | None, message: str) -> None:
        """Note a located problem; layout raises them all together once the story is built."""
        if origin is not None:
            self.problems.append(origin.problem(message))

    def section(self, title: str) -> m.StructElement:
        """Start a part's structure element; what follows goes into it."""
        self.parent = self.tagger.root.add("Sect", title=title)
        return self.parent

    def p(
        self, text: str, style: str = "body", role: str = "P", into: m.StructElement | None = None
    ) -> Paragraph:
        """Plain text (never markup) as a tagged paragraph."""
        return self.tagged(text_block(text, self.styles[style]), role, into)

    def line(self, text: str, style: str, into: m.StructElement) -> LineCell:
        """Plain text for a table cell that is usually one short line (a sign-in sheet's
        number, name, e-mail): drawn directly, a paragraph only when it needs more lines."""
        return LineCell(text, self.styles[style], self.tagger, into)

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

    def rich(
        self, paragraph: m.Paragraph, style: str = "body", into: m.StructElement | None = None
    ) -> Paragraph:
        """A model paragraph with its citations as superscript numbers."""
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
        """A heading that is also a bookmark at outline `level`."""
        heading = Heading(text, self.styles[style], text, level, self.marks)
        return self.tagged(heading, f"H{level + 1}")

    def boxed(self, flowables: list[Any]) -> Table:
        """A shaded box with an accent rule, around the full frame width."""
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

    def table_cells(self, columns: int) -> TableCells:
        """Structure elements of a data table in the current part, filled row by row."""
        return TableCells(self.parent.add("Table"), columns)

    def form_table(
        self, rows: list[list[Any]], widths: list[float], height: float, kind: type[Table] = Table
    ) -> Table:
        """A table to write in by hand: a shaded header row, rows `height` high."""
        table = kind(rows, colWidths=widths, rowHeights=[None] + [height] * (len(rows) - 1),
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


class TableCells:
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


# -- the cover -------------------------------------------------------------------------------


def render_cover(cover: m.Cover, ctx: Context) -> list[Any]:
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


# -- the parts -------------------------------------------------------------------------------

#: The page template of each part type drawn a whole page at a time; every other part flows on
#: "body" pages, with the running footer. A renderer switches to its part's template itself.
WHOLE_PAGE_TEMPLATES: dict[type, str] = {
    m.Letters: "letter",
    m.WindowTest: "letter",
    m.FaxCovers: "letter",
    m.LabelSheets: "letter",
    m.Envelopes: "envelope",
}


def page_template(part: object) -> str:
    """The page template `part` is printed on."""
    return WHOLE_PAGE_TEMPLATES.get(type(part), "body")


def first_template(document: m.Document) -> str:
    """The page template of the pack's first page: the cover's, or without a cover (--only)
    the first part's own, since ReportLab opens the first page before any flowable runs."""
    if document.cover is not None or not document.parts:
        return "cover"
    return page_template(document.parts[0])


@singledispatch
def render_part(part: object, ctx: Context, follows: str) -> Iterable[Any]:
    """The flowables of `part`, starting with its part break; `follows` names the place before
    it (where attached PDFs go). Fit problems are noted in `ctx` when this is called."""
    raise TypeError(f"no renderer for {type(part).__name__}")


@render_part.register
def render_briefing(part: m.Briefing, ctx: Context, follows: str) -> list[Any]:
    # The page numbers 1, 2, ... start here (roman on the cover before it).
    out: list[Any] = [PartBreak(follows, arabic=True), ctx.heading(part.title, "h1", 0)]
    for section in part.sections:
        out.append(ctx.heading(section.title, "h2", 1))
        out += [ctx.rich(p) for p in section.paragraphs]
    return out


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
        box = ctx.boxed(inner)
        _, height = box.wrap(ctx.frame_width, ctx.frame_height)
        if height > ctx.frame_height:  # a box never splits: say so rather than spill
            over = height - ctx.frame_height
            ctx.problem(case.origin, f"this case is {over:.0f} pt longer than a page")
        out += [box, Spacer(1, 5 * mm)]
    return out


def _how_sure(ctx: Context, confidence: str) -> str:
    w = ctx.words
    levels = {"high": w.confidence_high, "medium": w.confidence_medium, "low": w.confidence_low}
    return w.how_sure.format(level=levels[confidence])


@render_part.register
def render_addressees(part: m.AddresseeTable, ctx: Context, follows: str) -> list[Any]:
    out: list[Any] = [PartBreak(follows), ctx.heading(part.title, "h1", 0), ctx.rich(part.intro)]
    words = ctx.words
    titles = (words.post, words.status, words.address, words.fax, words.last_confirmed)
    cells = ctx.table_cells(len(titles))
    head = [ctx.p(t, "table-head", into=cells.header()) for t in titles]
    rows: list[list[Any]] = [head]
    spans: list[tuple[str, tuple[int, int], tuple[int, int]]] = []
    w = ctx.frame_width
    widths = [w * 0.17, w * 0.15, w * 0.30, w * 0.17, w * 0.21]
    for row in part.rows:
        cells.row()
        row_cells = [
            ctx.p(row.name, "table-bold", into=cells.cell()),
            ctx.p(row.status, "table", into=cells.cell()),
            ctx.p(" / ".join(row.address), "table", into=cells.cell()),
            ctx.p(row.fax, "table", into=cells.cell()),
            ctx.rich(row.verified, "table", into=cells.cell()),
        ]
        rows.append(row_cells)
        tallest = max(
            c.wrap(cw - 8, ctx.frame_height)[1] for c, cw in zip(row_cells, widths, strict=True)
        )
        if row.notes.inlines:  # the long notes go in a full-width row under their post
            cells.row()
            note = ctx.rich(row.notes, "table-note", into=cells.cell(span=len(titles)))
            rows.append([note, "", "", "", ""])
            spans.append(("SPAN", (0, len(rows) - 1), (-1, len(rows) - 1)))
            tallest += note.wrap(w - 8, ctx.frame_height)[1]
        if tallest > ctx.frame_height - 60:
            ctx.problem(row.origin, "this post's entry is too long for one page of the "
                        "addressee table; shorten its notes")  # fmt: skip
    table = Table(rows, colWidths=widths, repeatRows=1, renderCB=ctx.tagger.table_callback())
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


@render_part.register
def render_letters(part: m.Letters, ctx: Context, follows: str) -> Iterable[Any]:
    """Checks every letter now (the body's length, each post's window, each signer's block);
    the pages come one letter at a time as the result is iterated."""
    if not part.letters:
        return [NextPageTemplate(page_template(part)), PartBreak(follows), NextPageTemplate("body")]
    body = part.letters[0].body
    form = LetterBodyForm(body, ctx.geo)
    try:
        form.check_fits()
    except DoesNotFit as exc:
        ctx.problem(body.origin, f"the letter is {exc.overflow:.0f} pt too long for one "
                    "page; shorten it or leave out an optional paragraph")  # fmt: skip
    _check_windows(part, body, ctx)
    signers = {id(s): s for letter in part.letters if (s := letter.signer) is not None}
    for signer in signers.values():
        message = form.signer_problem(signer)
        if message:
            ctx.problem(signer.origin, message)
    return _letter_pages(part, form, follows, ctx, ctx.parent)


def _letter_pages(
    part: m.Letters,
    form: LetterBodyForm,
    follows: str,
    ctx: Context,
    parent: m.StructElement,  # the part's section, taken when the renderer ran
) -> Iterator[Any]:
    # A screen reader switches voice for letters in another language than the pack's.
    letter_language = ctx.document.letter_language
    lang = letter_language if letter_language != ctx.document.meta.language else ""
    yield NextPageTemplate(page_template(part))
    group = None
    for i, letter in enumerate(part.letters):
        heads: list[tuple[str, int, str]] = [(part.title, 0, "part")] if i == 0 else []
        if letter.group is not None and letter.group != group:
            heads.append((letter.group, 1, "group"))
        group = letter.group
        yield PartBreak(follows if i == 0 else None)
        level = 2 if letter.group is not None else 1
        element = parent.add("Sect", title=letter.bookmark, kind="letter", lang=lang)
        yield LetterPage(letter, form, ctx.marks, tuple(heads), level, ctx.tagger, element)
    yield NextPageTemplate("body")


def _check_windows(part: m.Letters, body: m.LetterBody, ctx: Context) -> None:
    """Fit each post's recipient block to the envelope window (once per post, however many
    letters) and note how far it clears the window where the letter rests worst."""
    field = ctx.geo.address
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
        ctx.problem(body.recipient_origin, name)
        return
    seen: set[tuple[str, ...]] = set()
    for letter in part.letters:
        if letter.recipient in seen:
            continue
        seen.add(letter.recipient)
        try:
            block = measure.fit_window(letter.recipient, field)
        except DoesNotFit as exc:
            ctx.problem(letter.origin, str(exc))
            continue
        clearance, at = measure.window_clearance(block, field.envelope)
        others = tuple(
            (env.name, measure.window_clearance(block, env)[0]) for env in others_for(ctx.geo.name)
        )
        ctx.window_fits.append(
            m.WindowFit(letter.post, field.envelope.name, len(block.lines), clearance, at, others)
        )
        if clearance < field.clearance:  # a design that cannot hold: never print it
            ctx.problem(letter.origin, f"the address comes within {clearance:.1f} pt of "
                        f"the {field.envelope.name} window's edge")  # fmt: skip


# -- the kit sheets: drawn a whole sheet at a time, each sheet on its own page ---------------


def _once(ctx: Context) -> Callable[[m.Origin | None, str | None], None]:
    """Note a problem once per place, however many sheets share it."""
    seen: set[m.Origin] = set()

    def once(origin: m.Origin | None, message: str | None) -> None:
        if message and origin is not None and origin not in seen:
            seen.add(origin)
            ctx.problem(origin, message)

    return once


def _sheet_pages(
    part_title: str,
    template: str,
    follows: str,
    ctx: Context,
    sheets: Iterable[tuple[str, Callable[[tuple[tuple[str, int, str], ...]], Any]]],
    each_alone: bool = False,
) -> Iterator[Any]:
    """Each sheet on a page of its own, made when reached: `sheets` gives its bookmark title
    and a function making its page from the outline entries that start there."""
    return _sheets(part_title, template, follows, ctx, ctx.parent, sheets, each_alone)


def _sheets(
    part_title: str,
    template: str,
    follows: str,
    ctx: Context,
    parent: m.StructElement,  # the part's section, taken when the renderer ran
    sheets: Iterable[tuple[str, Callable[[tuple[tuple[str, int, str], ...]], Any]]],
    each_alone: bool,
) -> Iterator[Any]:
    # Every sheet starts on a right-hand page in duplex, so each has a blank back: a fax
    # cover goes out with a letter, and label stock and envelopes must never get anything
    # printed on their backs. Fax covers get a bookmark each; labels and envelopes one for
    # the part.
    yield NextPageTemplate(template)
    for i, (title, make) in enumerate(sheets):
        heads: list[tuple[str, int, str]] = [(part_title, 0, "part")] if i == 0 else []
        if each_alone:
            heads.append((title, 1, "sheet"))
        yield PartBreak(follows if i == 0 else None)
        yield make(tuple(heads)).tag(ctx.tagger, parent)
    yield NextPageTemplate("body")


@render_part.register
def render_window_test(part: m.WindowTest, ctx: Context, follows: str) -> Iterable[Any]:
    def make(heads: tuple[tuple[str, int, str], ...]) -> WindowTestPage:
        return WindowTestPage(part, ctx.geo, ctx.marks, heads, ctx.words)

    return _sheet_pages(part.title, page_template(part), follows, ctx, [(part.title, make)])


@render_part.register
def render_fax_covers(part: m.FaxCovers, ctx: Context, follows: str) -> Iterable[Any]:
    once = _once(ctx)
    post_words = ctx.document.letter_words
    for cover in part.covers:
        for origin, message in fax_cover_problems(cover, ctx.geo, post_words):
            once(origin, message)

    def sheet(cover: m.FaxCover) -> tuple[str, Callable[..., FaxCoverPage]]:
        def make(heads: tuple[tuple[str, int, str], ...]) -> FaxCoverPage:
            return FaxCoverPage(cover, ctx.geo, ctx.marks, heads, ctx.words, post_words)

        return ctx.words.fax_cover_bookmark.format(post=cover.post), make

    sheets = (sheet(cover) for cover in part.covers)
    return _sheet_pages(part.title, page_template(part), follows, ctx, sheets, each_alone=True)


@render_part.register
def render_label_sheets(part: m.LabelSheets, ctx: Context, follows: str) -> Iterable[Any]:
    once = _once(ctx)
    stock = label_stock(ctx.geo.name)
    for label in part.labels:
        # The recipient's own lines first: if they cannot fit, say so in letter.yaml.
        shared = measure.label_problem(m.Label(label.shared, None), stock) if label.shared else None
        if shared:
            once(label.shared_origin, shared)
        else:
            once(label.origin, measure.label_problem(label, stock))

    def sheet(n: int, slots: list[tuple[int, m.Label]]) -> tuple[str, Callable[..., Any]]:
        def make(heads: tuple[tuple[str, int, str], ...]) -> LabelSheetPage:
            return LabelSheetPage(stock, slots, part.offset_mm, ctx.marks, heads)

        return ctx.words.label_sheet_bookmark.format(n=n), make

    sheets = (sheet(n, slots) for n, slots in enumerate(label_pages(part, stock), 1))
    return _sheet_pages(part.title, page_template(part), follows, ctx, sheets)


@render_part.register
def render_envelopes(part: m.Envelopes, ctx: Context, follows: str) -> Iterable[Any]:
    once = _once(ctx)
    size = envelope_size(ctx.geo.name)
    for envelope in part.envelopes:
        once(envelope.origin, measure.envelope_problem(envelope, size))

    def sheet(n: int, envelope: m.Envelope) -> tuple[str, Callable[..., Any]]:
        def make(heads: tuple[tuple[str, int, str], ...]) -> EnvelopePage:
            return EnvelopePage(envelope, size, ctx.marks, heads)

        return ctx.words.envelope_bookmark.format(n=n), make

    sheets = (sheet(n, envelope) for n, envelope in enumerate(part.envelopes, 1))
    return _sheet_pages(part.title, page_template(part), follows, ctx, sheets)


# -- the drive kit's flowing parts and the sources -------------------------------------------


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
            bullet.bulletText = "•"
            out.append(bullet)
    if part.contact:
        details = ctx.words.list_separator.join(part.contact)
        out.append(ctx.p(ctx.words.contact.format(details=details), "body"))
    return out


@render_part.register
def render_reading_copy(part: m.ReadingCopy, ctx: Context, follows: str) -> list[Any]:
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
    out.append(ctx.p(part.closing, "letter"))
    return out


def _drive_fields(ctx: Context, heading: str) -> list[Any]:
    """The lines for the drive's name, date and place at the top of a form."""
    return [ctx.p(heading, "meta"), ctx.p(ctx.words.drive_fields, "body"), Spacer(1, 4 * mm)]


@render_part.register
def render_sign_in(part: m.SignInSheet, ctx: Context, follows: str) -> list[Any]:
    out: list[Any] = [PartBreak(follows), ctx.heading(part.title, "h1", 0)]
    out += _drive_fields(ctx, part.heading)
    words = ctx.words
    titles = (words.number_sign, words.name, words.email, words.letters_written)
    cells = ctx.table_cells(len(titles))
    head = [ctx.p(t, "table-head", into=cells.header()) for t in titles]
    prefilled, start = part.prefilled, len(part.prefilled)

    def row(i: int) -> list[Any]:
        """Row i (0-based): a signer from the list, then numbered blank rows."""
        cells.row()
        if i < start:
            signer = prefilled[i]
            return [ctx.line(str(i + 1), "table", cells.cell()),
                    ctx.line(signer.name, "table", cells.cell()),
                    ctx.line(signer.email or "", "table", cells.cell()),
                    cells.blank()]  # fmt: skip
        return [ctx.line(str(i + 1), "table", cells.cell()), cells.blank(), cells.blank(),
                cells.blank()]  # fmt: skip

    w = ctx.frame_width
    # The number column as wide as the longest number (1,000 and more signers) plus the
    # cell's padding (6 pt each side), taken from the name and e-mail columns.
    style = ctx.styles["table"]
    longest = measure.width(str(start + part.blank_rows), style.fontName, style.fontSize) + 13
    number = max(w * 0.06, longest)
    rest = (w * 0.76 - (number - w * 0.06)) / 2
    widths = [number, rest, rest, w * 0.18]
    out.append(FormRows(ctx, head, row, start + part.blank_rows, widths, 24, cells))
    return out


class LineCell(Flowable):  # type: ignore[misc]
    """One line of plain text in a table cell, placed as a one-line paragraph places it (its
    baseline one font size below its top) without ReportLab's paragraph machinery, which a
    sign-in sheet of 20,000 signers would run 60,000 times; text wider than the cell becomes
    a wrapped paragraph."""

    def __init__(self, text: str, style: Any, tagger: Tagger, element: m.StructElement) -> None:
        super().__init__()
        self.text, self.style, self.tagger, self.element = text, style, tagger, element
        self.para: TaggedParagraph | None = None

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        style = self.style
        room = avail_width - style.leftIndent - style.rightIndent
        if self.para is None and measure.width(self.text, style.fontName, style.fontSize) > room:
            self.para = text_block(self.text, style)
            self.para.tag(self.tagger, self.element)
        if self.para is not None:
            self.width, self.height = self.para.wrap(avail_width, avail_height)
        else:
            self.width, self.height = avail_width, style.leading
        return self.width, self.height

    def split(self, avail_width: float, avail_height: float) -> list[Any]:
        return self.para.split(avail_width, avail_height) if self.para is not None else []

    def draw(self) -> None:
        if self.para is not None:
            self.para.drawOn(self.canv, 0, 0)
            return
        if not self.text:
            return  # an empty cell: nothing to read, nothing marked (as an empty paragraph)
        canv, style = self.canv, self.style
        canv.setFillColor(style.textColor)
        with self.tagger.mark(canv, self.element):
            draw_text(canv, style.leftIndent, self.height - style.fontSize, self.text,
                      style.fontName, style.fontSize)  # fmt: skip


class FormRows(Flowable):  # type: ignore[misc]
    """A form table of many rows (a sign-in sheet prefilled with thousands of signers), made
    a page at a time: each page's rows become a table with the header row repeated, and their
    structure elements are written once drawn, so the rows are never all in memory and a long
    list costs no more per row than a short one (one ReportLab table of 20,000 rows was split
    again for every page)."""

    def __init__(
        self,
        ctx: Context,
        head: list[Any],
        row: Callable[[int], list[Any]],
        count: int,
        widths: list[float],
        height: float,
        cells: TableCells,
        start: int = 0,
        made: dict[int, tuple[list[Any], m.StructElement]] | None = None,
    ) -> None:
        super().__init__()
        self.ctx, self.head, self.row, self.count = ctx, head, row, count
        self.widths, self.row_height, self.cells, self.start = widths, height, cells, start
        #: Rows made but not yet drawn (made in order, so their elements are in order too).
        self.made = made if made is not None else {}
        self.head_height = 0.0

    def _rows(self, end: int) -> list[list[Any]]:
        for i in range(self.start, end):
            if i not in self.made:
                cells = self.row(i)
                self.made[i] = (cells, self.cells.tr)
        return [self.made[i][0] for i in range(self.start, end)]

    def _table(self, end: int) -> Table:
        rows = [self.head, *self._rows(end)]
        table = self.ctx.form_table(rows, self.widths, self.row_height, _RowsTable)
        assert isinstance(table, _RowsTable)
        table.tagger = self.ctx.tagger
        table.done = tuple(self.made.pop(i)[1] for i in range(self.start, end))
        return table

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        if not self.head_height:
            header = self.ctx.form_table([self.head], self.widths, self.row_height)
            self.head_height = header.wrap(avail_width, avail_height)[1]
        self.width = avail_width
        self.height = self.head_height + (self.count - self.start) * self.row_height
        return self.width, self.height

    def split(self, avail_width: float, avail_height: float) -> list[Any]:
        self.wrap(avail_width, avail_height)
        fit = int((avail_height - self.head_height) // self.row_height)
        if fit < 1:
            return []  # not even one row: ReportLab moves on to the next page
        end = min(self.start + fit, self.count)
        rest = FormRows(self.ctx, self.head, self.row, self.count, self.widths,
                        self.row_height, self.cells, end, self.made)  # fmt: skip
        return [self._table(end)] + ([rest] if end < self.count else [])

    def draw(self) -> None:
        table = self._table(self.count)
        table.wrapOn(self.canv, self.width, self.height)
        table.drawOn(self.canv, 0, 0)


class _RowsTable(Table):  # type: ignore[misc]
    """One page of a FormRows: once drawn, its rows' elements are written (Tagger.close)."""

    tagger: Tagger | None = None
    done: tuple[m.StructElement, ...] = ()

    def drawOn(self, canvas: Any, x: float, y: float, _sW: float = 0) -> None:
        super().drawOn(canvas, x, y, _sW)
        for row in self.done:
            if self.tagger is not None:
                self.tagger.close(row)


@render_part.register
def render_tally(part: m.TallySheet, ctx: Context, follows: str) -> list[Any]:
    out: list[Any] = [PartBreak(follows), ctx.heading(part.title, "h1", 0)]
    out += _drive_fields(ctx, part.heading)
    words = ctx.words
    out.append(ctx.p(words.tally_intro, "body"))
    cells = ctx.table_cells(3)
    titles = (words.post, words.tally, words.total)
    head = [ctx.p(t, "table-head", into=cells.header()) for t in titles]
    rows: list[list[Any]] = [head]
    for post in (*part.posts, words.all_posts):
        cells.row()
        first = ctx.p(post, "table-bold", into=cells.cell(role="TH", scope="Row"))
        rows.append([first, cells.blank(), cells.blank()])
    w = ctx.frame_width
    out.append(ctx.form_table(rows, [w * 0.32, w * 0.52, w * 0.16], 40))
    out.append(Spacer(1, 6 * mm))
    out.append(ctx.p(words.tally_totals, "body"))
    if part.report_to:
        out.append(ctx.p(words.send_totals_to.format(who=part.report_to), "body"))
    else:
        out.append(ctx.p(words.send_totals_default, "body"))
    return out


@render_part.register
def render_sources(part: m.SourceList, ctx: Context, follows: str) -> list[Any]:
    out: list[Any] = [PartBreak(follows), ctx.heading(part.title, "h1", 0)]
    s = ctx.styles["source"]
    # Web addresses start on a line of their own and break only after "/" or ".", so no
    # line ends in a stray "https://" and no break looks like a hyphenated word.
    room = ctx.frame_width - 2 * FRAME_PADDING - s.leftIndent - s.rightIndent
    words = ctx.words

    def address(url: str, label: str = "") -> str:
        # checked to be a plain http(s) address with no quotes or brackets
        href = fonts.escape(url).replace('"', "&quot;")
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
        out.append(ctx.tagged(TextBlock(markup, s, plain=entry.text), links=links))
    return out
