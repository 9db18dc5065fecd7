"""Finish the laid-out PDF with pypdf: blank and attached pages, outline, labels, metadata."""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import io
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

import pypdf
from pypdf import PdfReader, PdfWriter
from pypdf.errors import PdfReadError
from pypdf.generic import (
    ArrayObject,
    BooleanObject,
    DictionaryObject,
    Fit,
    IndirectObject,
    NameObject,
    NumberObject,
    RectangleObject,
    StreamObject,
    TextStringObject,
)

from . import model as m
from .errors import AttachmentError
from .language import slug


def count_pages(path: Path) -> int:
    """Pages in an attached PDF; AttachmentError if it is not a readable PDF."""
    try:
        reader = PdfReader(str(path))
        if reader.is_encrypted:
            raise AttachmentError("the PDF is password-protected")
        return len(reader.pages)
    except (PdfReadError, OSError, ValueError) as exc:
        raise AttachmentError(f"not a readable PDF ({exc})") from None


def _own_pdf() -> contextlib.AbstractContextManager[object]:
    """pypdf's limits for reading a PDF we made ourselves, in this process.

    pypdf refuses arrays and page trees of more than 100,000 entries, to protect against
    hostile files; ReportLab lists a 100,000-letter pack's pages in one array. The limits
    stay as they are for PDFs from outside (attachments).
    """
    if not hasattr(pypdf, "apply_configuration"):  # pypdf before 6.18 had no such limits
        return contextlib.nullcontext()
    known = {f.name for f in dataclasses.fields(pypdf.Configuration)}
    big = {"array_maximum_element_count", "page_tree_maximum_entries",
           "page_tree_maximum_page_entries", "dictionary_maximum_element_count"}  # fmt: skip
    return pypdf.apply_configuration(None, **{name: 100_000_000 for name in big & known})


def finish(
    body: m.RenderedBody, meta: m.Meta, setup: m.PrintSetup, build_time: dt.datetime
) -> bytes:
    """Return the final PDF bytes: the laid-out pages plus everything a viewer and printer read."""
    with _own_pdf():
        return _finish(body, meta, setup, build_time)


def _finish(
    body: m.RenderedBody, meta: m.Meta, setup: m.PrintSetup, build_time: dt.datetime
) -> bytes:
    reader = PdfReader(io.BytesIO(body.pdf))
    first = reader.pages[0]
    # Pages are appended in their final order (inserting into the page tree one by one costs
    # a walk of the whole tree each time, which a thousand duplex blanks make quadratic).
    writer = PdfWriter()
    at = {insertion.page: insertion for insertion in body.insertions}
    drawn = iter(reader.pages)
    drawn_pages: list[Any] = []  # the writer's page for each page layout drew, in order
    while len(writer.pages) < body.final_page_count:
        insertion = at.get(len(writer.pages))
        if insertion is None:
            drawn_pages.append(writer.add_page(next(drawn)))
        elif insertion.attachment is None:
            # A blank is the back of the page before it, so it takes that page's size (an
            # envelope's back is an envelope).
            box = writer.pages[-1].mediabox if len(writer.pages) else first.mediabox
            _blank(writer, float(box.width), float(box.height), body.bleed)
        else:
            writer.append(insertion.attachment.path, import_outline=False)
    _outline(writer, body)
    for i, (start, style) in enumerate(body.labels):
        end = body.labels[i + 1][0] - 1 if i + 1 < len(body.labels) else len(writer.pages) - 1
        if end >= start:
            writer.set_page_label(start, end, style=style, start=1)  # type: ignore[arg-type]
    stamp = build_time.astimezone(dt.UTC).strftime("D:%Y%m%d%H%M%SZ")
    writer.add_metadata(
        {
            "/Title": meta.title,
            "/Author": meta.author,
            "/Subject": meta.subject,
            "/Keywords": ", ".join(meta.keywords),
            "/Creator": "packbuilder",
            "/Producer": "packbuilder (ReportLab, pypdf)",
            "/CreationDate": stamp,
            "/ModDate": stamp,
        }
    )
    root = writer.root_object
    root[NameObject("/Lang")] = TextStringObject(meta.language)
    # An attached PDF's pages come as they are, untagged: then the pack does not claim PDF/UA.
    attached = any(insertion.attachment for insertion in body.insertions)
    writer.xmp_metadata = _xmp(meta, build_time, pdfua=body.structure is not None and not attached)
    _mark_metadata(writer)
    writer.page_mode = "/UseOutlines"
    prefs = writer.create_viewer_preferences()
    # Window letters only line up with the envelope window at 100%: ask viewers not to scale.
    prefs[NameObject("/PrintScaling")] = NameObject("/None")
    prefs[NameObject("/DisplayDocTitle")] = BooleanObject(True)
    # The print dialog starts two-sided (flipped on the long edge) only for a duplex layout.
    prefs[NameObject("/Duplex")] = NameObject("/DuplexFlipLongEdge" if setup.duplex else "/Simplex")
    if setup.email:
        writer.compress_identical_objects()
    if body.structure is not None:  # after merging identical objects: every element is unique
        _structure(writer, body.structure, dict(enumerate(drawn_pages)))
    # /Lang, XMP metadata and page labels are PDF 1.4 features; ReportLab writes 1.3.
    writer.pdf_header = b"%PDF-1.7"
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _mark_metadata(writer: PdfWriter) -> None:
    stream = writer.root_object["/Metadata"].get_object()
    assert isinstance(stream, StreamObject)
    stream[NameObject("/Type")] = NameObject("/Metadata")
    stream[NameObject("/Subtype")] = NameObject("/XML")


