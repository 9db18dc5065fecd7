"""Explicit word breaks (ISO 32000-1 14.8.2.5): a line of text that broke at a space ends in
that space in the text layer, so text read back from the file, copied or reflowed keeps its
words apart; drawn after the line's last glyph, the space moves nothing on the page."""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from copy import copy
from typing import Any

from reportlab.pdfbase.pdfmetrics import stringWidth

from packbuilder.language.scripts import written_without_spaces
from packbuilder.language.ties import BREAKING_SPACES, NBSP


class WordBreaks:
    """A ReportLab paragraph (mixin) whose lines end in their word breaks, and whose ties (a
    name's no-break spaces) give way only where the tied words are wider than a line."""

    def breakLines(self, width: Any) -> Any:
        with loose_ties(self, width):
            return word_breaks(super().breakLines(width))  # type: ignore[misc]

    def breakLinesCJK(self, width: Any) -> Any:
        with loose_ties(self, width):
            return word_breaks(super().breakLinesCJK(width))  # type: ignore[misc]

    def split(self, avail_width: float, avail_height: float) -> Any:
        if hasattr(self, "blPara"):
            without_word_breaks(self.blPara)
        return super().split(avail_width, avail_height)  # type: ignore[misc]


@contextmanager
def loose_ties(paragraph: Any, width: Any) -> Iterator[None]:
    """The paragraph's fragments, while its lines are broken to `width`, with the fewest
    no-break spaces turned back into spaces, from the left, that leave no tied words wider
    than the narrowest line: "Consulate General" in a table column narrower than it breaks at
    its space, where ReportLab would otherwise cut it between letters ("Genera / l"), and a
    fax number too wide with its citations keeps its digits together. A tie may run across
    fragments (a Korean word, a no-break space in another font, a superscript); a line break
    ends it. The paragraph's own fragments are left as they are, for another width."""
    frags = paragraph.frags
    room = min(width) if isinstance(width, list | tuple) else width
    if not any(NBSP in getattr(frag, "text", "") for frag in frags):
        yield
        return
    used = 0.0  # the width of the tied words so far
    tie: tuple[list[str], int] | None = None  # the last no-break space passed: (tokens, index)
    cut: list[tuple[Any, list[str] | None]] = []
    for frag in frags:
        text = getattr(frag, "text", "")
        if hasattr(frag, "lineBreak") or not hasattr(frag, "fontName"):
            used, tie = 0.0, None
        if not text or not hasattr(frag, "fontName"):
            cut.append((frag, None))
            continue
        tokens = _TOKENS.split(text)
        cut.append((frag, tokens))
        for i, token in enumerate(tokens):
            if not token:
                continue
            if token == NBSP:
                tie = (tokens, i)
            elif BREAKING_SPACES.fullmatch(token):
                used, tie = 0.0, None
                continue
            wide = stringWidth(token, frag.fontName, frag.fontSize)
            if used + wide > room and tie is not None and token != NBSP:
                held, k = tie
                held[k] = " "
                used, tie = 0.0, None
            used += wide
    loosened = []
    for frag, held_tokens in cut:
        if held_tokens is not None and "".join(held_tokens) != frag.text:
            frag = copy(frag)
            frag.text = "".join(held_tokens)
        loosened.append(frag)
    paragraph.frags = loosened
    try:
        yield
    finally:
        paragraph.frags = frags


#: A text cut into words, breaking spaces and no-break spaces (each kept as a token).
_TOKENS = re.compile(f"({BREAKING_SPACES.pattern}|{NBSP})")


def spaced(lines: tuple[tuple[str, float], ...]) -> list[tuple[str, float]]:
    """Fitted lines (text, indent) of an address or a note, each that needs one ending in a
    space: read back, "Jinping" and "c/o" on the next line stay two words."""
    out = list(lines)
    for i in range(len(out) - 1):
        if word_break(out[i][0], out[i + 1][0]):
            out[i] = (out[i][0] + " ", out[i][1])
    return out


def without_word_breaks(para: Any) -> None:
    """Take the word breaks out of broken lines again before ReportLab splits the paragraph
    between pages: it joins the lines' words with spaces of its own, and a line ending in two
    would no longer fit its width (a guide item split over a page was one line longer than the
    room it had). The halves break their lines again, and get their word breaks then."""
    lines = para.lines
    if para.kind == 0:
        for i in getattr(para, "word_breaks", ()):
            extra, words = lines[i]
            lines[i] = (extra, [*words[:-1], words[-1][:-1]])
        para.word_breaks = []
        return
    for line in lines:
        line.words[:] = [getattr(w, "unspaced", w) for w in line.words]


def word_breaks(para: Any) -> Any:
    """End each line that broke at a space with that space (ISO 32000-1 14.8.2.5, explicit word
    breaks), so text read back from the file, copied or reflowed keeps "North" and "Korean"
    apart. Drawn after the line's last glyph, it moves nothing. A line broken between two
    Chinese or Japanese characters, or inside a web address, gets none."""
    lines = para.lines
    if para.kind == 0:
        texts = [" ".join(words) for _, words in lines]
        for i in range(len(lines) - 1):
            if word_break(texts[i], texts[i + 1]):
                extra, words = lines[i]
                lines[i] = (extra, [*words[:-1], words[-1] + " "])
                para.word_breaks = [*getattr(para, "word_breaks", []), i]
        return para
    shown = [[w for w in line.words if getattr(w, "text", "") and not hasattr(w, "cbDefn")]
             for line in lines]  # fmt: skip
    for i in range(len(lines) - 1):
        this, following = shown[i], shown[i + 1]
        if not this or not following:
            continue
        last, first = this[-1], following[0]
        if getattr(last, "link", None) and last.link == getattr(first, "link", None):
            continue  # a web address broken after "/" or "."
        if word_break(last.text, first.text):
            spaced = copy(last)
            spaced.text += " "
            spaced.unspaced = last
            words = lines[i].words
            words[max(j for j, w in enumerate(words) if w is last)] = spaced
    return para


def word_break(line: str, following: str) -> bool:
    """Whether `line` needs a space at its end to keep its last word apart from the first of
    the `following` line (none after a space, or next to Chinese or Japanese characters)."""
    end, start = line[-1:], following[:1]
    if not end or end.isspace() or written_without_spaces(end):
        return False
    return not (start and written_without_spaces(start))
