"""The shipped TrueType fonts: registration with ReportLab, glyph coverage and script fallback.

Every font is a TrueType file under fonts/ (installed as packbuilder/fonts), so ReportLab embeds
a subset of each one; no text is ever set in a standard PDF font that the reader's machine would
have to supply. Latin text uses Noto; any character Noto lacks (Hangul, Chinese) is set in
WenQuanYi Micro Hei, which covers both, and the scripts of signers' names it lacks in their
Noto faces (layout/shaping.py: Ethiopic, Georgian, Armenian; the scripts of South and
Southeast Asia, shaped).
"""

from __future__ import annotations

import contextlib
import gc
import io
import os
import pickle
import re
import secrets
import stat
import sys
import zlib
from collections.abc import Callable, Iterator
from functools import cache, lru_cache
from pathlib import Path
from typing import Any
from weakref import WeakKeyDictionary

import reportlab
from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTEncoding, TTFNameBytes, TTFont, TTFontFace

from packbuilder import shipped
from packbuilder.layout import shaping

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
#: Scripts signers write their names in that no face above has, each in its Noto face.
SCRIPTS = tuple(shaping.FACES)

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
    **shaping.FACES,
}

#: Which font draws a character the primary font lacks, in order of preference: symbols such
#: as check marks and ballot boxes, then Hangul and Chinese, then the other scripts (after
#: the fonts that drew text before them, so what those drew is drawn as it was).
FALLBACKS = (SYMBOLS, CJK, *SCRIPTS)
#: The bold faces; in them Hangul is set in a real bold face. No embeddable (TrueType) bold
#: face for Chinese is small enough to ship, so bold Han characters are drawn in the regular
#: face filled and stroked (see `faux_bold`).
BOLD = frozenset({SERIF_BOLD, SERIF_BOLD_ITALIC, SANS_BOLD})
BOLD_FALLBACKS = (SYMBOLS, HANGUL_BOLD, CJK, *SCRIPTS)
#: Stroke width of a stroked ("faux") bold, as a share of the font size: about the difference
#: in stem weight between a regular and a bold CJK gothic face.
FAUX_BOLD_STROKE = 0.035


def font_dir() -> Path:
    """The folder holding the font files: installed package data, or the source tree's fonts/."""
    return shipped.font_dir(_FILES[SERIF])


def font_file(name: str) -> Path:
    """The file of a shipped font, by its name here (SANS, CJK ...)."""
    return font_dir() / _FILES[name]


@cache
def load(name: str) -> None:
    """Register one shipped font with ReportLab, once (reading a font file takes time)."""
    pdfmetrics.registerFont(_read(name))


def _read(name: str) -> TTFont:
    """The font `name` as ReportLab reads it, from the metrics cache when it holds it.

    ReportLab parses a TrueType file's tables in Python: about 0.2 s for the fonts of a
    Korean-and-Chinese pack, most of it the 5 MB CJK font. What it parses depends only on the
    file's bytes and ReportLab's version, so it is kept, keyed by both (the file's size and
    CRC-32, also written inside the entry), in packbuilder's folder in the user's cache
    directory (`cache_dir`). The cache never changes a pack: it is used only in a folder
    private to the user (made 0700; one owned by anyone else is not used), an entry is read
    only if the user owns it and nobody else can write it (a shared folder's entry with edited
    glyph maps printed "3585" where the text said "3505"), an entry is written only after it
    was read back and found equal to the font just parsed, and anything that cannot be read
    is ignored (and replaced): then the font is parsed as before.
    """
    path = font_dir() / _FILES[name]
    folder = _PrivateFolder.open(cache_dir())
    if folder is None:
        return TTFont(name, str(path), subfontIndex=0)
    with folder:
        data = path.read_bytes()
        key = f"{name}-{len(data)}-{zlib.crc32(data):08x}-rl{reportlab.Version}"
        entry = f"{key}.pickle"
        with contextlib.suppress(Exception), _collector_paused():  # unreadable, corrupt, foreign
            state = _unpickle(folder.read(entry))
            if state.get("key") == key:
                return _restore(state, str(path), data)
        font = TTFont(name, str(path), subfontIndex=0)
        with contextlib.suppress(Exception):  # a cache that cannot be written is no cache
            _store(font, str(path), data, folder, key)
        return font


