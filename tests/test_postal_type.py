"""Type on what goes to the post is read by sorting machines: at least 8 pt."""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as raw
import pytest
from pypdf import PdfReader

from conftest import CONTENT, run_cli
from pdfcheck import outline


def _smallest_type(path: Path, pages: range) -> tuple[float, str]:
    """The smallest type size drawn on `pages` (points), and all the text found there."""
    doc = pdfium.PdfDocument(str(path))
    try:
        sizes, texts = [], []
        for index in pages:
            tp = doc[index].get_textpage()
            for i in range(tp.count_chars()):
                char = chr(raw.FPDFText_GetUnicode(tp.raw, i))
                if raw.FPDFText_IsGenerated(tp.raw, i) or char.isspace():
                    continue
                sizes.append(raw.FPDFText_GetFontSize(tp.raw, i))
            texts.append(tp.get_text_range())
        return min(sizes), "\n".join(texts)
    finally:
        doc.close()


def test_labels_print_at_8_pt_or_more(built_pack: Path) -> None:
    entries = [e for e in outline(built_pack) if e.level == 0]
    at = next(i for i, e in enumerate(entries) if e.title == "Address labels")
    smallest, text = _smallest_type(built_pack, range(entries[at].page, entries[at + 1].page))
    assert "Consulate General" in text  # the posts' addresses are there
    assert smallest >= 8 - 1e-3, smallest


#: A name too long for the letter's name rule at the letter's size: it shrinks, to 8 pt at least.
LONG_NAME = "Alexandra-Konstantina Papadopoulou-Wittgenstein"


@pytest.fixture(scope="module")
def signed_with_envelopes(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A signed pack with envelopes: window addresses, signers' lines, return addresses."""
    folder = tmp_path_factory.mktemp("postal")
    signers = folder / "signers.csv"
    signers.write_text(
        f"Name,Street,City,State,Zip\n{LONG_NAME},12 Oak St,Troy,NY,12180\n"
        "Bo Park,3 Elm St,Troy,NY,12180\n",
        encoding="utf-8",
    )
    out = folder / "pack.pdf"
    result = run_cli("build", str(CONTENT), "-o", str(out), "--signers", str(signers),
                     "--envelopes", "-q")  # fmt: skip
    assert result.exit_code == 0, result.output
    return out


def _sizes_of(path: Path, needle: str) -> list[float]:
    """The type sizes of every character of every occurrence of `needle`, on every page."""
    doc = pdfium.PdfDocument(str(path))
    try:
        sizes: list[float] = []
        for page in doc:
            tp = page.get_textpage()
            chars = [chr(raw.FPDFText_GetUnicode(tp.raw, i)) for i in range(tp.count_chars())]
            text = "".join(chars)
            at = text.find(needle)
            while at >= 0:
                sizes += [
                    raw.FPDFText_GetFontSize(tp.raw, i)
                    for i in range(at, at + len(needle))
                    if not chars[i].isspace()
                ]
                at = text.find(needle, at + 1)
        return sizes
    finally:
        doc.close()


def test_every_postal_text_is_8_pt_or_more(signed_with_envelopes: Path) -> None:
    entries = [e for e in outline(signed_with_envelopes) if e.level == 0]
    at = next(i for i, e in enumerate(entries) if e.title == "Envelopes")
    end = (
        entries[at + 1].page
        if at + 1 < len(entries)
        else len(PdfReader(str(signed_with_envelopes)).pages)
    )
    smallest, text = _smallest_type(signed_with_envelopes, range(entries[at].page, end))
    assert "12 Oak St" in text and "Consulate General" in text  # return and recipient addresses
    assert smallest >= 8 - 1e-3, smallest
    for postal in ("His Excellency Xi Jinping", LONG_NAME, "12 Oak St, Troy, NY 12180"):
        sizes = _sizes_of(signed_with_envelopes, postal)  # window block, signer's lines, envelopes
        assert sizes, postal
        assert min(sizes) >= 8 - 1e-3, (postal, min(sizes))
    # The long name shrank on the letter's name rule (it is 10.5 pt where it fits).
    assert min(_sizes_of(signed_with_envelopes, LONG_NAME)) < 10.5
