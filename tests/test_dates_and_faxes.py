"""The letter's date (a line for the writer, or --letter-date) and the fax-cover age rule."""

from __future__ import annotations

from pathlib import Path

from click.testing import Result

from conftest import CONTENT, ContentTree, run_cli
from pdfcheck import outline, page_texts


def _letters(pdf: Path) -> list[str]:
    """Each letter's page text after its heading (text for screen readers, not printed)."""
    texts = page_texts(pdf)
    out = []
    for entry in outline(pdf):
        if entry.title.startswith("Letter to "):
            text = texts[entry.page].lstrip()
            assert text.startswith(entry.title), text[:80]
            out.append(text[len(entry.title) :])
    return out


def test_letters_leave_a_line_for_the_date_by_default(built_pack: Path) -> None:
    letters = _letters(built_pack)
    assert len(letters) == 5
    for text in letters:
        assert "Date: ____" in text
        assert "28 November 2026" not in text  # the campaign date would go stale


def test_letter_date_prints_the_chosen_date_and_builds_stay_identical(tmp_path: Path) -> None:
    outs = [tmp_path / "a.pdf", tmp_path / "b.pdf"]
    for out in outs:
        result = run_cli("build", str(CONTENT), "-o", str(out), "-q", "--letter-date", "2026-12-10")
        assert result.exit_code == 0, result.output
    assert outs[0].read_bytes() == outs[1].read_bytes()
    letters = _letters(outs[0])
    assert len(letters) == 5 and all(t.lstrip().startswith("10 December 2026") for t in letters)
    bad = run_cli("build", str(CONTENT), "-o", str(tmp_path / "c.pdf"), "--letter-date", "10/12")
    assert bad.exit_code == 2 and "YYYY-MM-DD" in bad.output


def test_old_fax_numbers_get_no_cover_and_the_summary_says_why(
    built_pack: Path, default_check: Result
) -> None:
    assert not [e for e in outline(built_pack) if e.title.startswith("Fax cover: ")]
    result = default_check
    notes = [line for line in result.output.splitlines() if line.startswith("Note: ")]
    assert len(notes) == 5
    assert (
        "No fax cover for Embassy, Washington DC: its number, +1 202 495 2138, was last "
        "confirmed February 2012, about 14 years before the campaign date" in notes[0]
    )
    guide = next(e.page for e in outline(built_pack) if e.title == "Organizer guide")
    text = " ".join(" ".join(page_texts(built_pack)[guide : guide + 3]).split())
    assert "Fax numbers in this pack" in text
    assert (
        "No fax cover for Consulate General, New York; Consulate General, Chicago; Consulate "
        "General, Los Angeles: sources give different numbers for them." in text
    )
    assert "No fax cover for Embassy, Washington DC; Consulate General, San Francisco: no" in text
    # The terminal says, for each post whose sources disagree, which numbers they give.
    assert any(
        "No fax cover for Consulate General, Chicago: sources give different numbers "
        "(+1 312 803 0105; +1 312 803 0122; +1 312 803 0110)" in note
        for note in notes
    ), notes


def test_the_age_limit_is_set_in_campaign_yaml(content_tree: ContentTree, tmp_path: Path) -> None:
    folder = content_tree(
        **{"campaign.yaml": [("paper: letter", "paper: letter\nstale_after_months: 240")]}
    )
    out = tmp_path / "p.pdf"
    result = run_cli("build", str(folder), "-o", str(out))
    assert result.exit_code == 0, result.output
    # Only the posts whose sources disagree stay without a cover, however old a number may be.
    notes = [line for line in result.output.splitlines() if line.startswith("Note: ")]
    assert notes and all("3 fax covers left out" in note for note in notes), notes
    covers = [e for e in outline(out) if e.title.startswith("Fax cover: ")]
    assert len(covers) == 2


def test_a_confirmation_cannot_be_later_than_its_source(content_tree: ContentTree) -> None:
    """San Francisco's address once read '2019' on a source dated 4 July 2018."""
    folder = content_tree(
        **{"contacts.yaml": [("      date: 2018-07-04\n", '      date: "2019"\n')]}
    )
    result = run_cli("check", str(folder))
    assert result.exit_code == 1
    assert (
        "contacts[4].address_verified.date: 2019 is later than its source 'pokypocky-2018' "
        "(4 July 2018); a source confirms nothing after its own date" in result.output
    )


def test_a_build_sums_up_the_fax_notes_in_one_line(built_pack: Path) -> None:
    # check prints each note in full (above); build says it once, pointing to check.
    output = (built_pack.parent / "build-output.txt").read_text(encoding="utf-8")
    notes = [line for line in output.splitlines() if line.startswith("Note: ")]
    assert notes == [
        f"Note: 5 fax covers left out: numbers not confirmed recently, or sources disagree "
        f"(--fax-unverified prints them); run `packbuilder check {CONTENT}` for the list"
    ]


def test_a_refused_signer_file_shows_its_error_first_not_under_warnings(tmp_path: Path) -> None:
    signers = tmp_path / "signers.csv"
    signers.write_text("foo,bar\n1,2\n", encoding="utf-8")
    result = run_cli(
        "build", str(CONTENT), "-o", str(tmp_path / "p.pdf"), "--signers", str(signers)
    )
    assert result.exit_code == 1
    lines = result.output.splitlines()
    assert lines[0].startswith(f"{signers}:1:1: (header): no name column")
    assert not [line for line in lines if "warning:" in line], result.output
    assert lines[-1].startswith("1 error (")
    assert lines[-1].endswith(f"warnings not shown: `packbuilder check {CONTENT}` lists them); "
                              "nothing was written.")  # fmt: skip
    assert not (tmp_path / "p.pdf").exists()
