"""What packbuilder knows about writing systems: which characters are Hangul, Han or kana, which
are written without spaces, which punctuation may not start or end a line, and file names.

Every module that asks "is this Korean?", "may a line break here?" or "which name comes
first?" asks here, so the answer is the same in the signer list, the layout and the PDF.
The ranges are Unicode blocks (Unicode 15.1, Blocks.txt), grouped by the script that uses them.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from functools import cache
from typing import Literal

Script = Literal["hangul", "han", "kana", "cjk-punctuation"]

#: (first, last, script), by first code point; no two ranges overlap.
_RANGES: tuple[tuple[int, int, Script], ...] = (
    (0x1100, 0x11FF, "hangul"),  # Hangul Jamo
    (0x2E80, 0x2FDF, "han"),  # CJK and Kangxi radicals
    (0x2FF0, 0x2FFF, "cjk-punctuation"),  # ideographic description characters
    (0x3000, 0x303F, "cjk-punctuation"),  # CJK symbols and punctuation: 、。「」〇々
    (0x3040, 0x309F, "kana"),  # Hiragana
    (0x30A0, 0x30FF, "kana"),  # Katakana
    (0x3130, 0x318F, "hangul"),  # Hangul compatibility jamo
    (0x31F0, 0x31FF, "kana"),  # Katakana phonetic extensions (small ㇰ for Ainu)
    (0x3400, 0x4DBF, "han"),  # CJK unified ideographs extension A
    (0x4E00, 0x9FFF, "han"),  # CJK unified ideographs
    (0xA960, 0xA97F, "hangul"),  # Hangul jamo extended-A
    (0xAC00, 0xD7A3, "hangul"),  # Hangul syllables
    (0xD7B0, 0xD7FF, "hangul"),  # Hangul jamo extended-B
    (0xF900, 0xFAFF, "han"),  # CJK compatibility ideographs
    (0xFE30, 0xFE4F, "cjk-punctuation"),  # CJK compatibility forms (vertical ︰)
    (0xFF00, 0xFF60, "cjk-punctuation"),  # fullwidth forms: ，：；！（）
    (0xFF61, 0xFF65, "cjk-punctuation"),  # halfwidth CJK punctuation
    (0xFF66, 0xFF9F, "kana"),  # halfwidth katakana
    (0xFFA0, 0xFFDC, "hangul"),  # halfwidth Hangul
    (0x1AFF0, 0x1B16F, "kana"),  # kana extended and supplement (old hentaigana)
    (0x20000, 0x3FFFF, "han"),  # CJK ideographs beyond the BMP (extensions B to I)
)
_STARTS = [first for first, _, _ in _RANGES]


def script(char: str) -> Script | None:
    """The East Asian script `char` belongs to, or None (Latin, digits, spaces, symbols)."""
    code = ord(char)
    at = bisect.bisect_right(_STARTS, code) - 1
    if at < 0:
        return None
    _, last, name = _RANGES[at]
    return name if code <= last else None


def is_hangul(char: str) -> bool:
    """A Hangul syllable or jamo."""
    return script(char) == "hangul"


def is_han_or_kana(char: str) -> bool:
    """A Chinese character (hanzi, kanji, hanja) or a Japanese kana."""
    return script(char) in ("han", "kana")


def hangul_final_consonant(char: str) -> bool | None:
    """Whether a Hangul syllable ends in a consonant (batchim: 것, 영, 관), None for any other
    character. A syllable's code is 0xAC00 + (initial * 21 + vowel) * 28 + final, final 0
    meaning none (The Unicode Standard, 3.12)."""
    code = ord(char)
    if not 0xAC00 <= code <= 0xD7A3:
        return None
    return (code - 0xAC00) % 28 != 0


def written_without_spaces(char: str) -> bool:
    """Han, kana and their punctuation: Chinese and Japanese put no space between words, so a
    line may break between any two of these characters. Korean is written with spaces."""
    return script(char) in ("han", "kana", "cjk-punctuation")


def char_class(*scripts: Script) -> str:
    """A regular-expression character class of `scripts` ("[\\u1100-\\u11ff...]")."""
    spans = "".join(f"{chr(first)}-{chr(last)}" for first, last, name in _RANGES if name in scripts)
    return f"[{spans}]"


#: Han, kana and their punctuation as a character class (see `written_without_spaces`).
WITHOUT_SPACES = char_class("han", "kana", "cjk-punctuation")
_HANGUL = re.compile(char_class("hangul"))
_EAST_ASIAN = re.compile(char_class("hangul", "han", "kana"))


def has_hangul(text: str) -> bool:
    """Whether `text` has any Hangul (Korean)."""
    return _HANGUL.search(text) is not None


def has_east_asian(text: str) -> bool:
    """Whether `text` has any Hangul, Han or kana."""
    return _EAST_ASIAN.search(text) is not None


def family_name_first(name: str) -> bool:
    """Whether a name is written family name first, without a space: a Korean, Chinese or
    Japanese name in its own script (김민준, 王小明, 山田花子, やまだはなこ). A name in Latin
    letters keeps the order its owner wrote it in."""
    return has_east_asian(name)


def main_script(text: str) -> Literal["hangul", "han", "kana", "other"] | None:
    """The script most of `text`'s letters are in, None for no letters: "hangul" when it has
    any Hangul (Korean writes some words in Han and Latin letters), "kana" when it has kana
    (Japanese mixes kana and Han), "han" for Han alone, "other" for any other letters (Latin).
    A few East Asian characters inside a Latin sentence ("Xi Jinping (习近平)") leave it
    "other": a Han character counts for a word of three letters."""
    east = other = hangul = kana = 0
    for char in text:
        found = script(char)
        if found is None:
            other += char.isalpha()
        elif found != "cjk-punctuation":
            east += 1
            hangul += found == "hangul"
            kana += found == "kana"
    if not east:
        return "other" if other else None
    if east * 3 < other:
        return "other"
    return "hangul" if hangul else "kana" if kana else "han"


def is_latin(text: str) -> bool:
    """Whether every letter of `text` is a Latin letter (digits and punctuation aside)."""
    if text.isascii():  # most of a signer list: no character to look up
        return True
    return all(not ch.isalpha() or "LATIN" in unicodedata.name(ch, "") for ch in text)


#: Closing punctuation never starts a line and opening punctuation never ends one (kinsoku
#: shori; UAX #14 classes CL, CP, EX, IS, NS and OP).
NO_LINE_START = frozenset(
    "、。，．・：；？！）」』】〕〉》］｝〙〗”’ー…‥々〻ゝゞァィゥェォッャュョ,.:;?!)]}%"
)
NO_LINE_END = frozenset("（「『【〔〈《［｛〘〖“‘([{")


def slug(text: str, fallback: str, limit: int = 60) -> str:
    """A file-name form of `text` in any script: letters and digits kept as written (Hangul and
    Chinese stay Hangul and Chinese; every current system and mail client takes UTF-8 names),
    anything else one hyphen, cut at a hyphen to at most `limit` characters."""
    made = re.sub(r"[\W_]+", "-", unicodedata.normalize("NFKC", text).casefold()).strip("-")
    if len(made) > limit:
        cut = made[: limit + 1]
        made = cut.rsplit("-", 1)[0] if "-" in cut else made[:limit]
    return made or fallback


Alphabet = Literal[
    "latin", "greek", "cyrillic", "armenian", "hebrew", "arabic", "thai", "hangul", "han", "kana"
]

#: (first, last, alphabet) of the letters outside East Asia a name may be written in, by first
#: code point (Unicode 15.1 Blocks.txt); the East Asian ones come from `script`.
_ALPHABETS: tuple[tuple[int, int, Alphabet], ...] = (
    (0x0041, 0x024F, "latin"),  # Basic Latin letters to Latin Extended-B
    (0x0250, 0x02AF, "latin"),  # IPA extensions
    (0x0370, 0x03FF, "greek"),  # Greek and Coptic
    (0x0400, 0x052F, "cyrillic"),  # Cyrillic and its supplement
    (0x0530, 0x058F, "armenian"),
    (0x0590, 0x05FF, "hebrew"),
    (0x0600, 0x06FF, "arabic"),
    (0x0750, 0x077F, "arabic"),  # Arabic supplement
    (0x08A0, 0x08FF, "arabic"),  # Arabic extended-A
    (0x0E00, 0x0E7F, "thai"),
    (0x1E00, 0x1EFF, "latin"),  # Latin extended additional (Vietnamese ệ, Welsh ŵ)
    (0x1F00, 0x1FFF, "greek"),  # Greek extended (polytonic)
    (0xFB1D, 0xFB4F, "hebrew"),  # Hebrew presentation forms
    (0xFB50, 0xFDFF, "arabic"),  # Arabic presentation forms-A
    (0xFE70, 0xFEFF, "arabic"),  # Arabic presentation forms-B
)
_ALPHABET_STARTS = [first for first, _, _ in _ALPHABETS]


def alphabet(char: str) -> Alphabet | None:
    """The alphabet a letter or combining mark is written in (Latin, Greek, Cyrillic, Hebrew,
    Arabic, Thai, Hangul, Han, kana...), None for digits, spaces, symbols and anything else. Two
    alphabets in one word ("Àëåêñàíäð" beside Cyrillic, "Se醤") is text read in the wrong
    encoding. Fullwidth letters (ＡＢＣ) are Latin."""
    east = script(char)
    if east is not None:
        if east != "cjk-punctuation" or not char.isalpha():
            return None if east == "cjk-punctuation" else east
        return "latin" if 0xFF21 <= ord(char) <= 0xFF5A else "han"  # ＡＢＣ; 々 and 〇
    code = ord(char)
    at = bisect.bisect_right(_ALPHABET_STARTS, code) - 1
    if at < 0:
        return None
    _, last, name = _ALPHABETS[at]
    if code > last or (name == "latin" and code < 0x80 and not char.isalpha()):
        return None
    if code < 0x250 and not unicodedata.category(char).startswith("L"):
        return None  # ×, ÷, ¿ and the other symbols between the Latin letters
    return name


#: Accents Greek drops in capitals: the tonos (U+0301, and U+0344's acute half), the
#: polytonic grave, circumflex, breathings and iota subscript. The dialytika (U+0308) stays,
#: since it says two vowels are read apart (ΑΫΠΝΟΣ), which is why ΐ and ΰ keep it.
_GREEK_CAPITAL_DROPS = frozenset("\u0300\u0301\u0313\u0314\u0342\u0345")
_GREEK = re.compile("[\u0370-\u03ff\u1f00-\u1fff]")


def has_greek(text: str) -> bool:
    """Whether `text` has a Greek letter (or a Greek accent)."""
    return _GREEK.search(text) is not None


def upper(text: str, language: str | None = None) -> str:
    """`text` in capitals as its script writes them: Greek without the tonos (Ελλάδα is
    ΕΛΛΑΔΑ; Ευρωπαϊκή keeps its dialytika, ΕΥΡΩΠΑΪΚΗ), and Turkish and Azerbaijani i as İ
    when the text is in that language (`language`)."""
    if language in ("tr", "az"):
        text = text.replace("i", "\u0130")
    if not has_greek(text):
        return text.upper()
    kept: list[str] = []
    for ch in unicodedata.normalize("NFD", text.upper()):
        # A mark is dropped only on a Greek letter: "Café Ελλάδα" keeps its é.
        if ch not in _GREEK_CAPITAL_DROPS or _base_alphabet(kept) != "greek":
            kept.append(ch)
    return unicodedata.normalize("NFC", "".join(kept))


def _base_alphabet(kept: list[str]) -> Alphabet | None:
    """The alphabet of the letter the last combining marks in `kept` sit on."""
    for ch in reversed(kept):
        if not unicodedata.combining(ch):
            return alphabet(ch)
    return None


#: Blocks that hold combining marks: accents, and the vowel signs, tone marks and viramas of
#: the scripts of South and Southeast Asia (Brahmi, Kaithi, Chakma beyond the BMP), Hebrew and
#: Arabic (Unicode 15.1, Blocks.txt).
_MARK_BLOCKS = ((0x0300, 0x1DFF), (0x20D0, 0x20FF), (0x302A, 0x309A), (0xA66F, 0xABFF),
                (0xFE00, 0xFE2F), (0x11000, 0x111FF))  # fmt: skip


@cache
def not_word() -> re.Pattern[str]:
    """What stands between words: not a letter, a digit or a mark on a letter. Python's \\W
    alone cuts a Thai or Hindi word at each vowel sign ('ตัน' into 'ต น'), since a mark is
    not alphanumeric. Made once, when first asked (it reads the Unicode database)."""
    runs: list[list[int]] = []  # [first, last] of each run of marks
    for first, last in _MARK_BLOCKS:
        for c in range(first, last + 1):
            if unicodedata.category(chr(c)) not in ("Mn", "Mc"):
                continue
            if runs and runs[-1][1] == c - 1:
                runs[-1][1] = c
            else:
                runs.append([c, c])
    marks = "".join(f"{re.escape(chr(a))}-{re.escape(chr(b))}" for a, b in runs)
    return re.compile(f"(?:_|[^\\w{marks}])+")
