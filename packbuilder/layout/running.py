"""Running text measured to fit: a web address cut into lines, a footer shortened.

Widths come from measure.width, the same runs the drawing code sets.
"""

from __future__ import annotations

import re

from packbuilder.layout.measure import width

#: Where a web address may break: after a "/" or a "." (never inside the scheme "https://",
#: never right after it, and never at a hyphen, which would read as a word break).
_URL_PIECE = re.compile(r"[^/.]*[/.]+|[^/.]+$")
_SCHEME = re.compile(r"^[a-z][a-z0-9+.-]*://", re.IGNORECASE)


def url_lines(url: str, room: float, face: str, size: float) -> list[str]:
    """A web address cut into lines of at most `room` points, each break after a "/" or ".".

    The scheme stays with the host ("https://www.example.org/" is never split after "//"). A
    piece with no "/" or "." that is wider than a whole line on its own is the one case cut
    anywhere: better a break inside it than text over the margin.
    """
    scheme = _SCHEME.match(url)
    head = scheme[0] if scheme else ""
    pieces = _URL_PIECE.findall(url[len(head) :])
    if pieces:
        pieces[0] = head + pieces[0]
    else:
        pieces = [url]
    lines: list[str] = []
    line = ""
    for piece in pieces:
        if line and width(line + piece, face, size) > room:
            lines.append(line)
            line = ""
        while width(line + piece, face, size) > room and len(piece) > 1:
            cut = len(piece)
            while cut > 1 and width(line + piece[:cut], face, size) > room:
                cut -= 1
            lines.append(line + piece[:cut])
            line, piece = "", piece[cut:]
        line += piece
    if line:
        lines.append(line)
    return lines


def shorten(text: str, room: float, face: str, size: float) -> str:
    """`text` cut at a word with an ellipsis so that it fits `room` points (page footers)."""
    if width(text, face, size) <= room:
        return text
    words = text.split()
    while words and width(" ".join(words) + " …", face, size) > room:
        words.pop()
    return " ".join(words) + " …"
