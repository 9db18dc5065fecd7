"""The window-envelope letter page: what every letter to a post shares drawn once into a content
stream each of its pages lists, then each letter's own signer and headings.

A letter is read as it is seen (ISO 14289-1 7.2): its heading (the post it goes to), the date
and the window address in the order they stand on the page, the body top to bottom, and each
signature line's label with what is written on it. Its text is drawn in the page's own content,
never in a form XObject: a reader that does not open forms still finds every paragraph.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any, NamedTuple

from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph

from packbuilder import model as m
from packbuilder.errors import DoesNotFit
from packbuilder.layout import fonts, measure, shaping
from packbuilder.layout.flowables import (
    Recorder,
    draw_fold_marks,
    draw_recipient,
    draw_text,
    text_block,
)
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
from packbuilder.pdf.tagging import Tagger

#: The line a writer dates the letter on ("Date: ______"): decoration, read as "Date:".
_BLANK = re.compile(r"_+$")


class LetterBody:
    """The text every letter shares, wrapped once: its parts in reading order, each drawn by
    a function, and how tall the whole is."""

    def __init__(self, body: m.LetterBody, geo: Geometry) -> None:
        styles = paragraph_styles()
        self.body = body
        self.geo = geo
        self.width = geo.width - geo.margin_left - geo.margin_right
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
        #: What the letters to each post (with the same date) share: see LetterPage._static.
        self.stamps: dict[tuple[int, str, str, tuple[str, ...]], _Stamp] = {}
        self.drawings = self._drawings()
        #: Keys of the body's parts in reading order (a structure element each per letter).
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
        """Draw the body at its place on the current page, each part inside its letter's
        element; the rules are artifacts."""
        for key, draw in self.drawings:
            if key == "rules":
                with tagger.artifact(canv):
                    draw(canv)
            else:
                with tagger.mark(canv, elements[key]):
                    draw(canv)

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
    """The content stream a post's letters share, and the keys of the elements it marks, in
    MCID order."""

    stream: int
    keys: tuple[str, ...]


class LetterPage(Flowable):  # type: ignore[misc]
    """One window-envelope letter: a whole page drawn in sheet coordinates."""

    def __init__(
        self,
        letter: m.Letter,
        body: LetterBody,
        sink: Recorder,
        heads: tuple[tuple[str, int, str], ...],
        level: int,
        tagger: Tagger,
        element: StructElement,
        above: tuple[tuple[str, StructElement], ...] = (),
    ) -> None:
        super().__init__()
        self.letter = letter
        self.body = body
        self.sink = sink
        self.heads = heads  # outline entries that start on this page: (title, level, kind)
        self.level = level
        self.tagger = tagger
        self.element = element
        self.above = above
        geo = body.geo
        # Reading order is the page's: the date before the window address where it stands
        # above it (a US letter), after it where it stands lower (DIN 5008's information
        # block); then the body top to bottom, each signature label followed by what is
        # written on its line.
        head = ["date", "recipient"]
        if geo.address.first_top < geo.date_top:
            head.reverse()
        heading = element.add(f"H{level + 1}")
        self.elements = {"heading": heading}
        self.elements.update((key, element.add("P")) for key in (*head, *body.keys))
        self.order = tuple(head)

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return avail_width, avail_height

    def drawOn(self, canvas: Canvas, x: float, y: float, _sW: float = 0) -> None:
        geo = self.body.geo
        for title, level, kind in self.heads:
            self.sink.add(canvas, title, level, geo.height, kind)
        self.sink.add(canvas, self.letter.bookmark, self.level, geo.height, "letter")
        canvas.saveState()
        self._static(canvas)
        for text, element in self.above:
            with self.tagger.mark(canvas, element):
                self._unseen(canvas, text)
        if self.letter.signer:
            self._signer(canvas, self.letter.signer)
        canvas.restoreState()
        self.tagger.close(self.element)  # the letter is drawn: write its elements now

    def _static(self, canv: Any) -> None:
        """Heading, fold marks, date, recipient and body: the same on every letter to a post
        (with the same date), so drawn once into a content stream of their own that the
        post's other letters list, each marking its own elements in the same order."""
        tag = self.tagger
        letter = self.letter
        key = (id(canv), letter.bookmark, letter.date_text, letter.recipient)
        stamp = self.body.stamps.get(key)
        if stamp is not None and tag.stamp(canv, [self.elements[k] for k in stamp.keys]):
            canv.place(stamp.stream)
            return
        start = len(canv._code)
        fresh = tag.page_is_fresh(canv)
        with tag.mark(canv, self.elements["heading"]):
            self._unseen(canv, letter.bookmark)
        with tag.artifact(canv):
            draw_fold_marks(canv, self.body.geo)
        for what in self.order:
            if what == "date":
                self._date(canv)
            else:
                with tag.mark(canv, self.elements["recipient"]):
                    draw_recipient(canv, self.body.geo, letter.recipient)
        self.body.place(canv, tag, self.elements)
        if fresh:  # nothing before it on the page, so its MCIDs are the same on every letter
            marked = sorted(
                (kid.mcid, name)
                for name, element in self.elements.items()
                for kid in element.kids
                if isinstance(kid, MarkedContent)
            )
            stream = canv.share(start)
            self.body.stamps[key] = _Stamp(stream, tuple(name for _, name in marked))

    def _unseen(self, canv: Canvas, text: str) -> None:
        """A heading a screen reader lists and the page does not print: text in render mode 3
        (neither filled nor stroked) at the top of the sheet, where it would stand."""
        geo = self.body.geo
        canv.saveState()
        canv.addLiteral("3 Tr")
        draw_text(canv, geo.margin_left, geo.height - geo.margin_top, text, fonts.SERIF,
                  LETTER_SIZE)  # fmt: skip
        canv.restoreState()

    def _date(self, canv: Canvas) -> None:
        """The date at the right margin; a line to date the letter by hand is decoration, so
        the field is read as its label ("Date:"), not as a row of underscores."""
        geo = self.body.geo
        canv.setFillColorRGB(0, 0, 0)
        baseline = geo.height - geo.date_top - LETTER_SIZE
        date = self.letter.date_text  # in the letter's language: 2026년 11월 28일 has Hangul
        right = geo.width - geo.margin_right - measure.width(date, fonts.SERIF, LETTER_SIZE)
        blank = _BLANK.search(date)
        words = date[: blank.start()] if blank else date
        with self.tagger.mark(canv, self.elements["date"]):
            draw_text(canv, right, baseline, words, fonts.SERIF, LETTER_SIZE)
        if blank:
            at = right + measure.width(words, fonts.SERIF, LETTER_SIZE)
            with self.tagger.artifact(canv):
                draw_text(canv, at, baseline, blank.group(), fonts.SERIF, LETTER_SIZE)

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
            x = _start(signer.name, x_name + 2, x_name + half - 2, name_size)
            draw_text(canv, x, base - y_sign + 3, signer.name, fonts.SERIF, name_size)
        lines, size = measure.signer_address(signer.address, self.body.width - 4)
        right = geo.margin_left + self.body.width - 2
        with self.tagger.mark(canv, self.elements["address"]):
            for above, line in enumerate(reversed(lines)):
                # A second line goes above the first, as close as labels set theirs.
                y = base - y_address + 3 + above * size * measure.CLOSEST_LEADING
                x = _start(line, geo.margin_left + 2, right, size)
                draw_text(canv, x, y, line, fonts.SERIF, size)


def _start(line: str, left: float, right: float, size: float) -> float:
    """Where a line on a ruled field starts: at the field's left, but a line in Arabic or
    Hebrew alone starts at its right, where its reader begins (so it ends at `right`)."""
    if not shaping.right_to_left(line):
        return left
    return right - measure.width(line, fonts.SERIF, size)
