"""Finish the PDF layout wrote: catalog, page labels, metadata, viewer preferences."""

from __future__ import annotations

import datetime as dt
import re

from packbuilder import model as m
from packbuilder.pdf.objects import pdf_name, pdf_string, ref
from packbuilder.pdf.writer import StreamDocument


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


#: What XML 1.0 cannot hold at all, not even as an entity: control characters but tab and
#: line breaks, lone surrogates, U+FFFE and U+FFFF. Content refuses them; the XMP packet
#: leaves out any that reach it all the same, so it always parses.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _escape(text: str) -> str:
    """`&`, `<` and `>` as XML entities (xml.sax.saxutils would load urllib, email and ssl),
    and nothing XML cannot hold."""
    text = _NOT_XML.sub("", text)
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
