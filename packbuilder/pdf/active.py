"""What in a PDF could run or open (actions, JavaScript, embedded files, forms, multimedia),
and how large its streams are once inflated: the rules an attached PDF is copied by."""

from __future__ import annotations

import math
import re
import zlib
from typing import Any

from packbuilder.errors import AttachmentError

#: What an attached PDF's streams may inflate to, together: a full-page A4 colour photograph at
#: 300 dpi is 26 MB uncompressed; a Flate "bomb" inflates a thousand times its size.
MAX_INFLATED_BYTES = 256 * 1024 * 1024

#: Entries that carry something to run or open, in any dictionary: what is left out, as said.
ACTIVE_KEYS = {
    "/AA": "an action",
    "/OpenAction": "an action",
    "/A": "an action",
    "/Next": "an action",
    "/JS": "JavaScript",
    "/JavaScript": "JavaScript",
    "/EF": "an embedded file",
    "/RF": "an embedded file",
    "/EmbeddedFiles": "an embedded file",
    "/AcroForm": "a form",
    "/XFA": "a form",
    "/RichMediaContent": "multimedia",
    "/RichMediaSettings": "multimedia",
    "/3DD": "multimedia",
    "/URI": "a link",
    # An OPI dictionary names a file a print server puts in the image's place.
    "/OPI": "a reference to another file",
    # A document's own name trees and outline, reached from a page: nothing a page prints.
    "/Names": "an action",
    "/Dests": "a link",
    "/Outlines": "an action",
}
#: A stream whose data lives in another file (ISO 32000-1 7.3.8.2).
EXTERNAL = frozenset({"/F", "/FFilter", "/FDecodeParms"})
_FORM_ACTIONS = frozenset({"/SubmitForm", "/ResetForm", "/ImportData"})
_MEDIA = frozenset(
    {"/Movie", "/Sound", "/Rendition", "/RichMediaExecute", "/GoTo3DView", "/Screen"}
    | {"/RichMedia", "/3D", "/Projection", "/U3D", "/PRC", "/MediaClip", "/RichMediaInstance"}
)
_ACTIONS = frozenset(
    {"/GoTo", "/GoToR", "/GoToE", "/GoToDp", "/Launch", "/Thread", "/URI", "/Named", "/Hide"}
    | {"/SetOCGState", "/Trans", "/JavaScript", "/ECMAScript"}
    | _FORM_ACTIONS
    | _MEDIA
)
#: Annotations that only show something; each is copied, less any action it carries.
_PASSIVE = frozenset(
    {"/Text", "/FreeText", "/Line", "/Square", "/Circle", "/Polygon", "/PolyLine", "/Ink"}
    | {"/Highlight", "/Underline", "/Squiggly", "/StrikeOut", "/Caret", "/Stamp", "/Popup"}
    | {"/Redact", "/Watermark", "/PrinterMark", "/TrapNet"}
)
_ANNOTATIONS = _PASSIVE | {"/Link", "/FileAttachment", "/Widget"} | _MEDIA
#: The only links copied: to a web page or an e-mail address, in plain printable ASCII.
PLAIN_LINK = re.compile(r"(?:https?://|mailto:)[!-~]+", re.IGNORECASE)
MAX_LINK = 2048
#: Filters whose output is the data itself (their input can inflate); image codecs end the
#: count (the printer decodes them, at the image's own size).
_FLATE = frozenset({"/FlateDecode", "/Fl"})
_EXPANDING = frozenset({"/LZWDecode", "/LZW", "/RunLengthDecode", "/RL"})
_TEXT_CODES = frozenset({"/ASCIIHexDecode", "/AHx", "/ASCII85Decode", "/A85"})
_IMAGE_CODECS = frozenset(
    {"/DCTDecode", "/DCT", "/JPXDecode", "/JBIG2Decode", "/CCITTFaxDecode", "/CCF"}
)


def resolve(value: Any) -> Any:
    """The object a reference points to (None for a missing one), or the value itself."""
    from pypdf.generic import IndirectObject

    return value.get_object() if isinstance(value, IndirectObject) else value


