"""A spreadsheet's text from its bytes: the encoding its program wrote, never a guess that could
print mojibake; and text garbled by an earlier wrong decoding, found."""

from __future__ import annotations

import codecs
import re
import unicodedata
from pathlib import Path

from packbuilder.bounded import read_bounded
from packbuilder.errors import UnreadableFile
from packbuilder.language import scripts
from packbuilder.signers import words
from packbuilder.signers.report import Reading, Report
from packbuilder.signers.table import position

# A signer list is a few thousand rows; anything this large is the wrong file.
MAX_FILE_BYTES = 20 * 1024 * 1024
ENCODING_MESSAGE = (
    "cannot tell the file's text encoding for sure; open it in your spreadsheet and save it as "
    '"CSV UTF-8 (Comma delimited)" (Excel) or "Text CSV" with character set "Unicode (UTF-8)" '
    "(LibreOffice), or name the encoding with --signers-encoding"
)

#: Legacy code pages a spreadsheet writes when not told to write UTF-8, and the campaign
#: languages that make each the likely one.
_LEGACY = ("cp1252", "cp1250", "mac_roman", "cp949", "cp932", "gb18030", "big5")
_HINTS = {
    "ko": "cp949",
    "ja": "cp932",
    "zh-hant": "big5",
    "zh-tw": "big5",
    "zh-hk": "big5",
    "zh": "gb18030",
    **dict.fromkeys(("pl", "cs", "sk", "hu", "hr", "sl", "ro"), "cp1250"),
}
#: How each encoding is named in the column report.
NAMES = {
    "utf-8": "UTF-8",
    "utf-8-sig": "UTF-8 with BOM",
    "utf-16": "UTF-16",
    "utf-16-le": "UTF-16 (no BOM)",
    "utf-16-be": "UTF-16 (no BOM)",
    "utf-32": "UTF-32",
    "cp1252": "Windows-1252 (Excel plain CSV)",
    "cp1250": "Central European Windows-1250 (Excel plain CSV)",
    "mac_roman": "Mac Roman (Mac Excel CSV)",
    "cp949": "Korean CP949 (Excel CSV)",
    "cp932": "Japanese Shift-JIS/CP932 (Excel CSV)",
    "gb18030": "Chinese GBK/GB18030 (Excel CSV)",
    "big5": "Chinese Big5 (Excel CSV)",
}

_LINE_BREAK = re.compile(r"\r\n|\r|\n")


def read_text(path: Path, report: Report, how: Reading) -> tuple[str, str] | None:
    """The file's text and its encoding, or None after reporting why it cannot be read."""
    try:
        data = read_bounded(path, MAX_FILE_BYTES)
    except UnreadableFile as exc:
        report.error(1, 1, "(file)", "signer list not found" if exc.missing else str(exc))
        return None
    # .xlsx/.ods are zip archives and .xls is an OLE2 file; people attach these by mistake.
    if data.startswith((b"PK\x03\x04", b"\xd0\xcf\x11\xe0")):
        report.error(
            1, 1, "(file)", "this is a spreadsheet workbook, not a CSV file; save it as CSV UTF-8"
        )
        return None
    if how.encoding:
        try:
            decoded: tuple[str, str] | None = (data.decode(how.encoding), how.encoding)
        except LookupError:
            report.error(1, 1, "(file)", f"--signers-encoding: no encoding '{how.encoding}'")
            return None
        except UnicodeDecodeError as exc:
            prefix = data[: exc.start].decode(how.encoding, "replace")
            line, col = position(prefix, len(prefix))
            report.error(
                line, col, "(file)", f"this byte is not {how.encoding} text; {ENCODING_MESSAGE}"
            )
            return None
    else:
        decoded = decode(data, how.language)
    if decoded is None:
        report.error(1, 1, "(file)", ENCODING_MESSAGE)
        return None
    text, encoding = decoded
    nul = text.find("\x00")
    if nul >= 0:
        line, col = position(text, nul)
        report.error(
            line,
            col,
            "(file)",
            "contains a NUL character, so it is not plain CSV text (a workbook, or UTF-16 "
            "without a byte-order mark?); save it as CSV UTF-8",
        )
        return None
    if not text.strip():
        report.error(1, 1, "(file)", "file is empty; it needs a header row and a row per signer")
        return None
    return text, encoding


