"""ReportLab's canvas as the pack draws with it: into a StreamDocument, colours as a printer takes
them (black and greys in DeviceGray, other colours in RGB, or in DeviceCMYK for a press).

Black text written as `0 0 0 rg` is converted by a press's RIP to a rich black of all four
inks, which smears at small sizes when the plates are not in perfect register; `0 g` prints
from the black plate alone. A colour in DeviceCMYK goes to the plates as written, so the
copy-shop file needs no ICC profile (an RGB file would need one, under a licence that lets it
travel with the pack, for the press to convert it predictably); the conversion from the
layout's RGB is the plain one (black taken out as the common part, the rest scaled to what is
left), which keeps the few accent colours close.
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.colors import CMYKColor, Color, toColor
from reportlab.pdfgen.canvas import Canvas
from reportlab.pdfgen.textobject import PDFTextObject

from packbuilder.pdf.writer import StreamDocument

#: How colours are written: "rgb" (screens, office printers) or "cmyk" (a press).
RGB, CMYK = "rgb", "cmyk"


def _rgb(colour: Any) -> tuple[float, float, float] | None:
    """The colour's red, green and blue, or None when it is not an RGB colour."""
    if isinstance(colour, CMYKColor):
        return None
    if isinstance(colour, Color):
        return (colour.red, colour.green, colour.blue)
    if isinstance(colour, tuple | list) and len(colour) == 3:
        return (float(colour[0]), float(colour[1]), float(colour[2]))
    return None


def _cmyk(r: float, g: float, b: float) -> tuple[float, float, float, float]:
    """The plain conversion: black as the common part, the rest scaled to what is left, so the
    colour keeps its saturation (and a viewer's plain conversion back shows the same RGB)."""
    black = 1 - max(r, g, b)
    left = 1 - black
    return ((1 - r - black) / left, (1 - g - black) / left, (1 - b - black) / left, black)


class PrintColours:
    """What ReportLab's canvas and text objects set colours with, written for print: an RGB
    grey (black included) as DeviceGray, any other RGB colour as CMYK when `colours` says so."""

    colours: str = RGB

    def setFillColor(self, aColor: Any, alpha: Any = None) -> None:
        self._set(aColor, alpha, self.setFillGray, super().setFillColor)  # type: ignore[attr-defined, misc]

    def setStrokeColor(self, aColor: Any, alpha: Any = None) -> None:
        self._set(aColor, alpha, self.setStrokeGray, super().setStrokeColor)  # type: ignore[attr-defined, misc]

    def _set(self, colour: Any, alpha: Any, gray: Any, other: Any) -> None:
        colour = toColor(colour) if isinstance(colour, str) else colour
        rgb = _rgb(colour)
        if rgb is not None and rgb[0] == rgb[1] == rgb[2]:
            gray(rgb[0], alpha)
        elif rgb is not None and self.colours == CMYK:
            other(CMYKColor(*_cmyk(*rgb)), alpha)
        else:
            other(colour, alpha)


class PrintText(PrintColours, PDFTextObject):  # type: ignore[misc]
    """ReportLab's text object (paragraph lines are drawn through it), colours for print."""


class StreamCanvas(PrintColours, Canvas):  # type: ignore[misc]
    """ReportLab's canvas drawing into a StreamDocument, noting the links it draws; colours
    written for print (`colour.PrintColours`: black as DeviceGray, CMYK for a press)."""

    def __init__(
        self, *args: Any, document: StreamDocument, colours: str = RGB, **kwargs: Any
    ) -> None:
        super().__init__(*args, **kwargs)
        self._doc = document
        self.colours = colours
        #: The link annotations drawn on this page: (ReportLab's dictionary, its URI).
        self.links: list[tuple[Any, str]] = []

    def beginText(self, x: float = 0, y: float = 0, direction: Any = None) -> PrintText:
        text = PrintText(self, x, y, direction=direction)
        text.colours = self.colours
        return text

    def linkURL(self, url: str, rect: Any, *args: Any, **kwargs: Any) -> None:
        super().linkURL(url, rect, *args, **kwargs)
        name = self._annotationrefs[-1].name
        self.links.append((self._doc.idToObject[name], url))

    def share(self, start: int) -> int:
        """Make what was drawn on this page since `start` (an index into its code) a content
        stream of its own, in its place here: its number, for `place` on other pages.

        A page's content may be an array of streams, read as one (ISO 32000-1 7.8.2): the
        text a thousand letters share is one stream that each page lists, and a reader that
        never opens a form XObject still finds it in the page's own content.
        """
        code = self._code
        num = self._doc.content_stream(("\n".join(code[start:]) + "\n").encode("utf-8"))
        del code[start:]
        self.place(num)
        return num

    def place(self, num: int) -> None:
        """Draw shared content stream `num` (see `share`) here."""
        self._code.append(f"\x00{num}\x00")

    def showPage(self) -> None:
        super().showPage()
        self.links = []
