"""PDF syntax as bytes: strings, names, references (no library: finish and layout both write it)."""

from __future__ import annotations

from typing import Protocol


class Sink(Protocol):
    """Where a PDF is written: a file, or memory."""

    def write(self, data: bytes, /) -> int: ...


def pdf_string(text: str) -> bytes:
    """A PDF text string: literal for printable ASCII, else UTF-16BE with its byte-order mark."""
    if text.isascii() and text.isprintable():
        escaped = text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
        return b"(" + escaped.encode("ascii") + b")"
    return b"<feff" + text.encode("utf-16-be").hex().encode("ascii") + b">"


def pdf_name(name: str) -> bytes:
    """A PDF name object (`name` without its slash; characters outside ! to ~ escaped)."""
    out = bytearray(b"/")
    for byte in name.encode("utf-8"):
        if 0x21 <= byte <= 0x7E and byte not in b"#()<>[]{}/%":
            out.append(byte)
        else:
            out += b"#%02X" % byte
    return bytes(out)


def ref(number: int) -> bytes:
    return b"%d 0 R" % number