def decode(data: bytes, language: str = "en") -> tuple[str, str] | None:
    """The text and the encoding the exporting program wrote it in, from the bytes; None
    rather than a guess that could print mojibake."""
    # UTF-32 before UTF-16: the UTF-32 LE mark begins with the UTF-16 LE one.
    for bom, codec in (
        (codecs.BOM_UTF8, "utf-8-sig"),  # Excel "CSV UTF-8", Google Sheets, Airtable
        (codecs.BOM_UTF32_LE, "utf-32"),
        (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF16_LE, "utf-16"),  # Excel "Unicode Text", LibreOffice "Unicode"
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            try:
                return data.decode(codec), codec
            except UnicodeDecodeError:
                return None
    utf16 = _utf16_without_bom(data)
    if utf16 is not None:
        return utf16
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    return _legacy(data, language)


def _utf16_without_bom(data: bytes) -> tuple[str, str] | None:
    """UTF-16 text without a byte-order mark: mostly-ASCII text has a NUL in every other byte."""
    if len(data) < 4 or len(data) % 2:
        return None
    even, odd = data[0::2], data[1::2]
    for zeros, codec in ((odd, "utf-16-le"), (even, "utf-16-be")):
        if zeros.count(0) > 0.6 * len(zeros) and (even if zeros is odd else odd).count(0) == 0:
            try:
                return data.decode(codec), codec
            except UnicodeDecodeError:
                return None
    return None


def _legacy(data: bytes, language: str) -> tuple[str, str] | None:
    """A legacy code page, chosen by what the text must look like: known headers, letters
    where letters belong, then the campaign's language and the detector's reading of the
    bytes. When two readings stay equally likely and differ, None."""
    from charset_normalizer import from_bytes

    chaos = {m.encoding: m.chaos for m in from_bytes(data, cp_isolation=list(_LEGACY))}
    carriage_only = b"\r" in data and b"\n" not in data
    hint = next((c for tag, c in _HINTS.items() if language.lower().startswith(tag)), None)
    if hint is None:
        # Old Mac Excel ("CSV (Macintosh)") ends lines with CR alone and writes Mac Roman.
        hint = "mac_roman" if carriage_only else "cp1252"
    scored = []
    for codec in _LEGACY:
        if codec == "mac_roman" and not carriage_only:
            continue  # every byte is some Mac Roman character, so only with its line ends
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        plausible = _plausibility(text)
        if plausible < 0.999:
            continue
        score = (_header_hits(text), -round(chaos.get(codec, 1.0), 1), codec == hint)
        scored.append((score, codec, text))
    if not scored:
        return None
    scored.sort(key=lambda s: s[0], reverse=True)
    best_score, codec, text = scored[0]
    rivals = [t for s, _, t in scored[1:] if s[:2] == best_score[:2] and t != text]
    if rivals and not best_score[2]:
        return None
    # Code pages that agree on these bytes (cp1252 and cp1250 on "Müller") read the same: name
    # the most common one.
    codec = next(c for _, c, t in sorted(scored, key=lambda s: _LEGACY.index(s[1])) if t == text)
    return text, codec


_OPENERS = set("„“‘«‹¿¡")
#: Marks that stand between two letters of one name: O’Brien, Jean‐Luc, Col·lecció.
_JOINERS = set("’ʼ‘´`‐‑–·")
#: Han, kana and Hangul: a name in these scripts is never glued to a Latin letter, so "Se醤"
#: is Seán read as Chinese (cp1252 bytes decoded as GBK), not a name.
_EAST_ASIAN = ("hangul", "han", "kana")


def _plausibility(text: str) -> float:
    """The share of non-ASCII characters that could be in a name or address: letters, but no
    capital after a small letter ("MŸller" is Müller read in the wrong code page), no Han or
    Hangul glued to a Latin letter ("Se醤" is Seán read as Chinese), and no symbol glued to a
    letter ("…cole" is École read in the wrong code page) except an apostrophe or hyphen
    between two letters (O’Brien)."""
    total = bad = 0
    for i, ch in enumerate(text):
        if ch.isascii():
            continue
        total += 1
        before = text[i - 1] if i else " "
        after = text[i + 1] if i + 1 < len(text) else " "
        category = unicodedata.category(ch)
        if category[0] == "C":
            bad += 1
        elif ch.isalpha():
            miscased = ch.isupper() and before.isalpha() and before.islower()
            east_asian = scripts.script(ch) in _EAST_ASIAN
            glued = east_asian and (_ascii_letter(before) or _ascii_letter(after))
            bad += bool(miscased or glued)
        elif ch.isspace() or (ch in _JOINERS and before.isalpha() and after.isalpha()):
            continue
        elif after.isalpha() and ch not in _OPENERS:
            bad += 1
    return 1.0 if not total else 1 - bad / total


def _ascii_letter(ch: str) -> bool:
    return ch.isascii() and ch.isalpha()


def _header_hits(text: str) -> int:
    first = next((ln for ln in _LINE_BREAK.split(text) if ln.strip()), "")
    cells = re.split(r"[,;\t]", first)
    return sum(1 for c in cells if words.read_header(c.strip(' "')).role is not None)


def unmangled(text: str) -> str | None:
    """The text UTF-8 bytes were meant to be, when they were read as Windows-1252 or Latin-1
    and saved again ("MÃ¼ller" for "Müller"); None for text that is not garbled that way."""
    words = text.split(" ")
    meant = [_unmangled_word(word) or word for word in words]
    return " ".join(meant) if meant != words else None


def _unmangled_word(word: str) -> str | None:
    if not re.search(r"[\u00c2-\u00f4]", word):  # lead bytes of 2-4 byte UTF-8 sequences
        return None
    for codec in ("cp1252", "latin-1"):
        try:
            meant = word.encode(codec).decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            continue
        if meant != word:
            return meant
    return None
