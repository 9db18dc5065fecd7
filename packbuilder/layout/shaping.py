"""Scripts whose letters take their shape and place from their neighbours, set with HarfBuzz.

Thai stacks a tone mark above a vowel sign and moves it left over a tall consonant; Devanagari
and Bengali join consonants into conjuncts and draw the vowel sign `ि` before the consonant it
follows. Drawn one glyph per character, a Thai name shows its marks on top of each other and a
Hindi name shows other words: wrong text is worse than none. So text in these faces is shaped
by HarfBuzz (uharfbuzz, through ReportLab's `shapeFragWord`), and when uharfbuzz cannot be imported
these faces are not offered at all: the characters are then refused before layout, as any
character no font has.

Hebrew and Arabic lines are also reordered: drawn left to right in the order the Unicode
bidirectional algorithm gives (python-bidi), each right-to-left run shaped as written.

A shaped run is drawn inside a marked-content span whose /ActualText is the run as written:
some glyphs stand for no single character (a conjunct, a lifted tone mark), so without it the
text read back from the PDF (copied, searched, read aloud) would not be the name.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache
from importlib.util import find_spec

from reportlab.lib.abag import ABag
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import ShapedStr, shapeFragWord
from reportlab.pdfgen.canvas import Canvas

THAI = "NotoSansThai"
DEVANAGARI = "NotoSansDevanagari"
#: Faces of scripts drawn one glyph per character, as Latin is: Ethiopic (a sign per
#: syllable), Georgian, Armenian.
PLAIN = ("NotoSansEthiopic", "NotoSansGeorgian", "NotoSansArmenian")
#: Faces of scripts that must be shaped: Thai, Lao, Khmer and Myanmar marks stacked, the
#: Indic scripts' conjuncts and vowel signs (Devanagari for Hindi, Nepali and Marathi; Bengali,
#: Gujarati, Gurmukhi for Punjabi, Oriya, Tamil, Telugu, Kannada, Malayalam, Sinhala).
_SHAPED = (THAI, "NotoSansLao", "NotoSansKhmer", "NotoSansMyanmar", DEVANAGARI, "NotoSansBengali",
           "NotoSansGujarati", "NotoSansGurmukhi", "NotoSansOriya", "NotoSansTamil",
           "NotoSansTelugu", "NotoSansKannada", "NotoSansMalayalam", "NotoSansSinhala")  # fmt: skip
#: Faces of scripts written right to left, shaped (Arabic letters join) and set in the order
#: the Unicode bidirectional algorithm gives (python-bidi): Hebrew, Arabic (also Persian, Urdu).
_RIGHT_TO_LEFT = ("NotoSansHebrew", "NotoSansArabic")
_CAN_SHAPE = find_spec("uharfbuzz") is not None
#: The faces offered for text: the shaped ones only if they can be shaped (and reordered).
RIGHT_TO_LEFT = frozenset(_RIGHT_TO_LEFT if _CAN_SHAPE and find_spec("bidi") else ())
SHAPED = frozenset(_SHAPED if _CAN_SHAPE else ()) | RIGHT_TO_LEFT
#: Each face offered and its file in fonts/, in the order they are tried.
FACES = {
    face: f"{face}-Regular.ttf"
    for face in (*PLAIN, *_SHAPED, *_RIGHT_TO_LEFT)
    if face in SHAPED or face in PLAIN
}


@lru_cache(maxsize=4096)  # bounded: every signer's name is measured and drawn a few times
def shaped(run: str, face: str, size: float) -> ShapedStr:
    """`run` as HarfBuzz sets it in `face`: glyphs in visual order, with their advances and
    offsets (the face must be registered)."""
    # HarfBuzz's default features, kerning and ligatures (ReportLab's default also turns on
    # discretionary ligatures: Noto Sans Arabic's would print محمد with vowel marks).
    frag = ABag(fontName=face, fontSize=size)
    word = [stringWidth(run, face, size), (frag, run)]
    text = shapeFragWord(word, features={"kern": True, "liga": True}, force=True)[1][1]
    if not isinstance(text, ShapedStr):  # only without uharfbuzz, when SHAPED is empty
        raise RuntimeError(f"{face} text cannot be shaped")
    return text


def width(run: str, face: str, size: float) -> float:
    """The width in points of `run` shaped in `face` at `size`."""
    return float(sum(d.x_advance for d in shaped(run, face, size).__shapeData__) * size / 1000)


#: Brackets drawn as their mirror image inside right-to-left text (Unicode's
#: BidiMirroring.txt, its pairs a name or an address may hold).
_MIRROR = dict(zip("()[]{}<>«»‹›", ")(][}{><»«›‹", strict=True))


@lru_cache(maxsize=1024)  # a line is measured several times while it is fitted, then drawn
def visual(line: str) -> str:
    """`line` in the order it is drawn left to right (the Unicode bidirectional algorithm,
    python-bidi): right-to-left words reversed, numbers and Latin words inside them kept
    left to right, and a bracket in right-to-left text mirrored ("(" opens to the left)."""
    from bidi import get_display  # only for a line with Hebrew or Arabic

    # A line all in Hebrew or Arabic (and numbers) runs right to left. The letter runs left
    # to right, and so does a line that also has words in a left-to-right script: the parts
    # an address line joins ("15 شارع التحرير, Springfield, IL 62704") keep their order, each
    # set in its own direction, so a house number stays beside its street.
    if any(unicodedata.bidirectional(ch) == "L" for ch in line):
        parts = line.split(", ")
        if len(parts) > 1:
            return ", ".join(visual(part) for part in parts)
        base = "L"
    else:
        base = "R"
    order = str(get_display(line, base_dir=base))
    if not any(ch in _MIRROR for ch in order):
        return order
    return "".join(
        _MIRROR[ch] if ch in _MIRROR and _direction(order, i, base) == "R" else ch
        for i, ch in enumerate(order)
    )


def left_to_right(ch: str) -> bool:
    """Whether `ch` is a letter written left to right (Unicode's bidirectional class L)."""
    return unicodedata.bidirectional(ch) == "L"


def right_to_left(line: str) -> bool:
    """Whether `line` runs right to left: Hebrew or Arabic letters and no left-to-right ones
    (numbers and punctuation take the line's direction)."""
    return not any(left_to_right(c) for c in line) and any(_strong(c) == "R" for c in line)


def _direction(order: str, at: int, base: str) -> str:
    """The direction a neutral character at `at` takes (rules N1 and N2 of the algorithm,
    for text without explicit embeddings): that of the strong characters on both sides
    when they agree (numbers count as right-to-left), else the line's."""
    sides = [
        next((_strong(ch) for ch in side if _strong(ch)), base)
        for side in (reversed(order[:at]), order[at + 1 :])
    ]
    return sides[0] if sides[0] == sides[1] else base


def _strong(ch: str) -> str:
    kind = unicodedata.bidirectional(ch)
    return "L" if kind == "L" else "R" if kind in ("R", "AL", "EN", "AN") else ""


def draw(
    canv: Canvas, x: float, y: float, run: str, face: str, size: float, marked: bool = True
) -> None:
    """Draw `run` shaped, its baseline starting at (x, y), marked as the text it stands for
    (`marked`: not for right-to-left text, see flowables.draw_text)."""
    text = canv.beginText(x, y)
    text.setFont(face, size)
    text.textOut(shaped(run, face, size))
    # A PDF text string in UTF-16 with its byte-order mark, written in hex: any text at all
    # (a bracket, a backslash) stays data.
    actual = "FEFF" + run.encode("utf-16-be").hex().upper()
    if marked:
        canv.addLiteral(f"/Span <</ActualText <{actual}>>> BDC")
    canv.drawText(text)
    if marked:
        canv.addLiteral("EMC")
