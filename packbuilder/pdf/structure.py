"""The pack's structure tree (PDF/UA), as the PDF stage keeps it while layout draws: elements,
the marked content and links drawn for them, and what stays of an element once written."""

from __future__ import annotations

from dataclasses import dataclass, field


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
    its parent keeps only its number (WrittenElement). The tree belongs to the PDF file being
    written (`tagging.Tagger.root`), never to the document model.
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

    def insert(self, role: str, before: StructElement, **kw: str) -> StructElement:
        """A new child element read just before kid `before` (a recent kid: looked for from
        the end)."""
        kid = StructElement(role, **kw)  # type: ignore[arg-type]
        kid.parent = self
        kids = self.kids
        at = next(i for i in range(len(kids) - 1, -1, -1) if kids[i] is before)
        kids.insert(at, kid)
        return kid
