"""The PDF stage: the pack's file, open while layout draws into it (`PdfFile`), and its one
entry function, `write_pdf`, which finishes the file and says what was written (`WrittenPdf`).

    pdf = PdfFile(sink, setup.bleed_mm)       # the writer, the structure tree, the outline
    body = layout(document, pdf)              # pages drawn and written as they end
    written = write_pdf(pdf, body, document.meta, document.setup, when)
"""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass

from reportlab import rl_config
from reportlab.lib.units import mm

from packbuilder import model as m
from packbuilder.pdf import marks
from packbuilder.pdf import writer as pdfwriter
from packbuilder.pdf.objects import Sink
from packbuilder.pdf.outline import Outline
from packbuilder.pdf.tagging import Tagger
from packbuilder.pdf.writer import StreamDocument


class PdfFile:
    """A PDF file being written: the streaming writer layout draws into, the structure tree
    (`tagger.root`) and the outline it records, all owned here and closed by `write_pdf`.

    `sink` is where the bytes go (memory when None). Without `attachments` an attached PDF's
    pages are held by blank pages (a layout that is only checked). Untagged (`tagged=False`)
    only measures what tagging costs; `hold` pages are held before they are written (the
    output is the same for any value).
    """

    def __init__(
        self,
        sink: Sink | None = None,
        bleed_mm: float = 0,
        attachments: bool = True,
        tagged: bool = True,
        hold: int | None = None,
    ) -> None:
        # Plain Flate streams: ASCII85 only makes binary streams 25% larger for no reader's
        # benefit.
        rl_config.useA85 = 0
        self.sink: Sink = sink if sink is not None else io.BytesIO()
        self.writer = StreamDocument(self.sink, hold or pdfwriter.HOLD)
        self.writer.attach = _attach if attachments else _placeholder
        self.writer.bleed = bleed_mm * mm  # attached pages grow by it too
        # Bookmarks point into the drawing, which the sheet's border for bleed and marks moves.
        self.outline = Outline(self.writer, marks.border(bleed_mm * mm))
        self.tagger = Tagger(tagged)
        self.tagger.attach(self.writer)


class Discard:
    """A sink that keeps nothing: the layout of a pack that will not be written."""

    def write(self, data: bytes, /) -> int:
        return len(data)


def _placeholder(doc: StreamDocument, first: int, path: str) -> None:
    """An attachment in a layout that is only checked: a blank page holds its place."""
    doc.add_page(first, b"/Resources<<>>")


def _attach(doc: StreamDocument, first: int, path: str) -> None:
    from packbuilder.pdf.attachments import write_attachment  # pypdf: only with a PDF attached

    write_attachment(doc, first, path)


@dataclass(frozen=True)
class WrittenPdf:
    """A finished PDF: its pages, its size in bytes, and the bytes when written to memory."""

    pages: int
    size: int
    #: The whole file when its sink was memory; b"" when it went to a file.
    data: bytes = b""


def write_pdf(
    pdf: PdfFile, body: m.RenderedBody, meta: m.Meta, setup: m.PrintSetup, when: dt.datetime
) -> WrittenPdf:
    """Finish the file layout drew `body` into: the rest of the structure tree, the outline,
    the catalog, page labels, metadata and cross-reference; the file is closed."""
    from packbuilder.pdf.finish import finish  # not needed by a layout that is only checked

    tagged = pdf.tagger.enabled
    struct_tree = pdf.tagger.finish() if tagged else 0
    outline = pdf.outline.finish()
    size = finish(pdf.writer, body, meta, setup, when, struct_tree, outline)
    data = pdf.sink.getvalue() if isinstance(pdf.sink, io.BytesIO) else b""
    return WrittenPdf(body.final_page_count, size, data)
