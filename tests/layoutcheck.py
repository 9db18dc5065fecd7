"""Layout faults a reader sees on the printed page, read back from a built PDF with pypdfium2:
glyph positions, drawn objects' bounds and the outline, all in points (issue 24).

- a page whose foot is more than a third empty, unless a part (or a letter) ends on it;
- a paragraph whose last line is one short word (where the line above had room to share);
- a web address alone at the top of a page (its source entry left on the page before);
- anything drawn past the left or right margin on a page of running text;
- a line break inside a name the content itself gives (posts, cities, countries).
"""

from __future__ import annotations

import ctypes
import itertools
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as raw

from pdfcheck import outline


@dataclass
class Line:
    """One line of text as printed: a run of glyphs on one baseline with no column gap."""

    text: str = ""
    left: float = 1e9
    right: float = -1e9
    bottom: float = 1e9
    top: float = -1e9
    size: float = 0.0
    chars: list[tuple[float, float, float, float]] = field(default_factory=list)

    @property
    def width(self) -> float:
        return self.right - self.left

    def add(self, char: str, box: tuple[float, float, float, float], size: float) -> None:
        self.text += char
        if char.isspace() or box[2] <= box[0]:
            return
        self.chars.append(box)
        self.left, self.right = min(self.left, box[0]), max(self.right, box[2])
        self.bottom, self.top = min(self.bottom, box[1]), max(self.top, box[3])
        self.size = max(self.size, size)


@dataclass
class Page:
    """A page read back: its size, its lines of text and the bounds of what is drawn on it."""

    number: int  # 1-based, as a reader counts
    width: float
    height: float
    lines: list[Line]
    #: (left, bottom, right, top) of every object other than text drawn on the page (a form
    #: as one object).
    drawn: list[tuple[float, float, float, float]]

    @property
    def blank(self) -> bool:
        return not self.lines and not self.drawn


def read_pages(path: Path) -> list[Page]:
    """Every page's lines and drawn objects."""
    pdf = pdfium.PdfDocument(str(path))
    try:
        pages = []
        for index, page in enumerate(pdf):
            width, height = page.get_size()
            tp = page.get_textpage()
            count = tp.count_chars()
            text = tp.get_text_range(0, count)
            lines: list[Line] = []
            line = Line()
            for i in range(count):
                char = text[i] if i < len(text) else ""
                if char in "\r\n":
                    lines.append(line)
                    line = Line()
                    continue
                box = tp.get_charbox(i)
                size = raw.FPDFText_GetFontSize(tp.raw, i)
                # A gap of two ems on one line (pdfium ends lines itself): a table column.
                if (
                    line.chars
                    and box[2] > box[0]
                    and not char.isspace()
                    and box[0] - line.chars[-1][2] > 2 * max(size, line.size)
                ):
                    lines.append(line)
                    line = Line()
                line.add(char, box, size)
            lines.append(line)
            lines = _joined([x for x in lines if x.text.strip() and x.chars])
            drawn = [
                _bounds(obj)
                for obj in page.get_objects(max_depth=0)
                if obj.type != raw.FPDF_PAGEOBJ_TEXT
            ]
            pages.append(
                Page(
                    index + 1,
                    width,
                    height,
                    [x for x in lines if x.text.strip() and x.chars],
                    drawn,
                )
            )
        return pages
    finally:
        pdf.close()


def _joined(lines: list[Line]) -> list[Line]:
    """pdfium's lines with a superscript's own line put back into the line it is raised from
    (pdfium ends a line where the baseline rises): "줍니다." and "61,62 비자" are one line."""
    out: list[Line] = []
    for line in lines:
        last = out[-1] if out else None
        if (
            last is not None
            and 0 <= line.left - last.right < 2 * max(line.size, last.size)
            and line.bottom < last.top
            and last.bottom < line.top
        ):
            for box in line.chars:
                last.chars.append(box)
                last.left, last.right = min(last.left, box[0]), max(last.right, box[2])
                last.bottom, last.top = min(last.bottom, box[1]), max(last.top, box[3])
            last.text += line.text
            last.size = max(last.size, line.size)
            continue
        out.append(line)
    return out


