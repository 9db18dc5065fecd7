"""Signers who write their names in scripts the Latin, Korean and Chinese fonts lack (issue 20):
Amharic (Ethiopic: one glyph per syllable), Thai (marks stacked and moved by HarfBuzz), Nepali
and Hindi (Devanagari: conjuncts, a vowel sign drawn before its consonant) and Bengali names
print on the letter, the return label, the envelope and the sign-in sheet; they read back
from the PDF as written, and each face that draws them is embedded as a subset. One pack is
built for the module."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest

from packbuilder.layout import fonts, shaping
from packbuilder.signers.cells import Cell
from packbuilder.signers.printed import Printed, missing_words

from conftest import one_post_campaign, run_cli
from pdfcheck import chars_and_fonts, fonts_in, page_texts

# A US campaign's list, as a diaspora group's export gives it: names in their own scripts, a
# Thai street, and a name in Latin letters beside them.
SIGNERS = (
    "Name,Street,City,State,ZIP\n"
    "ሰላማዊት ገብረ መድኅን,12 Oak St,Springfield,IL,62704\n"
    "ณัฐวุฒิ ศรีสุข,99/1 ถนนสุขุมวิท,Springfield,IL,62704\n"
    "राम बहादुर श्रेष्ठ,13 Oak St,Springfield,IL,62704\n"
    "किशोर क्षत्रिय,14 Oak St,Springfield,IL,62704\n"
    "রবীন্দ্রনাথ ঠাকুর,15 Oak St,Springfield,IL,62704\n"
    "ნინო ბერიძე,17 Oak St,Springfield,IL,62704\n"
    "Արամ Պետրոսյան,18 Oak St,Springfield,IL,62704\n"
    "முத்துலட்சுமி கிருஷ்ணன்,19 Oak St,Springfield,IL,62704\n"
    "නිමල් පෙරේරා,20 Oak St,Springfield,IL,62704\n"
    "သန်းသန်းအေး,21 Oak St,Springfield,IL,62704\n"
    "שרה לוי (כהן),רחוב הרצל 12 דירה 4,Springfield,IL,62704\n"
    "محمد علي,15 شارع التحرير,Springfield,IL,62704\n"
    "Ann Lee,16 Oak St,Springfield,IL,62704\n"
)
NAMES = [line.split(",")[0] for line in SIGNERS.splitlines()[1:]]
FACES = {
    "ሰላማዊት ገብረ መድኅን": "NotoSansEthiopic-Regular",
    "ณัฐวุฒิ ศรีสุข": "NotoSansThai-Regular",
    "राम बहादुर श्रेष्ठ": "NotoSansDevanagari-Regular",
    "রবীন্দ্রনাথ ঠাকুর": "NotoSansBengali-Regular",
    "ნინო ბერიძე": "NotoSansGeorgian-Regular",
    "Արամ Պետրոսյան": "NotoSansArmenian-Regular",
    "முத்துலட்சுமி கிருஷ்ணன்": "NotoSansTamil-Regular",
    "නිමල් පෙරේරා": "NotoSansSinhala-Regular",
    "သန်းသန်းအေး": "NotoSansMyanmar-Regular",
    "שרה לוי (כהן)": "NotoSansHebrew-Regular",
    "محمد علي": "NotoSansArabic-Regular",
}


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[str]]:
    folder = tmp_path_factory.mktemp("scripts")
    content = one_post_campaign(folder)
    signers = folder / "signers.csv"
    signers.write_text(SIGNERS, encoding="utf-8")
    out = folder / "pack.pdf"
    kit = ("--no-duplex", "--no-guide", "--no-tally", "--no-fax-covers", "--labels", "--envelopes")
    result = run_cli("build", str(content), "-o", str(out), "--signers", str(signers), *kit)
    assert result.exit_code == 0, result.output
    return out, [" ".join(t.split()) for t in page_texts(out)]


def _lines(text: str) -> set[str]:
    return {line.strip() for line in text.splitlines()}


def _drawn(path: Path, texts: list[str], name: str) -> str:
    """The text of `name`'s letter as its glyphs are drawn: pdfminer reads them in the order
    they stand on the page and ignores /ActualText."""
    from pdfminer.high_level import extract_text

    page = next(i for i, t in enumerate(texts) if name in t and "Respectfully" in t)
    return str(extract_text(str(path), page_numbers=[page]))


def test_each_name_reads_back_as_written_on_letter_label_envelope_and_sign_in_sheet(
    pack: tuple[Path, list[str]],
) -> None:
    path, texts = pack
    pages = [_lines(t) for t in page_texts(path)]
    letters = [p for p in pages if "Respectfully," in p]
    for name in NAMES:
        assert sum(name in p for p in letters) == 1, name
        # The letter, the sign-in sheet's row, the return label and the envelope's corner.
        assert sum(name in t for t in texts) >= 4, name
    assert sum("99/1 ถนนสุขุมวิท" in t for t in texts) >= 3
    # A right-to-left street on a line of its own (label, envelope) reads back as written.
    for street in ("רחוב הרצל 12 דירה 4", "15 شارع التحرير"):
        assert sum(street in p for p in pages) >= 2, street
    # On the letter it shares a line with the Latin town: readers put such a line back in
    # their own order, every word of it there.
    for name, street in (("שרה לוי (כהן)", "רחוב הרצל 12 דירה 4"), ("محمد علي", "15 شارع التحرير")):
        (letter,) = [t for t in texts if "Respectfully," in t and name in t]
        words = set(re.findall(r"\w+", letter))
        assert set(re.findall(r"\w+", f"{street} Springfield IL 62704")) <= words, letter


def test_each_face_is_embedded_as_a_subset_and_draws_its_script(
    pack: tuple[Path, list[str]],
) -> None:
    path, _ = pack
    embedded = fonts_in(path)
    assert all(embedded.values()), embedded
    for face in FACES.values():
        # "AAAAAA+NotoSansThai-Regular": only the glyphs the names use travel in the file.
        assert any(re.fullmatch(rf"/[A-Z]{{6}}\+{face}", f) for f in embedded), face
    # pdfium reads an Ethiopic name glyph by glyph: each from the Ethiopic face.
    drawn = {f for _, c, f in chars_and_fonts(path) if "\u1200" <= c <= "\u139f"}
    assert drawn == {"NotoSansEthiopic-Regular"}


def test_devanagari_is_drawn_in_visual_order_and_read_in_logical_order(
    pack: tuple[Path, list[str]],
) -> None:
    path, texts = pack
    # On paper the vowel sign ि stands before the consonant it follows in the text (कि), in a
    # form chosen for that consonant (a glyph of no character of its own); drawn one glyph per
    # character, the page would hold कि. Read back, the name is as written.
    drawn = _drawn(path, texts, "किशोर क्षत्रिय")
    assert "कशोर" in drawn and "किशोर" not in drawn, drawn
    assert any("किशोर क्षत्रिय" in _lines(t) for t in page_texts(path))


def test_right_to_left_lines_are_drawn_in_visual_order_and_arabic_joined(
    pack: tuple[Path, list[str]],
) -> None:
    path, texts = pack
    drawn = _drawn(path, texts, "محمد علي")
    # The glyphs stand left to right as the eye meets them from the left: the street's words
    # from the last one written, its number at the right, where reading starts; Arabic
    # letters in their joined forms (presentation forms, read back as letters: NFKC).
    assert "ريرحتلا عراش 15" in unicodedata.normalize("NFKC", drawn), drawn
    drawn = _drawn(path, texts, "שרה לוי (כהן)")
    # Brackets mirror inside right-to-left text: "(" drawn at the right of כהן opens left.
    assert "(ןהכ) יול הרש" in drawn, drawn
    assert "4 הריד 12 לצרה בוחר" in drawn, drawn


def test_both_pdf_ua_checkers_accept_the_shaped_names(pack: tuple[Path, list[str]]) -> None:
    # Each shaped run is a /Span with its /ActualText inside the element's marked content.
    path, _ = pack
    done = subprocess.run([sys.executable, "-m", "pdfua", "check", "-f", "json", str(path)],
                          capture_output=True, text=True, check=False)  # fmt: skip
    assert json.loads(done.stdout)["summary"]["findings"] == 0, done.stdout
    code = "import sys; from outloud.cli import main; sys.exit(main())"
    done = subprocess.run([sys.executable, "-c", code, "--json", "-", str(path)],
                          capture_output=True, text=True, check=False)  # fmt: skip
    report = json.loads(done.stdout)["results"][0]
    assert report["stats"]["tagged"]
    assert not [f for f in report["findings"] if f["severity"] == "error"], report["findings"]


def test_thai_marks_are_stacked_not_drawn_on_each_other() -> None:
    # ที่: the tone mark ่ over the vowel sign ี is lifted above it (or replaced by a raised
    # form); drawn one glyph per character they would overprint.
    fonts.register()
    fonts.load(shaping.THAI)
    alone = shaping.shaped("ท่", shaping.THAI, 12).__shapeData__[1]
    stacked = shaping.shaped("ที่", shaping.THAI, 12).__shapeData__[2]
    assert (stacked.y_offset, str(shaping.shaped("ที่", shaping.THAI, 12))[2]) != (
        alone.y_offset,
        "่",
    )


@pytest.mark.parametrize(
    ("first", "last"),
    [
        (0x1200, 0x137F),  # Ethiopic
        (0x10A0, 0x10FF),  # Georgian
        (0x0531, 0x058A),  # Armenian
        (0x0E01, 0x0E5B),  # Thai
        (0x0E81, 0x0EDF),  # Lao
        (0x1780, 0x17F9),  # Khmer
        (0x1000, 0x109F),  # Myanmar
        (0x0900, 0x0D7F),  # Devanagari to Malayalam
        (0x0D81, 0x0DF4),  # Sinhala
    ],
)
def test_no_letter_of_the_scripts_signers_write_is_left_without_a_font(
    first: int, last: int
) -> None:
    text = "".join(chr(c) for c in range(first, last + 1) if chr(c).isprintable())
    # Signs the Noto faces leave out (Vedic accents, old fractions, Lao letters for Pali added
    # in Unicode 12) stay refused, by name; the alphabets people write names in print.
    missing = fonts.uncovered(text)
    assert len(missing) * 5 <= len(text), missing


def test_thai_in_the_campaigns_own_text_is_refused_where_it_stands(tmp_path: Path) -> None:
    # Paragraphs are not shaped: Thai there would print wrong, so it is a located error.
    content = tmp_path / "content"
    shutil.copytree(one_post_campaign(tmp_path / "copy"), content)
    letter = content / "letter.yaml"
    text = letter.read_text(encoding="utf-8")
    closing = re.search(r"(?m)^closing: *(.*)$", text)
    assert closing is not None
    letter.write_text(text.replace(closing.group(0), "closing: ขอแสดงความนับถือ"), "utf-8")
    result = run_cli("check", str(content))
    assert result.exit_code == 1, result.output
    said = [line for line in result.output.splitlines() if "letter.yaml" in line]
    assert any(
        re.search(
            r"letter\.yaml:\d+:\d+: closing: 'ข' \(U\+0E02 THAI CHARACTER KHO KHAI\) prints "
            r"only in signers' names",
            line,
        )
        for line in said
    ), result.output


def test_a_vowel_sign_named_alone_stands_on_a_dotted_circle() -> None:
    # Alone after a quote mark, a Hebrew point would sit on the quote and garble the message.
    assert fonts.describe("\u05b8") == "'\u25cc\u05b8' (U+05B8 HEBREW POINT QAMATS)"
    assert fonts.describe("\u1200") == "'\u1200' (U+1200 ETHIOPIC SYLLABLE HA)"


@pytest.mark.parametrize("word", ["แขวงคลองตันเหนือ", "श्रेष्ठ", "ঠাকুর", "קָמַץ"])
def test_the_last_check_quotes_a_word_with_vowel_signs_whole(word: str) -> None:
    # A cell the letter would not print is quoted word by word: a vowel sign, a virama or a
    # point is part of its word, never a place to cut it ('แขวงคลองต นเหน อ' before).
    cell = Cell(raw=f"{word}, 9", value=f"{word}, 9", lines=[f"{word}, 9"], col=0, line=2)
    assert missing_words(cell, Printed("Ann Lee", ["9 Oak St"]), {}) == [word]
    assert missing_words(cell, Printed("Ann Lee", [f"{word} 9"]), {}) == []


def test_a_signer_column_named_in_a_right_to_left_script_is_no_campaign_text(
    tmp_path: Path,
) -> None:
    # signer_columns names the list's columns as its header writes them; they are never
    # printed. Review 4's Persian sheet: the line 'street: نشانی' the reader's message gave
    # was refused in turn as campaign text no paragraph can print.
    content = tmp_path / "content"
    shutil.copytree(one_post_campaign(tmp_path / "copy"), content)
    campaign = content / "campaign.yaml"
    campaign.write_text(
        campaign.read_text(encoding="utf-8") + "signer_columns:\n  street: نشانی\n", "utf-8"
    )
    signers = tmp_path / "signers.csv"
    signers.write_text(
        "نام,نام خانوادگی,نشانی,شهر,استان,کد پستی,کشور\n"
        "مریم,احمدی,خیابان ولیعصر، کوچه ۱۲، پلاک ۴,تهران,تهران,1968653111,ایران\n",
        "utf-8",
    )
    result = run_cli("check", str(content), "--signers", str(signers))
    assert "signer_columns" not in result.output, result.output
    assert result.exit_code == 0, result.output


def test_an_arabic_address_joins_with_the_arabic_comma_and_starts_at_the_right() -> None:
    from packbuilder.layout import letter, measure

    # Google's libaddressinput joins Arabic lines with "، "; a line with Latin letters in it
    # keeps ", " (shaping.visual sets each part in its own direction).
    lines, size = measure.signer_address(("ص.ب. 2345", "إربد 21110"), 400)
    assert lines == ("ص.ب. 2345، إربد 21110",)
    assert measure.signer_address(("15 شارع التحرير", "Springfield, IL 62704"), 400)[0] == (
        "15 شارع التحرير, Springfield, IL 62704",
    )
    # A line in Arabic alone ends at the field's right edge, where its reader begins.
    right = letter._start(lines[0], 10, 300, size)
    assert abs(right + measure.width(lines[0], fonts.SERIF, size) - 300) < 0.01
    assert letter._start("12 Oak St, Springfield", 10, 300, size) == 10
