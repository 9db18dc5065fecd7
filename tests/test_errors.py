"""Broken content: every problem reported at once, located, exit 1, no traceback, no PDF."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from conftest import CONTENT, ContentTree, run_cli

LOCATED = re.compile(r"^(?P<file>[^:]+):(?P<line>\d+):(?P<col>\d+): (?P<field>[^:]+): (?P<msg>.+)$")


def problems(output: str) -> list[re.Match[str]]:
    lines = [
        line for line in output.splitlines() if line and not line.endswith("nothing was written.")
    ]
    matches = [LOCATED.match(line) for line in lines]
    unlocated = [line for line, match in zip(lines, matches, strict=True) if not match]
    assert not unlocated, unlocated
    return [m for m in matches if m]


def build_fails(folder: Path, tmp_path: Path) -> list[re.Match[str]]:
    out = tmp_path / "out.pdf"
    result = run_cli("build", str(folder), "-o", str(out))
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output
    assert not out.exists()
    assert not list(tmp_path.glob(".out.pdf.*")), "a temporary file was left behind"
    return problems(result.output)


def test_many_mistakes_are_all_reported_at_once(content_tree: ContentTree, tmp_path: Path) -> None:
    folder = content_tree(
        **{
            "campaign.yaml": [("organiser:", "organizer:"), ("paper: letter", "paper: legal")],
            "contacts.yaml": [('postal_code: "20008"', 'postal_code: "20008"\n      zip: "1"')],
            "briefing.yaml": [("[^cohen-brookings-2010]", "[^cohen-brookings-2011]")],
            "letter.yaml": [("personal_lines: 3", "personal_lines: three")],
        }
    )
    found = build_fails(folder, tmp_path)
    by_field = {(Path(m["file"]).name, m["field"]): m["msg"] for m in found}
    assert "did you mean 'organiser'?" in by_field[("campaign.yaml", "organizer")]
    assert "required key is missing" in by_field[("campaign.yaml", "organiser")]
    assert "'legal' is not one of letter, a4" in by_field[("campaign.yaml", "paper")]
    assert "unknown key" in by_field[("contacts.yaml", "contacts[1].address.zip")]
    assert "expected a whole number" in by_field[("letter.yaml", "personal_lines")]
    cite = [m for m in found if m["file"].endswith("briefing.yaml")]
    assert cite and "did you mean 'cohen-brookings-2010'" in cite[0]["msg"]


def test_lines_and_columns_point_at_the_mistake(content_tree: ContentTree, tmp_path: Path) -> None:
    folder = content_tree(**{"campaign.yaml": [("paper: letter", "paper: legal")]})
    (found,) = build_fails(folder, tmp_path)
    lines = (folder / "campaign.yaml").read_text(encoding="utf-8").splitlines()
    line, col = int(found["line"]), int(found["col"])
    assert lines[line - 1][col - 1 :].startswith("legal")


# An e-mail entry inserted before the embassy's fax, with the address given.
EMAIL = (
    "    email:\n      address: {}\n"
    "      verified: {{date: '2012', source: nkfc-urgent-action-2012}}\n    fax:\n"
)


@pytest.mark.parametrize(
    "file, old, new, field, message",
    [
        ("campaign.yaml", "date: 2026-11-28", "date: 2026-13-45", "date", "not a real date"),
        ("campaign.yaml", "date: 2026-11-28", "date: next week", "date", "expected a date"),
        (
            "cases.yaml",
            "confidence: medium",
            "confidence: medum",
            "cases[1].confidence",
            "did you mean 'medium'",
        ),
        (
            "contacts.yaml",
            "status: open",
            "status: opened",
            "contacts[1].status",
            "not one of open, closed",
        ),
        (
            "contacts.yaml",
            'number: "+1 202 495 2138"',
            'number: "call us"',
            "contacts[1].fax.number",
            "not a phone",
        ),
        (
            "contacts.yaml",
            "    fax:\n",
            EMAIL.format('"[email\\u00a0protected]"'),
            "contacts[1].email.address",
            "placeholder",
        ),
        (
            "contacts.yaml",
            "    fax:\n",
            EMAIL.format('"[email protected]"'),
            "contacts[1].email.address",
            "placeholder",
        ),
        (
            "contacts.yaml",
            "    fax:\n",
            EMAIL.format("not-an-address"),
            "contacts[1].email.address",
            "not a valid e-mail",
        ),
        (
            "contacts.yaml",
            "source: wikipedia-embassy-dc",
            "source: wikipedia-embasy-dc",
            "contacts[1].address_verified.source",
            "did you mean 'wikipedia-embassy-dc'",
        ),
        (
            "contacts.yaml",
            'postal_code: "20008"',
            "postal_code:",
            "contacts[1].address",
            "needs a postal_code",
        ),
        ("sources.yaml", "  - id: cat-text", "  - id: Cat Text", "sources[", "not a valid id"),
        ("letter.yaml", "closing: Respectfully,", "closing: ''", "closing", "must not be empty"),
        (
            "letter.yaml",
            "salutation: Your Excellency,",
            "salutation: [Your, Excellency]",
            "salutation",
            "found a list",
        ),
        (
            "letter.yaml",
            "personal_lines: 3",
            "personal_lines: 3\ninclude: [harm, harms]",
            "include[2]",
            "did you mean 'harm'",
        ),
    ],
)
def test_each_mistake_gives_a_located_message(
    content_tree: ContentTree,
    tmp_path: Path,
    file: str,
    old: str,
    new: str,
    field: str,
    message: str,
) -> None:
    found = build_fails(content_tree(**{file: [(old, new)]}), tmp_path)
    hits = [m for m in found if m["field"].startswith(field.rstrip("[")) or field in m["field"]]
    assert hits, [m.string for m in found]
    assert any(message in m["msg"] for m in hits), [m.string for m in hits]
    assert all(Path(m["file"]).name == file for m in hits)


def test_yaml_syntax_error_is_located(content_tree: ContentTree, tmp_path: Path) -> None:
    folder = content_tree(**{"cases.yaml": [("cases:", "cases:\n  - id: [unclosed")]})
    found = build_fails(folder, tmp_path)
    assert found[0]["file"].endswith("cases.yaml")
    assert found[0]["field"] == "(syntax)"
    assert int(found[0]["line"]) > 1


def test_anchors_and_aliases_are_refused(content_tree: ContentTree, tmp_path: Path) -> None:
    bomb = 'a: &a ["x","x"]\nb: &b [*a,*a]\nc: [*b,*b]\n'
    folder = content_tree(**{"campaign.yaml": [("title:", bomb + "title:")]})
    found = build_fails(folder, tmp_path)
    assert any("anchors and aliases" in m["msg"] for m in found)


def test_missing_and_unknown_files(content_tree: ContentTree, tmp_path: Path) -> None:
    folder = content_tree()
    (folder / "cases.yaml").rename(folder / "case.yaml")
    found = build_fails(folder, tmp_path)
    messages = {Path(m["file"]).name: m["msg"] for m in found}
    assert messages["cases.yaml"] == "required content file is missing"
    assert "did you mean 'cases.yaml'" in messages["case.yaml"]


def test_duplicate_keys_and_ids(content_tree: ContentTree, tmp_path: Path) -> None:
    folder = content_tree(
        **{
            "campaign.yaml": [("language: en", "language: en\nlanguage: ko")],
            "contacts.yaml": [("id: cg-new-york", "id: embassy-washington")],
        }
    )
    found = build_fails(folder, tmp_path)
    assert any("duplicate key" in m["msg"] for m in found)
    assert any("used twice" in m["msg"] for m in found)


def test_closed_post_without_reason(content_tree: ContentTree, tmp_path: Path) -> None:
    from conftest import CONTENT

    text = (CONTENT / "contacts.yaml").read_text(encoding="utf-8")
    closed = text[text.index("    closed:") : text.index("    address:", text.index("    closed:"))]
    folder = content_tree(**{"contacts.yaml": [(closed, "")]})
    found = build_fails(folder, tmp_path)
    assert any("needs 'closed'" in m["msg"] for m in found)


def test_a_letter_too_long_for_its_page_names_the_letter(
    content_tree: ContentTree, tmp_path: Path
) -> None:
    long = "Thank you for considering my request. " * 40
    folder = content_tree(**{"letter.yaml": [("Thank you for considering my request.", long)]})
    (found,) = [m for m in build_fails(folder, tmp_path) if "warning:" not in m["msg"]]
    assert found["file"].endswith("letter.yaml")
    assert "too long for one page" in found["msg"]


def test_an_address_too_tall_for_the_window_names_the_post(
    content_tree: ContentTree, tmp_path: Path
) -> None:
    # Nine lines: more than the window shows, and more than a label holds even set close.
    extra = "        - 3505 International Place NW\n" + "        - Building 7, Floor 3\n" * 5
    folder = content_tree(**{"contacts.yaml": [("        - 3505 International Place NW\n", extra)]})
    found = build_fails(folder, tmp_path)
    assert all(f["file"].endswith("contacts.yaml") for f in found)
    window = [f for f in found if "US #10 window" in f["msg"]]
    assert len(window) == 1 and window[0]["field"] == "contacts[1].address"
    assert any("an Avery 5160 label" in f["msg"] for f in found)  # the labels, in the same run


def test_markup_in_content_prints_literally(content_tree: ContentTree, tmp_path: Path) -> None:
    from pdfcheck import page_texts

    nasty = '<b>bold</b> & <img src="/etc/passwd"/> <font color=red>x</font>'
    folder = content_tree(**{"letter.yaml": [("Thank you for considering my request.", nasty)]})
    out = tmp_path / "p.pdf"
    result = run_cli("build", str(folder), "-o", str(out))
    assert result.exit_code == 0, result.output
    assert nasty in " ".join(page_texts(out)).replace("\r\n", " ")


def test_previous_pdf_is_left_untouched_by_a_failed_build(
    content_tree: ContentTree, tmp_path: Path
) -> None:
    out = tmp_path / "pack.pdf"
    out.write_bytes(b"%PDF-previous")
    folder = content_tree(**{"campaign.yaml": [("paper: letter", "paper: legal")]})
    result = run_cli("build", str(folder), "-o", str(out))
    assert result.exit_code == 1
    assert out.read_bytes() == b"%PDF-previous"


def test_a_mistake_in_sources_does_not_hide_unknown_citations(
    content_tree: ContentTree, tmp_path: Path
) -> None:
    folder = content_tree(
        **{
            "sources.yaml": [("url: http://www.bailii.org", "url: www.bailii.org")],
            "briefing.yaml": [("[^cohen-brookings-2010]", "[^no-such-source]")],
            "campaign.yaml": [("paper: letter", "paper: legal")],
        }
    )
    found = build_fails(folder, tmp_path)
    fields = {(Path(m["file"]).name, m["field"].split(".")[0]) for m in found}
    assert ("sources.yaml", "sources[6]") in fields
    assert ("campaign.yaml", "paper") in fields
    cite = next(m for m in found if "no-such-source" in m["msg"])
    line = (folder / "briefing.yaml").read_text("utf-8").splitlines()[int(cite["line"]) - 1]
    assert line[int(cite["col"]) - 1 :].startswith("[^no-such-source]")  # points at the citation


def test_preflight_reports_signers_attachments_and_fit_together(
    content_tree: ContentTree, tmp_path: Path
) -> None:
    """One run names every problem: a signer nobody can print, a broken attachment and a
    letter too long for its page, from `check` and `build` alike."""
    long = "Thank you for considering my request. " * 40
    attach = "attachments:\n  - {title: Flyer, file: flyer.pdf, after: briefing}\n"
    folder = content_tree(
        **{
            "letter.yaml": [("Thank you for considering my request.", long)],
            "campaign.yaml": [("paper: letter\n", "paper: letter\n" + attach)],
        }
    )
    (folder / "flyer.pdf").write_bytes(b"not a pdf")
    csv = tmp_path / "s.csv"
    csv.write_bytes("Name,Street address\r\nAnn \U0001f600,2 Main St\r\n".encode())
    for command in ("check", "build"):
        out = tmp_path / "out.pdf"
        extra = ["-o", str(out)] if command == "build" else []
        result = run_cli(command, str(folder), "--signers", str(csv), *extra)
        assert result.exit_code == 1, result.output
        found = problems(result.output)
        errors = [m for m in found if "warning:" not in m["msg"]]
        assert {m["file"].rsplit("/", 1)[-1] for m in errors} == {
            "s.csv",
            "campaign.yaml",
            "letter.yaml",
        }, result.output
        assert any("too long for one page" in m["msg"] for m in errors)
        assert any("not a readable PDF" in m["msg"] for m in errors)
        assert not out.exists()


def test_quiet_prints_nothing_but_errors(content_tree: ContentTree, tmp_path: Path) -> None:
    out = tmp_path / "out.pdf"
    built = run_cli("build", str(CONTENT), "-o", str(out), "--quiet")
    assert built.exit_code == 0
    assert built.output == ""
    assert out.exists()
    checked = run_cli("check", str(CONTENT), "-q")
    assert (checked.exit_code, checked.output) == (0, "")
    folder = content_tree(**{"campaign.yaml": [("paper: letter", "paper: legal")]})
    failed = run_cli("check", str(folder), "--quiet")
    assert failed.exit_code == 1
    assert "paper" in failed.output


def test_a_missing_folder_suggests_the_argument_and_new(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    result = run_cli("check")
    assert result.exit_code == 1
    assert "content folder not found; give the campaign folder as an argument" in result.output
    assert "packbuilder new content" in result.output


def test_list_items_are_counted_from_one(content_tree: ContentTree, tmp_path: Path) -> None:
    """The third paragraph of the letter is paragraphs[3], as an organiser counts."""
    folder = content_tree(**{"letter.yaml": [("  - id: the-law\n", "  - id: the-law\n    x: 1\n")]})
    (found,) = [m for m in build_fails(folder, tmp_path) if "warning:" not in m["msg"]]
    assert found["field"] == "paragraphs[3].x"