def _bounds(obj: pdfium.PdfObject) -> tuple[float, float, float, float]:
    """Where an object draws ink: a path's points (and half its stroke) in page space, a text
    any other object's bounds (pdfium's own bounds of a path add a whole stroke width each
    side). Text is measured by its glyphs (`Line`)."""
    if obj.type != raw.FPDF_PAGEOBJ_PATH:
        return obj.get_bounds()
    matrix = obj.get_matrix()
    xs, ys = [], []
    x, y = ctypes.c_float(), ctypes.c_float()
    for i in range(raw.FPDFPath_CountSegments(obj.raw)):
        segment = raw.FPDFPath_GetPathSegment(obj.raw, i)
        raw.FPDFPathSegment_GetPoint(segment, ctypes.byref(x), ctypes.byref(y))
        px, py = matrix.on_point(x.value, y.value)
        xs.append(px)
        ys.append(py)
    if not xs:
        return obj.get_bounds()
    fill, stroke = ctypes.c_int(), ctypes.c_int()
    raw.FPDFPath_GetDrawMode(obj.raw, ctypes.byref(fill), ctypes.byref(stroke))
    half = 0.0
    if stroke.value:
        width = ctypes.c_float()
        raw.FPDFPageObj_GetStrokeWidth(obj.raw, ctypes.byref(width))
        half = width.value / 2
    return min(xs) - half, min(ys) - half, max(xs) + half, max(ys) + half


def part_ends(path: Path, pages: list[Page]) -> set[int]:
    """Pages (1-based) on which a part or a letter ends: the last page before a blank page
    (duplex starts parts and letters on a right-hand page), before a part's first page, or
    the pack's last page."""
    starts = {entry.page + 1 for entry in outline(path) if entry.level == 0}
    ends = {pages[-1].number}
    for page, after in itertools.pairwise(pages):
        if after.blank or after.number in starts:
            ends.add(page.number)
    return ends


@dataclass(frozen=True)
class Margins:
    left: float
    right: float
    top: float
    bottom: float


LETTER_MARGINS = Margins(72, 72, 54, 54)
A4_MARGINS = Margins(25 * 72 / 25.4, 20 * 72 / 25.4, 20 * 72 / 25.4, 20 * 72 / 25.4)


def body_lines(page: Page, margins: Margins) -> list[Line]:
    """The page's lines between its top and bottom margins (running heads and feet aside)."""
    return [
        line
        for line in page.lines
        if line.bottom > margins.bottom - 2 and line.top < page.height - margins.top + 2
    ]


def running_text(page: Page, margins: Margins) -> bool:
    """A page of running text: it carries a page number in its foot (letters and sheets drawn
    a whole sheet at a time do not)."""
    return any(line.top < margins.bottom and re.search(r"\d", line.text) for line in page.lines)


def empty_feet(
    pages: list[Page], margins: Margins, ends: set[int], limit: float = 1 / 3
) -> list[str]:
    """Pages of running text whose foot is more than `limit` of the text area empty, where no
    part ends."""
    found = []
    for page in pages:
        if page.blank or page.number in ends or not running_text(page, margins):
            continue
        area = page.height - margins.top - margins.bottom
        boxes = [*page.drawn, *((x.left, x.bottom, x.right, x.top) for x in page.lines)]
        inside = [b for b in boxes if b[3] > margins.bottom + 1]
        if not inside:
            continue
        lowest = min(b[1] for b in inside)
        empty = lowest - margins.bottom
        if empty > limit * area:
            found.append(f"page {page.number}: {empty / 72:.1f} in empty at the foot")
    return found


#: Han and kana: text written without spaces between words.
CLOSE_SET = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]")

#: A word short enough that alone on a paragraph's last line it reads as a stray.
SHORT_WORD = 12


def lone_words(pages: list[Page], margins: Margins) -> list[str]:
    """Paragraph (or table cell) ends whose last line holds one short word, under a line of
    the same paragraph with two words or more (which could have given one up)."""
    found = []
    for page in pages:
        lines = body_lines(page, margins)
        for line in lines:
            word = line.text.strip()
            # In Chinese and Japanese a line of one word is a line of a character or two.
            short = 3 if CLOSE_SET.search(word) else SHORT_WORD
            if " " in word or "\u00a0" in word or len(word) > short or "/" in word:
                continue
            above = _line_above(line, lines)
            if above is None or len(above.text.split()) < 2:
                continue
            if _line_below(line, lines) is not None:
                continue  # not the paragraph's last line
            if line.width < 0.4 * above.width:
                found.append(f"page {page.number}: {above.text.strip()[-24:]!r} / {word!r}")
    return found


def _line_above(line: Line, lines: Iterable[Line]) -> Line | None:
    """The line just above in the same paragraph: same size, one leading up, same column."""
    best = None
    for other in lines:
        if other is line or abs(other.size - line.size) > 0.5:
            continue
        gap = other.bottom - line.bottom
        if not 0.5 * line.size < gap < 1.7 * line.size:
            continue
        if abs(other.left - line.left) > 3 * line.size or other.right < line.left:
            continue
        if best is None or other.bottom < best.bottom:
            best = other
    return best


def _line_below(line: Line, lines: Iterable[Line]) -> Line | None:
    for other in lines:
        # Only a continuation of the same paragraph: not indented back out to a new item.
        if (
            other is not line
            and _line_above(other, [line]) is line
            and abs(other.left - line.left) < 1
        ):
            return other
    return None