def active(value: Any) -> str | None:
    """What a dictionary is if it is something to run or open (an action, an embedded file, a
    form field, multimedia ...), or None for one that only prints."""
    from pypdf.generic import DictionaryObject

    if not isinstance(value, DictionaryObject):
        return None
    s, kind, sub = (resolve(value.get(k)) for k in ("/S", "/Type", "/Subtype"))
    if "/JS" in value or s in ("/JavaScript", "/ECMAScript"):
        return "JavaScript"
    if s == "/Launch" or any(k in value for k in ("/Win", "/Mac", "/Unix")):
        return "a launch action"
    if s in _FORM_ACTIONS or "/FT" in value or sub == "/Widget" or "/XFA" in value:
        return "a form"
    if s in _MEDIA or sub in _MEDIA or kind in _MEDIA or kind in ("/Sound", "/3D"):
        return "multimedia"
    if kind in ("/Filespec", "/EmbeddedFile") or "/EF" in value:
        return "an embedded file"
    if sub == "/FileAttachment":
        return "a file attachment"
    if s == "/URI":
        return "a link"
    if s in _ACTIONS or kind == "/Action":
        return "an action"
    if sub == "/PS" or resolve(value.get("/Subtype2")) == "/PS":
        return "PostScript"
    if (kind == "/Annot" or sub in _ANNOTATIONS) and sub not in _PASSIVE:
        return "a link" if sub == "/Link" else "an annotation"
    if kind == "/Catalog":
        return "another document"
    return None


#: Said of something left out only when it carries nothing more telling.
_GENERIC = frozenset({"an action", "an annotation", "another document"})


def carried(value: Any) -> set[str]:
    """Every kind of thing to run or open in `value` and what it holds, a few levels down:
    a form field whose actions are JavaScript is both."""
    from pypdf.generic import ArrayObject, DictionaryObject, IndirectObject, StreamObject

    kinds: set[str] = set()
    seen: set[int] = set()
    todo = [(value, 0)]
    looked = 0
    while todo and looked < 256:
        item, depth = todo.pop()
        looked += 1
        if isinstance(item, IndirectObject):
            if item.idnum in seen:
                continue
            seen.add(item.idnum)
            item = item.get_object()
        if isinstance(item, DictionaryObject):
            if resolve(item.get("/Type")) in ("/Page", "/Pages"):
                continue  # a page is copied, and looked at, on its own
            kind = active(item)
            if kind is not None:
                kinds.add(kind)
            if isinstance(item, StreamObject) and EXTERNAL & item.keys():
                kinds.add("a reference to another file")
            for key, sub in item.items():
                if key in ACTIVE_KEYS:
                    kinds.add(ACTIVE_KEYS[key])
                if depth < 6:
                    todo.append((sub, depth + 1))
        elif isinstance(item, ArrayObject) and depth < 6:
            todo.extend((sub, depth + 1) for sub in item)
        elif isinstance(item, str) and item.lower().startswith("javascript:"):
            kinds.add("JavaScript")
    telling = kinds - _GENERIC
    return telling or kinds


def describe(key: str, value: Any) -> set[str]:
    """What an entry left out carries; at least what its key says it is."""
    return carried(value) or {ACTIVE_KEYS.get(key, "an action")}


