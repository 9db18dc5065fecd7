"""Small custom flowables: headings that report their page, and the window-envelope letter page."""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from typing import Any, NamedTuple

from reportlab.lib.rl_accel import fp_str
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph

from packbuilder import model as m
from packbuilder.errors import DoesNotFit
from packbuilder.layout import fonts, measure
from packbuilder.layout.breaks import WordBreaks, spaced
from packbuilder.layout.linebreak import CJKLines
from packbuilder.layout.styles import (
    HANDWRITING_LINE,
    LETTER_LEADING,
    LETTER_SIZE,
    MUTED,
    RULE,
    Geometry,
    paragraph_styles,
)
from packbuilder.pdf.structure import MarkedContent, StructElement
from packbuilder.pdf.tagging import TaggedParagraph, Tagger
from packbuilder.pdf.writer import Outline


class Recorder:
    """Writes the outline as layout goes; `offset` turns layout page numbers into final
    (physical) ones.

    The final file has pages layout never draws (blank duplex pages, attached PDFs); the
    template raises `offset` as it decides where those go, so every mark and footer uses the
    page number the reader will see. Where parts start is kept (`marks`) for the build's
    summary; letters are only counted.
    """

    def __init__(self, outline: Outline | None = None) -> None:
        self.marks: list[m.OutlineMark] = []
        self.offset = 0
        self.outline = outline
        self.letters = 0

    def add(self, canvas: Canvas, title: str, level: int, top: float, kind: str) -> None:
        """Record a mark on the page being drawn."""
        self.mark(title, level, canvas.getPageNumber() - 1 + self.offset, top, kind)

    def mark(self, title: str, level: int, page: int, top: float, kind: str) -> None:
        """An outline entry for final page `page` (top < 0: the whole page)."""
        if kind == "letter":
            self.letters += 1
        elif kind in ("part", "attachment"):
            self.marks.append(m.OutlineMark(title, level, page, top, kind))
        if self.outline is not None:
            self.outline.add(title, level, page, top)


class TextBlock(WordBreaks, CJKLines, TaggedParagraph):
    """A paragraph of plain text: lines broken as Chinese and Japanese break them where it has
    Han or kana (CJKLines); bold Han filled and stroked, having no bold face (fonts.faux_bold)."""

    def __init__(self, markup: Any, style: ParagraphStyle, *args: Any, plain: str = "",
                 **kwargs: Any) -> None:  # fmt: skip
        # ReportLab makes the two halves of a split paragraph with Paragraph's own arguments.
        if measure.breaks_between_characters(plain):
            style = _cjk_style(style)
        super().__init__(markup, style, *args, **kwargs)
        self.faux_bold = style.fontName in fonts.BOLD and any(
            getattr(frag, "fontName", None) == fonts.CJK for frag in self.frags
        )

    def draw(self) -> None:
        if not self.faux_bold:
            super().draw()
            return
        canv = self.canv
        canv.saveState()
        # Text render mode 2 (fill, then stroke) is graphics state, restored with it.
        canv.setLineWidth(self.style.fontSize * fonts.FAUX_BOLD_STROKE)
        canv.setStrokeColor(self.style.textColor)
        canv.addLiteral("2 Tr")
        super().draw()
        canv.restoreState()


@cache
def _cjk_style(style: ParagraphStyle) -> ParagraphStyle:
    return ParagraphStyle(f"{style.name}-cjk", parent=style, wordWrap="CJK")


def text_block(text: str, style: ParagraphStyle) -> TextBlock:
    """Plain text as a paragraph in `style` (escaped; fallback fonts where needed)."""
    return TextBlock(fonts.markup(text, style.fontName), style, plain=text)


class Heading(TextBlock):
    """A paragraph that records where it lands, for the PDF outline."""

    def __init__(self, text: str, style: Any, outline: str, level: int, sink: Recorder):
        super().__init__(fonts.markup(text, style.fontName), style, plain=text)
        self.outline = outline
        self.level = level
        self.sink = sink

    def drawOn(self, canvas: Canvas, x: float, y: float, _sW: float = 0) -> None:
        # Inside a table cell the canvas is translated; the matrix gives the height on the page.
        matrix = getattr(canvas, "_currentMatrix", (1, 0, 0, 1, 0, 0))
        top = matrix[3] * (y + self.height) + matrix[5]
        kind = "part" if self.level == 0 else "section"
        self.sink.add(canvas, self.outline, self.level, top, kind)
        super().drawOn(canvas, x, y, _sW)


