"""What layout hands to the PDF stage, as plain data: where each part landed, the pages it
inserted, the page labels, and how each address sits in its window. The file layout drew
into, with its structure tree and outline, is the PDF stage's own (`pdf.file.PdfFile`)."""

from __future__ import annotations

from dataclasses import dataclass

from packbuilder.model.document import Attachment


@dataclass(frozen=True)
class OutlineMark:
    """A bookmark target found while drawing: title, depth, final page index, height on page."""

    title: str
    level: int
    page: int
    #: Height of the target on its page in points (negative: show the whole page).
    top: float
    kind: str = "section"


@dataclass(frozen=True)
class Insertion:
    """A page the final file has that layout did not draw: a blank, or an attached PDF."""

    page: int
    attachment: Attachment | None = None


@dataclass(frozen=True)
class WindowFit:
    """How a post's recipient block clears the envelope window, wherever the letter rests."""

    post: str
    envelope: str
    lines: int
    #: Least distance, in points, between the block and the window's edges over the insert's
    #: resting range; negative when part of the address can slide out of sight.
    clearance: float
    #: The resting position (packet offset right and down, points) where that least clearance is.
    at: tuple[float, float]
    #: The same for the other envelopes the folded letter also goes in: (name, clearance).
    others: tuple[tuple[str, float], ...] = ()


@dataclass(frozen=True)
class RenderedBody:
    """The laid-out pack before finishing: what layout found while it drew the pages into the
    PDF file (`pdf.file.write_pdf` finishes that file with this).

    `insertions` says where blank duplex pages and attached PDFs went (final page indices,
    ascending), and every mark and label range already counts them.
    """

    page_count: int
    #: Where each part (and attached PDF) starts; letters and sheets are in the PDF's outline.
    marks: tuple[OutlineMark, ...]
    insertions: tuple[Insertion, ...]
    #: (first final page index, PDF label style) for each run of page labels.
    labels: tuple[tuple[int, str], ...]
    #: Bleed on each side in points (0 without); content is shifted by it.
    bleed: float
    #: How each post's recipient block sits in the envelope window.
    windows: tuple[WindowFit, ...] = ()
    #: Letters drawn.
    letters: int = 0

    @property
    def final_page_count(self) -> int:
        """Pages in the final file: drawn pages plus blanks and attached pages."""
        added = sum(i.attachment.pages if i.attachment else 1 for i in self.insertions)
        return self.page_count + added


def roman(n: int) -> str:
    """`n` in lower-case roman numerals, as a viewer shows a page label of style /r (ISO
    32000-1, 12.4.2) and as the footer prints the cover's page numbers."""
    out = []
    for value, letters in (
        (1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
        (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"),
    ):  # fmt: skip
        while n >= value:
            out.append(letters)
            n -= value
    return "".join(out)