def _xmp(meta: m.Meta, build_time: dt.datetime, pdfua: bool = False) -> bytes:
    """The XMP packet: the same title, author, subject, keywords, language and dates as /Info.

    Written out by hand (plain XML, uncompressed, as the PDF specification asks for metadata
    streams) so it is byte-for-byte the same for the same content.
    """
    when = build_time.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")

    def li(values: tuple[str, ...]) -> str:
        return "".join(f"<rdf:li>{escape(v)}</rdf:li>" for v in values)

    def alt(value: str) -> str:
        return f'<rdf:Alt><rdf:li xml:lang="x-default">{escape(value)}</rdf:li></rdf:Alt>'

    xml = (
        '<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>\n'
        '<x:xmpmeta xmlns:x="adobe:ns:meta/">\n'
        '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">\n'
        '<rdf:Description rdf:about=""'
        ' xmlns:dc="http://purl.org/dc/elements/1.1/"'
        ' xmlns:xmp="http://ns.adobe.com/xap/1.0/"'
        ' xmlns:pdf="http://ns.adobe.com/pdf/1.3/">\n'
        "<dc:format>application/pdf</dc:format>\n"
        f"<dc:title>{alt(meta.title)}</dc:title>\n"
        f"<dc:creator><rdf:Seq>{li((meta.author,))}</rdf:Seq></dc:creator>\n"
        f"<dc:description>{alt(meta.subject)}</dc:description>\n"
        f"<dc:subject><rdf:Bag>{li(meta.keywords)}</rdf:Bag></dc:subject>\n"
        f"<dc:language><rdf:Bag>{li((meta.language,))}</rdf:Bag></dc:language>\n"
        f"<xmp:CreateDate>{when}</xmp:CreateDate>\n"
        f"<xmp:ModifyDate>{when}</xmp:ModifyDate>\n"
        f"<xmp:MetadataDate>{when}</xmp:MetadataDate>\n"
        "<xmp:CreatorTool>packbuilder</xmp:CreatorTool>\n"
        "<pdf:Producer>packbuilder (ReportLab, pypdf)</pdf:Producer>\n"
        f"<pdf:Keywords>{escape(', '.join(meta.keywords))}</pdf:Keywords>\n"
        "</rdf:Description>\n"
        # PDF/UA-1 identification (ISO 14289-1 5), claimed only for a tagged file.
        + (
            '<rdf:Description rdf:about=""'
            ' xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/">\n'
            "<pdfuaid:part>1</pdfuaid:part>\n</rdf:Description>\n"
            if pdfua
            else ""
        )
        + "</rdf:RDF>\n</x:xmpmeta>\n"
        '<?xpacket end="w"?>'
    )
    return xml.encode("utf-8")


def _blank(writer: PdfWriter, width: float, height: float, bleed: float) -> None:
    writer.add_blank_page(width, height)
    page = writer.pages[-1]  # the writer's own copy of the added page
    if bleed:  # same boxes as the drawn pages, so a copy shop trims every sheet alike
        page.trimbox = RectangleObject((bleed, bleed, width - bleed, height - bleed))
        page.bleedbox = RectangleObject((0, 0, width, height))


def _outline(writer: PdfWriter, body: m.RenderedBody) -> None:
    parents: dict[int, Any] = {}  # the latest entry at each depth
    for mark in body.marks:
        fit = Fit.fit() if mark.top < 0 else Fit.xyz(left=0, top=mark.top + body.bleed, zoom=None)
        parent = parents.get(mark.level - 1) if mark.level else None
        parents[mark.level] = writer.add_outline_item(
            title=mark.title,
            page_number=mark.page,
            parent=parent,
            fit=fit,
            is_open=mark.level == 0,
        )


