"""The pack is a tagged PDF/UA-1 file: two independent checkers pass it, and a walk of its
content streams and structure tree shows every piece of text read once, in reading order."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import pikepdf
import pytest

import screenreader
from conftest import CONTENT, ROOT, run_cli
from pdfcheck import outline, page_texts

SIGNERS = ROOT / "tests" / "data" / "signers-google-forms.csv"
PACKS = {
    "default": (),
    "email": ("--email",),
    "a4": ("--paper", "a4"),
    "signed": ("--signers", str(SIGNERS)),
}


@pytest.fixture(scope="module")
def packs(
    tmp_path_factory: pytest.TempPathFactory, built_pack: Path, built_letters: Path
) -> dict[str, Path]:
    tmp = tmp_path_factory.mktemp("tagged")
    out = {"default": built_pack}
    for name, args in PACKS.items():
        if name == "default":
            continue
        path = tmp / f"{name}.pdf"
        result = run_cli("build", str(CONTENT), "-o", str(path), "--quiet", *args)
        assert result.exit_code == 0, result.output
        out[name] = path
    out["split letter"] = sorted(built_letters.glob("*.pdf"))[0]
    return out


@pytest.mark.parametrize("name", [*PACKS, "split letter", "ko", "zh"])
def test_outloud_finds_no_error(
    packs: dict[str, Path], language_packs: dict[str, Path], name: str
) -> None:
    path = {**packs, **language_packs}[name]
    code = "import sys; from outloud.cli import main; sys.exit(main())"
    done = subprocess.run([sys.executable, "-c", code, "--json", "-", str(path)],
                          capture_output=True, text=True, check=False)  # fmt: skip
    report = json.loads(done.stdout)["results"][0]
    errors = [f for f in report["findings"] if f["severity"] == "error"]
    assert report["stats"]["tagged"] and not errors, errors


@pytest.mark.parametrize("name", [*PACKS, "split letter", "ko", "zh"])
def test_pdfua_finds_nothing(
    packs: dict[str, Path], language_packs: dict[str, Path], name: str
) -> None:
    path = {**packs, **language_packs}[name]
    done = subprocess.run([sys.executable, "-m", "pdfua", "check", "-f", "json", str(path)],
                          capture_output=True, text=True, check=False)  # fmt: skip
    report = json.loads(done.stdout)
    assert report["summary"]["findings"] == 0, report["findings"]
    assert not report["skipped"], report["skipped"]


class _Walk:
    """Every text-showing operator on one page, with the marked content it sits in."""

    def __init__(self, page: pikepdf.Page) -> None:
        self.shown: list[tuple[int | None, bool, str]] = []  # mcid, artifact, raw text
        self.nested = 0  # real content inside an artifact or the other way round
        self._walk(page.obj, page.obj.get("/Resources", pikepdf.Dictionary()), [])

    def _walk(self, stream: Any, resources: Any, stack: list[tuple[int | None, bool]]) -> None:
        depth = 0
        for operands, operator in pikepdf.parse_content_stream(stream):
            op = str(operator)
            if op in ("BDC", "BMC"):
                artifact = str(operands[0]) == "/Artifact"
                props = operands[1] if op == "BDC" else None
                mcid = int(props["/MCID"]) if isinstance(props, pikepdf.Dictionary) and (
                    "/MCID" in props) else None  # fmt: skip
                outer_artifact = any(a for _, a in stack)
                outer_mcid = any(m is not None for m, _ in stack)
                if (mcid is not None and outer_artifact) or (artifact and outer_mcid):
                    self.nested += 1
                stack.append((mcid, artifact))
                depth += 1
            elif op == "EMC":
                stack.pop()
                depth -= 1
            elif op in ("Tj", "TJ", "'", '"'):
                raw = operands[-1]
                items = list(raw) if isinstance(raw, pikepdf.Array) else [raw]
                text = b"".join(bytes(i) for i in items if isinstance(i, pikepdf.String))
                if text.strip():
                    mcid = next((m for m, _ in reversed(stack) if m is not None), None)
                    self.shown.append((mcid, any(a for _, a in stack), text.decode("latin-1")))
            elif op == "Do":
                xobject = resources["/XObject"][str(operands[0])]
                if xobject.get("/Subtype") == "/Form":
                    inner = xobject.get("/Resources", resources)
                    self._walk(xobject, inner, stack)
        assert depth == 0


def _elements(pdf: pikepdf.Pdf) -> list[tuple[str, list[tuple[int, int]], Any]]:
    """(role, [(page index, MCID)], element) for every structure element, in reading order."""
    pages = {page.objgen: i for i, page in enumerate(pdf.pages)}
    out: list[tuple[str, list[tuple[int, int]], Any]] = []

    def walk(element: Any) -> None:
        kids = element.get("/K")
        kids = list(kids) if isinstance(kids, pikepdf.Array) else [] if kids is None else [kids]
        own_page = element.get("/Pg")
        marked: list[tuple[int, int]] = []
        entry = (str(element["/S"])[1:], marked, element)
        out.append(entry)
        for kid in kids:
            if isinstance(kid, int):
                marked.append((pages[own_page.objgen], int(kid)))
            elif kid.get("/Type") == "/MCR":
                marked.append((pages[kid["/Pg"].objgen], int(kid["/MCID"])))
            elif kid.get("/Type") == "/OBJR":
                continue
            else:
                walk(kid)

    for top in pdf.Root.StructTreeRoot.K if isinstance(
        pdf.Root.StructTreeRoot.K, pikepdf.Array) else [pdf.Root.StructTreeRoot.K]:  # fmt: skip
        walk(top)
    return out


@pytest.mark.parametrize("name", ["default", "signed"])
def test_every_text_is_in_exactly_one_element_or_an_artifact(
    packs: dict[str, Path], name: str
) -> None:
    with pikepdf.open(packs[name]) as pdf:
        claimed = Counter(mc for _, marked, _ in _elements(pdf) for mc in marked)
        assert max(claimed.values()) == 1, [mc for mc, n in claimed.items() if n > 1][:5]
        for index, page in enumerate(pdf.pages):
            walk = _Walk(page)
            assert walk.nested == 0, f"page {index + 1}: content and artifact nested"
            for mcid, artifact, text in walk.shown:
                assert artifact or (index, mcid) in claimed, f"page {index + 1}: {text!r}"
                assert not (artifact and mcid is not None), f"page {index + 1}: {text!r}"


def _texts(path: Path, joiner: str = " ") -> list[tuple[str, str]]:
    """(role, text) of every element in reading order, text decoded by pypdfium2 per MCID: its
    text objects joined with `joiner` ("" reads only the spaces the file has, as a screen
    reader taking text from the tags does)."""
    import pypdfium2 as pdfium
    import pypdfium2.raw as raw

    with pikepdf.open(path) as pdf:
        elements = _elements(pdf)
    doc = pdfium.PdfDocument(str(path))
    by_mcid: dict[tuple[int, int], str] = {}
    try:
        for index in range(len(doc)):
            page = doc[index]
            text = page.get_textpage()
            form: tuple[int, int] = (-1, -1)  # level and MCID of the form being read
            for obj in page.get_objects(max_depth=3):
                mcid = raw.FPDFPageObj_GetMarkedContentID(obj.raw)
                if obj.level <= form[0]:
                    form = (-1, -1)
                if obj.type == raw.FPDF_PAGEOBJ_FORM and mcid >= 0:
                    form = (obj.level, mcid)  # a form placed inside a marked sequence
                mcid = form[1] if form[0] >= 0 else mcid
                if obj.type != raw.FPDF_PAGEOBJ_TEXT or mcid < 0:
                    continue
                n = raw.FPDFTextObj_GetText(obj.raw, text.raw, None, 0)
                buffer = (raw.c_ushort * n)()
                raw.FPDFTextObj_GetText(obj.raw, text.raw, buffer, n)
                chars = bytes(buffer).decode("utf-16-le").rstrip("\x00")
                key = (index, mcid)
                by_mcid[key] = by_mcid[key] + joiner + chars if key in by_mcid else chars
    finally:
        doc.close()
    return [(role, " ".join(by_mcid.get(mc, "").strip() for mc in marked).strip())
            for role, marked, _ in elements]  # fmt: skip


def test_reading_order_and_roles(packs: dict[str, Path]) -> None:
    read = _texts(packs["signed"])
    roles = {role for role, _ in read}
    assert {"Document", "Sect", "H1", "H2", "P", "Table", "TR", "TH", "TD", "L", "LI",
            "LBody", "Link"} <= roles  # fmt: skip
    h1 = [text for role, text in read if role == "H1"]
    assert h1.index("Briefing") < h1.index("Case summaries") < h1.index("Addressees")
    start = next(i for i, (role, text) in enumerate(read) if text.startswith("Letter to"))
    letter = [text for _, text in read[start : start + 40] if text]
    # The date stands above the window address on a US letter: it is read first.
    order = ["Letter to", "Date", "His Excellency", "Your Excellency", "I write with",
             "Respectfully", "Signature", "Name", "Address"]  # fmt: skip
    at = [next(i for i, t in enumerate(letter) if needle in t) for needle in order]
    assert at == sorted(at), list(zip(order, at, strict=True))
    # Each signature line's label is read with what is written on it.
    name = next(t for t in letter if t.startswith("Name"))
    assert len(name) > len("Name"), letter


def test_words_kept_apart_in_the_tagged_text(packs: dict[str, Path]) -> None:
    """Text taken from the tags, with only the spaces the file has, reads every word as on
    the page: a line that broke at a space ends in one ("North Korean", never "NorthKorean";
    "Xi Jinping" and "c/o" on the next address line apart); a Chinese line broken between two
    characters gets none."""
    import pypdfium2 as pdfium

    path = packs["default"]
    doc = pdfium.PdfDocument(str(path))
    try:
        on_page = " ".join(doc[i].get_textpage().get_text_range() for i in range(len(doc)))
    finally:
        doc.close()
    word = re.compile(r"[A-Za-z][A-Za-z’']*")
    seen = set(word.findall(on_page))
    read = _texts(path, joiner="")
    words = [w for _, text in read for w in word.findall(text)]
    assert len(words) > 5000, len(words)
    joined = sorted({w for w in words if w not in seen})
    assert not joined, joined[:20]
    han = re.compile(r"[\u4e00-\u9fff]\s+[\u4e00-\u9fff]")
    chinese = [text for _, text in read if len(re.findall(r"[\u4e00-\u9fff]", text)) > 20]
    assert len(chinese) >= 5 and not [t for t in chinese if han.search(t)]


def test_links_described_and_in_link_elements(packs: dict[str, Path]) -> None:
    with pikepdf.open(packs["default"]) as pdf:
        annots = [a for page in pdf.pages for a in page.obj.get("/Annots", [])]
        assert annots
        for annot in annots:
            # a web address, or a citation's link to its source (below)
            assert re.fullmatch(r"http\S+|source \d+", str(annot.Contents)), annot.Contents
            assert pdf.Root.StructTreeRoot.ParentTree is not None
            assert "/StructParent" in annot


@pytest.fixture(scope="module")
def language_packs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The default campaign as a Korean and as a Chinese pack (campaign language changed):
    its briefing, cases and letters stay English."""
    tmp = tmp_path_factory.mktemp("languages")
    out = {}
    for language in ("ko", "zh"):
        folder = tmp / language
        shutil.copytree(CONTENT, folder)
        campaign = folder / "campaign.yaml"
        text = campaign.read_text(encoding="utf-8")
        assert "language: en" in text
        campaign.write_text(text.replace("language: en", f"language: {language}", 1), "utf-8")
        path = tmp / f"{language}.pdf"
        result = run_cli("build", str(folder), "-o", str(path), "--quiet")
        assert result.exit_code == 0, result.output
        out[language] = path
    return out


