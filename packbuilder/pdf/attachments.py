"""Attached PDFs copied into the pack as pages of print only (pypdf).

A partner's flyer can come from anyone, and the pack is e-mailed on to partner groups: only
what prints is copied. Each page keeps its content, resources, boxes and rotation, plain
http(s) and mailto links, and annotations that only show something (comments, stamps,
highlights); everything a viewer could run or open is left out, wherever it sits (see
`pdf.active`). The same walk answers `check` (what would be left out, nothing written) and
writes the copy, so the two can never disagree.
"""

from __future__ import annotations

import io
import logging
import math
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from packbuilder.bounded import read_bounded
from packbuilder.errors import AttachmentError, UnreadableFile
from packbuilder.pdf import marks
from packbuilder.pdf.active import (
    ACTIVE_KEYS,
    EXTERNAL,
    MAX_INFLATED_BYTES,
    MAX_LINK,
    PLAIN_LINK,
    active,
    carried,
    describe,
    inflated_size,
    resolve,
)

#: An attached PDF is read whole, at most this much: a flyer or a report is a few MB, and
#: pypdf reads a cross-reference table at about 3 MB a second.
MAX_ATTACHMENT_BYTES = 32 * 1024 * 1024
#: Objects copied from one attached PDF: a 40-page report has a few thousand, and each costs
#: about 0.05 ms to read and again to copy.
MAX_OBJECTS = 20_000
#: How deep arrays and dictionaries may nest (real files need fewer than ten levels).
MAX_NESTING = 64
#: A page's side in points: ISO 32000-1 Annex C allows 3 to 14,400 units (5 m).
PAGE_SIDES = (3.0, 14_400.0)

#: Page entries that make the printed page; every other one is left behind.
_PAGE_KEEPS = frozenset(
    {"/Resources", "/Contents", "/MediaBox", "/CropBox", "/BleedBox", "/TrimBox", "/ArtBox"}
    | {"/Rotate", "/Group", "/UserUnit", "/BoxColorInfo", "/Annots"}
)
#: What an attached PDF's objects keep of their own file's structure tree: nothing.
_LEFT_BEHIND = frozenset({"/StructParent", "/StructParents"})


@dataclass(frozen=True)
class AttachedPdf:
    """An attached PDF as the pack copies it: its pages, and what the copy leaves out."""

    pages: int
    #: One phrase per kind of thing left out, with where: "JavaScript (page 2)".
    left_out: tuple[str, ...] = ()


def read_attachment(path: str | Path) -> AttachedPdf:
    """Read the attached PDF at `path` as the pack would copy it, writing nothing: AttachmentError
    for a file that is not a readable PDF, a compression bomb or a page of no size."""
    copy = _Copy(None)
    _guarded(copy.pages, path, 0)
    return AttachedPdf(copy.count, copy.left_out())


def write_attachment(doc: Any, first: int, path: str | Path) -> None:
    """Copy the pages of the PDF at `path` into the pack being written (pdfwriter's
    StreamDocument), the first page as object `first`: pages of print only (see above)."""
    _guarded(_Copy(doc).pages, path, first)


def _guarded(copy: Any, path: str | Path, first: int) -> None:
    """Run a copy of the PDF at `path`; whatever the file makes pypdf raise is an
    AttachmentError saying so (a hostile file can trip any of its checks)."""
    from pypdf import PdfReader  # pypdf only when a PDF is attached (0.1 s to import)

    try:
        data = read_bounded(Path(path), MAX_ATTACHMENT_BYTES)
    except UnreadableFile as exc:
        raise AttachmentError(str(exc)) from None
    # pypdf logs what it repairs in a damaged file, a line each (a hostile file makes
    # thousands): what counts reaches the user as one located message, or not at all.
    log = logging.getLogger("pypdf")
    level = log.level
    log.setLevel(logging.CRITICAL)
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            raise AttachmentError(
                "the PDF is password-protected; attach a copy saved without a password"
            )
        copy(reader, first)
    except AttachmentError:
        raise
    except RecursionError:
        raise AttachmentError("not a readable PDF (objects nested too deeply)") from None
    except Exception as exc:  # a hostile file can make the parser raise anything
        raise AttachmentError(f"not a readable PDF ({_short(exc)})") from None
    finally:
        log.setLevel(level)


def _short(exc: Exception) -> str:
    text = " ".join(str(exc).split()) or type(exc).__name__
    return text if len(text) <= 120 else text[:119] + "…"


def _numbers(value: Any, count: int | None = None) -> list[float] | None:
    """The finite numbers of a PDF array (of `count` of them), or None."""
    from pypdf.generic import ArrayObject, FloatObject, NumberObject

    array = resolve(value)
    if not isinstance(array, ArrayObject) or (count is not None and len(array) != count):
        return None
    found = [resolve(v) for v in array]
    if not all(isinstance(v, FloatObject | NumberObject) for v in found):
        return None
    numbers = [float(v) for v in found]
    return numbers if all(math.isfinite(v) for v in numbers) else None