URL = re.compile(r"^(https?://|www\.)|^[\w.-]+\.(org|com|net|int|gov|kr|cn|edu)(/|$)")


def stranded_urls(pages: list[Page], margins: Margins) -> list[str]:
    """Pages whose first line of text is a web address (or the rest of one): its entry began
    on the page before."""
    found = []
    for page in pages:
        lines = body_lines(page, margins)
        if not lines:
            continue
        first = max(lines, key=lambda x: (x.top, -x.left))
        text = first.text.strip()
        if URL.search(text) or re.match(r"^[\w/%.-]+\.(html?|pdf|aspx?)$", text):
            found.append(f"page {page.number}: {text[:60]!r} at the top")
    return found


def past_margins(pages: list[Page], margins: Margins, tolerance: float = 0.5) -> list[str]:
    """Objects drawn past the left or right margin on pages of running text, in points."""
    found = []
    for page in pages:
        if not running_text(page, margins):
            continue
        # A glyph's outline may reach a little past its advance (the hook of an "f"): text
        # gets a point more.
        boxes = [(*b, tolerance) for b in page.drawn]
        boxes += [(x.left, x.bottom, x.right, x.top, tolerance + 1) for x in page.lines]
        for left, bottom, right, top, allowed in boxes:
            if top < margins.bottom or bottom > page.height - margins.top:
                continue  # the running foot and head
            over = max(margins.left - left, right - (page.width - margins.right))
            if over > allowed:
                found.append(
                    f"page {page.number}: object at x {left:.1f}-{right:.1f} is {over:.1f} pt"
                    " past the margin"
                )
    return found


def broken_names(pages: list[Page], names: Iterable[str]) -> list[str]:
    """Line ends inside one of `names`: at a space in it ("San / Francisco") or between two of
    its letters ("Consulate Genera / l")."""
    found = []
    # A Chinese or Japanese name may break between its characters, as all their text does.
    wanted = {
        " ".join(n.split()).casefold()
        for n in names
        if (len(n.split()) > 1 or len(n) > 3) and not CLOSE_SET.search(n)
    }
    for page in pages:
        for before, after in _line_pairs(page):
            end = " ".join(before.text.split())
            start = " ".join(after.text.split())
            for joined, cut in ((f"{end} {start}", len(end) + 1), (end + start, len(end))):
                folded = joined.casefold()
                for name in wanted:
                    at = folded.find(name, max(0, cut - len(name)))
                    whole = not folded[at + len(name) : at + len(name) + 1].isalnum()
                    if 0 <= at < cut < at + len(name) and whole:
                        found.append(f"page {page.number}: {end[-24:]!r} / {start[:24]!r}")
    return sorted(set(found), key=found.index)


def _line_pairs(page: Page) -> list[tuple[Line, Line]]:
    """Each line with the next line of its paragraph (or table cell)."""
    lines = sorted(page.lines, key=lambda x: (-round(x.bottom), x.left))
    return [(above, line) for line in lines if (above := _line_above(line, lines)) is not None]


def crowded_superscripts(path: Path, least: float = 1.0, text_size: float = 8.5) -> list[str]:
    """Citation superscripts (small raised digits) closer than `least` points to a glyph of
    the line above them, in text of at most `text_size` (tables and notes)."""
    found = []
    pdf = pdfium.PdfDocument(str(path))
    try:
        for number, page in enumerate(pdf, 1):
            tp = page.get_textpage()
            glyphs = []
            for i in range(tp.count_chars()):
                char = chr(raw.FPDFText_GetUnicode(tp.raw, i))
                if char.strip():
                    glyphs.append((char, tp.get_charbox(i), raw.FPDFText_GetFontSize(tp.raw, i)))
            small = [g for g in glyphs if g[2] <= text_size]
            for char, box, size in small:
                if not char.isdigit():
                    continue
                above = [
                    b
                    for _, b, s in small
                    if s > size + 1 and b[0] < box[2] and b[2] > box[0] and b[1] > box[1] + 1
                ]
                if above and (gap := min(b[1] for b in above) - box[3]) < least:
                    found.append(f"page {number}: a superscript {gap:.2f} pt under the line above")
    finally:
        pdf.close()
    return found


def faults(path: Path, margins: Margins, names: Iterable[str] = ()) -> list[str]:
    """Every layout fault on every page of the pack at `path`."""
    pages = read_pages(path)
    ends = part_ends(path, pages)
    return [
        *empty_feet(pages, margins, ends),
        *lone_words(pages, margins),
        *stranded_urls(pages, margins),
        *past_margins(pages, margins),
        *broken_names(pages, names),
    ]
