"""Write the pack's PDF to its file while the pages are drawn, not all at the end.

ReportLab's own document keeps every page, its content and every object until `save()`, so
memory grows with the letters (about 25 KB a letter; 8.7 GB for 100,000 letters with the
pypdf finishing pass we had). `StreamDocument` is ReportLab's document with a different
bookkeeping: each page's objects are numbered when the page ends and written out after at
most `hold` pages, then dropped; only what is shared (the fonts, whose subsets are known at
the end; the page tree; the catalog) waits for the end. Objects that are not streams go into
compressed object streams and the cross-reference table is a compressed stream (PDF 1.5), so
the hundreds of small structure elements a tagged letter needs cost a few bytes each.

Numbering is decided when an object is made (in drawing order), never when it is written, so
the bytes are the same whether pages are written one at a time or all held to the end (the
test builds both ways and compares).
"""

from __future__ import annotations

import bisect
import hashlib
import re
import sys
import zlib
from array import array
from collections.abc import Callable, Iterator
from typing import Any

from reportlab.pdfbase import pdfdoc

from packbuilder.pdf import marks
from packbuilder.pdf.objects import Sink, pdf_name, ref

#: Objects per object stream: big enough to compress well, small enough to hold.
OBJECTS_PER_STREAM = 200
#: Page tree leaves hold this many pages (a flat list of 100,000 pages trips some readers).
PAGES_PER_NODE = 256
#: Pages held before they are written: 1 keeps memory flat; tests use more to prove it does
#: not change a byte.
HOLD = 1

_HEADER = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n"
#: Where a page's own content gives way to a shared content stream (StreamCanvas.share): NUL,
#: which ReportLab never writes in content (it escapes every control character in strings).
_SHARED = re.compile(rb"\x00(\d+)\x00")
_STREAMS = (pdfdoc.PDFStream, pdfdoc.PDFFormXObject, pdfdoc.PDFImageXObject)


def number(value: float) -> bytes:
    """A PDF number as ReportLab writes it: at most 2 decimals, no trailing zeros."""
    return str(pdfdoc.fp_str(value)).encode("ascii")


#: Writes an attached PDF's pages into the document, the first as the given object number.
Attach = Callable[["StreamDocument", int, str], None]


class _Insertion:
    """Pages layout did not draw: a blank back (no path), or an attached PDF's pages."""

    __slots__ = ("index", "path")

    def __init__(self, index: int, path: str | None) -> None:
        self.index = index
        self.path = path


