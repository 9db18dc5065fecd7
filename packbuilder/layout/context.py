"""What every part's renderer shares: the Context (styles, page geometry, the structure tree,
the helpers that make tagged paragraphs, boxes and tables, the problems found so far) and the
PartBreak that starts a part's pages."""

from __future__ import annotations

from typing import Any, Protocol

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle
from reportlab.platypus.doctemplate import ActionFlowable

from packbuilder import model as m
from packbuilder.errors import Problem
from packbuilder.language.scripts import main_script
from packbuilder.language.ties import Names, tie_last_words
from packbuilder.layout import fonts, measure, shaping
from packbuilder.layout.flowables import Heading, Recorder, TextBlock, draw_text, text_block
from packbuilder.layout.keeping import KeepOrSplit
from packbuilder.layout.styles import ACCENT, RULE, TINT, Geometry, paragraph_styles
from packbuilder.pdf.structure import StructElement
from packbuilder.pdf.tagging import TaggedParagraph, Tagger

#: Width of a box's accent rule, down its left side.
_ACCENT_RULE = 3

#: Padding inside the body frame, on each side: none, so running text, boxes and tables all
#: start on the margin (ReportLab's default 6 pt set the text in from boxes and tables).
FRAME_PADDING = 0


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
        #: The language each script is read in (/Lang), from the pack's and the letter's.
        self.script_languages = script_languages(
            document.meta.language, document.letter_language or document.meta.language
        )
        #: No line breaks inside the names the content gives (posts, cities, countries).
        self.tie = Names(document.names)
        #: Citations link to their source's entry where the pack prints the sources.
        self.cite_links = any(isinstance(part, m.SourceList) for part in document.parts)
        tagger.cite_words, tagger.cite_lang = self.words.source_link, document.meta.language

    def problem(self, origin: m.Origin | None, message: str) -> None:
        """Note a located problem; layout raises them all together once the story is built."""
        if origin is not None:
            self.problems.append(origin.problem(message))

    def section(self, title: str) -> StructElement:
        """Start a part's structure element; what follows goes into it."""
        self.parent = self.tagger.root.add("Sect", title=title)
        return self.parent

    def p(
        self, text: str, style: str = "body", role: str = "P", into: StructElement | None = None
    ) -> Paragraph:
        """Plain text (never markup) as a tagged paragraph: no line breaks inside a name, and
        its last line holds two words (when they are short enough to share it)."""
        shown = tie_last_words(self.tie(text))
        return self.tagged(text_block(shown, self.styles[style]), role, into, text=text)

    def line(self, text: str, style: str, into: StructElement) -> LineCell:
        """Plain text for a table cell that is usually one short line (a sign-in sheet's
        number, name, e-mail): drawn directly, a paragraph only when it needs more lines."""
        self.speak(into, text)
        return LineCell(text, self.styles[style], self.tagger, into)

    def tagged(
        self,
        para: TaggedParagraph,
        role: str = "P",
        into: StructElement | None = None,
        links: tuple[str, ...] = (),
        text: str = "",
    ) -> TaggedParagraph:
        """`para` as the content of `into`, or of a new `role` element in the current part,
        read in the language of `text` (its words without markup)."""
        element = into if into is not None else self.parent.add(role)
        self.speak(element, text)
        para.tag(self.tagger, element, links)
        return para

    def speak(self, element: StructElement, text: str) -> None:
        """Give `element` the language of `text` (/Lang, by its script) where it differs from
        the language `element` is read in already, so a screen reader switches voice."""
        found = main_script(text)
        if found is None:
            return
        lang = self.script_languages[found]
        if _primary(lang) != _primary(self.read_in(element)):
            element.lang = lang

    def read_in(self, element: StructElement | None) -> str:
        """The language `element` is read in: its own /Lang, its nearest ancestor's or the
        pack's."""
        while element is not None:
            if element.lang:
                return element.lang
            element = element.parent
        return self.document.meta.language

    def rich(
        self, paragraph: m.Paragraph, style: str = "body", into: StructElement | None = None
    ) -> Paragraph:
        """A model paragraph with its citations as superscript numbers."""
        s = self.styles[style]
        out: list[str] = []
        cites: list[str] = []

        def flush() -> None:
            # Neighbouring citations print as one "12,13", never as "1213", set tight against
            # the word before them ("1982.⁴"). Each number is a link to its source's entry,
            # read "source 4" (Tagger._on_cite marks it as it is drawn), so a reader never
            # hears "202561" where "2025" is cited.
            numbers = sorted(cites, key=int)
            if self.cite_links:
                numbers = [f'<onDraw name="cite" label="{n}"/>{n}<onDraw name="cite" '
                           'label="end"/>' for n in numbers]  # fmt: skip
            out.append(f"<super>{','.join(numbers)}</super>")
            cites.clear()

        # The paragraph's last two words share its last line: the last text with a space
        # inside holds them (a "." after the last citation holds none).
        end = max(
            (
                k
                for k, i in enumerate(paragraph.inlines)
                if isinstance(i, m.Text) and " " in i.text.strip()
            ),
            default=-1,
        )
        for k, item in enumerate(paragraph.inlines):
            if isinstance(item, m.Cite):
                cites.append(str(item.number))
                continue
            if cites:
                flush()
            shown = self.tie(item.text)
            out.append(fonts.markup(tie_last_words(shown) if k == end else shown, s.fontName))
        if cites:
            flush()
        plain = "".join(i.text for i in paragraph.inlines if isinstance(i, m.Text))
        return self.tagged(TextBlock("".join(out), s, plain=plain), into=into, text=plain)

    def heading(self, text: str, style: str, level: int) -> Heading:
        """A heading that is also a bookmark at outline `level`."""
        heading = Heading(text, self.styles[style], text, level, self.marks)
        return self.tagged(heading, f"H{level + 1}", text=text)

    def boxed(self, flowables: list[Any], lead: int | None = None) -> Flowable:
        """A shaded box with an accent rule, across the frame. With `lead`, a box that may
        split between pages: its first `lead` flowables stay with the one after them, then
        each flowable is a row it may split after (KeepOrSplit says when)."""
        rows = [flowables] if lead is None else [flowables[: lead + 1]]
        if lead is not None:
            rows += [[f] for f in flowables[lead + 1 :]]
        # The accent rule is drawn centred on the box's left edge: the edge sits half the rule
        # in from the margin, so the rule's outer side is on the margin like the text's.
        table = Table(
            [[row] for row in rows],
            colWidths=[self.frame_width - _ACCENT_RULE / 2],
            renderCB=self.tagger.table_callback(),
            hAlign="RIGHT",
        )
        # A box around text, not a data table: its shading and rule are artifacts.
        style = [
            # Table sets its cell font even around flowables: keep it an embedded one.
            ("FONT", (0, 0), (-1, -1), fonts.SANS, 8),
            ("BACKGROUND", (0, 0), (-1, -1), TINT),
            ("LINEBEFORE", (0, 0), (0, -1), _ACCENT_RULE, ACCENT),
            ("LEFTPADDING", (0, 0), (-1, -1), 10),
            ("RIGHTPADDING", (0, 0), (-1, -1), 10),
            ("TOPPADDING", (0, 0), (-1, 0), 8),
            ("BOTTOMPADDING", (0, -1), (-1, -1), 6),
        ]
        # Between rows, the space the flowables would have had in one cell.
        for i, row in enumerate(rows[:-1]):
            style.append(("BOTTOMPADDING", (0, i), (-1, i), row[-1].getSpaceAfter()))
            style.append(("TOPPADDING", (0, i + 1), (-1, i + 1), rows[i + 1][0].getSpaceBefore()))
        # Where a box splits, each half gets the box's own padding at the cut.
        style.append(("TOPPADDING", (0, "splitfirst"), (-1, "splitfirst"), 8))
        style.append(("BOTTOMPADDING", (0, "splitlast"), (-1, "splitlast"), 6))
        table.setStyle(TableStyle(style))
        return table if lead is None else KeepOrSplit(table, self.frame_height)

    def table_cells(self, columns: int) -> TableCells:
        """Structure elements of a data table in the current part, filled row by row."""
        return TableCells(self.parent.add("Table"), columns)

    def drive_fields(self, heading: str) -> list[Any]:
        """The lines for the drive's name, date and place at the top of a form."""
        return [self.p(heading, "meta"), self.p(self.words.drive_fields, "body"), Spacer(1, 4 * mm)]

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


