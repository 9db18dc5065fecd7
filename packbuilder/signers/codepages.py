"""The code pages spreadsheets write a "CSV" in when not told to write UTF-8, the languages each
one is for, and whether a decoded text reads like names and addresses in one of them.

Single-byte code pages decode almost any bytes: Russian written by Excel in Windows-1251 reads
as "Àëåêñàíäð" in Windows-1252 and as Greek letters in Windows-1253. What tells them apart is
what real words look like: letters of one alphabet per word, letters one language writes
together ("Dvořák" but not "Dvoøák"), vowels in a Cyrillic or Greek word, a Greek final sigma
only at a word's end, combining marks after a letter of their own script, Chinese, Japanese and
Korean characters from the common set of the language the code page is for.
"""

from __future__ import annotations

import functools
import itertools
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from packbuilder.language import scripts
from packbuilder.signers import spelling

DATA_FILE = Path(__file__).with_name("codepages.yaml")


@dataclass(frozen=True)
class CodePage:
    #: How the column report and messages name it.
    label: str
    #: The languages written in it (keys of ALPHABETS).
    languages: tuple[str, ...]
    #: The alphabets its letters come from (besides ASCII).
    alphabets: frozenset[str]
    #: The campaign languages for which Excel writes it (BCP 47 tags, lowercase).
    excel_for: tuple[str, ...] = ()
    #: Tried only on a file whose lines end with CR alone (old Mac Excel).
    cr_only: bool = False
    #: The languages it is written for (the data file's list); `languages` adds those whose
    #: letters it holds.
    named: tuple[str, ...] = ()
    #: Tried only when no other code page reads the file: DOS code pages read a Windows file's
    #: accents as other accents ("Juárez" as "Juçrez"), but Windows ones a DOS file's not.
    last: bool = False
    #: Tried only in a campaign in one of these languages, when given: Excel for Mac writes
    #: the Mac code page of its system's language, and a Russian campaign's Mac is Russian.
    campaigns: tuple[str, ...] = ()
    #: Writes every character Unicode has (GB18030), so every language of its alphabets.
    unicode: bool = False


def _letters(spec: str) -> str:
    """A language's letters from the data file, where "א-ת" stands for every letter between."""
    return re.sub("(.)-(.)", lambda m: "".join(map(chr, range(ord(m[1]), ord(m[2]) + 1))), spec)


def _served(
    codec: str, named: list[str], alphabets: dict[str, str], unicode: bool = False
) -> tuple[str, ...]:
    """The languages a code page is written for, then every other language whose letters it
    holds, one byte each: a Baltic list's "Tomé" is Windows-1257 as well as "Rūta" is. A code
    page that writes all of Unicode holds every language's letters, in as many bytes as it
    takes: a Chinese form's "Zürich" in GB18030."""
    held = []
    for lang, letters in alphabets.items():
        both = letters + letters.upper()
        try:
            single_bytes = unicode or len(both.encode(codec)) == len(both)
        except UnicodeEncodeError:
            continue
        if letters and single_bytes and lang not in named:
            held.append(lang)
    return (*named, *held)


def _load(key: str = "code_pages") -> tuple[dict[str, str], dict[str, CodePage]]:
    """The letters of each language and the code pages (or the encodings only named, `key`
    "named_only"), from codepages.yaml through the content loader."""
    from packbuilder.signers.vocabulary import data_file

    data = data_file(DATA_FILE)
    alphabets = {lang: _letters(spec) for lang, spec in data["alphabets"].items()}
    pages = {
        codec: CodePage(
            entry["label"],
            _served(codec, entry["languages"], alphabets, entry.get("unicode") == "true"),
            frozenset(entry["alphabets"]),
            tuple(entry.get("excel_for", ())),
            entry.get("cr_only") == "true",
            tuple(entry["languages"]),
            entry.get("last") == "true",
            campaigns=tuple(entry.get("campaigns", ())),
            unicode=entry.get("unicode") == "true",
        )
        for codec, entry in data[key].items()
    }
    for codec, page in pages.items():
        unknown = set(page.languages) - set(alphabets)
        if unknown:
            raise ValueError(f"{DATA_FILE}: {codec}: no alphabet for {sorted(unknown)}")
    return alphabets, pages


