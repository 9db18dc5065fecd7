"""The default pack, built through the CLI, read back as a user and a checker would."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

import pypdfium2 as pdfium
import pytest
import yaml
from pypdf import PdfReader

from conftest import CONTENT, run_cli
from pdfcheck import catalog, fonts_in, outline, page_texts

OPEN_CITIES = [
    "Washington, DC 20008",
    "New York, NY 10036",
    "Chicago, IL 60654",
    "San Francisco, CA 94115",
    "Los Angeles, CA 90020",
]


def part_pages(path: Path) -> dict[str, int]:
    """First page (0-based) of each top-level part, from the outline."""
    return {e.title: e.page for e in outline(path) if e.level == 0}


def letter_pages(texts: list[str]) -> list[str]:
    return [t for t in texts if "c/o " in t and "Respectfully," in t]


def test_opens_in_pypdf_and_pdfium(built_pack: Path) -> None:
    reader = PdfReader(str(built_pack))
    pdf = pdfium.PdfDocument(str(built_pack))
    try:
        assert len(pdf) == len(reader.pages) > 10
        blanks = []
        for index in range(len(pdf)):  # every page renders; only duplex fillers are blank
            pixels = bytes(pdf[index].render(scale=0.5).buffer)
            if min(pixels) == 255:
                blanks.append(index)
        texts = page_texts(built_pack)
        assert blanks and all(texts[i].strip() == "" for i in blanks)
        assert all(i % 2 == 1 for i in blanks), "a blank page on a right-hand side"
    finally:
        pdf.close()


def test_every_page_is_letter_size(built_pack: Path) -> None:
    pages = PdfReader(str(built_pack)).pages
    assert len(pages) > 20
    for page in pages:
        box = page.mediabox
        assert (round(float(box.width)), round(float(box.height))) == (612, 792)


def test_one_letter_per_open_post_and_none_to_houston(built_pack: Path) -> None:
    letters = letter_pages(page_texts(built_pack))
    assert len(letters) == 5
    for city, letter in zip(OPEN_CITIES, letters, strict=True):
        assert city in letter
        assert "His Excellency Xi Jinping" in letter
    assert not any("Houston" in letter for letter in letters)


def test_briefing_names_article_33_and_the_1951_convention(built_pack: Path) -> None:
    texts = page_texts(built_pack)
    parts = part_pages(built_pack)
    flat = re.sub(r"\s+", " ", " ".join(texts[parts["Briefing"] : parts["Case summaries"]]))
    assert "Article 33" in flat
    assert "1951 Convention" in flat or "1951 Refugee Convention" in flat


def test_outline_has_parts_sections_and_one_entry_per_letter(built_pack: Path) -> None:
    entries = outline(built_pack)
    titles = [e.title for e in entries]
    for part in ("Cover", "Briefing", "Case summaries", "Addressees", "Letters", "Sources"):
        assert part in titles
    letters = [e for e in entries if e.title.startswith("Letter to ")]
    assert [e.title for e in letters] == [
        "Letter to Embassy, Washington DC",
        "Letter to Consulate General, New York",
        "Letter to Consulate General, Chicago",
        "Letter to Consulate General, San Francisco",
        "Letter to Consulate General, Los Angeles",
    ]
    texts = page_texts(built_pack)
    for entry, city in zip(letters, OPEN_CITIES, strict=True):
        assert city in texts[entry.page]
    headed = ("Letter", "Fax cover")  # pages whose bookmark is not a heading
    sections = [e for e in entries if e.level == 1 and not e.title.startswith(headed)]
    assert len(sections) >= 9  # briefing sections and cases
    for entry in sections:
        assert entry.title.split()[0] in texts[entry.page]


def test_every_font_is_embedded(built_pack: Path) -> None:
    found = fonts_in(built_pack)
    assert found, "no fonts found"
    assert all(found.values()), [name for name, ok in found.items() if not ok]
    assert not any("Helvetica" in name or "Times" in name for name in found)


def test_metadata_language_and_print_scaling(built_pack: Path) -> None:
    reader = PdfReader(str(built_pack))
    meta = reader.metadata
    assert meta is not None
    assert meta.title == "Stop the Forced Return of North Korean Refugees from China"
    assert meta.author == "[Your group’s name: fill in before printing]"
    assert meta.subject and "North Korea" in meta.subject
    assert str(meta["/CreationDate"]).startswith("D:20261128")
    root = catalog(built_pack)
    assert root["/Lang"] == "en"
    assert root["/ViewerPreferences"]["/PrintScaling"] == "/None"


def test_hangul_and_chinese_names_render_with_real_glyphs(built_pack: Path) -> None:
    text = "".join(page_texts(built_pack))
    assert "김혜숙" in text
    assert "习近平" in text
    assert any("WenQuanYi" in name for name in fonts_in(built_pack))


def test_sources_are_numbered_and_cited(built_pack: Path) -> None:
    texts = page_texts(built_pack)
    start = part_pages(built_pack)["Sources"]
    sources = re.sub(r"\s+", " ", " ".join(texts[start:]))
    numbers = [int(n) for n in re.findall(r"(?m)^(\d+)\.\s", "\n".join(texts[start:]))]
    listed = len(yaml.safe_load((CONTENT / "sources.yaml").read_text(encoding="utf-8"))["sources"])
    entries = iter(numbers)  # every source number appears, in order, at the start of a line
    assert listed >= 10
    assert all(any(n == expected for n in entries) for expected in range(1, listed + 1))
    assert "ASA 17/006/2012" in sources


def test_two_builds_are_byte_identical(tmp_path: Path, built_pack: Path) -> None:
    first, second = built_pack, tmp_path / "b.pdf"
    assert run_cli("build", str(CONTENT), "-o", str(second)).exit_code == 0
    digest = [hashlib.sha256(p.read_bytes()).hexdigest() for p in (first, second)]
    assert digest[0] == digest[1]


@pytest.mark.parametrize("epoch, stamp", [("1700000000", "D:20231114")])
def test_source_date_epoch_sets_the_date(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, epoch: str, stamp: str
) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", epoch)
    out = tmp_path / "p.pdf"
    assert run_cli("build", str(CONTENT), "-o", str(out)).exit_code == 0
    meta = PdfReader(str(out)).metadata
    assert meta is not None
    assert str(meta["/CreationDate"]).startswith(stamp)
