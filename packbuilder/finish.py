"""Finish the laid-out PDF with pypdf: blank and attached pages, outline, labels, metadata."""

from __future__ import annotations

import datetime as dt
import io
import re
from pathlib import Path
from typing import Any

from pypdf import PdfReader, PdfWriter
from pypdf.errors import PdfReadError
from pypdf.generic import BooleanObject, Fit, NameObject, RectangleObject, TextStringObject

from . import model as m
from .errors import PackError
from .layout import RenderedBody


class AttachmentError(PackError):
    """An attached PDF cannot be read."""


def count_pages(path: Path) -> int:
    """Pages in an attached PDF; AttachmentError if it is not a readable PDF."""
    try:
        reader = PdfReader(str(path))
        if reader.is_encrypted:
            raise AttachmentError("the PDF is password-protected")
        return len(reader.pages)
    except (PdfReadError, OSError, ValueError) as exc:
        raise AttachmentError(f"not a readable PDF ({exc})") from None


def finish(body: RenderedBody, meta: m.Meta, setup: m.PrintSetup, build_time: dt.datetime) -> bytes:
    """Return the final PDF bytes: the laid-out pages plus everything a viewer and printer read."""
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(body.pdf)))
    first = writer.pages[0]
    width, height = float(first.mediabox.width), float(first.mediabox.height)
    for insertion in body.insertions:  # ascending final indices: each lands where it belongs
        if insertion.attachment is None:
            _blank(writer, insertion.page, width, height, body.bleed)
        else:
            writer.merge(
                position=insertion.page, fileobj=insertion.attachment.path, import_outline=False
            )
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
    writer.page_mode = "/UseOutlines"
    prefs = writer.create_viewer_preferences()
    # Window letters only line up with the envelope window at 100%: ask viewers not to scale.
    prefs[NameObject("/PrintScaling")] = NameObject("/None")
    prefs[NameObject("/DisplayDocTitle")] = BooleanObject(True)
    if setup.email:
        writer.compress_identical_objects()
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _blank(writer: PdfWriter, index: int, width: float, height: float, bleed: float) -> None:
    writer.insert_blank_page(width, height, index)
    page = writer.pages[index]  # the writer's own copy of the inserted page
    if bleed:  # same boxes as the drawn pages, so a copy shop trims every sheet alike
        page.trimbox = RectangleObject((bleed, bleed, width - bleed, height - bleed))
        page.bleedbox = RectangleObject((0, 0, width, height))


def _outline(writer: PdfWriter, body: RenderedBody) -> None:
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


def split_letters(pdf: bytes, body: RenderedBody, meta: m.Meta) -> list[tuple[str, bytes]]:
    """One small PDF per letter, named after its bookmark: (file name, bytes) pairs."""
    reader = PdfReader(io.BytesIO(pdf))
    out: list[tuple[str, bytes]] = []
    used: set[str] = set()
    for mark in body.marks:
        if mark.kind != "letter":
            continue
        writer = PdfWriter()
        writer.add_page(reader.pages[mark.page])
        writer.add_metadata({"/Title": f"{meta.title}: {mark.title}", "/Author": meta.author})
        writer.root_object[NameObject("/Lang")] = TextStringObject(meta.language)
        writer.compress_identical_objects()
        name = _file_name(mark.title, used)
        buffer = io.BytesIO()
        writer.write(buffer)
        out.append((name, buffer.getvalue()))
    return out


def _file_name(title: str, used: set[str]) -> str:
    stem = re.sub(r"[^\w]+", "-", title.lower()).strip("-_") or "letter"
    name, n = f"{stem}.pdf", 2
    while name in used:
        name, n = f"{stem}-{n}.pdf", n + 1
    used.add(name)
    return name