#: A cache entry's size at most: the largest font's measurements (a CJK font's) are a few MB.
_MAX_ENTRY = 64 * 1024 * 1024


class _PrivateFolder:
    """The cache folder, open, if it is this user's alone; entries read and written inside
    it through its descriptor, so nothing swapped in along its path is followed."""

    def __init__(self, fd: int) -> None:
        self.fd = fd

    @classmethod
    def open(cls, folder: Path | None) -> _PrivateFolder | None:
        if folder is None or not os.supports_dir_fd >= {os.open, os.rename, os.unlink}:
            return None
        try:
            folder.mkdir(mode=0o700, parents=True, exist_ok=True)
            fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW)
        except OSError:
            return None
        found = os.fstat(fd)
        try:
            if found.st_uid != os.getuid():
                raise PermissionError("another user's folder")
            if found.st_mode & 0o077:
                os.fchmod(fd, 0o700)  # ours: private from now on (entries are checked anyway)
        except OSError:
            os.close(fd)
            return None
        return cls(fd)

    def __enter__(self) -> _PrivateFolder:
        return self

    def __exit__(self, *exc: object) -> None:
        os.close(self.fd)

    def read(self, name: str) -> bytes:
        """An entry this user owns and nobody else may write, at most _MAX_ENTRY bytes;
        OSError for any other (a FIFO in its place is opened without waiting, then refused)."""
        flags = os.O_RDONLY | os.O_NOFOLLOW | getattr(os, "O_NONBLOCK", 0)
        fd = os.open(name, flags, dir_fd=self.fd)
        with os.fdopen(fd, "rb") as handle:
            found = os.fstat(fd)
            if not stat.S_ISREG(found.st_mode) or found.st_uid != os.getuid():
                raise PermissionError(f"{name}: not this user's file")
            if found.st_mode & 0o022:
                raise PermissionError(f"{name}: others may write it")
            blob = handle.read(_MAX_ENTRY + 1)
            if len(blob) > _MAX_ENTRY:
                raise OSError(f"{name}: larger than any entry packbuilder writes")
            return blob

    def write(self, name: str, blob: bytes) -> None:
        """Write an entry whole (0600), replacing any of that name."""
        part = f".{name}.{secrets.token_hex(6)}.part"
        fd = os.open(
            part, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, 0o600, dir_fd=self.fd
        )
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(blob)
            os.rename(part, name, src_dir_fd=self.fd, dst_dir_fd=self.fd)  # replaces it (POSIX)
        finally:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(part, dir_fd=self.fd)

    def names(self) -> list[str]:
        return os.listdir(self.fd)

    def remove(self, name: str) -> None:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(name, dir_fd=self.fd)


def cache_dir() -> Path | None:
    """Where packbuilder keeps what it can read again faster (font metrics), or None for no cache.

    PACKBUILDER_CACHE_DIR names the folder (empty: no cache); otherwise the platform's
    cache directory: %LOCALAPPDATA% on Windows, ~/Library/Caches on macOS, $XDG_CACHE_HOME
    or ~/.cache elsewhere.
    """
    named = os.environ.get("PACKBUILDER_CACHE_DIR")
    if named is not None:
        return Path(named) if named.strip() else None
    if sys.platform == "win32":
        base = os.environ.get("LOCALAPPDATA")
        root = Path(base) if base else Path.home() / "AppData" / "Local"
    elif sys.platform == "darwin":
        root = Path.home() / "Library" / "Caches"
    else:
        base = os.environ.get("XDG_CACHE_HOME", "")
        root = Path(base) if os.path.isabs(base) else Path.home() / ".cache"
    return root / "packbuilder"


