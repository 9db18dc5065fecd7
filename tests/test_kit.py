"""The drive kit: signed letters from real-world CSVs, copies, labels, sheets, bad signer input."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from conftest import CONTENT, ROOT, ContentTree, run_cli
from pdfcheck import char_boxes, outline, page_texts

GOOGLE_FORMS = ROOT / "tests" / "data" / "signers-google-forms.csv"
MM = 72 / 25.4
INCH = 72.0
POSTS = 5


def signer_names(path: Path) -> list[str]:
    text = path.read_bytes().decode("utf-8-sig")
    return [line.split(",")[1] for line in text.splitlines()[1:] if line.strip(",")]


@pytest.fixture(scope="module")
def signed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("signed") / "signed.pdf"
    result = run_cli(
        "build",
        str(CONTENT),
        "-o",
        str(out),
        "--signers",
        str(GOOGLE_FORMS),
        "--envelopes",
        "--fax-unverified",
    )
    assert result.exit_code == 0, result.output
    assert "Mail merge: 25 signers" in result.output
    assert "13:1: (row): warning: blank row skipped" in result.output
    return out


def letters_of(path: Path) -> list[tuple[str, str]]:
    """(signer group, letter page text) for every letter in the outline."""
    texts = page_texts(path)
    found, group = [], ""
    for entry in outline(path):
        if entry.level == 1 and not entry.title.startswith("Letter"):
            group = entry.title
        if entry.title.startswith("Letter to "):
            found.append((group, texts[entry.page]))
    return found


def test_25_signers_get_one_signed_letter_per_open_post(signed: Path) -> None:
    names = signer_names(GOOGLE_FORMS)
    assert len(names) == 25
    letters = letters_of(signed)
    assert len(letters) == 25 * POSTS
    for name in names:
        mine = [text for group, text in letters if group == name]
        assert len(mine) == POSTS, name
        assert all(name in " ".join(text.split()) for text in mine), name


def test_names_in_hangul_chinese_and_vietnamese_print_as_written(signed: Path) -> None:
    text = " ".join(t for _, t in letters_of(signed))
    for name in ("김혜숙", "习近平研究会", "Nguyễn Thị Minh Khai"):
        assert name in text


def test_zip_codes_keep_their_leading_zero(signed: Path) -> None:
    text = " ".join(t for _, t in letters_of(signed))
    assert "Springfield, MA 01103" in text
    assert "Fort Lee, NJ 07024" in text


def test_markup_in_a_csv_prints_literally(signed: Path) -> None:
    text = " ".join(" ".join(t.split()) for _, t in letters_of(signed))
    assert "Dana <b>Bold</b> & Co" in text
    assert "1 <img src=x> Way" in text


def test_label_stock_and_envelopes_never_get_a_printed_back(signed: Path) -> None:
    """In the default duplex pack, each label sheet and envelope is a right-hand page whose
    back (the next page) has nothing on it at all: no text, no drawing, same size."""
    entries = {e.title: e for e in outline(signed) if e.level == 0}
    reader = PdfReader(str(signed))
    stock = range(entries["Address labels"].page, entries["Sources"].page)
    fronts = [i for i in stock if reader.pages[i].get_contents() is not None]
    assert len(fronts) == 9 + 25 * POSTS  # label sheets and #10 envelopes
    for i in fronts:
        assert i % 2 == 0, f"page {i + 1} is a left-hand page"
        back = reader.pages[i + 1]
        assert back.get_contents() is None, i + 1
        assert back.mediabox == reader.pages[i].mediabox, i + 1


def test_sign_in_tally_and_labels_match_the_letters(signed: Path) -> None:
    entries = {e.title: e for e in outline(signed) if e.level == 0}
    texts = page_texts(signed)
    sign_in = texts[entries["Sign-in sheet"].page]
    assert "Ann Lee" in sign_in and "ann@example.org" in sign_in and "Letters written" in sign_in
    tally = " ".join(texts[entries["Tally sheet"].page].split())
    for post in (
        "Embassy, Washington DC",
        "Consulate General, New York",
        "Consulate General, Chicago",
        "Consulate General, San Francisco",
        "Consulate General, Los Angeles",
    ):
        assert post in tally
    assert "Houston" not in tally
    first_label, first_envelope = entries["Address labels"].page, entries["Envelopes"].page
    label_pages = [page for page in texts[first_label:first_envelope] if page.strip()]
    # 250 labels on 30-label sheets: 9 sheets, each on a right-hand page with a blank back
    assert len(label_pages) == 9
    assert all(page.strip() for page in texts[first_label : first_label + 18 : 2])
    assert not any(page.strip() for page in texts[first_label + 1 : first_label + 18 : 2])
    labels = " ".join(label_pages)
    assert labels.count("His Excellency Xi Jinping") == 25 * POSTS
    assert labels.count("Ann Lee") == POSTS  # her return-address labels
    reader = PdfReader(str(signed))
    sizes = [p.mediabox for p in reader.pages[first_envelope : entries["Sources"].page]]
    envelopes = [s for s in sizes if (round(float(s.width)), round(float(s.height))) == (684, 297)]
    assert len(envelopes) == 2 * 25 * POSTS  # #10 envelopes, one per letter, blank backs


def test_fax_covers_one_per_open_post_with_a_fax(signed: Path) -> None:
    covers = [e for e in outline(signed) if e.title.startswith("Fax cover: ")]
    assert len(covers) == POSTS
    text = page_texts(signed)[covers[0].page]
    assert "+1 202 495 2138" in text and "His Excellency Xi Jinping" in text
    assert "confirmed" not in text  # notes for the organiser never go through the fax
    assert "2012" not in text and "years" not in text  # nor does the number's age
    guide = next(e for e in outline(signed) if e.title == "Organizer guide")
    guide_text = " ".join(" ".join(page_texts(signed)[guide.page : guide.page + 3]).split())
    # The guide says it in plain words, once for the posts alike: no option, no file name.
    assert "--fax-unverified" not in guide_text and ".yaml" not in guide_text
    assert (
        "The fax covers for Embassy, Washington DC; Consulate General, San Francisco are printed "
        "although no number for them has been confirmed in the 12 months before this edition"
    ) in guide_text
    assert (
        "The fax covers for Consulate General, New York; Consulate General, Chicago" in guide_text
    )


def test_copies_prints_unsigned_sets(tmp_path: Path) -> None:
    out = tmp_path / "p.pdf"
    result = run_cli("build", str(CONTENT), "-o", str(out), "--copies", "3")
    assert result.exit_code == 0, result.output
    letters = letters_of(out)
    assert len(letters) == 3 * POSTS
    assert [g for g, _ in letters[::POSTS]] == ["Set 1", "Set 2", "Set 3"]
    chicago = [t for _, t in letters if "Chicago, IL 60654" in t]
    assert len(chicago) == 3


def test_copies_and_signers_together_is_a_usage_error() -> None:
    result = run_cli("build", str(CONTENT), "--signers", str(GOOGLE_FORMS), "--copies", "2")
    assert result.exit_code == 2


# Sheet geometry from shared/reference/envelopes-and-labels.md (3c), in points:
# left margin, top margin, horizontal pitch, vertical pitch, columns, label width, label height.
AVERY_5160 = (0.1875 * INCH, 0.5 * INCH, 2.75 * INCH, 1 * INCH, 3, 2.625 * INCH, 1 * INCH)
AVERY_L7160 = (7.21 * MM, 15.15 * MM, 66.04 * MM, 38.1 * MM, 3, 63.5 * MM, 38.1 * MM)


@pytest.mark.parametrize(
    "start, offset, paper, stock",
    [
        (1, (0.0, 0.0), "letter", AVERY_5160),
        (7, (1.5, -0.5), "letter", AVERY_5160),
        (1, (0.0, 0.0), "a4", AVERY_L7160),
    ],
)
def test_labels_sit_on_the_sheet_geometry(
    tmp_path: Path,
    start: int,
    offset: tuple[float, float],
    paper: str,
    stock: tuple[float, ...],
) -> None:
    out = tmp_path / "p.pdf"
    args = [
        "--paper",
        paper,
        "--label-start",
        str(start),
        "--label-offset",
        f"{offset[0]},{offset[1]}",
    ]
    result = run_cli("build", str(CONTENT), "-o", str(out), *args)
    assert result.exit_code == 0, result.output
    left, top, pitch_x, pitch_y, columns, width, height = stock
    page_h = float(PdfReader(str(out)).pages[0].mediabox.height)
    sheet = next(e for e in outline(out) if e.title == "Address labels")
    text, boxes = char_boxes(out, sheet.page)
    starts = [m.start() for m in re.finditer("His Excellency", text)]
    assert len(starts) == POSTS
    for n, i in enumerate(starts):
        position = start - 1 + n
        col, row = position % columns, position // columns
        label_left = left + col * pitch_x + offset[0] * MM
        label_top = top + row * pitch_y + offset[1] * MM
        x0, _, _, y1 = boxes[i]  # the 'H' of the first line
        # text starts 2 mm inside the label (the safe margin), within 0.5 mm
        assert abs(x0 - (label_left + 2 * MM)) < 0.5 * MM, (n, x0, label_left)
        cap_top = page_h - y1
        assert label_top + 2 * MM - 0.5 * MM <= cap_top <= label_top + 2 * MM + 3.0, (n, cap_top)
        zip_code = re.search(r"\b\d{5}\b", text[i:])  # the label ends with the ZIP code
        assert zip_code
        end = i + zip_code.end()
        for j in range(i, end):
            if text[j] in " \r\n":
                continue
            bx0, by0, bx1, by1 = boxes[j]
            assert label_left <= bx0 and bx1 <= label_left + width, (n, text[j])
            assert label_top <= page_h - by1 and page_h - by0 <= label_top + height, (n, text[j])


def write_csv(folder: Path, name: str, data: bytes) -> Path:
    path = folder / name
    path.write_bytes(data)
    return path


def test_semicolon_cp1252_spreadsheet_export(tmp_path: Path) -> None:
    csv = write_csv(
        tmp_path,
        "s.csv",
        "First Name;Last Name;Address;City;State;ZIP\r\n"
        "Zoë;Müller;5 Rue St;Lowell;MA;01852\r\n".encode("cp1252"),
    )
    out = tmp_path / "p.pdf"
    result = run_cli("build", str(CONTENT), "-o", str(out), "--signers", str(csv))
    assert result.exit_code == 0, result.output
    letters = letters_of(out)
    assert len(letters) == POSTS
    assert all("Zoë Müller" in t and "Lowell, MA 01852" in t for _, t in letters)


@pytest.mark.parametrize(
    "data, expect",
    [
        (b"Email,City\r\na@b.org,York\r\n", ":1:1: (header): no name column"),
        (b"Name\r\n\x81\x8d\x8f\x90\x9d\xff\xfe\r\n", "cannot tell the file's text encoding"),
        (
            "Name,City\r\n" + "Ann " + "Bartholomew-" * 6 + "Lee,York\r\n",
            # Every message about a row names the signer, as the list writes them.
            f":2:1: row 2 (Ann {'Bartholomew-' * 6}Lee): the name 'Ann "
            + "Bartholomew-" * 6
            + "Lee'",
        ),
        (
            # A word wider than a label even across its full width (a long street that has
            # spaces now prints on two lines of the letter and as many of a label as it needs).
            "Name,Street address\r\nAnn Lee," + "Verylongstreetname" * 4 + "\r\n",
            ":2:1: row 2 (Ann Lee): 'Verylongstreetname",
        ),
    ],
)
def test_bad_signer_lists_are_located_errors(
    tmp_path: Path, data: bytes | str, expect: str
) -> None:
    raw = data.encode("utf-8") if isinstance(data, str) else data
    csv = write_csv(tmp_path, "s.csv", raw)
    out = tmp_path / "p.pdf"
    result = run_cli("build", str(CONTENT), "-o", str(out), "--signers", str(csv))
    assert result.exit_code == 1, result.output
    assert expect in result.output
    assert "Traceback" not in result.output
    assert not out.exists()


def test_a_row_without_a_name_is_skipped_and_strict_makes_it_fatal(tmp_path: Path) -> None:
    csv = write_csv(tmp_path, "s.csv", b"Name,City\r\nAnn Lee,York\r\n,Leeds\r\n")
    out = tmp_path / "p.pdf"
    result = run_cli("build", str(CONTENT), "-o", str(out), "--signers", str(csv))
    assert result.exit_code == 0, result.output
    assert f"{csv}:3:1: row 3: warning: row has no name" in result.output
    assert len(letters_of(out)) == POSTS
    strict = run_cli(
        "build", str(CONTENT), "-o", str(tmp_path / "q.pdf"), "--signers", str(csv), "--strict"
    )
    assert strict.exit_code == 1


def test_campaign_signer_list_and_column_mapping(content_tree: ContentTree, tmp_path: Path) -> None:
    folder = content_tree(
        **{
            "campaign.yaml": [
                (
                    "paper: letter\n",
                    "paper: letter\n"
                    "signers: drive/list.csv\nsigner_columns:\n  name: Who is writing\n",
                )
            ]
        }
    )
    (folder / "drive").mkdir()
    write_csv(folder / "drive", "list.csv", b"Who is writing,Town\r\nAnn Lee,York\r\n")
    out = tmp_path / "p.pdf"
    result = run_cli("build", str(folder), "-o", str(out))
    assert result.exit_code == 0, result.output
    letters = letters_of(out)
    assert len(letters) == POSTS and all("Ann Lee" in t for _, t in letters)


def test_kit_sheets_can_be_switched_off(tmp_path: Path) -> None:
    out = tmp_path / "p.pdf"
    result = run_cli(
        "build",
        str(CONTENT),
        "-o",
        str(out),
        "--no-guide",
        "--no-sign-in",
        "--no-tally",
        "--no-fax-covers",
        "--no-labels",
    )
    assert result.exit_code == 0, result.output
    titles = [e.title for e in outline(out) if e.level == 0]
    assert titles == ["Cover", "Briefing", "Case summaries", "Addressees", "Letters", "Sources"]


def test_names_in_every_script_print_and_an_emoji_is_reported(tmp_path: Path) -> None:
    from packbuilder.layout import fonts

    names = ["김혜숙", "习近平", "Nguyễn Thị Minh Khai"]
    rows = "".join(f"{name},1 Main St\r\n" for name in names)
    csv = write_csv(tmp_path, "s.csv", ("Name,Street address\r\n" + rows).encode())
    out = tmp_path / "p.pdf"
    result = run_cli("build", str(CONTENT), "-o", str(out), "--signers", str(csv))
    assert result.exit_code == 0, result.output
    text = " ".join(t for _, t in letters_of(out))
    for name in names:
        assert name in text
        # each character is drawn from a font that has a glyph for it (never a .notdef box)
        assert all(fonts.font_for(char, fonts.SERIF) is not None for char in name)
    emoji = write_csv(
        tmp_path,
        "e.csv",
        ("Name,Street address\r\n" + rows + "Ann \U0001f600,2 Main St\r\n").encode(),
    )
    result = run_cli("build", str(CONTENT), "-o", str(tmp_path / "e.pdf"), "--signers", str(emoji))
    assert result.exit_code == 1
    expected = f"{emoji}:5:1: row 5 (Ann \U0001f600): no font in the pack can print "
    expected += "'\U0001f600' (U+1F600"
    assert expected in result.output
