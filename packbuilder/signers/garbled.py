"""Text garbled by an earlier wrong decoding, found: UTF-8 bytes read as Windows-1252 or
Latin-1 and saved again ("MÃ¼ller" for "Müller")."""

from __future__ import annotations

import re


def unmangled(text: str) -> str | None:
    """The text UTF-8 bytes were meant to be, when they were read as Windows-1252 or Latin-1
    and saved again ("MÃ¼ller" for "Müller"); None for text that is not garbled that way."""
    if text.isascii() or _LEAD_AND_NEXT.search(text) is None:  # most cells of a list
        return None
    words = text.split(" ")
    meant = [_unmangled_word(word) or word for word in words]
    return " ".join(meant) if meant != words else None


def _continuation(byte: int) -> str:
    try:
        return bytes((byte,)).decode("cp1252")
    except UnicodeDecodeError:  # a byte Windows-1252 leaves undefined: Latin-1's reading only
        return ""


#: A lead byte of a 2-4 byte UTF-8 sequence followed by a continuation byte, as Windows-1252 or
#: Latin-1 read them ("Ã¼"): garbled UTF-8 has one in each word it garbles, most text none.
_LEAD_AND_NEXT = re.compile(
    "[\u00c2-\u00f4]["
    + re.escape("".join(chr(b) + _continuation(b) for b in range(0x80, 0xC0)))
    + "]"
)


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
