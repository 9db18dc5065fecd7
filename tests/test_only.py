"""--only prints just the parts asked for, still duplex-safe; unknown names get a hint."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader

from conftest import CONTENT, run_cli
from pdfcheck import outline, page_texts


def build(tmp_path: Path, *args: str) -> Path:
    out = tmp_path / "only.pdf"
    result = run_cli("build", str(CONTENT), "-o", str(out), *args)
    assert result.exit_code == 0, result.output
    return out


def test_only_letters_is_one_page_per_letter_with_blank_backs(tmp_path: Path) -> None:
    out = build(tmp_path, "--only", "letters")
    texts = page_texts(out)
    reader = PdfReader(str(out))
    assert len(texts) == 2 * 5
    assert all("His Excellency Xi Jinping" in t for t in texts[0::2])
    assert all(reader.pages[i].get_contents() is None for i in range(1, 10, 2))
    assert not any("What we ask" in t or "Sources" in t for t in texts)
    assert [e.title for e in outline(out) if e.level == 0] == ["Letters"]
    assert reader.page_labels[:3] == ["1", "2", "3"]


def test_only_letters_without_duplex_is_exactly_the_letters(tmp_path: Path) -> None:
    texts = page_texts(build(tmp_path, "--only", "letters", "--no-duplex"))
    assert len(texts) == 5
    assert all(t.count("His Excellency Xi Jinping") == 2 for t in texts)  # window + inside


def test_only_keeps_pack_order_and_the_cover_lists_what_is_there(tmp_path: Path) -> None:
    out = build(tmp_path, "--only", "sources,cover", "--no-duplex")
    titles = [e.title for e in outline(out) if e.level == 0]
    assert titles == ["Cover", "Sources"]
    cover = " ".join(page_texts(out)[0].split())
    assert "Sources" in cover and "Briefing" not in cover


def test_only_a_kit_sheet_switches_it_on(tmp_path: Path) -> None:
    out = build(tmp_path, "--only", "envelopes", "--no-duplex")
    sizes = {(round(float(p.mediabox.width)), round(float(p.mediabox.height)))
             for p in PdfReader(str(out)).pages}  # fmt: skip
    assert sizes == {(684, 297)}  # #10 envelopes only, from the first page


def test_unknown_part_gets_did_you_mean(tmp_path: Path) -> None:
    result = run_cli(
        "build", str(CONTENT), "--only", "letters,lables", "-o", str(tmp_path / "x.pdf")
    )
    assert result.exit_code == 2
    assert "unknown part 'lables' (did you mean 'labels'?)" in result.output
    assert not (tmp_path / "x.pdf").exists()