def script_languages(pack: str, letter: str) -> dict[str, str]:
    """The language tag text in each script (language.scripts.main_script) is read in, for a
    pack in language `pack` whose letter is in `letter`: Hangul Korean, kana Japanese, Han the
    pack's or the letter's Chinese or Japanese (else Chinese), other letters the pack's or the
    letter's language where it is not East Asian (else English)."""
    east = {"ko", "ja", "zh"}
    han = next((t for t in (pack, letter) if _primary(t) in ("zh", "ja")), "zh")
    other = next((t for t in (pack, letter) if _primary(t) not in east), "en")
    return {"hangul": "ko", "kana": "ja", "han": han, "other": other}


def _primary(tag: str) -> str:
    """A language tag's primary language ('zh-Hans' -> 'zh')."""
    return tag.replace("_", "-").split("-")[0].lower()


class TableCells:
    """A data table's structure (Table > TR > TH/TD), made row by row as the cells are."""

    def __init__(self, table: StructElement, columns: int) -> None:
        self.table = table
        self.columns = columns
        self.tr = table.add("TR")

    def header(self) -> StructElement:
        """A column header cell in the first row."""
        return self.tr.add("TH", table=(("Scope", "Column"),))

    def row(self) -> None:
        self.tr = self.table.add("TR")

    def cell(self, role: str = "TD", scope: str = "", span: int = 1) -> StructElement:
        attrs: tuple[tuple[str, str | int], ...] = (("Scope", scope),) if scope else ()
        if span > 1:
            attrs += (("ColSpan", span),)
        return self.tr.add(role, table=attrs)

    def blank(self) -> str:
        """An empty cell (a box to write in): an element so every row has all its columns."""
        self.tr.add("TD")
        return ""


class LineCell(Flowable):  # type: ignore[misc]
    """One line of plain text in a table cell, placed as a one-line paragraph places it (its
    baseline one font size below its top) without ReportLab's paragraph machinery, which a
    sign-in sheet of 20,000 signers would run 60,000 times; text wider than the cell becomes
    a wrapped paragraph, but for a Thai or Hindi name, which a paragraph would not shape
    (layout/shaping.py): that one line is set smaller to fit."""

    def __init__(self, text: str, style: Any, tagger: Tagger, element: StructElement) -> None:
        super().__init__()
        self.text, self.style, self.tagger, self.element = text, style, tagger, element
        self.para: TaggedParagraph | None = None
        self.size = style.fontSize

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        style = self.style
        room = avail_width - style.leftIndent - style.rightIndent
        wide = measure.width(self.text, style.fontName, style.fontSize)
        if wide > room and any(
            f in shaping.SHAPED for _, f in fonts.runs(self.text, style.fontName)
        ):
            self.size = style.fontSize * room / wide
        elif self.para is None and wide > room:
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
                      style.fontName, self.size)  # fmt: skip