#: A TTFont's attributes rebuilt rather than kept (its other ones are plain values, kept).
_FONT_REBUILT = ("face", "encoding", "state")
#: Face attributes rebuilt rather than kept: the file's bytes and the scaling function.
_FACE_REBUILT = ("_ttf_data", "_pdfScale", "filename")


def _portable(font: TTFont) -> dict[str, Any]:
    """What `_restore` needs to rebuild `font`: its attributes, the names as bytes. Holding
    anything but plain values (another ReportLab version's state), it will not read back."""
    face = font.face
    own = {k: v for k, v in vars(font).items() if k not in _FONT_REBUILT}
    if not set(_FONT_REBUILT) <= set(vars(font)):
        raise ValueError("a TTFont of unknown shape")
    if vars(font.encoding) != vars(TTEncoding()) or len(font.state):
        raise ValueError("a TTFont already used")
    names, plain = {}, {}
    for key, value in vars(face).items():
        if key in _FACE_REBUILT:
            continue
        if isinstance(value, TTFNameBytes):
            names[key] = bytes(value)
        else:
            plain[key] = value  # anything but a plain value fails to read back in `_store`
    return {
        "font": own,
        "face": plain,
        "names": names,
    }


def _restore(state: dict[str, Any], filename: str, data: bytes) -> TTFont:
    """The TTFont `_portable` described, for the font file `filename` holding `data`."""
    face = TTFontFace.__new__(TTFontFace)
    vars(face).update(state["face"])
    for key, value in state["names"].items():
        setattr(face, key, TTFNameBytes(value))
    face._ttf_data = data
    face.filename = filename
    face._pdfScale = _scale(face.unitsPerEm)
    font = TTFont.__new__(TTFont)
    vars(font).update(state["font"])
    font.face = face
    font.encoding = TTEncoding()
    font.state = WeakKeyDictionary()
    return font


def _scale(units_per_em: int) -> Callable[[float], float]:
    """Font units to thousandths of an em, computed as ReportLab's TTFontFile does."""
    if units_per_em == 1000:
        return lambda x: x
    factor = 1000 / units_per_em
    return lambda x: x * factor


def _store(font: TTFont, filename: str, data: bytes, folder: _PrivateFolder, key: str) -> None:
    """Write `font`'s cache entry if it reads back equal to `font`; remove older entries."""
    state = {**_portable(font), "key": key}
    blob = pickle.dumps(state, protocol=pickle.HIGHEST_PROTOCOL)
    if not same_font(_restore(_unpickle(blob), filename, data), font):
        return
    entry = f"{key}.pickle"
    folder.write(entry, blob)
    # Entries for the same font from another file or ReportLab version are of no more use.
    # (Entries were first named by the file's sha256: those go too.)
    same = re.compile(
        rf"{re.escape(font.fontName)}-(?:[0-9]+-[0-9a-f]{{8}}|[0-9a-f]{{32}})-rl[^-/]+\.pickle"
    )
    for old in folder.names():
        if old != entry and same.fullmatch(old):
            folder.remove(old)


class _PlainUnpickler(pickle.Unpickler):
    """Reads plain values only: any class or function in the data is refused, not loaded."""

    def find_class(self, module: str, name: str) -> Any:
        raise pickle.UnpicklingError(f"{module}.{name} is not a plain value")