#: The letters beyond ASCII each language writes (lowercase), and the code pages by codec name.
ALPHABETS, CODE_PAGES = _load()
#: Encodings only named in a refusal, never chosen (codepages.yaml named_only).
NAMED_ONLY = _load("named_only")[1]

#: The code page a campaign's language makes the likely one (what Excel writes on a Windows set
#: up for that language).
HINTS: dict[str, str] = {
    lang: codec for codec, page in CODE_PAGES.items() for lang in page.excel_for
}


def hint(language: str) -> str | None:
    """The code page `language` (a BCP 47 tag) makes the likely one; None for English and the
    other Western European languages, whose names come from everywhere."""
    tag = language.lower()
    for prefix in sorted(HINTS, key=len, reverse=True):
        if tag == prefix or tag.startswith(prefix + "-"):
            return HINTS[prefix]
    return None


_VOWELS = {
    "cyrillic": frozenset("аеёиоуыэюяієїўъ"),  # ъ is a vowel in Bulgarian: Гърция
    "greek": frozenset("αεηιουωάέήίόύώϊϋΐΰ"),
}
#: Marks that stand between two letters of one name: O’Brien, Jean‐Luc, Col·lecció.
_JOINERS = frozenset("’ʼ‘´`‐‑–·׳״")
_OPENERS = frozenset("„“‘«‹¿¡")
_CLOSERS = frozenset("”“’»›ªº¹²³°™®©…")  # not ‰: "Evrop‰" is DOS 850's "Evropë"
_ZERO_WIDTH = frozenset("\u200c\u200d\u200e\u200f")  # Persian ZWNJ, direction marks
#: Marks that close a word of one script only.
_SCRIPT_CLOSERS = {
    "׳": "hebrew", "״": "hebrew", "،": "arabic", "؛": "arabic",
    # The keraia Greeks type after a letter used as a numeral ("Μακαρίου Γ΄", Makarios III),
    # as the tonos Windows-1253 has or as the Greek numeral sign.
    "΄": "greek", "ʹ": "greek",
}  # fmt: skip
#: A cell's words beyond ASCII: what lies between spaces and a CSV file's separators and quotes.
#: These bytes are below 0x40, so never the second byte of a Chinese, Japanese or Korean
#: character: the file's bytes split into the same words in every code page.
_WORDS = re.compile(rb"[^\s,;\t\"]+")


def words_of(data: bytes) -> list[bytes]:
    """The file's words with a byte beyond ASCII, each once, in the order they first come."""
    # Every word, then those beyond ASCII: one pattern asking for a byte beyond ASCII inside
    # a word was tried again from each byte of each ASCII word (0.04 s in 5,000 rows).
    return list(dict.fromkeys(itertools.filterfalse(bytes.isascii, _WORDS.findall(data))))


@dataclass(frozen=True)
class Verdict:
    """What a decoded text looks like in one code page."""

    #: Why it is not names and addresses ("'Àëåêñàíäð' mixes ..."), None when it could be.
    wrong: str | None
    #: How many of the code page's languages its words need (fewer is likelier).
    languages: int = 0
    #: The share of letters beyond ASCII that are common in the code page's language: Chinese,
    #: Japanese or Korean characters from its everyday set, the most frequent letters of
    #: Russian, Greek, Hebrew, Arabic or Thai; 1.0 for Latin code pages.
    common: float = 1.0
    #: For each word with letters beyond ASCII, the code page's languages that write them all.
    fits: tuple[frozenset[str], ...] = ()


def judge(words: list[str], codec: str) -> Verdict:
    """Whether a file's `words` (words_of, decoded with `codec`) read like names and
    addresses."""
    fits: list[frozenset[str]] = []
    east = common = 0
    for word in words:
        found = _word(word, codec)
        if isinstance(found, str):
            return Verdict(f"'{word}' {found}")
        languages, east_asian, usual = found
        if languages is not None:
            fits.append(languages)
        east += east_asian
        common += usual
    if codec in ("cp1251", "cp1253"):
        # Hebrew and Arabic read as Greek or Cyrillic come out in small letters only.
        own = [w for w in words if any(ch.isalpha() and not ch.isascii() for ch in w)]
        if len(own) >= 2 and not any(ch.isupper() and not ch.isascii() for w in own for ch in w):
            return Verdict("no name or place in it starts with a capital letter")
    share = common / east if east else 1.0
    if not east and any(_half_width(ch) for word in words for ch in word):
        return Verdict("has half-width katakana but no other Japanese")
    if codec in _COMMON_SETS and east and share < 0.8:
        return Verdict(f"only {share:.0%} of its Chinese, Japanese or Korean characters are common")
    if codec == "cp949" and east and not any(scripts.is_hangul(ch) for w in words for ch in w):
        # Korean names and places are written in Hangul; Hanja alone is Chinese or Hebrew,
        # Greek or Thai bytes read as Korean.
        return Verdict("has Chinese characters but not one Korean letter")
    return Verdict(None, cover(fits, _page(codec)), share, tuple(fits))


