"""Finish the PDF layout wrote: catalog, page labels, metadata; attached PDFs' pages (pypdf)."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path
from typing import Any

from packbuilder import model as m
from packbuilder.errors import AttachmentError
from packbuilder.pdf.objects import pdf_name, pdf_string, ref
from packbuilder.pdf.writer import StreamDocument


def count_pages(path: Path) -> int:
    """Pages in an attached PDF; AttachmentError if it is not a readable PDF."""
    from pypdf import PdfReader  # pypdf only when a PDF is attached (0.1 s to import)
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(str(path))
        if reader.is_encrypted:
            raise AttachmentError("the PDF is password-protected")
        return len(reader.pages)
    except (PdfReadError, OSError, ValueError) as exc:
        raise AttachmentError(f"not a readable PDF ({exc})") from None


def finish(
    doc: StreamDocument,
    body: m.RenderedBody,
    meta: m.Meta,
    setup: m.PrintSetup,
    build_time: dt.datetime,
    struct_tree: int = 0,
    outline: int = 0,
) -> int:
    """Write what a viewer and printer read besides the pages (catalog, page labels, metadata,
    viewer preferences) and close `doc`, the file layout wrote `body`'s pages to: its size in
    bytes. `struct_tree` and `outline` are their roots' object numbers (0: none)."""
    stamp = pdf_string(build_time.astimezone(dt.UTC).strftime("D:%Y%m%d%H%M%SZ"))
    # An attached PDF's pages come as they are, untagged: then the pack does not claim PDF/UA.
    attached = any(insertion.attachment for insertion in body.insertions)
    metadata = doc.reserve()
    xmp = _xmp(meta, build_time, pdfua=bool(struct_tree) and not attached)
    # Plain XML, uncompressed, as the PDF specification asks for metadata streams.
    doc.put_stream(metadata, b"<</Type/Metadata/Subtype/XML>>", xmp)
    pages = len(doc.pages)
    nums = []
    for i, (start, style) in enumerate(body.labels):
        end = body.labels[i + 1][0] - 1 if i + 1 < len(body.labels) else pages - 1
        if end >= start:
            nums.append(b"%d<</S%s/St 1>>" % (start, pdf_name(style.lstrip("/"))))
    # Window letters only line up with the envelope window at 100%: ask viewers not to scale.
    # The print dialog starts two-sided (flipped on the long edge) only for a duplex layout.
    duplex = b"/DuplexFlipLongEdge" if setup.duplex else b"/Simplex"
    catalog = [
        b"<</Type/Catalog/Pages ", ref(doc.tree), b"/PageMode/UseOutlines",
        b"/Lang", pdf_string(meta.language), b"/Metadata ", ref(metadata),
        b"/ViewerPreferences<</PrintScaling/None/DisplayDocTitle true/Duplex", duplex, b">>",
    ]  # fmt: skip
    if outline:
        catalog += [b"/Outlines ", ref(outline)]
    if nums:
        catalog += [b"/PageLabels<</Nums[", b" ".join(nums), b"]>>"]
    if struct_tree:
        catalog += [b"/StructTreeRoot ", ref(struct_tree), b"/MarkInfo<</Marked true>>"]
    catalog.append(b">>")
    info = [
        b"<</Title", pdf_string(meta.title), b"/Author", pdf_string(meta.author),
        b"/Subject", pdf_string(meta.subject), b"/Keywords", pdf_string(", ".join(meta.keywords)),
        b"/Creator(packbuilder)/Producer(packbuilder \\(ReportLab\\))",
        b"/CreationDate", stamp, b"/ModDate", stamp, b">>",
    ]  # fmt: skip
    seed = "\0".join((meta.title, meta.author, stamp.decode(), str(pages)))
    doc.close(b"".join(catalog), b"".join(info), seed.encode("utf-8"))
    return int(doc.position)


#: What an attached PDF's objects keep of their own file's structure tree: nothing.
_LEFT_BEHIND = frozenset({"/StructParent", "/StructParents"})


def _is_page_tree(value: Any) -> bool:
    target = value.get_object() if hasattr(value, "get_object") else value
    return isinstance(target, dict) and target.get("/Type") == "/Pages"