def split_letters(
    pdf: bytes,
    body: m.RenderedBody,
    meta: m.Meta,
    fallback: str = "letter",
    build_time: dt.datetime | None = None,
) -> list[tuple[str, bytes]]:
    """One small PDF per letter, named after its bookmark (in any script; `fallback` when the
    bookmark has no letter or digit): (file name, bytes) pairs.

    Tagged like the pack: each file carries its letter's part of the structure tree.
    """
    with _own_pdf():
        reader = PdfReader(io.BytesIO(pdf))
        out: list[tuple[str, bytes]] = []
        used: set[str] = set()
        group = ""  # the signer (or set) the following letters belong to
        elements = iter(_letter_elements(body.structure))
        when = build_time or dt.datetime(2000, 1, 1, tzinfo=dt.UTC)
        for mark in body.marks:
            if mark.kind == "group":
                group = mark.title
            if mark.kind != "letter":
                continue
            writer = PdfWriter()
            page = writer.add_page(reader.pages[mark.page])
            title = f"{meta.title}: {mark.title}"
            writer.add_metadata({"/Title": title, "/Author": meta.author})
            writer.root_object[NameObject("/Lang")] = TextStringObject(meta.language)
            writer.compress_identical_objects()
            element = next(elements, None)
            if element is not None:
                pages = {_first_page(element): page}
                _structure(writer, m.StructElement("Document", [element]), pages)
                writer.xmp_metadata = _xmp(dataclasses.replace(meta, title=title), when, pdfua=True)
                _mark_metadata(writer)
                prefs = writer.create_viewer_preferences()
                prefs[NameObject("/DisplayDocTitle")] = BooleanObject(True)
            name = _file_name(f"{mark.title} {group}", used, fallback)
            buffer = io.BytesIO()
            writer.write(buffer)
            out.append((name, buffer.getvalue()))
        return out


def _file_name(title: str, used: set[str], fallback: str) -> str:
    stem = slug(title, fallback, limit=80)
    name, n = f"{stem}.pdf", 2
    while name in used:
        name, n = f"{stem}-{n}.pdf", n + 1
    used.add(name)
    return name


def _structure(writer: PdfWriter, root: m.StructElement, pages: dict[int, Any]) -> None:
    """Write the structure tree layout recorded: elements, parent tree, link objects, flags.

    The parent tree maps each page's marked content (by MCID) and each link annotation back
    to its element, which is how a reader finds the element for what it sees on the page.
    """
    tree = DictionaryObject({NameObject("/Type"): NameObject("/StructTreeRoot")})
    tree_ref = writer._add_object(tree)
    by_page: dict[int, dict[int, IndirectObject]] = {}
    annotations: list[tuple[IndirectObject, IndirectObject]] = []  # annotation, its element
    links = _LinkAnnotations(pages)

    n = _name

    def write(element: m.StructElement, parent: IndirectObject) -> tuple[IndirectObject, int]:
        """The element's object and the first page its content is on (-1 for none)."""
        node = DictionaryObject()
        node[n("/Type")] = n("/StructElem")
        node[n("/S")] = n("/" + element.role)
        node[n("/P")] = parent
        ref = writer._add_object(node)
        if element.title:
            node[NameObject("/T")] = TextStringObject(element.title)
        if element.alt:
            node[NameObject("/Alt")] = TextStringObject(element.alt)
        if element.lang:
            node[NameObject("/Lang")] = TextStringObject(element.lang)
        if element.table:
            attrs = DictionaryObject({NameObject("/O"): NameObject("/Table")})
            for key, value in element.table:
                attrs[NameObject("/" + key)] = (
                    NumberObject(value) if isinstance(value, int) else NameObject("/" + value)
                )
            node[NameObject("/A")] = attrs
        marked = [k.page for k in element.kids if isinstance(k, m.MarkedContent)]
        first = marked[0] if marked else -1
        # Content on the element's own page is referred to by bare MCID (ISO 32000-1 14.7.4).
        one_page = all(page == first for page in marked)
        kids: list[Any] = []
        for kid in element.kids:
            if isinstance(kid, m.StructElement):
                kid_ref, kid_page = write(kid, ref)
                kids.append(kid_ref)
                first = kid_page if first < 0 else first
            elif isinstance(kid, m.MarkedContent):
                by_page.setdefault(kid.page, {})[kid.mcid] = ref
                if one_page:
                    kids.append(NumberObject(kid.mcid))
                    continue
                mcr = DictionaryObject()
                mcr[n("/Type")] = n("/MCR")
                mcr[n("/Pg")] = pages[kid.page].indirect_reference
                mcr[n("/MCID")] = NumberObject(kid.mcid)
                kids.append(mcr)
            else:
                for annotation in links.claim(kid):
                    objr = {
                        NameObject("/Type"): NameObject("/OBJR"),
                        NameObject("/Pg"): pages[kid.page].indirect_reference,
                        NameObject("/Obj"): annotation,
                    }
                    kids.append(DictionaryObject(objr))
                    annotations.append((annotation, ref))
                    first = kid.page if first < 0 else first
        if first >= 0:
            node[n("/Pg")] = pages[first].indirect_reference
        # A single kid stands alone: some checkers read an array /K as "no content".
        node[n("/K")] = kids[0] if len(kids) == 1 else ArrayObject(kids)
        return ref, first

    document, _ = write(root, tree_ref)
    nums = ArrayObject()
    for key, (index, mcids) in enumerate(sorted(by_page.items())):
        page = pages[index]
        page[NameObject("/StructParents")] = NumberObject(key)
        nums += [NumberObject(key), ArrayObject(mcids[i] for i in range(len(mcids)))]
    key = len(by_page)
    for annotation, element in annotations:
        annotation_object = annotation.get_object()
        assert isinstance(annotation_object, DictionaryObject)
        annotation_object[NameObject("/StructParent")] = NumberObject(key)
        nums += [NumberObject(key), element]
        key += 1
    for page in writer.pages:  # tab through links in structure order (ISO 14289-1 7.18.3)
        page[NameObject("/Tabs")] = NameObject("/S")
    tree[NameObject("/K")] = ArrayObject([document])
    tree[NameObject("/ParentTree")] = writer._add_object(
        DictionaryObject({NameObject("/Nums"): nums})
    )
    tree[NameObject("/ParentTreeNextKey")] = NumberObject(key)
    root_object = writer.root_object
    root_object[NameObject("/StructTreeRoot")] = tree_ref
    root_object[NameObject("/MarkInfo")] = DictionaryObject(
        {NameObject("/Marked"): BooleanObject(True)}
    )


