"""Marked content while drawing (PDF/UA): each element's content in BDC/EMC, decoration as artifact.

After WeasyPrint's `pdf/tags.py`: the drawing stream records, per structure element, the MCID
it wrapped, and the parent tree maps each page's MCIDs back to their elements. The tree itself
(structure.StructElement) is built in reading order while the story is built, so a screen reader
follows the document, not the order things happen to be painted in.

Elements are written to the file as soon as their content is drawn: a letter's or a sheet's
when its page is done (`close`), the rest at the end (`finish`). A pack of 100,000 letters
never holds more than a page's worth of elements.
"""

from __future__ import annotations

import functools
from array import array
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from reportlab.pdfbase.pdfdoc import PDFArray, PDFDictionary, PDFName, PDFString
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph

from packbuilder.pdf.objects import pdf_name, pdf_string, ref
from packbuilder.pdf.structure import (
    AnnotationRef,
    MarkedContent,
    StructElement,
    WrittenElement,
)
from packbuilder.pdf.writer import StreamDocument
from packbuilder.pdf.writer import number as pdf_number

#: Entries per node of the parent tree (a number tree) before it is split into kids.
_NUMS_PER_NODE = 256


class Tagger:
    """Opens and closes marked content on the canvas, records it in the structure tree and
    writes the tree to the file as it completes.

    Untagged (`enabled=False`, only for measuring what tagging costs) it writes nothing.
    """

    def __init__(self, enabled: bool = True) -> None:
        self.enabled = enabled
        self.root = StructElement("Document")
        self.doc: StreamDocument | None = None
        #: An /Artifact sequence is open (a table's rules and shading are being drawn).
        self._in_artifact = False
        self._links: dict[tuple[int, str], StructElement] = {}
        self._page = -1  # the drawn page the MCIDs below belong to
        self._mcids: list[int] = []  # the element (object number) of each MCID on that page
        #: The parent tree: what each key stands for (a page's MCID array, or the element of
        #: a link annotation), by key.
        self._keys = array("I")
        self._claimed: dict[int, int] = {}  # annotations claimed on this page: id -> key
        #: The element whose content is being drawn (a citation inside it is its kid).
        self._open: StructElement | None = None
        self._cite: tuple[StructElement, int, float] | None = None  # link, source, left x
        #: Each cited source's destination (object number), and the sources placed so far.
        self._dests: dict[int, int] = {}
        self._placed: set[int] = set()
        #: How a citation's link is read ("source {number}"), in language `cite_lang` where
        #: its paragraph is read in another (layout sets both from the pack's words).
        self.cite_words = "source {number}"
        self.cite_lang = ""

    def attach(self, doc: StreamDocument) -> None:
        """Write into `doc` (called once the canvas exists)."""
        self.doc = doc
        if self.enabled:
            doc.on_page = self._page_done

    def number(self, element: StructElement) -> int:
        """The element's object number, given now if it has none."""
        if not element.num:
            assert self.doc is not None
            element.num = self.doc.reserve()
        return element.num

    @contextmanager
    def mark(self, canv: Canvas, element: StructElement) -> Iterator[None]:
        """Wrap what is drawn inside in a marked-content sequence belonging to `element`."""
        if not self.enabled:
            yield
            return
        # Real content never nests in an artifact (ISO 14289-1 7.1): close the table's
        # artifact around a cell's content and reopen it after.
        reopen = self._in_artifact
        if reopen:
            self._end_artifact(canv)
        canv.addLiteral(self._begin(canv, element))
        outer, self._open = self._open, element
        yield
        self._open = outer
        canv.addLiteral("EMC")
        if reopen:
            self._begin_artifact(canv)

    def _begin(self, canv: Canvas, element: StructElement, props: str = "") -> str:
        """The operator that opens a marked-content sequence of `element`, recorded (`props`:
        more of its property list)."""
        page = canv.getPageNumber() - 1
        if page != self._page:
            self._page, self._mcids = page, []
        mcid = len(self._mcids)
        self._mcids.append(self.number(element))
        element.kids.append(MarkedContent(page, mcid))
        return f"/{element.role} <</MCID {mcid}{props}>> BDC"

    def listen(self, canv: Canvas) -> None:
        """Answer the callbacks paragraphs make while drawing (ReportLab's <onDraw>): `cite`
        at each end of a citation's number, `source` where a source's entry starts."""
        if canv.getNamedCB("cite") is None:
            canv.setNamedCB("cite", self._on_cite)
            canv.setNamedCB("source", self._on_source)

    def _on_cite(self, canv: Any, kind: str, label: str) -> None:
        """A citation's number starts (label: the source's number) or ends ("end"): the
        number is a Link element of its own (in a Reference) in the paragraph, read as
        "source 4", its link annotation going to the source's entry."""
        paragraph = self._open
        if not self.enabled or paragraph is None:
            return
        info = canv._curr_tx_info
        code, x, y, leading = info["tx"]._code, info["cur_x"], info["cur_y"], info["leading"]
        if label != "end":
            source = int(label)
            lang = self.cite_lang if _read_in(paragraph) not in ("", self.cite_lang) else ""
            # A citation (Reference) to content elsewhere in the pack, reached by its Link.
            cited = paragraph.add("Reference")
            link = cited.add("Link", alt=self.cite_words.format(number=source), lang=lang)
            # Copied out, the number stands apart from a number it follows ("2025 61", never
            # "202561"), though it is set tight against it on paper.
            code.append("EMC " + self._begin(canv, link, f"/ActualText( {source})"))
            self._cite = (link, source, x)
            return
        if self._cite is None:
            return
        link, source, left = self._cite
        self._cite = None
        code.append("EMC " + self._begin(canv, paragraph))  # the paragraph goes on
        annotation = PDFDictionary()
        annotation["Type"] = PDFName("Annot")
        annotation["Subtype"] = PDFName("Link")
        # The superscript's box: from the baseline's descent to the top of the line.
        box = (left, y - 0.2 * leading, x, y + 0.8 * leading)
        annotation["Rect"] = PDFArray(list(canv._absRect(box, 1)))
        annotation["Border"] = PDFArray([0, 0, 0])
        annotation["Dest"] = ref(self._dest(source))
        canv._addAnnotation(annotation)
        self._claim(canv, annotation, link, link.alt)

    def _on_source(self, canv: Any, kind: str, label: str) -> None:
        """A source's entry starts here: its citations' links go to the top of its line."""
        source = int(label)
        if not self.enabled or source in self._placed:
            return
        assert self.doc is not None
        info = canv._curr_tx_info
        top = canv._absRect((0, 0, 0, info["cur_y"] + info["leading"]), 1)[3]
        page = self.doc.drawn_page(canv.getPageNumber() - 1)
        self.doc.put(self._dest(source), b"[%s/XYZ 0 %s null]" % (ref(page), pdf_number(top)))
        self._placed.add(source)

    def _dest(self, source: int) -> int:
        """The object number of source `source`'s destination, given now if it has none."""
        num = self._dests.get(source)
        if num is None:
            assert self.doc is not None
            num = self._dests[source] = self.doc.reserve()
        return num

    def page_is_fresh(self, canv: Canvas) -> bool:
        """Nothing has been marked on the page being drawn yet (its next MCID is 0)."""
        return not self.enabled or canv.getPageNumber() - 1 != self._page or not self._mcids

    def stamp(self, canv: Canvas, elements: list[StructElement]) -> bool:
        """Record `elements` as marked, in order, with MCIDs from 0 on a page where nothing
        is marked yet (the caller repeats drawing code that marked them so): False, and
        nothing recorded, when the page already has marked content."""
        if not self.page_is_fresh(canv) or self._in_artifact:
            return False
        if not self.enabled:
            return True
        page = canv.getPageNumber() - 1
        self._page, self._mcids = page, [self.number(e) for e in elements]
        for mcid, element in enumerate(elements):
            element.kids.append(MarkedContent(page, mcid))
        return True

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
        """Claim the link annotations to `uri` just drawn on this page inside `element` (a
        wrapped address has one per line): each gets a description, the print flag readers
        expect, and its place in the parent tree."""
        if not self.enabled:
            return
        key = (id(element), uri)
        link = self._links.get(key)
        if link is None:
            link = self._links[key] = element.add("Link", alt=uri)
        for annotation, target in getattr(canv, "links", ()):
            if target != uri or id(annotation) in self._claimed:
                continue
            self._claim(canv, annotation, link, uri)

    def _claim(self, canv: Canvas, annotation: Any, link: StructElement, contents: str) -> None:
        """`annotation`, just drawn on this page, belongs to `link`: its description, the
        print flag readers expect, and its place in the parent tree."""
        self._claimed[id(annotation)] = len(self._keys)
        annotation["Contents"] = PDFString(contents)
        annotation["F"] = 4  # print, as on screen
        annotation["StructParent"] = len(self._keys)
        self._keys.append(self.number(link))
        assert self.doc is not None
        name = self.doc.Reference(annotation).name
        page = canv.getPageNumber() - 1
        link.kids.append(AnnotationRef(page, self.doc.idToObjectNumberAndVersion[name][0]))

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

    # Writing the tree ----------------------------------------------------------------------

    def _page_done(self, page: Any, drawn: int) -> bytes:
        """A drawn page ends: its MCIDs' elements go in the parent tree under a new key, which
        the page's dictionary names."""
        assert self.doc is not None
        extra = b""
        if self._page == drawn and self._mcids:
            num = self.doc.reserve()
            self.doc.put(num, b"[" + b" ".join(ref(n) for n in self._mcids) + b"]")
            extra = b"/StructParents %d" % len(self._keys)
            self._keys.append(num)
        self._page, self._mcids = -1, []
        self._claimed.clear()
        return extra

    def close(self, element: StructElement) -> None:
        """All of `element`'s content is drawn: write it and everything under it now, so only
        its number stays in memory."""
        if not self.enabled:
            return
        parent = element.parent
        assert parent is not None
        num, page = self._write(element, self.number(parent))
        kids = parent.kids
        for i in range(len(kids) - 1, -1, -1):  # a recent kid: look from the end
            if kids[i] is element:
                kids[i] = WrittenElement(num, page)
                break
        element.kids = []
        element.parent = None

    def finish(self) -> int:
        """Write what is left of the tree, the parent tree and the tree's root: its number."""
        doc = self.doc
        assert doc is not None and self.enabled
        for source, num in self._dests.items():
            if source not in self._placed:  # cited, but its entry is not in this pack
                doc.put(num, b"null")
        tree = doc.reserve()
        document, _ = self._write(self.root, tree)
        keys = self._keys
        leaves = []
        for start in range(0, len(keys), _NUMS_PER_NODE):
            chunk = range(start, min(start + _NUMS_PER_NODE, len(keys)))
            nums = b" ".join(b"%d %s" % (k, ref(keys[k])) for k in chunk)
            leaves.append((chunk[0], chunk[-1], nums))
        if len(leaves) <= 1:
            parent_tree = b"<</Nums[%s]>>" % (leaves[0][2] if leaves else b"")
        else:
            kids = []
            for first, last, nums in leaves:
                leaf = doc.reserve()
                doc.put(leaf, b"<</Limits[%d %d]/Nums[%s]>>" % (first, last, nums))
                kids.append(ref(leaf))
            parent_tree = b"<</Kids[%s]>>" % b" ".join(kids)
        parent_num = doc.reserve()
        doc.put(parent_num, parent_tree)
        doc.put(
            tree,
            b"<</Type/StructTreeRoot/K[%s]/ParentTree %s/ParentTreeNextKey %d>>"
            % (ref(document), ref(parent_num), len(keys)),
        )
        return tree

    def _write(self, element: StructElement, parent: int) -> tuple[int, int]:
        """Write `element` and its kids: its object number and the first drawn page its
        content is on (-1 for none)."""
        doc = self.doc
        assert doc is not None
        num = self.number(element)
        kids_ = element.kids
        if (
            len(kids_) == 1
            and type(kids_[0]) is MarkedContent
            and not (element.title or element.alt or element.lang or element.table)
        ):  # most elements: one piece of content on one page
            page, mcid = kids_[0].page, kids_[0].mcid
            doc.put(num, b"<</Type/StructElem/S%s/P %d 0 R/Pg %d 0 R/K %d>>"
                    % (_role(element.role), parent, doc.drawn_page(page), mcid))  # fmt: skip
            return num, page
        marked = [k.page for k in element.kids if isinstance(k, MarkedContent)]
        first = marked[0] if marked else -1
        # Content on the element's own page is referred to by bare MCID (ISO 32000-1 14.7.4).
        one_page = all(page == first for page in marked)
        kids: list[bytes] = []
        for kid in element.kids:
            if isinstance(kid, StructElement):
                kid_num, kid_page = self._write(kid, num)
                kids.append(ref(kid_num))
                first = kid_page if first < 0 else first
            elif isinstance(kid, WrittenElement):
                kids.append(ref(kid.num))
                first = kid.page if first < 0 else first
            elif isinstance(kid, MarkedContent):
                if one_page:
                    kids.append(b"%d" % kid.mcid)
                else:
                    on = ref(doc.drawn_page(kid.page))
                    kids.append(b"<</Type/MCR/Pg %s/MCID %d>>" % (on, kid.mcid))
            else:
                on = ref(doc.drawn_page(kid.page))
                kids.append(b"<</Type/OBJR/Pg %s/Obj %s>>" % (on, ref(kid.num)))
                first = kid.page if first < 0 else first
        out = [b"<</Type/StructElem/S", _role(element.role), b"/P ", ref(parent)]
        if element.title:
            out += [b"/T", pdf_string(element.title)]
        if element.alt:
            out += [b"/Alt", pdf_string(element.alt)]
        if element.lang:
            out += [b"/Lang", pdf_string(element.lang)]
        if element.table:
            attrs = [b"<</O/Table"]
            for key, value in element.table:
                shown = b" %d" % value if isinstance(value, int) else pdf_name(value)
                attrs += [pdf_name(key), shown]
            out += [b"/A", *attrs, b">>"]
        if first >= 0:
            out += [b"/Pg ", ref(doc.drawn_page(first))]
        # A single kid stands alone: some checkers read an array /K as "no content".
        out += [b"/K ", kids[0] if len(kids) == 1 else b"[" + b" ".join(kids) + b"]", b">>"]
        doc.put(num, b"".join(out))
        return num, first


