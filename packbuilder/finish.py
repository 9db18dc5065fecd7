"""Finish the laid-out PDF with pypdf: outline, metadata, language and print preferences."""

from __future__ import annotations

import datetime as dt
import io

from pypdf import PdfReader, PdfWriter
from pypdf.generic import BooleanObject, Fit, NameObject, TextStringObject

from . import model as m
from .layout import RenderedBody


def finish(body: RenderedBody, meta: m.Meta, build_time: dt.datetime) -> bytes:
    """Return the final PDF bytes: the laid-out pages plus everything a viewer and printer read."""
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(body.pdf)))
    _outline(writer, body)
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
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _outline(writer: PdfWriter, body: RenderedBody) -> None:
    parent = None
    for mark in body.marks:
        fit = Fit.xyz(left=0, top=mark.top, zoom=None)
        if mark.level == 0:
            parent = writer.add_outline_item(title=mark.title, page_number=mark.page, fit=fit)
        else:
            writer.add_outline_item(
                title=mark.title, page_number=mark.page, parent=parent, fit=fit, is_open=False
            )
