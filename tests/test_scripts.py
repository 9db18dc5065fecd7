"""What the code knows about writing systems lives in one module (packbuilder/language/scripts.py),
and a name in Japanese kana prints family name first like any other East Asian name (issue 18)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from packbuilder.language import scripts

from conftest import CONTENT, ROOT, run_cli
from pdfcheck import page_texts


def test_a_kana_name_prints_family_name_first_like_a_kanji_name(tmp_path: Path) -> None:
    signers = tmp_path / "signers.csv"
    signers.write_text(
        "First Name,Last Name,Street,City,State,ZIP\n"
        "はなこ,やまだ,12 Oak St,Springfield,MA,01103\n"
        "ハナコ,ヤマダ,13 Oak St,Springfield,MA,01103\n"
        "花子,山田,14 Oak St,Springfield,MA,01103\n"
        "Hanako,Yamada,15 Oak St,Springfield,MA,01103\n",
        encoding="utf-8",
    )
    out = tmp_path / "pack.pdf"
    result = run_cli(
        "build", str(CONTENT), "-o", str(out), "--signers", str(signers), "--only", "letters"
    )
    assert result.exit_code == 0, result.output
    lines = {line.strip() for page in page_texts(out) for line in page.splitlines()}
    assert {"やまだはなこ", "ヤマダハナコ", "山田花子", "Hanako Yamada"} <= lines
    assert not lines & {"はなこ やまだ", "はなこやまだ", "ハナコ ヤマダ"}


@pytest.mark.parametrize(
    ("char", "script"),
    [
        ("김", "hangul"),
        ("ㄱ", "hangul"),  # compatibility jamo
        ("ᄀ", "hangul"),  # conjoining jamo
        ("中", "han"),
        ("㐀", "han"),  # extension A
        ("𠀀", "han"),  # beyond the BMP
        ("豈", "han"),  # compatibility ideograph
        ("あ", "kana"),
        ("ア", "kana"),
        ("ｱ", "kana"),  # halfwidth
        ("。", "cjk-punctuation"),
        ("，", "cjk-punctuation"),
        ("A", None),
        ("é", None),
        ("1", None),
        (" ", None),
        ("—", None),
    ],
)
def test_each_character_has_its_script(char: str, script: str | None) -> None:
    assert scripts.script(char) == script


def test_the_regular_expression_class_agrees_with_the_table() -> None:
    east_asian = re.compile(scripts.char_class("hangul", "han", "kana"))
    for code in [*range(0x1000, 0xFFFF, 7), *range(0x1AFF0, 0x20100)]:
        char = chr(code)
        expected = scripts.script(char) in ("hangul", "han", "kana")
        assert (east_asian.match(char) is not None) == expected, hex(code)


#: Code points that open an East Asian block, written as an escape or a number: the ranges
#: the code used to spell out in five places (Hangul jamo and syllables, kana, Han and its
#: extensions, compatibility ideographs, fullwidth forms).
_RANGE_STARTS = ("1100", "2e80", "3040", "3130", "3400", "4e00", "ac00", "f900", "ff00")
_RANGE_LITERAL = re.compile(
    r"(?i:\\u(?:" + "|".join(_RANGE_STARTS) + r")|0x(?:" + "|".join(_RANGE_STARTS) + r")\b)"
    # ... or a character's Unicode name, or a range's first or last character as a literal.
    r"|[\"'](?:CJK |HIRAGANA|KATAKANA|HANGUL |LATIN[\"'])|[\"'](?:가|힣|一|龥)[\"']"
)


def test_only_the_scripts_module_knows_the_character_ranges() -> None:
    home = ROOT / "packbuilder" / "language" / "scripts.py"
    assert _RANGE_LITERAL.search(home.read_text("utf-8")), "the probe finds nothing at home"
    found = [
        f"{path.relative_to(ROOT)}:{n}: {line.strip()}"
        for path in sorted((ROOT / "packbuilder").rglob("*.py"))
        if path != home
        for n, line in enumerate(path.read_text("utf-8").splitlines(), 1)
        if _RANGE_LITERAL.search(line)
    ]
    assert not found, "\n".join(found)


def _pieces(text: str) -> list[str]:
    """`text` cut at every place a line may freely break."""
    from packbuilder.language.linebreak import FREE, break_opportunities

    cuts = [i for i, how in enumerate(break_opportunities(text)) if how == FREE]
    return [text[a:b] for a, b in zip([0, *cuts], [*cuts, len(text)], strict=True)]


@pytest.mark.parametrize(
    ("text", "pieces"),
    [
        # A date and a count stay whole; closing punctuation keeps to the line before.
        ("于2012年2月27日发布。", ["于", "2012年2月27日", "发", "布。"]),
        ("约14个月，", ["约", "14个", "月，"]),
        ("第3套信", ["第3套", "信"]),
        # Opening punctuation keeps to the line after.
        ("见《公约》", ["见", "《公", "约》"]),
        (
            "+1\u00a0713\u00a0521\u00a03064（已关闭）",
            ["+1\u00a0713\u00a0521\u00a03064（已", "关", "闭）"],
        ),
        # Japanese: small kana and the long-vowel mark never start a line.
        ("チェックしてください。", ["チェッ", "ク", "し", "て", "く", "だ", "さ", "い。"]),
        # Latin and Korean words break at spaces only.
        ("Stop the return", ["Stop ", "the ", "return"]),
        ("편지를 보냅니다", ["편지를 ", "보냅니다"]),
        ("Embassy에게 보냅니다", ["Embassy에게 ", "보냅니다"]),
    ],
)
def test_lines_break_where_the_script_allows(text: str, pieces: list[str]) -> None:
    assert _pieces(text) == pieces