class StreamDocument(pdfdoc.PDFDocument):  # type: ignore[misc]
    """ReportLab's PDF document, written to `sink` as it goes (see the module's docstring)."""

    def __init__(self, sink: Sink, hold: int = HOLD) -> None:
        super().__init__(compression=1, invariant=1)
        self.sink = sink
        self.hold = hold
        self.position = len(_HEADER)  # where the next byte goes
        #: A digest of everything written: the file's identifier (unique to its content).
        self._digest = hashlib.md5(_HEADER, usedforsecurity=False)
        self._started = False
        # The cross-reference entries, by object number: type (1 in the file, 2 in an object
        # stream), then offset or object stream, then index in it.
        self._kind = bytearray(1)
        self._where = array("I", [0])  # becomes "Q" past 4 GB
        self._index = array("H", [0])
        #: What waits to be written: (number, ReportLab object or bytes, its object stream).
        self._queue: list[tuple[int, Any, int]] = []
        self._scanned = self.objectcounter  # ReportLab's objects up to here are queued
        self._open_stream = 0
        self._open_count = 0
        self._stream_parts: dict[int, list[tuple[int, bytes]]] = {}
        self._held = 0
        #: Object numbers of the pages drawn (drawn order) and of all pages (final order).
        self.drawn = array("I")
        self.pages = array("I")
        #: Final indices of pages layout inserts (blank backs, attached pages), ascending.
        self._inserted_at = array("I")
        self._inserted: dict[int, int] = {}  # final index -> its page's object number
        self._pending: list[_Insertion] = []
        self._drawn_count = 0
        self._nodes: list[int] = []  # page tree leaves
        self.tree = self.reserve()  # the page tree's root
        self._sizes: list[bytes] = []  # the last page's boxes, for the blank behind it
        #: Called with each drawn ReportLab page as it ends: what to add to its dictionary.
        self.on_page: Callable[[Any, int], bytes] | None = None
        self._media: dict[tuple[float, float], bytes] = {}
        self._xobjects: dict[tuple[str, ...], bytes] = {}
        self.attach: Attach | None = None
        #: Bleed on each side in points: every page is grown by it and by the crop marks beyond
        #: it (marks.border), drawn, blank or attached alike.
        self.bleed = 0.0
        self._trim: marks.Box = (0, 0, 0, 0)  # the last page's trim, for the blank behind it
        self._registration = 0  # the registration colour space's object, once a mark needs it

    # Numbers and objects -----------------------------------------------------------------

    def reserve(self) -> int:
        """A new object number, to be given its object later with `put`."""
        self.objectcounter += 1
        return int(self.objectcounter)

    def put(self, num: int, body: bytes) -> None:
        """Queue a finished object that is not a stream (it goes into an object stream)."""
        self._queue.append((num, body, self._stream_slot()))

    def put_stream(self, num: int, dictionary: bytes, data: bytes) -> None:
        """Queue a stream object: `dictionary` without /Length, `data` already encoded."""
        body = b"%s/Length %d>>\nstream\n%s\nendstream" % (dictionary[:-2], len(data), data)
        self._queue.append((num, body, 0))

    def _stream_slot(self) -> int:
        if not self._open_stream or self._open_count == OBJECTS_PER_STREAM:
            self._open_stream = self.reserve()
            self._open_count = 0
            self._stream_parts[self._open_stream] = []
        self._open_count += 1
        return self._open_stream

    def _scan(self) -> None:
        """Queue every ReportLab object made since the last scan (they are finished)."""
        ids = self.numberToId
        for num in range(self._scanned + 1, self.objectcounter + 1):
            name = ids.get(num)
            if name is None or name == pdfdoc.BasicFonts:
                continue  # ours (put later), or the font dictionary, which grows to the end
            obj = self.idToObject[name]
            self._queue.append((num, obj, 0 if isinstance(obj, _STREAMS) else self._stream_slot()))
        self._scanned = self.objectcounter

    def drain(self) -> None:
        """Write everything queued; ReportLab's objects are formatted now and then dropped."""
        counter = self.objectcounter
        done: list[str] = []
        for num, item, stream in self._queue:
            if isinstance(item, bytes):
                body = item
            else:
                body = pdfdoc.format(item, self, toplevel=1)
                done.append(self.numberToId.pop(num))
            if stream:
                parts = self._stream_parts[stream]
                parts.append((num, body))
                if len(parts) == OBJECTS_PER_STREAM:
                    self._write_object_stream(stream)
            else:
                self._locate(num, 1, self.position)
                self._write(b"%d 0 obj\n%s\nendobj\n" % (num, body.rstrip(b"\n")))
        self._queue.clear()
        self._held = 0
        objects, numbers = self.idToObject, self.idToObjectNumberAndVersion
        for name in done:  # dropped once every object that refers to them is written
            del objects[name]
            if name.startswith("R"):  # unnamed: never referred to by name again
                del numbers[name]
        # Everything was numbered when it was queued: writing must not make new objects, or
        # the file would depend on when it was written.
        assert self.objectcounter == counter, "an object was made while writing"

    def _write_object_stream(self, stream: int) -> None:
        parts = self._stream_parts.pop(stream)
        head, offset, bodies = [], 0, []
        for index, (num, body) in enumerate(parts):
            self._locate(num, 2, stream, index)
            head.append(b"%d %d" % (num, offset))
            bodies.append(body)
            offset += len(body) + 1
        first = b" ".join(head) + b"\n"
        data = zlib.compress(first + b"\n".join(bodies))
        self._locate(stream, 1, self.position)
        self._write(
            b"%d 0 obj\n<</Type/ObjStm/N %d/First %d/Filter/FlateDecode/Length %d>>\nstream\n"
            % (stream, len(parts), len(first), len(data))
        )
        self._write(data + b"\nendstream\nendobj\n")

    def _locate(self, num: int, kind: int, where: int, index: int = 0) -> None:
        grow = num + 1 - len(self._kind)
        if grow > 0:
            self._kind.extend(bytes(grow))
            self._where.extend([0] * grow)
            self._index.extend([0] * grow)
        self._kind[num] = kind
        try:
            self._where[num] = where
        except OverflowError:
            self._where = array("Q", self._where)
            self._where[num] = where
        self._index[num] = index

    def _write(self, data: bytes) -> None:
        if not self._started:  # the header goes out with the first object: nothing before
            self._started = True
            self.sink.write(_HEADER)
        self.sink.write(data)
        self._digest.update(data)
        self.position += len(data)

    # Pages ---------------------------------------------------------------------------------

    def drawn_page(self, index: int) -> int:
        """The object number of drawn page `index` (0-based; the page being drawn is reserved
        now)."""
        if index == len(self.drawn):
            self.drawn.append(self.reserve())
        return int(self.drawn[index])

    def final_page(self, index: int) -> int:
        """The object number of page `index` (0-based) of the final file, written or not."""
        if index < len(self.pages):
            return int(self.pages[index])
        if index in self._inserted:
            return self._inserted[index]
        return self.drawn_page(index - bisect.bisect_left(self._inserted_at, index))

    def insert(self, index: int, count: int = 1, path: str | None = None) -> None:
        """Put `count` pages layout does not draw at final page `index`: a blank back (the
        size of the page before it), or the pages of the PDF at `path` (see `attach`)."""
        for i in range(index, index + count):
            self._inserted_at.append(i)
        self._inserted[index] = self.reserve()
        self._pending.append(_Insertion(index, path))

    def _emit(self, insertion: _Insertion) -> None:
        num = self._inserted.pop(insertion.index)
        if insertion.path is None:
            self._blank(num)
        else:
            assert self.attach is not None, "an attached PDF needs a writer for its pages"
            self.attach(self, num, insertion.path)

    def addPage(self, page: Any) -> None:
        """ReportLab's page is finished: number it and its objects, queue them, write.

        The page dictionary and its content stream are written here from what the canvas
        recorded (ReportLab's generic formatting of them was a third of a letter's time).
        """
        self._insert_due()
        drawn = self._drawn_count
        self._drawn_count += 1
        num = self.drawn_page(drawn)
        self.pageCounter += 1
        self.inObject = None
        extra = self.on_page(page, drawn) if self.on_page is not None else b""
        if page.ExtGState or page._colorsUsed or page._shadingUsed or page.Rotate:
            raise NotImplementedError("transparency, spot colours, shadings or rotated pages")
        stream = page.stream if isinstance(page.stream, bytes) else page.stream.encode("utf-8")
        size = (page.pagewidth, page.pageheight)
        media = self._media.get(size)
        if media is None:
            media = self._media[size] = b"/MediaBox[0 0 %s %s]" % (number(size[0]), number(size[1]))
        boxes = [media]
        for box in ("TrimBox", "BleedBox", "CropBox", "ArtBox"):
            value = getattr(page, box, None)
            if value is not None:
                boxes.append(b"/%s%s" % (box.encode("ascii"), bytes(pdfdoc.format(value, self))))
        if self.bleed:  # the page's own size decides its trim: envelopes are cut as envelopes
            self._trim, trim_and_bleed = marks.sheet_boxes(*size, self.bleed)
            boxes += trim_and_bleed
            stream += marks.crop_marks(self._trim, self.bleed)
        self._sizes = boxes
        numbers = self.idToObjectNumberAndVersion
        out = [
            b"/Resources<</Font %s/ProcSet[/PDF/Text%s]%s"
            % (
                ref(numbers[pdfdoc.BasicFonts][0]),
                b"/ImageB/ImageC/ImageI" * page.hasImages,
                self.registration() if self.bleed else b"",
            ),
        ]
        if page.XObjects:  # the same few forms on thousands of letters: made once
            forms = tuple(sorted(page.XObjects.dict))
            xobjects = self._xobjects.get(forms)
            if xobjects is None:
                named = [pdf_name(name) + b" " + ref(numbers[name][0]) for name in forms]
                xobjects = self._xobjects[forms] = b"/XObject<<" + b"".join(named) + b">>"
            out.append(xobjects)
        pieces = _SHARED.split(stream)  # own content, a shared stream's number, own content...
        streams = []
        for i, piece in enumerate(pieces):
            if i % 2:
                streams.append(ref(int(piece)))
            elif piece.strip() or len(pieces) == 1:
                streams.append(ref(self.content_stream(piece)))
        contents = streams[0] if len(streams) == 1 else b"[" + b" ".join(streams) + b"]"
        out.append(b">>/Contents %s" % contents)
        if page.Annots:
            annots = [ref(numbers[a.name][0]) for a in page.Annots]
            out.append(b"/Annots[" + b" ".join(annots) + b"]")
        out.append(extra)
        self._scan()  # what the page made (forms, link annotations) first, then the page
        self.add_page(num, b"".join(out), boxes)
        self._held += 1
        if self._held >= self.hold:
            self.drain()

    def content_stream(self, data: bytes) -> int:
        """Queue a content stream: its object number."""
        num = self.reserve()
        self.put_stream(num, b"<</Filter/FlateDecode>>", zlib.compress(data))
        return num

    def _insert_due(self) -> None:
        while self._pending and self._pending[0].index == len(self.pages):
            self._emit(self._pending.pop(0))

    def _leaf(self, index: int) -> int:
        if index // PAGES_PER_NODE == len(self._nodes):
            self._nodes.append(self.reserve())
        return self._nodes[index // PAGES_PER_NODE]

    def _blank(self, num: int) -> None:
        """A blank page as big as the page before it (its sheet's back): no content at all, or
        with bleed the crop marks alone (the copy shop cuts every sheet)."""
        entries = b"/Resources<<>>"
        if self.bleed:
            contents = self.reserve()
            stream = zlib.compress(marks.crop_marks(self._trim, self.bleed))
            self.put_stream(contents, b"<</Filter/FlateDecode>>", stream)
            entries = b"/Resources<<%s>>/Contents %s" % (self.registration(), ref(contents))
        self.add_page(num, entries, self._sizes)

    def registration(self) -> bytes:
        """The /ColorSpace resource entry naming the registration colour the crop marks use
        (one object in the file, made when the first mark is drawn)."""
        if not self._registration:
            self._registration = self.reserve()
            self.put(self._registration, marks.REGISTRATION_SPACE)
        return b"/ColorSpace<<%s %s>>" % (marks.REGISTRATION, ref(self._registration))

    def add_page(self, num: int, entries: bytes, boxes: list[bytes] | None = None) -> None:
        """Queue page object `num` as the next page of the file: its `entries` (resources,
        contents...) after its page-tree parent and `boxes` (the last page's when None)."""
        parent = self._leaf(len(self.pages))
        sizes = b"".join(boxes if boxes is not None else self._sizes)
        self.put(num, b"<</Type/Page/Parent %s%s%s/Tabs/S>>" % (ref(parent), sizes, entries))
        self.pages.append(num)

    # The end -------------------------------------------------------------------------------

    def SaveToFile(self, filename: Any, canvas: Any) -> None:
        """ReportLab's save: the pages are written already; `close` writes the rest."""
        self._insert_due()

    def finish_pages(self) -> None:
        """After the last drawn page: the insertions after it, the fonts, the page tree."""
        while self._pending:
            self._emit(self._pending.pop(0))
        for font in self.delayedFonts:
            font.addObjects(self)
        self._scan()
        basic = self.idToObjectNumberAndVersion[pdfdoc.BasicFonts][0]
        self._queue.append((basic, self.idToObject[pdfdoc.BasicFonts], self._stream_slot()))
        count = len(self.pages)
        kids = []
        for i, leaf in enumerate(self._nodes):
            pages = self.pages[i * PAGES_PER_NODE : (i + 1) * PAGES_PER_NODE]
            self.put(
                leaf,
                b"<</Type/Pages/Parent %s/Count %d/Kids[%s]>>"
                % (ref(self.tree), len(pages), b" ".join(ref(p) for p in pages)),
            )
            kids.append(ref(leaf))
        self.put(self.tree, b"<</Type/Pages/Count %d/Kids[%s]>>" % (count, b" ".join(kids)))

    def close(self, catalog: bytes, info: bytes, seed: bytes) -> None:
        """Write the catalog, the document information, the cross-reference stream. The
        file's identifier is a digest of every byte before it and `seed`: the same content
        gives the same identifier (and the same bytes), other content another."""
        root, info_num = self.reserve(), self.reserve()
        self.put(root, catalog)
        self.put(info_num, info)
        self.drain()
        for stream in sorted(self._stream_parts):
            if self._stream_parts[stream]:
                self._write_object_stream(stream)
        fingerprint = self._digest.copy()
        fingerprint.update(seed)
        file_id = b"<" + fingerprint.hexdigest().encode("ascii") + b">"
        xref = self.reserve()
        self._locate(xref, 1, self.position)
        size = xref + 1
        self._kind[0], self._where[0], self._index[0] = 0, 0, 65535
        width = max(4, (self.position.bit_length() + 7) // 8)
        packer = zlib.compressobj()
        data = b"".join(packer.compress(rows) for rows in self._xref_rows(size, width))
        data += packer.flush()
        start = self.position
        self._write(
            b"%d 0 obj\n<</Type/XRef/Size %d/W[1 %d 2]/Root %s/Info %s/ID[%s %s]"
            b"/Filter/FlateDecode/Length %d>>\nstream\n"
            % (xref, size, width, ref(root), ref(info_num), file_id, file_id, len(data))
        )
        self._write(data + b"\nendstream\nendobj\nstartxref\n%d\n%%%%EOF\n" % start)

    def _xref_rows(self, size: int, width: int) -> Iterator[bytes]:
        """The cross-reference entries (type, `width`-byte offset or object stream, 2-byte
        index), big-endian, a slice of entries at a time (millions of entries at 100,000
        letters: interleaved by slice assignment, not one by one)."""
        step = 1 + width + 2
        for start in range(0, size, 65536):
            end = min(size, start + 65536)
            rows = bytearray((end - start) * step)
            rows[0::step] = self._kind[start:end]
            where, index = array("Q", self._where[start:end]), self._index[start:end]
            if sys.byteorder == "little":
                where.byteswap()
                index.byteswap()
            wide, short = where.tobytes(), index.tobytes()
            for j in range(width):
                rows[1 + j :: step] = wide[8 - width + j :: 8]
            rows[1 + width :: step] = short[0::2]
            rows[2 + width :: step] = short[1::2]
            yield bytes(rows)