def _read_in(element: Any, document: str) -> str:
    """The language a screen reader reads `element` in: its /Lang, its nearest ancestor's or
    the document's."""
    while element is not None and element.get("/Type") != "/StructTreeRoot":
        if "/Lang" in element:
            return str(element.Lang)
        element = element.get("/P")
    return document


def _language_of(text: str) -> str | None:
    """The language a reader should hear `text` in, told from its letters: Korean for
    Hangul, Chinese for Han, English for Latin letters (a few Han or Hangul characters in an
    English sentence, a name in its own script, leave it English)."""
    hangul = sum("\uac00" <= c <= "\ud7a3" for c in text)
    han = sum("\u4e00" <= c <= "\u9fff" for c in text)
    latin = sum(c.isascii() and c.isalpha() for c in text)
    if latin > 3 * (hangul + han):
        return "en"
    return "ko" if hangul else "zh" if han else None


@pytest.mark.parametrize("name", ["default", "ko", "zh"])
def test_every_element_read_in_its_language(
    packs: dict[str, Path], language_packs: dict[str, Path], name: str
) -> None:
    """Each element's text is read in its own language (/Lang where it is not the pack's): the
    reading copies in Korean and Chinese in the English pack, the English parts in the
    Korean and Chinese packs."""
    path = packs["default"] if name == "default" else language_packs[name]
    read = _texts(path)
    with pikepdf.open(path) as pdf:
        document = str(pdf.Root.Lang)
        assert document == ("en" if name == "default" else name)
        heard = Counter()
        wrong = []
        for (role, text), (_, _, element) in zip(read, _elements(pdf), strict=True):
            want = _language_of(text)
            if want is None:
                continue
            got = _read_in(element, document)
            heard[got] += 1
            if got.split("-")[0] != want:
                wrong.append((role, got, text[:60]))
        assert not wrong, wrong[:10]
        # Every language of the pack was heard: the check above had text in each to read.
        assert set(heard) == {"en", "ko", "zh"}, heard
        copies = {str(e.Lang): e for role, _, e in _elements(pdf) if role == "Sect"
                  and "/Lang" in e and str(e.Lang) != "en"}  # fmt: skip
        assert set(copies) == {"ko", "zh"} - {document}, copies