def _side(points: float) -> str:
    return f"{points:,.6g}"


class _Copy:
    """One pass over an attached PDF's pages: into `doc`, or into nothing when checking."""

    def __init__(self, doc: Any) -> None:
        self.doc = doc
        self.count = 0
        self._last = 0  # object numbers when nothing is written
        self._numbers: dict[int, int] = {}
        self._todo: list[tuple[int, Any]] = []
        self._found: dict[str, list[int]] = {}
        self._page = 0  # 1-based page being copied; 0 for the document itself
        self._inflated = 0
        self._objects = 0

    # Where it goes -------------------------------------------------------------------------

    def _reserve(self) -> int:
        if self.doc is None:
            self._last += 1
            return self._last
        return int(self.doc.reserve())

    def _put(self, num: int, value: Any) -> None:
        if self.doc is not None:
            self.doc.put(num, _body(value))

    def _note(self, kinds: str | set[str]) -> None:
        for kind in {kinds} if isinstance(kinds, str) else kinds:
            pages = self._found.setdefault(kind, [])
            if self._page not in pages:
                pages.append(self._page)

    def left_out(self) -> tuple[str, ...]:
        """'JavaScript (pages 1, 2)', 'an embedded file (the file itself)' ..."""
        phrases = []
        for kind, pages in sorted(self._found.items()):
            where = [f"{p}" for p in sorted(pages) if p][:5]
            text = ("page " if len(where) == 1 else "pages ") + ", ".join(where) if where else ""
            if len([p for p in pages if p]) > 5:
                text += " …"
            if 0 in pages:
                text = "the file itself" + (f", {text}" if text else "")
            phrases.append(f"{kind} ({text})")
        return tuple(phrases)

    # The walk ------------------------------------------------------------------------------

    def pages(self, reader: Any, first: int) -> None:
        from pypdf.generic import DictionaryObject, NameObject

        self._document(reader.trailer.get("/Root"))
        pages = list(reader.pages)
        if not pages:
            raise AttachmentError("the PDF has no pages")
        self.count = len(pages)
        for i, page in enumerate(pages):
            own = page.indirect_reference
            num = first if i == 0 and self.doc is not None else self._reserve()
            if own is not None:
                self._numbers[own.idnum] = num
        for i, page in enumerate(pages):
            self._page = i + 1
            own = page.indirect_reference
            num = self._numbers[own.idnum] if own is not None else first
            media = self._boxes(page)
            entries = DictionaryObject()
            bleed = getattr(self.doc, "bleed", 0)
            for key, value in page.items():
                if key in ACTIVE_KEYS:
                    self._note(describe(key, value))
                elif key == "/Annots":
                    entries[NameObject(key)] = self._annotations(value)
                elif key in _PAGE_KEEPS and key not in media:
                    # With bleed the resources are the page's own copy: the marks' ink joins them.
                    copied = self._clone(resolve(value) if key == "/Resources" and bleed else value)
                    if copied is not None:
                        entries[NameObject(key)] = copied
                elif key not in _PAGE_KEEPS:
                    self._note(carried(value))  # left behind; said if it was active
            entries.update(media)
            if bleed:  # a copy shop trims every sheet alike: grown like the pack's own pages
                self._grow(entries, media, bleed)
            if self.doc is not None:
                self.doc.add_page(num, _body(entries)[2:-2], boxes=[])
            self._drain()

    def _grow(self, entries: Any, media: dict[Any, Any], bleed: float) -> None:
        """The page grown for bleed and crop marks as the pack's own pages are (pdf.marks): its
        MediaBox is the trim, its content kept as it is (q ... Q) with the marks after it."""
        from pypdf.generic import ArrayObject, FloatObject, IndirectObject, NameObject

        x0, y0, x1, y1 = (float(v) for v in media[NameObject("/MediaBox")])
        trim = (x0, y0, x1, y1)
        for key, box in (
            ("/MediaBox", marks.grown(trim, marks.border(bleed))),
            ("/BleedBox", marks.grown(trim, bleed)),
            ("/TrimBox", trim),
        ):
            entries[NameObject(key)] = ArrayObject(FloatObject(v) for v in box)
        entries.pop(NameObject("/CropBox"), None)
        if self.doc is None:
            return
        own = entries.get(NameObject("/Contents"))
        own = list(own) if isinstance(own, ArrayObject) else [] if own is None else [own]
        around = []
        for data in (b"q\n", b"\nQ" + marks.crop_marks(trim, bleed, _registration(entries))):
            num = self._reserve()
            self.doc.put_stream(num, b"<<>>", data)
            around.append(IndirectObject(num, 0, None))
        entries[NameObject("/Contents")] = ArrayObject([around[0], *own, around[1]])

    def _document(self, root: Any) -> None:
        """Note what the file holds beyond its pages (never copied): opening actions, document
        JavaScript, embedded files, forms."""
        from pypdf.generic import DictionaryObject

        catalog = resolve(root)
        if not isinstance(catalog, DictionaryObject):
            return
        for key in ("/OpenAction", "/AA", "/AcroForm"):
            if key in catalog:
                self._note(describe(key, catalog[key]))
        names = resolve(catalog.get("/Names"))
        if isinstance(names, DictionaryObject):
            for key, kind in (
                ("/JavaScript", "JavaScript"),
                ("/EmbeddedFiles", "an embedded file"),
            ):
                if key in names:
                    self._note(carried(names[key]) | {kind})

    def _boxes(self, page: Any) -> dict[Any, Any]:
        """The page's boxes as finite numbers: a MediaBox or CropBox of no size or larger than
        any paper is an error; a bleed, trim or art box that is either is left out."""
        from pypdf.generic import ArrayObject, FloatObject, NameObject

        unit = resolve(page.get("/UserUnit", 1))
        scale = float(unit) if isinstance(unit, int | float) and 0 < unit < 1e6 else 1.0
        boxes: dict[Any, Any] = {}
        for key in ("/MediaBox", "/CropBox", "/BleedBox", "/TrimBox", "/ArtBox"):
            if key not in page:
                if key == "/MediaBox":
                    raise AttachmentError(f"page {self._page} has no size (no MediaBox)")
                continue
            box = _numbers(page[key], 4)
            name = key[1:]
            if box is None:
                problem = f"page {self._page}'s {name} is not four numbers"
            else:
                width, height = (abs(box[2] - box[0]) * scale, abs(box[3] - box[1]) * scale)
                size = f"{_side(width)} x {_side(height)} pt"
                low, high = PAGE_SIDES
                if min(width, height) < low:
                    problem = f"page {self._page}'s {name} is {size}: a page of no size"
                elif max(width, height) > high:
                    problem = f"page {self._page}'s {name} is {size}: larger than any paper"
                else:
                    boxes[NameObject(key)] = ArrayObject(FloatObject(v) for v in box)
                    continue
            if key in ("/MediaBox", "/CropBox"):
                raise AttachmentError(problem)
        return boxes

    def _annotations(self, value: Any) -> Any:
        """The page's annotations that stay: plain links (made anew) and ones that only show."""
        from pypdf.generic import ArrayObject, DictionaryObject

        kept = ArrayObject()
        annotations = resolve(value)
        if not isinstance(annotations, ArrayObject):
            return kept
        for item in annotations:
            annotation = resolve(item)
            if not isinstance(annotation, DictionaryObject):
                continue
            if resolve(annotation.get("/Subtype")) == "/Link":
                link = self._link(annotation)
                if link is not None:
                    kept.append(link)
                continue
            copied = self._clone(item)
            if copied is not None:
                kept.append(copied)
        return kept

    def _link(self, annotation: Any) -> Any:
        """A link to a web page or an e-mail address, made anew from its area and address
        alone; anything else a link does (JavaScript, another file, a page) is noted."""
        from pypdf.generic import (
            ArrayObject,
            DictionaryObject,
            FloatObject,
            IndirectObject,
            NameObject,
            TextStringObject,
        )

        action = resolve(annotation.get("/A"))
        address = resolve(action.get("/URI")) if isinstance(action, DictionaryObject) else None
        if isinstance(address, bytes):
            address = address.decode("latin-1")
        if not (
            isinstance(address, str)
            and resolve(action.get("/S")) == "/URI"
            and len(address) <= MAX_LINK
            and PLAIN_LINK.fullmatch(address)
        ):
            self._note(describe("/A", action) if action is not None else "a link")
            return None
        for key in ("/AA", "/Next"):
            for owner in (annotation, action):
                if key in owner:
                    self._note(describe(key, owner[key]))
        rect = _numbers(annotation.get("/Rect"), 4)
        if rect is None:
            return None
        border = _numbers(annotation.get("/Border"))
        link = DictionaryObject(
            {
                NameObject("/Type"): NameObject("/Annot"),
                NameObject("/Subtype"): NameObject("/Link"),
                NameObject("/Rect"): ArrayObject(FloatObject(v) for v in rect),
                NameObject("/Border"): ArrayObject(
                    FloatObject(v)
                    for v in (border[:3] if border and len(border) >= 3 else (0, 0, 0))
                ),
                NameObject("/A"): DictionaryObject(
                    {
                        NameObject("/S"): NameObject("/URI"),
                        NameObject("/URI"): TextStringObject(address),
                    }
                ),
            }
        )
        quads = _numbers(annotation.get("/QuadPoints"))
        if quads and len(quads) % 8 == 0:
            link[NameObject("/QuadPoints")] = ArrayObject(FloatObject(v) for v in quads)
        num = self._reserve()
        self._put(num, link)
        return IndirectObject(num, 0, None)

    def _clone(self, value: Any, depth: int = 0) -> Any:
        """The value renumbered into the pack, less what runs or opens (None: leave it out)."""
        from pypdf.generic import ArrayObject, DictionaryObject, IndirectObject, NullObject

        if depth > MAX_NESTING:
            raise AttachmentError(f"objects nested more than {MAX_NESTING} deep")
        if isinstance(value, IndirectObject):
            if value.idnum not in self._numbers:
                target = value.get_object()
                if active(target) is not None:
                    self._note(carried(target))
                    return None
                self._objects += 1
                if self._objects > MAX_OBJECTS:
                    raise AttachmentError(f"more than {MAX_OBJECTS:,} objects to copy")
                self._numbers[value.idnum] = self._reserve()
                self._todo.append((self._numbers[value.idnum], target))
            return IndirectObject(self._numbers[value.idnum], 0, None)
        if isinstance(value, DictionaryObject):
            if active(value) is not None:
                self._note(carried(value))
                return None
            # Its place in its own structure tree and page tree stays behind: the pack's tree
            # does not cover attached pages, and their page tree is the pack's.
            copied = DictionaryObject()
            for key, item in value.items():
                if key in _LEFT_BEHIND or (key == "/Parent" and _is_page_tree(item)):
                    continue
                if key in ACTIVE_KEYS:
                    self._note(describe(key, item))
                    continue
                clone = self._clone(item, depth + 1)
                if clone is not None:
                    copied[key] = clone
            return copied
        if isinstance(value, ArrayObject):
            return ArrayObject(
                NullObject() if (c := self._clone(v, depth + 1)) is None else c for v in value
            )
        return value

    def _drain(self) -> None:
        """Write the objects the last page refers to, and those they refer to."""
        from pypdf.generic import DictionaryObject, StreamObject

        while self._todo:
            num, value = self._todo.pop()
            if isinstance(value, StreamObject):
                data = value._data
                self._inflated += inflated_size(value, data, MAX_INFLATED_BYTES - self._inflated)
                head = DictionaryObject()
                for key, item in value.items():
                    if key == "/Length":
                        continue
                    if key in EXTERNAL:
                        self._note("a reference to another file")
                        continue
                    if key in ACTIVE_KEYS:
                        self._note(describe(key, item))
                    elif (clone := self._clone(item)) is not None:
                        head[key] = clone
                if self.doc is not None:
                    self.doc.put_stream(num, _body(head), data)
            elif value is None:  # a reference to an object the file does not have: null
                if self.doc is not None:
                    self.doc.put(num, b"null")
            else:
                copied = self._clone(value)
                if self.doc is not None:
                    self.doc.put(num, b"null" if copied is None else _body(copied))