def _page(codec: str) -> CodePage:
    return CODE_PAGES.get(codec) or NAMED_ONLY[codec]


@functools.lru_cache(maxsize=8192)
def _word(word: str, codec: str) -> str | tuple[frozenset[str] | None, int, int]:
    """Why `word` cannot be in `codec`'s languages, or (the languages that write its letters,
    its Chinese, Japanese and Korean characters, how many of those are common)."""
    page = _page(codec)
    alphabets: set[str] = set()
    accented: set[str] = set()
    foreign_latin = False  # Latin letters beyond ASCII: never beside Han, kana or Hangul
    east = common = 0
    before = ""
    for i, ch in enumerate(word):
        after = word[i + 1] if i + 1 < len(word) else ""
        category = unicodedata.category(ch)
        if ch.isascii() or 0xFF01 <= ord(ch) <= 0xFF5E:  # ASCII and its full-width forms
            if ch.isalpha():
                alphabets.add("latin")
                if before.isalpha() and before.islower() and ch.isupper() and not before.isascii():
                    return "has a capital after a small letter"
                if _ascii_letter(before) and not ch.isascii():
                    return "has a full-width letter after an ordinary one"  # "AmＳique"
            before = ch
            continue
        name = scripts.alphabet(ch)
        if (
            ch == "\ufffd"
            or category in ("Cc", "Cn", "Co", "Cs")
            or (category == "Cf" and ch not in _ZERO_WIDTH and ch != "\u00ad")
        ):
            return f"has a control or unassigned character (U+{ord(ch):04X})"
        if 0x2500 <= ord(ch) <= 0x259F:
            return "has a box-drawing character"
        if category in ("Mn", "Mc"):
            base = scripts.alphabet(before) if before else None
            if not before or not (before.isalpha() or unicodedata.category(before)[0] == "M"):
                return "has an accent or vowel mark on no letter"
            if name is not None and base is not None and name != base:
                return "has a mark of one script on a letter of another"
            before = ch
            continue
        if category[0] == "L" and ch not in "ªº":
            if name is None or name not in page.alphabets:
                return "has letters the code page's languages do not write"
            if i == 1 and before.isupper() and ch.isupper() and after.islower():
                return "has a capital after its first letter"  # "MŽxico" is Mac Roman "México"
            alphabets.add(name)
            if before.isalpha() and before.islower() and ch.isupper():
                return "has a capital after a small letter"
            if name in ("han", "kana", "hangul"):
                glued = _ascii_letter(before) or _ascii_letter(after)
                if _half_width(ch):
                    # Half-width katakana (ﾌﾘｶﾞﾅ columns of older Japanese systems) are what
                    # Thai, Arabic or accented Latin bytes look like in Shift-JIS: they count
                    # for nothing either way, and never beside a Latin letter ("PEﾑA").
                    if glued:
                        return "glues a half-width katakana to a Latin letter"
                    before = ch
                    continue
                east += 1
                usual = _common(ch, codec)
                common += usual
                if not usual and glued:
                    return "glues a rare Chinese, Japanese or Korean character to a Latin letter"
                if _ascii_letter(before) and (before.islower() or _ascii_letter(after)):
                    # "Tom谷" is São Tomé's "Tomé" read as Big5; JR東日本 and KT빌딩 are fine
                    return "has a Chinese, Japanese or Korean character inside a Latin word"
            else:
                foreign_latin = foreign_latin or name == "latin"
                accented.add(_lower(ch))
                if codec in _FREQUENT:
                    east += 1
                    common += _lower(ch) in _FREQUENT[codec]
            before = ch
            continue
        # A symbol: between letters only the joiners (O’Brien), before one only an opener;
        # 2º and 1ª are ordinals after a number.
        if ch in _ZERO_WIDTH:
            # A joiner or direction mark only between two Arabic letters (Persian ZWNJ);
            # anywhere else it is a Turkish ı or an unused byte read as Windows-1255 or -1256.
            if not (_letter_in(before, "arabic") and _letter_in(after, "arabic")):
                return "has an invisible mark inside a word"
            before = ch
            continue
        if category == "Nd":
            # Thai, Arabic or other digits stand beside their own script's letters only:
            # "J๘rgensen" is Danish "Jørgensen" read as Windows-874.
            for side in (before, after):
                if side and (side.isdigit() or side.isalpha()) and scripts.alphabet(side) != name:
                    return f"has a {(name or 'foreign').title()} digit beside another script"
            before = ch
            continue
        if ch.isspace():
            before = ch
            continue
        if scripts.script(ch) in ("cjk-punctuation", "kana") and (
            _east_asian(before) or _east_asian(after)
        ):
            before = ch  # "1、您的姓名：" (a numbered question), 「東京」
            continue
        if ch in _JOINERS and before.isalpha() and after.isalpha():
            before = ch
            continue
        if ch == "\u00ad" and before.isalpha() and after.isalpha():
            before = ch  # a soft hyphen: "Reyk\u00adja\u00advík"
            continue
        if ch in _SCRIPT_CLOSERS and _letter_in(before, _SCRIPT_CLOSERS[ch]):
            before = ch  # Hebrew geresh (ג׳ורג׳), Arabic comma and semicolon
            continue
        if after.isalpha() and ch not in _OPENERS:  # "ªtefan" but "2º B" and "Mª José"
            return "has a symbol glued to a letter"
        if before.isalpha() and ch not in _CLOSERS:  # "Jos¤" but "Müller“" and "m²"
            return "has a symbol glued to a letter"
        if ch in "ªº" and before.isalpha() and i > 3:
            # An ordinal indicator ends an abbreviation of three letters at most ("Mª", "nº",
            # Portuguese "Exmº", "Ilmª"): "Miloº" is "Miloš" (ISO-8859-10) read as Windows-1252.
            return "has an ordinal indicator after a word"
        if ch in "¹²³" and before.isalpha() and before != "m":
            # A square or cubic metre ("m²", "km²") is the only power a letter takes in an
            # address: "Milo¹" is Czech "Miloš" (ISO-8859-2) read as Windows-1252.
            return "has a superscript digit glued to a letter"
        before = ch
    mixed = set(alphabets)
    if mixed & {"han", "kana", "hangul"} and not foreign_latin:
        mixed.discard("latin")  # JR東日本, KT빌딩
    if mixed <= {"han", "kana"}:
        mixed = set()
    if len(mixed) > 1:
        return "mixes " + " and ".join(sorted(mixed)) + " letters in one word"
    for bicameral in mixed & {"cyrillic", "greek"}:
        wrong = _bicameral(word, bicameral)
        if wrong:
            return wrong
    if "thai" in mixed and spelling.thai_misplaced(word):
        return "has Thai vowels or signs where no Thai word has them"
    if "arabic" in mixed:
        letters = [ch for ch in word if ch.isalpha()]
        # Taa marbuta and alif maqsura end a word; a word has at most one standalone hamza.
        if any(ch in "ةى" for ch in letters[:-1]) or letters.count("ء") > 1:
            return "has Arabic letters where no Arabic word has them"
    if not accented:
        # A Chinese, Japanese or Korean word is in the language its code page is for.
        return (frozenset(page.languages[:1]) if east else None, east, common)
    fit = frozenset(lang for lang in page.languages if accented <= _ALPHABET_SETS[lang])
    if "vi" in fit and not spelling.vietnamese(word):
        fit -= {"vi"}
    fit -= spelling.misplaced(fit, word)  # "Gdañsk" is no Spanish; "Gyõr" no Portuguese
    if not fit:
        return "has letters no one language of the code page writes together"
    return (fit, east, common)