def test_letters_in_another_language_say_so(language_packs: dict[str, Path]) -> None:
    """A Korean reading copy carries English letters: their sections have /Lang en, so a
    screen reader switches voice (the pack itself, Korean, passes outloud and pdfua above)."""
    path = language_packs["ko"]
    with pikepdf.open(path) as pdf:
        assert str(pdf.Root.Lang) == "ko"
        sections = [e for role, _, e in _elements(pdf) if role == "Sect" and "/Lang" in e]
        assert [str(e.Lang) for e in sections].count("en") == 5  # the five letters


@pytest.fixture(scope="module")
def heard(packs: dict[str, Path]) -> dict[str, screenreader.Element]:
    """The default and signed packs' structure trees as a third reader (pdfminer.six, which
    never opens a form XObject) reads them."""
    return {name: screenreader.read(packs[name]) for name in ("default", "signed")}


def _letters(root: screenreader.Element) -> list[screenreader.Element]:
    return [e for e in root.walk() if e.role == "Sect" and e.title.startswith("Letter to")]


@pytest.mark.parametrize("name", ["default", "signed"])
def test_every_letter_paragraph_has_text_for_a_reader_that_skips_forms(
    heard: dict[str, screenreader.Element], name: str
) -> None:
    letters = _letters(heard[name])
    assert len(letters) >= 5
    for letter in letters:
        parts = [(kid.role, kid.read()) for kid in letter.kids]
        assert len(parts) > 15, parts
        assert all(text for _, text in parts), (letter.title, parts)


