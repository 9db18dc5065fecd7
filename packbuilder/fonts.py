"""The shipped TrueType fonts: registration with ReportLab, glyph coverage and script fallback.

Every font is a TrueType file under fonts/ (installed as packbuilder/fonts), so ReportLab embeds
a subset of each one; no text is ever set in a standard PDF font that the reader's machine would
have to supply. Latin text uses Noto; any character Noto lacks (Hangul, Chinese) is set in
WenQuanYi Micro Hei, which covers both.
"""

from __future__ import annotations

from functools import cache, lru_cache
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

SERIF = "NotoSerif"
SERIF_BOLD = "NotoSerif-Bold"
SERIF_ITALIC = "NotoSerif-Italic"
SERIF_BOLD_ITALIC = "NotoSerif-BoldItalic"
SANS = "NotoSans"
SANS_BOLD = "NotoSans-Bold"
CJK = "WenQuanYiMicroHei"
#: Hangul in bold text: a Hangul-only subset of NanumGothic Bold, renamed as the OFL asks of a
#: modified font (fonts/README-hangul-bold.txt).
HANGUL_BOLD = "PackbuilderHangul-Bold"
SYMBOLS = "NotoSansSymbols2"

_FILES = {
    SERIF: "NotoSerif-Regular.ttf",
    SERIF_BOLD: "NotoSerif-Bold.ttf",
    SERIF_ITALIC: "NotoSerif-Italic.ttf",
    SERIF_BOLD_ITALIC: "NotoSerif-BoldItalic.ttf",
    SANS: "NotoSans-Regular.ttf",
    SANS_BOLD: "NotoSans-Bold.ttf",
    CJK: "wqy-microhei.ttc",
    HANGUL_BOLD: "PackbuilderHangul-Bold.ttf",
    SYMBOLS: "NotoSansSymbols2-Regular.ttf",
}

#: Which font draws a character the primary font lacks, in order of preference: symbols such
#: as check marks and ballot boxes, then Hangul and Chinese.
FALLBACKS = (SYMBOLS, CJK)
#: The bold faces; in them Hangul is set in a real bold face. No embeddable (TrueType) bold
#: face for Chinese is small enough to ship, so bold Han characters are drawn in the regular
#: face filled and stroked (see `faux_bold`).
BOLD = frozenset({SERIF_BOLD, SERIF_BOLD_ITALIC, SANS_BOLD})
BOLD_FALLBACKS = (SYMBOLS, HANGUL_BOLD, CJK)
#: Stroke width of a stroked ("faux") bold, as a share of the font size: about the difference
#: in stem weight between a regular and a bold CJK gothic face.
FAUX_BOLD_STROKE = 0.035


def font_dir() -> Path:
    """The folder holding the font files: installed package data, or the source tree's fonts/."""
    here = Path(__file__).resolve().parent
    for candidate in (here / "fonts", here.parent / "fonts"):
        if (candidate / _FILES[SERIF]).is_file():
            return candidate
    raise FileNotFoundError(f"packbuilder's fonts are missing (looked in {here / 'fonts'})")


@cache
def load(name: str) -> None:
    """Register one shipped font with ReportLab, once (reading a font file takes time)."""
    pdfmetrics.registerFont(TTFont(name, str(font_dir() / _FILES[name]), subfontIndex=0))


@cache
def register() -> None:
    """Register the text fonts and every bold/italic family mapping with ReportLab, once.

    The fallback fonts (symbols, Chinese and Korean) are read only when some text needs them:
    `font_for` loads one the first time it is asked about it, and every run of text set in a
    fallback face was chosen by `font_for`. A pack without such text never reads the 5 MB CJK
    font.
    """
    for name in _FILES:
        if name not in FALLBACKS:
            load(name)
    families = {
        SERIF: (SERIF, SERIF_BOLD, SERIF_ITALIC, SERIF_BOLD_ITALIC),
        SANS: (SANS, SANS_BOLD, SANS, SANS_BOLD),
        CJK: (CJK, CJK, CJK, CJK),
        SYMBOLS: (SYMBOLS, SYMBOLS, SYMBOLS, SYMBOLS),
        HANGUL_BOLD: (HANGUL_BOLD, HANGUL_BOLD, HANGUL_BOLD, HANGUL_BOLD),
    }
    for family, (regular, bold, italic, bold_italic) in families.items():
        addMapping(family, 0, 0, regular)
        addMapping(family, 1, 0, bold)
        addMapping(family, 0, 1, italic)
        addMapping(family, 1, 1, bold_italic)
    for name in _FILES:  # the style names themselves also resolve to their family
        if name not in families:
            base = SERIF if name.startswith(SERIF) else SANS
            regular, bold, italic, bold_italic = families[base]
            addMapping(name, 0, 0, name)
            addMapping(name, 1, 0, bold)
            addMapping(name, 0, 1, italic)
            addMapping(name, 1, 1, bold_italic)


