"""What a screen reader gets from a tagged PDF, read with pdfminer.six (a reader independent of
the pikepdf, pypdfium2 and pypdf the other tests use): the structure tree in reading order, each
element's text from the marked content of its page's own content streams. Like a consumer that
does not descend into form XObjects, it never reads text inside a form."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pdfminer.pdfdevice import PDFDevice
from pdfminer.pdfdocument import PDFDocument
from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager
from pdfminer.pdfpage import PDFPage
from pdfminer.pdfparser import PDFParser
from pdfminer.pdftypes import PDFObjRef, resolve1
from pdfminer.psparser import PSLiteral


@dataclass
class Element:
    """A structure element as read: its role, its own text (marked content and /ActualText,
    kids' text not included), its attributes and its kids in reading order."""

    role: str
    text: str = ""
    alt: str = ""
    contents: str = ""  # the /Contents of the annotations it holds (OBJR), joined
    title: str = ""
    dest_pages: list[int] = field(default_factory=list)  # pages its link annotations go to
    kids: list[Element] = field(default_factory=list)

    def walk(self) -> list[Element]:
        """This element and every element under it, in reading order."""
        out = [self]
        for kid in self.kids:
            out += kid.walk()
        return out

    def read(self) -> str:
        """What a reader says for it: /Alt in place of the content, else its text and its
        kids' in order."""
        if self.alt:
            return self.alt
        parts = [self.text] + [kid.read() for kid in self.kids]
        return " ".join(p for p in parts if p).strip()


class _MarkedText(PDFDevice):  # type: ignore[misc]
    """Collects the text shown inside each marked-content sequence with an MCID."""

    def __init__(self, rsrcmgr: PDFResourceManager) -> None:
        super().__init__(rsrcmgr)
        self.stack: list[int | None] = []
        self.forms = 0
        self.text: dict[int, list[str]] = {}

    def begin_tag(self, tag: PSLiteral, props: Any = None) -> None:
        props = resolve1(props)
        mcid = props.get("MCID") if isinstance(props, dict) else None
        self.stack.append(mcid)

    def end_tag(self) -> None:
        if self.stack:
            self.stack.pop()

    def begin_figure(self, name: str, bbox: Any, matrix: Any) -> None:
        self.forms += 1

    def end_figure(self, name: str) -> None:
        self.forms -= 1

    def render_string(self, textstate: Any, seq: Any, ncs: Any, graphicstate: Any) -> None:
        if self.forms:
            return  # inside a form XObject: this reader does not look there
        mcid = next((m for m in reversed(self.stack) if m is not None), None)
        if mcid is None:
            return
        font = textstate.font
        chars = []
        for item in seq:
            if isinstance(item, bytes):
                for cid in font.decode(item):
                    try:
                        chars.append(font.to_unichr(cid))
                    except Exception:  # a glyph with no Unicode: nothing said
                        continue
        self.text.setdefault(mcid, []).append("".join(chars))


def _name(value: Any) -> str:
    value = resolve1(value)
    return value.name if isinstance(value, PSLiteral) else str(value or "")


def _string(value: Any) -> str:
    value = resolve1(value)
    if isinstance(value, bytes):
        if value.startswith(b"\xfe\xff"):
            return value[2:].decode("utf-16-be")
        return value.decode("latin-1")
    return str(value or "")


def read(path: Path) -> Element:
    """The document's structure tree with each element's text: the StructTreeRoot's element."""
    with path.open("rb") as f:
        doc = PDFDocument(PDFParser(f))
        manager = PDFResourceManager()
        pages: dict[int, int] = {}  # page object id -> index
        text: dict[tuple[int, int], str] = {}
        for index, page in enumerate(PDFPage.create_pages(doc)):
            pages[page.pageid] = index
            device = _MarkedText(manager)
            PDFPageInterpreter(manager, device).process_page(page)
            for mcid, runs in device.text.items():
                text[(index, mcid)] = "".join(runs)

        def page_of(value: Any) -> int | None:
            return pages.get(value.objid) if isinstance(value, PDFObjRef) else None

        def walk(obj: Any, page: int | None) -> Element:
            d = resolve1(obj)
            element = Element(_name(d.get("S")), alt=_string(d.get("Alt")),
                              title=_string(d.get("T")))  # fmt: skip
            page = page_of(d.get("Pg")) if "Pg" in d else page
            own: list[str] = []
            kids = resolve1(d.get("K"))
            for kid in kids if isinstance(kids, list) else [] if kids is None else [kids]:
                value = resolve1(kid)
                if isinstance(value, int):
                    own.append(text.get((page, value), "") if page is not None else "")
                elif _name(value.get("Type")) == "MCR":
                    on = page_of(value.get("Pg")) if "Pg" in value else page
                    own.append(text.get((on, int(value["MCID"])), "") if on is not None else "")
                elif _name(value.get("Type")) == "OBJR":
                    annotation = resolve1(value.get("Obj"))
                    element.contents = " ".join(
                        p for p in (element.contents, _string(annotation.get("Contents"))) if p
                    )
                    dest = resolve1(annotation.get("Dest"))
                    if isinstance(dest, list) and dest:
                        target = page_of(dest[0])
                        if target is not None:
                            element.dest_pages.append(target)
                else:
                    if own:
                        element.kids.append(Element("#text", text=" ".join(own).strip()))
                        own = []
                    element.kids.append(walk(kid, page))
            actual = _string(d.get("ActualText"))
            said = actual or " ".join(t for t in own if t).strip()
            if element.kids and said:
                element.kids.append(Element("#text", text=said))
            else:
                element.text = said
            return element

        root = resolve1(doc.catalog["StructTreeRoot"])
        top = resolve1(root["K"])
        return walk(top[0] if isinstance(top, list) else root["K"], None)
