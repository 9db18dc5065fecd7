"""Signers who write their names in scripts the Latin, Korean and Chinese fonts lack (issue 20):
an Ethiopian signer's Amharic name prints on the letter and the return label, reads back from
the PDF as written, and the face that draws it is embedded as a subset. One pack is built for
the module."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from packbuilder.layout import fonts

from conftest import signed_pack
from pdfcheck import chars_and_fonts, fonts_in

# A US campaign's list: an Amharic name (Ge'ez script: one glyph per syllable, no shaping) and
# a Tigrinya one with Ethiopic punctuation, beside a name in Latin letters.
SIGNERS = (
    "Name,Street,City,State,ZIP\n"
    "ሰላማዊት ገብረ መድኅን,12 Oak St,Springfield,IL,62704\n"
    "ኣማኑኤል ተስፋይ፣ ጆን,13 Oak St,Springfield,IL,62704\n"
    "Ann Lee,14 Oak St,Springfield,IL,62704\n"
)
NAMES = ("ሰላማዊት ገብረ መድኅን", "ኣማኑኤል ተስፋይ፣ ጆን", "Ann Lee")


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str], list[str]]:
    folder = tmp_path_factory.mktemp("scripts")
    letters, labels, _ = signed_pack(folder, SIGNERS)
    return folder / "pack.pdf", letters, labels


def test_each_name_reads_back_as_written_on_its_letter_and_label(
    pack: tuple[Path, dict[str, str], list[str]],
) -> None:
    _, letters, labels = pack
    assert sorted(letters) == sorted(NAMES)
    label_lines = {line.strip() for text in labels for line in text.splitlines()}
    for name in NAMES:
        assert name in {line.strip() for line in letters[name].splitlines()}, letters[name]
        assert name in label_lines, name


def test_the_ethiopic_face_is_embedded_and_draws_every_ethiopic_character(
    pack: tuple[Path, dict[str, str], list[str]],
) -> None:
    path, _, _ = pack
    embedded = fonts_in(path)
    assert all(embedded.values()), embedded
    # A subset ("ABCDEF+NotoSansEthiopic"): only the glyphs the names use travel in the file.
    assert any(re.fullmatch(r"/[A-Z]{6}\+NotoSansEthiopic-Regular", f) for f in embedded)
    drawn = [(c, f) for _, c, f in chars_and_fonts(path) if "\u1200" <= c <= "\u139f"]
    assert drawn and {f for _, f in drawn} == {"NotoSansEthiopic-Regular"}


def test_no_ethiopic_character_is_left_without_a_font() -> None:
    # Every letter of the Ethiopic syllabary block, punctuation and numerals included.
    block = "".join(chr(c) for c in range(0x1200, 0x1380) if chr(c).isprintable())
    assert fonts.uncovered(block) == []


def test_a_vowel_sign_named_alone_stands_on_a_dotted_circle() -> None:
    # Alone after a quote mark, a Hebrew point would sit on the quote and garble the message.
    assert fonts.describe("\u05b8") == "'\u25cc\u05b8' (U+05B8 HEBREW POINT QAMATS)"
    assert fonts.describe("\u1200") == "'\u1200' (U+1200 ETHIOPIC SYLLABLE HA)"