@cache
def _coverage(name: str) -> frozenset[int]:
    register()
    load(name)
    font = pdfmetrics.getFont(name)
    return frozenset(font.face.charToGlyph)


#: Spaces and line breaks: every font "draws" them (as space), whatever its character map says.
_BLANK = frozenset(map(ord, " \n\t"))


def covers(name: str, char: str) -> bool:
    """Whether font `name` has a glyph for `char` (spaces and line breaks always pass)."""
    return char in " \n\t" or ord(char) in _coverage(name)


@cache
def font_for(char: str, primary: str) -> str | None:
    """The font that draws `char`: the primary if it can, else the first fallback, else None.

    Cached: a pack asks about the same few hundred characters tens of thousands of times.
    """
    if covers(primary, char):
        return primary
    for fallback in BOLD_FALLBACKS if primary in BOLD else FALLBACKS:
        if covers(fallback, char):
            return fallback
    return None


def _primary_only(text: str, primary: str) -> bool:
    """Whether the primary font draws every character of `text` (nearly all text): one set
    comparison instead of a question per character."""
    return set(map(ord, text)) - _BLANK <= _coverage(primary)


def uncovered(text: str, primary: str = SERIF) -> list[str]:
    """Characters of `text` that no shipped font can draw (in order of first appearance)."""
    if _primary_only(text, primary):
        return []
    return [char for char in dict.fromkeys(text) if font_for(char, primary) is None]


def describe(char: str) -> str:
    """A character as an organiser can find it: the glyph, its code point and its name."""
    import unicodedata

    name = unicodedata.name(char, "unnamed character")
    shown = char if char.isprintable() and not char.isspace() else ""
    return f"'{shown}' (U+{ord(char):04X} {name})" if shown else f"U+{ord(char):04X} {name}"


def markup(text: str, primary: str) -> str:
    """Plain text as ReportLab paragraph markup: escaped, with fallback-font runs tagged.

    Content is never trusted as markup: `<`, `>` and `&` are escaped here, the only place text
    becomes markup.
    """
    if _primary_only(text, primary):
        return escape(text)
    out: list[str] = []
    run: list[str] = []
    current = primary

    def flush() -> None:
        if not run:
            return
        chunk = escape("".join(run))
        out.append(chunk if current == primary else f'<font face="{current}">{chunk}</font>')
        run.clear()

    for char in text:
        face = font_for(char, primary) or primary
        if face != current and char != " ":
            flush()
            current = face
        run.append(char)
    flush()
    return "".join(out)


@lru_cache(maxsize=4096)  # bounded: signer names are many and each is seen a few times
def runs(text: str, primary: str) -> tuple[tuple[str, str], ...]:
    """`text` cut into runs that one font draws: (run, font name). Spaces join any run."""
    if _primary_only(text, primary):
        return ((text, primary),) if text else ()
    out: list[tuple[str, str]] = []
    for char in text:
        face = font_for(char, primary) or primary
        if out and (out[-1][1] == face or char == " "):
            out[-1] = (out[-1][0] + char, out[-1][1])
        else:
            out.append((char, face))
    return tuple(out)


def faux_bold(text: str, primary: str) -> bool:
    """Whether `text` set in bold `primary` has characters only a regular face can draw (Han),
    which are then drawn filled and stroked to look bold."""
    return primary in BOLD and any(face == CJK for _, face in runs(text, primary))