def inflated_size(stream: Any, data: bytes, budget: int) -> int:
    """How large the stream's data is once the filters that make it larger are undone (image
    codecs end the count); AttachmentError past `budget`: a compression bomb."""
    from pypdf.errors import LimitReachedError
    from pypdf.filters import ASCII85Decode, ASCIIHexDecode, LZWDecode, RunLengthDecode

    bomb = AttachmentError(
        f"its streams inflate to more than {MAX_INFLATED_BYTES // (1024 * 1024)} MB"
        " (a compression bomb?); export it again with compressed images"
    )
    filters = resolve(stream.get("/Filter"))
    names = [resolve(f) for f in filters] if isinstance(filters, list) else [filters]
    names = [name for name in names if name is not None]
    for i, name in enumerate(names):
        if name in _FLATE:
            if i == len(names) - 1:
                return int(_inflate(data, budget, bomb, keep=False))
            data = _inflate(data, budget, bomb, keep=True)
        elif name in _EXPANDING or name in _TEXT_CODES:
            decoder: Any = {
                "/LZWDecode": LZWDecode, "/LZW": LZWDecode,
                "/RunLengthDecode": RunLengthDecode, "/RL": RunLengthDecode,
                "/ASCIIHexDecode": ASCIIHexDecode, "/AHx": ASCIIHexDecode,
                "/ASCII85Decode": ASCII85Decode, "/A85": ASCII85Decode,
            }[name]  # fmt: skip
            try:
                data = decoder.decode(data)
            except LimitReachedError:
                raise bomb from None
        elif name in _IMAGE_CODECS:
            if decoded_image_size(stream) > MAX_INFLATED_BYTES:
                width, height = _whole(stream.get("/Width")), _whole(stream.get("/Height"))
                raise AttachmentError(
                    f"an image of {width:,} x {height:,} pixels, more than"
                    f" {MAX_INFLATED_BYTES // (1024 * 1024)} MB once decoded (a printer may"
                    " run out of memory); export it again at print resolution (300 dpi)"
                )
            break
        else:
            raise AttachmentError(
                f"a stream uses the compression {name}, which a printer may not read"
            )
        if len(data) > budget:
            raise bomb
    return len(data)


#: Colour components per pixel of each colour space family; one not known counts as four.
_COMPONENTS = {
    "/DeviceGray": 1, "/G": 1, "/CalGray": 1, "/Indexed": 1, "/I": 1, "/Separation": 1,
    "/DeviceRGB": 3, "/RGB": 3, "/CalRGB": 3, "/Lab": 3, "/DeviceCMYK": 4, "/CMYK": 4,
}  # fmt: skip


def decoded_image_size(stream: Any) -> int:
    """The bytes an image takes once its codec (JPEG, JPEG 2000, JBIG2, fax) is undone, as a
    printer or viewer decodes it: width x height x components x bits, whatever its file size
    (a JPEG of one colour declaring 60,000 x 60,000 pixels is small until it is drawn)."""
    width, height = _whole(stream.get("/Width")), _whole(stream.get("/Height"))
    if resolve(stream.get("/ImageMask")) is True:
        return width * height // 8
    bits = _whole(stream.get("/BitsPerComponent")) or 8
    space = resolve(stream.get("/ColorSpace"))
    components = 4
    if isinstance(space, list) and space:
        family = resolve(space[0])
        profile = resolve(space[1]) if len(space) > 1 else None
        if family == "/ICCBased" and isinstance(profile, dict):
            components = _whole(profile.get("/N")) or 4
        elif family == "/DeviceN" and len(space) > 1:
            names = resolve(space[1])
            components = len(names) if isinstance(names, list) and names else 4
        else:
            components = _COMPONENTS.get(str(family), 4)
    elif space is not None:
        components = _COMPONENTS.get(str(space), 4)
    return width * height * min(components, 32) * min(bits, 16) // 8


def _whole(value: Any) -> int:
    """A whole number written in a PDF, 0 for anything else (a missing or negative size)."""
    value = resolve(value)
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        return 0
    return max(0, min(int(value), 1 << 31))


def _inflate(data: bytes, budget: int, bomb: AttachmentError, keep: bool) -> Any:
    """Flate data inflated a piece at a time, never past `budget` bytes: the data when `keep`,
    else its size. Damaged data counts up to where it breaks (viewers show that much)."""
    inflater = zlib.decompressobj()
    pieces: list[bytes] = []
    size = 0
    pending = data
    try:
        while pending:
            piece = inflater.decompress(pending, 1 << 20)
            size += len(piece)
            if size > budget:
                raise bomb
            if keep:
                pieces.append(piece)
            pending = inflater.unconsumed_tail
            if inflater.eof:
                break
            if not piece and not pending:
                break
        # What the last input holds back: a few bytes' worth, well within the bound.
        rest = inflater.flush()
        size += len(rest)
        pieces.append(rest)
    except zlib.error:
        pass
    if size > budget:
        raise bomb
    return b"".join(pieces) if keep else size
