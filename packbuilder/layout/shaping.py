"""Scripts whose letters take their shape and place from their neighbours, set with HarfBuzz.

Thai stacks a tone mark above a vowel sign and moves it left over a tall consonant; Devanagari
and Bengali join consonants into conjuncts and draw the vowel sign `ि` before the consonant it
follows. Drawn one glyph per character, a Thai name shows its marks on top of each other and a
Hindi name shows other words: wrong text is worse than none. So text in these faces is shaped
by HarfBuzz (uharfbuzz, through ReportLab's `shapeStr`), and when uharfbuzz cannot be imported
these faces are not offered at all: the characters are then refused before layout, as any
character no font has.

A shaped run is drawn inside a marked-content span whose /ActualText is the run as written:
some glyphs stand for no single character (a conjunct, a lifted tone mark), so without it the
text read back from the PDF (copied, searched, read aloud) would not be the name.
"""

from __future__ import annotations

from functools import lru_cache
from importlib.util import find_spec

from reportlab.pdfbase.ttfonts import ShapedStr, shapeStr
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
#: The faces offered for text: the shaped ones only if they can be shaped.
SHAPED = frozenset(_SHAPED) if find_spec("uharfbuzz") is not None else frozenset()
#: Each face offered and its file in fonts/, in the order they are tried.
FACES = {
    face: f"{face}-Regular.ttf" for face in (*PLAIN, *_SHAPED) if face in SHAPED or face in PLAIN
}


@lru_cache(maxsize=4096)  # bounded: every signer's name is measured and drawn a few times
def shaped(run: str, face: str, size: float) -> ShapedStr:
    """`run` as HarfBuzz sets it in `face`: glyphs in visual order, with their advances and
    offsets (the face must be registered)."""
    text = shapeStr(run, face, size, force=True)
    if not isinstance(text, ShapedStr):  # only without uharfbuzz, when SHAPED is empty
        raise RuntimeError(f"{face} text cannot be shaped")
    return text


def width(run: str, face: str, size: float) -> float:
    """The width in points of `run` shaped in `face` at `size`."""
    return float(sum(d.x_advance for d in shaped(run, face, size).__shapeData__) * size / 1000)


def draw(canv: Canvas, x: float, y: float, run: str, face: str, size: float) -> None:
    """Draw `run` shaped, its baseline starting at (x, y), marked as the text it stands for."""
    text = canv.beginText(x, y)
    text.setFont(face, size)
    text.textOut(shaped(run, face, size))
    # A PDF text string in UTF-16 with its byte-order mark, written in hex: any text at all
    # (a bracket, a backslash) stays data.
    actual = "FEFF" + run.encode("utf-16-be").hex().upper()
    canv.addLiteral(f"/Span <</ActualText <{actual}>>> BDC")
    canv.drawText(text)
    canv.addLiteral("EMC")