def _letter_in(ch: str, alphabet: str) -> bool:
    return bool(ch) and ch.isalpha() and scripts.alphabet(ch) == alphabet


def _half_width(ch: str) -> bool:
    return 0xFF61 <= ord(ch) <= 0xFF9F


def _east_asian(ch: str) -> bool:
    return bool(ch) and scripts.script(ch) in ("han", "kana", "hangul")


def _ascii_letter(ch: str) -> bool:
    return ch.isascii() and ch.isalpha()


def _bicameral(word: str, alphabet: str) -> str | None:
    letters = [ch for ch in word if ch.isalpha()]
    vowels = sum(_lower(ch) in _VOWELS[alphabet] for ch in letters)
    # Greek read as Cyrillic keeps almost no vowel: "РБРБДПРПХЛПУ" for ΠΑΠΑΔΟΠΟΥΛΟΣ.
    if len(letters) <= 4 and (word.isupper() or word.endswith(".")):
        return None  # an abbreviation: СНТ, КНДР, ΚΚΕ; "стр." (строение, a building)
    if (len(letters) >= 3 and not vowels) or (len(letters) >= 6 and vowels < len(letters) / 6):
        return f"is {alphabet.title()} letters with almost no vowel"
    if alphabet == "greek":
        lower = word.lower()
        if "ς" in lower.rstrip(".’'-")[:-1]:
            return "has a final sigma inside a word"
    return None


