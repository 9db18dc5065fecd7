"""Type on what goes to the post is read by sorting machines: at least 8 pt."""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as raw

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
