"""Print-ready and e-mail-ready: duplex starts, bleed boxes, labels, attachments, split, e-mail."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from pypdf import PdfReader

from conftest import CONTENT, ContentTree, run_cli
from pdfcheck import outline, page_texts

MM = 72 / 25.4


def build(*args: str, content: Path = CONTENT, out: Path) -> PdfReader:
    result = run_cli("build", str(content), "-o", str(out), *args)
    assert result.exit_code == 0, result.output
    return PdfReader(str(out))


def test_duplex_starts_every_part_and_letter_on_a_right_hand_page(built_pack: Path) -> None:
    reader = PdfReader(str(built_pack))
    assert len(reader.pages) % 2 == 0
    starts = [e for e in outline(built_pack) if e.level == 0 or e.title.startswith("Letter to ")]
    assert len(starts) >= 11
    for entry in starts:
        assert entry.page % 2 == 0, f"{entry.title} starts on page {entry.page + 1}"


def test_no_duplex_has_no_blank_pages(tmp_path: Path, built_pack: Path) -> None:
    reader = build("--no-duplex", out=tmp_path / "p.pdf")
    texts = page_texts(tmp_path / "p.pdf")
    assert texts and all(t.strip() for t in texts)
    assert len(reader.pages) < len(PdfReader(str(built_pack)).pages)


#: Round the trim of a --bleed 3 sheet: the bleed, then crop marks 3 to 9 mm out.
SHEET_BORDER = 9 * MM


def test_bleed_grows_the_media_box_and_sets_trim_and_bleed_boxes(tmp_path: Path) -> None:
    reader = build("--bleed", "3", out=tmp_path / "p.pdf")
    assert len(reader.pages) > 20
    for page in reader.pages:
        media, trim, bleed = page.mediabox, page.trimbox, page.bleedbox
        assert "/TrimBox" in page and "/BleedBox" in page
        assert float(media.width) == pytest.approx(612 + 2 * SHEET_BORDER, abs=0.01)
        assert float(media.height) == pytest.approx(792 + 2 * SHEET_BORDER, abs=0.01)
        assert (float(trim.width), float(trim.height)) == pytest.approx((612, 792), abs=0.01)
        assert float(trim.left) == pytest.approx(SHEET_BORDER, abs=0.01)
        assert float(bleed.width) == pytest.approx(612 + 6 * MM, abs=0.01)
        assert float(bleed.left) == pytest.approx(SHEET_BORDER - 3 * MM, abs=0.01)


def test_bleed_does_not_scale_the_content(tmp_path: Path, built_pack: Path) -> None:
    from pdfcheck import char_boxes

    build("--bleed", "3", out=tmp_path / "p.pdf")
    entry = next(e for e in outline(built_pack) if e.title.startswith("Letter to "))
    plain_text, plain = char_boxes(built_pack, entry.page)
    bled_text, bled = char_boxes(tmp_path / "p.pdf", entry.page)
    i = plain_text.index("His Excellency")
    j = bled_text.index("His Excellency")
    shift = SHEET_BORDER
    assert bled[j][0] == pytest.approx(plain[i][0] + shift, abs=0.05)
    width_plain = plain[i + 5][2] - plain[i][0]
    width_bled = bled[j + 5][2] - bled[j][0]
    assert width_bled == pytest.approx(width_plain, abs=0.01)


def test_page_labels_and_outline_survive(built_pack: Path) -> None:
    reader = PdfReader(str(built_pack))
    labels = reader.page_labels
    assert labels[:4] == ["i", "ii", "1", "2"]  # cover and its blank back, then the briefing
    cases = next(e for e in outline(built_pack) if e.title == "Case summaries")
    assert labels[cases.page] == str(cases.page - 1)
    texts = page_texts(built_pack)
    # the printed footer matches the label viewers show
    footer = texts[cases.page + 1].splitlines()[0]  # the footer is drawn first
    assert footer.endswith(f" {labels[cases.page + 1]}")
    assert texts[3].splitlines()[0].endswith(" 2")


def test_email_variant_is_no_larger_and_has_no_blank_pages(
    tmp_path: Path, built_pack: Path
) -> None:
    out = tmp_path / "mail.pdf"
    reader = build("--email", out=out)
    assert out.stat().st_size <= built_pack.stat().st_size
    texts = page_texts(out)
    assert texts and all(text.strip() for text in texts)
    pdf = pdfium.PdfDocument(str(out))
    assert len(pdf) == len(reader.pages)
    pdf.close()
    assert all("/TrimBox" not in page for page in reader.pages)
    # the cover's print note comes from the same effective settings as the layout
    cover = page_texts(out)[0]
    assert "Actual size" in cover and "right-hand" not in cover and "double-sided" not in cover
    assert reader.trailer["/Root"]["/ViewerPreferences"]["/Duplex"] == "/Simplex"


def test_email_and_bleed_together_is_a_usage_error(tmp_path: Path) -> None:
    assert run_cli("build", str(CONTENT), "--email", "--bleed", "3").exit_code == 2


def test_split_writes_one_pdf_per_letter(built_letters: Path) -> None:
    folder = built_letters  # the default pack's, built with --split
    files = sorted(p.name for p in folder.iterdir() if not p.name.startswith("."))
    assert files == [
        "letter-to-consulate-general-chicago.pdf",
        "letter-to-consulate-general-los-angeles.pdf",
        "letter-to-consulate-general-new-york.pdf",
        "letter-to-consulate-general-san-francisco.pdf",
        "letter-to-embassy-washington-dc.pdf",
    ]
    chicago = PdfReader(str(folder / files[0]))
    assert len(chicago.pages) == 1
    assert "Chicago, IL 60654" in (chicago.pages[0].extract_text() or "")


def _flyer(path: Path, pages: int, size: tuple[float, float]) -> None:
    from reportlab.pdfgen.canvas import Canvas

    canvas = Canvas(str(path), pagesize=size, invariant=1)
    for n in range(pages):
        canvas.drawString(72, 72, f"Partner flyer page {n + 1}")  # test fixture only
        canvas.showPage()
    canvas.save()


def test_attached_pdfs_are_merged_with_outline_entries(
    content_tree: ContentTree, tmp_path: Path
) -> None:
    attach = (
        "attachments:\n"
        "  - {title: Partner flyer, file: flyer.pdf, after: briefing}\n"
        "  - {title: UN summary, file: extra/un.pdf, after: sources}\n"
    )
    folder = content_tree(**{"campaign.yaml": [("paper: letter\n", "paper: letter\n" + attach)]})
    (folder / "extra").mkdir()
    _flyer(folder / "flyer.pdf", 3, (595.28, 841.89))
    _flyer(folder / "extra" / "un.pdf", 1, (612, 792))
    out = tmp_path / "p.pdf"
    reader = build(content=folder, out=out)
    entries = {e.title: e for e in outline(out)}
    texts = page_texts(out)
    flyer = entries["Partner flyer"]
    assert flyer.page % 2 == 0 and "Partner flyer page 1" in texts[flyer.page]
    assert "Partner flyer page 3" in texts[flyer.page + 2]
    assert entries["Case summaries"].page > flyer.page + 2
    assert entries["Case summaries"].page % 2 == 0
    assert "Partner flyer page 1" in texts[entries["UN summary"].page]
    assert round(float(reader.pages[flyer.page].mediabox.width)) == 595  # keeps its own size
    assert len(reader.pages) % 2 == 0


@pytest.mark.parametrize("name", ["../outside.pdf", "/etc/passwd", "missing.pdf", "campaign.yaml"])
def test_attachment_paths_stay_inside_the_content_folder(
    content_tree: ContentTree, tmp_path: Path, name: str
) -> None:
    attach = f"attachments:\n  - {{title: X, file: '{name}', after: briefing}}\n"
    folder = content_tree(**{"campaign.yaml": [("paper: letter\n", "paper: letter\n" + attach)]})
    (folder.parent / "outside.pdf").write_bytes(b"%PDF-1.4")
    result = run_cli("build", str(folder), "-o", str(tmp_path / "p.pdf"))
    assert result.exit_code == 1
    assert "attachments[1].file" in result.output
    assert not (tmp_path / "p.pdf").exists()


def test_a_broken_attachment_is_a_located_error(content_tree: ContentTree, tmp_path: Path) -> None:
    attach = "attachments:\n  - {title: X, file: bad.pdf, after: briefing}\n"
    folder = content_tree(**{"campaign.yaml": [("paper: letter\n", "paper: letter\n" + attach)]})
    (folder / "bad.pdf").write_bytes(b"not a pdf at all")
    result = run_cli("build", str(folder), "-o", str(tmp_path / "p.pdf"))
    assert result.exit_code == 1
    assert "campaign.yaml:" in result.output and "not a readable PDF" in result.output


def test_a4_and_bleed_builds_are_reproducible(tmp_path: Path) -> None:
    digests = set()
    for name in ("a", "b"):
        out = tmp_path / f"{name}.pdf"
        build("--paper", "a4", "--bleed", "3", out=out)
        digests.add(hashlib.sha256(out.read_bytes()).hexdigest())
    assert len(digests) == 1


def test_xmp_packet_matches_the_info_dictionary(built_pack: Path) -> None:
    reader = PdfReader(str(built_pack))
    xmp = reader.xmp_metadata
    assert xmp is not None
    info = reader.metadata
    assert info is not None
    assert xmp.dc_title == {"x-default": info.title}
    assert xmp.dc_creator == [info.author]
    assert xmp.dc_language == ["en"]
    assert "North Korea" in xmp.dc_subject
    assert xmp.xmp_create_date is not None and xmp.xmp_create_date.year == 2026
    stream = reader.trailer["/Root"]["/Metadata"].get_object()
    assert stream["/Type"] == "/Metadata" and stream["/Subtype"] == "/XML"
    assert stream.get("/Filter") is None  # readable by tools that do not inflate


def test_split_names_each_file_after_post_and_signer(tmp_path: Path) -> None:
    from conftest import ROOT

    folder = tmp_path / "letters"
    signers = ROOT / "tests" / "data" / "signers-google-forms.csv"
    result = run_cli(
        "build",
        str(CONTENT),
        "-o",
        str(tmp_path / "p.pdf"),
        "--split",
        str(folder),
        "--signers",
        str(signers),
        "--no-labels",
    )
    assert result.exit_code == 0, result.output
    names = sorted(p.name for p in folder.iterdir() if not p.name.startswith("."))
    assert len(names) == 125
    assert "letter-to-embassy-washington-dc-ann-lee.pdf" in names
    assert "letter-to-consulate-general-chicago-김혜숙.pdf" in names


def test_a4_letters_name_the_country_and_letter_paper_does_not(
    tmp_path: Path, built_pack: Path
) -> None:
    out = tmp_path / "a4.pdf"
    build("--paper", "a4", out=out)
    letters = [e for e in outline(out) if e.title.startswith("Letter to ")]
    texts = page_texts(out)
    assert len(letters) == 5
    assert all("UNITED STATES OF AMERICA" in texts[e.page] for e in letters)
    home = page_texts(built_pack)
    assert not any(
        "UNITED STATES" in home[e.page]
        for e in outline(built_pack)
        if e.title.startswith("Letter to ")
    )


def test_email_leaves_out_label_pages_and_refuses_signers(tmp_path: Path) -> None:
    from conftest import ROOT

    out = tmp_path / "mail.pdf"
    build("--email", out=out)
    titles = [e.title for e in outline(out) if e.level == 0]
    assert "Address labels" not in titles and "Sign-in sheet" in titles
    signers = ROOT / "tests" / "data" / "signers-google-forms.csv"
    refused = run_cli(
        "build", str(CONTENT), "--email", "--signers", str(signers), "-o", str(tmp_path / "x.pdf")
    )
    assert refused.exit_code == 1
    assert "cannot carry signers' names and addresses" in refused.output
    assert not (tmp_path / "x.pdf").exists()


def test_split_replaces_the_letters_of_an_earlier_split(tmp_path: Path) -> None:
    folder = tmp_path / "letters"
    folder.mkdir()
    (folder / "letter-to-somewhere-old.pdf").write_bytes(b"%PDF old")
    (folder / "notes.txt").write_text("mine")
    result = run_cli("build", str(CONTENT), "-o", str(tmp_path / "p.pdf"), "--split", str(folder))
    assert result.exit_code == 0, result.output
    names = sorted(p.name for p in folder.iterdir() if not p.name.startswith("."))
    assert "letter-to-somewhere-old.pdf" not in names and "notes.txt" in names
    assert len(names) == 6
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".letters")]


def test_label_start_beyond_the_sheet_is_refused(tmp_path: Path) -> None:
    result = run_cli(
        "build", str(CONTENT), "--paper", "a4", "--label-start", "25", "-o", str(tmp_path / "p.pdf")
    )
    assert result.exit_code == 1
    assert "an Avery L7160 sheet has only 21 labels" in result.output


def test_an_invalid_source_date_epoch_is_an_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "99999999999999999999")
    result = run_cli("build", str(CONTENT), "-o", str(tmp_path / "p.pdf"))
    assert result.exit_code == 1
    assert "SOURCE_DATE_EPOCH" in result.output and "internal error" not in result.output


def test_duplex_pack_says_so_on_the_cover_and_in_the_print_dialog(built_pack: Path) -> None:
    cover = " ".join(page_texts(built_pack)[0].split())
    assert "every part and every letter starts on a right-hand page" in cover
    assert "blank backs" in cover
    prefs = PdfReader(str(built_pack)).trailer["/Root"]["/ViewerPreferences"]
    assert prefs["/Duplex"] == "/DuplexFlipLongEdge" and prefs["/PrintScaling"] == "/None"


def test_the_pdf_never_goes_over_the_signer_list_or_into_the_campaign(
    tmp_path: Path, content_tree: ContentTree
) -> None:
    """-o naming the signer list (maybe the organiser's only copy) or a campaign file is
    refused before anything is written."""
    folder = content_tree()
    signers = tmp_path / "signers.csv"
    signers.write_text(
        "Name,Street address,City,State,Zip Code\nAnn Lee,1 Elm St,Boston,MA,02110\n"
    )
    before = signers.read_bytes()
    result = run_cli("build", str(folder), "--signers", str(signers), "-o", str(signers))
    assert result.exit_code == 1 and "that is the signer list" in result.output
    assert signers.read_bytes() == before
    letter = (folder / "letter.yaml").read_bytes()
    result = run_cli("build", str(folder), "-o", str(folder / "letter.yaml"))
    assert result.exit_code == 1 and "inside the campaign folder" in result.output
    assert (folder / "letter.yaml").read_bytes() == letter


def test_an_attachment_with_a_reference_to_nothing_builds(
    content_tree: ContentTree, tmp_path: Path
) -> None:
    """A reference to an object the attached file lacks reads as null (as readers take it)."""
    from pypdf import PdfWriter
    from pypdf.generic import IndirectObject, NameObject

    writer = PdfWriter()
    writer.add_blank_page(612, 792)
    writer.pages[0][NameObject("/Contents")] = IndirectObject(999, 0, writer)
    attach = "attachments:\n  - {title: Odd flyer, file: odd.pdf, after: briefing}\n"
    folder = content_tree(**{"campaign.yaml": [("paper: letter\n", "paper: letter\n" + attach)]})
    with open(folder / "odd.pdf", "wb") as handle:
        writer.write(handle)
    out = tmp_path / "p.pdf"
    result = run_cli("build", str(folder), "-o", str(out), "-q")
    assert result.exit_code == 0, result.output
    reader = PdfReader(str(out), strict=True)
    assert "Odd flyer" in [e.title for e in outline(out)]
    assert len(reader.pages) > 40


def test_a_full_disk_is_an_error_and_leaves_no_part_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The file being written fills the disk: the user is told so (no "bug"), the half-written
    hidden file is removed and an earlier PDF stays as it was."""
    import errno

    from packbuilder import pipeline

    out = tmp_path / "p.pdf"
    out.write_bytes(b"%PDF earlier")
    real = pipeline.StagedFile._open

    def full(self: pipeline.StagedFile) -> None:
        real(self)

        class Full:
            def __init__(self, handle: object) -> None:
                self.handle = handle
                self.written = 0

            def write(self, data: bytes) -> int:
                self.written += len(data)
                if self.written > 50_000:
                    raise OSError(errno.ENOSPC, "No space left on device")
                return len(data)

            def __getattr__(self, name: str) -> object:
                return getattr(self.handle, name)

        self.handle = Full(self.handle)

    monkeypatch.setattr(pipeline.StagedFile, "_open", full)
    result = run_cli("build", str(CONTENT), "-o", str(out), "-q")
    assert result.exit_code == 1
    assert "cannot write to" in result.output and "No space left" in result.output
    assert "bug" not in result.output
    assert out.read_bytes() == b"%PDF earlier"
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".part")]


