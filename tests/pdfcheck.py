"""Read a built PDF back the way a checker would: text per page, fonts, boxes, outline."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pikepdf
import pypdfium2 as pdfium
from pypdf import PdfReader
from pypdf.generic import DictionaryObject


def page_texts(path: Path) -> list[str]:
    """The text of every page, as pdfium extracts it."""
    pdf = pdfium.PdfDocument(str(path))
    try:
        texts = []
        for page in pdf:
            tp = page.get_textpage()
            texts.append(tp.get_text_range())
        return texts
    finally:
        pdf.close()


def fonts_in(path: Path) -> dict[str, bool]:
    """Every font used anywhere (pages and form XObjects): BaseFont -> embedded?"""
    found: dict[str, bool] = {}
    reader = PdfReader(str(path))

    def visit(resources: Any, seen: set[int]) -> None:
        if not resources:
            return
        resources = resources.get_object()
        for ref in (resources.get("/Font") or {}).values():
            font = ref.get_object()
            descriptor_owner = font
            if font.get("/Subtype") == "/Type0":
                descriptor_owner = font["/DescendantFonts"][0].get_object()
            descriptor = descriptor_owner.get("/FontDescriptor")
            embedded = False
            if descriptor is not None:
                d = descriptor.get_object()
                embedded = any(k in d for k in ("/FontFile", "/FontFile2", "/FontFile3"))
            found[str(font["/BaseFont"])] = embedded
        for ref in (resources.get("/XObject") or {}).values():
            xobject = ref.get_object()
            key = id(xobject)
            if key in seen or xobject.get("/Subtype") != "/Form":
                continue
            seen.add(key)
            visit(xobject.get("/Resources"), seen)

    for page in reader.pages:
        visit(page.get("/Resources"), set())
    return found


@dataclass(frozen=True)
class OutlineEntry:
    title: str
    page: int
    level: int


def outline(path: Path) -> list[OutlineEntry]:
    """The outline, flattened, with 0-based page numbers and depth."""
    reader = PdfReader(str(path))
    out: list[OutlineEntry] = []

    def walk(items: list[Any], level: int) -> None:
        for item in items:
            if isinstance(item, list):
                walk(item, level + 1)
            else:
                out.append(
                    OutlineEntry(str(item.title), reader.get_destination_page_number(item), level)
                )

    walk(reader.outline, 0)
    return out


def signed_letters(path: Path) -> dict[str, str]:
    """The text of each signer's letter (one post), by the signer's name: the outline group
    the letter's bookmark is under."""
    texts = page_texts(path)
    letters: dict[str, str] = {}
    group = ""
    for entry in outline(path):
        if entry.level == 1 and not entry.title.startswith("Letter"):
            group = entry.title
        if entry.title.startswith("Letter to "):
            letters[group] = texts[entry.page]
    return letters


def char_boxes(path: Path, page_index: int) -> tuple[str, list[tuple[float, float, float, float]]]:
    """A page's text and, for each character, its box (left, bottom, right, top) in points."""
    pdf = pdfium.PdfDocument(str(path))
    try:
        tp = pdf[page_index].get_textpage()
        n = tp.count_chars()
        return tp.get_text_range(0, n), [tp.get_charbox(i) for i in range(n)]
    finally:
        pdf.close()


def catalog(path: Path) -> DictionaryObject:
    """The document catalog (root object)."""
    return PdfReader(str(path)).trailer["/Root"].get_object()


def chars_and_fonts(path: Path) -> list[tuple[int, str, str]]:
    """(page index, character, font's PostScript name) for every character drawn, as pdfium
    reads them (without the subset tag; ReportLab's numbered subsets keep their '-0')."""
    import ctypes

    import pypdfium2.raw as raw

    out: list[tuple[int, str, str]] = []
    pdf = pdfium.PdfDocument(str(path))
    try:
        buffer = ctypes.create_string_buffer(256)
        flags = ctypes.c_int()
        for number, page in enumerate(pdf):
            tp = page.get_textpage()
            for i in range(tp.count_chars()):
                if raw.FPDFText_IsGenerated(tp.raw, i):
                    continue
                char = chr(raw.FPDFText_GetUnicode(tp.raw, i))
                raw.FPDFText_GetFontInfo(tp.raw, i, buffer, 256, ctypes.byref(flags))
                out.append((number, char, buffer.value.decode("latin-1")))
        return out
    finally:
        pdf.close()


def text_runs(path: Path, page_index: int) -> list[tuple[str, str, int]]:
    """(text, font name, text render mode) of each text object on a page; mode 2 is filled
    and stroked."""
    import ctypes

    import pypdfium2.raw as raw

    pdf = pdfium.PdfDocument(str(path))
    try:
        page = pdf[page_index]
        tp = page.get_textpage()
        out = []
        for obj in page.get_objects(filter=[raw.FPDF_PAGEOBJ_TEXT]):
            n = raw.FPDFTextObj_GetText(obj.raw, tp.raw, None, 0)
            buffer = ctypes.create_string_buffer(n * 2)
            raw.FPDFTextObj_GetText(
                obj.raw, tp.raw, ctypes.cast(buffer, ctypes.POINTER(ctypes.c_ushort)), n * 2
            )
            text = buffer.raw.decode("utf-16-le").rstrip("\x00")
            font = raw.FPDFTextObj_GetFont(obj.raw)
            size = raw.FPDFFont_GetBaseFontName(font, None, 0)
            name = ctypes.create_string_buffer(size)
            raw.FPDFFont_GetBaseFontName(font, name, size)
            mode = raw.FPDFTextObj_GetTextRenderMode(obj.raw)
            out.append((text, name.value.decode("latin-1"), int(mode)))
        return out
    finally:
        pdf.close()


#: Closing and opening punctuation of Chinese and Japanese (ASCII ones aside: English text).
_CLOSING = "、。，．：；？！）」』】〕〉》］｝”’…"
_OPENING = "（「『【〔〈《［｛“‘"


def line_break_problems(texts: list[str]) -> list[str]:
    """Lines read back from the PDF that start with closing punctuation, end with opening
    punctuation, or split a date or a count from its unit (2012年 / 2月, 14 / 个月)."""
    found = []
    for number, text in enumerate(texts, 1):
        lines = [line.strip() for line in re.split(r"\r\n|\r|\n", text)]
        for before, line in zip(["", *lines], lines, strict=False):
            if not line:
                continue
            if line[0] in _CLOSING or line[-1] in _OPENING:
                found.append(f"page {number}: {before[-12:]!r} / {line[:24]!r}")
            if before and (
                (before[-1].isdigit() and re.match(r"[年月日号個个か]", line))
                or (before[-1] == "年" and re.match(r"\d{1,2}月", line))
                or (before[-1] == "月" and re.match(r"\d{1,2}[日号]", line))
            ):
                found.append(f"page {number}: {before[-12:]!r} / {line[:24]!r}")
    return found


def figures(path: Path) -> list[str]:
    """The /Alt of every Figure in the structure tree."""
    out: list[str] = []
    with pikepdf.open(path) as pdf:

        def walk(element: pikepdf.Object) -> None:
            if element.get("/S") == "/Figure":
                out.append(str(element.get("/Alt", "")))
            kids = element.get("/K")
            for kid in kids if isinstance(kids, pikepdf.Array) else [kids]:
                if isinstance(kid, pikepdf.Dictionary) and "/S" in kid:
                    walk(kid)

        walk(pdf.Root.StructTreeRoot)
    return out
