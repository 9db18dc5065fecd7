"""Marked content while drawing (PDF/UA): each element's content in BDC/EMC, decoration as artifact.

After WeasyPrint's `pdf/tags.py`: the drawing stream records, per structure element, the MCID
it wrapped; finish builds the structure tree and the parent tree from the record. The tree
itself (model.StructElement) is built in reading order while the story is built, so a screen
reader follows the document, not the order things happen to be painted in.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph

from .model import LinkTarget, MarkedContent, StructElement


class Tagger:
    """Opens and closes marked content on the canvas and records it in the structure tree.

    Untagged (`enabled=False`, only for measuring what tagging costs) it writes nothing.
    """

    def __init__(self, enabled: bool = True) -> None:
        self.enabled = enabled
        self.root = StructElement("Document")
        self._next_mcid: dict[int, int] = {}
        #: An /Artifact sequence is open (a table's rules and shading are being drawn).
        self._in_artifact = False
        self._links: dict[tuple[int, str], StructElement] = {}

    @contextmanager
    def mark(self, canv: Canvas, element: StructElement) -> Iterator[None]:
        """Wrap what is drawn inside in a marked-content sequence belonging to `element`."""
        if not self.enabled:
            yield
            return
        page = canv.getPageNumber() - 1
        mcid = self._next_mcid.get(page, 0)
        self._next_mcid[page] = mcid + 1
        # Real content never nests in an artifact (ISO 14289-1 7.1): close the table's
        # artifact around a cell's content and reopen it after.
        reopen = self._in_artifact
        if reopen:
            self._end_artifact(canv)
        canv.addLiteral(f"/{element.role} <</MCID {mcid}>> BDC")
        element.kids.append(MarkedContent(page, mcid))
        yield
        canv.addLiteral("EMC")
        if reopen:
            self._begin_artifact(canv)

    @contextmanager
    def artifact(self, canv: Canvas, kind: str = "") -> Iterator[None]:
        """Wrap decoration (rules, fold marks, running footer) as an artifact.

        `kind` "Pagination" marks running page furniture, so readers skip it as such.
        """
        if not self.enabled or self._in_artifact:
            yield
            return
        self._begin_artifact(canv, kind)
        yield
        self._end_artifact(canv)

    def link(self, canv: Canvas, element: StructElement, uri: str) -> None:
        """Record that a link annotation to `uri` was drawn on this page inside `element`."""
        if not self.enabled:
            return
        key = (id(element), uri)
        link = self._links.get(key)
        if link is None:
            link = self._links[key] = element.add("Link", alt=uri)
        link.kids.append(LinkTarget(canv.getPageNumber() - 1, uri))

    def table_drawing(self, table: Any, cmd: str, *args: Any) -> None:
        """ReportLab's Table render callback: shading and rules are artifacts, cells are not."""
        canv = table.canv
        if cmd in ("startTable", "endCell"):
            self._begin_artifact(canv)
        elif cmd in ("startCell", "endTable"):
            self._end_artifact(canv)

    def table_callback(self) -> Any:
        """The `renderCB` to give every Table, or None when untagged."""
        return self.table_drawing if self.enabled else None

    def _begin_artifact(self, canv: Canvas, kind: str = "") -> None:
        if not self._in_artifact:
            props = f" <</Type /{kind}>> BDC" if kind else " BMC"
            canv.addLiteral("/Artifact" + props)
            self._in_artifact = True

    def _end_artifact(self, canv: Canvas) -> None:
        if self._in_artifact:
            canv.addLiteral("EMC")
            self._in_artifact = False


class TaggedParagraph(Paragraph):  # type: ignore[misc]
    """A paragraph whose drawing is marked as content of one structure element.

    Drawn a second time (a table's header row repeated on the next page) it is the same
    header cell again, not an artifact: outloud counts an artifact header with words in it as
    prose hidden from readers (TAG-002). Split across pages, both halves belong to the same
    element.
    """

    tagger: Tagger | None = None
    element: StructElement | None = None
    links: tuple[str, ...] = ()

    def tag(self, tagger: Tagger, element: StructElement, links: tuple[str, ...] = ()) -> None:
        self.tagger, self.element, self.links = tagger, element, links

    def drawOn(self, canvas: Canvas, x: float, y: float, _sW: float = 0) -> None:
        tagger, element = self.tagger, self.element
        if tagger is None or element is None:
            super().drawOn(canvas, x, y, _sW)
        else:
            with tagger.mark(canvas, element):
                super().drawOn(canvas, x, y, _sW)
            for uri in self.links:
                tagger.link(canvas, element, uri)

    def split(self, availWidth: float, availHeight: float) -> list[Any]:
        parts: list[Any] = super().split(availWidth, availHeight)
        for part in parts:
            if isinstance(part, TaggedParagraph) and part is not self:
                part.tagger, part.element, part.links = self.tagger, self.element, self.links
        return parts