def _lower(ch: str) -> str:
    low = ch.lower()
    return low if len(low) == 1 else ch.casefold()[:1]


_ALPHABET_SETS = {lang: frozenset(letters) | {"i"} for lang, letters in ALPHABETS.items()}


EAST_ASIAN = _COMMON_SETS = ("gb18030", "big5", "big5hkscs", "cp932", "euc_jp", "cp949")


def _frequent() -> dict[str, frozenset[str]]:
    """The letters most used in the languages of each non-Latin single-byte code page, from
    charset-normalizer's frequency tables (the 26 most frequent letters of each language)."""
    from charset_normalizer.constant import FREQUENCIES

    languages = {
        "cp1251": ("Russian", "Ukrainian", "Bulgarian", "Serbian"),
        "cp1253": ("Greek",),
        "cp1255": ("Hebrew",),
        "cp1256": ("Arabic", "Farsi"),
        "cp874": ("Thai",),
    }
    return {
        codec: frozenset(letter for name in names for letter in FREQUENCIES[name])
        for codec, names in languages.items()
    }


_FREQUENT = _frequent()


def _common(ch: str, codec: str) -> bool:
    """Whether a Han, kana or Hangul character is in the common set of the code page's
    language: GB 2312's level 1 for Chinese GBK, Big5's level 1, JIS X 0208 level 1 kanji and
    full-width kana for Shift-JIS and EUC-JP, KS X 1001's Hangul for Korean."""
    try:
        if codec == "gb18030":
            # GB 2312's level 1: the 3,755 characters in everyday use, by pinyin (rows 16-55).
            return 0xB0 <= ch.encode("gb2312")[0] <= 0xD7
        if codec in ("big5", "big5hkscs"):  # Hong Kong's own characters are no level 1
            return 0xA4 <= ch.encode("big5")[0] <= 0xC6
        if codec in ("cp932", "euc_jp"):  # the same JIS X 0208 characters, either way
            if scripts.script(ch) == "kana":
                return not _half_width(ch)
            return ch.encode("cp932")[0] <= 0x98  # symbols, kana and level 1 kanji
        if codec == "cp949":
            # Python writes a syllable outside KS X 1001's 2,350 as an 8-byte make-up sequence.
            # Hanja are not everyday Korean: names and places are written in Hangul, and Chinese
            # GBK bytes read as Korean come out as Hanja beside odd syllables ("쟀컹 蠟寬").
            return scripts.is_hangul(ch) and len(ch.encode("euc_kr")) == 2
    except UnicodeEncodeError:
        return False
    return False


def cover(fits: Iterable[frozenset[str]], page: CodePage) -> int:
    """How many languages explain every word (greedy set cover): a Turkish file read as
    Windows-1252 needs Czech for "Yýldýz" and German for "Öztürk", read as Windows-1254 only
    Turkish. A language the code page holds but is not written for counts twice: "Seįn" is
    Lithuanian and "René" Swedish in Windows-1257, but Irish "Seán" and "René" are Windows-1252."""
    left = [f for f in fits if f]
    count = 0
    while left:
        counts: dict[str, int] = {}
        for fit in left:
            for lang in fit:
                counts[lang] = counts.get(lang, 0) + 1
        best = max(sorted(counts), key=lambda lang: (counts[lang], lang in page.named))
        left = [f for f in left if best not in f]
        count += 1 if best in page.named else 2
    return count