class LetterBodyForm:
    """The text every letter shares, wrapped once and drawn once into PDF form XObjects.

    Each letter page then places the forms by reference, so a thousand letters cost one copy
    of the body text in the file. One form per paragraph (and per signature label), so each
    letter's structure tree has its own paragraph elements in reading order, each marking the
    form it places (a form's own marked content could belong to one letter only).
    """

    def __init__(self, body: m.LetterBody, geo: Geometry) -> None:
        styles = paragraph_styles()
        self.body = body
        self.geo = geo
        self.width = geo.width - geo.margin_left - geo.margin_right
        self.name = "LetterBody"
        #: Keys of the body's parts in reading order (a structure element each per letter).
        self.keys: list[str] = []
        items: list[tuple[Paragraph, float, float]] = []  # paragraph, height, space after

        def add(text: str, style_name: str, after: float) -> None:
            style = styles[style_name]
            p = text_block(text, style)
            _, h = p.wrap(self.width, 10_000)
            items.append((p, h, after))

        # The inside address: the recipient's full name and office, kept out of the window,
        # where only the postal lines go.
        if body.recipient:
            add(", ".join(body.recipient), "letter", LETTER_LEADING * 0.3)
        if body.subject:
            add(body.subject, "letter-bold", LETTER_LEADING * 0.6)
        add(body.salutation, "letter", LETTER_LEADING * 0.4)
        for text in body.paragraphs:
            add(text, "letter", LETTER_LEADING * 0.5)
        self.items = items
        self.text_height = sum(h + after for _, h, after in items)
        self.personal_height = (
            (9 + body.personal_lines * HANDWRITING_LINE + 6) if body.personal_lines else 0
        )
        # The thanks, below the writer's own words: what they add comes before it.
        items = []
        for text in body.after_words:
            add(text, "letter", LETTER_LEADING * 0.5)
        self.after_items = items
        self.after_height = sum(h + after for _, h, after in items)
        #: A closing on two lines (此致, then 敬礼) keeps its lines.
        self.closing_lines = body.closing.splitlines() or [""]
        # closing lines, room to sign, signature/name row, address row
        self.signature_height = (
            LETTER_LEADING * len(self.closing_lines) + 26 + 12 + HANDWRITING_LINE + 12
        )
        self.height = (
            self.text_height + self.personal_height + self.after_height + self.signature_height
        )
        self.drawn_on: set[int] = set()
        #: Form names of the letter heads (date and recipient) drawn so far, by what
        #: they show: a pack's letters go to a handful of posts, so each head is drawn once.
        self.heads: dict[tuple[int, str, tuple[str, ...]], str] = {}
        #: The fixed parts of a letter as drawn for each post (and date): see LetterPage.
        self.stamps: dict[tuple[int, str, tuple[str, ...]], _Stamp] = {}
        self.drawings = self._drawings()
        self.keys = [key for key, _ in self.drawings if key != "rules"]

    @property
    def half_width(self) -> float:
        """Width of the signature line and of the name line beside it."""
        return self.width * 0.48

    @property
    def top(self) -> float:
        """Distance of the body's top from the top of the sheet: below the window's reach."""
        return self.geo.body_top

    def check_fits(self) -> None:
        """Raise DoesNotFit if the body and signature block run into the bottom margin."""
        room = self.geo.height - self.top - self.geo.letter_bottom
        if self.height > room:
            raise DoesNotFit(f"{self.height - room:.0f} pt too long", self.height - room)

    def signer_problem(self, signer: m.Signer) -> str | None:
        """Why the signer's name or address would not fit on its line, or None."""
        # 2 pt in from each end of the rule, where _signer draws the text.
        return measure.signer_problem(signer, self.half_width - 4, self.width - 4)

    def signer_rows(self) -> tuple[float, float]:
        """Heights (from the body top) of the name and address rules."""
        y_sign = (
            self.text_height
            + self.personal_height
            + self.after_height
            + LETTER_LEADING * len(self.closing_lines)
            + 26
        )
        return y_sign, y_sign + 12 + HANDWRITING_LINE

    def place(self, canv: Canvas, tagger: Tagger, elements: dict[str, StructElement]) -> None:
        """Draw the body at its place on the current page, defining the forms on first use.

        Each part's form is placed inside its letter's element; the rules are artifacts.
        """
        if id(canv) not in self.drawn_on:
            for key, draw in self.drawings:
                canv.beginForm(f"{self.name}-{key}")
                draw(canv)
                canv.endForm()
            self.drawn_on.add(id(canv))
        for key, _ in self.drawings:
            name = f"{self.name}-{key}"
            if key == "rules":
                with tagger.artifact(canv):
                    canv.doForm(name)
            else:
                with tagger.mark(canv, elements[key]):
                    canv.doForm(name)

    def _drawings(self) -> list[tuple[str, Callable[[Canvas], None]]]:
        """(key, drawing) for each part of the body in reading order, and its rules."""
        geo = self.geo
        left = geo.margin_left
        out: list[tuple[str, Callable[[Canvas], None]]] = []
        y = geo.height - self.top  # PDF y of the current top
        keys = (["inside"] if self.body.recipient else []) + (
            ["subject"] if self.body.subject else []
        )
        keys += ["salutation"] + [f"paragraph-{i}" for i in range(len(self.body.paragraphs))]

        def para(paragraph: Paragraph, y: float) -> Callable[[Canvas], None]:
            return lambda canv: paragraph.drawOn(canv, left, y)

        def text(
            x: float, y: float, words: str, face: str, size: float, muted: bool
        ) -> Callable[[Canvas], None]:
            def draw(canv: Canvas) -> None:
                if muted:
                    canv.setFillColor(MUTED)
                else:
                    canv.setFillColorRGB(0, 0, 0)
                draw_text(canv, x, y, words, face, size)  # with fallback faces (any script)

            return draw

        for key, (paragraph, h, after) in zip(keys, self.items, strict=True):
            out.append((key, para(paragraph, y - h)))
            y -= h + after
        label = paragraph_styles()["label"]

        rules: list[tuple[float, float, float]] = []  # x0, x1, y
        if self.body.personal_lines:
            prompt = self.body.personal_prompt
            out.append(("prompt", text(left, y - 8, prompt, label.fontName, label.fontSize, True)))
            line_y = y - 9
            for _ in range(self.body.personal_lines):
                line_y -= HANDWRITING_LINE
                rules.append((left, left + self.width, line_y))
            y -= self.personal_height
        first = len(self.body.paragraphs)
        for i, (paragraph, h, after) in enumerate(self.after_items, start=first):
            out.append((f"paragraph-{i}", para(paragraph, y - h)))
            y -= h + after
        for i, line in enumerate(self.closing_lines):
            key = "closing" if i == 0 else f"closing-{i}"
            at = y - LETTER_SIZE - i * LETTER_LEADING
            out.append((key, text(left, at, line, fonts.SERIF, LETTER_SIZE, False)))
        y_sign, y_address = self.signer_rows()
        base = geo.height - self.top
        half = self.half_width
        for key, x0, x1, row, words in (
            ("signature", left, left + half, y_sign, self.body.signature_label),
            ("name", left + self.width - half, left + self.width, y_sign, self.body.name_label),
            ("address", left, left + self.width, y_address, self.body.address_label),
        ):
            rule_y = base - row
            rules.append((x0, x1, rule_y))
            out.append((key, text(x0, rule_y - 9, words, label.fontName, label.fontSize, True)))

        def draw_rules(canv: Canvas) -> None:
            canv.setStrokeColor(RULE)
            canv.setLineWidth(0.5)
            for x0, x1, rule_y in rules:
                canv.line(x0, rule_y, x1, rule_y)

        out.append(("rules", draw_rules))
        return out


