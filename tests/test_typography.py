"""Typography read back from the PDF: no paragraph ends with a lone word, web addresses break
only after "/" or ".", citations after a number copy out cleanly, every source has a year."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from reportlab.platypus import Paragraph

from packbuilder.content.loader import load
from packbuilder.content.schema import validate
from packbuilder.layout import fonts
from packbuilder.layout.styles import geometry, paragraph_styles

from conftest import CONTENT, ContentTree, run_cli
from pdfcheck import outline, page_texts


def lone_word_paragraph() -> str:
    """A paragraph that, set with plain spaces at the letter's width, ends with one word alone
    on its last line: the case the no-break space must prevent."""
    geo = geometry("letter")
    style = paragraph_styles()["letter"]
    width = geo.width - geo.margin_left - geo.margin_right
    words = [
        *("Please", "let", "the", "people", "held"),
        *("in", "detention", "travel", "on", "in", "safety"),
    ]
    for n in range(20, 60):
        text = " ".join(words[i % len(words)] for i in range(n)) + " now."
        p = Paragraph(fonts.markup(text, style.fontName), style)
        p.wrap(width, 1000)
        lines = p.blPara.lines
        last = lines[-1][1] if isinstance(lines[-1], tuple) else lines[-1].words
        if len(lines) >= 2 and len(last) == 1:
            return text
    raise AssertionError("no test paragraph found")


@pytest.fixture(scope="module")
def letter_pack(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[str]]:
    """The default campaign with one more letter paragraph that would end on a lone word."""
    folder = tmp_path_factory.mktemp("typo") / "content"
    import shutil

    shutil.copytree(CONTENT, folder)
    for translation in folder.glob("letter.*.yaml"):  # an added paragraph must be translated
        translation.unlink()
    extra = lone_word_paragraph()
    letter = folder / "letter.yaml"
    text = letter.read_text("utf-8").replace(
        "  - id: thanks\n", f"  - id: lone\n    text: {extra}\n\n  - id: thanks\n", 1
    )
    # Room for the extra paragraph: print only the core paragraphs.
    letter.write_text(text.replace("personal_lines: 3", "personal_lines: 1\ninclude: []"), "utf-8")
    out = folder.parent / "pack.pdf"
    result = run_cli("build", str(folder), "-o", str(out), "-q")
    assert result.exit_code == 0, result.output
    body = [p.text for p in validate(load(folder)).letter.body()]
    assert any(p == extra for p in body)
    return out, body


def _norm(text: str) -> str:
    return " ".join(text.split())


def test_no_letter_paragraph_ends_with_a_lone_word(letter_pack: tuple[Path, list[str]]) -> None:
    pdf, paragraphs = letter_pack
    first = next(e.page for e in outline(pdf) if e.title.startswith("Letter to "))
    lines = [line for line in page_texts(pdf)[first].splitlines() if line.strip()]
    measured = 0
    for paragraph in paragraphs:
        target = _norm(paragraph)
        start = next(i for i, line in enumerate(lines) if target.startswith(_norm(line)))
        end = start
        while _norm(" ".join(lines[start : end + 1])) != target:
            end += 1
            assert end < len(lines), f"paragraph not found on the letter page: {paragraph}"
        last = lines[end]
        assert len(last.split()) >= 2, f"lone last word {last!r} in: {paragraph}"
        measured += end > start
    assert measured >= 3  # several paragraphs really wrap, including the crafted one


@pytest.fixture(scope="module")
def source_pages(built_pack: Path) -> str:
    entries = outline(built_pack)
    first = next(e.page for e in entries if e.title == "Sources")
    return "\n".join(page_texts(built_pack)[first:])


def test_web_addresses_break_only_after_a_slash_or_a_dot(source_pages: str) -> None:
    content = validate(load(CONTENT))
    urls = [u for s in content.sources.sources for u in (s.url, *s.mirrors) if u]
    broken = 0
    for url in urls:
        pattern = r"\s*".join(re.escape(c) for c in url)
        found = re.search(pattern, source_pages)
        assert found, f"{url} is not printed whole"
        printed = found[0]
        for cut in (m.start() for m in re.finditer(r"\s+", printed)):
            broken += 1
            before = printed[:cut]
            assert before[-1] in "/.", f"{url} breaks after {before[-12:]!r}"
            assert not re.search(r"^[a-z]+:/*$", before), f"{url} breaks right after its scheme"
    assert broken >= 5  # long addresses do break, so the rule is exercised


def test_every_printed_source_has_a_year(source_pages: str) -> None:
    count = len(validate(load(CONTENT)).sources.sources)
    assert count >= 10
    starts = []
    for n in range(1, count + 1):  # each entry begins a line with its number
        found = re.compile(rf"(?m)^\s*{n}\.\s").search(source_pages, starts[-1] if starts else 0)
        assert found, f"source {n} not found"
        starts.append(found.start())
    for a, b in zip(starts, [*starts[1:], len(source_pages)], strict=True):
        # A year inside a web address does not count; the address may run over lines.
        entry = re.sub(r"(Also at:\s*)?https?://\S+(\s+[^\s]*[/.]\S*)*", "", source_pages[a:b])
        assert re.search(r"\b(1[89]|20)\d\d\b", entry), f"no year in: {entry[:120]}"


def test_a_source_without_a_date_is_a_warning(content_tree: ContentTree) -> None:
    folder = content_tree(**{"sources.yaml": [("    date: 2010-09-13\n", "")]})
    result = run_cli("check", str(folder))
    assert "source 'cohen-brookings-2010' has no date" in result.output


def test_a_citation_after_a_year_copies_out_with_a_space(built_pack: Path) -> None:
    page = next(e.page for e in outline(built_pack) if e.title == "Addressees")
    text = page_texts(built_pack)[page]
    assert re.search(r"Address: 2025\s\d+;", text), text  # Chicago, cited
    assert re.search(r"February 2012\s\d+;", text)
    assert not re.search(r"(2025|February 2012)\d", text)
    everything = " ".join(page_texts(built_pack))
    assert re.search(r"about 30\.\s\d", everything)  # never "30.13"