def _read_in(element: StructElement | None) -> str:
    """The language `element` says it is read in (its own /Lang or its nearest ancestor's),
    "" for the pack's."""
    while element is not None:
        if element.lang:
            return element.lang
        element = element.parent
    return ""


@functools.cache
def _role(role: str) -> bytes:
    return pdf_name(role)


class TaggedParagraph(Paragraph):  # type: ignore[misc]
    """A paragraph whose drawing is marked as content of one structure element.

    Drawn a second time (a table's header row repeated on the next page) it is running page
    furniture, a pagination artifact: marked into the same header cell again it was read twice
    ("Name Name"). Split across pages, both halves belong to the same element.
    """

    tagger: Tagger | None = None
    element: StructElement | None = None
    links: tuple[str, ...] = ()
    drawn = False

    def tag(self, tagger: Tagger, element: StructElement, links: tuple[str, ...] = ()) -> None:
        self.tagger, self.element, self.links = tagger, element, links

    def drawOn(self, canvas: Canvas, x: float, y: float, _sW: float = 0) -> None:
        tagger, element = self.tagger, self.element
        if tagger is not None:
            tagger.listen(canvas)
        if tagger is None or element is None:
            super().drawOn(canvas, x, y, _sW)
        elif self.drawn:
            with tagger.artifact(canvas, "Pagination"):
                super().drawOn(canvas, x, y, _sW)
        else:
            self.drawn = True
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
