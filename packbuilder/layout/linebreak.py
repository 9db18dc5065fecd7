"""Chinese and Japanese paragraphs cut into lines where language.linebreak allows, built from
ReportLab's own line objects.

ReportLab's CJK wrapping breaks between any two characters and keeps only one closing mark
from starting a line: a table cell began lines with ：and ；, a source split "2012年2 / 月27日",
a fax number ended a line with （. This fills each line the same way (character by character,
as wide as it goes) and then steps back to the last place a line may break.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus.paragraph import ParaLines, cjkU, makeCJKParaLine

from packbuilder.language.linebreak import FORCED, FREE, NEVER, break_opportunities
from packbuilder.language.scripts import NO_LINE_START

#: ReportLab's tolerance when a line's width is compared with the room (paragraph._FUZZ).
_FUZZ = 1e-6


class CJKLines:
    """A ReportLab paragraph (mixin) whose wordWrap="CJK" lines break where
    language.linebreak allows."""

    def breakLinesCJK(self, width: Any) -> Any:  # ReportLab's name
        return break_lines(self, width)


def break_lines(paragraph: Any, widths: Any) -> Any:
    """A CJK-wrapped ReportLab paragraph's lines."""
    if getattr(paragraph, "_splitpara", 0) and hasattr(paragraph, "blPara"):
        return paragraph.blPara  # the second half of a split paragraph keeps its lines
    widths = list(widths) if isinstance(widths, list | tuple) else [widths]
    widths = bullet_room(widths, paragraph.bulletText, paragraph.style)
    bounds = getattr(paragraph, "autoLeading", getattr(paragraph.style, "autoLeading", ""))
    return cjk_lines(paragraph.frags, widths, bounds not in ("", "off"))


def cjk_lines(frags: Sequence[Any], widths: list[float], calc_bounds: bool) -> Any:
    """The paragraph fragments `frags` broken into lines of `widths` (the last repeats)."""
    units = []
    for f in frags:  # one unit per character; an empty fragment (a line break) is one too
        text = f.text or ""
        units += [cjkU(char, f, "utf8") for char in text] if text else [cjkU("", f, "utf8")]
    allowed = break_opportunities("".join(u or "\u200b" for u in units))
    for i, unit in enumerate(units):
        if getattr(unit.frag, "rise", 0) > 0 or getattr(unit.frag, "super", 0):
            allowed[i] = min(allowed[i], FORCED)  # a citation stays with the word it follows
    for i in range(_last_letters(units), len(units)):
        allowed[i] = NEVER  # the paragraph's last line holds more than a character or two
    lines: list[Any] = []
    used = 0.0
    begin = 0
    i = 0
    while i < len(units):
        room = widths[min(len(lines), len(widths) - 1)]
        unit = units[i]
        if used + unit.width > room + _FUZZ and i > begin:
            at = _break_at(allowed, begin, i)
            width = sum(u.width for u in units[begin:at])
            line = makeCJKParaLine(units[begin:at], room, width, room - width, False, calc_bounds)
            lines.append(line)
            begin, used = at, sum(u.width for u in units[at:i])
            continue
        used += unit.width
        i += 1
        if hasattr(unit.frag, "lineBreak"):
            line = makeCJKParaLine(units[begin:i], room, used, room - used, True, calc_bounds)
            lines.append(line)
            begin, used = i, 0.0
    if begin < len(units):
        room = widths[min(len(lines), len(widths) - 1)]
        lines.append(makeCJKParaLine(units[begin:], room, used, room - used, False, calc_bounds))
    return ParaLines(kind=1, lines=lines)


#: The fewest characters (letters, not punctuation or citations) a paragraph's last line holds:
#: "清津" alone under a full line reads as a stray, as one short word does in English.
LAST_LINE_LETTERS = 4


def _last_letters(units: list[Any]) -> int:
    """Where the paragraph's last LAST_LINE_LETTERS letters begin (a line may begin there, not
    after); the paragraph's start when it has fewer, its end when its last line follows an
    explicit break."""
    count = 0
    for i in range(len(units) - 1, 0, -1):
        unit = units[i]
        if hasattr(unit.frag, "lineBreak"):
            return len(units)  # a short line after an explicit break: nothing to hold
        raised = getattr(unit.frag, "rise", 0) > 0 or getattr(unit.frag, "super", 0)
        if str(unit).strip() and not raised and str(unit) not in NO_LINE_START:
            count += 1
            if count == LAST_LINE_LETTERS:
                return i
    return 0


def _break_at(allowed: list[int], begin: int, end: int) -> int:
    """Where the line from `begin` ends when the character at `end` does not fit: the last
    free break, else the last that keeps punctuation right, else at `end` itself."""
    for level in (FREE, FORCED):
        found = next((k for k in range(end, begin, -1) if allowed[k] >= level), None)
        if found is not None:
            return found
    return end


def bullet_room(widths: list[float], bullet: str | None, style: Any) -> list[float]:
    """`widths` less what a bullet wider than the indent takes from the first line (as
    ReportLab's own wrapping reckons it)."""
    if not bullet:
        return widths
    size = style.bulletFontSize
    reach = style.bulletIndent + stringWidth(bullet, style.bulletFontName, size) + 0.6 * size
    indent = style.leftIndent + style.firstLineIndent
    if reach <= indent:
        return widths
    return [widths[0] - (reach - indent), *widths[1:]]
