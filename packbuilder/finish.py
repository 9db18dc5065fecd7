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
    BooleanObject,
    Fit,
    NameObject,
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
    while len(writer.pages) < body.final_page_count:
        insertion = at.get(len(writer.pages))
        if insertion is None:
            writer.add_page(next(drawn))
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
    writer.xmp_metadata = _xmp(meta, build_time)
    stream = root["/Metadata"].get_object()
    assert isinstance(stream, StreamObject)
    stream[NameObject("/Type")] = NameObject("/Metadata")
    stream[NameObject("/Subtype")] = NameObject("/XML")
    writer.page_mode = "/UseOutlines"
    prefs = writer.create_viewer_preferences()
    # Window letters only line up with the envelope window at 100%: ask viewers not to scale.
    prefs[NameObject("/PrintScaling")] = NameObject("/None")
    prefs[NameObject("/DisplayDocTitle")] = BooleanObject(True)
    # The print dialog starts two-sided (flipped on the long edge) only for a duplex layout.
    prefs[NameObject("/Duplex")] = NameObject("/DuplexFlipLongEdge" if setup.duplex else "/Simplex")
    if setup.email:
        writer.compress_identical_objects()
    # /Lang, XMP metadata and page labels are PDF 1.4 features; ReportLab writes 1.3.
    writer.pdf_header = b"%PDF-1.7"
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _xmp(meta: m.Meta, build_time: dt.datetime) -> bytes:
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
        "</rdf:Description>\n</rdf:RDF>\n</x:xmpmeta>\n"
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
    pdf: bytes, body: m.RenderedBody, meta: m.Meta, fallback: str = "letter"
) -> list[tuple[str, bytes]]:
    """One small PDF per letter, named after its bookmark (in any script; `fallback` when the
    bookmark has no letter or digit): (file name, bytes) pairs."""
    with _own_pdf():
        reader = PdfReader(io.BytesIO(pdf))
        out: list[tuple[str, bytes]] = []
        used: set[str] = set()
        group = ""  # the signer (or set) the following letters belong to
        for mark in body.marks:
            if mark.kind == "group":
                group = mark.title
            if mark.kind != "letter":
                continue
            writer = PdfWriter()
            writer.add_page(reader.pages[mark.page])
            writer.add_metadata({"/Title": f"{meta.title}: {mark.title}", "/Author": meta.author})
            writer.root_object[NameObject("/Lang")] = TextStringObject(meta.language)
            writer.compress_identical_objects()
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