def test_first_letter_read_in_page_order(heard: dict[str, screenreader.Element]) -> None:
    """Heading, then the date (drawn above the window on a US letter), then the window address;
    a date left blank to write by hand is read as its label, not as underscores."""
    first = _letters(heard["default"])[0]
    read = [(kid.role, kid.read()) for kid in first.kids]
    assert read[0] == ("H2", first.title), read[:3]
    assert read[1] == ("P", "Date:"), read[:3]
    assert read[2][1].startswith("His Excellency Xi Jinping c/o Embassy"), read[:3]
    assert not [text for _, text in read if "_" in text]


def test_each_letter_is_a_heading_named_after_its_post(
    packs: dict[str, Path], heard: dict[str, screenreader.Element]
) -> None:
    """The heading list reaches every letter, as the bookmarks do: H1 for the letters, then one
    heading per letter, named as its bookmark; with signers, one H2 per signer above theirs."""
    for name in ("default", "signed"):
        headings = [(e.role, e.read()) for e in heard[name].walk() if re.fullmatch(r"H\d", e.role)]
        marks = [e for e in outline(packs[name]) if e.title.startswith("Letter to")]
        start = headings.index(("H1", "Letters"))
        end = next(i for i, (role, _) in enumerate(headings) if i > start and role == "H1")
        under = headings[start + 1 : end]
        assert [t for _, t in under if t.startswith("Letter to")] == [m.title for m in marks]
        assert len(marks) >= 5
        if name == "default":
            assert {role for role, _ in under} == {"H2"}, under
        else:  # Letters > Ann Lee > Letter to Embassy, Washington DC
            assert under[0][0] == "H2" and not under[0][1].startswith("Letter to"), under[:3]
            assert {role for role, t in under if t.startswith("Letter to")} == {"H3"}, under[:3]