class _Name(NameObject):
    """A name written from bytes made once: pypdf escapes a name character by character each
    time it writes it, and a thousand letters' structure tree writes a few hundred thousand."""

    def write_to_stream(self, stream: Any, encryption_key: Any = None) -> None:
        stream.write(_NAME_BYTES[self])


_NAME_BYTES: dict[str, bytes] = {}
_NAMES: dict[str, _Name] = {}


def _name(name: str) -> NameObject:
    if name not in _NAMES:
        _NAME_BYTES[name] = NameObject(name).renumber()
        _NAMES[name] = _Name(name)
    return _NAMES[name]


class _LinkAnnotations:
    """The link annotations ReportLab drew, handed out page by page in drawing order."""

    def __init__(self, pages: dict[int, Any]) -> None:
        self.pages = pages
        self.left: dict[int, list[IndirectObject]] = {}

    def claim(self, target: m.LinkTarget) -> list[IndirectObject]:
        """The next run of annotations to `target.uri` on its page (a wrapped address has
        one per line), each given a description and the print flag readers expect."""
        if target.page not in self.left:
            annots = self.pages[target.page].get("/Annots") or []
            self.left[target.page] = [a for a in annots if isinstance(a, IndirectObject)]
        left = self.left[target.page]
        ours = [_uri(a) == target.uri for a in left]
        if True not in ours:
            return []
        start = end = ours.index(True)
        while end < len(left) and ours[end]:
            end += 1
        out = left[start:end]
        del left[start:end]
        for ref in out:
            annotation = ref.get_object()
            assert isinstance(annotation, DictionaryObject)
            annotation[NameObject("/Contents")] = TextStringObject(target.uri)
            annotation[NameObject("/F")] = NumberObject(4)  # print, as on screen
        return out


def _uri(ref: IndirectObject) -> Any:
    annotation = ref.get_object()
    action = annotation.get("/A") if isinstance(annotation, DictionaryObject) else None
    return action.get("/URI") if isinstance(action, DictionaryObject) else None


def _letter_elements(structure: m.StructElement | None) -> list[m.StructElement]:
    """Each letter's section of the structure tree, in the order of the letters."""
    found: list[m.StructElement] = []

    def walk(element: m.StructElement) -> None:
        if element.kind == "letter":
            found.append(element)
            return
        for kid in element.kids:
            if isinstance(kid, m.StructElement):
                walk(kid)

    if structure is not None:
        walk(structure)
    return found


def _first_page(element: m.StructElement) -> int:
    """The drawn page of an element's first marked content."""
    for kid in element.kids:
        if isinstance(kid, m.MarkedContent):
            return kid.page
        if isinstance(kid, m.StructElement) and (page := _first_page(kid)) >= 0:
            return page
    return -1
