"""The pack is written to its file page by page (pdfwriter.StreamDocument, issue 14): a build
that writes each page as it ends must give the same PDF as one that holds every page to the
end, as ReportLab's own document did. Compared as a reader sees it (text and where each
character sits, outline, page labels, fonts) and byte for byte."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pypdfium2 as pdfium
import pytest
from pypdf import PdfReader

from packbuilder.pdf import writer as pdfwriter

from conftest import CONTENT, ROOT, run_cli

GOOGLE_FORMS = ROOT / "tests" / "data" / "signers-google-forms.csv"


def _build(out: Path, hold: int, monkeypatch: pytest.MonkeyPatch, *extra: str) -> bytes:
    monkeypatch.setattr(pdfwriter, "HOLD", hold)
    args = ("build", str(CONTENT), "-o", str(out), "--signers", str(GOOGLE_FORMS), *extra)
    result = run_cli(*args)
    assert result.exit_code == 0, result.output
    return out.read_bytes()


@pytest.fixture(scope="module")
def builds(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """The signed pack with envelopes and bleed (blank backs, crop marks, every kit sheet),
    written a page at a time, and held whole to the end."""
    folder = tmp_path_factory.mktemp("streaming")
    with pytest.MonkeyPatch.context() as patch:
        extra = ("--envelopes", "--fax-unverified", "--bleed", "3")
        _build(folder / "streamed.pdf", 1, patch, *extra)
        _build(folder / "whole.pdf", 10**9, patch, *extra)
    return folder / "streamed.pdf", folder / "whole.pdf"


def _characters(path: Path) -> list[list[tuple[str, tuple[float, ...]]]]:
    """Per page: every character pdfium reads, with its box in points (to 0.01 pt)."""
    pdf = pdfium.PdfDocument(str(path))
    pages = []
    try:
        for page in pdf:
            text = page.get_textpage()
            chars = [
                (text.get_text_range(i, 1), tuple(round(v, 2) for v in text.get_charbox(i)))
                for i in range(text.count_chars())
            ]
            pages.append(chars)
            text.close()
            page.close()
    finally:
        pdf.close()
    return pages


def _outline(reader: PdfReader, items: Any, level: int = 0) -> list[tuple[int, str, int, Any]]:
    out: list[tuple[int, str, int, Any]] = []
    for item in items:
        if isinstance(item, list):
            out += _outline(reader, item, level + 1)
        else:
            page = reader.get_destination_page_number(item)
            out.append((level, str(item.title), page if page is not None else -1, item.top))
    return out


def test_a_streamed_pack_shows_what_a_pack_held_whole_shows(builds: tuple[Path, Path]) -> None:
    streamed, whole = builds
    a, b = _characters(streamed), _characters(whole)
    assert len(a) == len(b) > 280  # 125 letters, 125 envelopes, blank backs, the kit
    assert sum(1 for page in a if "Your Excellency," in "".join(c for c, _ in page)) >= 125
    assert a == b
    ra, rb = PdfReader(str(streamed)), PdfReader(str(whole))
    outline = _outline(ra, ra.outline)
    assert len([e for e in outline if e[1].startswith("Letter to ")]) == 125
    assert outline == _outline(rb, rb.outline)
    labels = [ra.page_labels[i] for i in range(len(ra.pages))]
    assert labels[:2] == ["i", "ii"] and labels[2] == "1"
    assert labels == [rb.page_labels[i] for i in range(len(rb.pages))]


def test_streaming_changes_no_byte(builds: tuple[Path, Path]) -> None:
    """Objects are numbered when they are made, never when written: same bytes either way."""
    streamed, whole = builds
    assert streamed.read_bytes() == whole.read_bytes()


def test_a_streamed_pack_is_whole_for_a_strict_reader(builds: tuple[Path, Path]) -> None:
    """Every page, every font embedded, the structure tree's parent tree covering every page
    with marked content, read by pypdf in strict mode."""
    streamed, _ = builds
    reader = PdfReader(str(streamed), strict=True)
    fonts: set[str] = set()
    marked = 0
    for page in reader.pages:
        resources = page.get("/Resources") or {}
        for font in (resources.get("/Font") or {}).values():
            font = font.get_object()
            descriptor = font.get("/FontDescriptor")
            assert descriptor is not None and "/FontFile2" in descriptor, font
            fonts.add(str(font["/BaseFont"]))
        marked += "/StructParents" in page
    assert len(fonts) >= 4
    tree = reader.trailer["/Root"]["/StructTreeRoot"]
    assert int(tree["/ParentTreeNextKey"]) >= marked > 250