def test_attached_pages_get_the_bleed_too(content_tree: ContentTree, tmp_path: Path) -> None:
    """With --bleed every sheet grows alike, attached ones too: the copy shop trims all of them
    at the same TrimBox distance from the paper's edge."""
    attach = "attachments:\n  - {title: Partner flyer, file: flyer.pdf, after: briefing}\n"
    folder = content_tree(**{"campaign.yaml": [("paper: letter\n", "paper: letter\n" + attach)]})
    _flyer(folder / "flyer.pdf", 1, (595.28, 841.89))
    out = tmp_path / "p.pdf"
    result = run_cli("build", str(folder), "-o", str(out), "--bleed", "3", "-q")
    assert result.exit_code == 0, result.output
    reader = PdfReader(str(out))
    flyer = next(e for e in outline(out) if e.title == "Partner flyer").page
    page, own = reader.pages[flyer], reader.pages[0]
    assert float(page.mediabox.width) == pytest.approx(595.28 + 2 * SHEET_BORDER, abs=0.01)
    assert float(page.trimbox.width) == pytest.approx(595.28, abs=0.01)
    assert float(page.bleedbox.width) == pytest.approx(595.28 + 6 * MM, abs=0.01)
    # The same margin round the trim as the pack's own pages.
    assert float(page.trimbox.left) - float(page.mediabox.left) == pytest.approx(
        float(own.trimbox.left) - float(own.mediabox.left), abs=0.01
    )
    assert "Partner flyer page 1" in page.extract_text()
    # Its crop marks: the last of its content, an artifact in registration colour, which its
    # copied resources now name.
    contents = page.get_contents()
    assert contents is not None
    tail = contents.get_data()[-400:]
    assert b"/Artifact<</Type/Page>>BDC" in tail and b"/Registration CS 1 SCN" in tail
    assert tail.count(b" l\n") == 8
    space = page["/Resources"]["/ColorSpace"]["/Registration"]
    assert [space[0], space[1]] == ["/Separation", "/All"]