class _Stamp(NamedTuple):
    """What drawing a letter's fixed parts added to the page: its code, the forms it placed,
    and the keys of the elements it marked, in MCID order."""

    code: tuple[str, ...]
    forms: tuple[str, ...]
    keys: tuple[str, ...]


class LetterPage(Flowable):  # type: ignore[misc]
    """One window-envelope letter: a whole page drawn in sheet coordinates."""

    def __init__(
        self,
        letter: m.Letter,
        body: LetterBodyForm,
        sink: Recorder,
        heads: tuple[tuple[str, int, str], ...],
        level: int,
        tagger: Tagger,
        element: StructElement,
    ) -> None:
        super().__init__()
        self.letter = letter
        self.body = body
        self.sink = sink
        self.heads = heads  # outline entries that start on this page: (title, level, kind)
        self.level = level
        self.tagger = tagger
        self.element = element
        # Reading order: the recipient block, the date, then the body top to bottom; each
        # signature label is followed by what is written on its line.
        self.elements = {key: element.add("P") for key in ("recipient", "date", *body.keys)}

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return avail_width, avail_height

    def drawOn(self, canvas: Canvas, x: float, y: float, _sW: float = 0) -> None:
        geo = self.body.geo
        for title, level, kind in self.heads:
            self.sink.add(canvas, title, level, geo.height, kind)
        self.sink.add(canvas, self.letter.bookmark, self.level, geo.height, "letter")
        canvas.saveState()
        self._static(canvas)
        if self.letter.signer:
            self._signer(canvas, self.letter.signer)
        canvas.restoreState()
        self.tagger.close(self.element)  # the letter is drawn: write its elements now

    def _static(self, canv: Canvas) -> None:
        """Fold marks, date, recipient and body: the same on every letter to a post (with the
        same date), so drawn once and the drawing's code repeated on that post's other letters,
        each marking its own elements in the same order."""
        tag = self.tagger
        key = (id(canv), self.letter.date_text, self.letter.recipient)
        stamp = self.body.stamps.get(key)
        if stamp is not None and tag.stamp(canv, [self.elements[k] for k in stamp.keys]):
            canv._code.extend(stamp.code)
            canv._formsinuse.extend(stamp.forms)
            return
        start, forms = len(canv._code), len(canv._formsinuse)
        fresh = tag.page_is_fresh(canv)
        with tag.artifact(canv):
            self._fold_marks(canv)
        self._head(canv)
        self.body.place(canv, tag, self.elements)
        if fresh:  # nothing before it on the page, so its MCIDs are the same on every letter
            marked = sorted(
                (kid.mcid, name)
                for name, element in self.elements.items()
                for kid in element.kids
                if isinstance(kid, MarkedContent)
            )
            self.body.stamps[key] = _Stamp(
                tuple(canv._code[start:]), tuple(canv._formsinuse[forms:]),
                tuple(name for _, name in marked),
            )  # fmt: skip

    def _head(self, canv: Canvas) -> None:
        """Recipient and date: a form XObject for each post (and date), defined on its first
        letter and placed by reference on the rest, like the body; each placed inside this
        letter's own element."""
        # Painted date first, as before; the structure tree reads the recipient first.
        for what, shown, draw in (
            ("date", (self.letter.date_text,), self._date),
            ("recipient", self.letter.recipient, self._recipient),
        ):
            key = (id(canv), what, shown)
            name = self.body.heads.get(key)
            if name is None:
                name = self.body.heads[key] = f"LetterHead{len(self.body.heads) + 1}"
                canv.beginForm(name)
                draw(canv)
                canv.endForm()
            with self.tagger.mark(canv, self.elements[what]):
                canv.doForm(name)

    def _fold_marks(self, canv: Canvas) -> None:
        draw_fold_marks(canv, self.body.geo)

    def _date(self, canv: Canvas) -> None:
        geo = self.body.geo
        canv.setFillColorRGB(0, 0, 0)
        baseline = geo.height - geo.date_top - LETTER_SIZE
        date = self.letter.date_text  # in the letter's language: 2026년 11월 28일 has Hangul
        right = geo.width - geo.margin_right - measure.width(date, fonts.SERIF, LETTER_SIZE)
        draw_text(canv, right, baseline, date, fonts.SERIF, LETTER_SIZE)

    def _recipient(self, canv: Canvas) -> None:
        draw_recipient(canv, self.body.geo, self.letter.recipient)

    def _signer(self, canv: Canvas, signer: m.Signer) -> None:
        geo = self.body.geo
        y_sign, y_address = self.body.signer_rows()
        base = geo.height - self.body.top
        half = self.body.half_width
        x_name = geo.margin_left + self.body.width - half
        # A long name or address shrinks to fit its rule (measure.signer_size, which the check
        # uses too), 2 pt in from each end.
        name_size = measure.signer_size(signer.name, half - 4)
        with self.tagger.mark(canv, self.elements["name"]):
            draw_text(canv, x_name + 2, base - y_sign + 3, signer.name, fonts.SERIF, name_size)
        address = ", ".join(signer.address)
        with self.tagger.mark(canv, self.elements["address"]):
            draw_text(
                canv,
                geo.margin_left + 2,
                base - y_address + 3,
                address,
                fonts.SERIF,
                measure.signer_size(address, self.body.width - 4),
            )