@contextlib.contextmanager
def _collector_paused() -> Iterator[None]:
    """Tens of thousands of small lists and tuples are made while a font is read back: the
    cyclic collector would run over them again and again meanwhile (a third of the time),
    and none of them holds a cycle."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            gc.enable()


def _unpickle(blob: bytes) -> dict[str, Any]:
    with _collector_paused():
        state = _PlainUnpickler(io.BytesIO(blob)).load()
    if not isinstance(state, dict):
        raise ValueError("not a font cache entry")
    return state


def same_font(a: TTFont, b: TTFont) -> bool:
    """Whether two TTFonts hold the same metrics, names and file: what a pack is made from."""
    fa, fb = vars(a.face), vars(b.face)
    own_a = {k: v for k, v in vars(a).items() if k not in _FONT_REBUILT}
    own_b = {k: v for k, v in vars(b).items() if k not in _FONT_REBUILT}
    if set(fa) != set(fb) or own_a != own_b or set(vars(a)) != set(vars(b)):
        return False
    for key, value in fa.items():
        other = fb[key]
        if key == "_pdfScale":
            if any(value(x) != other(x) for x in (0, 1, 7, -300, 1000, 2048, 12.5)):
                return False
        elif (
            type(value) is not type(other)
            or value != other
            or (isinstance(value, TTFNameBytes) and value.ustr != other.ustr)
        ):
            return False
    return vars(a.encoding) == vars(b.encoding) and len(a.state) == len(b.state) == 0


@cache
def register() -> None:
    """Register the text fonts and every bold/italic family mapping with ReportLab, once.

    The fallback fonts (symbols, Chinese, Korean and bold Korean) are read only when some
    text needs them: `font_for` loads one the first time it is asked about it, and every run
    of text set in a fallback face was chosen by `font_for`. A pack without such text never
    reads the 5 MB CJK font nor the 1.3 MB Hangul bold one.
    """
    for name in _FILES:
        if name not in FALLBACKS and name not in BOLD_FALLBACKS:
            load(name)
    families = {
        SERIF: (SERIF, SERIF_BOLD, SERIF_ITALIC, SERIF_BOLD_ITALIC),
        SANS: (SANS, SANS_BOLD, SANS, SANS_BOLD),
        **{one: (one, one, one, one) for one in (CJK, SYMBOLS, HANGUL_BOLD, *SCRIPTS)},
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


@cache
def _drawable(name: str) -> frozenset[str]:
    """The characters font `name` draws, spaces and line breaks included."""
    return frozenset(map(chr, _coverage(name))) | frozenset(" \n\t")


def _primary_only(text: str, primary: str) -> bool:
    """Whether the primary font draws every character of `text` (nearly all text): one set
    test in C instead of a question per character."""
    return _drawable(primary).issuperset(text)


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
    if unicodedata.combining(char) or unicodedata.category(char) in ("Mn", "Mc", "Me"):
        shown = "\u25cc" + shown  # a vowel sign or accent alone is shown on a dotted circle

    return f"'{shown}' (U+{ord(char):04X} {name})" if shown else f"U+{ord(char):04X} {name}"


def escape(text: str) -> str:
    """`text` with `&`, `<` and `>` as entities: as xml.sax.saxutils.escape, without loading
    that module (it imports urllib.request, http.client, email and ssl: ~15 ms at start)."""
    return text.replace("&", "&amp;").replace(">", "&gt;").replace("<", "&lt;")


#: Spaces every shipped font draws: they join the run they are in (a no-break space tying two
#: Korean words stays in the Hangul run, not a run of its own).
_JOINING = frozenset(" \u00a0")
#: Zero-width (non-)joiners: they say how the letters round them join, in the run they are in.
_ZWJ = frozenset("\u200c\u200d")


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
        if face != current and char not in _JOINING:
            flush()
            current = face
        run.append(char)
    flush()
    return "".join(out)


@lru_cache(maxsize=4096)  # bounded: signer names are many and each is seen a few times
def runs(text: str, primary: str) -> tuple[tuple[str, str], ...]:
    """`text` cut into runs that one font draws: (run, font name). Spaces (no-break too) join
    any run."""
    if _primary_only(text, primary):
        return ((text, primary),) if text else ()
    out: list[tuple[str, str]] = []
    for char in text:
        face = font_for(char, primary) or primary
        last = out[-1][1] if out else ""
        if last and (last == face or char in _JOINING or (char in _ZWJ and covers(last, char))):
            out[-1] = (out[-1][0] + char, out[-1][1])
        else:
            out.append((char, face))
    return tuple(out)


def faux_bold(text: str, primary: str) -> bool:
    """Whether `text` set in bold `primary` has characters only a regular face can draw (Han),
    which are then drawn filled and stroked to look bold."""
    return primary in BOLD and any(face == CJK for _, face in runs(text, primary))