def _registration(entries: Any) -> bytes:
    """The marks' ink on an attached page: registration colour, named in the page's copied
    resources; all four process inks when its colour spaces are kept as a reference (possibly
    shared) or already use the name."""
    from pypdf.generic import ArrayObject, DictionaryObject, FloatObject, NameObject, NumberObject

    resources = entries.setdefault(NameObject("/Resources"), DictionaryObject())
    if not isinstance(resources, DictionaryObject):
        return marks.IN_ALL_INKS
    spaces = resources.setdefault(NameObject("/ColorSpace"), DictionaryObject())
    name = NameObject(marks.REGISTRATION.decode("ascii"))
    if not isinstance(spaces, DictionaryObject) or name in spaces:
        return marks.IN_ALL_INKS
    tint = DictionaryObject({
        NameObject("/FunctionType"): NumberObject(2),
        NameObject("/Domain"): ArrayObject([NumberObject(0), NumberObject(1)]),
        NameObject("/C0"): ArrayObject([FloatObject(0)] * 4),
        NameObject("/C1"): ArrayObject([FloatObject(1)] * 4),
        NameObject("/N"): NumberObject(1),
    })  # fmt: skip
    names = [NameObject(n) for n in ("/Separation", "/All", "/DeviceCMYK")]
    spaces[name] = ArrayObject([*names, tint])
    return marks.IN_REGISTRATION


def _is_page_tree(value: Any) -> bool:
    target = resolve(value)
    return isinstance(target, dict) and target.get("/Type") == "/Pages"


def _body(value: Any) -> bytes:
    out = io.BytesIO()
    value.write_to_stream(out)
    return out.getvalue()