def test_signature_lines_read_label_then_value(heard: dict[str, screenreader.Element]) -> None:
    first = _letters(heard["signed"])[0]
    read = [kid.read() for kid in first.kids]
    name = next(t for t in read if t.startswith("Name"))
    address = next(t for t in read if t.startswith("Address"))
    assert len(name.split()) > 1 and len(address.split()) > 3, read[-3:]
    assert read.index(name) < read.index(address)


def test_a_repeated_header_row_is_read_once_per_row(heard: dict[str, screenreader.Element]) -> None:
    """The sign-in sheet's header row repeated on its next page is a header row of its own
    there (not "Name Name" in the first page's cells); every header cell reads one title."""
    signed = heard["signed"].walk()
    sheet = next(e for e in signed if e.role == "Sect" and e.title == "Sign-in sheet")
    table = next(e for e in sheet.walk() if e.role == "Table")
    rows = [[cell.read() for cell in row.kids] for row in table.kids if row.role == "TR"]
    heads = [i for i, row in enumerate(table.kids) if row.kids and row.kids[0].role == "TH"]
    assert len(heads) >= 2 and heads[0] == 0, heads  # the signed sheet runs to two pages
    assert all(rows[i] == rows[0] for i in heads), [rows[i] for i in heads]
    assert "Name" in rows[0]
    for element in heard["signed"].walk():
        if element.role == "TH":
            words = element.read().split()
            half = len(words) // 2
            assert not (words and words[:half] == words[half:]), element.read()


def test_citations_are_links_to_their_sources_read_as_source_n(
    packs: dict[str, Path], heard: dict[str, screenreader.Element]
) -> None:
    """Each citation's number is a Link element read "source 4" (its /Alt, and its annotation's
    /Contents), whose annotation goes to the page where source 4's entry is printed."""
    path = packs["default"]
    texts = page_texts(path)
    sources = next(e.page for e in outline(path) if e.title == "Sources")
    links = [e for e in heard["default"].walk()
             if e.role == "Link" and re.fullmatch(r"source \d+", e.alt)]  # fmt: skip
    assert len(links) > 100, len(links)
    for link in links:
        number = link.alt.removeprefix("source ")
        assert link.alt == f"source {number}" and link.contents == link.alt
        assert link.text == number, (link.alt, link.text)
        assert len(link.dest_pages) == 1 and link.dest_pages[0] >= sources
        entry = re.compile(rf"(^|\n){number}\.\s")
        assert entry.search(texts[link.dest_pages[0]]), (number, link.dest_pages)
    cited = {link.alt for link in links}
    assert {"source 1", "source 4", "source 30"} <= cited


def test_citations_set_tight(packs: dict[str, Path]) -> None:
    """A citation's number stands against the word before it ("1982.⁴", no no-break space
    between): its left edge within a point of the full stop's right edge."""
    from pdfminer.high_level import extract_pages
    from pdfminer.layout import LTChar

    path = packs["default"]
    index = next(i for i, t in enumerate(page_texts(path)) if "September 1982." in t)
    page = next(iter(extract_pages(str(path), page_numbers=[index])))
    chars: list[LTChar] = []

    def collect(item: Any) -> None:
        if isinstance(item, LTChar):
            chars.append(item)
        for kid in item if hasattr(item, "__iter__") else ():
            collect(kid)

    collect(page)
    text = "".join(c.get_text() for c in chars)
    at = text.index("1982.") + len("1982.")
    stop, number = chars[at - 1], chars[at]
    assert number.get_text() == "4" and number.size < stop.size, text[at - 10 : at + 5]
    assert 0 <= number.x0 - stop.x1 < 1, (stop.x1, number.x0)