def write_attachment(doc: Any, first: int, path: str | Path) -> None:
    """Copy the pages of the PDF at `path` into the pack being written (pdfwriter's
    StreamDocument), the first page as object `first`, renumbering what they refer to."""
    from pypdf import PdfReader
    from pypdf.generic import (
        ArrayObject,
        DictionaryObject,
        FloatObject,
        IndirectObject,
        NameObject,
        StreamObject,
    )

    reader = PdfReader(str(path))
    numbers: dict[int, int] = {}
    todo: list[tuple[int, Any]] = []

    def clone(value: Any) -> Any:
        if isinstance(value, IndirectObject):
            if value.idnum not in numbers:
                numbers[value.idnum] = doc.reserve()
                todo.append((numbers[value.idnum], value.get_object()))
            return IndirectObject(numbers[value.idnum], 0, None)
        if isinstance(value, DictionaryObject):
            # Its place in its own structure tree and page tree stays behind: the pack's tree
            # does not cover attached pages, and their page tree is the pack's.
            return DictionaryObject(
                {
                    k: clone(v)
                    for k, v in value.items()
                    if k not in _LEFT_BEHIND and not (k == "/Parent" and _is_page_tree(v))
                }
            )
        if isinstance(value, ArrayObject):
            return ArrayObject(clone(v) for v in value)
        return value

    def body(value: Any) -> bytes:
        out = io.BytesIO()
        value.write_to_stream(out)
        return out.getvalue()

    pages = list(reader.pages)
    for i, page in enumerate(pages):
        ref_ = page.indirect_reference
        num = first if i == 0 else doc.reserve()
        if ref_ is not None:
            numbers[ref_.idnum] = num
    for page in pages:
        ref_ = page.indirect_reference
        num = numbers[ref_.idnum] if ref_ is not None else first
        # Its own parent tree and structure are left behind: the pack's tree does not cover
        # attached pages (and the pack then does not claim PDF/UA).
        entries = DictionaryObject(
            {
                k: clone(v)
                for k, v in page.items()
                if k not in ("/Parent", "/Type", "/StructParents", "/Tabs", "/B")
            }
        )
        bleed = getattr(doc, "bleed", 0)
        if bleed:  # a copy shop trims every sheet alike: grown like the pack's own pages
            box = [float(v) for v in page.mediabox]
            grown = [box[0] - bleed, box[1] - bleed, box[2] + bleed, box[3] + bleed]
            entries[NameObject("/MediaBox")] = ArrayObject(FloatObject(v) for v in grown)
            entries[NameObject("/BleedBox")] = ArrayObject(FloatObject(v) for v in grown)
            entries[NameObject("/TrimBox")] = ArrayObject(FloatObject(v) for v in box)
            entries.pop(NameObject("/CropBox"), None)
        doc.add_page(num, body(entries)[2:-2], boxes=[])
        while todo:
            n, value = todo.pop()
            if value is None:  # a reference to an object the file does not have: null
                doc.put(n, b"null")
            elif isinstance(value, StreamObject):
                data = value._data
                head = DictionaryObject({k: clone(v) for k, v in value.items() if k != "/Length"})
                doc.put_stream(n, body(head), data)
            else:
                doc.put(n, body(clone(value)))


def _escape(text: str) -> str:
    """`&`, `<` and `>` as XML entities (xml.sax.saxutils would load urllib, email and ssl)."""
    return text.replace("&", "&amp;").replace(">", "&gt;").replace("<", "&lt;")


def _xmp(meta: m.Meta, build_time: dt.datetime, pdfua: bool = False) -> bytes:
    """The XMP packet: the same title, author, subject, keywords, language and dates as /Info.

    Written out by hand (plain XML, uncompressed, as the PDF specification asks for metadata
    streams) so it is byte-for-byte the same for the same content.
    """
    when = build_time.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")

    def li(values: tuple[str, ...]) -> str:
        return "".join(f"<rdf:li>{_escape(v)}</rdf:li>" for v in values)

    def alt(value: str) -> str:
        return f'<rdf:Alt><rdf:li xml:lang="x-default">{_escape(value)}</rdf:li></rdf:Alt>'

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
        "<pdf:Producer>packbuilder (ReportLab)</pdf:Producer>\n"
        f"<pdf:Keywords>{_escape(', '.join(meta.keywords))}</pdf:Keywords>\n"
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
