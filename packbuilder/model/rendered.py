"""What layout hands to the PDF stage, as plain data: where each part landed, the pages it
inserted, how each address sits in its window, and the structure tree it built."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

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
    """The laid-out pack before finishing.

    Layout has written the pages to `writer` (a pdfwriter.StreamDocument: the open PDF file,
    pages, structure elements and outline entries in it already); finish writes what comes
    last (catalog, page labels, metadata, cross-reference) and closes it. `insertions` says
    where blank duplex pages and attached PDFs went (final page indices, ascending), and every
    mark and label range already counts them.
    """

    writer: Any
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
    #: Object number of the structure tree root (PDF/UA tags); 0 for an untagged build.
    struct_tree: int = 0
    #: Object number of the outline (bookmarks); 0 for none.
    outline: int = 0
    #: Letters drawn.
    letters: int = 0

    @property
    def tagged(self) -> bool:
        return self.struct_tree != 0

    @property
    def final_page_count(self) -> int:
        """Pages in the final file: drawn pages plus blanks and attached pages."""
        added = sum(i.attachment.pages if i.attachment else 1 for i in self.insertions)
        return self.page_count + added


@dataclass(frozen=True, slots=True)
class MarkedContent:
    """A marked-content sequence layout drew: drawn page (0-based) and its MCID there."""

    page: int
    mcid: int


@dataclass(frozen=True, slots=True)
class AnnotationRef:
    """A link annotation layout drew on drawn page `page`: object number `num` in the file."""

    page: int
    num: int


@dataclass(frozen=True, slots=True)
class WrittenElement:
    """An element already written to the file (object `num`), its content starting on drawn
    page `page` (-1 for none): what its parent keeps of it."""

    num: int
    page: int


@dataclass(eq=False)
class StructElement:
    """One element of the pack's structure tree (PDF/UA): what a screen reader announces.

    Layout builds the tree in reading order while it builds the story (so the order is the
    document's, not the drawing's) and appends the marked content it draws for each element;
    an element whose content is all drawn (a letter, a sheet) is written to the file then and
    its parent keeps only its number (WrittenElement). Mutable only while layout runs.
    """

    role: str  # a standard structure type: Document, Sect, H1, P, Table, TH, L, LI, Link...
    kids: list[StructElement | MarkedContent | AnnotationRef | WrittenElement] = field(
        default_factory=list
    )
    alt: str = ""
    lang: str = ""
    title: str = ""
    #: Table attributes (/O /Table), e.g. (("Scope", "Column"),) or (("ColSpan", 5),).
    table: tuple[tuple[str, str | int], ...] = ()
    #: What the element is to the pack, not written to the PDF: "letter" for each letter.
    kind: str = ""
    #: Its object number in the file once it has one (0 before).
    num: int = 0
    parent: StructElement | None = field(default=None, repr=False)

    def add(self, role: str, **kw: str | tuple[tuple[str, str | int], ...]) -> StructElement:
        """A new child element at the end (reading order is the order of adding)."""
        kid = StructElement(role, **kw)  # type: ignore[arg-type]
        kid.parent = self
        self.kids.append(kid)
        return kid