def draw_fold_marks(canv: Canvas, geo: Geometry) -> None:
    """Short ticks in the left margin (3.5 mm from the edge, as KOMA-Script places them) where
    the sheet folds to fit its window envelope, and DIN 5008's hole mark."""
    canv.setStrokeColor(RULE)
    canv.setLineWidth(0.5)
    for top in geo.folds:
        canv.line(10, geo.height - top, 22, geo.height - top)
    if geo.hole_mark:
        canv.line(10, geo.height - geo.hole_mark, 18, geo.height - geo.hole_mark)


def draw_recipient(canv: Canvas, geo: Geometry, recipient: tuple[str, ...]) -> None:
    """The recipient block in the envelope window's address field (measure.fit_window)."""
    field = geo.address
    block = measure.fit_window(recipient, field)
    canv.setFillColorRGB(0, 0, 0)
    draw_lines(canv, field.left, geo.height - field.first_top, block.lines, field.size,
               field.leading)  # fmt: skip


def draw_text(canv: Canvas, x: float, y: float, text: str, primary: str, size: float) -> None:
    """Draw one line of plain text, switching to a fallback font for characters it needs;
    Han characters in a bold line are filled and stroked (fonts.faux_bold)."""
    for run, face in fonts.runs(text, primary):
        canv.setFont(face, size)
        if primary in fonts.BOLD and face == fonts.CJK:
            canv.saveState()
            canv.setLineWidth(size * fonts.FAUX_BOLD_STROKE)
            canv.setStrokeColor(canv._fillColorObj)
            canv.drawString(x, y, run, mode=2)
            canv.restoreState()
        else:
            _show(canv, x, y, run, face, size)
        x += canv.stringWidth(run, face, size)


def _show(canv: Canvas, x: float, y: float, text: str, face: str, size: float) -> None:
    """What canvas.drawString writes for a TrueType font, without its text object: one text
    block placing the string at (x, y) in the font's subsets (a letter's name and address and
    every label are drawn this way, thousands of times in a big pack)."""
    font = pdfmetrics.getFont(face)
    doc = canv._doc
    code = [f"BT 1 0 0 1 {fp_str(x)} {fp_str(y)} Tm"]
    for subset, chunk in font.splitString(text, doc):
        name = font.getSubsetInternalName(subset, doc)
        code.append(f"{name} {fp_str(size)} Tf ({canv._escape(chunk)}) Tj")
    code.append("ET")
    canv._code.append(" ".join(code))


def draw_lines(
    canv: Canvas,
    x: float,
    top: float,
    lines: tuple[tuple[str, float], ...],
    size: float,
    leading: float,
    face: str = fonts.SANS,
) -> None:
    """Draw fitted lines with the first line's text top at `top` (PDF coordinates)."""
    for i, (text, indent) in enumerate(spaced(lines)):
        draw_text(canv, x + indent, top - size - i * leading, text, face, size)
